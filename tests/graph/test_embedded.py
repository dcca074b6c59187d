"""The embedded FalkorDB server: its life follows its owner, a second process shares it,
crashes lose nothing acknowledged, and leftovers of a crash are cleaned up."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

from diplograph.errors import StoreDataDirError, StoreLocked
from graph import cypher
from graph.embedded import PIDFILE, SOCKET
from graph.falkor import EmbeddedFalkorStore
from graph.load import load_file
from graph.model import GraphBatch, Label, Person, node
from graph.records import export_json
from tests.helpers import Holder, servers_for, tricky_records, wait_until, write_json


def test_first_use_creates_an_id_index_for_every_label(tmp_path: Path) -> None:
    with EmbeddedFalkorStore(str(tmp_path / "db")) as store:
        assert store.indexed() >= {(label.value, "id") for label in Label}


def test_close_stops_the_server_and_removes_its_files(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    store = EmbeddedFalkorStore(str(folder))
    assert store.server.owned
    assert servers_for(folder) == [store.server.pid]
    assert (folder / SOCKET).exists() and (folder / PIDFILE).exists()
    store.close()
    assert servers_for(folder) == []
    assert not (folder / SOCKET).exists() and not (folder / PIDFILE).exists()


def test_a_second_process_shares_the_running_server(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    holder = Holder(folder)
    try:
        assert holder.owner
        with EmbeddedFalkorStore(str(folder)) as second:
            assert not second.server.owned
            assert second.server.pid == holder.server_pid
            assert "shared" in second.describe()
            second.write(GraphBatch(nodes=[node(Label.PERSON, Person(id="p", name="P"))]))
        # the second process closed: the owner's server keeps running, data and all
        assert servers_for(folder) == [holder.server_pid]
        with EmbeddedFalkorStore(str(folder)) as third:
            assert third.counts().nodes == {"Person": 1}
    finally:
        holder.release()
    assert servers_for(folder) == []


def test_the_server_dies_with_its_owner(tmp_path: Path) -> None:
    """PR_SET_PDEATHSIG: SIGKILL of the owning Python process still stops the server."""
    folder = tmp_path / "db"
    holder = Holder(folder)
    assert servers_for(folder) == [holder.server_pid]
    holder.kill()
    assert wait_until(lambda: servers_for(folder) == [], timeout=15)
    with EmbeddedFalkorStore(str(folder)) as store:  # and the folder is usable again
        assert store.server.owned


def test_leftovers_of_a_crash_are_recovered_and_nothing_is_lost(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    holder = Holder(folder)
    with EmbeddedFalkorStore(str(folder)) as shared:
        load_file(shared, write_json(tmp_path / "r.json", tricky_records()))
        before = export_json(shared)
    os.kill(holder.server_pid, signal.SIGKILL)  # the server first, so nothing cleans up
    holder.kill()
    assert wait_until(lambda: servers_for(folder) == [])
    assert (folder / SOCKET).exists() and (folder / PIDFILE).exists()  # stale leftovers
    with EmbeddedFalkorStore(str(folder)) as store:
        assert store.server.owned
        assert export_json(store) == before


def test_a_pid_file_naming_another_process_is_stale(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    (folder / PIDFILE).write_text(str(os.getpid()))  # alive, but not a server
    (folder / SOCKET).write_text("not a socket")
    with EmbeddedFalkorStore(str(folder)) as store:
        assert store.server.owned and store.counts().nodes == {}


def test_a_live_server_that_does_not_answer_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    holder = Holder(folder)
    os.kill(holder.server_pid, signal.SIGSTOP)
    try:
        with pytest.raises(StoreLocked) as info:
            EmbeddedFalkorStore(str(folder))
        assert f"held by process {holder.server_pid}" in str(info.value)
        assert f"kill {holder.server_pid}" in str(info.value)
    finally:
        os.kill(holder.server_pid, signal.SIGCONT)
        holder.release()
    assert servers_for(folder) == []


def test_a_multi_statement_write_survives_sigkill(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    store = EmbeddedFalkorStore(str(folder))
    batch = GraphBatch(nodes=[node(Label.PERSON, Person(id=f"p{i}", name="x")) for i in range(300)])
    store.execute_write(list(cypher.batch_statements(batch, chunk=100)))  # MULTI/EXEC of 3
    store.execute_write([("MATCH (p:Person {id: 'p7'}) SET p.name = $n", {"n": "seven"})])
    assert store.server.proc is not None
    store.server.proc.kill()
    store.server.proc.wait()
    store.server.proc = None
    store.close()
    with EmbeddedFalkorStore(str(folder)) as again:
        assert again.counts().nodes == {"Person": 300}
        rows = again.read("MATCH (p:Person {id: 'p7'}) RETURN p.name AS n").rows
        assert rows == [{"n": "seven"}]


def test_a_server_started_off_the_main_thread_outlives_that_thread(tmp_path: Path) -> None:
    """PR_SET_PDEATHSIG follows the thread that forked: a worker thread's exit must not
    stop the server (web servers open stores in worker threads)."""
    folder = tmp_path / "db"
    opened: list[EmbeddedFalkorStore] = []
    worker = threading.Thread(target=lambda: opened.append(EmbeddedFalkorStore(str(folder))))
    worker.start()
    worker.join()
    store = opened[0]
    try:
        assert not wait_until(lambda: servers_for(folder) == [], timeout=1.5)
        assert store.counts().nodes == {}
    finally:
        store.close()
    assert servers_for(folder) == []


def test_a_data_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StoreDataDirError, match="cannot use data folder"):
        EmbeddedFalkorStore(str(blocker / "db"))


def test_a_data_folder_path_too_long_for_a_socket(tmp_path: Path) -> None:
    with pytest.raises(StoreDataDirError, match="too long for a unix socket"):
        EmbeddedFalkorStore(str(tmp_path / ("x" * 120)))
