"""Chooser blocks whose chosen objects come from the shared values (pages/page_cache/memo.py,
docs/page-cache.md "Kept for everyone"): a body's call to action or related page is read once
for every process and thrown away when it changes, instead of one query per view (Wagtail's
`bulk_to_python` runs `in_bulk` every time a body is rendered).

The chosen object is the same row Wagtail would read (a page's row, not its draft), so
editors, previews and visitors all see what `in_bulk` would give them."""

import copy
from functools import partial

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.models import Page

from pages.page_cache.memo import remembered
from pages.page_cache.purge import address_tags
from pages.page_cache.recorder import depends_on


def find(model, pk):
    found = model._default_manager.filter(pk=pk).first()
    if isinstance(found, Page):
        depends_on(*address_tags(found))  # its address changes when a page above it moves
    return found


class KeptChoicesMixin:
    """For a ChooserBlock: each chosen object from the shared values, by model and key."""

    def bulk_to_python(self, values):
        model = self.model_class
        label = model._meta.label_lower
        result, seen = [], set()
        for pk in values:
            if pk is None:
                result.append(None)
                continue
            found = remembered(f"chosen:{label}:{pk}", partial(find, model, pk))
            if found is not None and pk in seen:
                found = copy.copy(found)  # as Wagtail: one object per place it is chosen
            seen.add(pk)
            result.append(found)
        return result


class KeptPageChooserBlock(KeptChoicesMixin, blocks.PageChooserBlock):
    pass


class KeptDocumentChooserBlock(KeptChoicesMixin, DocumentChooserBlock):
    pass
