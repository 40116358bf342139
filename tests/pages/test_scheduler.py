"""The scheduler (pages/scheduler.py, `manage.py run_scheduler`): each periodic job really does
its work, a failing job does not stop the others, the loop runs each job on its own rhythm,
and the real process publishes a scheduled page and stops at once on SIGTERM."""

import logging
import os
import re
import signal
import subprocess
import sys
import time
from datetime import timedelta
from io import StringIO
from urllib.parse import quote

import pytest
import time_machine
from axes.models import AccessAttempt
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from django.core.management import call_command, get_commands
from django.core.management.base import CommandError
from django.db import connection
from django.utils import timezone

from wagtail.models import Page, PageLogEntry, Revision

from news.models import Subscriber
from pages import scheduler
from pages.models import StandardPage
from pages.scheduler import Job, next_due, run_forever, run_job
from tests.conftest import require
from tests.helpers import ROOT, manage

MINUTE = 60
HOUR = 60 * MINUTE
DAY = 24 * HOUR


def run_once(*args):
    out = StringIO()
    call_command("run_scheduler", "--once", *args, stdout=out)
    return out.getvalue()


def schedule_page(parent, title, go_live_at):
    """A page scheduled as an editor schedules it (publish with a future go-live time), at a
    moment before `go_live_at`; by now its time may have passed."""
    with time_machine.travel(go_live_at - timedelta(hours=1), tick=False):
        page = StandardPage(title=title, intro="Planerad.", live=False)
        parent.add_child(instance=page)
        page.go_live_at = go_live_at
        page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live
    return page


def fail_login(client, username, address):
    client.post("/admin/login/", {"username": username, "password": "fel"}, REMOTE_ADDR=address)


# --- each job does its work ----------------------------------------------------------------


def test_once_purges_pending_signups_older_than_the_set_days(demo, settings):
    settings.NEWSLETTER_PENDING_DAYS = 14
    days_ago = timezone.now() - timedelta(days=15)
    Subscriber.objects.create(email="glomde@example.org", signed_up_at=days_ago)
    Subscriber.objects.create(email="nyss@example.org")
    run_once()
    assert not Subscriber.objects.filter(email="glomde@example.org").exists()
    assert Subscriber.objects.filter(email="nyss@example.org").exists()


def test_once_publishes_a_page_whose_go_live_time_has_passed(home):
    due = schedule_page(home, "Dags nu", timezone.now() - timedelta(minutes=5))
    later = schedule_page(home, "Inte än", timezone.now() + timedelta(hours=1))
    run_once()
    due.refresh_from_db()
    later.refresh_from_db()
    assert due.live
    assert not later.live
    assert PageLogEntry.objects.filter(page=due, action="wagtail.publish.scheduled").exists()


def test_once_clears_login_throttles_whose_cool_off_has_ended(db, client, settings, capsys):
    settings.AXES_COOLOFF_TIME = timedelta(minutes=15)
    now = timezone.now()
    with time_machine.travel(now - timedelta(minutes=1), tick=False):
        fail_login(client, "pagaende", "203.0.113.1")
    with time_machine.travel(now - timedelta(minutes=20), tick=False):
        fail_login(client, "utgangen", "203.0.113.2")
    assert set(AccessAttempt.objects.values_list("username", flat=True)) == {
        "pagaende",
        "utgangen",
    }
    run_once("--job", "clear_expired_login_throttles")
    assert "Raderade 1 utgånget inloggningsförsök." in capsys.readouterr().out
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["pagaende"]


def test_pruning_is_skipped_with_a_log_line_while_newsletter_tasks_run_at_once(db, caplog):
    caplog.set_level(logging.INFO, logger="pages.scheduler")
    run_once("--job", "prune_db_task_results")  # no CommandError: a skip is no failure
    assert (
        "Skipping prune_db_task_results --backend newsletter --queue-name * --min-age-days 14: "
        "the task backend 'newsletter' is not a database backend" in caplog.messages
    )


@task(backend="newsletter")
def example_task():
    """Enqueued by the pruning test."""


