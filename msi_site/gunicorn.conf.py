"""Gunicorn settings for the container. Tuned for small containers behind a load balancer."""

import gc
import multiprocessing
import os

# Python's advice for a server that forks without exec (docs.python.org, gc.freeze): no
# collections while the master loads the app (preload_app), so its objects stay packed; freeze
# them before each fork, so the workers' collections never walk them; collect in the workers.
# A full collection walking Django's and Wagtail's startup objects was what made the slowest
# 5 % of the example bank's listings twice as slow as the median (docs/examplebank.md).
gc.disable()

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
# Measured with python -m bench on 2 cores (docs/deployment.md "Serving"): rendering is CPU
# work, so threads only queue behind the GIL (3 workers × 2 threads served half the uncached
# pages per second of 3 sync workers), and more workers than cores + 1 added nothing.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = 30
graceful_timeout = 20
keepalive = 5
max_requests = 1000
max_requests_jitter = 100
preload_app = True
# One line per request to stdout unless GUNICORN_ACCESS_LOG is set empty (docs/deployment.md
# "Serving": measured with python -m bench).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "*")


def pre_fork(server, worker):
    gc.freeze()


def post_fork(server, worker):
    gc.enable()
