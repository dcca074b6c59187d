"""All Cypher that diplograph's own code runs on both engines lives here.

Labels and relationship types cannot be query parameters in Cypher; they are only ever
taken from the `Label` / `RelType` enums, never from user input. Every value is a parameter.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from graph import bilateral, name_keys
from graph.model import GraphBatch, Label, RelType, Upserts

Statement = tuple[str, dict]


def upsert_nodes(label: Label) -> str:
    return f"UNWIND $rows AS r MERGE (n:{Label(label).value} {{id: r.id}}) SET n += r.props"


def upsert_rels(rel: RelType, src: Label, dst: Label) -> str:
    return (
        f"UNWIND $rows AS r "
        f"MATCH (a:{Label(src).value} {{id: r.src}}) "
        f"MATCH (b:{Label(dst).value} {{id: r.dst}}) "
        f"MERGE (a)-[x:{RelType(rel).value} {{key: r.key}}]->(b) SET x += r.props"
    )


def upserts(batch: GraphBatch | Upserts) -> Upserts:
    return batch if isinstance(batch, Upserts) else Upserts.of(batch)


def _grouped(batch: GraphBatch | Upserts) -> Iterator[tuple[str, list[dict]]]:
    """The batch as (statement, rows) pairs, each row a map (see `Upserts` for the order)."""
    rows = upserts(batch)
    for label, nodes in rows.nodes.items():
        yield upsert_nodes(label), [{"id": k, "props": p} for k, p in nodes.items()]
    for (rel, src, dst), rels in rows.rels.items():
        yield (
            upsert_rels(rel, src, dst),
            [{"src": k[0], "dst": k[1], "key": k[2], "props": p} for k, p in rels.items()],
        )


def batch_statements(batch: GraphBatch | Upserts, chunk: int = 5000) -> Iterator[Statement]:
    """The statements that write a batch, rows chunked to keep messages small; the caller
    runs them in one transaction."""
    for query, rows in _grouped(batch):
        for i in range(0, len(rows), chunk):
            yield query, {"rows": rows[i : i + chunk]}


class Rows(list):  # type: ignore[type-arg]
    """Rows of scalars and lists of scalars, no maps: FalkorDB's client side encodes them as
    JSON in one C call (graph/falkor.py), where maps need a Python walk of every value."""


def _set_clause(var: str, keys: tuple[str, ...], first: int) -> str:
    for k in keys:  # property names come from the models of graph/model.py, never a request
        if not k.isidentifier():
            raise ValueError(f"not a property name: {k!r}")
    sets = ", ".join(f"{var}.{k} = r[{first + i}]" for i, k in enumerate(keys))
    return f" SET {sets}" if sets else ""


def _positional(batch: GraphBatch | Upserts) -> Iterator[tuple[str, Rows]]:
    """The batch as (statement, rows) pairs with each row a list (the id, or the source,
    target and key, then the properties in a fixed order) and one SET per property: the
    same writes as `SET n += r.props` (a null removes the property). Rows are grouped also
    by their property names, so that every row of a statement has them all."""
    rows = upserts(batch)
    for label, nodes in rows.nodes.items():
        by_keys: dict[tuple[str, ...], Rows] = defaultdict(Rows)
        for node_id, props in nodes.items():
            by_keys[tuple(props)].append([node_id, *props.values()])
        for keys, part in by_keys.items():
            query = f"UNWIND $rows AS r MERGE (n:{Label(label).value} {{id: r[0]}})"
            yield query + _set_clause("n", keys, 1), part
    for (rel, src, dst), rels in rows.rels.items():
        by_keys = defaultdict(Rows)
        for (a, b, key), props in rels.items():
            by_keys[tuple(props)].append([a, b, key, *props.values()])
        for keys, part in by_keys.items():
            query = (
                f"UNWIND $rows AS r "
                f"MATCH (a:{Label(src).value} {{id: r[0]}}) "
                f"MATCH (b:{Label(dst).value} {{id: r[1]}}) "
                f"MERGE (a)-[x:{RelType(rel).value} {{key: r[2]}}]->(b)"
            )
            yield query + _set_clause("x", keys, 3), part


def batch_statement(batch: GraphBatch | Upserts) -> Statement:
    """The whole batch as ONE statement (for engines where only a single query is atomic):
    the parts are chained with `WITH count(*)`, which always yields one row, so a part with
    no rows does not stop the parts after it. Rows are positional (see `_positional`)."""
    parts: list[str] = []
    params: dict = {}
    pairs = bilateral.params(upserts(batch))
    _around(parts, params, bilateral.mark_statement(pairs), "_mark")
    for i, (query, rows) in enumerate(_positional(batch)):
        params[f"rows{i}"] = rows
        parts.append(query.replace("$rows", f"$rows{i}", 1) + f" WITH count(*) AS _{i}")
    # FalkorDB runs one write at a time: no lock needed (graph/bilateral.py)
    _around(parts, params, bilateral.refresh_statement(pairs, lock=False), "_pairs")
    return " ".join(parts) + " RETURN 0 AS done", params


def _around(parts: list[str], params: dict, statement: Statement | None, name: str) -> None:
    """A statement of graph/bilateral.py as a part of a chained statement."""
    if statement is not None:
        parts.append(statement[0].strip() + f" WITH count(*) AS {name}")
        params.update(statement[1])


# Properties with an index besides `id` (every label has one on `id`), created with the
# schema on both engines: what the API filters and sorts lists by (the numeric `date_key` of
# events and agreements for keyset pages, kinds, statuses, the country of people and
# organizations) and the document source that ingest looks a new version up by. Not the
# `date` strings: FalkorDB 4.16 answers `date < $x` from a string index wrongly (it ignores
# upper bounds), so a string index on dates would change the results of saved queries.
INDEXED_PROPERTIES: tuple[tuple[Label, str], ...] = (
    (Label.EVENT, "date_key"),
    (Label.EVENT, "kind"),
    (Label.AGREEMENT, "date_key"),
    (Label.AGREEMENT, "status"),
    (Label.PERSON, "country"),
    (Label.ORGANIZATION, "country"),
    (Label.DOCUMENT, "source"),
)

# `date_key` (graph/model.py) for events and agreements written before it existed: looked
# for once per store opened, and set only where missing
_DATE_KEY = (
    "toInteger(substring(x.date, 0, 4)) * 10000 "
    "+ CASE WHEN size(x.date) >= 7 THEN toInteger(substring(x.date, 5, 2)) * 100 ELSE 0 END "
    "+ CASE WHEN size(x.date) >= 10 THEN toInteger(substring(x.date, 8, 2)) ELSE 0 END"
)
MISSING_DATE_KEYS = " UNION ALL ".join(
    f"MATCH (x:{label.value}) WHERE x.date IS NOT NULL AND x.date_key IS NULL "
    "RETURN x.id AS id LIMIT 1"
    for label in (Label.EVENT, Label.AGREEMENT)
)
SET_DATE_KEYS = [
    f"MATCH (x:{label.value}) WHERE x.date IS NOT NULL AND x.date_key IS NULL "
    f"SET x.date_key = {_DATE_KEY}"
    for label in (Label.EVENT, Label.AGREEMENT)
]

# Counts by label and by type, one labelled / typed pattern per query: both engines answer
# these from their own statistics (FalkorDB's label and relation matrices, Neo4j's count
# store) without reading nodes, where `MATCH (n) RETURN labels(n)[0], count(n)` visited
# every node. Separate queries: inside a UNION FalkorDB counts relationships one by one.
COUNT_LABELS = {label: f"MATCH (n:{label.value}) RETURN count(n) AS count" for label in Label}
COUNT_RELS = {rel: f"MATCH ()-[r:{rel.value}]->() RETURN count(r) AS count" for rel in RelType}
DELETE_ALL = "MATCH (n) DETACH DELETE n"

# -- export ---------------------------------------------------------------

EXPORT_ACTORS = """
MATCH (n) WHERE n:Person OR n:Country OR n:Organization
RETURN labels(n)[0] AS type, n.id AS id, n.name AS name, n.aliases AS aliases,
       n.country AS country, n.titles AS titles, n.kind AS kind
