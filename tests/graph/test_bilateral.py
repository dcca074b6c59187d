"""The (country pair, date) index of bilateral timelines stays what the graph says, on both
engines, through every kind of write: batches (`diplograph load` writes them), documents
written by ingest (with the replacement of an older version), a person's new country, a
new date; and a store written before the index gets it when it is opened."""

from __future__ import annotations

from itertools import combinations
from typing import Any

from graph import bilateral, cypher
from graph.model import (
    Agreement,
    Country,
    Document,
    Event,
    GraphBatch,
    Label,
    Person,
    RelRecord,
    RelType,
    date_key,
    node,
)
from graph.store import GraphStore

TRUTH_EVENTS = """
MATCH (e:Event)<-[:PARTICIPATED_IN]-(y)
RETURN e.id AS id, e.date AS date,
       collect(DISTINCT CASE WHEN y:Country THEN y.id ELSE y.country END) AS cs
"""
TRUTH_AGREEMENTS = """
MATCH (g:Agreement)<-[:PARTY_TO]-(c:Country)
RETURN g.id AS id, g.date AS date, collect(DISTINCT c.id) AS cs
"""
ENTRIES = (
    f"MATCH (x:{bilateral.LABEL}) WHERE x.key >= 0 "
    "RETURN x.key AS key, x.item AS item, x.date AS date, x.fact AS fact"
)


def truth(store: GraphStore) -> set[tuple[int, str, str | None]]:
    """The entries the index must hold, computed from the graph without it."""
    out = set()
    for kind, query in (("event", TRUTH_EVENTS), ("agreement", TRUTH_AGREEMENTS)):
        for r in store.read(query).rows:
            for a, b in combinations(sorted({c for c in r["cs"] if c}), 2):
                base = bilateral.pair_base(a, b)
                assert base is not None
                key = base + (date_key(r["date"]) or bilateral.UNDATED)
                out.add((key, f"{kind}:{r['id']}", r["date"]))
    return out


def entries(store: GraphStore) -> set[tuple[int, str, str | None]]:
    rows = store.read(ENTRIES).rows
    assert not store.read(f"MATCH (x:{bilateral.LABEL}) WHERE x.key = -2 RETURN x").rows
    assert all(r["item"].split(":", 1)[1] == r["fact"] for r in rows)
    found = [(r["key"], r["item"], r["date"]) for r in rows]
    assert len(found) == len(set(found)), "an entry twice"
    return set(found)


def person(pid: str, country: str | None) -> Any:
    return node(Label.PERSON, Person(id=pid, name=f"Name {pid}", country=country))


def took_part(actor: str, event: str, label: Label = Label.PERSON) -> RelRecord:
    return RelRecord(
        type=RelType.PARTICIPATED_IN, src_label=label, src=actor, dst_label=Label.EVENT, dst=event
    )


def party(country: str, agreement: str) -> RelRecord:
    return RelRecord(
        type=RelType.PARTY_TO,
        src_label=Label.COUNTRY,
        src=country,
        dst_label=Label.AGREEMENT,
        dst=agreement,
    )


def reported(fact: str, label: Label, doc: str) -> RelRecord:
    return RelRecord(
        type=RelType.REPORTED_IN, src_label=label, src=fact, dst_label=Label.DOCUMENT, dst=doc
    )


def base_batch() -> GraphBatch:
    """Three people of three countries, two states, three events (one undated) and an
    agreement between two states."""
    return GraphBatch(
        nodes=[
            node(Label.COUNTRY, Country(id="FR", name="Aland")),
            node(Label.COUNTRY, Country(id="JP", name="Borduria")),
            person("p-a", "FR"),
            person("p-b", "JP"),
            person("p-c", "DE"),
            node(Label.EVENT, Event(id="e1", date="2024-03-05")),
            node(Label.EVENT, Event(id="e2", date="2023")),
            node(Label.EVENT, Event(id="e3")),
            node(Label.AGREEMENT, Agreement(id="g1", name="Pact", date="2024-03")),
        ],
        rels=[
            took_part("p-a", "e1"),
            took_part("p-b", "e1"),
            took_part("p-c", "e1"),
            took_part("p-a", "e2"),
            took_part("JP", "e2", Label.COUNTRY),
            took_part("p-b", "e3"),
            took_part("p-c", "e3"),
            party("FR", "g1"),
            party("JP", "g1"),
        ],
    )


def test_pair_base_is_one_number_per_unordered_pair() -> None:
    assert bilateral.pair_base("FR", "JP") == bilateral.pair_base("jp", "fr")
    bases = {bilateral.pair_base(a, b) for a, b in combinations(["AA", "AB", "FR", "ZZ"], 2)}
    assert len(bases) == 6 and all(b is not None and b % bilateral.SPAN == 0 for b in bases)
    assert bilateral.pair_base("FR", "FR") is None
    assert bilateral.pair_base("F1", "JP") is None


def test_a_batch_writes_its_entries(store: GraphStore) -> None:
    store.write(base_batch())
    found = entries(store)
    assert found == truth(store)
    # e1: FR-JP, FR-DE, DE-JP; e2: FR-JP; e3 (undated): DE-JP; g1: FR-JP
    assert len(found) == 6
    fr_jp = bilateral.pair_base("FR", "JP")
    assert fr_jp is not None
    assert (fr_jp + 20230000, "event:e2", "2023") in found
    assert (bilateral.pair_base("DE", "JP") or 0) + bilateral.UNDATED in {k for k, _, _ in found}
    store.write(base_batch())  # idempotent
    assert entries(store) == truth(store)


