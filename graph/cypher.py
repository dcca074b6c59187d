"""All Cypher that diplograph's own code runs on both engines lives here.

Labels and relationship types cannot be query parameters in Cypher; they are only ever
taken from the `Label` / `RelType` enums, never from user input. Every value is a parameter.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from graph.model import GraphBatch, Label, RelType

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


def batch_statements(batch: GraphBatch, chunk: int = 5000) -> Iterator[Statement]:
    """The statements that write a batch: nodes by label first, then relationships grouped
    by (type, source label, target label). Rows are chunked to keep messages small."""
    nodes: dict[Label, list[dict]] = defaultdict(list)
    for n in batch.nodes:
        nodes[n.label].append({"id": n.id, "props": n.props})
    for label, rows in nodes.items():
        for i in range(0, len(rows), chunk):
            yield upsert_nodes(label), {"rows": rows[i : i + chunk]}
    rels: dict[tuple[RelType, Label, Label], list[dict]] = defaultdict(list)
    for r in batch.rels:
        rels[(r.type, r.src_label, r.dst_label)].append(
            {"src": r.src, "dst": r.dst, "key": r.key, "props": r.props}
        )
    for (rel, src, dst), rows in rels.items():
        for i in range(0, len(rows), chunk):
            yield upsert_rels(rel, src, dst), {"rows": rows[i : i + chunk]}


COUNT_LABELS = "MATCH (n) RETURN labels(n)[0] AS label, count(n) AS count"
COUNT_RELS = "MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS count"
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
OPTIONAL MATCH (e)-[:HELD_IN]->(p:Place)
RETURN e.id AS id, e.kind AS kind, e.date AS date, e.date_precision AS date_precision,
       e.title AS title, p.name AS place
ORDER BY id
"""

EXPORT_PARTICIPANTS = """
MATCH (a)-[r:PARTICIPATED_IN]->(e:Event)
RETURN e.id AS event, a.id AS actor, r.role AS role
ORDER BY event, actor
"""

EXPORT_AGREEMENTS = """
MATCH (g:Agreement)
OPTIONAL MATCH (g)-[:CONCLUDED_AT]->(e:Event)
RETURN g.id AS id, g.name AS name, g.kind AS kind, g.status AS status, g.date AS date,
       g.date_precision AS date_precision, g.topics AS topics, e.id AS event
ORDER BY id
"""

EXPORT_PARTIES = """
MATCH (a)-[:PARTY_TO]->(g:Agreement) RETURN g.id AS agreement, a.id AS actor ORDER BY agreement, actor
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

ACTOR_TYPES = "MATCH (n) WHERE n.id IN $ids AND (n:Person OR n:Country OR n:Organization) RETURN n.id AS id"
DOCUMENT_IDS = "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id"

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
