"""App wiring: endpoints off without a key, 503 when the store is down, lifespan ownership."""

from __future__ import annotations

import httpx

from api.app import create_app
from api.settings import Settings
from graph.falkor import EmbeddedFalkorStore
from tests.api.conftest import LiveServer, free_port


def test_cypher_and_documents_are_off_without_a_key(embedded_store: EmbeddedFalkorStore) -> None:
    server = LiveServer(create_app(embedded_store, Settings(api_key=None)))
    try:
        with httpx.Client(base_url=server.url) as c:
            r = c.post("/cypher", json={"query": "RETURN 1 AS x"}, headers={"X-API-Key": ""})
            assert r.status_code == 404 and "DIPLOGRAPH_API_KEY" in r.json()["detail"]
            assert c.post("/documents", json={"text": "x"}).status_code == 404
            assert c.get("/health").status_code == 200
    finally:
        server.stop()


def test_store_down_is_503_with_a_message() -> None:
    # nothing listens on this port: the store cannot be opened
    app = create_app(f"falkordb://127.0.0.1:{free_port()}", Settings(api_key=None))
    server = LiveServer(app)
    try:
        with httpx.Client(base_url=server.url) as c:
            for path in ("/health", "/actors", "/meetings", "/events/x"):
                r = c.get(path)
                assert r.status_code == 503, (path, r.text)
                assert "not available" in r.json()["detail"]
            assert c.get("/queries").status_code == 200  # listing saved queries needs no store
    finally:
        server.stop()


def test_app_owns_a_store_it_opens(tmp_path) -> None:
    app = create_app(f"embedded:{tmp_path}", Settings(api_key=None))
    server = LiveServer(app)
    try:
        with httpx.Client(base_url=server.url) as c:
            assert c.get("/health").json()["backend"] == "embedded"
        store = app.state.store_holder.store
        assert store is not None
    finally:
        server.stop()
    assert app.state.store_holder.store is None  # closed with the app
    assert not store.server.socket.exists()


def test_cypher_row_cap_and_paths_timeout_come_from_settings(
    embedded_store: EmbeddedFalkorStore,
) -> None:
    from tests.fixture_graph import load_fixture

    embedded_store.reset()
    load_fixture(embedded_store)
    settings = Settings(api_key="k", row_cap=2, paths_timeout_s=0.0)
    server = LiveServer(create_app(embedded_store, settings))
    try:
        with httpx.Client(base_url=server.url) as c:
            r = c.post(
                "/cypher",
                headers={"X-API-Key": "k"},
                json={"query": "MATCH (p:Person) RETURN p.id AS id ORDER BY id"},
            )
            assert r.status_code == 200
            assert r.json()["rows"] == [{"id": "p-durand"}, {"id": "p-mori"}]
            assert r.json()["truncated"] is True
            slow = c.get("/paths", params={"from": "p-mori", "to": "p-otieno"})
            assert slow.status_code == 504 and "max_hops" in slow.json()["detail"]
    finally:
        server.stop()
