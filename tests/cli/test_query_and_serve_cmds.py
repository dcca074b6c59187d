"""`diplograph query ...` and `diplograph serve` as a user runs them (real processes)."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from graph.store import GraphStore
from tests.api.conftest import free_port
from tests.fixture_graph import load_fixture

ROOT = Path(__file__).resolve().parents[2]


def diplograph(*args: str, db: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "diplograph", "--db", db, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COLUMNS": "200"},
    )


def test_query_list_show_run(store: GraphStore, request: pytest.FixtureRequest) -> None:
    load_fixture(store)
    # the store's own url hides the Neo4j password; the command needs the real one
    url = store.url if store.url.startswith("embedded:") else request.getfixturevalue("neo4j_url")
    listing = diplograph("query", "list", db=url)
    assert listing.returncode == 0 and "meetings_between" in listing.stdout
    shown = diplograph("query", "show", "meetings_between", db=url)
    assert (
        shown.returncode == 0 and "--param a=<string>" in shown.stdout and "MATCH" in shown.stdout
    )
    ran = diplograph(
        "query",
        "run",
        "meetings_between",
        "--param",
        "a=p-durand",
        "--param",
        "b=p-sato",
        "--param",
        "since=2024-06",
        "--format",
        "json",
        db=url,
    )
    assert ran.returncode == 0, ran.stderr
    assert [r["event"] for r in json.loads(ran.stdout)] == ["ev-nairobi-2025", "ev-tokyo-2024"]
    as_csv = diplograph(
        "query",
        "run",
        "frequent_counterparts",
        "-p",
        "actor=p-sato",
        "-p",
        "limit=2",
        "-f",
        "csv",
        db=url,
    )
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [(r["id"], r["events"]) for r in rows] == [("p-durand", "3"), ("p-weber", "2")]
    table = diplograph(
        "query", "run", "first_last_contact", "-p", "a=p-durand", "-p", "b=p-sato", db=url
    )
    assert "2024-03-12" in table.stdout and "1 row(s)" in table.stdout


def test_query_errors_exit_2_naming_the_parameter(tmp_path: Path) -> None:
    db = f"embedded:{tmp_path}"
    bad = diplograph(
        "query", "run", "frequent_counterparts", "-p", "limit=ten", "-p", "zz=1", db=db
    )
    assert bad.returncode == 2
    assert "limit" in bad.stderr and "zz" in bad.stderr and "actor" in bad.stderr
    unknown = diplograph("query", "run", "../../etc/passwd", db=db)
    assert unknown.returncode == 2 and "not a valid query name" in unknown.stderr
    missing = diplograph("query", "show", "no_such_query", db=db)
    assert missing.returncode == 2 and "meetings_between" in missing.stderr  # lists known ones


def test_serve_runs_the_api_and_stops_the_embedded_store(tmp_path: Path) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "diplograph",
            "serve",
            "--port",
            str(port),
            "--db",
            f"embedded:{tmp_path}",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "DIPLOGRAPH_API_KEY"},
    )
    try:
        deadline = time.monotonic() + 300  # two workers by default: slow on a busy machine
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
                assert time.monotonic() < deadline, "serve did not come up"
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["backend"] == "embedded"
        assert (tmp_path / "falkordb.sock").exists()  # the embedded store runs with the server
        assert (
            httpx.post(f"http://127.0.0.1:{port}/cypher", json={"query": "RETURN 1"}).status_code
            == 404
        )
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(30)
    deadline = time.monotonic() + 10
    while (tmp_path / "falkordb.sock").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not (tmp_path / "falkordb.sock").exists()  # and stops with it


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(stat[1]) == pid and stat[0] != "Z":
            found.append(int(entry.name))
    return found


def test_serve_workers_share_one_embedded_server_and_recover_together(tmp_path: Path) -> None:
    """`serve --workers 2`: two worker processes, one store server started by `serve` itself
    (each worker a client of it); after a kill -9 of that server every worker answers again;
    and the server stops with `serve`."""
    from tests.helpers import servers_for, wait_until
    from tests.processes import Serve, wait_for_status

    folder = tmp_path / "db"
    serve = Serve(f"embedded:{folder}", "--workers", "2")
    try:
        [server] = servers_for(folder)
        children = _children(serve.proc.pid)
        assert server in children
        workers = [p for p in children if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()]
        assert len(workers) == 2, children
        for _ in range(10):
            assert serve.get("/actors?limit=1").status_code == 200
        os.kill(server, signal.SIGKILL)
        wait_for_status(serve, "/actors?limit=1", 200, timeout=60)
        deadline = time.monotonic() + 60
        ok_in_a_row = 0
        while ok_in_a_row < 20:  # both workers have reconnected
            assert time.monotonic() < deadline, "not every worker came back"
            ok_in_a_row = ok_in_a_row + 1 if serve.get("/actors?limit=1").status_code == 200 else 0
        assert len(servers_for(folder)) == 1
    finally:
        serve.stop()
    assert wait_until(lambda: servers_for(folder) == [], timeout=20)


def test_workers_share_a_tcp_socket_with_nagle_off() -> None:
    """`serve --workers N` binds the workers' socket as TCP, so that asyncio sets TCP_NODELAY
    on every connection (uvicorn's own socket has protocol 0: each response then waited
    about 40 ms for the client's delayed ACK)."""
    import socket

    from diplograph.commands.tcp_workers import TcpConfig

    config = TcpConfig("api.app:create_app", factory=True, workers=2, host="127.0.0.1", port=0)
    sock = config.bind_socket()
    try:
        assert sock.proto == socket.IPPROTO_TCP and sock.get_inheritable()
        sock.listen()
        with socket.create_connection(sock.getsockname()):
            conn, _ = sock.accept()
            with conn:
                assert conn.proto == socket.IPPROTO_TCP  # what asyncio's _set_nodelay checks
    finally:
        sock.close()
