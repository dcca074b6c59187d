"""The Cypher the HTTP API runs, on both engines. Every value is a parameter; labels and
relationship types come only from the `Label` / `RelType` enums (never from a request).

Dates are ISO strings truncated to their precision, so a period filter keeps an event whose
(possibly coarse) date overlaps the period: "2024-06" is kept for since=2024-06-15.
Lists of events are sorted newest first with undated events last (`coalesce(date, '')`).

`MATCH (a:Label {id: $id}) WITH a MATCH (a)-->...` on purpose: FalkorDB's planner otherwise
may start from a scan of every Event when the WHERE clause filters events (35 ms instead of
0.4 ms for one actor on a 5k-event graph); Neo4j plans both forms alike."""

from __future__ import annotations

from graph import bilateral
from graph.model import Label, RelType

ACTOR_LABELS_EXPR = "(n:Person OR n:Country OR n:Organization)"

# an event `e` inside [$since, $until], comparing at the event date's own precision
EVENT_IN_PERIOD = (
    "($since IS NULL OR (e.date IS NOT NULL AND e.date >= substring($since, 0, size(e.date)))) "
    "AND ($until IS NULL OR (e.date IS NOT NULL AND substring(e.date, 0, size($until)) <= $until))"
)


def _label(label: Label) -> str:
    return Label(label).value  # raises for anything that is not one of the enum's labels


def window_bounds(var: str, lo: str | None, hi: str | None, inclusive: bool) -> str:
    """The WHERE conditions of one window of a list read newest first (api/keyset.py): a
    range of `var.date_key` (the index; $lo and $hi are date keys), and the cursor's
    condition that drops what its page already had."""
    parts = [f"{var}.date_key IS NOT NULL"] if lo is None and hi is None else []
    if lo is not None:
        parts.append(f"{var}.date_key >= $lo")
    if hi is not None:
        parts.append(f"{var}.date_key {'<=' if inclusive else '<'} $hi")
    parts.append(
        f"({var}.date IS NOT NULL) AND ($after_key IS NULL OR {var}.date < $after_key "
        f"OR ({var}.date = $after_key AND {var}.id > $after_id))"
    )
    return " AND ".join(parts)


def ascending_bounds(var: str, lo: str | None, hi: str | None) -> str:
    """[$lo, $hi) on `var.date_key` for windows read oldest first (api/keyset.py)."""
    parts = [f"{var}.date_key >= $lo" if lo is not None else f"{var}.date_key IS NOT NULL"]
    if hi is not None:
        parts.append(f"{var}.date_key < $hi")
    return " AND ".join(parts) + f" AND {var}.date IS NOT NULL"


# an encounter `e` of one of $kinds (all kinds when null) with a counterpart `w` of one of
# $countries (a person or organization of it, or the state; any country when null)
ENCOUNTER_FILTER = (
    "($kinds IS NULL OR e.kind IN $kinds) AND ($countries IS NULL OR "
    "(CASE WHEN w:Country THEN w.id ELSE w.country END) IN $countries)"
)


# -- actors -----------------------------------------------------------------------

ACTOR_LABEL = " UNION ALL ".join(
    f"MATCH (n:{_label(lbl)} {{id: $id}}) RETURN '{_label(lbl)}' AS label"
    for lbl in (Label.PERSON, Label.COUNTRY, Label.ORGANIZATION)
)

ACTOR_FIELDS = (
    "labels(n)[0] AS type, n.id AS id, n.name AS name, n.aliases AS aliases, "
    "n.country AS country, n.titles AS titles, n.kind AS kind"
)