ORDER BY type, id
"""

EXPORT_EVENTS = """
MATCH (e:Event)
RETURN e.id AS id, e.kind AS kind, e.date AS date, e.date_precision AS date_precision,
       e.title AS title
ORDER BY id
"""

# An event may be held in several places (a city and a venue): one row each, the export
# picks one, so an event never appears twice.
EXPORT_PLACES = """
MATCH (e:Event)-[:HELD_IN]->(p:Place)
RETURN e.id AS event, p.name AS place, p.kind AS kind
ORDER BY event, place
"""

EXPORT_PARTICIPANTS = """
MATCH (a)-[r:PARTICIPATED_IN]->(e:Event)
RETURN e.id AS event, a.id AS actor, r.role AS role
ORDER BY event, actor
"""

EXPORT_AGREEMENTS = """
MATCH (g:Agreement)
RETURN g.id AS id, g.name AS name, g.kind AS kind, g.status AS status, g.date AS date,
       g.date_precision AS date_precision, g.topics AS topics
ORDER BY id
"""

EXPORT_CONCLUDED_AT = """
MATCH (g:Agreement)-[:CONCLUDED_AT]->(e:Event)
RETURN g.id AS agreement, e.id AS event
ORDER BY agreement, event
"""

EXPORT_PARTIES = """
MATCH (a)-[:PARTY_TO]->(g:Agreement)
RETURN g.id AS agreement, a.id AS actor ORDER BY agreement, actor
"""

EXPORT_SIGNATORIES = """
MATCH (a:Person)-[:SIGNED]->(g:Agreement)
RETURN g.id AS agreement, a.id AS actor ORDER BY agreement, actor
"""

EXPORT_SOURCES = """
MATCH (f)-[r:REPORTED_IN]->(d:Document) WHERE f:Event OR f:Agreement
RETURN f.id AS fact, d.id AS document, r.quote AS quote, r.start AS start, r.end AS end,
       r.rule AS rule, r.confidence AS confidence
