"""A document whose write was in flight when the connection dropped is reported as written
or not by looking after reconnecting (issue 10, item 7). The connection runs through a real
TCP proxy in front of a real FalkorDB that cuts it at the write: after forwarding it (the
server commits, the answer is lost) or before (nothing reaches the server)."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplograph.errors import StoreUnavailable
from graph import cypher
from graph.falkor import EmbeddedFalkorStore, FalkorStore
from ingest.article import Article, IngestOutcome
from ingest.loaders import load_paths
from tests.corpus import write_corpus

pytest.importorskip("ingest.pipeline")
from ingest.pipeline import ingest_articles  # noqa: E402


class CuttingProxy:
    """127.0.0.1:PORT -> a unix socket. Armed, it cuts the client's connection at the first
    chunk holding GRAPH.QUERY (a FalkorDB write; reads are GRAPH.RO_QUERY): `forward` says
    whether that chunk reaches the server first (whose answer then goes nowhere)."""

    def __init__(self, upstream: Path) -> None:
        self.upstream = str(upstream)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.armed: bool | None = None  # None: pass everything; else forward-then-cut or not
        self.cuts = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.socket(socket.AF_UNIX)
            server.connect(self.upstream)
            threading.Thread(target=self._pump_up, args=(client, server), daemon=True).start()
            threading.Thread(target=self._pump_down, args=(server, client), daemon=True).start()

    def _pump_up(self, client: socket.socket, server: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := client.recv(65536):
                if self.armed is not None and b"GRAPH.QUERY" in data:
                    forward, self.armed = self.armed, None
                    self.cuts += 1
                    if forward:
                        server.sendall(data)
                    client.shutdown(socket.SHUT_RDWR)  # the client sees the connection drop
                    client.close()
                    return  # the server side stays open until the server has answered
                server.sendall(data)

    def _pump_down(self, server: socket.socket, client: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := server.recv(65536):
                with contextlib.suppress(OSError):
                    client.sendall(data)

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def proxied(tmp_path: Path) -> Iterator[tuple[FalkorStore, CuttingProxy, EmbeddedFalkorStore]]:
    server = EmbeddedFalkorStore(str(tmp_path / "db"))
    proxy = CuttingProxy(server.server.socket)
    store = FalkorStore.from_url(f"falkordb://127.0.0.1:{proxy.port}")
    try:
        yield store, proxy, server
    finally:
        store.close()
        proxy.close()
        server.close()


def _articles(tmp_path: Path, count: int) -> list[Article]:
    paths = write_corpus(tmp_path / "corpus", count)
    return [a for a in load_paths([str(p) for p in paths]) if isinstance(a, Article)]


@pytest.mark.parametrize("committed", [True, False])
def test_the_document_in_flight_is_reported_as_it_is_in_the_store(
    tmp_path: Path,
    proxied: tuple[FalkorStore, CuttingProxy, EmbeddedFalkorStore],
    committed: bool,
) -> None:
    store, proxy, server = proxied
    first, second, third = _articles(tmp_path, 3)
    ingest_articles(store, [first])
    proxy.armed = committed
    reported: list[IngestOutcome] = []
    with pytest.raises(StoreUnavailable, match="run the same command again"):
        ingest_articles(store, [second, third], on_outcome=reported.append)
    assert proxy.cuts == 1
    [outcome] = reported  # the third document was never tried
    in_store = bool(server.read(cypher.DOCUMENT_BY_ID, {"id": second.id}).rows)
    assert in_store is committed
    if committed:
        assert outcome.status == "new" and outcome.document == second.id
    else:
        assert outcome.status == "failed"
        assert outcome.reason is not None and "not written" in outcome.reason
    again = ingest_articles(store, [second, third])  # the connection is back
    assert [o.status for o in again] == ["unchanged" if committed else "new", "new"]


@pytest.mark.parametrize("committed", [True, False])
def test_the_reports_of_a_group_write_in_flight_are_reported_as_they_are_in_the_store(
    tmp_path: Path,
    proxied: tuple[FalkorStore, CuttingProxy, EmbeddedFalkorStore],
    committed: bool,
) -> None:
    """Reports are written in groups (1, 2, 4, ...): the second write holds two reports, and
    one statement lands whole or not at all."""
    store, proxy, server = proxied
    first, second, third, fourth = _articles(tmp_path, 4)
    reported: list[IngestOutcome] = []

    def arm(outcome: IngestOutcome) -> None:
        reported.append(outcome)
        if len(reported) == 1:  # the first group is written: cut the next write
            proxy.armed = committed

    with pytest.raises(StoreUnavailable, match="run the same command again"):
        ingest_articles(store, [first, second, third, fourth], on_outcome=arm)
    assert proxy.cuts == 1
    in_store = [
        bool(server.read(cypher.DOCUMENT_BY_ID, {"id": a.id}).rows) for a in (second, third)
    ]
    assert in_store == [committed, committed]
    if committed:  # both reported written; the fourth, in the next group, never tried
        assert [o.status for o in reported] == ["new", "new", "new"]
    else:  # one line for the write that did not land
        assert [o.status for o in reported] == ["new", "failed"]
        reason = reported[1].reason or ""
        assert "not written" in reason and "nor were the 1 documents" in reason
    again = ingest_articles(store, [first, second, third, fourth])
    expected = ["unchanged"] * 3 if committed else ["unchanged", "new", "new"]
    assert [o.status for o in again] == [*expected, "new"]
