from .contact import ContactPage
from .node import Node
from .owned import NodeOwned
from .pages import NodeHomePage, NodeIndexPage
from .people import Person

__all__ = ["ContactPage", "Node", "NodeHomePage", "NodeIndexPage", "NodeOwned", "Person"]
