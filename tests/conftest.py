"""Shared fixtures: real stores on both engines.

`store` is parametrized over the embedded FalkorDB and a real Neo4j (see tests/neo4j_server/);
each test gets an empty graph. The Neo4j parameter carries the `neo4j` mark, so
`python -m pytest -m "not neo4j"` runs everything on the embedded store alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from graph.falkor import EmbeddedFalkorStore
from graph.store import GraphStore, open_store

pytest_plugins = ["tests.neo4j_server.plugin"]


@pytest.fixture(scope="session")
def embedded_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedFalkorStore]:
    store = EmbeddedFalkorStore(str(tmp_path_factory.mktemp("falkor")))
    yield store
    store.close()


@pytest.fixture(scope="session")
def neo4j_store(neo4j_url: str) -> Iterator[GraphStore]:
    store = open_store(neo4j_url)
    yield store
    store.close()


@pytest.fixture(params=["falkordb", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """An empty store on each engine."""
    name = "embedded_store" if request.param == "falkordb" else "neo4j_store"
    s: GraphStore = request.getfixturevalue(name)
    s.reset()
    yield s


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # any test that reaches the Neo4j server (directly or through another fixture) is `neo4j`
    for item in items:
        if "neo4j_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.neo4j)
