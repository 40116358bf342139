from django.core.management.base import BaseCommand
from django.db import transaction

from nodes.setup import NodeSetup


class Command(BaseCommand):
    help = (
        "Skapar noderna, deras sidor och bildsamlingar samt grupperna Nationell redaktion, "
        "Webbadmin och en redaktörsgrupp per nod, med exakt rätt behörigheter. Idempotent."
    )

    @transaction.atomic
    def handle(self, *args, verbosity=1, **options):
        def log(message):
            if verbosity >= 1:
                self.stdout.write(f"  {message}")

        changes = NodeSetup(log=log).run()
        if changes:
            self.stdout.write(self.style.SUCCESS(f"Klart: {changes} ändringar."))
        else:
            self.stdout.write("Inget att ändra.")
