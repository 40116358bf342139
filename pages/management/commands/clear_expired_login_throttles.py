"""Delete login throttles whose cool-off has ended: django-axes' access attempts last updated
more than AXES_COOLOFF_TIME ago. Axes no longer counts them, but deletes them itself only when
someone logs in, fails to or logs out, and each holds a user name, an address and a browser
string (docs/login-throttling.md). Axes has no command for this: axes_reset removes live
throttles too, and axes_reset_failure_logs removes AccessFailureLog rows, which this site does
not write. Idempotent; the scheduler runs it hourly (docs/scheduler.md)."""

from axes.helpers import get_cool_off
from axes.models import AccessAttempt

from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.translation import ngettext


def clear_expired_throttles(now=None):
    """Delete the expired access attempts; return how many. None expire without a cool-off."""
    cool_off = get_cool_off()
    if cool_off is None:
        return 0
    now = now or timezone.now()
    # Axes counts the attempts with attempt_time >= now - cool-off: delete only the others.
    _, deleted = AccessAttempt.objects.filter(attempt_time__lt=now - cool_off).delete()
    return deleted.get(AccessAttempt._meta.label, 0)


class Command(BaseCommand):
    help = (
        "Raderar misslyckade inloggningsförsök (django-axes) vars spärrtid, AXES_COOLOFF_TIME, "
        "har gått ut. Körs varje timme."
    )

    def handle(self, *args, **options):
        count = clear_expired_throttles()
        message = ngettext(
            "Raderade %(count)d utgånget inloggningsförsök.",
            "Raderade %(count)d utgångna inloggningsförsök.",
            count,
        )
        self.stdout.write(message % {"count": count})
