"""Demo content: the whole site built from nothing, in Swedish, from ../shared/seeds/.

Each step is a module with a `build(log)` function and, optionally, `reset()` and `accounts()`
(demo editor accounts that rundemo prints). The site itself (pages.demo.site) comes first; apps
above add their steps through the DEMO_CONTENT_HOOK Wagtail hook, whose function returns the
step module, with `order=` placing it (nodes 10, news 20, …). `load_demo_content` builds the
steps in order and resets them in reverse order. See docs/demo-content.md.
"""

from wagtail import hooks

DEMO_CONTENT_HOOK = "register_demo_content"


def demo_steps():
    from . import site

    return [site, *(hook() for hook in hooks.get_hooks(DEMO_CONTENT_HOOK))]