def actor_filter(label: Label | None) -> str:
    # one labelled match per kind of actor: `MATCH (n) WHERE n:Person OR ...` scanned every
    # node of the graph, events and documents included
    if label:
        match = f"MATCH (n:{_label(label)}) "
    else:
        match = (
            "CALL { MATCH (n:Person) RETURN n UNION ALL MATCH (n:Country) RETURN n "
            "UNION ALL MATCH (n:Organization) RETURN n } WITH n "
        )
    return (
        match + "WHERE ($q IS NULL OR n.search CONTAINS $q) "
        "AND ($country IS NULL OR n.country = $country OR (n:Country AND n.id = $country)) "
    )


def actors_count(label: Label | None) -> str:
    return actor_filter(label) + "RETURN count(n) AS total"


# keyset pages: `key` is the sort key of an item and ($after_key, $after_id) the last item
# of the previous page (null on the first page)
ACTOR_KEY = "coalesce(toLower(n.name), '')"


def actors_page(label: Label | None) -> str:
    # sorted and cut on the key alone; the fields are read for the page only
    return (
        actor_filter(label) + f"WITH n, {ACTOR_KEY} AS key "
        "WHERE $after_key IS NULL OR key > $after_key OR (key = $after_key AND n.id > $after_id) "
        "WITH n, key ORDER BY key, n.id LIMIT $n "
        f"RETURN {ACTOR_FIELDS}, key ORDER BY key, id"
    )


def actor_detail(label: Label) -> str:
    return (
        f"MATCH (n:{_label(label)} {{id: $id}}) "
        "OPTIONAL MATCH (n)-[:PARTICIPATED_IN]->(e:Event) "
        "WITH n, count(DISTINCT e) AS events "
        "OPTIONAL MATCH (n)-[:PARTY_TO|SIGNED]->(g:Agreement) "
        "WITH n, events, count(DISTINCT g) AS agreements "
        "OPTIONAL MATCH (n)-[:REPORTED_IN]->(d:Document) "
        f"RETURN {ACTOR_FIELDS}, events, agreements, count(DISTINCT d) AS documents"
    )


def actor_positions(label: Label) -> str:
    return (
        f"MATCH (n:{_label(label)} {{id: $id}})-[h:HOLDS_POSITION]->(o:Organization) "
        "RETURN o.id AS organization, o.name AS name, h.title AS title, "
        "h.first_seen AS first_seen, h.last_seen AS last_seen "
        "ORDER BY coalesce(h.last_seen, '') DESC, organization, title"
    )


def _actor_meetings(label: Label) -> str:
    return (
        f"MATCH (a:{_label(label)} {{id: $id}}) WITH a "
        "MATCH (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(w) "
        f"WHERE w.id <> $id AND ($with IS NULL OR w.id = $with) AND {EVENT_IN_PERIOD} "
        f"AND {ENCOUNTER_FILTER} "
        "WITH DISTINCT e "
    )


def actor_meetings_count(label: Label) -> str:
    return _actor_meetings(label) + "RETURN count(e) AS total"


# newest first, undated last: the key of an event is its date, '' when it has none
NEWEST_FIRST = (
    "WITH e, coalesce(e.date, '') AS key "
    "WHERE $after_key IS NULL OR key < $after_key OR (key = $after_key AND e.id > $after_id) "
    "RETURN key, e.id AS id ORDER BY key DESC, id LIMIT $n"
)


def actor_meetings_page(label: Label) -> str:
    return _actor_meetings(label) + NEWEST_FIRST


# -- meetings ---------------------------------------------------------------------


PLACE_MATCHES = "(p.id = $place OR toLower(p.name) CONTAINS $place)"


