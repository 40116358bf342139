"""The shared blocks: validation editors meet at save time, and the HTML visitors get."""

import pytest

from django.core.exceptions import ValidationError

from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.rich_text import RichText

from pages.blocks import (
    BodyBlock,
    BodyRichTextBlock,
    CallToActionBlock,
    CaptionedTableBlock,
    DocumentLinkBlock,
    FigureBlock,
    VideoEmbedBlock,
)
from pages.blocks.media import parse_video_url

ALL_BLOCK_NAMES = {
    "section",
    "rich_text",
    "image",
    "quote",
    "call_to_action",
    "fact_box",
    "accordion",
    "table",
    "document",
    "video",
}


def test_body_offers_every_shared_block_and_subheadings_only_inside_sections():
    body = BodyBlock()
    assert set(body.child_blocks) == ALL_BLOCK_NAMES
    section_content = body.child_blocks["section"].child_blocks["content"]
    assert "subheading" in section_content.child_blocks
    assert "section" not in section_content.child_blocks


def test_every_block_has_a_description_icon_and_its_own_template():
    body = BodyBlock()
    blocks = dict(body.child_blocks)
    blocks["subheading"] = (
        body.child_blocks["section"].child_blocks["content"].child_blocks["subheading"]
    )
    for name, block in blocks.items():
        assert block.meta.description, name
        assert block.meta.icon and block.meta.icon != "placeholder", name
        assert block.meta.template.startswith("components/blocks/"), name


def test_rich_text_has_no_headings_so_the_outline_stays_structural():
    features = BodyRichTextBlock().features
    assert not {"h1", "h2", "h3", "h4", "h5", "h6"} & set(features)


@pytest.mark.django_db
def test_call_to_action_needs_exactly_one_target(home):
    block = CallToActionBlock()
    base = {"title": "Prenumerera", "text": "", "link_label": "Anmäl dig till nyhetsbrevet"}
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({**base, "page": None, "url": ""}))
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({**base, "page": home.pk, "url": "https://example.org/"}))
    by_page = block.clean(block.to_python({**base, "page": home.pk, "url": ""}))
    assert by_page.href == home.url
    by_url = block.clean(block.to_python({**base, "page": None, "url": "https://example.org/"}))
    assert by_url.href == "https://example.org/"
    html = block.render(by_url)
    assert 'href="https://example.org/"' in html
    assert "Anmäl dig till nyhetsbrevet" in html


@pytest.mark.parametrize("label", ["Läs mer", "läs mer…", "Klicka här", "HÄR", "Read more"])
def test_generic_link_texts_are_refused(label):
    block = CallToActionBlock()
    value = block.to_python(
        {"title": "T", "text": "", "link_label": label, "page": None, "url": "https://a.se/"}
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_generic_link_text_inside_rich_text_is_refused():
    block = BodyRichTextBlock()
    with pytest.raises(ValidationError, match="Läs mer"):
        block.clean(RichText('<p>Om planen: <a href="https://a.se/">Läs mer</a></p>'))
    ok = block.clean(RichText('<p><a href="https://a.se/">Läs verksamhetsplanen</a></p>'))
    assert "Läs verksamhetsplanen" in ok.source


@pytest.mark.django_db
def test_image_needs_alt_text_or_decorative_flag(home):
    image = home.hero_image
    block = FigureBlock()
    missing = block.to_python(
        {"image": {"image": image.pk, "alt_text": "", "decorative": False}, "caption": ""}
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(missing)
    described = block.clean(
        block.to_python(
            {"image": {"image": image.pk, "alt_text": "Två cirklar", "decorative": False}}
        )
    )
    assert 'alt="Två cirklar"' in block.render(described)
    decorative = block.clean(
        block.to_python({"image": {"image": image.pk, "alt_text": "", "decorative": True}})
    )
    assert 'alt=""' in block.render(decorative)


def test_table_needs_a_caption_and_renders_header_cells():
    block = CaptionedTableBlock()
    table = {
        "data": [["Nod", "Lärosäte"], ["Umeå", "Umeå universitet"]],
        "first_row_is_table_header": True,
        "first_col_is_header": False,
    }
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"caption": "", "table": table}))
    value = block.clean(block.to_python({"caption": "Noder", "table": table}))
    html = block.render(value)
    assert "<caption>Noder</caption>" in html
    assert '<th scope="col">Nod</th>' in html
    assert "<td>Umeå universitet</td>" in html


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        ),
        (
            "https://youtu.be/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        ),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1"),
        ("https://example.org/video.mp4", None),
        ("https://www.youtube.com/watch?v=<script>", None),
        ("javascript:alert(1)", None),
    ],
)
def test_video_urls_become_privacy_enhanced_player_urls(url, expected):
    parsed = parse_video_url(url)
    assert (parsed[1] if parsed else None) == expected


def test_video_loads_nothing_from_the_provider_until_clicked():
    block = VideoEmbedBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"url": "https://example.org/v", "title": "Film"}))
    value = block.clean(
        block.to_python({"url": "https://youtu.be/dQw4w9WgXcQ", "title": "Om MSI"})
    )
    html = block.render(value)
    assert "<iframe" not in html
    assert "<img" not in html  # no thumbnail fetched from the provider either
    assert 'data-video-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"' in html
    assert 'href="https://youtu.be/dQw4w9WgXcQ"' in html  # works without JavaScript


@pytest.mark.django_db
def test_document_link_shows_format_and_size(tmp_path, settings):
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    settings.MEDIA_ROOT = tmp_path
    document = get_document_model().objects.create(
        title="Verksamhetsplan 2026–2028", file=ContentFile(b"%PDF-1.4 " + b"x" * 2048, "plan.pdf")
    )
    block = DocumentLinkBlock()
    html = block.render(block.to_python({"document": document.pk, "label": ""}))
    assert "Verksamhetsplan 2026–2028" in html
    assert "(PDF, 2,0\xa0kB)" in html
    assert f'href="{document.url}"' in html


@pytest.mark.django_db
def test_every_block_has_a_preview_that_renders(home):
    body = BodyBlock()
    blocks = dict(body.child_blocks)
    for name, block in blocks.items():
        value = block.get_preview_value()
        assert value, name
        assert block.render(value).strip(), name


@pytest.mark.django_db
def test_admin_block_preview_shows_the_block_with_site_styles(admin_client, home):
    from django.urls import reverse

    from pages.models import StandardPage

    body = StandardPage._meta.get_field("body").stream_block
    quote = body.child_blocks["quote"]
    url = reverse("wagtailadmin_block_preview")
    response = admin_client.get(url, {"id": quote.definition_prefix})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Sociala innovationer växer där olika sektorer möts." in html
    assert "/static/css/site.css" in html
