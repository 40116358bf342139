from .pages import HomePageFactory, StandardPageFactory

__all__ = ["HomePageFactory", "StandardPageFactory"]
