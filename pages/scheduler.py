"""The site's periodic jobs and the loop that runs them (`manage.py run_scheduler`,
docs/scheduler.md).

A job is a management command named by string, with its arguments and how often it runs, so
`pages` imports none of the apps whose commands it runs (docs/layers.md). Jobs run one at a
time, in this process. A job that fails is logged and runs again at its next time.
"""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django_tasks import task_backends
from django_tasks.exceptions import InvalidTaskBackendError
from django_tasks_db import DatabaseBackend

from django.core.management import call_command
from django.db import close_old_connections

logger = logging.getLogger(__name__)


def never_skip():
    return None


@dataclass(frozen=True)
class Job:
    command: str
    args: tuple[str, ...] = ()
    every: timedelta = timedelta(days=1)
    # Why the job must not run under these settings (a sentence for the log), or None.
    skip_reason: Callable[[], str | None] = never_skip

    def __str__(self):
        return " ".join((self.command, *self.args))


def unless_database_backend(alias):
    """A skip_reason: the task backend `alias` keeps no results in the database. In development
    and tests the newsletter's tasks run at once: prune_db_task_results refuses the alias, and
    resume_newsletter_sends would send inside the scheduler."""

    def reason():
        try:
            backend = task_backends[alias]
        except InvalidTaskBackendError:
            return f"there is no task backend {alias!r}"
        if not isinstance(backend, DatabaseBackend):
            return f"the task backend {alias!r} is not a database backend"
        return None

    return reason


JOBS = (
    # Pages and snippets whose scheduled publishing or expiry time has passed.
    Job("publish_scheduled", every=timedelta(minutes=1)),
    # django-axes' login throttles whose cool-off (AXES_COOLOFF_TIME) has ended.
    Job("clear_expired_login_throttles", every=timedelta(hours=1)),
    # Newsletter sends a killed worker left unfinished (their task never ends by itself).
    Job(
        "resume_newsletter_sends",
        every=timedelta(minutes=1),
        skip_reason=unless_database_backend("newsletter"),
    ),
    # Newsletter signups never confirmed within NEWSLETTER_PENDING_DAYS.
    Job("purge_newsletter_signups", every=timedelta(days=1)),
    # Suggesters' addresses, EXAMPLE_SUGGESTION_RETENTION_DAYS after the review.
    Job("purge_suggestion_addresses", every=timedelta(days=1)),
    # The newsletter's finished task results in the database (they hold the addresses mailed).
    Job(
        "prune_db_task_results",
        ("--backend", "newsletter", "--queue-name", "*", "--min-age-days", "14"),
        every=timedelta(days=1),
        skip_reason=unless_database_backend("newsletter"),
    ),
)


def next_due(due, every, now):
    """When a job that was due at `due` runs next, given that its run ended at `now` (seconds
    on one clock): the first time after `now` on its grid due + n·every. Runs missed while a
    job ran long or the machine slept are not made up, and the rhythm does not drift."""
    missed = (now - due) // every
    return due + (missed + 1) * every


def run_job(job):
    """Run one job now; False if it failed. A failure is logged with its traceback, never
    raised, so the jobs after it still run."""
    try:
        reason = job.skip_reason()
        if reason:
            logger.info("Skipping %s: %s", job, reason)
            return True
        logger.debug("Running %s", job)
        call_command(job.command, *job.args)
    except Exception:
        logger.exception("Scheduled job %s failed", job)
        return False
    return True


def run_job_on_a_sound_connection(job):
    """run_job as Django runs a request in a long-lived process: a database connection broken
    since the last job (a database restart) or older than CONN_MAX_AGE is closed first, and
    the job opens a new one."""
    close_old_connections()
    return run_job(job)


def run_forever(jobs, stop, run=run_job_on_a_sound_connection, clock=time.monotonic):
    """Run every job now, then each one again whenever it is due, until the threading.Event
    `stop` is set: a job that has started runs to its end, and the wait for the next one ends
    at once."""
    due = dict.fromkeys(jobs, clock())
    while not stop.is_set():
        job = min(due, key=due.get)  # the earliest; on a tie, the first in the table
        delay = max(0.0, due[job] - clock())
        if delay:
            logger.debug("Waiting %.0f s for %s", delay, job)
        if stop.wait(delay):
            break
        run(job)
        due[job] = next_due(due[job], job.every.total_seconds(), clock())
