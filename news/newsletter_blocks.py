"""The blocks of a newsletter issue: free text, a chosen article, event, example or publication
(shown as a card from the item's current content) and a call to action.

The same block templates render the web version and the e-mail: the e-mail's context carries
`styles` (inline styles, news/newsletter_styles.py) and the request or `base_url` used for the
absolute addresses an e-mail needs. The example is named by string: news never imports
examplebank (docs/layers.md)."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from pages.accessibility import validate_link_text

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


class NewsletterTextBlock(blocks.StructBlock):
    """A heading (h2) and text whose own subheadings are h3, so the outline stays whole."""

    heading = blocks.CharBlock(label=_("rubrik"), max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=TEXT_FEATURES)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        description = _("Egen text med en rubrik, t.ex. en hälsning eller en kort notis.")
        help_text = _("Mellanrubriker i texten blir underrubriker till rubriken ovan.")
        template = "components/newsletter/text_block.html"
        preview_value = {
            "heading": "Hej!",
            "text": "<p>Här är månadens nyheter från Mötesplats Social Innovation.</p>",
        }

    def get_context(self, value, parent_context=None):
        from .newsletter_links import email_rich_text

        context = super().get_context(value, parent_context)
        context["text"] = email_rich_text(value["text"], (parent_context or {}).get("request"))
        return context


class CardBlock:
    """A chooser block shown as a card (news/newsletter_cards.py); nothing when the chosen item
    is no longer published."""

    card_function = None

    def get_context(self, value, parent_context=None):
        from . import newsletter_cards

        context = super().get_context(value, parent_context)
        parent_context = parent_context or {}
        build = getattr(newsletter_cards, self.card_function)
        context["card"] = build(
            value, parent_context.get("request"), parent_context.get("base_url", "")
        )
        return context


class NewsletterArticleBlock(CardBlock, blocks.PageChooserBlock):
    card_function = "article_card"

    def __init__(self, **kwargs):
        super().__init__(page_type="news.NewsArticlePage", **kwargs)

    class Meta:
        icon = "doc-full"
        label = _("Nyhet")
        description = _("En nyhet från webbplatsen, visad med rubrik, datum och ingress.")
        help_text = _("Kortet visar nyhetens innehåll som det är när nyhetsbrevet visas.")
        template = "components/newsletter/card_block.html"


class NewsletterPublicationBlock(CardBlock, blocks.PageChooserBlock):
    card_function = "publication_card"

    def __init__(self, **kwargs):
        super().__init__(page_type="news.PublicationPage", **kwargs)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Publikation")
        description = _("En rapport, bok eller handbok från webbplatsen.")
        template = "components/newsletter/card_block.html"


class NewsletterEventBlock(CardBlock, SnippetChooserBlock):
    card_function = "event_card"

    def __init__(self, **kwargs):
        super().__init__("news.Event", **kwargs)

    class Meta:
        icon = "date"
        label = _("Evenemang")
        description = _("Ett evenemang, visat med tid, status och sammanfattning.")
        help_text = _("Ändras tiden eller ställs evenemanget in syns det i kortet.")
        template = "components/newsletter/card_block.html"


class NewsletterExampleBlock(CardBlock, SnippetChooserBlock):
    card_function = "example_card"

    def __init__(self, **kwargs):
        super().__init__("examplebank.Example", **kwargs)

    class Meta:
        icon = "site"
        label = _("Exempel")
        description = _("Ett exempel ur exempelbanken, med ort, status och sammanfattning.")
        template = "components/newsletter/card_block.html"


class NewsletterCallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("rubrik"), max_length=120)
    text = blocks.TextBlock(label=_("text"), required=False, max_length=400)
    url = blocks.URLBlock(
        label=_("adress"),
        help_text=_("Hela adressen, med https://, eftersom länken ska fungera i e-post."),
    )
    link_label = blocks.CharBlock(
        label=_("länktext"),
        max_length=80,
        validators=[validate_link_text],
        help_text=_("Säg vart länken leder, t.ex. ”Anmäl dig till konferensen”, inte ”Läs mer”."),
    )

    class Meta:
        icon = "link"
        label = _("Uppmaning")
        description = _("En rubrik, en kort text och en framträdande länk.")
        template = "components/newsletter/call_to_action_block.html"
        preview_value = {
            "heading": "Tipsa om ett exempel",
            "text": "Känner du till en social innovation som fler borde veta om?",
            "url": "https://socialinnovation.se/exempelbanken/foresla/",
            "link_label": "Föreslå ett exempel till exempelbanken",
        }


class NewsletterBodyBlock(blocks.StreamBlock):
    text = NewsletterTextBlock()
    article = NewsletterArticleBlock()
    event = NewsletterEventBlock()
    example = NewsletterExampleBlock()
    publication = NewsletterPublicationBlock()
    call_to_action = NewsletterCallToActionBlock()