def meetings_queries(anchor: Label | None, by_place: bool, by_participant: bool) -> tuple[str, str]:
    """(count query, keyset page query) of GET /meetings read outward from an actor
    (`$anchor`, its label resolved first) or from the places `$place` names: the events
    read are that actor's or those places', however large the graph. Remaining participant
    filters (`$a`, `$b`, `$country`) are checked on each event's participants."""
    if anchor:
        q = (
            f"MATCH (s:{_label(anchor)} {{id: $anchor}}) WITH s "
            "MATCH (s)-[:PARTICIPATED_IN]->(e:Event) "
        )
    else:
        q = f"MATCH (p:Place) WHERE {PLACE_MATCHES} WITH p MATCH (p)<-[:HELD_IN]-(e:Event) "
    q += f"WHERE {EVENT_IN_PERIOD} AND ($kind IS NULL OR e.kind = $kind) WITH DISTINCT e "
    if by_place and anchor:
        q += f"MATCH (e)-[:HELD_IN]->(p:Place) WHERE {PLACE_MATCHES} WITH DISTINCT e "
    if by_participant:
        q += _PARTICIPANT_FILTER
    return q + "RETURN count(e) AS total", q + NEWEST_FIRST


_PARTICIPANT_FILTER = (
    "MATCH (e)<-[:PARTICIPATED_IN]-(y) "
    "WITH e, collect(y.id) AS ids, "
    "collect(CASE WHEN y:Country THEN y.id ELSE y.country END) AS countries "
    "WHERE ($a IS NULL OR $a IN ids) AND ($b IS NULL OR $b IN ids) "
    "AND ($country IS NULL OR $country IN countries) "
)


# an event `e` with a participant of $country (a person or organization of it, or the state):
# a filter on each participant, then one row per event. Cheaper than collecting every
# event's participant countries (an aggregation per event): about half the time per event
# of a window on FalkorDB.
def _with_participant_of(param: str) -> str:
    return (
        f"MATCH (e)<-[:PARTICIPATED_IN]-(y) "
        f"WHERE CASE WHEN y:Country THEN y.id ELSE y.country END = ${param} WITH DISTINCT e "
    )


def meetings_window(lo: str | None, hi: str | None, inclusive: bool, by_country: bool) -> str:
    """One date window of GET /meetings without an actor or place (see api/keyset.py):
    events of the window from the date index, then the other filters."""
    q = (
        f"MATCH (e:Event) WHERE {window_bounds('e', lo, hi, inclusive)} "
        f"AND ($kind IS NULL OR e.kind = $kind) AND {EVENT_IN_PERIOD} "
    )
    if by_country:
        q += _with_participant_of("country")
    return q + "RETURN e.date AS key, e.id AS id ORDER BY key DESC, id LIMIT $n"


def meetings_undated(by_country: bool) -> str:
    """Undated events (after every dated one), by id; no index holds them, so this scans
    the events, which only the last pages of an unfiltered list need."""
    q = (
        "MATCH (e:Event) WHERE e.date IS NULL AND ($kind IS NULL OR e.kind = $kind) "
        "AND ($after_id IS NULL OR e.id > $after_id) "
    )
    if by_country:
        q += _with_participant_of("country")
    return q + "RETURN '' AS key, e.id AS id ORDER BY id LIMIT $n"


def count_label(label: Label) -> str:
    """All nodes of a label: both engines answer from their statistics."""
    return f"MATCH (n:{_label(label)}) RETURN count(n) AS total"


# -- events (cards for a list of ids) -----------------------------------------------

# Cards read their nodes with `WHERE x.id IN $ids`, which both engines answer from the id
# index; `UNWIND $ids AS i MATCH (x:Label {id: i})` made FalkorDB scan the label once per id
# (what made an actor's meetings slower the larger the graph).
# A page of event cards in one query (each query is a round trip, four on Neo4j's driver):
# one map per event with its places, participants and sources as lists, sorted by the
# caller.
_EVENT_CARDS = """
MATCH (e:Event) WHERE e.id IN $ids
OPTIONAL MATCH (e)-[:HELD_IN]->(p:Place)
WITH e, collect(CASE WHEN p IS NULL THEN NULL ELSE {id: p.id, name: p.name, kind: p.kind,
     country: p.country} END) AS places
OPTIONAL MATCH (a)-[r:PARTICIPATED_IN]->(e)
WITH e, places, collect(CASE WHEN a IS NULL THEN NULL ELSE {id: a.id, type: labels(a)[0],
     name: a.name, country: a.country, role: r.role} END) AS people
OPTIONAL MATCH (e)-[s:REPORTED_IN]->(d:Document)
WITH e, places, people, collect(CASE WHEN d IS NULL THEN NULL ELSE {document: d.id,
     title: d.title, source: d.source, published: d.published, quote: s.quote,
     start: s.start} END) AS sources
"""
_EVENT_CARD = (
    "{id: e.id, kind: e.kind, date: e.date, date_precision: e.date_precision, title: e.title, "
    "places: places, people: people, sources: sources}"
)


