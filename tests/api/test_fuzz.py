"""No request may produce a 5xx (other than a query past its timeout, 504): schemathesis
generates requests from /openapi.json and sends them to the app over the fixture graph on the
embedded store. POST /documents runs the real extraction pipeline on random text, so it gets
fewer examples to keep this file well under a minute."""

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


def check(case: schemathesis.Case) -> None:
    # the key lets /cypher and /documents run their inputs; writes must come back 4xx
    response = case.call(headers={"X-API-Key": API_KEY}, timeout=30)
    assert response.status_code < 500 or response.status_code == 504, (
        f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:500]}"
    )
    content_type = (response.headers.get("content-type") or [""])[0]
    assert content_type.startswith(("application/json", "text/html"))


@schema.exclude(path="/documents", method="POST").parametrize()
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_request_gets_a_500(case: schemathesis.Case) -> None:
    check(case)


@schema.include(path="/documents", method="POST").parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_document_post_gets_a_500(case: schemathesis.Case) -> None:
    check(case)
