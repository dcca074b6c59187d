"""`diplograph status|load|export|reset` as a user runs them: a separate process on an
embedded store. After every command no server of that folder may remain."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
from pathlib import Path

import networkx as nx
import pytest

from tests.helpers import (
    SAMPLE,
    Holder,
    canonical,
    cli,
    servers_for,
    tricky_records,
    wait_until,
    write_json,
)


def run(folder: Path, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    """One CLI command on the embedded store in `folder`; it must leave no server behind."""
    result = cli("--db", f"embedded:{folder}", *args)
    if ok:
        assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert servers_for(folder) == [], f"a store process outlived `{' '.join(args)}`"
    return result


def exported(folder: Path) -> dict:
    return json.loads(run(folder, "export", "--format", "json").stdout)


def test_load_then_export_returns_every_field(tmp_path: Path) -> None:
    folder, raw = tmp_path / "db", tricky_records()
    out = run(folder, "load", str(write_json(tmp_path / "r.json", raw))).stdout
    assert "8 actors, 4 events, 3 agreements, 3 documents" in out
    assert canonical(exported(folder)) == canonical(raw)


def test_loading_twice_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    run(folder, "load", str(SAMPLE))

    def counts() -> str:  # the status table without the backend line (it names a pid)
        return run(folder, "status").stdout.split("\n", 1)[1]

    first_status, first_export = counts(), exported(folder)
    run(folder, "load", str(SAMPLE))
    assert counts() == first_status
    assert exported(folder) == first_export
    assert "total: 42 nodes, 83 relationships" in first_status


def test_status_of_an_empty_store(tmp_path: Path) -> None:
    out = run(tmp_path / "db", "status").stdout
    assert "backend: embedded" in out and "total: 0 nodes, 0 relationships" in out


def test_database_from_the_environment(tmp_path: Path) -> None:
    folder = tmp_path / "envdb"
    result = cli("load", str(SAMPLE), env={"DIPLOGRAPH_DB": f"embedded:{folder}"})
    assert result.returncode == 0, result.stderr
    assert servers_for(folder) == []
    assert "total: 42 nodes" in run(folder, "status").stdout


def test_export_to_files(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    run(folder, "load", str(SAMPLE))
    run(folder, "export", "--format", "json", "-o", str(tmp_path / "out.json"))
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert len(data["actors"]) == 18 and len(data["events"]) == 8
    run(folder, "export", "--format", "graphml", "-o", str(tmp_path / "g.graphml"))
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert g.number_of_nodes() == 42 and g.number_of_edges() == 83
    assert g.nodes["Person:anwar-sadat"]["name"] == "Anwar Sadat"
    assert list(tmp_path.glob("*.tmp")) == []
    bad = run(folder, "export", "-o", str(tmp_path / "missing-dir" / "x.json"), ok=False)
    assert bad.returncode == 2 and "cannot write" in bad.stderr


def test_reset_needs_yes(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    run(folder, "load", str(SAMPLE))
    refused = run(folder, "reset", ok=False)
    assert refused.returncode == 1 and "--yes" in refused.stdout
    assert "total: 42 nodes" in run(folder, "status").stdout
    run(folder, "reset", "--yes")
    assert "total: 0 nodes" in run(folder, "status").stdout


# -- a malformed file: clear message, non-zero exit, nothing of the file written ------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"actors": [\n  {"id": "x"\n  "type": "Person"}]}', "line 3, column 3: invalid JSON"),
        (
            {**tricky_records(), "events": [{"id": "ok"}, {"id": "x", "date": "2025-31-01"}]},
            "events[1] (id 'x').date",
        ),
        (
            {
                **tricky_records(),
                "events": [{"id": "e1", "participants": ["p-jose", "ghost"]}],
            },
            "events[0] (id 'e1').participants: unknown actor id 'ghost'",
        ),
    ],
    ids=["invalid-json", "bad-field", "unknown-actor"],
)
def test_a_bad_file_writes_nothing(tmp_path: Path, content: object, expected: str) -> None:
    folder = tmp_path / "db"
    run(folder, "load", str(SAMPLE))
    before = exported(folder)
    path = tmp_path / "bad.json"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        write_json(path, content)
    result = run(folder, "load", str(path), ok=False)
    assert result.returncode == 2
    assert expected in result.stderr and str(path) in result.stderr
    assert exported(folder) == before


# -- bad store URLs and folders: exit 2, one clear message, no traceback --------------


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("foo:bar", "[E101] unknown store URL scheme 'foo'"),
        ("./just-a-folder", "has no scheme"),
        ("falkordb://", "names no host"),
        ("falkordb://127.0.0.1:notaport", "[E101]"),
        (f"falkordb://127.0.0.1:{closed_port()}", "[E102] cannot reach FalkorDB at falkordb://"),
    ],
)
def test_bad_store_urls(url: str, expected: str) -> None:
    result = cli("--db", url, "status")
    assert result.returncode == 2, result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_a_data_folder_that_cannot_be_written(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    result = cli("--db", f"embedded:{tmp_path / 'file' / 'db'}", "status")
    assert result.returncode == 2
    assert "[E105] cannot use data folder" in result.stderr and "Traceback" not in result.stderr


# -- durability and the shared server ------------------------------------------------


def test_sigkill_after_load_loses_nothing(tmp_path: Path) -> None:
    """A long-running process holds the store; `load` runs beside it and reports success;
    then the server is killed with SIGKILL. The next start has everything."""
    folder, raw = tmp_path / "db", tricky_records()
    holder = Holder(folder)
    try:
        out = cli("--db", f"embedded:{folder}", "status")
        assert "shared" in out.stdout, out.stdout  # the second process shares the server
        loaded = cli(
            "--db", f"embedded:{folder}", "load", str(write_json(tmp_path / "r.json", raw))
        )
        assert loaded.returncode == 0, loaded.stderr
        assert servers_for(folder) == [holder.server_pid]  # the CLI left the owner's server
        pid = int((folder / "falkordb.pid").read_text())
        assert pid == holder.server_pid
        os.kill(pid, signal.SIGKILL)
        assert wait_until(lambda: servers_for(folder) == [])
    finally:
        holder.kill()
    assert canonical(exported(folder)) == canonical(raw)
