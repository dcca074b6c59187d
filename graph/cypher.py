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

# -- ingest: cross-document resolution and document replacement -------------------

PERSON_CANDIDATES = """
MATCH (p:Person) WHERE p.search CONTAINS $token
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.country AS country, p.titles AS titles
LIMIT 200
"""

EVENT_CANDIDATES = """
MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event) WHERE p.id IN $ids
WITH e, collect(DISTINCT p.id) AS people
OPTIONAL MATCH (e)-[:HELD_IN]->(pl:Place)
RETURN e.id AS id, e.kind AS kind, e.date AS date, e.date_precision AS date_precision,
       e.host_country AS host_country, e.title AS title, pl.name AS place, people
LIMIT 500
"""

AGREEMENT_CANDIDATES = """
MATCH (c:Country)-[:PARTY_TO]->(g:Agreement) WHERE c.id IN $codes
WITH g, collect(DISTINCT c.id) AS parties
RETURN g.id AS id, g.name AS name, g.status AS status, g.date AS date, parties
LIMIT 500
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


def replace_document_statements(doc_id: str, fact_ids: list[str]) -> list[Statement]:
    """Statements that remove an old version of a document: its provenance, the facts no other
    document reports, and the Document node. Run in the same transaction as the new write."""
    return [
        (DROP_DOCUMENT_SOURCES, {"doc": doc_id}),
        (DROP_ORPHAN_FACTS, {"ids": fact_ids}),
        (DROP_DOCUMENT, {"doc": doc_id}),
    ]
