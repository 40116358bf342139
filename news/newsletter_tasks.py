"""Background e-mail for newsletter signups, on the task backend alias "newsletter"
(settings.TASKS), so a signup answers at once and the same whatever the address was."""

import signal
import threading
from contextlib import contextmanager
from datetime import timedelta

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

NEWSLETTER_BACKEND = "newsletter"


def send_text_mail(to, subject, template, context):
    body = render_to_string(template, context)
    EmailMessage(subject=subject, body=body, to=[to]).send()


@task(backend=NEWSLETTER_BACKEND)
def send_confirmation(email, link):
    send_text_mail(
        email,
        _("Bekräfta din prenumeration på MSI:s nyhetsbrev"),
        "emails/newsletter_confirm.txt",
        {"link": link, "days": settings.NEWSLETTER_CONFIRM_DAYS},
    )


@task(backend=NEWSLETTER_BACKEND)
def send_data_link(email, link):
    send_text_mail(
        email,
        _("Dina uppgifter hos MSI:s nyhetsbrev"),
        "emails/newsletter_data_link.txt",
        {"link": link, "hours": settings.NEWSLETTER_DATA_LINK_HOURS},
    )


@task(backend=NEWSLETTER_BACKEND)
def send_issue(send_id):
    """Send an issue's due deliveries (news/newsletter_sending.py). SIGTERM (a deploy) ends the
    run between two messages, with nothing in doubt. Whatever is left when this run ends
    (retries, a mail server that is down, another worker's rows, an error) gets a new run at
    that time when the backend can defer; else `newsletter_worker`'s start, the scheduler's
    resume, the admin's "Fortsätt" or `send_newsletter` picks it up."""
    from .newsletter_sending import queue_send, run_send, unfinished_sends

    deferrable = send_issue.get_backend().supports_defer
    if not unfinished_sends().filter(pk=send_id).exists():
        return 0  # finished (or deleted) meanwhile: a spare run ends here, queuing nothing
    if deferrable:
        queue_send(send_id)  # an idle worker may join in (at most one run waits per send)
    outcome = None
    with stopping_on_sigterm() as stop:
        try:
            outcome = run_send(send_id, wait=settings.NEWSLETTER_TASK_WAIT_SECONDS, stop=stop)
        finally:
            if deferrable and not (outcome and outcome.finished):
                retry = timezone.now() + timedelta(seconds=settings.NEWSLETTER_RETRY_SECONDS)
                queue_send(send_id, run_after=(outcome and outcome.wake) or retry)
    return outcome.sent


@contextmanager
def stopping_on_sigterm():
    """An Event set by SIGTERM, chaining to the handler before it (db_worker's, which lets the
    running task end). Outside the main thread (the immediate backend in a web request)
    signals cannot be caught; the Event then never fires."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    previous = signal.getsignal(signal.SIGTERM)

    def handler(signum, frame):
        stop.set()
        if callable(previous):
            previous(signum, frame)

    signal.signal(signal.SIGTERM, handler)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGTERM, previous)


@task(backend=NEWSLETTER_BACKEND)
def send_test_issue(newsletter_id, address):
    """The latest version of an issue, drafts included, to one address (an editor's own)."""
    from .models import Newsletter
    from .newsletter_sending import send_test

    newsletter = Newsletter.objects.get(pk=newsletter_id).get_latest_revision_as_object()
    send_test(newsletter, address)
