"""The site's benchmark: `python -m bench` (docs/benchmark.md).

Builds (once) a PostgreSQL database `<DATABASE_URL's name>_bench` with the demo content and
generated volume (bench/volume.py), starts gunicorn with the production settings on
127.0.0.1, and for each measured page type: its SQL queries and HTML bytes, then wrk at
concurrency 1 and 16 for a fixed time (requests per second, p50 and p99 latency, errors) and
the server CPU per request; and the same load on a static file of the same size through the
same gunicorn and WhiteNoise (the ceiling). Prints one table, each page as a share of its
ceiling. Needs wrk (Debian package) and PostgreSQL.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
WORK = Path(tempfile.gettempdir()) / "msi-bench"  # kept between runs: media, static
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def arguments():
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--duration", type=int, default=5, help="seconds per wrk run")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--concurrency", default="1,16")
    return parser.parse_args()


def bench_database():
    url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/msi")
    if not url.startswith("postgres"):
        sys.exit("python -m bench needs PostgreSQL: set DATABASE_URL=postgres://…")
    base, _, name = url.rpartition("/")
    name = f"{name}_bench"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            admin.execute(f'CREATE DATABASE "{name}"')
    return f"{base}/{name}"


def environment(database_url):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "msi_site.settings.production",
        "SECRET_KEY": "bench-" + secrets.token_urlsafe(48),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url,
        "STATIC_ROOT": str(WORK / "static"),
        "MEDIA_ROOT": str(WORK / "media"),
        "LOG_LEVEL": "WARNING",
        "NEWSLETTER_TASKS": "database",
    }


def run(env, *args):
    result = subprocess.run(  # noqa: S603  our own interpreter and modules
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode:
        sys.exit(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def prepare(env):
    print("Förbereder databasen (migrate, demoinnehåll, volym)…", file=sys.stderr)
    run(env, "manage.py", "migrate", "--noinput", "-v0")
    run(env, "manage.py", "load_demo_content", "-v0")
    print(run(env, "-m", "bench.volume").strip(), file=sys.stderr)
    shutil.rmtree(WORK / "static", ignore_errors=True)
    run(env, "manage.py", "collectstatic", "--noinput", "-v0")
    return json.loads(run(env, "-m", "bench.probe"))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env, workers):
    port = free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen(  # noqa: S603
        [str(gunicorn), "-c", "msi_site/gunicorn.conf.py", "msi_site.wsgi"],
        cwd=ROOT,
        env={**env, "PORT": str(port), "WEB_CONCURRENCY": str(workers)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2)  # noqa: S310
            return process, base
        except OSError:
            time.sleep(0.2)
    process.kill()
    sys.exit("gunicorn did not start")


def worker_cpu_seconds(master):
    """User + system CPU of gunicorn's workers, from /proc."""
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    total = 0
    for pid in children:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLOCK_TICKS


LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
UNIT = {"us": 0.001, "ms": 1, "s": 1000}


def wrk(url, connections, duration):
    """(requests per second, requests, p50 ms, p99 ms, errors) of one wrk run."""
    result = subprocess.run(  # noqa: S603
        [
            WRK,
            f"-t{min(connections, 2)}",
            f"-c{connections}",
            f"-d{duration}s",
            "--latency",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    out = result.stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    latency = {p: float(v) * UNIT[u] for p, v, u in LATENCY.findall(out)}
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
    errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    return rps, requests, latency.get("50"), latency.get("99"), errors


def measure(master, base, path, connections, duration):
    url = base + path
    wrk(url, connections, 1)  # warm-up
    before = worker_cpu_seconds(master)
    rps, requests, p50, p99, errors = wrk(url, connections, duration)
    cpu_ms = (worker_cpu_seconds(master) - before) * 1000 / max(requests, 1)
    return {"rps": rps, "p50": p50, "p99": p99, "errors": errors, "cpu_ms": cpu_ms}


def table(pages, concurrency):
    high = concurrency[-1]
    head = ["sida", "SQL", "HTML kB"]
    for c in concurrency:
        head += [f"c{c} req/s", f"c{c} p50/p99 ms"]
    head += ["CPU ms/req", f"tak c{high} req/s", "andel av taket"]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for name, page in pages.items():
        row = [name, str(page["queries"]), f"{page['bytes'] / 1000:.1f}"]
        for c in concurrency:
            m = page["load"][c]
            row += [f"{m['rps']:.0f}", f"{m['p50']:.1f}/{m['p99']:.1f}"]
            if m["errors"]:
                row[-1] += f" ({m['errors']} fel)"
        ceiling = page["ceiling"]["rps"]
        row += [
            f"{page['load'][high]['cpu_ms']:.1f}",
            f"{ceiling:.0f}",
            f"{page['load'][high]['rps'] / ceiling:.1%}",
        ]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


WRK = shutil.which("wrk") or "wrk"


def main():
    args = arguments()
    if not shutil.which("wrk"):
        sys.exit("python -m bench needs wrk: apt-get install wrk")
    concurrency = [int(c) for c in args.concurrency.split(",")]
    env = environment(bench_database())
    pages = prepare(env)
    process, base = start_gunicorn(env, args.workers)
    try:
        for name, page in pages.items():
            print(f"Mäter {name} ({page['url']})…", file=sys.stderr)
            page["load"] = {
                c: measure(process.pid, base, page["url"], c, args.duration) for c in concurrency
            }
            page["ceiling"] = measure(
                process.pid, base, page["static"], concurrency[-1], args.duration
            )
    finally:
        process.terminate()
        process.wait(timeout=30)
    print(
        f"gunicorn {args.workers} arbetare, produktionsinställningar, PostgreSQL, "
        f"{args.duration} s per körning, okachat"
    )
    print(table(pages, concurrency))


if __name__ == "__main__":
    main()
