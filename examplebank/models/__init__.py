from .bank import ExampleBankPage
from .examples import Example, ExampleRelatedPage
from .suggestions import ExampleSuggestion

__all__ = ["Example", "ExampleBankPage", "ExampleRelatedPage", "ExampleSuggestion"]