ORDER BY fact, document, start, quote
"""

EXPORT_DOCUMENTS = """
MATCH (d:Document)
RETURN d.id AS id, d.title AS title, d.source AS source, d.published AS published
ORDER BY id
"""

# -- load: references to what the store already holds -------------------------

# one labelled match per kind of actor, so each is an index lookup: an unlabelled
# `MATCH (n) WHERE n.id IN $ids` scanned every node and compared it with every id
ACTOR_LABELS = " UNION ALL ".join(
    f"MATCH (n:{label.value}) WHERE n.id IN $ids RETURN n.id AS id, '{label.value}' AS label"
    for label in (Label.PERSON, Label.COUNTRY, Label.ORGANIZATION)
)
DOCUMENT_IDS = "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id"
EVENT_IDS = "MATCH (e:Event) WHERE e.id IN $ids RETURN e.id AS id"

# -- whole graph (GraphML / GEXF) ---------------------------------------------

ALL_NODES = f"MATCH (n) WHERE NOT n:{bilateral.LABEL} RETURN labels(n)[0] AS label, n AS n"
ALL_RELS = """
MATCH (a)-[r]->(b)
RETURN a.id AS src, labels(a)[0] AS src_label, type(r) AS type,
       b.id AS dst, labels(b)[0] AS dst_label, r AS r
"""

# -- networks and maps (graph/network.py) --------------------------------------
# Filters are parameters that may be null: $since / $until (ISO prefixes; $until is padded
# by the caller so "2025-07" includes every day of July), $kinds (event kinds or null).
# Everything is a bounded, directed pattern so FalkorDB and Neo4j both run it.

_EVENT_FILTER = (
    "($since IS NULL OR e.date >= $since) AND ($until IS NULL OR e.date <= $until) "
    "AND ($kinds IS NULL OR e.kind IN $kinds)"
)

NET_EVENTS = f"""
MATCH (e:Event) WHERE {_EVENT_FILTER}
OPTIONAL MATCH (e)-[:HELD_IN]->(p:Place)
RETURN e.id AS id, e.kind AS kind, e.date AS date, e.title AS title, p.name AS place
ORDER BY id
"""

NET_EVENTS_OF = f"""
MATCH (a)-[:PARTICIPATED_IN]->(e:Event) WHERE a.id IN $actors AND {_EVENT_FILTER}
WITH DISTINCT e
OPTIONAL MATCH (e)-[:HELD_IN]->(p:Place)
RETURN e.id AS id, e.kind AS kind, e.date AS date, e.title AS title, p.name AS place
ORDER BY id
"""

NET_PARTICIPANTS = """
MATCH (a)-[r:PARTICIPATED_IN]->(e:Event) WHERE e.id IN $events
RETURN e.id AS event, a.id AS actor, r.role AS role
ORDER BY event, actor
"""

NET_ACTORS = """
MATCH (n) WHERE n.id IN $ids AND (n:Person OR n:Country OR n:Organization)
OPTIONAL MATCH (n)-[:REPRESENTS|IN_COUNTRY]->(c:Country)
RETURN labels(n)[0] AS type, n.id AS id, n.name AS name, n.aliases AS aliases,
       n.country AS country, n.titles AS titles, n.kind AS kind, collect(c.id) AS countries
