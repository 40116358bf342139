"""The site's benchmark: `python -m bench` (docs/benchmark.md).

Builds (once) a PostgreSQL database `<DATABASE_URL's name>_sitebench` with the demo content and
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
    parser.add_argument("--threads", type=int, default=None, help="threads per worker")
    parser.add_argument(
        "--access-log", choices=["on", "off"], default=None, help="gunicorn's access log"
    )
    parser.add_argument(
        "--encoding",
        default="gzip, deflate, br",
        help="the Accept-Encoding wrk sends, as a browser does ('' for none)",
    )
    parser.add_argument("--modes", default="okachat,cachat", help="page cache off, on")
    parser.add_argument("--pages", default="", help="only these pages, e.g. startsida,nyhet")
    parser.add_argument("--concurrency", default="1,16")
    return parser.parse_args()


def bench_database():
    url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/msi")
    if not url.startswith("postgres"):
        sys.exit("python -m bench needs PostgreSQL: set DATABASE_URL=postgres://…")
    base, _, name = url.rpartition("/")
    name = f"{name}_sitebench"
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
    # Queries and bytes of a real render: the page cache off.
    return json.loads(run({**env, "PAGE_CACHE_ENABLED": "false"}, "-m", "bench.probe"))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env, workers, threads=None, access_log=None):
    port = free_port()
    env = {**env}
    if threads is not None:
        env["GUNICORN_THREADS"] = str(threads)
    if access_log is not None:
        env["GUNICORN_ACCESS_LOG"] = "-" if access_log == "on" else ""
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


def cpu_seconds(master):
    """CPU (user + system) of gunicorn's workers so far, from /proc: the running ones', plus
    what the master has reaped from workers that ended (max_requests restarts them)."""

    def times(pid, first):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[first]) + int(fields[first + 1])

    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    running = sum(times(pid, 11) for pid in children)  # utime, stime
    return (running + times(master, 13)) / CLOCK_TICKS  # cutime, cstime


LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
UNIT = {"us": 0.001, "ms": 1, "s": 1000}


ENCODING = {"value": ""}  # the Accept-Encoding header wrk sends (main() sets it)


def wrk(url, connections, duration):
    """(requests per second, requests, p50 ms, p99 ms, errors) of one wrk run."""
    header = ["-H", f"Accept-Encoding: {ENCODING['value']}"] if ENCODING["value"] else []
    result = subprocess.run(  # noqa: S603
        [
            WRK,
            f"-t{min(connections, 2)}",
            f"-c{connections}",
            f"-d{duration}s",
            "--latency",
            *header,
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
    before = cpu_seconds(master)
    rps, requests, p50, p99, errors = wrk(url, connections, duration)
    cpu_ms = (cpu_seconds(master) - before) * 1000 / max(requests, 1)
    return {"rps": rps, "p50": p50, "p99": p99, "errors": errors, "cpu_ms": cpu_ms}


MODES = {"okachat": "false", "cachat": "true"}  # PAGE_CACHE_ENABLED for each gunicorn


def table(pages, concurrency, modes=MODES):
    """One row per page: its queries and bytes, then per mode the rate at each concurrency,
    p50/p99 and CPU per request at the highest, and that rate as a share of the ceiling."""
    high = concurrency[-1]
    head = ["sida", "SQL", "HTML kB", f"tak c{high} req/s"]
    for mode in modes:
        head += [f"{mode} c{c} req/s" for c in concurrency]
        head += [f"{mode} c{high} p50/p99 ms", f"{mode} CPU ms/req", f"{mode} andel av taket"]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for name, page in pages.items():
        ceiling = page["ceiling"]["rps"]
        row = [name, str(page["queries"]), f"{page['bytes'] / 1000:.1f}", f"{ceiling:.0f}"]
        for mode in modes:
            load = page["load"][mode]
            row += [f"{load[c]['rps']:.0f}" for c in concurrency]
            top = load[high]
            latency = f"{top['p50']:.1f}/{top['p99']:.1f}"
            errors = sum(load[c]["errors"] for c in concurrency)
            row += [
                latency + (f" ({errors} fel)" if errors else ""),
                f"{top['cpu_ms']:.1f}",
                f"{top['rps'] / ceiling:.1%}",
            ]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


WRK = shutil.which("wrk") or "wrk"


def main():
    args = arguments()
    if not shutil.which("wrk"):
        sys.exit("python -m bench needs wrk: apt-get install wrk")
    concurrency = [int(c) for c in args.concurrency.split(",")]
    ENCODING["value"] = args.encoding
    modes = {mode: MODES[mode] for mode in args.modes.split(",")}
    env = environment(bench_database())
    pages = prepare(env)
    if args.pages:
        pages = {name: page for name, page in pages.items() if name in args.pages.split(",")}
    for page in pages.values():
        page["load"] = {}
    for mode, enabled in modes.items():
        mode_env = {**env, "PAGE_CACHE_ENABLED": enabled, "PAGE_CACHE_DIR": str(WORK / "cache")}
        shutil.rmtree(WORK / "cache", ignore_errors=True)
        process, base = start_gunicorn(mode_env, args.workers, args.threads, args.access_log)
        try:
            for name, page in pages.items():
                print(f"Mäter {name} {mode} ({page['url']})…", file=sys.stderr)
                page["load"][mode] = {
                    c: measure(process.pid, base, page["url"], c, args.duration)
                    for c in concurrency
                }
                if mode == list(modes)[-1]:
                    page["ceiling"] = measure(
                        process.pid, base, page["static"], concurrency[-1], args.duration
                    )
        finally:
            process.terminate()
            process.wait(timeout=30)
    print(
        f"gunicorn {args.workers} arbetare × {args.threads or 'standard'} trådar, åtkomstlogg "
        f"{args.access_log or 'standard'}, Accept-Encoding ”{args.encoding}”, "
        f"produktionsinställningar, PostgreSQL, {args.duration} s per körning; "
        "sidcachen av (okachat) och på (cachat)"
    )
    print(table(pages, concurrency, modes))


if __name__ == "__main__":
    main()