# Cards of the events `$ids`: one column `card`, a map
EVENT_CARDS = _EVENT_CARDS + f"RETURN {_EVENT_CARD} AS card"


EVENT_AGREEMENTS = """
MATCH (e:Event) WHERE e.id IN $ids
MATCH (g:Agreement)-[:CONCLUDED_AT]->(e)
RETURN e.id AS fact, g.id AS id, g.name AS name, g.kind AS kind, g.status AS status
ORDER BY fact, id
"""


def fact_sources(label: Label) -> str:
    """The documents (with quotes) behind events or agreements of a list of ids."""
    return (
        f"MATCH (f:{_label(label)}) WHERE f.id IN $ids MATCH (f)-[r:REPORTED_IN]->(d:Document) "
        "RETURN f.id AS fact, d.id AS document, d.title AS title, d.source AS source, "
        "d.published AS published, r.quote AS quote "
        "ORDER BY fact, document, coalesce(r.start, -1), coalesce(quote, '')"
    )


# -- agreements ---------------------------------------------------------------------

_AGREEMENT_FILTERS = (
    "($status IS NULL OR g.status = $status) AND ($since IS NULL OR "
    "(g.date IS NOT NULL AND g.date >= substring($since, 0, size(g.date))))"
)


def party_agreements(label: Label) -> tuple[str, str]:
    """(count, keyset page) of the agreements one party is party to, read from the party."""
    q = (
        f"MATCH (x:{_label(label)} {{id: $party}}) WITH x "
        f"MATCH (x)-[:PARTY_TO]->(g:Agreement) WHERE {_AGREEMENT_FILTERS} WITH DISTINCT g "
    )
    page = (
        "WITH g, coalesce(g.date, '') AS key "
        "WHERE $after_key IS NULL OR key < $after_key OR (key = $after_key AND g.id > $after_id) "
        "RETURN key, g.id AS id ORDER BY key DESC, id LIMIT $n"
    )
    return q + "RETURN count(g) AS total", q + page


def agreements_window(lo: str | None, hi: str | None, inclusive: bool) -> str:
    return (
        f"MATCH (g:Agreement) WHERE {window_bounds('g', lo, hi, inclusive)} "
        f"AND {_AGREEMENT_FILTERS} RETURN g.date AS key, g.id AS id ORDER BY key DESC, id LIMIT $n"
    )


AGREEMENTS_UNDATED = (
    "MATCH (g:Agreement) WHERE g.date IS NULL AND ($status IS NULL OR g.status = $status) "
    "AND ($after_id IS NULL OR g.id > $after_id) RETURN '' AS key, g.id AS id ORDER BY id LIMIT $n"
)

# A page of agreement cards in one query (see `event_cards`): each with the event it was
# concluded at and the actors party to it or that signed it (`rel`), sorted by the caller.
_AGREEMENT_CARDS = """
MATCH (g:Agreement) WHERE g.id IN $ids
OPTIONAL MATCH (g)-[:CONCLUDED_AT]->(e:Event)
WITH g, min(e.id) AS event
OPTIONAL MATCH (a)-[r:PARTY_TO|SIGNED]->(g)
WITH g, event, collect(CASE WHEN a IS NULL THEN NULL ELSE {rel: type(r), id: a.id,
     type: labels(a)[0], name: a.name, country: a.country} END) AS actors
"""
_AGREEMENT_CARD = (
    "{id: g.id, name: g.name, kind: g.kind, status: g.status, date: g.date, "
    "date_precision: g.date_precision, topics: g.topics, event: event, actors: actors}"
)


