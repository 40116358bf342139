"""Killing the sending worker (docs/newsletter-sending.md): real `manage.py newsletter_worker`
processes (django-tasks-db's db_worker, production settings) send through Django's SMTP back
end to a real SMTP server in this process, on a PostgreSQL database of their own; the test
SIGKILLs a worker at chosen moments, starts another, and counts what the server received.

After every scenario: nobody received two copies, everyone else received one, and only
rows in doubt may be missing; a row is in doubt only if the worker died during its DATA."""

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time

import psycopg
import pytest

from tests.conftest import require
from tests.helpers import PRODUCTION_ENV, ROOT, run
from tests.mail import Inbox, free_port

pytestmark = pytest.mark.postgres

WORKER_OPTIONS = ["--interval", "0.1", "--no-startup-delay"]
LEASE = 2  # seconds: a dead worker's rows are taken back this long after it claimed them


class Gate(Inbox):
    """The inbox, able to hold the sender at a chosen moment: `hold_after=n` holds the next
    message's RCPT once n messages are kept (the worker is between messages); `hold_in_data=n`
    keeps message n+1 and holds its reply (the worker is inside DATA: the in-doubt window)."""

    def __init__(self, hold_after=None, hold_in_data=None):
        super().__init__()
        self.hold_after, self.hold_in_data = hold_after, hold_in_data
        self.holding = threading.Event()
        self.released = threading.Event()

    async def wait_for_release(self):
        self.holding.set()
        while not self.released.is_set():
            await asyncio.sleep(0.02)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.hold_after is not None and len(self.messages) >= self.hold_after:
            self.hold_after = None
            await self.wait_for_release()
        return await super().handle_RCPT(server, session, envelope, address, rcpt_options)

    async def handle_DATA(self, server, session, envelope):
        reply = await super().handle_DATA(server, session, envelope)
        if self.hold_in_data is not None and len(self.messages) > self.hold_in_data:
            self.hold_in_data = None
            await self.wait_for_release()
        return reply


@pytest.fixture(scope="module")
def worker_db():
    """A migrated PostgreSQL database for the workers, next to the test database."""
    url = os.environ.get("DATABASE_URL", "")
    require(url.startswith("postgres"), "the crash tests need PostgreSQL (DATABASE_URL)")
    base, _, name = url.rpartition("/")
    name = f"{name}_newsletter_workers"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    worker_url = f"{base}/{name}"
    result = run([sys.executable, "manage.py", "migrate", "--noinput"], env=env(worker_url, 0))
    assert result.returncode == 0, result.stderr
    yield worker_url
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def env(database_url, smtp_port, **extra):
    return {
        **PRODUCTION_ENV,
        "DATABASE_URL": database_url,
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_port),
        "EMAIL_USE_TLS": "false",
        "NEWSLETTER_TASKS": "database",
        "NEWSLETTER_RATE": "0",
        "NEWSLETTER_BATCH": "5",
        "NEWSLETTER_LEASE_SECONDS": str(LEASE),
        "NEWSLETTER_RETRY_SECONDS": "0.2",
        "NEWSLETTER_TASK_WAIT_SECONDS": "1",
        "LOG_LEVEL": "WARNING",
        **extra,
    }


@pytest.fixture
def server():
    """Starts a Gate on a free port; yields a function making it."""
    from aiosmtpd.controller import Controller

    started = []

    def start(**holds):
        gate = Gate(**holds)
        controller = Controller(gate, hostname="127.0.0.1", port=free_port())
        controller.start()
        started.append((gate, controller))
        return gate, controller.port

    yield start
    for gate, controller in started:
        gate.released.set()
        controller.stop()


def queue_send(worker_db, port, count):
    result = run(
        [sys.executable, "-m", "tests.news.newsletter_worker_site", str(count)],
        env=env(worker_db, port),
    )
    assert result.returncode == 0, result.stderr


def start_worker(worker_db, port, **extra):
    full_env = {**os.environ, **env(worker_db, port, **extra)}
    full_env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return subprocess.Popen(
        [sys.executable, "manage.py", "newsletter_worker", *WORKER_OPTIONS],
        cwd=ROOT,
        env=full_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def states(worker_db):
    with psycopg.connect(worker_db) as connection:
        return dict(connection.execute("SELECT email, state FROM news_delivery").fetchall())


def wait_until(condition, timeout=90, workers=()):
    deadline = time.monotonic() + timeout
    while not condition():
        for worker in workers:
            if worker.poll() is not None:
                raise AssertionError(worker.stderr.read().decode())
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.1)


def finished(worker_db):
    def check():
        with psycopg.connect(worker_db) as connection:
            (done,) = connection.execute(
                "SELECT count(*) FROM news_newslettersend WHERE finished_at IS NOT NULL"
            ).fetchone()
        return done == 1

    return check


def kill(worker):
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=10)


def stop(*workers):
    for worker in workers:
        if worker.poll() is None:
            worker.terminate()
            worker.wait(timeout=20)


def addresses(count):
    return [f"r{n}@example.org" for n in range(count)]


