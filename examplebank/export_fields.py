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

from .models import Example
from .stream_text import stream_plain_text

INTEGER = _("heltal")
TEXT = _("text")
URL = _("webbadress")
TEXT_LIST = _("lista med text")
INTEGER_LIST = _("lista med heltal")
URL_LIST = _("lista med webbadresser")
DATETIME = _("datum och tid (ISO 8601)")
NATIONAL_OFFICE = _("Nationella kansliet")  # as NodeOwned.owner_label
DESCRIPTION_BLOCK = Example._meta.get_field("description").stream_block


@dataclass(frozen=True)
class ExportField:
    name: str
    type: str
    description: str
    value: Callable  # (row, bank_url) -> str | int | list | None (export_rows.py)

    @property
    def is_list(self):
        return self.type in (TEXT_LIST, INTEGER_LIST, URL_LIST)


def or_none(value):
    return value if value not in ("", None) else None


def iso(moment):
    return timezone.localtime(moment).isoformat(timespec="seconds") if moment else None


def names(terms):
    """The first column of a taxonomy's (name, slug) tuples: the names (goals: numbers)."""
    return [term[0] for term in terms]


def slugs(terms):
    return [term[1] for term in terms]


def organisation_list(text):
    """As Example.organisation_list: the names between the commas."""
    return [name.strip() for name in (text or "").split(",") if name.strip()]


def status_label(code):
    return str(dict(Example.Status.choices).get(code, code))


def link_urls(blocks):
    """The addresses of the links' stored JSON (examplebank/blocks.py: ExampleLinkBlock)."""
    return [
        item["value"]["url"]
        for item in (blocks if isinstance(blocks, list) else [])
        if isinstance(item, dict)
        and isinstance(item.get("value"), dict)
        and item["value"].get("url")
    ]


EXPORT_FIELDS = [
    ExportField(
        "id",
        INTEGER,
        _("Exemplets fasta nummer. Ändras aldrig, inte heller om namnet eller adressen ändras."),
        lambda row, bank_url: row["id"],
    ),
    ExportField(
        "slug",
        TEXT,
        _("Adressnamnet, sista delen av exemplets webbadress."),
        lambda row, bank_url: row["slug"],
    ),
    ExportField(
        "url",
        URL,
        _("Exemplets sida i exempelbanken."),
        lambda row, bank_url: f"{bank_url}{row['slug']}/",
    ),
    ExportField("name", TEXT, _("Namn."), lambda row, bank_url: row["name"]),
    ExportField(
        "summary",
        TEXT,
        _("Sammanfattning i en eller två meningar."),
        lambda row, bank_url: row["summary"],
    ),
    ExportField(
        "description",
        TEXT,
        _(
            "Beskrivningen som ren text utan HTML, stycken åtskilda av en tom rad. Bilder, "
            "dokument och videor ingår inte."
        ),
        lambda row, bank_url: or_none(
            stream_plain_text(DESCRIPTION_BLOCK, row["description_blocks"])
        ),
    ),
    ExportField(
        "organisations",
        TEXT_LIST,
        _("Organisationer som driver exemplet."),
        lambda row, bank_url: organisation_list(row["organisations"]),
    ),
    ExportField(
        "municipality",
        TEXT,
        _("Kommun eller ort. Tomt om exemplet inte hör till en ort."),
        lambda row, bank_url: or_none(row["municipality"]),
    ),
    ExportField(
        "region_code",
        TEXT,
        _("Länskod (två siffror, t.ex. 12 för Skåne län). Tomt om exemplet finns i hela landet."),
        lambda row, bank_url: row["region_code"],
    ),
    ExportField(
        "region",
        TEXT,
        _("Län."),
        lambda row, bank_url: row["region_name"],
    ),
    ExportField(
        "year_started",
        INTEGER,
        _("Året exemplet startade. Tomt om det inte är känt."),
        lambda row, bank_url: row["year_started"],
    ),
    ExportField(
        "status",
        TEXT,
        _("Status som kod: ide, pilot, etablerad, spridd eller avslutad."),
        lambda row, bank_url: row["status"],
    ),
    ExportField(
        "status_label",
        TEXT,
        _("Status i klartext, t.ex. Etablerad."),
        lambda row, bank_url: status_label(row["status"]),
    ),
    ExportField(
        "sectors",
        TEXT_LIST,
        _("Sektorer exemplet hör till, t.ex. Civilsamhälle."),
        lambda row, bank_url: names(row["sectors"]),
    ),
    ExportField(
        "sector_slugs",
        TEXT_LIST,
        _("Sektorerna som fasta koder (samma som i exempelbankens filter, ?sektor=)."),
        lambda row, bank_url: slugs(row["sectors"]),
    ),
    ExportField(
        "themes",
        TEXT_LIST,
        _("Teman."),
        lambda row, bank_url: names(row["themes"]),
    ),
    ExportField(
        "theme_slugs",
        TEXT_LIST,
        _("Temana som fasta koder (?tema=)."),
        lambda row, bank_url: slugs(row["themes"]),
    ),
    ExportField(
        "sdg_goals",
        INTEGER_LIST,
        _("Numren på de globala målen i Agenda 2030 (1–17) som exemplet bidrar till."),
        lambda row, bank_url: names(row["goals"]),
    ),
    ExportField(
        "process_stages",
        TEXT_LIST,
        _("Steg i MSI:s processmodell, i modellens ordning."),
        lambda row, bank_url: names(row["stages"]),
    ),
    ExportField(
        "process_stage_slugs",
        TEXT_LIST,
        _("Stegen som fasta koder (?steg=)."),
        lambda row, bank_url: slugs(row["stages"]),
    ),
    ExportField(
        "level",
        TEXT,
        _("Nivå: Gräsrot, Samhälle eller System."),
        lambda row, bank_url: row["level_name"],
    ),
    ExportField(
        "level_slug",
        TEXT,
        _("Nivån som fast kod (?niva=)."),
        lambda row, bank_url: row["level_slug"],
    ),
    ExportField(
        "links",
        URL_LIST,
        _("Länkar till exemplets webbplats, rapporter och reportage."),
        lambda row, bank_url: link_urls(row["link_blocks"]),
    ),
    ExportField(
        "source",
        TEXT,
        _("Var exemplet kommer ifrån, t.ex. en publikation eller ett program."),
        lambda row, bank_url: or_none(row["source"]),
    ),
    ExportField(
        "registered_by",
        TEXT,
        _("Noden som registrerade exemplet, eller Nationella kansliet."),
        lambda row, bank_url: row["node_name"] or str(NATIONAL_OFFICE),
    ),
    ExportField(
        "first_published",
        DATETIME,
        _("När exemplet först publicerades, svensk tid med tidszon."),
        lambda row, bank_url: iso(row["first_published_at"]),
    ),
    ExportField(
        "last_published",
        DATETIME,
        _("När exemplet senast publicerades (ändrades)."),
        lambda row, bank_url: iso(row["last_published_at"]),
    ),
]
FIELD_NAMES = [field.name for field in EXPORT_FIELDS]


def record(row, bank_url):
    """{field name: value} for one example's row (export_rows.py), in field order."""
    return {field.name: field.value(row, bank_url) for field in EXPORT_FIELDS}


def field_docs():
    """The field list as the JSON export's `fields` member gives it."""
    return [
        {"name": field.name, "type": str(field.type), "description": str(field.description)}
        for field in EXPORT_FIELDS
    ]
