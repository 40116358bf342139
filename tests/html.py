"""Reading rendered pages in tests as a visitor reads them: the text, not the markup."""

from bs4 import BeautifulSoup


def visible_text(html):
    """The page's text with its tags gone and runs of white space made one space."""
    return " ".join(BeautifulSoup(html, "html.parser").get_text().split())
