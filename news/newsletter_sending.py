"""Sending an issue to every confirmed subscriber (docs/newsletter-sending.md).

`start_send` takes the snapshot and writes one delivery row per recipient in one transaction,
then queues `run_send` on the "newsletter" task backend. `run_send` claims a batch, opens one
connection, sends each message at the rate limit's pace and records each outcome
(news/newsletter_ledger.py). Any number of `run_send` may run at once for the same issue,
in any number of workers; a killed one leaves rows that others take back when their lease ends.
"""

import logging
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from . import newsletter_ledger as ledger
from .models import Delivery, NewsletterSend, Subscriber, newsletter_page
from .newsletter_mailer import InDoubt, Mailer, Refused, ServerUnavailable
from .newsletter_render import render_issue, web_context

logger = logging.getLogger(__name__)

UNSUBSCRIBE_KEY = "UNSUBSCRIBE-KEY"  # in the snapshot; each message gets its own key
ONE_CLICK = "List-Unsubscribe=One-Click"


class NotSendable(Exception):
    pass


# --- the snapshot and the ledger's rows --------------------------------------------------------
def unsubscribe_url(page, key):
    return page.get_full_url() + page.reverse_subpage("unsubscribe", args=[key])


def take_snapshot(newsletter, request=None):
    """The issue as it is now: e-mail (with UNSUBSCRIBE_KEY for each key) and web body."""
    page = newsletter_page()
    if page is None:
        raise NotSendable("Det finns ingen publicerad nyhetsbrevssida att länka till.")
    subject, html, text = render_issue(
        newsletter, request, unsubscribe_url=unsubscribe_url(page, UNSUBSCRIBE_KEY)
    )
    web = render_to_string(
        "components/newsletter/issue_content.html",
        web_context(newsletter, request, newsletter_page=page),
        request=request,
    )
    return {
        "subject": subject,
        "preheader": newsletter.preheader,
        "intro": newsletter.intro,
        "html": html,
        "text": text,
        "web_html": web,
    }


def start_send(newsletter, user=None, request=None, *, queue=True):
    """Snapshot the published issue and write a row for every recipient; then queue the
    work (unless `queue` is false: then a worker's start or `send_newsletter` begins it).
    Once per issue: NotSendable if it is not published or was already sent."""
    if not newsletter.live:
        raise NotSendable("Publicera nyhetsbrevet innan det skickas.")
    snapshot = take_snapshot(newsletter, request)
    with transaction.atomic():
        if NewsletterSend.objects.select_for_update().filter(newsletter=newsletter).exists():
            raise NotSendable("Nyhetsbrevet är redan skickat.")
        send = NewsletterSend.objects.create(newsletter=newsletter, started_by=user, **snapshot)
        recipients = Subscriber.objects.recipients().order_by("pk").values_list("pk", "email")
        Delivery.objects.bulk_create(
            (Delivery(send=send, subscriber_id=pk, email=email) for pk, email in recipients),
            batch_size=1000,
        )
        if queue:
            transaction.on_commit(lambda: queue_send(send.pk))
    return send


def queue_send(send_id, run_after=None):
    from .newsletter_tasks import send_issue

    task = send_issue.using(run_after=run_after) if run_after else send_issue
    task.enqueue(send_id)


def resend_in_doubt(send, ids=None):
    count = ledger.requeue_in_doubt(send.pk, ids)
    if count:
        NewsletterSend.objects.filter(pk=send.pk).update(finished_at=None)
        transaction.on_commit(lambda: queue_send(send.pk))
    return count


# --- the messages ------------------------------------------------------------------------------
def message_for(send, row, page):
    url = unsubscribe_url(page, row.subscriber.key)
    message = EmailMultiAlternatives(
        subject=send.subject,
        body=send.text.replace(UNSUBSCRIBE_KEY, row.subscriber.key),
        to=[row.email],
        headers={"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": ONE_CLICK},
    )
    message.attach_alternative(send.html.replace(UNSUBSCRIBE_KEY, row.subscriber.key), "text/html")
    return message


