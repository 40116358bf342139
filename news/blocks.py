"""Blocks only news uses (the interview, an event's documentation). The rest of the body comes
from pages.blocks."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from pages.accessibility import validate_link_text
from pages.blocks import BodyBlock, BodyRichTextBlock, DocumentLinkBlock
from pages.blocks.kept_choosers import KeptPageChooserBlock


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("fråga"), max_length=250)
    answer = BodyRichTextBlock(label=_("svar"))


class InterviewBlock(blocks.StructBlock):
    """Questions and answers. Each question is an h2, so listeners can jump between them."""

    questions = blocks.ListBlock(QuestionAnswerBlock(), label=_("frågor och svar"), min_num=1)

    class Meta:
        icon = "openquote"
        label = _("Intervju (frågor och svar)")
        description = _("Frågor som rubriker med svaren under. För intervjuer och samtal.")
        template = "components/blocks/interview_block.html"
        preview_value = {
            "questions": [
                {
                    "question": "Vad är social innovation?",
                    "answer": "<p>Nya idéer som möter sociala behov och skapar samarbeten.</p>",
                },
                {
                    "question": "Varför behövs en nationell mötesplats?",
                    "answer": "<p>Ingen aktör löser de stora samhällsutmaningarna ensam.</p>",
                },
            ]
        }


class NewsBodyBlock(BodyBlock):
    """The shared page body plus the interview block."""

    def __init__(self, local_blocks=None, **kwargs):
        super().__init__([("interview", InterviewBlock()), *(local_blocks or [])], **kwargs)


class RecordingBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("adress"))
    label = blocks.CharBlock(
        label=_("länktext"),
        max_length=160,
        validators=[validate_link_text],
        help_text=_("T.ex. ”Se inspelningen av webbinariet (YouTube, 58 min)”."),
    )

    class Meta:
        icon = "media"
        label = _("Inspelning")
        description = _("En länk till en inspelning av evenemanget.")
        template = "components/blocks/recording_block.html"
        preview_value = {
            "url": "https://www.youtube.com/watch?v=aaaaaaaaaaa",
            "label": "Se inspelningen av webbinariet",
        }


class RelatedPageBlock(blocks.StructBlock):
    page = KeptPageChooserBlock(
        label=_("sida"), page_type=["news.NewsArticlePage", "news.PublicationPage"]
    )

    class Meta:
        icon = "doc-empty"
        label = _("Nyhet eller publikation")
        description = _("En nyhet eller rapport på webbplatsen som handlar om evenemanget.")
        template = "components/blocks/related_page_block.html"


class EventDocumentationBlock(blocks.StreamBlock):
    """What an event leaves behind: recordings, slides and reports, articles about it."""

    recording = RecordingBlock()
    document = DocumentLinkBlock(
        label=_("Dokument (presentation, rapport)"),
        description=_("Presentationsbilder, en rapport eller annat som PDF eller liknande."),
    )
    page = RelatedPageBlock()
