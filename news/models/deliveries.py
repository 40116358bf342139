"""Sending an issue: one `NewsletterSend` per issue (its snapshot and rate limiter) and one
`Delivery` row per recipient, made before anything is sent (docs/newsletter-sending.md).

A delivery's state moves:

    queued ─claim→ claimed ─before DATA→ sending ─server said 250→ sent
      ↑              │  └─ lease expired (worker gone before DATA) → queued
      │              ├─ 4xx / connection lost before DATA → retry ─(wait)→ claimed …
      │              └─ 5xx, or too many attempts → failed
      │            sending ─ lease expired (worker gone during DATA) → in_doubt
      └──────────── in_doubt ─ an editor's "skicka igen" ───────────┘
    queued/claimed ─ the subscriber left before their turn → skipped

Only `sending` can have reached the server unrecorded, and a `sending` row whose worker is gone
becomes `in_doubt`: never sent again unless an editor says so.
"""

from django.conf import settings
from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .newsletters import Newsletter
from .subscribers import Subscriber


class NewsletterSend(models.Model):
    """An issue's send to every confirmed subscriber: what was sent (the snapshot the web
    archive shows from then on) and when the next message may leave (the rate limit)."""

    newsletter = models.OneToOneField(
        Newsletter, on_delete=models.CASCADE, related_name="send", verbose_name=_("nyhetsbrev")
    )
    started_at = models.DateTimeField(_("påbörjat"), default=timezone.now)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    finished_at = models.DateTimeField(_("klart"), null=True, blank=True)
    subject = models.CharField(max_length=255)
    preheader = models.CharField(max_length=255, blank=True)
    intro = models.TextField(blank=True)
    html = models.TextField()  # the e-mail, with UNSUBSCRIBE_KEY where each key goes
    text = models.TextField()
    web_html = models.TextField()  # the web version's body, as it was at send time
    next_slot = models.DateTimeField(null=True, blank=True)  # the rate limit, over all workers
    smtp_problem = models.TextField(blank=True)  # why the server could not be reached
    smtp_problem_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("utskick")
        verbose_name_plural = _("utskick")

    def __str__(self):
        return self.subject

    def progress(self):
        """{state: count} over the send's deliveries, every state present; one query."""
        counts = dict.fromkeys(Delivery.State.values, 0)
        rows = self.deliveries.values_list("state").annotate(n=Count("pk")).order_by()
        counts.update(dict(rows))
        return counts


class DeliveryQuerySet(models.QuerySet):
    def unfinished(self):
        return self.filter(state__in=Delivery.UNFINISHED)


class Delivery(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued", _("Väntar")
        CLAIMED = "claimed", _("Hämtad av en sändare")
        SENDING = "sending", _("Skickas")
        SENT = "sent", _("Skickat")
        RETRY = "retry", _("Tillfälligt fel, försöker igen")
        FAILED = "failed", _("Nekad")
        IN_DOUBT = "in_doubt", _("Osäker")
        SKIPPED = "skipped", _("Hoppades över")

    UNFINISHED = (State.QUEUED, State.CLAIMED, State.SENDING, State.RETRY)
    CLAIMABLE = (State.QUEUED, State.RETRY)

    send = models.ForeignKey(NewsletterSend, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(
        Subscriber, null=True, blank=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    email = models.EmailField(_("e-postadress"), max_length=254)
    state = models.CharField(
        _("status"), max_length=20, choices=State.choices, default=State.QUEUED
    )
    claim = models.UUIDField(null=True, blank=True)  # which worker's batch holds it
    lease_until = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveSmallIntegerField(_("misslyckade försök"), default=0)
    sent_at = models.DateTimeField(_("skickat"), null=True, blank=True)
    error = models.TextField(_("serverns svar"), blank=True)

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        verbose_name = _("leverans")
        verbose_name_plural = _("leveranser")
        constraints = [
            models.UniqueConstraint(fields=["send", "email"], name="one_delivery_per_address")
        ]
        indexes = [models.Index(fields=["send", "state", "next_attempt_at"])]

    def __str__(self):
        return f"{self.email}: {self.get_state_display()}"
