"""The API gets its store back after the store's server went away (issue 10, item 5): a
kill -9 of the embedded server under `serve`, the exit of the process that owned a shared
embedded store, and a Neo4j killed and started again. Real processes, real SIGKILL."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from graph.embedded import EmbeddedServer
from graph.load import load_file
from graph.store import open_store
from tests.helpers import SAMPLE, Holder, servers_for, wait_until
from tests.processes import OwnNeo4j, Serve, wait_for_status

ACTORS = "/actors?limit=5"


def _actor_count(serve: Serve) -> int:
    response = serve.get(ACTORS)
    assert response.status_code == 200, response.text
    return int(response.json()["total"])


def test_the_api_restarts_an_embedded_server_killed_under_it(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    with open_store(f"embedded:{folder}") as store:
        load_file(store, SAMPLE)
    serve = Serve(f"embedded:{folder}", "--workers", "1")
    try:
        total = _actor_count(serve)
        pid = EmbeddedServer(folder).pid
        assert pid is not None and servers_for(folder) == [pid]
        os.kill(pid, signal.SIGKILL)
        seen = wait_for_status(serve, ACTORS, 200, timeout=60)
        assert seen[-1] == 200 and set(seen) <= {200, 503}
        assert _actor_count(serve) == total  # the same data, replayed from its file
        assert servers_for(folder) not in ([], [pid])
    finally:
        serve.stop()
    assert wait_until(lambda: servers_for(folder) == [], timeout=15)


def test_the_api_survives_the_exit_of_the_process_that_owned_its_store(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    holder = Holder(folder)  # started the server: `serve` only shares it
    serve = Serve(f"embedded:{folder}", "--workers", "1")
    try:
        assert _actor_count(serve) == 0
        holder.release()  # the owner closes: its server stops
        assert wait_until(lambda: holder.server_pid not in servers_for(folder), timeout=15)
        wait_for_status(serve, ACTORS, 200, timeout=60)
        assert len(servers_for(folder)) == 1  # `serve` started its own
    finally:
        if holder.proc.poll() is None:
            holder.kill()
        serve.stop()
    assert wait_until(lambda: servers_for(folder) == [], timeout=15)


@pytest.mark.neo4j
def test_the_api_reconnects_to_a_neo4j_killed_and_started_again(tmp_path: Path) -> None:
    neo = OwnNeo4j(tmp_path / "neo4j")
    serve = None
    try:
        with open_store(neo.url) as store:
            store.reset()
            load_file(store, SAMPLE)
        serve = Serve(neo.url, "--workers", "1")
        total = _actor_count(serve)
        neo.kill()
        down = serve.get(ACTORS)
        assert down.status_code == 503 and down.json()["code"] == "E102"
        neo.start()
        wait_for_status(serve, ACTORS, 200, timeout=60)
        assert _actor_count(serve) == total
    finally:
        if serve is not None:
            serve.stop()
        neo.stop()
