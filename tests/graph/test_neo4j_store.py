"""Neo4jStore against a real Neo4j 5.26 (tests/neo4j_server/): errors, read-only reads,
timeouts, row caps, schema, and rows shaped exactly like FalkorDB's."""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from diplograph.errors import (
    QueryError,
    QueryTimeout,
    ReadOnlyViolation,
    StoreAuthError,
    StoreUnavailable,
    StoreURLError,
    WriteFailed,
)
from graph import cypher
from graph.export import graph_to_networkx
from graph.model import Event, GraphBatch, Label, Person, RelRecord, RelType, node
from graph.neo4j_store import Neo4jStore, named_upserts, redact
from graph.records import export_records, load_file
from graph.store import GraphStore, open_store

# 10^8 rows from two small lists: long enough to hit any sub-second timeout on both engines
SLOW_QUERY = "UNWIND range(1, 10000) AS a UNWIND range(1, 10000) AS b RETURN count(*) AS n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def neo(neo4j_store: GraphStore) -> Iterator[GraphStore]:
    neo4j_store.reset()
    yield neo4j_store


def sample_batch() -> GraphBatch:
    return GraphBatch(
        nodes=[
            node(Label.PERSON, Person(id="p-ana", name="Ana Example", titles=["Envoy"])),
            node(Label.EVENT, Event(id="e-talks", kind="talks", date="2025-03")),
        ],
        rels=[
            RelRecord(
                type=RelType.PARTICIPATED_IN,
                src_label=Label.PERSON,
                src="p-ana",
                dst_label=Label.EVENT,
                dst="e-talks",
                props={"role": "guest"},
            )
        ],
    )


# -- connecting ----------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["bolt", "neo4j"])
def test_unreachable_server_names_the_url(scheme: str) -> None:
    port = free_port()  # closed again: nothing listens there
    with pytest.raises(StoreUnavailable) as err:
        open_store(f"{scheme}://neo4j:s3cret-pw@127.0.0.1:{port}")
    assert f"127.0.0.1:{port}" in err.value.message
    assert "s3cret-pw" not in str(err.value)


@pytest.mark.neo4j
def credentials(url: str) -> tuple[str, str]:
    """User and password of the test server (URL first, then the environment)."""
    u = urlparse(url)
    user = u.username or os.environ.get("DIPLOGRAPH_NEO4J_USER", "neo4j")
    password = u.password or os.environ.get("DIPLOGRAPH_NEO4J_PASSWORD")
    if not password:
        pytest.skip("this Neo4j runs without authentication")
    return user, password


@pytest.mark.neo4j
def test_wrong_password_is_an_auth_error(neo4j_url: str) -> None:
    user, _ = credentials(neo4j_url)
    u = urlparse(neo4j_url)
    with pytest.raises(StoreAuthError) as err:
        open_store(f"{u.scheme}://{user}:not-the-password@{u.netloc.rpartition('@')[2]}")
    assert "not-the-password" not in str(err.value)
    assert "DIPLOGRAPH_NEO4J_PASSWORD" in (err.value.hint or "")


@pytest.mark.neo4j
def test_credentials_from_environment(neo4j_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    user, password = credentials(neo4j_url)
    u = urlparse(neo4j_url)
    monkeypatch.setenv("DIPLOGRAPH_NEO4J_USER", user)
    monkeypatch.setenv("DIPLOGRAPH_NEO4J_PASSWORD", password)
    with open_store(f"{u.scheme}://{u.netloc.rpartition('@')[2]}") as s:
        assert s.read("RETURN 1 AS one").rows == [{"one": 1}]
        assert password not in s.describe()


@pytest.mark.neo4j
def test_database_from_url_path(neo4j_url: str) -> None:
    with open_store(f"{neo4j_url}/neo4j") as s:
        assert isinstance(s, Neo4jStore) and s.database == "neo4j"
        assert s.read("RETURN 2 AS two").rows == [{"two": 2}]
    with pytest.raises(StoreUnavailable, match="no database 'nosuchdb'"):
        open_store(f"{neo4j_url}/nosuchdb")


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("bolt://db.example:port", "Port could not be cast"),
        ("bolt://u:hidden-pw@db.example:99999", "out of range"),
        ("neo4j://:7687", "names no host"),
    ],
)
def test_bad_url_is_a_url_error(url: str, fragment: str) -> None:
    with pytest.raises(StoreURLError, match=fragment) as err:
        open_store(url)
    assert "hidden-pw" not in str(err.value)


def test_redact_hides_only_the_password() -> None:
    assert redact("bolt://bob:pw@db.example:7687/x") == "bolt://bob:***@db.example:7687/x"
    assert redact("neo4j://db.example:7687") == "neo4j://db.example:7687"


