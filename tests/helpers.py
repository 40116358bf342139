import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(args, env=None, timeout=300):
    """Run a command from the project root with the test interpreter's tools first on PATH."""
    bin_dir = str(Path(sys.executable).parent)
    full_env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    full_env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests only
    full_env.update(env or {})
    return subprocess.run(
        args, cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=timeout, check=False
    )


def manage(*args, env=None):
    """manage.py in a subprocess, on the test settings unless env says otherwise."""
    return run(
        [sys.executable, "manage.py", *args],
        env={"DJANGO_SETTINGS_MODULE": "msi_site.settings.test", **(env or {})},
    )


PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "msi_site.settings.production",
    "SECRET_KEY": "k3y-for-checks-" + "q8Zr2vLx9pWt4mNc7bHs1dFg6jKa0eYu3iOo5TyRw",
    "ALLOWED_HOSTS": "socialinnovation.se,www.socialinnovation.se",
    "DATABASE_URL": f"sqlite:///{ROOT / 'db-check.sqlite3'}",
}
