"""Sending an issue to every confirmed subscriber (docs/newsletter-sending.md).

`start_send` takes the snapshot and writes one delivery row per recipient in one transaction,
then queues `run_send` on the "newsletter" task backend. `run_send` claims a batch, opens one
connection, sends each message at the rate limit's pace and records each outcome
(news/newsletter_ledger.py). Any number of `run_send` may run at once for the same issue,
in any number of workers; a killed one leaves rows that others take back when their lease ends.
"""

import logging
import threading
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from . import newsletter_ledger as ledger
from .models import Delivery, Newsletter, NewsletterSend, Subscriber, newsletter_page
from .newsletter_mailer import InDoubt, Mailer, Refused, ServerProblem
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


def start_send(newsletter, user=None, request=None, *, queue=True, recipients=None):
    """Snapshot the published issue and write a row for every recipient (every confirmed
    deliverable subscriber unless `recipients` says otherwise); then queue the work (unless
    `queue` is false: then a worker's start, the scheduler's resume or `send_newsletter`
    begins it). Once per issue: NotSendable if it is not published or was already sent."""
    if not newsletter.live:
        raise NotSendable("Publicera nyhetsbrevet innan det skickas.")
    snapshot = take_snapshot(newsletter, request)
    recipients = Subscriber.objects.recipients() if recipients is None else recipients
    try:
        with transaction.atomic():
            # The issue's row lock makes a second click wait here, then find the send.
            Newsletter.objects.select_for_update().filter(pk=newsletter.pk).first()
            if NewsletterSend.objects.filter(newsletter=newsletter).exists():
                raise NotSendable(ALREADY_SENT)
            send = NewsletterSend.objects.create(
                newsletter=newsletter, started_by=user, **snapshot
            )
            Delivery.objects.bulk_create(
                (
                    Delivery(send=send, subscriber_id=pk, email=email)
                    for pk, email in recipients.order_by("pk").values_list("pk", "email")
                ),
                batch_size=1000,
            )
            if queue:
                transaction.on_commit(lambda: queue_send(send.pk))
    except IntegrityError as error:  # a concurrent start won on SQLite (no row locks)
        raise NotSendable(ALREADY_SENT) from error
    return send


ALREADY_SENT = "Nyhetsbrevet är redan skickat."


def queue_send(send_id, run_after=None):
    """Queue a run of the send. On the database backend at most one waiting run per send is
    kept: an earlier one is moved forward to `run_after` instead of adding another."""
    from .newsletter_tasks import send_issue

    backend = send_issue.get_backend()
    if backend.supports_defer:
        from django_tasks_db.models import DBTaskResult

        waiting = DBTaskResult.objects.filter(
            task_path=send_issue.module_path,
            backend_name=backend.alias,
            status="READY",
            args_kwargs__args=[send_id],
        )
        when = run_after or timezone.now()
        if waiting.exists():
            waiting.filter(run_after__gt=when).update(run_after=when)
            return
        send_issue.using(run_after=when).enqueue(send_id)
        return
    send_issue.enqueue(send_id)


def resend_in_doubt(send, ids=None):
    count = ledger.requeue_in_doubt(send.pk, ids)
    if count:
        transaction.on_commit(lambda: queue_send(send.pk))
    return count


def resume_unfinished():
    """Queue a run for every unfinished send (a killed worker's task never ends): on a
    worker's start and by the scheduler every minute. Returns how many."""
    ids = list(unfinished_sends().values_list("pk", flat=True))
    for send_id in ids:
        queue_send(send_id)
    return len(ids)


def unfinished_sends():
    return NewsletterSend.objects.filter(finished_at__isnull=True)


# --- the messages ------------------------------------------------------------------------------
def message_for(send, row, unsubscribe_template):
    key = row.subscriber.key
    url = unsubscribe_template.replace(UNSUBSCRIBE_KEY, key)
    message = EmailMultiAlternatives(
        subject=send.subject,
        body=send.text.replace(UNSUBSCRIBE_KEY, key),
        to=[row.email],
        headers={"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": ONE_CLICK},
    )
    message.attach_alternative(send.html.replace(UNSUBSCRIBE_KEY, key), "text/html")
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

    def wait_turn(self, stop):
        """Sleep until this message's turn; False if `stop` was set meanwhile."""
        if self.start is None:
            return not stop.is_set()
        turn = self.start + timedelta(seconds=self.step * self.index)
        self.index += 1
        delay = (turn - timezone.now()).total_seconds()
        return not stop.wait(max(delay, 0))


