"""The fields of the open-data export, in order, with their types and meanings
(docs/open-data.md). The JSON export and the bank page's field list read them from here.

Nothing personal is ever exported: no contact person, no e-mail address or telephone number,
nothing from a suggestion. Images are left out too: their rights are the photographer's and
need not follow the data's licence.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .stream_text import stream_plain_text

INTEGER = _("heltal")
TEXT = _("text")
URL = _("webbadress")
TEXT_LIST = _("lista med text")
INTEGER_LIST = _("lista med heltal")
URL_LIST = _("lista med webbadresser")
DATETIME = _("datum och tid (ISO 8601)")


@dataclass(frozen=True)
class ExportField:
    name: str
    type: str
    description: str
    value: Callable  # (example, bank_url) -> str | int | list | None

    @property
    def is_list(self):
        return self.type in (TEXT_LIST, INTEGER_LIST, URL_LIST)


def or_none(value):
    return value if value not in ("", None) else None


def iso(moment):
    return timezone.localtime(moment).isoformat(timespec="seconds") if moment else None


def names(terms):
    return [term.name for term in terms]


def slugs(terms):
    return [term.slug for term in terms]


def link_urls(example):
    return [
        item["value"].get("url")
        for item in example.links.raw_data
        if isinstance(item.get("value"), dict) and item["value"].get("url")
    ]


EXPORT_FIELDS = [
    ExportField(
        "id",
        INTEGER,
        _("Exemplets fasta nummer. Ändras aldrig, inte heller om namnet eller adressen ändras."),
        lambda example, bank_url: example.pk,
    ),
    ExportField(
        "slug",
        TEXT,
        _("Adressnamnet, sista delen av exemplets webbadress."),
        lambda example, bank_url: example.slug,
    ),
    ExportField(
        "url",
        URL,
        _("Exemplets sida i exempelbanken."),
        lambda example, bank_url: f"{bank_url}{example.slug}/",
    ),
    ExportField("name", TEXT, _("Namn."), lambda example, bank_url: example.name),
    ExportField(
        "summary",
        TEXT,
        _("Sammanfattning i en eller två meningar."),
        lambda example, bank_url: example.summary,
    ),
    ExportField(
        "description",
        TEXT,
        _(
            "Beskrivningen som ren text utan HTML, stycken åtskilda av en tom rad. Bilder, "
            "dokument och videor ingår inte."
        ),
        lambda example, bank_url: or_none(stream_plain_text(example.description)),
    ),
    ExportField(
        "organisations",
        TEXT_LIST,
        _("Organisationer som driver exemplet."),
        lambda example, bank_url: example.organisation_list,
    ),
    ExportField(
        "municipality",
        TEXT,
        _("Kommun eller ort. Tomt om exemplet inte hör till en ort."),
        lambda example, bank_url: or_none(example.municipality),
    ),
    ExportField(
        "region_code",
        TEXT,
        _("Länskod (två siffror, t.ex. 12 för Skåne län). Tomt om exemplet finns i hela landet."),
        lambda example, bank_url: example.region.code if example.region_id else None,
    ),
    ExportField(
        "region",
        TEXT,
        _("Län."),
        lambda example, bank_url: example.region.name if example.region_id else None,
    ),
    ExportField(
        "year_started",
        INTEGER,
        _("Året exemplet startade. Tomt om det inte är känt."),
        lambda example, bank_url: example.year_started,
    ),
    ExportField(
        "status",
        TEXT,
        _("Status som kod: ide, pilot, etablerad, spridd eller avslutad."),
        lambda example, bank_url: example.status,
    ),
    ExportField(
        "status_label",
        TEXT,
        _("Status i klartext, t.ex. Etablerad."),
        lambda example, bank_url: str(example.get_status_display()),
    ),
    ExportField(
        "sectors",
        TEXT_LIST,
        _("Sektorer exemplet hör till, t.ex. Civilsamhälle."),
        lambda example, bank_url: names(example.sectors.all()),
    ),
    ExportField(
        "sector_slugs",
        TEXT_LIST,
        _("Sektorerna som fasta koder (samma som i exempelbankens filter, ?sektor=)."),
        lambda example, bank_url: slugs(example.sectors.all()),
    ),
    ExportField(
        "themes",
        TEXT_LIST,
        _("Teman."),
        lambda example, bank_url: names(example.themes.all()),
    ),
    ExportField(
        "theme_slugs",
        TEXT_LIST,
        _("Temana som fasta koder (?tema=)."),
        lambda example, bank_url: slugs(example.themes.all()),
    ),
    ExportField(
        "sdg_goals",
        INTEGER_LIST,
        _("Numren på de globala målen i Agenda 2030 (1–17) som exemplet bidrar till."),
        lambda example, bank_url: [goal.number for goal in example.goals.all()],
    ),
    ExportField(
        "process_stages",
        TEXT_LIST,
        _("Steg i MSI:s processmodell, i modellens ordning."),
        lambda example, bank_url: names(example.stages.all()),
    ),
    ExportField(
        "process_stage_slugs",
        TEXT_LIST,
        _("Stegen som fasta koder (?steg=)."),
        lambda example, bank_url: slugs(example.stages.all()),
    ),
    ExportField(
        "level",
        TEXT,
        _("Nivå: Gräsrot, Samhälle eller System."),
        lambda example, bank_url: example.level.name if example.level_id else None,
    ),
    ExportField(
        "level_slug",
        TEXT,
        _("Nivån som fast kod (?niva=)."),
        lambda example, bank_url: example.level.slug if example.level_id else None,
    ),
    ExportField(
        "links",
        URL_LIST,
        _("Länkar till exemplets webbplats, rapporter och reportage."),
        lambda example, bank_url: link_urls(example),
    ),
    ExportField(
        "source",
        TEXT,
        _("Var exemplet kommer ifrån, t.ex. en publikation eller ett program."),
        lambda example, bank_url: or_none(example.source),
    ),
    ExportField(
        "registered_by",
        TEXT,
        _("Noden som registrerade exemplet, eller Nationella kansliet."),
        lambda example, bank_url: str(example.owner_label),
    ),
    ExportField(
        "first_published",
        DATETIME,
        _("När exemplet först publicerades, svensk tid med tidszon."),
        lambda example, bank_url: iso(example.first_published_at),
    ),
    ExportField(
        "last_published",
        DATETIME,
        _("När exemplet senast publicerades (ändrades)."),
        lambda example, bank_url: iso(example.last_published_at),
    ),
]
FIELD_NAMES = [field.name for field in EXPORT_FIELDS]


def record(example, bank_url):
    """{field name: value} for one example, in field order."""
    return {field.name: field.value(example, bank_url) for field in EXPORT_FIELDS}


def field_docs():
    """The field list as the JSON export's `fields` member gives it."""
    return [
        {"name": field.name, "type": str(field.type), "description": str(field.description)}
        for field in EXPORT_FIELDS
    ]
