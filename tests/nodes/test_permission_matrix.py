"""Every role × every object kind × every admin action, own node and other node.

Each cell is checked by what the user sees (status code, listing contents) and, for every
action that writes, by counting rows and revisions before and after: a refused action changes
nothing. Failures are collected and reported as a table, one line per wrong cell.
"""

from datetime import timedelta

import pytest

from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from examplebank.models import Example
from news.models import Event, EventOccurrence, NewsArticlePage
from nodes.models import Person
from tests.examplebank.admin_forms import example_form_data

from .conftest import ROLES

OWNERS = ["malmo", "umea", "national"]
MEDIA_OWNERS = ["malmo", "umea", "shared"]


def expected(role, kind, owner, action):
    """What each role may do, from DESIGN.md §6."""
    if role == "superuser":
        return True
    if role == "webbadmin":
        return False  # users, groups, redirects and settings only
    if role == "national":
        return True  # pages from the home page down, all snippets, all non-root collections
    if owner == role:
        return True
    # Shared media, and any published contact person, event or example, may be chosen;
    # nothing else.
    return action == "choose" and (owner == "shared" or kind in {"person", "event", "example"})


class Observer:
    """Performs one admin action as the logged-in client and says whether it was allowed."""

    def __init__(self, client, realm):
        self.client = client
        self.realm = realm

    # --- helpers -------------------------------------------------------------------------
    def get_allowed(self, url, data=None):
        response = self.client.get(url, data or {})
        if response.status_code == 200:
            return True
        if response.status_code in (302, 403):
            return False
        raise AssertionError(f"GET {url} answered {response.status_code}")

    @staticmethod
    def snippet_url(model, action, *args):
        return reverse(model.snippet_viewset.get_url_name(action), args=args)

    @staticmethod
    def chooser_html(response):
        """The HTML of a chooser modal (sent as JSON), or "" when access was refused."""
        if response.status_code != 200:
            return ""
        return response.json().get("html", "")

    @staticmethod
    def revisions(obj):
        return Revision.objects.for_instance(obj).count()

    # --- snippets (people, events) -------------------------------------------------------
    def person_form(self, person, **changes):
        return {
            "name": person.name,
            "role": person.role,
            "organisation": person.organisation,
            "node": person.node_id or "",
            "email": person.email,
            "phone": person.phone,
            "photo": "",
            **changes,
        }

    @staticmethod
    def local(value):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""

    def event_form(self, event, **changes):
        rows = [
            {
                "id": item.pk or "",
                "start": self.local(item.start),
                "end": self.local(item.end),
                **({"all_day": "on"} if item.all_day else {}),
            }
            for item in event.occurrence_list
        ]
        data = {
            "title": event.title,
            "slug": event.slug,
            "node": event.node_id or "",
            "summary": event.summary,
            "occurrences": inline_formset(rows, initial=len(rows)),
            "status": event.status,
            "moved_from": self.local(event.moved_from),
            "format": event.format,
            "venue": event.venue,
            "address": event.address,
            "online_link": event.online_link,
            "language": event.language,
            "registration_url": event.registration_url,
            "registration_deadline": self.local(event.registration_deadline),
            "price": "" if event.price is None else event.price,
            "price_note": event.price_note,
            "body": streamfield([]),
            "themes": [theme.pk for theme in event.themes.all()],
            "organiser": event.organiser,
            "contact": event.contact_id or "",
            "documentation": streamfield([]),
            "go_live_at": "",
            "expire_at": "",
            **changes,
        }
        return nested_form_data(data)

    def snippet_form(self, obj, changed=False):
        if isinstance(obj, Event):
            return self.event_form(obj, **({"title": obj.title + " (ändrad)"} if changed else {}))
        if isinstance(obj, Example):
            return example_form_data(obj, **({"name": obj.name + " (ändrad)"} if changed else {}))
        return self.person_form(obj, **({"name": obj.name + " (ändrad)"} if changed else {}))

    def listing_pages(self, list_url):
        """Every page of an admin listing (20 rows each, newest first), until one has no link
        to the next."""
        number = 1
        while True:
            html = self.client.get(f"{list_url}?p={number}").content.decode()
            yield html
            number += 1
            if f"p={number}" not in html:
                return

    def snippet(self, action, obj):
        model, pk = type(obj), obj.pk

        def url(name, *args):
            return self.snippet_url(model, name, *args)

        before = self.revisions(obj)
        if action == "list":
            return any(url("edit", pk) in html for html in self.listing_pages(url("list")))
        if action == "edit_get":
            return self.get_allowed(url("edit", pk))
        if action in ("edit_post", "publish"):
            data = self.snippet_form(obj, changed=True)
            if action == "publish":
                data["action-publish"] = "action-publish"
            self.client.post(url("edit", pk), data)
            changed = self.revisions(obj) > before
            if action == "publish":
                changed = changed and str(model.objects.get(pk=pk)).endswith("(ändrad)")
            return changed
        if action == "unpublish":
            self.client.post(url("unpublish", pk))
            return not model.objects.get(pk=pk).live
        if action == "delete":
            self.client.post(url("delete", pk))
            return not model.objects.filter(pk=pk).exists()
        if action == "copy":
            return self.get_allowed(url("copy", pk))
        if action == "history":
            return self.get_allowed(url("history", pk))
        if action == "compare":
            ids = Revision.objects.for_instance(obj).order_by("pk").values_list("pk", flat=True)
            return self.get_allowed(url("revisions_compare", pk, ids[0], ids[1]))
        if action == "preview":
            response = self.client.post(url("preview_on_edit", pk), self.snippet_form(obj))
            return response.status_code == 200 and response.json().get("is_valid") is True
        if action == "lock":
            self.client.post(url("lock", pk))
            return model.objects.get(pk=pk).locked
        if action == "choose":
            chooser = f"wagtailsnippetchoosers_{model._meta.app_label}_{model._meta.model_name}"
            response = self.client.get(reverse(f"{chooser}:choose"))
            return str(obj) in self.chooser_html(response)
        raise ValueError(action)

    def create_event(self, owner):
        """Add and publish an event for `owner` (posting that node's id, or none for the
        national office); allowed when it exists afterwards."""
        node = self.realm.nodes.get(owner)
        title = f"Nytt evenemang för {owner}"
        start = timezone.now().replace(microsecond=0) + timedelta(days=30)
        event = Event(title=title, summary="Ett nytt evenemang.", node=node)
        event.occurrences = [EventOccurrence(start=start, end=start + timedelta(hours=2))]
        data = self.event_form(event)
        data["action-publish"] = "action-publish"
        self.client.post(self.snippet_url(Event, "add"), data)
        return Event.objects.filter(title=title, node=node, live=True).exists()

    def create_example(self, owner):
        """Add and publish an example for `owner` (posting that node's id, or none for the
        national office); allowed when it exists afterwards."""
        node = self.realm.nodes.get(owner)
        name = f"Nytt exempel för {owner}"
        example = Example(name=name, slug=f"nytt-exempel-{owner}", summary="Ett nytt exempel.")
        example.node = node
        data = example_form_data(example)
        data["action-publish"] = "action-publish"
        self.client.post(self.snippet_url(Example, "add"), data)
        return Example.objects.filter(name=name, node=node, live=True).exists()

    # --- pages ---------------------------------------------------------------------------
    def page_form(self, page, **changes):
        return nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "intro": page.intro,
                "body": streamfield([]),
                "comments": inline_formset([]),
                **changes,
            }
        )

    def page(self, action, page):
        page_id = page.pk
        revisions = self.revisions(page)
        if action == "explore":
            html = self.client.get(reverse("wagtailadmin_explore", args=[page.get_parent().pk]))
            return reverse("wagtailadmin_pages:edit", args=[page_id]) in html.content.decode()
        if action == "edit_get":
            return self.get_allowed(reverse("wagtailadmin_pages:edit", args=[page_id]))
        if action in ("edit_post", "publish"):
            data = self.page_form(page, title=page.title + " (ändrad)")
            if action == "publish":
                data["action-publish"] = "action-publish"
            self.client.post(reverse("wagtailadmin_pages:edit", args=[page_id]), data)
            changed = self.revisions(page) > revisions
            if action == "publish":
                changed = changed and Page.objects.get(pk=page_id).title.endswith("(ändrad)")
            return changed
        if action == "unpublish":
            self.client.post(reverse("wagtailadmin_pages:unpublish", args=[page_id]))
            return not Page.objects.get(pk=page_id).live
        if action == "delete":
            self.client.post(reverse("wagtailadmin_pages:delete", args=[page_id]))
            return not Page.objects.filter(pk=page_id).exists()
        if action == "move":
            return self.get_allowed(reverse("wagtailadmin_pages:move", args=[page_id]))
        if action == "copy":
            return self.get_allowed(reverse("wagtailadmin_pages:copy", args=[page_id]))
        if action == "history":
            return self.get_allowed(reverse("wagtailadmin_pages:history", args=[page_id]))
        if action == "compare":
            ids = Revision.objects.for_instance(page).order_by("pk").values_list("pk", flat=True)
            url = reverse("wagtailadmin_pages:revisions_compare", args=[page_id, ids[0], ids[1]])
            return self.get_allowed(url)
        if action == "preview":
            response = self.client.post(
                reverse("wagtailadmin_pages:preview_on_edit", args=[page_id]),
                self.page_form(page),
            )
            return response.status_code == 200 and response.json().get("is_valid") is True
        raise ValueError(action)

    def create_news(self, index):
        """Publish a new article in a news index; allowed when it exists afterwards."""
        slug = f"ny-{index.pk}-{NewsArticlePage.objects.count()}"
        data = nested_form_data(
            {
                "title": "En ny nyhet",
                "slug": slug,
                "intro": "Ingress.",
                "date": "2026-11-23",
                "image_alt": "",
                "image_caption": "",
                "body": streamfield([]),
                "comments": inline_formset([]),
                "action-publish": "action-publish",
            }
        )
        url = reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", index.pk])
        self.client.post(url, data)
        return NewsArticlePage.objects.filter(slug=slug, live=True).child_of(index).exists()

    # --- images and documents ------------------------------------------------------------
    def media(self, action, obj, app):
        model = type(obj)
        if action == "edit_get":
            return self.get_allowed(reverse(f"{app}:edit", args=[obj.pk]))
        if action == "edit_post":
            data = {"title": obj.title + " (ändrad)", "collection": obj.collection_id, "tags": ""}
            self.client.post(reverse(f"{app}:edit", args=[obj.pk]), data)
            return model.objects.get(pk=obj.pk).title.endswith("(ändrad)")
        if action == "delete":
            self.client.post(reverse(f"{app}:delete", args=[obj.pk]))
            return not model.objects.filter(pk=obj.pk).exists()
        if action == "choose":
            response = self.client.get(reverse(f"{app}_chooser:choose"))
            return obj.title in self.chooser_html(response)
        raise ValueError(action)


