"""The admin's send page for one issue (national office only; docs/newsletter-sending.md):
a test send to yourself, the send to every confirmed subscriber, and then its progress
(sent, refused, waiting, in doubt) with each refusal's reason, a one-click "skicka igen" for
in-doubt deliveries, and "fortsätt" for a send that waits."""

from django import forms
from django.contrib import messages
from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import newsletter_sending as sending
from .models import Delivery, Newsletter, NewsletterSend, Subscriber
from .newsletter_tasks import send_test_issue

State = Delivery.State
LISTED = 100  # refusals and doubts shown at most; the subscriber list has the rest


class TestSendForm(forms.Form):
    address = forms.EmailField(
        label=gettext_lazy("Skicka ett testbrev till"),
        max_length=254,
        help_text=gettext_lazy(
            "Den senaste versionen, även ett utkast, märkt [Test] och utan avregistreringslänk."
        ),
        error_messages={
            "required": gettext_lazy("Skriv en e-postadress."),
            "invalid": gettext_lazy("Skriv en hel e-postadress, t.ex. namn@exempel.se."),
            "max_length": gettext_lazy("En e-postadress har högst 254 tecken."),
        },
    )


class SendView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "wagtailadmin/newsletter_send.html"
    header_icon = "mail"
    page_title = gettext_lazy("Skicka nyhetsbrevet")
    index_url_name = None
    edit_url_name = None

    def dispatch(self, request, pk):
        self.newsletter = get_object_or_404(Newsletter, pk=pk)
        self.send = NewsletterSend.objects.filter(newsletter=self.newsletter).first()
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.newsletter.subject

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse(self.index_url_name), "label": _("Nyhetsbrev")},
            {
                "url": reverse(self.edit_url_name, args=[self.newsletter.pk]),
                "label": self.newsletter.subject,
            },
            {"url": "", "label": _("Skicka")},
        ]

    def get_context_data(self, test_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            newsletter=self.newsletter,
            send=self.send,
            test_form=test_form or TestSendForm(initial={"address": self.request.user.email}),
            recipients=Subscriber.objects.recipients().count(),
            has_unpublished_changes=self.newsletter.has_unpublished_changes,
        )
        if self.send:
            context.update(self.progress_context())
        return context

    def progress_context(self):
        progress = self.send.progress()
        waiting = sum(progress[state] for state in Delivery.UNFINISHED)
        order = Case(
            When(state=State.IN_DOUBT, then=Value(0)),
            When(state=State.FAILED, then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        )
        problems = (
            self.send.deliveries.filter(state__in=(State.IN_DOUBT, State.FAILED, State.RETRY))
            .order_by(order, "email")
            .only("email", "state", "error", "attempts", "next_attempt_at")
        )
        return {
            "progress": progress,
            "total": sum(progress.values()),
            "waiting": waiting,
            "problems": problems[:LISTED],
            "problem_count": progress["in_doubt"] + progress["failed"] + progress["retry"],
        }

    def post(self, request, pk):
        action = request.POST.get("action")
        handler = {
            "test": self.test_send,
            "start": self.start,
            "resume": self.resume,
            "resend": self.resend,
        }.get(action)
        if handler is None:
            messages.error(request, _("Okänd åtgärd. Välj en av knapparna på sidan."))
            return redirect(request.path)
        return handler(request)

    def test_send(self, request):
        form = TestSendForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(test_form=form), status=400)
        address = form.cleaned_data["address"]
        send_test_issue.enqueue(self.newsletter.pk, address)
        messages.success(
            request, _("Testbrevet är på väg till %(address)s.") % {"address": address}
        )
        return redirect(request.path)

    def start(self, request):
        try:
            sent = sending.start_send(self.newsletter, user=request.user, request=request)
        except sending.NotSendable as error:
            messages.error(request, str(error))
        else:
            count = sent.deliveries.count()
            messages.success(
                request,
                _("Utskicket till %(count)d prenumeranter har börjat.") % {"count": count},
            )
        return redirect(request.path)

    def resume(self, request):
        if self.send and self.send.finished_at is None:
            sending.queue_send(self.send.pk)
            messages.success(request, _("Utskicket fortsätter."))
        return redirect(request.path)

    def resend(self, request):
        if self.send is None:
            return redirect(request.path)
        ids = None  # the button for all
        if "delivery" in request.POST:  # the button of one delivery
            delivery = request.POST["delivery"]
            if not (delivery.isascii() and delivery.isdecimal() and len(delivery) <= 18):
                messages.error(
                    request, _("Leveransen finns inte. Ladda om sidan och försök igen.")
                )
                return redirect(request.path)
            ids = [int(delivery)]
        count = sending.resend_in_doubt(self.send, ids)
        messages.success(
            request, _("%(count)d osäkra leveranser skickas igen.") % {"count": count}
        )
        return redirect(request.path)
