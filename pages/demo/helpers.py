"""Small idempotent building blocks for demo content."""

from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

IMAGE_DIR = Path(__file__).resolve().parent / "images"
# Demo images and documents live in the shared collection every editor may choose from.
DEMO_COLLECTION_NAME = "Gemensamt"


def demo_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=DEMO_COLLECTION_NAME).first()
    return existing or root.add_child(name=DEMO_COLLECTION_NAME)


def demo_image(filename, title, credit="", directory=IMAGE_DIR):
    """The demo image with this title, created from a file the project ships if missing."""
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image:
        return image
    with (directory / filename).open("rb") as handle:
        image = image_model(
            title=title,
            credit=credit,
            collection=demo_collection(),
            file=ImageFile(handle, name=filename),
        )
        image.save()
    return image


def demo_document(title, filename, lines):
    """The demo document with this title, a small generated PDF, created if missing."""
    from .pdf import minimal_pdf

    document_model = get_document_model()
    document = document_model.objects.filter(title=title).first()
    if document:
        return document
    document = document_model(title=title, collection=demo_collection())
    document.file.save(filename, ContentFile(minimal_pdf(title, lines)), save=False)
    document.save()
    return document


def document_link(document, label=""):
    return {"type": "document", "value": {"document": document.pk, "label": label}}


def child_page(parent, model, slug, **fields):
    """The live child of `parent` with `slug`, created and published if missing.

    Existing pages are left alone, so an editor's changes survive a second run.
    Returns (page, created).
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def rich_text(*paragraphs):
    return {"type": "rich_text", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}


def section(heading, *content):
    return {"type": "section", "value": {"heading": heading, "content": list(content)}}


def subheading(text):
    return {"type": "subheading", "value": text}


def fact_box(title, *paragraphs):
    return {
        "type": "fact_box",
        "value": {"title": title, "body": "".join(f"<p>{p}</p>" for p in paragraphs)},
    }


def quote(text, attribution="", role=""):
    return {"type": "quote", "value": {"quote": text, "attribution": attribution, "role": role}}


def call_to_action(title, text, link_label, page=None, url=""):
    return {
        "type": "call_to_action",
        "value": {
            "title": title,
            "text": text,
            "link_label": link_label,
            "page": page.pk if page else None,
            "url": url,
        },
    }


def accordion(*items):
    return {
        "type": "accordion",
        "value": {"items": [{"title": title, "body": f"<p>{body}</p>"} for title, body in items]},
    }


def table(caption, rows, header_row=True):
    return {
        "type": "table",
        "value": {
            "caption": caption,
            "table": {
                "data": rows,
                "first_row_is_table_header": header_row,
                "first_col_is_header": False,
            },
        },
    }


def figure(image, alt_text, caption=""):
    return {
        "type": "image",
        "value": {
            "image": {"image": image.pk, "alt_text": alt_text, "decorative": False},
            "caption": caption,
        },
    }
