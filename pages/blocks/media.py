import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock

from pages.accessibility import validate_link_text

from .kept_choosers import KeptDocumentChooserBlock


class FigureBlock(blocks.StructBlock):
    """An image that always has alt text or is explicitly decorative (Wagtail's ImageBlock)."""

    image = ImageBlock(label=_("bild"))
    caption = blocks.CharBlock(label=_("bildtext"), required=False, max_length=300)

    def get_preview_value(self):
        image = get_image_model().objects.order_by("-created_at").first()
        if not image:
            return None
        return self.to_python(
            {
                "image": {"image": image.pk, "alt_text": image.title, "decorative": False},
                "caption": _("Bildtext som beskriver sammanhanget."),
            }
        )

    class Meta:
        icon = "image"
        label = _("Bild")
        description = _("En bild med alternativtext (eller markerad som dekorativ) och bildtext.")
        template = "components/blocks/figure_block.html"


class DocumentLinkValue(blocks.StructValue):
    @property
    def link_text(self):
        return self.get("label") or self["document"].title


class DocumentLinkBlock(blocks.StructBlock):
    document = KeptDocumentChooserBlock(label=_("dokument"))
    label = blocks.CharBlock(
        label=_("länktext"),
        required=False,
        max_length=160,
        help_text=_("Tomt = dokumentets titel. Format och storlek läggs till automatiskt."),
        validators=[validate_link_text],
    )

    def get_preview_value(self):
        document = get_document_model().objects.order_by("-created_at").first()
        return self.to_python({"document": document.pk, "label": ""}) if document else None

    class Meta:
        icon = "doc-full"
        label = _("Dokument")
        description = _("En länk till ett dokument med format och filstorlek i länktexten.")
        template = "components/blocks/document_link_block.html"
        value_class = DocumentLinkValue


_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VIMEO_ID = re.compile(r"^\d{6,12}$")


def parse_video_url(url):
    """(provider name, player URL) for a YouTube or Vimeo address, else None.

    Player addresses are built here, without asking the provider (no oEmbed call), and use
    YouTube's privacy-enhanced domain.
    """
    parsed = urlparse(url or "")
    host = (parsed.hostname or "").removeprefix("www.").removeprefix("m.")
    video_id = None
    if host == "youtu.be":
        video_id = parsed.path.strip("/")
    elif host in {"youtube.com", "youtube-nocookie.com"}:
        if parsed.path == "/watch":
            video_id = parse_qs(parsed.query).get("v", [""])[0]
        elif parsed.path.startswith(("/embed/", "/shorts/", "/live/")):
            video_id = parsed.path.split("/")[2]
    if video_id is not None:
        if _YOUTUBE_ID.match(video_id):
            return "YouTube", f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
        return None
    if host in {"vimeo.com", "player.vimeo.com"}:
        video_id = parsed.path.rstrip("/").rsplit("/", 1)[-1]
        if _VIMEO_ID.match(video_id):
            return "Vimeo", f"https://player.vimeo.com/video/{video_id}?autoplay=1&dnt=1"
    return None


class VideoValue(blocks.StructValue):
    @property
    def provider(self):
        parsed = parse_video_url(self.get("url"))
        return parsed[0] if parsed else ""

    @property
    def player_url(self):
        parsed = parse_video_url(self.get("url"))
        return parsed[1] if parsed else ""


class VideoEmbedBlock(blocks.StructBlock):
    """A video that loads from its provider only after the visitor clicks."""

    url = blocks.URLBlock(
        label=_("adress till videon"),
        help_text=_("En adress från YouTube eller Vimeo."),
    )
    title = blocks.CharBlock(
        label=_("videons titel"),
        max_length=160,
        help_text=_("Beskriver videon för skärmläsare och i knappen som startar den."),
    )
    description = blocks.TextBlock(
        label=_("beskrivning eller transkription"), required=False, max_length=4000
    )

    def clean(self, value):
        value = super().clean(value)
        if not parse_video_url(value.get("url")):
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Ange en adress till en video på YouTube eller Vimeo.")
                    )
                }
            )
        return value

    class Meta:
        icon = "media"
        label = _("Video")
        description = _("Video från YouTube eller Vimeo som laddas först när besökaren klickar.")
        template = "components/blocks/video_embed_block.html"
        value_class = VideoValue
        preview_value = {
            "url": "https://www.youtube.com/watch?v=aaaaaaaaaaa",
            "title": "Exempelvideo om social innovation",
            "description": "",
        }