def note_server(send_id, problem):
    """Show (or, with "", clear) why the send waits for the mail server."""
    sends = NewsletterSend.objects.filter(pk=send_id)
    if problem:
        sends.update(smtp_problem=problem, smtp_problem_at=timezone.now())
    else:
        sends.exclude(smtp_problem="").update(smtp_problem="", smtp_problem_at=None)


def server_wait():
    return timedelta(seconds=settings.NEWSLETTER_RETRY_SECONDS)


def still_subscribes(subscriber):
    return (
        subscriber is not None
        and subscriber.status == Subscriber.Status.CONFIRMED
        and not subscriber.undeliverable_at
    )


def deliver_batch(send, token, rows, unsubscribe_template, stop):
    """Send a claimed batch over one connection until done or `stop` is set (what is left is
    released at once). Returns how many the server took."""
    pace = Pace(send.pk, len(rows))
    taken = 0
    try:
        with Mailer() as mailer:
            for row in rows:
                if not still_subscribes(row.subscriber):  # as read when the batch was claimed
                    ledger.skip(row, token)
                    continue
                if not pace.wait_turn(stop):
                    break
                message = message_for(send, row, unsubscribe_template)
                try:
                    if mailer.send(message, lambda r=row: ledger.begin(r, token)):
                        ledger.sent(row, token)
                        taken += 1
                except Refused as error:
                    ledger.refused(row, token, error)
                except InDoubt as error:
                    ledger.in_doubt(row, token, f"Anslutningen bröts under sändningen: {error}")
                except ServerProblem:
                    ledger.not_taken(row, token, server_wait())
                    raise
    except ServerProblem as error:
        logger.warning("Newsletter send %s waits for the mail server: %s", send.pk, error)
        note_server(send.pk, str(error))
        ledger.release(token, server_wait())
        return taken
    ledger.release(token, timedelta(0))  # rows left by a stop
    if taken:
        note_server(send.pk, "")
    return taken


# --- the loop ----------------------------------------------------------------------------------
NO_PAGE = "Nyhetsbrevssidan är inte publicerad, så brevens avregistreringslänkar saknas."


@dataclass
class Outcome:
    finished: bool
    sent: int
    wake: object = None  # when there is more to do, if not finished


def run_send(send_id, *, wait=0.0, stop=None):
    """Send what is due for the issue until nothing is left, waiting at most `wait` seconds at
    a time for rows not yet due (retries, a server that was down, other workers' leases).
    `stop` (a threading.Event, set on SIGTERM) ends the run between two messages."""
    stop = stop or threading.Event()
    send = NewsletterSend.objects.get(pk=send_id)
    page = newsletter_page()
    if page is None:
        note_server(
            send_id, "Nyhetsbrevssidan är inte publicerad: avregistreringslänkarna saknas."
        )
        return Outcome(finished=False, sent=0, wake=timezone.now() + server_wait())
    template = unsubscribe_url(page, UNSUBSCRIBE_KEY)
    total = 0
    while not stop.is_set():
        ledger.reclaim_expired(send_id)
        token, rows = ledger.claim(send_id, settings.NEWSLETTER_BATCH)
        if rows:
            total += deliver_batch(send, token, rows, template, stop)
            continue
        if ledger.finish(send_id):
            return Outcome(finished=True, sent=total)
        wake = ledger.next_wake(send_id)
        delay = (wake - timezone.now()).total_seconds() if wake else 0
        if delay > wait:
            return Outcome(finished=False, sent=total, wake=wake)
        stop.wait(max(delay, 0.05))
    return Outcome(finished=False, sent=total, wake=timezone.now())


# --- a test send -------------------------------------------------------------------------------
def send_test(newsletter, address, request=None):
    """The issue's latest version (a draft too) to one address, marked as a test; no ledger and
    no unsubscribe link."""
    subject, html, text = render_issue(newsletter, request)
    message = EmailMultiAlternatives(subject=f"[Test] {subject}", body=text, to=[address])
    message.attach_alternative(html, "text/html")
    message.send()
