"""Demo content for the example bank (docs/demo-content.md): the bank page and its examples."""

DEMO_MODELS = ["examplebank.Example"]


def build(log):
    """Create the bank page and the demo examples (idempotent)."""


def reset():
    """Remove what build() made."""
