"""Demo content: the whole site built from nothing, in Swedish, from ../shared/seeds/.

Each app adds a module to DEMO_STEPS with a `build(log)` function and, optionally, `reset()`.
`load_demo_content` builds them in order and resets them in reverse order.
"""

DEMO_STEPS = [
    "pages.demo.site",
    "nodes.demo",
    "news.demo",
]
