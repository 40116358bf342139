"""Event dates in Swedish, the year always present, whatever zone the value comes in."""

from datetime import UTC, date, datetime

import pytest

from django.utils import timezone

from news.event_dates import day_range_text, occurrence_text
from news.templatetags.news_tags import unbroken_times


def local(*args):
    return timezone.make_aware(datetime(*args))


@pytest.mark.parametrize(
    ("start", "end", "all_day", "expected"),
    [
        (
            local(2027, 4, 20, 15, 0),
            local(2027, 4, 20, 16, 30),
            False,
            "tisdag 20 april 2027, kl. 15.00–16.30",
        ),
        (
            local(2027, 4, 20, 9, 0),
            local(2027, 4, 21, 16, 0),
            False,
            "tisdag 20 april 2027 kl. 09.00 – onsdag 21 april 2027 kl. 16.00",
        ),
        (local(2027, 4, 20), local(2027, 4, 20), True, "tisdag 20 april 2027"),
        (local(2027, 4, 20), local(2027, 4, 21), True, "tisdag 20 – onsdag 21 april 2027"),
        (local(2027, 4, 30), local(2027, 5, 2), True, "fredag 30 april – söndag 2 maj 2027"),
        (
            local(2027, 12, 29),
            local(2028, 1, 2),
            True,
            "onsdag 29 december 2027 – söndag 2 januari 2028",
        ),
    ],
)
def test_occurrences_are_written_out_in_swedish(start, end, all_day, expected):
    assert occurrence_text(start, end, all_day) == expected


def test_times_are_shown_in_stockholm_time_in_winter_and_summer():
    # 14.00 UTC is 15.00 in Stockholm in winter (CET) and 16.00 in summer (CEST).
    winter = datetime(2027, 1, 12, 14, 0, tzinfo=UTC)
    summer = datetime(2027, 6, 15, 14, 0, tzinfo=UTC)
    assert occurrence_text(winter, winter.replace(hour=15), False).endswith("kl. 15.00–16.00")
    assert occurrence_text(summer, summer.replace(hour=15), False).endswith("kl. 16.00–17.00")


def test_a_utc_time_late_in_the_evening_is_the_next_day_in_stockholm():
    late = datetime(2027, 6, 15, 22, 30, tzinfo=UTC)  # 00.30 on 16 June in Stockholm
    assert occurrence_text(late, late.replace(hour=23), False).startswith("onsdag 16 juni 2027")


def test_a_range_of_dates_within_one_month_names_the_month_once():
    assert day_range_text(date(2027, 3, 27), date(2027, 3, 28)) == (
        "lördag 27 – söndag 28 mars 2027"
    )


def test_the_times_of_a_date_stay_on_one_line_in_html():
    one_day = "tisdag 19 april 2027, kl. 15.00–16.30"
    assert unbroken_times(one_day) == (
        'tisdag 19 april 2027, <span class="nowrap">kl. 15.00–16.30</span>'
    )
    two_days = "tisdag 19 april 2027 kl. 09.00 – onsdag 20 april 2027 kl. 16.00"
    assert unbroken_times(two_days).count('<span class="nowrap">kl. ') == 2
    assert unbroken_times("<b>fredag</b>") == "&lt;b&gt;fredag&lt;/b&gt;"
