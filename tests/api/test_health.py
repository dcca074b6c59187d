"""GET /health reads nothing of the graph (a ping); GET /stats counts, cached; both engines."""

from __future__ import annotations

import time

import httpx
import pytest

from diplograph.errors import QueryError
from graph.load import load_records
from graph.records import parse_data
from graph.store import GraphStore


def test_health_answers_without_reading_the_graph(
    api: httpx.Client, store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every graph read of this store fails from here on (what a huge or broken graph would
    do): /health still answers, /stats, which reads, does not."""
    reads: list[str] = []

    def failing_read(query: str, *args: object, **kwargs: object) -> None:
        reads.append(query)
        raise QueryError("a graph read was attempted")

    monkeypatch.setattr(store, "read", failing_read)
    for _ in range(3):
        r = api.get("/health")
        assert r.status_code == 200 and r.json() == {"status": "ok", "backend": store.backend}
    assert reads == []


def test_health_is_503_when_the_store_does_not_answer(
    api: httpx.Client, store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplograph.errors import StoreUnavailable

    def down() -> None:
        raise StoreUnavailable("the database does not answer")

    monkeypatch.setattr(store, "ping", down)
    r = api.get("/health")
    assert r.status_code == 503 and r.json()["code"] == "E102"


def test_stats_counts_are_cached_for_a_short_time(api: httpx.Client, store: GraphStore) -> None:
    first = api.get("/stats").json()
    time.sleep(0.01)
    load_records(
        store,
        parse_data({"events": [{"id": "ev-stats", "participants": ["p-durand", "p-sato"]}]}),
    )
    cached = api.get("/stats").json()
    if cached["age_s"] >= first["age_s"]:  # the same read, within the TTL
        assert cached["nodes"] == first["nodes"]
    else:  # the TTL ran out in between
        assert cached["nodes"]["Event"] == first["nodes"]["Event"] + 1
    assert {"Person", "Event", "Agreement", "Document"} <= set(first["nodes"])
    assert first["relationships"]["PARTICIPATED_IN"] >= 8
    assert all(v > 0 for v in first["nodes"].values())


def test_stats_read_again_after_the_ttl(store: GraphStore) -> None:
    from api.app import create_app
    from api.settings import Settings
    from tests.api.conftest import LiveServer
    from tests.fixture_graph import load_fixture

    load_fixture(store)
    server = LiveServer(create_app(store, Settings(stats_ttl_s=0.0)))
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            before = client.get("/stats").json()["nodes"]["Event"]
            load_records(
                store,
                parse_data({"events": [{"id": "ev-ttl", "participants": ["p-durand"]}]}),
            )
            assert client.get("/stats").json()["nodes"]["Event"] == before + 1
    finally:
        server.stop()


def test_store_counts_are_exact(store: GraphStore) -> None:
    from tests.fixture_graph import load_fixture

    load_fixture(store)
    counts = store.counts()
    assert counts.nodes["Person"] == 6 and counts.nodes["Event"] == 8
    assert counts.nodes["Country"] == 5 and counts.nodes["Agreement"] == 4
    by_hand = store.read("MATCH ()-[r:PARTICIPATED_IN]->() RETURN count(*) AS n").rows[0]["n"]
    assert counts.relationships["PARTICIPATED_IN"] == by_hand
