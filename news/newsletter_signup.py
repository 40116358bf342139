"""What signing up, confirming, unsubscribing and asking for one's data do to the stored
subscribers (docs/newsletter-signup.md). The views (news/newsletter_views.py) answer the same
whatever happens here, so nobody can find out who subscribes."""

import enum
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models.subscribers import Subscriber, consent_version, normalise_email
from .newsletter_tasks import send_confirmation, send_data_link
from .newsletter_tokens import confirm_token, data_token


def may_mail_again(subscriber, now):
    """One confirmation e-mail per NEWSLETTER_RESEND_MINUTES, so nobody can flood an address
    with them from many connections."""
    sent = subscriber.confirmation_sent_at
    return sent is None or now - sent >= timedelta(minutes=settings.NEWSLETTER_RESEND_MINUTES)


def sign_up(email, consent, confirm_url):
    """Store the signup and e-mail a confirmation link (confirm_url(token) -> absolute URL).
    An address that already subscribes is left as it is and gets no e-mail."""
    now = timezone.now()
    email = normalise_email(email)
    with transaction.atomic():
        subscriber, created = Subscriber.objects.select_for_update().get_or_create(
            email=email,
            defaults={
                "consent_text": consent,
                "consent_version": consent_version(consent),
                "signed_up_at": now,
            },
        )
        if not created:
            if subscriber.status == Subscriber.Status.CONFIRMED:
                return
            if not may_mail_again(subscriber, now):
                return  # left as it is, so the link e-mailed a moment ago still works
            subscriber.sign_up_again(consent, now)
        subscriber.confirmation_sent_at = now
        subscriber.save(update_fields=["confirmation_sent_at"])
        link = confirm_url(confirm_token(subscriber))
        send_confirmation.enqueue(subscriber.email, link)


class Confirmation(enum.Enum):
    CONFIRMED = "confirmed"
    ALREADY = "already"
    VOID = "void"  # unknown, signed up again since, or unsubscribed since


def confirm(claim):
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(pk=claim.subscriber_id).first()
        if subscriber is None or subscriber.signed_up_at.isoformat() != claim.proof:
            return Confirmation.VOID
        if subscriber.status == Subscriber.Status.CONFIRMED:
            return Confirmation.ALREADY
        if subscriber.status != Subscriber.Status.PENDING:
            return Confirmation.VOID
        subscriber.confirm(timezone.now())
        return Confirmation.CONFIRMED


def subscriber_for_key(key):
    if not key or len(key) > 64:
        return None
    return Subscriber.objects.filter(key=key).first()


def unsubscribe(subscriber):
    subscriber.unsubscribe(timezone.now())


def request_data_link(email, data_url):
    """E-mail the address a link to its stored data, if it is stored; nothing otherwise."""
    subscriber = Subscriber.objects.filter(email=normalise_email(email)).first()
    if subscriber is not None:
        link = data_url(data_token(subscriber))
        send_data_link.enqueue(subscriber.email, link)


def subscriber_for_data_claim(claim):
    subscriber = Subscriber.objects.filter(pk=claim.subscriber_id).first()
    if subscriber is None or subscriber.key != claim.proof:
        return None
    return subscriber
