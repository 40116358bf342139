"""The example bank as open data: the filtered list as CSV or JSON (docs/open-data.md).

The export lists what the listing lists for the same query string (search, facets, order),
every page of it. The body is streamed: the examples are read a chunk at a time with their
taxonomies (export_rows.py), so a chunk costs the same few queries whatever its size and no
more than one chunk is ever in memory.
"""

import csv
import json

from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.encoding import iri_to_uri

from pages.models import SiteSettings

from .export_fields import EXPORT_FIELDS, FIELD_NAMES, field_docs, record
from .export_rows import rows_in_order
from .facets import BankQuery

WRITE_SIZE = 64 * 1024  # characters gathered before a piece of the body is sent
CSV_LIST_SEPARATOR = "; "
# A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8; header=present",
    "json": "application/json; charset=utf-8",
}


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


def csv_cell(value, is_list):
    if value is None:
        return ""
    if is_list:
        value = CSV_LIST_SEPARATOR.join(str(item) for item in value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_lines(rows, bank_url):
    writer = csv.writer(Echo())
    lists = [field.is_list for field in EXPORT_FIELDS]  # once: the types are lazy strings
    yield "\ufeff"  # the byte-order mark: Excel then reads the file as UTF-8
    yield writer.writerow(FIELD_NAMES)
    for row in rows:
        values = record(row, bank_url).values()
        yield writer.writerow(
            [csv_cell(value, many) for value, many in zip(values, lists, strict=True)]
        )


# --- JSON -----------------------------------------------------------------------------------
def json_parts(rows, bank_url, head):
    """`head` and then the examples as a JSON object, written record by record."""
    opening = json.dumps(head, ensure_ascii=False, indent=1)
    yield opening[: opening.rindex("}")].rstrip() + ',\n "examples": ['
    separator = "\n  "
    for row in rows:
        yield separator + json.dumps(record(row, bank_url), ensure_ascii=False)
        separator = ",\n  "
    yield "\n ]\n}\n"


# --- the response ---------------------------------------------------------------------------
def export_response(bank, request, fmt):
    query = BankQuery(request.GET)
    ids = list(query.ordered_ids)
    settings = SiteSettings.for_request(request)
    bank_url = bank.get_full_url(request)
    rows = rows_in_order(ids)
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
        body = json_parts(rows, bank_url, head)
    else:
        fmt = "csv"
        body = csv_lines(rows, bank_url)
    response = StreamingHttpResponse(gathered(body), content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = (
        f'attachment; filename="exempelbanken-{now.date().isoformat()}.{fmt}"'
    )
    if settings.open_data_licence_url:
        response["Link"] = f'<{iri_to_uri(settings.open_data_licence_url)}>; rel="license"'
    # Open data with nothing personal or session-bound: any site may fetch it.
    response["Access-Control-Allow-Origin"] = "*"
    return response
