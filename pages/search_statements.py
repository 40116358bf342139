"""The first hits of every search group from one statement (docs/search.md, "One statement
for every group").

Wagtail's search backend compiles each group's search into SQL on every search: about a
millisecond of CPU per group, more than PostgreSQL takes to run it. Between two searches of
the same shape (as many plain words, as many words in each phrase) that SQL differs only in
the words. So each group's statement for the ids of its first hits is compiled once per
shape, with stand-in words, and held by each process (`memo.remembered`, thrown away when a
table read while compiling changes, such as the view restrictions). For a search the
visitor's words replace the stand-ins in its parameters, and the groups' statements run as
one UNION ALL. Each group then fetches its hits by id.

Only on PostgreSQL, and only for words of letters, digits and underscores: Wagtail's backend
escapes nothing in those, so a word put in is what the backend itself would have put there.
Any other search, and any group whose statement differs between two compilations (one that
holds the time, say) or whose results are not the backend's lazy search results, takes the
ordinary way (one query per group) to the same hits; the tests compare the two.
"""

import hashlib
import re

from django.db import connection

from wagtail.search.query import And, Phrase, PlainText

from .page_cache.memo import remembered

WORDS = re.compile(r"\w+(?: \w+)*")
SCORE = "_search_score"


def stand_in_word(marker, index):
    return f"qqmsi{marker}w{index}qq"


STAND_IN = re.compile(r"qqmsi([ab])w(\d+)qq")


def shape_of(search_query):
    """A search query's shape, as a hashable tuple, or None when it is not plain words and
    phrases of plain words."""
    parts = search_query.subqueries if isinstance(search_query, And) else [search_query]
    shape = []
    for part in parts:
        if type(part) not in (PlainText, Phrase) or not WORDS.fullmatch(part.query_string):
            return None
        extra = (part.operator, part.boost) if isinstance(part, PlainText) else ()
        shape.append((type(part), len(part.query_string.split(" ")), *extra))
    return isinstance(search_query, And), tuple(shape)


def words_of(search_query):
    parts = search_query.subqueries if isinstance(search_query, And) else [search_query]
    return [word for part in parts for word in part.query_string.split(" ")]


def stand_in(shape, marker):
    """A search query of `shape` whose words are stand-ins."""
    is_and, parts = shape
    counter = iter(range(sum(part[1] for part in parts)))
    queries = []
    for kind, length, *extra in parts:
        text = " ".join(stand_in_word(marker, next(counter)) for _ in range(length))
        queries.append(kind(text, *extra))
    return And(queries) if is_and else queries[0]


def compiled(group, search_query, limit):
    """SQL and parameters for the ids (and scores) of the group's first `limit` hits, or None
    when the group's results are not the search backend's lazy results."""
    results = group.search(search_query)
    if not hasattr(results, "annotate_score") or not hasattr(results, "get_queryset"):
        return None
    if not results.query_compiler.order_by_relevance:  # the union orders by score
        return None
    results = results.annotate_score(SCORE)[:limit]
    queryset = results.get_queryset().values_list("pk", SCORE)
    sql, params = queryset.query.get_compiler(connection=connection).as_sql()
    return sql, tuple(params)


def neutral(params):
    return tuple(STAND_IN.sub(r"qqmsi*w\2qq", p) if isinstance(p, str) else p for p in params)


def statement(group, shape, limit):
    """The group's statement for `shape`, or None when compiling it twice, with other
    stand-ins, gives anything but the stand-ins in other places. The first compilation is
    not compared: it may load what later ones find cached (content types) in another order."""
    compiled(group, stand_in(shape, "b"), limit)
    first = compiled(group, stand_in(shape, "a"), limit)
    second = compiled(group, stand_in(shape, "b"), limit)
    if first is None or second is None or first[0] != second[0]:
        return None
    if neutral(first[1]) != neutral(second[1]):
        return None
    return first


def statements(groups, shape, limit):
    """{group key: statement or None}, held by this process for the shape."""
    described = repr((connection.alias, limit, [group.key for group in groups], shape))
    return remembered(
        f"search-sql:{hashlib.sha256(described.encode()).hexdigest()[:32]}",
        lambda: {group.key: statement(group, shape, limit) for group in groups},
        read_only=True,
    )


def put_in(params, words):
    return [
        STAND_IN.sub(lambda match: words[int(match[2])], p) if isinstance(p, str) else p
        for p in params
    ]


def first_ids(groups, search_query, limit):
    """{group key: the ids of its first `limit` hits, best first} for every group one
    statement serves; the groups left out take the ordinary way."""
    if connection.vendor != "postgresql" or search_query is None:
        return {}
    shape = shape_of(search_query)
    if shape is None:
        return {}
    prepared = statements(groups, shape, limit)
    served = [group for group in groups if prepared.get(group.key)]
    if not served:
        return {}
    words = words_of(search_query)
    parts, params = [], []
    for index, group in enumerate(served):
        sql, group_params = prepared[group.key]
        parts.append(f"SELECT {index}, hit.* FROM ({sql}) AS hit")  # noqa: S608  Django's SQL
        params.extend(put_in(group_params, words))
    ids = {group.key: [] for group in served}
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts) + " ORDER BY 1, 3 DESC, 2 DESC", params)
        for index, pk, _score in cursor.fetchall():
            ids[served[index].key].append(pk)
    return ids


def objects_by_id(results, ids):
    """The objects `ids` name, in that order, as the group's own queryset fetches them (with
    its related objects): the search results' underlying queryset. An object gone since is
    left out."""
    found = {obj.pk: obj for obj in results.query_compiler.queryset.filter(pk__in=ids)}
    return [found[pk] for pk in ids if pk in found]
