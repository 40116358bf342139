"""The app under the production settings, served by gunicorn as the container serves it."""

import contextlib
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.helpers import PRODUCTION_ENV, ROOT, manage


def production_env(folder, **overrides):
    """Production settings with a SQLite database, media and static files in `folder`."""
    return {
        **PRODUCTION_ENV,
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "STATIC_ROOT": str(folder / "static"),
        "SECURE_SSL_REDIRECT": "false",  # the test talks plain HTTP to gunicorn directly
        "ALLOWED_HOSTS": "socialinnovation.se,127.0.0.1",
        "LOG_LEVEL": "ERROR",
        **overrides,
    }


def prepare(env):
    """collectstatic and migrate, as the image build and the release step do."""
    for command in (["collectstatic", "--noinput"], ["migrate", "--noinput"]):
        result = manage(*command, env=env)
        assert result.returncode == 0, result.stdout + result.stderr


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def gunicorn(env, workers=1):
    """Yields the base URL of gunicorn running msi_site.wsgi with the project's config."""
    import os

    port = free_port()
    full_env = {**os.environ, **env, "PORT": str(port), "WEB_CONCURRENCY": str(workers)}
    full_env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    full_env["DJANGO_SETTINGS_MODULE"] = "msi_site.settings.production"
    gunicorn_bin = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen(
        [str(gunicorn_bin), "-c", "msi_site/gunicorn.conf.py", "msi_site.wsgi"],
        cwd=ROOT,
        env=full_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2)  # noqa: S310
                break
            except urllib.error.HTTPError:
                break  # it answered (503 while the database is down)
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(process.stderr.read().decode()) from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def get(url, host="socialinnovation.se"):
    """(status, headers, body) of a GET, errors included."""
    request = urllib.request.Request(url, headers={"Host": host})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()