def test_pruning_deletes_newsletter_task_results_finished_two_weeks_ago(db, settings):
    settings.TASKS = {
        **settings.TASKS,
        "newsletter": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
    old, recent, waiting = (example_task.enqueue().id for _ in range(3))
    now = timezone.now()
    DBTaskResult.objects.filter(id=old).update(
        status=TaskResultStatus.SUCCESSFUL, finished_at=now - timedelta(days=15)
    )
    DBTaskResult.objects.filter(id=recent).update(
        status=TaskResultStatus.SUCCESSFUL, finished_at=now - timedelta(days=13)
    )
    run_once("--job", "prune_db_task_results")
    left = {str(pk) for pk in DBTaskResult.objects.values_list("id", flat=True)}
    assert left == {recent, waiting}


# --- failures and options ------------------------------------------------------------------


def test_a_failing_job_is_logged_and_the_others_still_run(demo, settings, monkeypatch, caplog):
    settings.NEWSLETTER_PENDING_DAYS = 14
    Subscriber.objects.create(
        email="glomde@example.org", signed_up_at=timezone.now() - timedelta(days=15)
    )
    monkeypatch.setattr(scheduler, "JOBS", (Job("finns_inte"), *scheduler.JOBS))
    with pytest.raises(CommandError, match="Misslyckades: finns_inte"):
        run_once()
    failure = next(r for r in caplog.records if r.getMessage().startswith("Scheduled job"))
    assert failure.getMessage() == "Scheduled job finns_inte failed"
    assert failure.levelno == logging.ERROR and failure.exc_info
    assert not Subscriber.objects.filter(email="glomde@example.org").exists()


def test_run_job_reports_a_failure_instead_of_raising(db):
    assert run_job(Job("finns_inte")) is False
    assert run_job(Job("purge_newsletter_signups")) is True


def test_list_shows_every_job_and_its_interval():
    out = StringIO()
    call_command("run_scheduler", "--list", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["var", "1", "min", "publish_scheduled"]
    assert len(lines) == len(scheduler.JOBS) == 6
    assert any(line.split()[1:3] == ["1", "h"] for line in lines)


def test_an_unknown_job_name_is_refused():
    with pytest.raises(CommandError, match="Inget jobb kör publicera"):
        call_command("run_scheduler", "--once", "--job", "publicera")


def test_the_dockerfile_and_the_docs_name_commands_that_exist_and_every_job():
    commands = get_commands()
    dockerfile = (ROOT / "Dockerfile").read_text()
    named = set(re.findall(r"python manage\.py (\w+)", dockerfile))
    assert {"run_scheduler", "newsletter_worker", "migrate"} <= named
    assert named <= set(commands)
    for doc in ("deployment.md", "scheduler.md"):
        text = (ROOT / "docs" / doc).read_text()
        for job in scheduler.JOBS:
            assert job.command in commands
            assert f"`{job.command}" in text, (doc, job.command)


# --- when jobs are due ---------------------------------------------------------------------


def test_the_next_run_is_one_interval_after_the_last_due_time():
    assert next_due(due=100, every=60, now=103) == 160  # the run's length does not drift it


def test_runs_missed_by_a_long_run_are_not_made_up():
    assert next_due(due=100, every=60, now=100 + 60 * 2 + 5) == 100 + 60 * 3


def test_a_run_ending_exactly_on_the_next_time_waits_for_the_one_after():
    assert next_due(due=100, every=60, now=160) == 220


class FakeTime:
    """A clock and a stop event whose wait moves the clock instead of sleeping."""

    def __init__(self, until):
        self.now = 0.0
        self.until = until
        self.stopped = False

    def clock(self):
        return self.now

    def is_set(self):
        return self.stopped

    def set(self):
        self.stopped = True

    def wait(self, seconds):
        self.now += seconds
        if self.now > self.until:
            self.stopped = True
        return self.stopped


def test_the_loop_runs_every_job_at_start_then_each_on_its_own_interval():
    fake = FakeTime(until=7 * MINUTE)
    often = Job("often", every=timedelta(minutes=1))
    hourly = Job("hourly", every=timedelta(hours=1))
    every_3 = Job("every_3", every=timedelta(minutes=3))
    runs = []
    run_forever(
        (often, hourly, every_3),
        fake,
        run=lambda job: runs.append((fake.now, job.command)),
        clock=fake.clock,
    )
    assert runs[:3] == [(0, "often"), (0, "hourly"), (0, "every_3")]  # table order at start
    assert [t for t, name in runs if name == "often"] == [m * MINUTE for m in range(8)]
    assert [t for t, name in runs if name == "every_3"] == [0, 3 * MINUTE, 6 * MINUTE]
    assert [t for t, name in runs if name == "hourly"] == [0]


def test_a_job_that_failed_runs_again_at_its_next_time():
    fake = FakeTime(until=3 * MINUTE)
    runs = []

    def failing(job):
        runs.append(fake.now)
        return run_job(job)  # logs the failure, raises nothing

    run_forever((Job("finns_inte", every=timedelta(minutes=1)),), fake, failing, fake.clock)
    assert runs == [0, MINUTE, 2 * MINUTE, 3 * MINUTE]


def test_a_long_run_moves_the_job_to_the_next_free_time_on_its_grid():
    fake = FakeTime(until=10 * MINUTE)
    runs = []

    def slow(job):
        runs.append(fake.now)
        fake.now += 150  # two and a half intervals

    run_forever((Job("slow", every=timedelta(minutes=1)),), fake, slow, fake.clock)
    assert runs == [0, 3 * MINUTE, 6 * MINUTE, 9 * MINUTE]


def test_a_stop_during_a_job_lets_it_finish_and_runs_no_other():
    fake = FakeTime(until=DAY)
    runs = []

    def stop_during_first(job):
        runs.append(job.command)
        fake.set()  # SIGTERM arrives while this job runs

    run_forever((Job("a"), Job("b"), Job("c")), fake, stop_during_first, fake.clock)
    assert runs == ["a"]


# --- the real process ----------------------------------------------------------------------


# The test runs in a transaction that is rolled back, which a subprocess cannot see: what the
# scheduler must see is written, and removed again, by manage.py in a subprocess too. The
# test's own queries see it, since PostgreSQL reads committed rows inside a transaction.
SCHEDULE_A_PAGE = """
from datetime import timedelta
from django.utils import timezone
from pages.models import HomePage
from tests.pages.test_scheduler import schedule_page
page = schedule_page(HomePage.objects.get(), "Schemalagd", timezone.now() - timedelta(minutes=1))
print(page.pk)
"""

REMOVE_THE_PAGE = """
from wagtail.models import Page, PageLogEntry
PageLogEntry.objects.filter(page_id={pk}).delete()
Page.objects.get(pk={pk}).delete()
"""


def database_url(settings_dict):
    """The test database, as a DATABASE_URL for a subprocess."""
    user = quote(settings_dict["USER"] or "", safe="")
    if settings_dict["PASSWORD"]:
        user += ":" + quote(settings_dict["PASSWORD"], safe="")
    host = settings_dict["HOST"] or "127.0.0.1"
    port = settings_dict["PORT"] or 5432
    return f"postgres://{user}@{host}:{port}/{settings_dict['NAME']}"


def shell(script, env):
    result = manage("shell", "--no-imports", "-c", script, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def wait_for(condition, seconds, process, log):
    deadline = time.monotonic() + seconds
    while not condition():
        if process.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(log.read_text())
        time.sleep(0.2)


@pytest.mark.postgres
def test_the_scheduler_process_publishes_a_due_page_and_stops_at_once_on_sigterm(db, tmp_path):
    require(connection.vendor == "postgresql", "needs PostgreSQL: set DATABASE_URL")
    database = {"DATABASE_URL": database_url(connection.settings_dict)}
    pk = int(shell(SCHEDULE_A_PAGE, database).split()[-1])
    log = tmp_path / "scheduler.log"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "msi_site.settings.test", "LOG_LEVEL": "DEBUG"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    try:
        assert not Page.objects.get(pk=pk).live
        with log.open("w") as output:
            process = subprocess.Popen(
                [sys.executable, "manage.py", "run_scheduler"],
                cwd=ROOT,
                env={**env, **database},
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        try:
            wait_for(lambda: Page.objects.get(pk=pk).live, 60, process, log)
            # Every job has run once; it now waits about a minute for publish_scheduled.
            wait_for(lambda: "s for publish_scheduled" in log.read_text(), 30, process, log)
            sent = time.monotonic()
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=10) == 0, log.read_text()
            assert time.monotonic() - sent < 5
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        text = log.read_text()
        assert "Schemaläggaren har stoppats." in text
        assert "Traceback" not in text and "Scheduled job" not in text
    finally:
        shell(REMOVE_THE_PAGE.format(pk=pk), database)
    assert not Page.objects.filter(pk=pk).exists()
    assert not Revision.page_revisions.filter(object_id=str(pk)).exists()
