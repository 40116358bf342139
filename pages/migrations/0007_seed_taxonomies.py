"""Seed the fixed vocabularies: sectors, levels, the process model's six stages, the 17 goals
of Agenda 2030 (Swedish names, as Sweden's official translation) and the 21 län (SCB codes).

Existing rows are left as they are (an editor may have reworded a sector), so the migration
can run on a database that already has some of them. Reversing it removes nothing."""

from django.db import migrations
from django.utils.text import slugify

SECTORS = ["Offentlig sektor", "Civilsamhälle", "Näringsliv", "Akademi"]
LEVELS = ["Gräsrot", "Samhälle", "System"]
PROCESS_STAGES = [
    "Förstå samhällsutmaningen",
    "Visionera samhällsförändring",
    "Mobilisera",
    "Utveckla och testa",
    "Förverkliga och sprida",
    "Skapa värde",
]
GOALS = [
    "Ingen fattigdom",
    "Ingen hunger",
    "Hälsa och välbefinnande",
    "God utbildning för alla",
    "Jämställdhet",
    "Rent vatten och sanitet för alla",
    "Hållbar energi för alla",
    "Anständiga arbetsvillkor och ekonomisk tillväxt",
    "Hållbar industri, innovationer och infrastruktur",
    "Minskad ojämlikhet",
    "Hållbara städer och samhällen",
    "Hållbar konsumtion och produktion",
    "Bekämpa klimatförändringarna",
    "Hav och marina resurser",
    "Ekosystem och biologisk mångfald",
    "Fredliga och inkluderande samhällen",
    "Genomförande och globalt partnerskap",
]
REGIONS = [
    ("01", "Stockholms län"),
    ("03", "Uppsala län"),
    ("04", "Södermanlands län"),
    ("05", "Östergötlands län"),
    ("06", "Jönköpings län"),
    ("07", "Kronobergs län"),
    ("08", "Kalmar län"),
    ("09", "Gotlands län"),
    ("10", "Blekinge län"),
    ("12", "Skåne län"),
    ("13", "Hallands län"),
    ("14", "Västra Götalands län"),
    ("17", "Värmlands län"),
    ("18", "Örebro län"),
    ("19", "Västmanlands län"),
    ("20", "Dalarnas län"),
    ("21", "Gävleborgs län"),
    ("22", "Västernorrlands län"),
    ("23", "Jämtlands län"),
    ("24", "Västerbottens län"),
    ("25", "Norrbottens län"),
]


def seed(apps, schema_editor):
    for model_name, names in (
        ("Sector", SECTORS),
        ("Level", LEVELS),
        ("ProcessStage", PROCESS_STAGES),
    ):
        model = apps.get_model("pages", model_name)
        for position, name in enumerate(names, start=1):
            model.objects.get_or_create(
                slug=slugify(name), defaults={"name": name, "sort_order": position}
            )
    goal_model = apps.get_model("pages", "SustainableDevelopmentGoal")
    for number, name in enumerate(GOALS, start=1):
        goal_model.objects.get_or_create(number=number, defaults={"name": name})
    region_model = apps.get_model("pages", "Region")
    for code, name in REGIONS:
        region_model.objects.get_or_create(
            code=code, defaults={"name": name, "slug": slugify(name)}
        )


class Migration(migrations.Migration):
    dependencies = [("pages", "0006_taxonomies")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
