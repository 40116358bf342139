"""Free text in a newsletter links to pages by their full address, since an e-mail has no site
to be relative to. The stored rich text's page links (`<a linktype="page" id="…">`) are turned
into plain links to the page's full URL before Wagtail renders the text as usual, so nothing
is marked safe here: Wagtail's own rendering does that, as on every page."""

from html import escape

from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.rich_text.rewriters import LinkRewriter


def absolute_page_links(request):
    def rule(attrs_list):
        ids = [attrs.get("id") for attrs in attrs_list]
        pages = {str(page.pk): page for page in Page.objects.live().filter(pk__in=ids)}
        links = []
        for page_id in ids:
            page = pages.get(str(page_id))
            url = page.get_full_url(request) if page else None
            links.append(f'<a href="{escape(url)}">' if url else "<a>")
        return links

    return rule


def email_rich_text(value, request=None):
    """The rich text with its page links made absolute (a RichText, rendered by Wagtail)."""
    source = getattr(value, "source", value or "")
    rewriter = LinkRewriter(bulk_rules={"page": absolute_page_links(request)})
    return RichText(rewriter(source))
