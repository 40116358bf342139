import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site

from pages.demo import demo_steps

DEMO_ADMIN_USERNAME = "admin"


def parse_addrport(addrport):
    """("127.0.0.1", 8000) from runserver's "[host:]port"."""
    host, _, port = addrport.rpartition(":")
    if not port.isdigit():
        raise CommandError(f"Ogiltig adress: {addrport} (använd t.ex. 127.0.0.1:8000)")
    host = host.strip("[]") or "127.0.0.1"
    return ("127.0.0.1" if host in ("0.0.0.0", "::") else host), int(port)  # noqa: S104


def serve_site_at(host, port):
    """Point the demo's Site at the address it is served on, so canonical links, og:url and
    the sitemap use it. Returns the base URL."""
    site = Site.objects.get(is_default_site=True)
    if (site.hostname, site.port) != (host, port):
        site.hostname, site.port = host, port
        site.save(update_fields=["hostname", "port"])
    return f"http://{host}:{port}"


class Command(BaseCommand):
    help = (
        "Provkör webbplatsen: migrerar, laddar demoinnehållet, skapar ett administratörskonto "
        "och startar utvecklingsservern, som standard på http://127.0.0.1:8000."
    )

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")
        parser.add_argument(
            "--no-serve", action="store_true", help="Förbered allt men starta inte servern."
        )

    def handle(self, *args, addrport, no_serve=False, **options):
        if not settings.DEBUG:
            raise CommandError("rundemo är bara till för lokal provkörning (DEBUG=True).")
        host, port = parse_addrport(addrport)
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_demo_content")
        base = serve_site_at(host, port)
        password = self.reset_admin_password()
        self.stdout.write(
            self.style.SUCCESS(
                f"\nWebbplatsen: {base}/\n"
                f"Redigering: {base}/admin/\n"
                f"Användarnamn: {DEMO_ADMIN_USERNAME}\nLösenord: {password}\n"
            )
        )
        self.stdout.write("Redaktörskonton för demo (användarnamn, lösenord, grupp):")
        accounts = [
            a for step in demo_steps() if hasattr(step, "accounts") for a in step.accounts()
        ]
        for username, group_name in accounts:
            self.stdout.write(f"  {username:<14} {self.reset_password(username):<18} {group_name}")
        self.stdout.write("")
        if not no_serve:
            call_command("runserver", addrport, use_reloader=False)

    def reset_admin_password(self):
        """A fresh random password for the demo superuser, printed once per run."""
        user, _ = get_user_model().objects.get_or_create(
            username=DEMO_ADMIN_USERNAME,
            defaults={"email": "admin@example.org", "is_staff": True, "is_superuser": True},
        )
        return self.reset_password(user.username)

    def reset_password(self, username):
        """A fresh random password for a demo account, printed once per run."""
        user = get_user_model().objects.get(username=username)
        password = secrets.token_urlsafe(12)
        user.set_password(password)
        user.save(update_fields=["password"])
        return password
