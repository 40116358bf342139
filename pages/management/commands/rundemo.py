import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from pages.demo import demo_steps

DEMO_ADMIN_USERNAME = "admin"


class Command(BaseCommand):
    help = (
        "Provkör webbplatsen: migrerar, laddar demoinnehållet, skapar ett administratörskonto "
        "och startar utvecklingsservern på http://127.0.0.1:8000."
    )

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")
        parser.add_argument(
            "--no-serve", action="store_true", help="Förbered allt men starta inte servern."
        )

    def handle(self, *args, addrport, no_serve=False, **options):
        if not settings.DEBUG:
            raise CommandError("rundemo är bara till för lokal provkörning (DEBUG=True).")
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_demo_content")
        password = self.reset_admin_password()
        self.stdout.write(
            self.style.SUCCESS(
                "\nWebbplatsen: http://127.0.0.1:8000/\n"
                "Redigering: http://127.0.0.1:8000/admin/\n"
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