def assert_once_each(gate, rows, count):
    """Nobody twice; everyone once, except rows in doubt (none or one copy)."""
    copies = {address: gate.count(address) for address in addresses(count)}
    assert max(copies.values()) == 1, {a: c for a, c in copies.items() if c > 1}
    doubtful = {address for address, state in rows.items() if state == "in_doubt"}
    missing = {address for address, n in copies.items() if n == 0}
    assert missing <= doubtful
    assert set(rows.values()) <= {"sent", "in_doubt"}, rows
    return doubtful


def test_a_worker_killed_between_messages_is_resumed_without_a_second_copy(worker_db, server):
    gate, port = server(hold_after=7)
    queue_send(worker_db, port, 20)
    workers = [start_worker(worker_db, port)]
    try:
        wait_until(gate.holding.is_set, workers=workers)  # 7 kept; the 8th is at RCPT
        kill(workers[0])
        gate.released.set()
        assert len(gate.messages) == 7
        workers.append(start_worker(worker_db, port))
        wait_until(finished(worker_db), workers=workers[1:])
    finally:
        stop(*workers)
    rows = states(worker_db)
    assert assert_once_each(gate, rows, 20) == set()  # died outside DATA: nothing in doubt
    assert len(gate.messages) == 20


def test_a_worker_killed_inside_the_in_doubt_window_leaves_one_row_in_doubt(worker_db, server):
    gate, port = server(hold_in_data=4)
    queue_send(worker_db, port, 12)
    workers = [start_worker(worker_db, port)]
    try:
        wait_until(gate.holding.is_set, workers=workers)  # the 5th is kept, its 250 held
        kill(workers[0])
        gate.released.set()
        workers.append(start_worker(worker_db, port))
        wait_until(finished(worker_db), workers=workers[1:])
    finally:
        stop(*workers)
    rows = states(worker_db)
    doubtful = assert_once_each(gate, rows, 12)
    # The server kept the message the dead worker never heard about: in doubt, not resent.
    assert len(doubtful) == 1
    [address] = doubtful
    assert gate.count(address) == 1
    assert len(gate.messages) == 12


def workers_that_ran_a_send(worker_db):
    with psycopg.connect(worker_db) as connection:
        rows = connection.execute(
            "SELECT worker_ids FROM django_tasks_database_dbtaskresult "
            "WHERE status IN ('RUNNING', 'SUCCESSFUL')"
        ).fetchall()
    return {worker for (ids,) in rows for worker in ids}


def test_two_workers_at_once_and_one_of_them_killed(worker_db, server):
    # The first sender is held at the 6th message until the second worker has joined the
    # send, however slowly that worker starts on a busy machine; then both send at a rate
    # they share, and one of them is killed.
    gate, port = server(hold_after=5)
    queue_send(worker_db, port, 60)
    workers = [start_worker(worker_db, port, NEWSLETTER_RATE="40") for _ in range(2)]
    try:
        wait_until(lambda: len(workers_that_ran_a_send(worker_db)) == 2, workers=workers)
        gate.released.set()  # (if the second joined before the hold, nothing is held)
        wait_until(lambda: len(gate.messages) >= 15, workers=workers)
        assert not finished(worker_db)()  # killed in the middle of the send
        kill(workers[0])
        wait_until(finished(worker_db), workers=workers[1:])
    finally:
        gate.released.set()
        stop(*workers)
    rows = states(worker_db)
    doubtful = assert_once_each(gate, rows, 60)
    assert len(doubtful) <= 1  # only if the kill fell inside a DATA
    assert len(gate.messages) >= 59
    gaps = [b - a for a, b in zip(gate.arrivals, gate.arrivals[1:], strict=False)]
    assert sorted(gaps)[len(gaps) // 2] >= 0.02  # two workers share 40/s: no 80/s


def test_sigterm_stops_a_worker_between_messages_with_nothing_in_doubt(worker_db, server):
    gate, port = server()
    queue_send(worker_db, port, 40)
    workers = [start_worker(worker_db, port, NEWSLETTER_RATE="20")]
    try:
        wait_until(lambda: len(gate.messages) >= 5, workers=workers)
        workers[0].send_signal(signal.SIGTERM)
        assert workers[0].wait(timeout=10) == 0
        rows = states(worker_db)
        assert set(rows.values()) == {"sent", "queued"}  # nothing claimed, nothing in doubt
        workers.append(start_worker(worker_db, port))
        wait_until(finished(worker_db), workers=workers[1:])
    finally:
        stop(*workers)
    assert assert_once_each(gate, states(worker_db), 40) == set()


def test_a_worker_with_a_server_that_refuses_some_addresses(worker_db, server):
    gate, port = server()
    gate.refuse["r1@example.org"] = (None, "550 5.1.1 User unknown")
    gate.refuse["r2@example.org"] = (2, "451 4.7.1 Try again later")
    queue_send(worker_db, port, 6)
    worker = start_worker(worker_db, port)
    try:
        wait_until(finished(worker_db), workers=[worker])
    finally:
        stop(worker)
    rows = states(worker_db)
    assert rows.pop("r1@example.org") == "failed"
    assert set(rows.values()) == {"sent"}
    assert [gate.count(a) for a in addresses(6)] == [1, 0, 1, 1, 1, 1]
    assert gate.refused.count(("r2@example.org", "451 4.7.1 Try again later")) == 2
