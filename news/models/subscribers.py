"""Newsletter subscribers: double opt-in, one-click unsubscribe (docs/newsletter-signup.md).

An address is stored once, lower-cased. Its status moves:

    (new) ─signup→ pending ─confirm→ confirmed ─unsubscribe→ unsubscribed ─signup→ pending …

Only confirmed addresses receive issues. The consent text and its version are stored at signup
and the consent time is the moment of confirmation. Unconfirmed signups are purged after
NEWSLETTER_PENDING_DAYS (`manage.py purge_newsletter_signups`).
"""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_key():
    """The subscriber's unsubscribe key: random, in every e-mail's unsubscribe link."""
    return secrets.token_urlsafe(24)


def consent_version(text):
    """A short fingerprint of the consent text: the same text always has the same version."""
    return hashlib.sha256(text.strip().encode()).hexdigest()[:12]


def normalise_email(address):
    return address.strip().lower()


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Subscriber.Status.CONFIRMED)

    def recipients(self):
        """Who an issue goes to: confirmed, and not refused for good by a mail server."""
        return self.confirmed().filter(undeliverable_at__isnull=True)

    def stale_pending(self, now=None):
        """Signups never confirmed within NEWSLETTER_PENDING_DAYS."""
        now = now or timezone.now()
        cutoff = now - timedelta(days=settings.NEWSLETTER_PENDING_DAYS)
        return self.filter(status=Subscriber.Status.PENDING, signed_up_at__lt=cutoff)


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Väntar på bekräftelse")
        CONFIRMED = "confirmed", _("Prenumererar")
        UNSUBSCRIBED = "unsubscribed", _("Avregistrerad")

    email = models.EmailField(_("e-postadress"), max_length=254, unique=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    key = models.CharField(max_length=64, unique=True, default=new_key, editable=False)
    consent_text = models.TextField(_("samtyckestext"), blank=True)
    consent_version = models.CharField(_("samtyckestextens version"), max_length=20, blank=True)
    signed_up_at = models.DateTimeField(_("anmäld"), default=timezone.now)
    confirmation_sent_at = models.DateTimeField(_("bekräftelse skickad"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("bekräftad (samtycke)"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("avregistrerad"), null=True, blank=True)
    # A mail server refused the address for good (a 5xx answer): later sends skip it until
    # the address is confirmed again.
    undeliverable_at = models.DateTimeField(_("nekad av e-postservern"), null=True, blank=True)
    undeliverable_reason = models.TextField(_("serverns svar"), blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("prenumerant")
        verbose_name_plural = _("prenumeranter")
        ordering = ["-signed_up_at"]

    def __str__(self):
        return self.email

    def sign_up_again(self, consent, now):
        """A new signup for a known, not subscribing address: pending again with the new
        consent; links from earlier signups stop working."""
        self.status = self.Status.PENDING
        self.consent_text = consent
        self.consent_version = consent_version(consent)
        self.signed_up_at = now
        self.save()

    def confirm(self, now):
        """Idempotent: confirming twice changes nothing."""
        if self.status == self.Status.CONFIRMED:
            return
        self.status = self.Status.CONFIRMED
        self.confirmed_at = now
        self.unsubscribed_at = None
        self.undeliverable_at = None  # a confirmation proves the address takes mail again
        self.undeliverable_reason = ""
        self.save()

    def unsubscribe(self, now):
        """Idempotent: unsubscribing twice changes nothing."""
        if self.status == self.Status.UNSUBSCRIBED:
            return
        self.status = self.Status.UNSUBSCRIBED
        self.unsubscribed_at = now
        self.save()
