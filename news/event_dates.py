"""Event dates written out in Swedish, the year always present.

    tisdag 19 april 2027, kl. 15.00–16.30
    tisdag 19 april 2027 kl. 09.00 – onsdag 20 april 2027 kl. 16.00
    tisdag 19 april 2027                       (all day)
    tisdag 19 – onsdag 20 april 2027           (all day, several days)
    fredag 30 april – söndag 2 maj 2027
    onsdag 29 december 2027 – söndag 2 januari 2028

Times are shown in Europe/Stockholm (the site's TIME_ZONE) whatever zone they come in.
Weekday and month names come from Django's Swedish translations (LANGUAGE_CODE "sv").
"""

from datetime import datetime

from django.utils import timezone
from django.utils.dateformat import format as date_format


def local(value):
    """A datetime in the site's time zone; a date stays a date."""
    if isinstance(value, datetime):
        return timezone.localtime(value)
    return value


def day_text(value, *, year=True):
    day = local(value)
    return date_format(day, "l j F Y" if year else "l j F")


def time_text(value):
    return date_format(local(value), "H.i")


def moment_text(value):
    """A date and a time: "tisdag 19 april 2027 kl. 15.00"."""
    return f"{day_text(value)} kl. {time_text(value)}"


def day_range_text(first, last):
    """Whole days from `first` to `last` (dates, both included)."""
    if first == last:
        return day_text(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{date_format(first, 'l j')} – {day_text(last)}"
    if first.year == last.year:
        return f"{day_text(first, year=False)} – {day_text(last)}"
    return f"{day_text(first)} – {day_text(last)}"


def occurrence_text(start, end, all_day=False):
    """One occurrence of an event, as a visitor reads it."""
    start, end = local(start), local(end)
    if all_day:
        return day_range_text(start.date(), end.date())
    if start.date() == end.date():
        return f"{day_text(start)}, kl. {time_text(start)}–{time_text(end)}"
    return f"{moment_text(start)} – {moment_text(end)}"
