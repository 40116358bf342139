"""Demo content: the whole site built from nothing, in Swedish, from ../shared/seeds/.

Each app adds a step to DEMO_STEPS; the `load_demo_content` command runs them in order.
"""

DEMO_STEPS = [
    "pages.demo.site.build",
]
