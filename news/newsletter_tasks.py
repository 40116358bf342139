"""Background e-mail for newsletter signups, on the task backend alias "newsletter"
(settings.TASKS), so a signup answers at once and the same whatever the address was."""

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
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
    """Send an issue's due deliveries (news/newsletter_sending.py). What is not yet due when
    this run ends (retries, a mail server that was down, another worker's rows) gets a new run
    at that time when the backend can defer, or waits for `newsletter_worker` to start, the
    admin's "Fortsätt" or `send_newsletter`."""
    from .newsletter_sending import queue_send, run_send

    outcome = run_send(send_id, wait=settings.NEWSLETTER_TASK_WAIT_SECONDS)
    if not outcome.finished and outcome.wake and send_issue.get_backend().supports_defer:
        queue_send(send_id, run_after=outcome.wake)
    return outcome.sent


@task(backend=NEWSLETTER_BACKEND)
def send_test_issue(newsletter_id, address):
    """The latest version of an issue, drafts included, to one address (an editor's own)."""
    from .models import Newsletter
    from .newsletter_sending import send_test

    newsletter = Newsletter.objects.get(pk=newsletter_id).get_latest_revision_as_object()
    send_test(newsletter, address)
