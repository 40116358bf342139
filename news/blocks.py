"""Blocks only news articles use. The rest of the body comes from pages.blocks."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from pages.blocks import BodyBlock, BodyRichTextBlock


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