# -- reads -----------------------------------------------------------------------------


@pytest.mark.neo4j
def test_read_rejects_writes_and_changes_nothing(neo: GraphStore) -> None:
    neo.write(sample_batch())
    before = neo.counts()
    for query in (
        "CREATE (n:Person {id: 'intruder'}) RETURN n",
        "MATCH (n:Person) SET n.name = 'changed'",
        "MATCH (n) DETACH DELETE n",
        "CREATE INDEX extra IF NOT EXISTS FOR (n:Place) ON (n.name)",
    ):
        with pytest.raises(ReadOnlyViolation):
            neo.read(query)
    assert neo.counts() == before
    assert neo.read("MATCH (n:Person) RETURN n.name AS name").rows == [{"name": "Ana Example"}]


@pytest.mark.neo4j
def test_read_timeout(neo: GraphStore) -> None:
    start = time.monotonic()
    with pytest.raises(QueryTimeout, match="longer than 0.5 s"):
        neo.read(SLOW_QUERY, timeout_s=0.5)
    assert time.monotonic() - start < 15  # the server stopped it, not the query's end


@pytest.mark.neo4j
def test_row_cap(neo: GraphStore) -> None:
    neo.write(GraphBatch(nodes=[node(Label.EVENT, Event(id=f"e{i:02}")) for i in range(25)]))
    query = "MATCH (e:Event) RETURN e.id AS id ORDER BY id"
    capped = neo.read(query, row_cap=10)
    assert capped.truncated and [r["id"] for r in capped.rows] == [f"e{i:02}" for i in range(10)]
    exact = neo.read(query, row_cap=25)
    assert not exact.truncated and len(exact.rows) == 25
    big = neo.read("UNWIND range(1, 1000000) AS x RETURN x", row_cap=3)
    assert big.truncated and big.rows == [{"x": 1}, {"x": 2}, {"x": 3}]


@pytest.mark.neo4j
def test_bad_query_is_a_query_error(neo: GraphStore) -> None:
    with pytest.raises(QueryError, match="Neo4j rejected the query"):
        neo.read("MATCH (n RETURN n")
    with pytest.raises(QueryError):
        neo.read("RETURN $missing AS x")


# -- writes and schema -----------------------------------------------------------------


@pytest.mark.neo4j
def test_schema_has_a_unique_id_per_label(neo: GraphStore) -> None:
    neo.write(sample_batch())
    rows = neo.read(
        "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties "
        "WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties AS props"
    ).rows
    assert {r["label"] for r in rows if r["props"] == ["id"]} >= {label.value for label in Label}


@pytest.mark.neo4j
def test_write_is_all_or_nothing(neo: GraphStore) -> None:
    neo.ensure_schema()
    statements = [
        ("CREATE (:Person {id: $id})", {"id": "p-twice"}),
        ("CREATE (:Event {id: 'e-ok'})", {}),
        ("CREATE (:Person {id: $id})", {"id": "p-twice"}),  # breaks the uniqueness constraint
    ]
    with pytest.raises(WriteFailed, match="Neo4j rejected a write"):
        neo.execute_write(statements)
    assert neo.counts().nodes == {}


def _operators(plan: dict) -> set[str]:
    return {plan["operatorType"].split("@")[0]}.union(
        *(_operators(c) for c in plan.get("children", []))
    )


@pytest.mark.neo4j
def test_upserts_name_their_properties_and_plan_no_eager(neo: GraphStore) -> None:
    """The shared `SET n += r.props` becomes one SET per property, rows grouped by their
    property names: Neo4j then plans no Eager (which holds every row of a chunk first)."""
    batch = sample_batch()
    batch.nodes.append(node(Label.PERSON, Person(id="p-bo", name="Bo Example")))
    statements = list(named_upserts(cypher.batch_statements(batch)))
    assert all("+=" not in q for q, _ in statements)
    assert any("SET x.role = r.props.role" in q for q, _ in statements)
    assert isinstance(neo, Neo4jStore)
    neo.ensure_schema()
    with neo.driver.session() as session:
        for query, params in statements:
            plan = session.run("EXPLAIN " + query, params).consume().plan
            assert plan is not None and "Eager" not in _operators(dict(plan)), query
    # anything else passes through unchanged
    other = ("MATCH (n {id: $id}) SET n += $props", {"id": "x", "props": {}})
    assert list(named_upserts([other])) == [other]