# Cards of the agreements `$ids`: one column `card`, a map
AGREEMENT_CARDS = _AGREEMENT_CARDS + f"RETURN {_AGREEMENT_CARD} AS card"


# -- countries ----------------------------------------------------------------------

COUNTRY = "MATCH (c:Country {id: $code}) RETURN c.id AS id, c.name AS name"

# Everything two countries did together, oldest first: events with a participant of each (a
# person or organization of that country, or the state itself) and agreements both are
# party to, read from their (country pair, date) index (graph/bilateral.py): `$pair` is
# the pair's base key, a window `$pair + $lo <= key < $pair + $hi` one index range. The key
# of an item is its date, its id `type:id` (the sort is date, type, id).
_BILATERAL_AFTER = (
    "($after_key IS NULL OR x.date > $after_key OR (x.date = $after_key AND x.item > $after_id))"
)


def bilateral_window(lo: str | None, hi: str | None, _: bool = False) -> str:
    low = "x.key >= $pair + $lo" if lo is not None else "x.key >= $pair"
    high = "x.key < $pair + $hi" if hi is not None else f"x.key < $pair + {bilateral.UNDATED}"
    return (
        f"MATCH (x:{bilateral.LABEL}) WHERE {low} AND {high} AND {_BILATERAL_AFTER} "
        "RETURN x.date AS key, x.item AS id ORDER BY key, id LIMIT $n"
    )


# undated items come last (their key is the pair's last)
BILATERAL_UNDATED = (
    f"MATCH (x:{bilateral.LABEL}) WHERE x.key = $pair + {bilateral.UNDATED} "
    "AND ($after_id IS NULL OR x.item > $after_id) "
    "RETURN '' AS key, x.item AS id ORDER BY id LIMIT $n"
)

# is anything (event or agreement) dated in [$lo, $hi)? (finding where a timeline starts)
DATED_EVENT_IN = (
    "MATCH (e:Event) WHERE e.date_key >= $lo AND e.date_key < $hi RETURN e.id AS id LIMIT 1"
)
DATED_AGREEMENT_IN = (
    "MATCH (g:Agreement) WHERE g.date_key >= $lo AND g.date_key < $hi RETURN g.id AS id LIMIT 1"
)

# -- paths ----------------------------------------------------------------------------


def neighbours(label: Label) -> str:
    """Actors that share an event or an agreement with any actor of `$ids` (one hop of the
    breadth-first search of /paths; FalkorDB has no undirected shortestPath)."""
    return (
        f"UNWIND $ids AS aid MATCH (a:{_label(label)} {{id: aid}}) WITH a "
        "MATCH (a)-[:PARTICIPATED_IN|PARTY_TO|SIGNED]->(x)<-[:PARTICIPATED_IN|PARTY_TO|SIGNED]-(n) "
        f"WHERE n.id <> a.id AND {ACTOR_LABELS_EXPR} "
        "RETURN a.id AS src, n.id AS dst, labels(n)[0] AS type, min(x.id) AS via"
    )


ACTOR_CARDS = f"""
UNWIND $ids AS aid
MATCH (n {{id: aid}}) WHERE {ACTOR_LABELS_EXPR}
RETURN {ACTOR_FIELDS}
"""

FACT_CARDS = """
UNWIND $ids AS fid
MATCH (x {id: fid}) WHERE x:Event OR x:Agreement
RETURN labels(x)[0] AS type, x.id AS id, x.kind AS kind, x.date AS date,
       coalesce(x.title, x.name) AS title
"""


# -- documents ----------------------------------------------------------------------