SNIPPET_ACTIONS = [
    "list",
    "choose",
    "edit_get",
    "copy",
    "history",
    "compare",
    "preview",
    "edit_post",
    "publish",
    "lock",
    "unpublish",
    "delete",
]
PAGE_ACTIONS = [
    "explore",
    "edit_get",
    "move",
    "copy",
    "history",
    "compare",
    "preview",
    "edit_post",
    "publish",
    "unpublish",
    "delete",
]
MEDIA_ACTIONS = ["choose", "edit_get", "edit_post", "delete"]


def run_matrix(observer, role):
    realm = observer.realm
    cells = []
    for owner in OWNERS:
        for kind, model, objects in (
            ("person", Person, realm.people),
            ("event", Event, realm.events),
            ("example", Example, realm.examples),
        ):
            for action in SNIPPET_ACTIONS:
                item = model.objects.get(pk=objects[owner].pk)
                cells.append((kind, owner, action, observer.snippet(action, item)))
        for action in PAGE_ACTIONS:
            page = Page.objects.get(pk=realm.pages[owner].pk).specific
            cells.append(("page", owner, action, observer.page(action, page)))
        cells.append(("news", owner, "create", observer.create_news(realm.news[owner])))
        cells.append(("event", owner, "create", observer.create_event(owner)))
        cells.append(("example", owner, "create", observer.create_example(owner)))
    for owner in MEDIA_OWNERS:
        for action in MEDIA_ACTIONS:
            image = type(realm.images[owner]).objects.get(pk=realm.images[owner].pk)
            cells.append(("image", owner, action, observer.media(action, image, "wagtailimages")))
            document = type(realm.documents[owner]).objects.get(pk=realm.documents[owner].pk)
            cells.append(
                ("document", owner, action, observer.media(action, document, "wagtaildocs"))
            )
    return cells


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(realm, client_for, role):
    observer = Observer(client_for(role), realm)
    cells = run_matrix(observer, role)
    wrong = [
        f"{role:9} {kind:8} {owner:8} {action:10} allowed={seen}"
        for kind, owner, action, seen in cells
        if seen != expected(role, kind, owner, action)
    ]
    # Per owner: three snippet kinds × every snippet action, every page action, and creating
    # a news article, an event and an example; then two media kinds × every media action.
    snippet_kinds, creations, media_kinds = 3, 3, 2
    assert len(cells) == len(OWNERS) * (
        snippet_kinds * len(SNIPPET_ACTIONS) + len(PAGE_ACTIONS) + creations
    ) + len(MEDIA_OWNERS) * media_kinds * len(MEDIA_ACTIONS)
    assert not wrong, "\n" + "\n".join(wrong)