@pytest.mark.neo4j
def test_named_upserts_write_what_the_map_form_writes(neo: GraphStore) -> None:
    batch = sample_batch()
    batch.nodes[1].props["title"] = "Talks on fisheries"
    neo.write(batch)
    # a null removes a property, an absent one is kept, as with `SET n += r.props`
    again = GraphBatch(nodes=[node(Label.EVENT, Event(id="e-talks", kind="meeting"))])
    del again.nodes[0].props["title"]
    neo.write(again)
    row = neo.read("MATCH (e:Event {id: 'e-talks'}) RETURN e AS e").rows[0]["e"]
    assert row["kind"] == "meeting" and row["title"] == "Talks on fisheries"
    assert "date" not in row and "date_key" not in row
    rel = neo.read("MATCH ()-[r:PARTICIPATED_IN]->() RETURN r.role AS role").rows
    assert rel == [{"role": "guest"}]


# -- same rows on both engines ---------------------------------------------------------


@pytest.mark.neo4j
def test_rows_match_falkordb(neo: GraphStore, embedded_store: GraphStore) -> None:
    embedded_store.reset()
    query = (
        "MATCH p = (a:Person {id: $id})-[r:PARTICIPATED_IN]->(e:Event) "
        "RETURN a, r, p, e.date AS date, [a.name, 1, 2.5, true, null] AS mixed"
    )
    results = []
    for s in (neo, embedded_store):
        s.write(sample_batch())
        results.append(s.read(query, {"id": "p-ana"}))
    on_neo4j, on_falkor = results
    assert on_neo4j.columns == on_falkor.columns
    assert on_neo4j.rows == on_falkor.rows
    row = on_neo4j.rows[0]
    assert row["a"]["labels"] == ["Person"] and row["a"]["name"] == "Ana Example"
    assert row["r"] == {"type": "PARTICIPATED_IN", "key": row["r"]["key"], "role": "guest"}
    assert [n["id"] for n in row["p"]["nodes"]] == ["p-ana", "e-talks"]


# -- the shared Cypher of graph/cypher.py on both engines --------------------------------

RECORDS = {
    "actors": [
        {
            "id": "p-mira",
            "type": "Person",
            "name": "Mira Testova",
            "country": "BG",
            "titles": ["Foreign Minister"],
            "aliases": ["M. Testova"],
        },
        {"id": "p-olav", "type": "Person", "name": "Olav Probe", "country": "NO"},
        {
            "id": "o-fish",
            "type": "Organization",
            "name": "Joint Fisheries Board",
            "kind": "committee",
            "country": "NO",
        },
        {"id": "NO", "type": "Country", "name": "Norway"},
    ],
    "events": [
        {
            "id": "e-oslo",
            "kind": "visit",
            "date": "2024-05-14",
            "place": "Oslo",
            "participants": ["p-mira", "p-olav"],
            "roles": {"p-olav": "host"},
            "sources": [
                {
                    "document": "d-one",
                    "quote": "The two ministers met in Oslo.",
                    "start": 10,
                    "end": 40,
                    "rule": "test",
                    "confidence": 0.9,
                }
            ],
        },
    ],
    "agreements": [
        {
            "id": "g-fish",
            "name": "Fisheries memorandum",
            "kind": "mou",
            "status": "signed",
            "date": "2024-05",
            "topics": ["fisheries"],
            "parties": ["NO", "o-fish"],
            "signatories": ["p-olav"],
            "event": "e-oslo",
            "sources": [{"document": "d-one"}],
        },
    ],
    "documents": [
        {
            "id": "d-one",
            "title": "Ministers meet",
            "source": "samples/one.txt",
            "published": "2024-05-15",
        },
    ],
}


@pytest.mark.neo4j
def test_load_and_export_agree_across_engines(
    neo: GraphStore, embedded_store: GraphStore, tmp_path: Path
) -> None:
    path = tmp_path / "records.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    embedded_store.reset()
    exports, graphs = [], []
    for s in (neo, embedded_store):
        load_file(s, path)
        load_file(s, path)  # idempotent
        exports.append(export_records(s).model_dump())
        graphs.append(graph_to_networkx(s))
    on_neo4j, on_falkor = exports
    assert on_neo4j == on_falkor
    assert [a["id"] for a in on_neo4j["actors"]] == ["BG", "NO", "o-fish", "p-mira", "p-olav"]
    event = on_neo4j["events"][0]
    assert event["participants"] == ["p-mira", "p-olav"] and event["place"] == "Oslo"
    assert on_neo4j["agreements"][0]["parties"] == ["NO", "o-fish"]
    g_neo, g_falkor = graphs
    assert sorted(g_neo.nodes) == sorted(g_falkor.nodes)
    assert sorted(g_neo.edges(data="type")) == sorted(g_falkor.edges(data="type"))