class Pace:
    """The rate limit over all workers: a batch reserves its stretch of time on the send's
    `next_slot` (one locked row), then sends one message every 1/rate seconds inside it."""

    def __init__(self, send_id, count):
        rate = settings.NEWSLETTER_RATE
        self.step = 1 / rate if rate > 0 else 0
        self.start = None
        if self.step and count:
            with transaction.atomic():
                send = NewsletterSend.objects.select_for_update().only("next_slot").get(pk=send_id)
                now = timezone.now()
                self.start = max(now, send.next_slot or now)
                send.next_slot = self.start + timedelta(seconds=self.step * count)
                send.save(update_fields=["next_slot"])
        self.index = 0

    def wait_turn(self):
        if self.start is None:
            return
        turn = self.start + timedelta(seconds=self.step * self.index)
        self.index += 1
        delay = (turn - timezone.now()).total_seconds()
        if delay > 0:
            time.sleep(delay)


def note_server(send_id, problem):
    NewsletterSend.objects.filter(pk=send_id).update(
        smtp_problem=problem, smtp_problem_at=timezone.now() if problem else None
    )


def deliver_batch(send, token, rows, page):
    """Send a claimed batch over one connection. Returns how many the server took."""
    pace = Pace(send.pk, len(rows))
    taken = 0
    try:
        with Mailer() as mailer:
            for row in rows:
                if (
                    row.subscriber is None
                    or row.subscriber.status != Subscriber.Status.CONFIRMED
                    or row.subscriber.undeliverable_at
                ):
                    ledger.skipped(row, token)  # left (or bounced) after the send began
                    continue
                pace.wait_turn()
                message = message_for(send, row, page)
                try:
                    if mailer.send(message, lambda r=row: ledger.begin(r, token)):
                        ledger.sent(row, token)
                        taken += 1
                except Refused as error:
                    ledger.refused(row, token, error)
                except InDoubt as error:
                    ledger.in_doubt(row, token, f"Anslutningen bröts under sändningen: {error}")
    except ServerUnavailable as error:
        logger.warning("Newsletter %s: the mail server is unavailable: %s", send.pk, error)
        note_server(send.pk, f"E-postservern svarar inte: {error}")
        ledger.release(token, timedelta(seconds=settings.NEWSLETTER_RETRY_SECONDS))
        return taken
    if send.smtp_problem:
        note_server(send.pk, "")
        send.smtp_problem = ""
    return taken


# --- the loop ----------------------------------------------------------------------------------
@dataclass
class Outcome:
    finished: bool
    sent: int
    wake: object = None  # when there is more to do, if not finished


def run_send(send_id, *, wait=0.0):
    """Send what is due for the issue until nothing is left, waiting at most `wait` seconds at
    a time for rows not yet due (retries, a server that was down, other workers' leases)."""
    send = NewsletterSend.objects.get(pk=send_id)
    page = newsletter_page()
    total = 0
    while True:
        ledger.reclaim_expired(send_id)
        token, rows = ledger.claim(send_id, settings.NEWSLETTER_BATCH)
        if rows:
            total += deliver_batch(send, token, rows, page)
            continue
        if not Delivery.objects.filter(send_id=send_id).unfinished().exists():
            NewsletterSend.objects.filter(pk=send_id, finished_at__isnull=True).update(
                finished_at=timezone.now()
            )
            return Outcome(finished=True, sent=total)
        wake = ledger.next_wake(send_id)
        delay = (wake - timezone.now()).total_seconds() if wake else 0
        if delay > wait:
            return Outcome(finished=False, sent=total, wake=wake)
        time.sleep(max(delay, 0.05))
        send.refresh_from_db(fields=["smtp_problem"])


def unfinished_sends():
    return NewsletterSend.objects.filter(finished_at__isnull=True)


# --- a test send -------------------------------------------------------------------------------
def send_test(newsletter, address, request=None):
    """The issue's latest version (a draft too) to one address, marked as a test; no ledger and
    no unsubscribe link."""
    subject, html, text = render_issue(newsletter, request)
    message = EmailMultiAlternatives(subject=f"[Test] {subject}", body=text, to=[address])
    message.attach_alternative(html, "text/html")
    message.send()