def test_a_new_date_a_new_participant_and_a_new_country_are_followed(store: GraphStore) -> None:
    store.write(base_batch())
    store.write(GraphBatch(nodes=[node(Label.EVENT, Event(id="e3", date="2020-01-02"))]))
    store.write(GraphBatch(nodes=[person("p-d", "BR")], rels=[took_part("p-d", "e2")]))
    assert entries(store) == truth(store)
    # p-c moves from DE to KE: the entries of the events p-c took part in change
    store.write(GraphBatch(nodes=[person("p-c", "KE")]))
    found = entries(store)
    assert found == truth(store)
    assert not any(
        k // bilateral.SPAN * bilateral.SPAN == bilateral.pair_base("DE", "JP") for k, _, _ in found
    )
    # a person without a country, then with one
    store.write(GraphBatch(nodes=[person("p-e", None)], rels=[took_part("p-e", "e1")]))
    store.write(GraphBatch(nodes=[person("p-e", "MX")]))
    assert entries(store) == truth(store)
    assert any(
        k // bilateral.SPAN * bilateral.SPAN == bilateral.pair_base("FR", "MX")
        for k, _, _ in entries(store)
    )


def test_ingest_writes_and_replacement_remove_entries(store: GraphStore) -> None:
    store.write(GraphBatch(nodes=[person("p-a", "FR"), person("p-b", "JP")]))
    v1 = GraphBatch(
        nodes=[
            node(Label.DOCUMENT, Document(id="doc-1", source="https://example.org/a")),
            node(Label.EVENT, Event(id="e9", date="2025-07-01")),
            node(Label.EVENT, Event(id="e10", date="2025-07-02")),
            person("p-x", "DE"),
        ],
        rels=[
            took_part("p-a", "e9"),
            took_part("p-b", "e9"),
            took_part("p-x", "e10"),
            took_part("p-a", "e10"),
            reported("e9", Label.EVENT, "doc-1"),
            reported("e10", Label.EVENT, "doc-1"),
            reported("p-x", Label.PERSON, "doc-1"),
        ],
    )
    store.execute_write([cypher.document_statement({}, v1)])
    assert entries(store) == truth(store) and len(truth(store)) == 2
    # version 2 reports e9 only: e10 and p-x (reported by version 1 alone) go, and so do
    # their entries
    v2 = GraphBatch(
        nodes=[
            node(Label.DOCUMENT, Document(id="doc-2", source="https://example.org/a")),
            node(Label.EVENT, Event(id="e9", date="2025-07-01")),
        ],
        rels=[
            took_part("p-a", "e9"),
            took_part("p-b", "e9"),
            reported("e9", Label.EVENT, "doc-2"),
        ],
    )
    store.execute_write([cypher.document_statement({"doc-1": ["e9", "e10", "p-x"]}, v2)])
    assert store.read("MATCH (e:Event) RETURN e.id AS id").rows == [{"id": "e9"}]
    found = entries(store)
    assert found == truth(store) and len(found) == 1


def test_a_removed_participant_takes_its_entries(store: GraphStore) -> None:
    """An event reported by another document keeps going, without the person a replaced
    document alone reported."""
    store.write(GraphBatch(nodes=[person("p-a", "FR"), node(Label.DOCUMENT, Document(id="d0"))]))
    v1 = GraphBatch(
        nodes=[
            node(Label.DOCUMENT, Document(id="d1", source="s")),
            node(Label.EVENT, Event(id="e1", date="2025-01-01")),
            person("p-y", "JP"),
        ],
        rels=[
            took_part("p-a", "e1"),
            took_part("p-y", "e1"),
            reported("e1", Label.EVENT, "d1"),
            reported("e1", Label.EVENT, "d0"),
            reported("p-y", Label.PERSON, "d1"),
        ],
    )
    store.execute_write([cypher.document_statement({}, v1)])
    assert len(entries(store)) == 1
    v2 = GraphBatch(nodes=[node(Label.DOCUMENT, Document(id="d2", source="s"))])
    store.execute_write([cypher.document_statement({"d1": ["e1", "p-y"]}, v2)])
    assert store.read("MATCH (e:Event) RETURN e.id AS id").rows == [{"id": "e1"}]
    assert entries(store) == truth(store) == set()


def test_a_store_written_before_gets_the_index_when_opened(store: GraphStore) -> None:
    store.write(base_batch())
    expected = truth(store)
    store.execute_write([(f"MATCH (x:{bilateral.LABEL}) DELETE x", {})])
    assert entries(store) == set()
    bilateral.backfill(store, chunk=2)
    assert entries(store) == expected
    bilateral.backfill(store)  # done: nothing changes
    assert entries(store) == expected


def test_the_index_nodes_are_not_counted_nor_exported(store: GraphStore) -> None:
    store.write(base_batch())
    assert bilateral.LABEL not in store.counts().nodes
    labels = {r["label"] for r in store.read(cypher.ALL_NODES).rows}
    assert bilateral.LABEL not in labels
