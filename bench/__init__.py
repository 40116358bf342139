"""The site's benchmark: `python -m bench` (docs/benchmark.md)."""
