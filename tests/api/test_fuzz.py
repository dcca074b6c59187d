"""No request may produce a 500: schemathesis generates requests from /openapi.json and sends
them to a live server over the fixture graph on the embedded store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from api.app import create_app
from api.deps import StoreHolder
from api.settings import Settings
from graph.falkor import EmbeddedFalkorStore
from graph.store import open_store
from tests.api.conftest import API_KEY
from tests.fixture_graph import load_fixture

# the store is handed in by the fixture below, before the first request
app = create_app(lambda: open_store("unused:"), Settings(api_key=API_KEY))
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.fixture(scope="module", autouse=True)
def _fixture_graph(embedded_store: EmbeddedFalkorStore) -> Iterator[None]:
    embedded_store.reset()
    load_fixture(embedded_store)
    # an open store handed in: the app uses it and leaves closing it to its owner
    app.state.store_holder = StoreHolder(None, embedded_store)
    yield


@schema.parametrize()
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_request_gets_a_500(case: schemathesis.Case) -> None:
    # the key lets /cypher and /documents run their inputs; writes must come back 4xx
    response = case.call(headers={"X-API-Key": API_KEY}, timeout=30)
    assert response.status_code < 500 or response.status_code in (501, 503, 504), (
        f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:500]}"
    )
    if response.status_code == 503:
        assert "ingest pipeline" in response.text  # the only expected 503 here
    content_type = (response.headers.get("content-type") or [""])[0]
    assert content_type.startswith(("application/json", "text/html"))