# ids of the people, events and agreements a document reports (POST /documents)
DOCUMENT_FACTS = " UNION ALL ".join(
    f"MATCH (f:{_label(lbl)})-[:{RelType.REPORTED_IN.value}]->(:Document {{id: $doc}}) "
    f"RETURN DISTINCT '{key}' AS kind, f.id AS id"
    for lbl, key in (
        (Label.PERSON, "people_ids"),
        (Label.EVENT, "event_ids"),
        (Label.AGREEMENT, "agreement_ids"),
    )
)


# -- explorer: suggestions, counterparts, an actor's agreements, the data's span ---------

# actors whose folded names contain $q, best matches first: the whole name or alias, then
# a name that starts with it, then a word that does, then anywhere; shorter names first
# (one labelled match per kind of actor: a scan of every node would read every event too)
ACTOR_SUGGEST = (
    "CALL { "
    + " UNION ".join(
        f"MATCH (n:{_label(lbl)}) WHERE ($type IS NULL OR $type = '{_label(lbl)}') "
        "AND n.search CONTAINS $q RETURN n"
        for lbl in (Label.PERSON, Label.COUNTRY, Label.ORGANIZATION)
    )
    + " } "
    + f"""
WITH n, CASE
    WHEN n.id = $id OR n.search = $q OR n.search STARTS WITH ($q + ' | ')
      OR n.search ENDS WITH (' | ' + $q) OR n.search CONTAINS (' | ' + $q + ' | ') THEN 0
    WHEN n.search STARTS WITH $q OR n.search CONTAINS (' | ' + $q) THEN 1
    WHEN n.search CONTAINS (' ' + $q) THEN 2
    ELSE 3 END AS rank
RETURN {ACTOR_FIELDS}, rank
ORDER BY rank, size(name), toLower(name), id LIMIT $limit
"""
)


def _counterparts(label: Label) -> str:
    return (
        f"MATCH (a:{_label(label)} {{id: $id}}) WITH a "
        "MATCH (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(w) "
        f"WHERE w.id <> $id AND {EVENT_IN_PERIOD} AND {ENCOUNTER_FILTER} "
    )


def counterparts_count(label: Label) -> str:
    return _counterparts(label) + "WITH DISTINCT w RETURN count(w) AS total"


def counterparts_page(label: Label) -> str:
    """Whom an actor met, most met first: one row per counterpart with the number of
    encounters and the first and last of their dates."""
    return (
        _counterparts(label) + "WITH w, count(DISTINCT e) AS meetings, "
        "min(e.date) AS first, max(e.date) AS last "
        "RETURN labels(w)[0] AS type, w.id AS id, w.name AS name, w.country AS country, "
        "w.titles AS titles, w.kind AS kind, meetings, first, last "
        "ORDER BY meetings DESC, toLower(name), id SKIP $offset LIMIT $limit"
    )


def _actor_agreements(label: Label) -> str:
    return (
        f"MATCH (a:{_label(label)} {{id: $id}}) WITH a "
        "MATCH (a)-[:PARTY_TO|SIGNED]->(g:Agreement) "
        "WHERE ($since IS NULL OR (g.date IS NOT NULL "
        "AND g.date >= substring($since, 0, size(g.date)))) "
        "AND ($until IS NULL OR (g.date IS NOT NULL "
        "AND substring(g.date, 0, size($until)) <= $until)) "
        "WITH DISTINCT g "
    )


def actor_agreements_count(label: Label) -> str:
    return _actor_agreements(label) + "RETURN count(g) AS total"


def actor_agreements_page(label: Label) -> str:
    return (
        _actor_agreements(label) + "RETURN g.id AS id "
        "ORDER BY coalesce(g.date, '') DESC, id SKIP $offset LIMIT $limit"
    )


# the first and last event dates and the number of events of each kind
EVENT_SPAN = """
MATCH (e:Event)
RETURN e.kind AS kind, count(e) AS events, min(e.date) AS first, max(e.date) AS last
"""
