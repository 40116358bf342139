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
