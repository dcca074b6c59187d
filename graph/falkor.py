"""FalkorDB backends: an external server (`falkordb://host:port[/graph]`) and the embedded one
(`embedded:PATH`) that diplograph runs itself. Differences from Neo4j stay in this module."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlparse

import redis
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.node import Node
from falkordb.path import Path as FPath

from diplograph.errors import (
    QueryError,
    QueryTimeout,
    ReadOnlyViolation,
    StoreUnavailable,
    StoreURLError,
    WriteFailed,
)
from graph import cypher
from graph.embedded import EmbeddedServer
from graph.model import Label
from graph.store import GraphStore, QueryResult

GRAPH_NAME = "diplograph"


def plain(value: Any) -> Any:
    """Engine values as JSON-ready Python values (nodes and edges become dicts)."""
    if isinstance(value, Node):
        return {"labels": list(value.labels or []), **{k: plain(v) for k, v in value.properties.items()}}
    if isinstance(value, Edge):
        return {"type": value.relation, **{k: plain(v) for k, v in value.properties.items()}}
    if isinstance(value, FPath):
        return {"nodes": [plain(n) for n in value.nodes()], "edges": [plain(e) for e in value.edges()]}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value


class FalkorStore(GraphStore):
    backend = "falkordb"

    def __init__(self, db: FalkorDB, graph: str = GRAPH_NAME, url: str = "", **kwargs: Any):
        super().__init__(**kwargs)
        self.db = db
        self.graph = db.select_graph(graph)
        self.url = url
        try:
            self.db.connection.ping()
        except (redis.RedisError, OSError) as exc:
            raise StoreUnavailable(
                f"cannot reach FalkorDB at {url}: {exc}",
                hint="check that the server runs and the host and port are right",
            ) from exc
        self.ensure_schema()  # also creates the graph key, so reads of a new store work

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> FalkorStore:
        parsed = urlparse(url)
        if not parsed.hostname:
            raise StoreURLError(f"{url!r} names no host", hint="use falkordb://host:port[/graph]")
        graph = parsed.path.strip("/") or GRAPH_NAME
        db = FalkorDB(
            host=parsed.hostname,
            port=parsed.port or 6379,
            username=parsed.username,
            password=parsed.password,
            socket_timeout=None,
            socket_connect_timeout=5,
        )
        return cls(db, graph=graph, url=url, **kwargs)

    def _create_schema(self) -> None:
        existing = {(row[0], row[1]) for row in self._indexed()}
        for label in Label:
            if (label.value, "id") in existing:
                continue
            try:
                self.graph.query(f"CREATE INDEX FOR (n:{label.value}) ON (n.id)")
            except redis.ResponseError as exc:
                if "already indexed" not in str(exc):
                    raise

    def _indexed(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        if not self.db.connection.exists(self.graph.name):
            return out  # a new graph: the first CREATE INDEX creates its key
        for row in self.graph.ro_query("CALL db.indexes() YIELD label, properties RETURN label, properties").result_set:
            for prop in row[1]:
                out.append((row[0], prop))
        return out

    def execute_write(self, statements: Iterable[cypher.Statement]) -> None:
        # MULTI/EXEC: the statements run together, nothing interleaves, and the AOF records
        # them as one transaction (a crash replays all or none of it).
        pipe = self.db.connection.pipeline(transaction=True)
        count = 0
        for query, params in statements:
            header = self.graph._build_params_header(params) if params else ""
            pipe.execute_command("GRAPH.QUERY", self.graph.name, header + query, "--compact")
            count += 1
        if not count:
            return
        try:
            pipe.execute()
        except redis.ResponseError as exc:
            raise WriteFailed(f"FalkorDB rejected a write: {exc}") from exc
        except (redis.ConnectionError, OSError) as exc:
            raise StoreUnavailable(f"lost the connection to FalkorDB at {self.url}: {exc}") from exc

    def read(
        self,
        query: str,
        params: Mapping[str, Any] | None = None,
        *,
        timeout_s: float | None = None,
        row_cap: int | None = None,
    ) -> QueryResult:
        timeout_ms = max(1, int((timeout_s or self.timeout_s) * 1000))
        cap = row_cap or self.row_cap
        try:
            res = self.graph.ro_query(query, dict(params or {}), timeout=timeout_ms)
        except redis.ResponseError as exc:
            msg = str(exc)
            if "read-only" in msg or "RO_QUERY" in msg:
                raise ReadOnlyViolation(
                    "this query writes, and only read-only queries may run here",
                    hint="remove CREATE, MERGE, SET, DELETE and REMOVE from the query",
                ) from exc
            if "timed out" in msg.lower() or "timeout" in msg.lower():
                raise QueryTimeout(f"the query ran longer than {timeout_ms / 1000:g} s") from exc
            raise QueryError(f"FalkorDB rejected the query: {msg}") from exc
        except (redis.ConnectionError, OSError) as exc:
            raise StoreUnavailable(f"lost the connection to FalkorDB at {self.url}: {exc}") from exc
        columns = [h[1] if isinstance(h, (list, tuple)) else str(h) for h in res.header]
        columns = [c.decode() if isinstance(c, bytes) else c for c in columns]
        rows = res.result_set
        truncated = len(rows) > cap
        return QueryResult(
            columns=columns,
            rows=[dict(zip(columns, (plain(v) for v in row), strict=False)) for row in rows[:cap]],
            truncated=truncated,
        )

    def close(self) -> None:
        try:
            self.db.connection.close()
        except Exception:  # noqa: BLE001 - closing a dead connection is not an error
            pass


class EmbeddedFalkorStore(FalkorStore):
    """FalkorDB run by diplograph itself in a data folder (see graph/embedded.py)."""

    backend = "embedded"

    def __init__(self, path: str, **kwargs: Any) -> None:
        if not path:
            raise StoreURLError("embedded: needs a folder", hint="use embedded:./diplograph-data")
        self.server = EmbeddedServer(path)
        self.server.start()
        try:
            db = FalkorDB(unix_socket_path=str(self.server.socket), socket_timeout=None)
            super().__init__(db, url=f"embedded:{self.server.dir}", **kwargs)
        except BaseException:
            self.server.stop()
            raise

    def close(self) -> None:
        super().close()
        self.server.stop()

    def __del__(self) -> None:
        server = getattr(self, "server", None)
        if server is not None and server.owned:
            server.stop()
