"""The store interface on every engine: idempotent atomic writes, read-only reads with a
timeout and a row cap, schema on first use."""

from __future__ import annotations

import time

import pytest

from diplograph.errors import DiplographError, QueryTimeout, ReadOnlyViolation
from graph.model import (
    Event,
    GraphBatch,
    Label,
    NodeRecord,
    Person,
    RelRecord,
    RelType,
    node,
)
from graph.store import GraphStore
from tests.helpers import NASTY

# 10^10 rows: no engine finishes this in the tests' lifetime, so only a timeout ends it.
ENDLESS = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n"
SLOWISH = "UNWIND range(1, 2000) AS a UNWIND range(1, 2000) AS b RETURN count(*) AS n"


def people(n: int, prefix: str = "p") -> GraphBatch:
    return GraphBatch(
        nodes=[node(Label.PERSON, Person(id=f"{prefix}{i}", name=f"N{i}")) for i in range(n)]
    )


def test_write_is_idempotent(store: GraphStore) -> None:
    batch = GraphBatch(
        nodes=[node(Label.PERSON, Person(id="p1", name="A")), node(Label.EVENT, Event(id="e1"))],
        rels=[
            RelRecord(
                type=RelType.PARTICIPATED_IN,
                src_label=Label.PERSON,
                src="p1",
                dst_label=Label.EVENT,
                dst="e1",
                props={"role": "host"},
            )
        ],
    )
    store.write(batch)
    store.write(batch)
    assert store.counts().nodes == {"Person": 1, "Event": 1}
    assert store.counts().relationships == {"PARTICIPATED_IN": 1}


def test_a_batch_may_name_a_node_twice(store: GraphStore) -> None:
    batch = people(3)
    batch.nodes.append(NodeRecord(label=Label.PERSON, id="p1", props={"name": "Later"}))
    store.write(batch)
    rows = store.read("MATCH (p:Person) RETURN p.id AS id, p.name AS name ORDER BY id").rows
    assert rows == [
        {"id": "p0", "name": "N0"},
        {"id": "p1", "name": "Later"},
        {"id": "p2", "name": "N2"},
    ]


def test_upsert_updates_properties(store: GraphStore) -> None:
    store.write(GraphBatch(nodes=[node(Label.PERSON, Person(id="p", name="Old", titles=["a"]))]))
    store.write(GraphBatch(nodes=[node(Label.PERSON, Person(id="p", name=NASTY, titles=[]))]))
    row = store.read("MATCH (p:Person {id: $id}) RETURN p.name AS name", {"id": "p"}).rows[0]
    assert row["name"] == NASTY


def test_any_text_round_trips(store: GraphStore) -> None:
    # FalkorDB gets rows as JSON text: quotes, backslashes, line breaks, control characters
    # (which JSON writes as \\u escapes, not read by FalkorDB), astral and separator
    # characters must come back as they were
    names = [NASTY, "tab\there\x01\x1f end", "Łódź 東京 😀 \u2028 \\u0041", ""]
    titles = [["a\\", '"q"'], []]
    nodes = [
        node(Label.PERSON, Person(id=f"p{i}", name=n or "x", titles=titles[i % 2]))
        for i, n in enumerate(names)
    ]
    store.write(GraphBatch(nodes=nodes))
    rows = store.read("MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.titles AS t").rows
    got = {r["id"]: (r["name"], r["t"]) for r in rows}
    assert got == {f"p{i}": (n or "x", titles[i % 2]) for i, n in enumerate(names)}


def test_a_failing_write_leaves_nothing(store: GraphStore) -> None:
    batch = people(50)
    # A map is not a valid property value on either engine. model_construct skips the
    # checks that normally keep such a value out, so the engine itself must refuse it,
    # after the statements for the 50 people have run.
    bad = NodeRecord.model_construct(label=Label.EVENT, id="e-bad", props={"x": {"nested": 1}})
    batch.nodes.append(bad)
    with pytest.raises(DiplographError):
        store.write(batch)
    assert store.counts().nodes == {}


def test_parameters_are_values_not_code(store: GraphStore) -> None:
    store.write(people(2))
    evil = "p0' OR 1=1 //"
    assert store.read("MATCH (p:Person {id: $id}) RETURN p.id AS id", {"id": evil}).rows == []


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (:Person {id: 'intruder'})",
        "MERGE (:Person {id: 'intruder'})",
        "MATCH (p:Person) SET p.name = 'changed'",
        "MATCH (p:Person) DETACH DELETE p",
        "MATCH (p:Person) REMOVE p.name",
    ],
)
def test_read_refuses_writes(store: GraphStore, query: str) -> None:
    store.write(people(3))
    before = store.read("MATCH (p:Person) RETURN p.id AS id, p.name AS name ORDER BY id").rows
    with pytest.raises(ReadOnlyViolation):
        store.read(query)
    after = store.read("MATCH (p:Person) RETURN p.id AS id, p.name AS name ORDER BY id").rows
    assert after == before


def test_read_times_out(store: GraphStore) -> None:
    started = time.monotonic()
    with pytest.raises(QueryTimeout):
        store.read(ENDLESS, timeout_s=0.2)
    assert time.monotonic() - started < 15  # the engine stopped it
    # a query within its timeout is not disturbed
    assert store.read(SLOWISH, timeout_s=60).rows == [{"n": 4_000_000}]


def test_row_cap_truncates_and_says_so(store: GraphStore) -> None:
    store.write(people(20))
    capped = store.read("MATCH (p:Person) RETURN p.id AS id ORDER BY id", row_cap=5)
    assert capped.truncated and len(capped.rows) == 5
    assert capped.columns == ["id"]
    full = store.read("MATCH (p:Person) RETURN p.id AS id", row_cap=20)
    assert not full.truncated and len(full.rows) == 20


def indexed_labels(store: GraphStore) -> set[str]:
    """Labels with an index on `id`, as the engine itself lists them."""
    if store.backend in ("embedded", "falkordb"):
        rows = store.read("CALL db.indexes() YIELD label, properties RETURN label, properties")
        return {r["label"] for r in rows.rows if "id" in r["properties"]}
    rows = store.read("SHOW INDEXES YIELD labelsOrTypes, properties, entityType")
    return {
        r["labelsOrTypes"][0]
        for r in rows.rows
        if r["entityType"] == "NODE" and r["properties"] == ["id"] and r["labelsOrTypes"]
    }


def test_every_label_has_an_id_index(store: GraphStore) -> None:
    store.write(people(1))
    assert indexed_labels(store) >= {label.value for label in Label}


def test_reset_empties_the_store(store: GraphStore) -> None:
    store.write(people(5))
    store.reset()
    assert store.counts().nodes == {} and store.counts().relationships == {}
