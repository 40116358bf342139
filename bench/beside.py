"""Another site, measured the way `python -m bench` measures ours (docs/benchmark.md, "Beside
another site"): wrk against a running gunicorn's addresses, and its workers' CPU per request
from /proc. For issue #14's comparison with wagtail/bakerydemo on the same machine:

    python -m bench.beside --pid-file /tmp/bakery/gunicorn.pid \\
        http://127.0.0.1:8765/ http://127.0.0.1:8765/blog/ …
"""

import argparse
import sys
from pathlib import Path

from . import __main__ as bench


def arguments():
    parser = argparse.ArgumentParser(prog="python -m bench.beside", description=__doc__)
    parser.add_argument("urls", nargs="+", help="full addresses on the other site")
    parser.add_argument("--pid-file", required=True, help="the other gunicorn's master PID")
    parser.add_argument("--duration", type=int, default=5, help="seconds per wrk run")
    parser.add_argument("--concurrency", default="1,16")
    parser.add_argument("--encoding", default="gzip, deflate, br")
    return parser.parse_args()


def main():
    args = arguments()
    bench.ENCODING["value"] = args.encoding
    master = int(Path(args.pid_file).read_text().strip())
    concurrency = [int(c) for c in args.concurrency.split(",")]
    head = ["adress", *(f"c{c} req/s" for c in concurrency)]
    head += [f"c{c} CPU ms/req" for c in concurrency]
    print("| " + " | ".join(head) + " |\n|" + " --- |" * len(head))
    for url in args.urls:
        print(f"Mäter {url}…", file=sys.stderr)
        bench.wrk(url, max(concurrency), 2)  # every worker warm (renditions, caches)
        results = [bench.measure(master, "", url, c, args.duration) for c in concurrency]
        row = [url, *(f"{r['rps']:.0f}" for r in results)]
        row += [f"{r['cpu_ms']:.1f}" for r in results]
        row[1] += "".join(f" ({r['errors']} fel)" for r in results if r["errors"])
        print("| " + " | ".join(row) + " |", flush=True)


if __name__ == "__main__":
    main()