"""

NET_AFFILIATIONS = """
MATCH (a:Person)-[r:HOLDS_POSITION]->(o:Organization) WHERE a.id IN $ids
RETURN a.id AS src, o.id AS dst, r.title AS title
"""

_AGREEMENT_FILTER = "($since IS NULL OR g.date >= $since) AND ($until IS NULL OR g.date <= $until)"

NET_AGREEMENTS = f"""
MATCH (g:Agreement) WHERE {_AGREEMENT_FILTER}
OPTIONAL MATCH (g)-[:CONCLUDED_AT]->(e:Event)
RETURN g.id AS id, g.name AS name, g.kind AS kind, g.status AS status, g.date AS date,
       g.topics AS topics, e.id AS event
ORDER BY id
"""

NET_AGREEMENTS_OF = f"""
MATCH (a)-[:PARTY_TO|SIGNED]->(g:Agreement) WHERE a.id IN $actors AND {_AGREEMENT_FILTER}
WITH DISTINCT g
OPTIONAL MATCH (g)-[:CONCLUDED_AT]->(e:Event)
RETURN g.id AS id, g.name AS name, g.kind AS kind, g.status AS status, g.date AS date,
       g.topics AS topics, e.id AS event
ORDER BY id
"""

NET_AGREEMENT_LINKS = """
MATCH (a)-[r:PARTY_TO|SIGNED]->(g:Agreement) WHERE g.id IN $agreements
RETURN g.id AS agreement, a.id AS actor, type(r) AS rel
ORDER BY agreement, actor
"""

NET_SOURCES = """
MATCH (f)-[r:REPORTED_IN]->(d:Document) WHERE f.id IN $ids AND (f:Event OR f:Agreement)
RETURN f.id AS fact, d.id AS document, d.title AS title, d.source AS source,
       d.published AS published, r.quote AS quote
ORDER BY fact, document, quote
"""

FIND_ACTOR = """
MATCH (n) WHERE (n:Person OR n:Country OR n:Organization)
  AND (n.id = $id OR n.search CONTAINS $folded)
RETURN labels(n)[0] AS type, n.id AS id, n.name AS name, n.search AS search,
       n.country AS country
ORDER BY id
LIMIT 50
"""
# -- ingest: cross-document resolution and document replacement -------------------

# The look-ups of a group of documents in one round trip (ingest/resolve.py): each part is a
# branch of a UNION ALL with the same columns, `kind` telling them apart. $docs is a list of
# [id, source]; `same`: the document `doc` is held; `old`: an older version of its source;
# `person`: a candidate person for a name token of $tokens (at most PERSON_CAP per token; one
# row per person, `token` the list of its tokens); `held`: which of $ids (new actor ids) the
# store already holds (one labelled match per kind of actor: index look-ups).
PERSON_CAP = 200
EVENT_CAP = 500
_LOOKUP = (
    "RETURN '{kind}' AS kind, {doc} AS doc, {token} AS token, {x}.id AS id, {name} AS name, "
    "{aliases} AS aliases, {country} AS country, {titles} AS titles"
)


def _lookup_return(
    kind: str, x: str, *, doc: str = "null", token: str = "null", node: bool = False
) -> str:
    fields = {f: f"{x}.{f}" if node else "null" for f in ("name", "aliases", "country", "titles")}
    return _LOOKUP.format(kind=kind, doc=doc, token=token, x=x, **fields)


_DOCUMENT_LOOKUPS = [
    "UNWIND $docs AS doc MATCH (d:Document {id: doc[0]}) "
    + _lookup_return("same", "d", doc="doc[0]"),
    "UNWIND $docs AS doc MATCH (d:Document {source: doc[1]}) WHERE d.id <> doc[0] "
    + _lookup_return("old", "d", doc="doc[0]"),
]
# A person is a candidate of a token among its name keys (graph/name_keys.py): FalkorDB
# answers `token IN p.name_keys` from its index on the list's elements. Neo4j indexes no list
# elements: there its TEXT index on `search` answers the CONTAINS, which every key satisfies
# (a key is a substring of the folded names), so both engines return the same people.
_PEOPLE_LOOKUPS = [
    f"UNWIND $tokens AS token MATCH (p:Person) WHERE token IN p.{name_keys.PROPERTY} "
    "AND p.search CONTAINS token "
    f"WITH token, collect(p)[..{PERSON_CAP}] AS found UNWIND found AS p "
    "WITH p, collect(token) AS tokens " + _lookup_return("person", "p", token="tokens", node=True),
    *(
        f"MATCH (n:{label.value}) WHERE n.id IN $ids " + _lookup_return("held", "n")
        for label in (Label.PERSON, Label.COUNTRY, Label.ORGANIZATION)
    ),
]


def document_lookups(*, documents: bool, people: bool) -> str:
    """One query for what ingest reads before resolving the people of a group of documents:
    their versions in the store ($docs) and/or the candidates of their name tokens and the
    new actor ids taken ($tokens, $ids)."""
    parts = (_DOCUMENT_LOOKUPS if documents else []) + (_PEOPLE_LOOKUPS if people else [])
    return " UNION ALL ".join(parts)


# EVENT_CANDIDATES for several events at once: $groups is a list of {i, ids}, at most
# EVENT_CAP events per group. Each id is its own `{id: pid}` match: FalkorDB answers that from
# the index on `id`, where `p.id IN g.ids` (a list read from a row) read every Person.
EVENT_CANDIDATES_MANY = f"""
UNWIND $groups AS g
UNWIND g.ids AS pid
MATCH (p:Person {{id: pid}})-[:PARTICIPATED_IN]->(e:Event)
WITH g.i AS i, e, collect(DISTINCT p.id) AS people
WITH i, collect([e, people])[..{EVENT_CAP}] AS found
UNWIND found AS f
WITH i, f[0] AS e, f[1] AS people
OPTIONAL MATCH (e)-[:HELD_IN]->(pl:Place)
RETURN i, e.id AS id, e.kind AS kind, e.date AS date, e.date_precision AS date_precision,
       e.host_country AS host_country, e.title AS title, pl.name AS place,
       pl.id AS place_id, people
