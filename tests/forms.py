"""Reading a re-rendered public form in tests: what each field holds, where the error
summary's links point."""

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def typed_value(page, name):
    """What the re-rendered form holds for a field."""
    element = page.select_one(f"form.form [name={name}]")
    if element.name == "textarea":  # a parser drops the newline after the start tag
        text = element.string or ""
        return text[1:] if text.startswith("\n") else text
    if element.get("type") == "checkbox":
        return "on" if element.has_attr("checked") else ""
    return element.get("value", "")


def summary_targets(page):
    summary = page.select_one(".error-summary")
    assert summary is not None, "no error summary"
    return [link["href"] for link in summary.select("a")]
