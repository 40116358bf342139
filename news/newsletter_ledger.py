"""The delivery ledger's state changes (the state machine is drawn in news/models/deliveries.py).

Every change is one conditional UPDATE: a row moves only from the state, and with the claim,
the caller expects, so two workers never both own a row, and a worker that lost its lease
(another worker took the row back) finds out before it sends.
"""

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, Min, OuterRef
from django.utils import timezone

from .models import Delivery, NewsletterSend, Subscriber

State = Delivery.State


def lease():
    return timedelta(seconds=settings.NEWSLETTER_LEASE_SECONDS)


def retry_delay(attempts):
    """The wait before attempt `attempts + 1`: doubling from NEWSLETTER_RETRY_SECONDS, at most
    an hour."""
    return timedelta(seconds=min(settings.NEWSLETTER_RETRY_SECONDS * 2 ** (attempts - 1), 3600))


def reclaim_expired(send_id, now=None):
    """Rows whose worker is gone: back in the queue if it never began the message, in doubt if
    it did. Returns (requeued, in_doubt)."""
    now = now or timezone.now()
    rows = Delivery.objects.filter(send_id=send_id, lease_until__lt=now)
    requeued = rows.filter(state=State.CLAIMED).update(
        state=State.QUEUED, claim=None, lease_until=None
    )
    in_doubt = rows.filter(state=State.SENDING).update(
        state=State.IN_DOUBT,
        lease_until=None,
        error="Sändaren avbröts medan brevet skickades; servern kan ha tagit emot det.",
    )
    return requeued, in_doubt


def claim(send_id, size):
    """Claim up to `size` rows that are due; returns (claim id, rows). On PostgreSQL rows
    another worker is claiming are skipped (SKIP LOCKED); everywhere the UPDATE only takes
    rows still claimable, and the rows are read back by claim id."""
    now = timezone.now()
    token = uuid.uuid4()
    with transaction.atomic():
        due = (
            Delivery.objects.select_for_update(skip_locked=True)
            .filter(send_id=send_id, state__in=Delivery.CLAIMABLE, next_attempt_at__lte=now)
            .order_by("next_attempt_at", "pk")
            .values_list("pk", flat=True)[:size]
        )
        ids = list(due)
        if not ids:
            return token, []
        Delivery.objects.filter(pk__in=ids, state__in=Delivery.CLAIMABLE).update(
            state=State.CLAIMED, claim=token, lease_until=now + lease()
        )
    rows = Delivery.objects.filter(claim=token, state=State.CLAIMED).select_related("subscriber")
    return token, list(rows.order_by("pk"))


def mine(row, token, *states):
    return Delivery.objects.filter(pk=row.pk, claim=token, state__in=states)


def begin(row, token):
    """Just before the message itself leaves: from here the row may end in doubt. False if
    the row is no longer ours (its lease ran out and another worker took it)."""
    return bool(
        mine(row, token, State.CLAIMED).update(
            state=State.SENDING, lease_until=timezone.now() + lease()
        )
    )


def sent(row, token):
    """The server took the message. Also from in doubt: a slow worker whose lease ran out
    still knows it was sent."""
    mine(row, token, State.SENDING, State.IN_DOUBT).update(
        state=State.SENT, sent_at=timezone.now(), lease_until=None, error=""
    )


def in_doubt(row, token, reason):
    mine(row, token, State.SENDING).update(state=State.IN_DOUBT, lease_until=None, error=reason)


def refused(row, token, error):
    """A refusal of this message (the server did not take it): permanent ones, and the last
    allowed attempt, fail the row; temporary ones wait and try again. Only a permanent refusal
    of the address itself (at RCPT) marks the subscriber undeliverable."""
    attempts = row.attempts + 1
    now = timezone.now()
    rows = mine(row, token, State.CLAIMED, State.SENDING)
    if error.permanent or attempts >= settings.NEWSLETTER_MAX_ATTEMPTS:
        failed = rows.update(
            state=State.FAILED, attempts=attempts, error=error.reason, lease_until=None
        )
        if failed and error.undeliverable and row.subscriber_id:
            Subscriber.objects.filter(pk=row.subscriber_id).update(
                undeliverable_at=now, undeliverable_reason=error.reason
            )
        return
    rows.update(
        state=State.RETRY,
        attempts=attempts,
        error=error.reason,
        claim=None,
        lease_until=None,
        next_attempt_at=now + retry_delay(attempts),
    )


def skip(row, token):
    """The subscriber is gone (deleted) or left before their turn."""
    mine(row, token, State.CLAIMED).update(state=State.SKIPPED, lease_until=None)


def not_taken(row, token, wait):
    """The server as a whole refused this message (it did not take it): back in the queue
    after `wait`, no attempt counted."""
    mine(row, token, State.CLAIMED, State.SENDING).update(
        state=State.QUEUED, claim=None, lease_until=None, next_attempt_at=timezone.now() + wait
    )


def release(token, wait):
    """The server could not be reached: every row of the batch not yet begun goes back to the
    queue, due again after `wait` (not counted as an attempt)."""
    Delivery.objects.filter(claim=token, state=State.CLAIMED).update(
        state=State.QUEUED,
        claim=None,
        lease_until=None,
        next_attempt_at=timezone.now() + wait,
    )


def requeue_in_doubt(send_id, ids=None):
    """An editor's "skicka igen": in-doubt rows (all, or those in `ids`) back in the queue, and
    the send unfinished again, in one transaction."""
    rows = Delivery.objects.filter(send_id=send_id, state=State.IN_DOUBT)
    if ids is not None:
        rows = rows.filter(pk__in=ids)
    with transaction.atomic():
        count = rows.update(
            state=State.QUEUED, claim=None, next_attempt_at=timezone.now(), error=""
        )
        if count:
            NewsletterSend.objects.filter(pk=send_id).update(finished_at=None)
    return count


def finish(send_id):
    """Mark the send finished if no row is unfinished, in one statement: an editor's resend
    committed first keeps it open (True if it is finished now)."""
    unfinished = Delivery.objects.filter(send_id=OuterRef("pk"), state__in=Delivery.UNFINISHED)
    NewsletterSend.objects.filter(pk=send_id, finished_at__isnull=True).filter(
        ~Exists(unfinished)
    ).update(finished_at=timezone.now())
    return NewsletterSend.objects.filter(pk=send_id, finished_at__isnull=False).exists()


def next_wake(send_id):
    """When something unfinished may next be done: the earliest due time or lease end."""
    rows = Delivery.objects.filter(send_id=send_id)
    due = rows.filter(state__in=Delivery.CLAIMABLE).aggregate(at=Min("next_attempt_at"))["at"]
    held = rows.filter(state__in=(State.CLAIMED, State.SENDING)).aggregate(at=Min("lease_until"))[
        "at"
    ]
    times = [at for at in (due, held) if at is not None]
    return min(times) if times else None
