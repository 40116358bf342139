"""The example bank as open data: the filtered list as CSV or JSON (docs/open-data.md).

The export lists what the listing lists for the same query string (search, facets, order),
every page of it. The body is streamed: the examples are read `CHUNK_SIZE` at a time, with
their taxonomies, so a chunk costs the same few queries whatever its size and no more than one
chunk is ever in memory.
"""

import csv
import json

from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.encoding import iri_to_uri

from pages.models import SiteSettings

from .export_fields import EXPORT_FIELDS, FIELD_NAMES, field_docs, record
from .facets import BankQuery
from .models import Example

CHUNK_SIZE = 500
WRITE_SIZE = 64 * 1024  # characters gathered before a piece of the body is sent
CSV_LIST_SEPARATOR = "; "
# A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8; header=present",
    "json": "application/json; charset=utf-8",
}


def export_queryset():
    return (
        Example.objects.visible()
        .select_related("node", "region", "level")
        .prefetch_related("sectors", "themes", "goals", "stages")
    )


def examples_in_order(ids):
    """The examples of `ids` in that order, read a chunk at a time; any unpublished since
    the ids were read are left out."""
    size = CHUNK_SIZE
    for start in range(0, len(ids), size):
        chunk = ids[start : start + size]
        found = export_queryset().in_bulk(chunk)
        for pk in chunk:
            if pk in found:
                yield found.pop(pk)


def gathered(pieces):
    """The pieces joined into parts of about WRITE_SIZE characters (not one write per row)."""
    buffer, length = [], 0
    for piece in pieces:
        buffer.append(piece)
        length += len(piece)
        if length >= WRITE_SIZE:
            yield "".join(buffer)
            buffer, length = [], 0
    if buffer:
        yield "".join(buffer)


# --- CSV ------------------------------------------------------------------------------------
class Echo:
    """A file-like object whose write() hands the line back, for csv.writer."""

    def write(self, value):
        return value


def csv_cell(value, field):
    if value is None:
        return ""
    if field.is_list:
        value = CSV_LIST_SEPARATOR.join(str(item) for item in value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_lines(examples, bank_url):
    writer = csv.writer(Echo())
    yield "\ufeff"  # the byte-order mark: Excel then reads the file as UTF-8
    yield writer.writerow(FIELD_NAMES)
    for example in examples:
        values = record(example, bank_url)
        yield writer.writerow([csv_cell(values[field.name], field) for field in EXPORT_FIELDS])


# --- JSON -----------------------------------------------------------------------------------
def json_parts(examples, bank_url, head):
    """`head` and then the examples as a JSON object, written record by record."""
    opening = json.dumps(head, ensure_ascii=False, indent=1)
    yield opening[: opening.rindex("}")].rstrip() + ',\n "examples": ['
    separator = "\n  "
    for example in examples:
        yield separator + json.dumps(record(example, bank_url), ensure_ascii=False)
        separator = ",\n  "
    yield "\n ]\n}\n"


# --- the response ---------------------------------------------------------------------------
def export_response(bank, request, fmt):
    query = BankQuery(request.GET)
    ids = list(query.ordered_ids)
    settings = SiteSettings.for_request(request)
    bank_url = bank.get_full_url(request)
    examples = examples_in_order(ids)
    now = timezone.localtime()
    if fmt == "json":
        head = {
            "licence": {
                "name": settings.open_data_licence,
                "url": settings.open_data_licence_url or None,
            },
            "source": bank_url,
            "query": query.query_string,
            "generated": now.isoformat(timespec="seconds"),
            "fields": field_docs(),
        }
        body = json_parts(examples, bank_url, head)
    else:
        fmt = "csv"
        body = csv_lines(examples, bank_url)
    response = StreamingHttpResponse(gathered(body), content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = (
        f'attachment; filename="exempelbanken-{now.date().isoformat()}.{fmt}"'
    )
    if settings.open_data_licence_url:
        response["Link"] = f'<{iri_to_uri(settings.open_data_licence_url)}>; rel="license"'
    # Open data with nothing personal or session-bound: any site may fetch it.
    response["Access-Control-Allow-Origin"] = "*"
    return response
