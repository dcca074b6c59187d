"""The Cypher the HTTP API runs, on both engines. Every value is a parameter; labels and
relationship types come only from the `Label` / `RelType` enums (never from a request).

Dates are ISO strings truncated to their precision, so a period filter keeps an event whose
(possibly coarse) date overlaps the period: "2024-06" is kept for since=2024-06-15.
Lists of events are sorted newest first with undated events last (`coalesce(date, '')`).

`MATCH (a:Label {id: $id}) WITH a MATCH (a)-->...` on purpose: FalkorDB's planner otherwise
may start from a scan of every Event when the WHERE clause filters events (35 ms instead of
0.4 ms for one actor on a 5k-event graph); Neo4j plans both forms alike."""

from __future__ import annotations

from graph.model import Label, RelType

ACTOR_LABELS_EXPR = "(n:Person OR n:Country OR n:Organization)"

# an event `e` inside [$since, $until], comparing at the event date's own precision
EVENT_IN_PERIOD = (
    "($since IS NULL OR (e.date IS NOT NULL AND e.date >= substring($since, 0, size(e.date)))) "
    "AND ($until IS NULL OR (e.date IS NOT NULL AND substring(e.date, 0, size($until)) <= $until))"
)


def _label(label: Label) -> str:
    return Label(label).value  # raises for anything that is not one of the enum's labels


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
    match = f"MATCH (n:{_label(label)})" if label else f"MATCH (n) WHERE {ACTOR_LABELS_EXPR}"
    where = " AND " if not label else " WHERE "
    return (
        match + where + "($q IS NULL OR n.search CONTAINS $q) "
        "AND ($country IS NULL OR n.country = $country OR (n:Country AND n.id = $country)) "
    )


def actors_count(label: Label | None) -> str:
    return actor_filter(label) + "RETURN count(n) AS total"