"""

DOCUMENT_BY_ID = "MATCH (d:Document {id: $id}) RETURN d.id AS id"
DOCUMENTS_BY_SOURCE = "MATCH (d:Document {source: $source}) WHERE d.id <> $id RETURN d.id AS id"
FACTS_OF_DOCUMENT = """
MATCH (f)-[:REPORTED_IN]->(d:Document {id: $doc}) RETURN DISTINCT f.id AS id
"""
DROP_DOCUMENT_SOURCES = "MATCH (f)-[r:REPORTED_IN]->(d:Document {id: $doc}) DELETE r"
DROP_ORPHAN_FACTS = """
MATCH (f) WHERE f.id IN $ids AND (f:Event OR f:Agreement OR f:Person OR f:Organization)
  AND NOT (f)-[:REPORTED_IN]->(:Document)
DETACH DELETE f
"""
DROP_DOCUMENT = "MATCH (d:Document {id: $doc}) DETACH DELETE d"


def document_statement(replaced: dict[str, list[str]], batch: GraphBatch | Upserts) -> Statement:
    """Write the new batch of a document and remove its old versions (`replaced`: old
    document id -> the ids of its facts), all as ONE statement. On FalkorDB only a single
    query is rolled back when it fails (MULTI/EXEC keeps the statements that ran before a
    failing one), so a document is never half-written. The batch comes first: what can fail
    is writing it, and FalkorDB's rollback restores created nodes but not the relationships
    of nodes a DETACH DELETE removed earlier in the query. Facts the new version reports
    again keep their REPORTED_IN to it, so only the old version's own facts become orphans.
    The parts are chained with `WITH count(*)` (always one row) and the rows are positional,
    as in `batch_statement`; with nothing to replace it is `batch_statement`."""
    parts: list[str] = []
    params: dict = {}
    pairs = bilateral.params(upserts(batch), [i for ids in replaced.values() for i in ids])
    _around(parts, params, bilateral.mark_statement(pairs), "_mark")
    for i, (query, rows) in enumerate(_positional(batch)):
        params[f"rows{i}"] = rows
        parts.append(query.replace("$rows", f"$rows{i}", 1) + f" WITH count(*) AS _{i}")
    for j, (doc_id, fact_ids) in enumerate(replaced.items()):
        params[f"doc{j}"], params[f"ids{j}"] = doc_id, fact_ids
        for k, (query, _) in enumerate(replace_document_statements(doc_id, fact_ids)):
            renamed = query.strip().replace("$doc", f"$doc{j}").replace("$ids", f"$ids{j}")
            parts.append(f"{renamed} WITH count(*) AS _d{j}_{k}")
    _around(parts, params, bilateral.refresh_statement(pairs), "_pairs")
    if not parts:
        return "RETURN 0 AS done", {}
    return " ".join(parts) + " RETURN 0 AS done", params


def replace_document_statements(doc_id: str, fact_ids: list[str]) -> list[Statement]:
    """Statements that remove an old version of a document: its provenance, the facts no other
    document reports, and the Document node. Run in the same transaction as the new write."""
    return [
        (DROP_DOCUMENT_SOURCES, {"doc": doc_id}),
        (DROP_ORPHAN_FACTS, {"ids": fact_ids}),
        (DROP_DOCUMENT, {"doc": doc_id}),
    ]
