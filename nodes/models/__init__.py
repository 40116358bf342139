from .node import Node
from .owned import NodeOwned
from .pages import NodeHomePage, NodeIndexPage
from .people import Person

__all__ = ["Node", "NodeHomePage", "NodeIndexPage", "NodeOwned", "Person"]