def actors_page(label: Label | None) -> str:
    return (
        actor_filter(label)
        + f"RETURN {ACTOR_FIELDS} ORDER BY toLower(name), id SKIP $offset LIMIT $limit"
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


def actor_meetings_page(label: Label) -> str:
    return (
        _actor_meetings(label) + "RETURN e.id AS id "
        "ORDER BY coalesce(e.date, '') DESC, id SKIP $offset LIMIT $limit"
    )


# -- meetings ---------------------------------------------------------------------


PLACE_MATCHES = "(p.id = $place OR toLower(p.name) CONTAINS $place)"


def meetings_queries(
    anchor: Label | None, by_place: bool, by_country: bool, by_participant: bool
) -> tuple[str, str]:
    """(count query, page query) of GET /meetings, put together from fixed fragments only.

    The match starts from the most selective filter given, so a filtered request does not
    scan every event: an actor (`$anchor`, its label resolved first), else the place, else
    the people, organizations and state of the country, else all events. Remaining
    participant filters (`$a`, `$b`, `$country`) are then checked on each event's
    participants."""
    if anchor:
        q = (
            f"MATCH (s:{_label(anchor)} {{id: $anchor}}) WITH s "
            "MATCH (s)-[:PARTICIPATED_IN]->(e:Event) "
        )
    elif by_place:
        q = f"MATCH (p:Place) WHERE {PLACE_MATCHES} WITH p MATCH (p)<-[:HELD_IN]-(e:Event) "
    elif by_country:
        # one labelled match per kind of actor: 3x faster than a scan of every node
        q = (
            "CALL { MATCH (x:Person) WHERE x.country = $country RETURN x "
            "UNION MATCH (x:Organization) WHERE x.country = $country RETURN x "
            "UNION MATCH (x:Country {id: $country}) RETURN x } "
            "WITH x MATCH (x)-[:PARTICIPATED_IN]->(e:Event) "
        )
    else:
        q = "MATCH (e:Event) "
    q += f"WHERE {EVENT_IN_PERIOD} AND ($kind IS NULL OR e.kind = $kind) "
    q += "WITH e " if q.startswith("MATCH (e:Event)") else "WITH DISTINCT e "
    if by_place and anchor:
        q += f"MATCH (e)-[:HELD_IN]->(p:Place) WHERE {PLACE_MATCHES} WITH DISTINCT e "
    if by_participant:
        q += (
            "MATCH (e)<-[:PARTICIPATED_IN]-(y) "
            "WITH e, collect(y.id) AS ids, "
            "collect(CASE WHEN y:Country THEN y.id ELSE y.country END) AS countries "
            "WHERE ($a IS NULL OR $a IN ids) AND ($b IS NULL OR $b IN ids) "
            "AND ($country IS NULL OR $country IN countries) "
        )
    count = q + "RETURN count(e) AS total"
    page = q + "RETURN e.id AS id ORDER BY coalesce(e.date, '') DESC, id SKIP $offset LIMIT $limit"
    return count, page


# -- events (cards for a list of ids) -----------------------------------------------

EVENT_CARDS = """
UNWIND $ids AS eid
MATCH (e:Event {id: eid})
OPTIONAL MATCH (e)-[:HELD_IN]->(p:Place)
RETURN e.id AS id, e.kind AS kind, e.date AS date, e.date_precision AS date_precision,
       e.title AS title, p.id AS place_id, p.name AS place, p.kind AS place_kind,
       p.country AS place_country
"""

EVENT_PARTICIPANTS = """
UNWIND $ids AS eid
MATCH (a)-[r:PARTICIPATED_IN]->(e:Event {id: eid})
RETURN eid AS fact, labels(a)[0] AS type, a.id AS id, a.name AS name, a.country AS country,
       r.role AS role
ORDER BY fact, id
"""

EVENT_AGREEMENTS = """
UNWIND $ids AS eid
MATCH (g:Agreement)-[:CONCLUDED_AT]->(e:Event {id: eid})
RETURN eid AS fact, g.id AS id, g.name AS name, g.kind AS kind, g.status AS status
ORDER BY fact, id
"""


def fact_sources(label: Label) -> str:
    """The documents (with quotes) behind events or agreements of a list of ids."""
    return (
        f"UNWIND $ids AS fid MATCH (f:{_label(label)} {{id: fid}})-[r:REPORTED_IN]->(d:Document) "
        "RETURN fid AS fact, d.id AS document, d.title AS title, d.source AS source, "
        "d.published AS published, r.quote AS quote "
        "ORDER BY fact, document, coalesce(r.start, -1), coalesce(quote, '')"
    )


# -- agreements ---------------------------------------------------------------------

_AGREEMENTS = """
MATCH (g:Agreement)
WHERE ($status IS NULL OR g.status = $status)
  AND ($since IS NULL OR (g.date IS NOT NULL AND g.date >= substring($since, 0, size(g.date))))
OPTIONAL MATCH (x)-[:PARTY_TO]->(g)
WITH g, collect(x.id) AS parties
WHERE $party IS NULL OR $party IN parties
"""
AGREEMENTS_COUNT = _AGREEMENTS + "RETURN count(g) AS total"
AGREEMENTS_PAGE = (
    _AGREEMENTS + "RETURN g.id AS id ORDER BY coalesce(g.date, '') DESC, id "
    "SKIP $offset LIMIT $limit"
)

AGREEMENT_CARDS = """
UNWIND $ids AS gid
MATCH (g:Agreement {id: gid})
OPTIONAL MATCH (g)-[:CONCLUDED_AT]->(e:Event)
RETURN g.id AS id, g.name AS name, g.kind AS kind, g.status AS status, g.date AS date,
       g.date_precision AS date_precision, g.topics AS topics, e.id AS event
"""

AGREEMENT_ACTORS = """
UNWIND $ids AS gid
MATCH (a)-[r:PARTY_TO|SIGNED]->(g:Agreement {id: gid})
RETURN gid AS fact, type(r) AS rel, labels(a)[0] AS type, a.id AS id, a.name AS name,
       a.country AS country
ORDER BY fact, rel, id
"""

# -- countries ----------------------------------------------------------------------

COUNTRY = "MATCH (c:Country {id: $code}) RETURN c.id AS id, c.name AS name"

# everything two countries did together: events with a participant of each (a person or
# organization of that country, or the state itself) and agreements both are party to
BILATERAL_ITEMS = """
OPTIONAL MATCH (x)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y)
WHERE (x.country = $a OR (x:Country AND x.id = $a))
  AND (y.country = $b OR (y:Country AND y.id = $b))
WITH collect(DISTINCT e) AS events
OPTIONAL MATCH (ca:Country {id: $a})-[:PARTY_TO]->(g:Agreement)<-[:PARTY_TO]-(cb:Country {id: $b})
WITH events, collect(DISTINCT g) AS agreements
UNWIND [e IN events | {type: 'event', id: e.id, date: e.date}]
     + [g IN agreements | {type: 'agreement', id: g.id, date: g.date}] AS item
RETURN item.type AS type, item.id AS id, item.date AS date
ORDER BY coalesce(date, ''), type, id
"""

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
