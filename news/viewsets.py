"""Admin views of news: the event snippet (one step, on nodes' NodeOwnedSnippetViewSet), the
national newsletter and its subscribers."""

import uuid
from functools import wraps

from django.db.models import Prefetch
from django.http import HttpResponseForbidden
from django.template.loader import render_to_string
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn, LiveStatusTagColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views.snippets import CopyView, IndexView, SnippetViewSet

from nodes.viewsets import NodeOwnedSnippetViewSet, requiring_model_permission

from .models import Event, EventOccurrence, Newsletter, Subscriber
from .newsletter_send_views import SendView


class EventCopyView(CopyView):
    """A copy starts as a new event: the same fields and times, but new occurrence rows with
    calendar keys of their own, no slug (made from the title) and nothing of the original's
    publishing history. Wagtail's own copy would hand the form the original's occurrence rows."""

    def get_initial_form_instance(self):
        original = self.get_object()
        copy = Event(
            **{
                field.attname: getattr(original, field.attname)
                for field in Event._meta.concrete_fields
                if field.name in COPIED_FIELDS
            }
        )
        copy.themes = list(original.themes.all())
        copy.occurrences = [
            EventOccurrence(key=uuid.uuid4(), start=item.start, end=item.end, all_day=item.all_day)
            for item in original.occurrence_list
        ]
        return copy


COPIED_FIELDS = {
    "title",
    "node",
    "summary",
    "body",
    "status",
    "moved_from",
    "format",
    "venue",
    "address",
    "online_link",
    "registration_url",
    "registration_deadline",
    "price",
    "price_note",
    "language",
    "organiser",
    "contact",
}


class EventViewSet(NodeOwnedSnippetViewSet):
    model = Event
    icon = "date"
    menu_label = _("Evenemang")
    menu_order = 290
    add_to_admin_menu = True
    list_display = [
        "title",
        Column("when", label=_("Tid")),
        Column("owner_label", label=_("Nod")),
        Column("get_status_display", label=_("Status")),
        LiveStatusTagColumn(label=_("Publicering")),
    ]
    list_filter = ["node", "status", "format", "live"]
    ordering = ["-pk"]
    copy_view_class = EventCopyView

    def get_queryset(self, request):
        occurrences = EventOccurrence.objects.order_by("start", "pk")
        return Event.objects.select_related("node").prefetch_related(
            Prefetch("occurrences", queryset=occurrences)
        )


NEWSLETTER_ACTIONS = ["add", "change", "delete", "publish"]
SUBSCRIBER_ACTIONS = ["view", "delete"]


def national_only(view, permission_policy, actions=NEWSLETTER_ACTIONS):
    """A newsletter view that answers 403 Forbidden to a signed-in user without any of the
    model's `actions` permissions (Wagtail itself would redirect to the dashboard)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        user = request.user
        if user.is_authenticated and not permission_policy.user_has_any_permission(user, actions):
            html = render_to_string("wagtailadmin/newsletter_forbidden.html", request=request)
            return HttpResponseForbidden(html)
        return view(request, *args, **kwargs)

    return wrapped


class NewsletterChooserViewSet(chooser_views.SnippetChooserViewSet):
    """Wagtail's snippet chooser would list every issue, drafts too, to anyone with admin
    access; only users with a newsletter permission may browse it."""

    choose_view_class = requiring_model_permission(chooser_views.ChooseView)
    choose_results_view_class = requiring_model_permission(chooser_views.ChooseResultsView)
    chosen_view_class = requiring_model_permission(chooser_views.SnippetChosenView)
    chosen_multiple_view_class = requiring_model_permission(
        chooser_views.SnippetChosenMultipleView
    )


class NewsletterIndexView(IndexView):
    """The issues' listing, with "Skicka…" (or "Utskick" once sent) for those who may send."""

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.permission_policy.user_has_permission(self.request.user, "publish"):
            buttons.append(
                ListingButton(
                    _("Utskick") if instance.send_status() else _("Skicka…"),
                    url=reverse(self.send_url_name, args=[instance.pk]),
                    icon_name="mail",
                    priority=15,
                )
            )
        return buttons

    @property
    def send_url_name(self):
        return self.index_url_name.replace(":list", ":send")


class NewsletterViewSet(SnippetViewSet):
    """Newsletters: national only. Node editors hold no newsletter permission (setup_nodes gives
    them only to the national office through NATIONAL_PERMISSIONS_HOOK), and every view of
    this viewset answers them 403."""

    model = Newsletter
    icon = "mail"
    menu_label = _("Nyhetsbrev")
    menu_order = 295
    add_to_admin_menu = True
    list_display = [
        "subject",
        "issue_date",
        LiveStatusTagColumn(label=_("Status")),
        Column("send_status", label=_("Utskick")),
    ]
    list_filter = ["live"]
    search_fields = ["subject", "preheader", "intro"]
    ordering = ["-issue_date", "-pk"]
    chooser_viewset_class = NewsletterChooserViewSet

    index_view_class = NewsletterIndexView

    def get_queryset(self, request):
        return Newsletter.objects.select_related("send")

    def get_urlpatterns(self):
        send_view = SendView.as_view(
            index_url_name=self.get_url_name("list"), edit_url_name=self.get_url_name("edit")
        )
        return [
            *national_only_patterns(
                super().get_urlpatterns(), self.permission_policy, NEWSLETTER_ACTIONS
            ),
            path(
                "send/<int:pk>/",
                national_only(send_view, self.permission_policy, ["publish"]),
                name="send",
            ),
        ]


def national_only_patterns(patterns, permission_policy, actions):
    return [
        URLPattern(
            pattern.pattern,
            national_only(pattern.callback, permission_policy, actions),
            pattern.default_args,
            pattern.name,
        )
        if isinstance(pattern, URLPattern)
        else pattern
        for pattern in patterns
    ]


class SubscriberViewSet(ModelViewSet):
    """The newsletter's subscribers, for the national office only (view and delete: an address
    comes in only through double opt-in, docs/newsletter-signup.md). A list with search by
    address, a status filter and CSV/Excel export of what the list shows; the inspect view
    shows one subscriber's consent. Everyone else gets 403."""

    model = Subscriber
    icon = "group"
    menu_label = _("Prenumeranter")
    menu_order = 296
    add_to_admin_menu = True
    inspect_view_enabled = True
    list_display = [
        "email",
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("signed_up_at", label=_("Anmäld")),
        DateColumn("confirmed_at", label=_("Bekräftad")),
        DateColumn("undeliverable_at", label=_("Nekad av e-postservern")),
    ]
    list_filter = ["status"]
    search_fields = ["email"]
    search_backend_name = None  # a plain model: the database's own filtering
    list_export = [
        "email",
        "status",
        "signed_up_at",
        "confirmed_at",
        "unsubscribed_at",
        "consent_version",
        "undeliverable_at",
        "undeliverable_reason",
    ]
    export_filename = "prenumeranter"
    ordering = ["-signed_up_at"]
    form_fields = ["status"]  # unused: nobody has the add or change permission

    def get_urlpatterns(self):
        return national_only_patterns(
            super().get_urlpatterns(), self.permission_policy, SUBSCRIBER_ACTIONS
        )
