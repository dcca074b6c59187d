"""FalkorDB backends: an external server (`falkordb://host:port[/graph]`) and the embedded one
(`embedded:PATH`) that diplograph runs itself. Differences from Neo4j stay in this module."""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, TypeVar
from urllib.parse import unquote, urlparse

import redis
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.helpers import stringify_param_value
from falkordb.node import Node
from falkordb.path import Path as FPath

from diplograph.errors import (
    DiplographError,
    QueryError,
    QueryTimeout,
    ReadOnlyViolation,
    StoreAuthError,
    StoreUnavailable,
    StoreURLError,
    WriteFailed,
)
from graph import bilateral, cypher, name_keys
from graph.embedded import EmbeddedServer, probe
from graph.model import GraphBatch, Label, Upserts
from graph.store import GraphStore, QueryResult

GRAPH_NAME = "diplograph"
SCHEMA_TIMEOUT_S = 30.0
T = TypeVar("T")

# FalkorDB's own schema Cypher (Neo4j uses constraints: see its module).
INDEXES = "CALL db.indexes() YIELD label, properties RETURN label, properties"
# a write query that matches nothing: it waits in the graph's write queue, changes nothing
WRITE_BARRIER = "MATCH (b:DiplographWriteBarrier) DELETE b"


def create_index(label: str, prop: str = "id") -> str:
    # labels and property names come from graph/model.py and graph/cypher.py, never a request
    if not prop.isidentifier() or not label.isidentifier():
        raise ValueError(f"not a label and property name: {label!r}, {prop!r}")
    return f"CREATE INDEX FOR (n:{label}) ON (n.{prop})"


_SCALARS = frozenset({str, int, bool})


def _literal(value: Any) -> str:
    """A parameter value as Cypher text. `cypher.Rows` (no maps inside) is JSON, written in
    one C call: FalkorDB reads JSON's strings, numbers, lists, true, false and null, and
    every escape but \\uXXXX, so a value JSON writes with one (a control character) is left
    to the client's own encoder, as is everything else (maps need unquoted keys)."""
    if isinstance(value, cypher.Rows):
        try:
            text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError):
            text = ""
        if text and "\\u" not in text:
            return text
    return str(stringify_param_value(value))


def params_header(params: Mapping[str, Any]) -> str:
    """The `CYPHER name=value ...` prefix of a query with parameters."""
    for k in params:  # names come from graph/cypher.py; FalkorDB has no escaped backtick
        if not k or "`" in k:
            raise ValueError(f"not a parameter name: {k!r}")
    return "CYPHER " + "".join(f"`{k}`={_literal(v)} " for k, v in params.items())


def plain(value: Any) -> Any:
    """Engine values as JSON-ready Python values (nodes and edges become dicts)."""
    if value is None or type(value) in _SCALARS:
        return value  # most values of most rows: no isinstance chain
    if isinstance(value, Node):
        props = {k: plain(v) for k, v in value.properties.items()}
        return {"labels": list(value.labels or []), **props}
    if isinstance(value, Edge):
        return {"type": value.relation, **{k: plain(v) for k, v in value.properties.items()}}
    if isinstance(value, FPath):
        return {
            "nodes": [plain(n) for n in value.nodes()],
            "edges": [plain(e) for e in value.edges()],
        }
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value


def _connecting(url: str, action: Callable[[], T]) -> T:
    """Run a first contact with the server, turning driver errors into clear ones."""
    try:
        return action()
    except redis.AuthenticationError as exc:
        what = "needs a password" if "required" in str(exc).lower() else "refused the credentials"
        raise StoreAuthError(
            f"FalkorDB at {url} {what}: {exc}",
            hint="put the right user and password in the URL: falkordb://user:pass@host:port",
        ) from exc
    except redis.ResponseError as exc:
        if "unknown command" in str(exc).lower():
            raise StoreUnavailable(
                f"the server at {url} is not FalkorDB (no GRAPH commands): {exc}",
                hint="load the FalkorDB module or point --db at a FalkorDB server",
            ) from exc
        if "noauth" in str(exc).lower():
            raise StoreAuthError(
                f"FalkorDB at {url} needs a password: {exc}",
                hint="use falkordb://user:pass@host:port",
            ) from exc
        raise StoreUnavailable(f"FalkorDB at {url} answered with an error: {exc}") from exc
    except (redis.RedisError, OSError) as exc:
        raise StoreUnavailable(
            f"cannot reach FalkorDB at {url}: {exc}",
            hint="check that the server runs and that host and port are right",
        ) from exc


def _query_error(exc: redis.ResponseError, reading: bool, timeout_ms: int) -> DiplographError:
    """An error the server answered with, as a coded error."""
    msg = str(exc)
    if "unknown command" in msg.lower() and "GRAPH." in msg:
        return StoreUnavailable(
            f"the server is not FalkorDB (no GRAPH commands): {msg}",
            hint="load the FalkorDB module or point --db at a FalkorDB server",
        )
    if "read-only" in msg or "RO_QUERY" in msg:
        return ReadOnlyViolation(
            "this query writes, and only read-only queries may run here",
            hint="remove CREATE, MERGE, SET, DELETE and REMOVE from the query",
        )
    if "timed out" in msg.lower() or "timeout" in msg.lower():
        return QueryTimeout(
            f"the query ran longer than {timeout_ms / 1000:g} s",
            hint="narrow the query (labels, ids, LIMIT) or allow a longer timeout",
        )
    if reading:
        return QueryError(f"FalkorDB rejected the query: {msg}")
    return WriteFailed(f"FalkorDB rejected a write: {msg}")


class FalkorStore(GraphStore):
    backend = "falkordb"

    def __init__(self, connect: Callable[[], FalkorDB], graph: str, url: str, **kwargs: Any):
        super().__init__(**kwargs)
        self.url = url
        self.db = _connecting(url, connect)  # the client sends INFO while it is built
        self.graph = self.db.select_graph(graph)
        _connecting(url, self.db.connection.ping)
        _connecting(url, self.ensure_schema)  # also creates the graph, so reads of a new store work

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> FalkorStore:
        parsed = urlparse(url)
        try:
            host, port = parsed.hostname, parsed.port or 6379
        except ValueError as exc:  # a port that is not a number
            raise StoreURLError(f"{url!r}: {exc}", hint="use falkordb://host:port[/graph]") from exc
        if not host:
            raise StoreURLError(f"{url!r} names no host", hint="use falkordb://host:port[/graph]")
        graph = unquote(parsed.path.strip("/")) or GRAPH_NAME

        def connect() -> FalkorDB:
            return FalkorDB(
                host=host,
                port=port,
                username=unquote(parsed.username) if parsed.username else None,
                password=unquote(parsed.password) if parsed.password else None,
                socket_timeout=None,
                socket_connect_timeout=5,
            )

        safe = url.replace(f":{parsed.password}@", ":***@") if parsed.password else url
        return cls(connect, graph=graph, url=safe, **kwargs)

    # -- schema ----------------------------------------------------------------
    def _create_schema(self) -> None:
        with self._errors(reading=False):
            self._create_indexes(self.db)

    def _create_indexes(self, db: FalkorDB) -> None:
        graph = db.select_graph(self.graph.name)
        existing = self._indexed(db)
        wanted = [(label.value, "id") for label in Label]
        wanted += [(label.value, prop) for label, prop in cypher.INDEXED_PROPERTIES]
        wanted += [(bilateral.LABEL, prop) for prop, _ in bilateral.INDEXES]
        # the elements of a person's list of name keys (graph/name_keys.py)
        wanted += [(Label.PERSON.value, name_keys.PROPERTY)]
        for label, prop in wanted:
            if (label, prop) in existing:
                continue
            try:
                graph.query(create_index(label, prop))
            except redis.ResponseError as exc:
                if "already indexed" not in str(exc):
                    raise

    def indexed(self) -> set[tuple[str, str]]:
        """(label, property) pairs with a node index, as the engine reports them."""
        with self._errors(reading=True):
            return self._indexed(self.db)

    def _indexed(self, db: FalkorDB) -> set[tuple[str, str]]:
        if not db.connection.exists(self.graph.name):
            return set()  # a new graph: the first CREATE INDEX creates its key
        rows = db.select_graph(self.graph.name).ro_query(INDEXES).result_set
        return {(row[0], prop) for row in rows for prop in row[1]}

    # -- connection --------------------------------------------------------------
    def reconnect(self) -> None:
        """Drop the idle pooled connections (a server that went away leaves them dead; the
        ones in use by other threads are theirs to fail) and check that the server answers
        again; StoreUnavailable if it does not."""
        with contextlib.suppress(Exception):
            self.db.connection.connection_pool.disconnect(inuse_connections=False)
        _connecting(self.url, self.db.connection.ping)
        # A write sent on the dropped connection may have reached the server and still be
        # queued: writes to a graph run one at a time in arrival order, so a write that
        # changes nothing returns only after it, and what is read next shows whether it landed.
        with self._errors(reading=False):
            self.graph.query(WRITE_BARRIER)

    @contextlib.contextmanager
    def _errors(self, *, reading: bool, timeout_ms: int = 0) -> Iterator[None]:
        """Every error of the driver (and of the client library) inside the block as a coded
        error: no raw redis exception reaches a caller."""
        try:
            yield
        except DiplographError:
            raise
        except redis.ResponseError as exc:
            raise _query_error(exc, reading, timeout_ms) from exc
        except redis.BusyLoadingError as exc:
            raise StoreUnavailable(
                f"FalkorDB at {self.url} is still loading its data: {exc}",
                hint="wait for it to finish loading and try again",
            ) from exc
        except (redis.ConnectionError, redis.TimeoutError, OSError) as exc:
            raise StoreUnavailable(
                f"lost the connection to FalkorDB at {self.url}: {exc}",
                hint="check that the server runs; the next command reconnects",
            ) from exc
        except redis.RedisError as exc:
            what = "query" if reading else "write"
            error = QueryError if reading else WriteFailed
            raise error(f"the FalkorDB client failed on a {what}: {exc}") from exc

    def ping(self) -> None:
        """Redis PING: answered by the server's main thread, no graph read."""
        try:
            self.db.connection.ping()
        except (redis.RedisError, OSError) as exc:
            raise StoreUnavailable(f"FalkorDB at {self.url} does not answer: {exc}") from exc

    # -- writes ----------------------------------------------------------------
    def write(self, batch: GraphBatch | Upserts) -> None:
        """Upsert a batch as ONE query: FalkorDB rolls a failing query back completely,
        while MULTI/EXEC would keep the statements that ran before a failing one."""
        if not len(batch):
            return
        self.ensure_schema()
        self.execute_write([cypher.batch_statement(batch)])

    def execute_write(self, statements: Iterable[cypher.Statement]) -> None:
        """Statements as one unit. Several go in MULTI/EXEC: they run together and nothing
        interleaves, and the append-only file records them as one transaction; each is
        atomic, but a failing statement does not undo the ones before it (hence `write`
        sends one). ONE statement is sent on its own, never in MULTI/EXEC: FalkorDB runs a
        write inside MULTI/EXEC on the server's main thread, where FalkorDB 4.16 yields to
        the event loop (RedisModule_Yield), and redis has been seen to crash on that
        (`ASSERTION FAILED ... server.blocked_last_cron`, FalkorDB/FalkorDB#1877,
        redis/redis#14266) during an append-only file rewrite. On its own, the query runs
        on FalkorDB's writer thread; it is atomic and fsynced before the reply all the same."""
        commands = []
        for query, params in statements:
            header = params_header(params) if params else ""
            commands.append(("GRAPH.QUERY", self.graph.name, header + query, "--compact"))
        if not commands:
            return
        with self._errors(reading=False):
            if len(commands) == 1:
                self.db.connection.execute_command(*commands[0])
                return
            pipe = self.db.connection.pipeline(transaction=True)
            for command in commands:
                pipe.execute_command(*command)
            pipe.execute()

    # -- reads -----------------------------------------------------------------
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
        with self._errors(reading=True, timeout_ms=timeout_ms):
            res = self.graph.ro_query(query, dict(params or {}), timeout=timeout_ms)
        columns = [h[1] if isinstance(h, list | tuple) else str(h) for h in res.header]
        columns = [c.decode() if isinstance(c, bytes) else c for c in columns]
        # FalkorDB sends the whole result; the cap bounds what callers receive and hold.
        rows = res.result_set
        return QueryResult(
            columns=columns,
            rows=[dict(zip(columns, (plain(v) for v in row), strict=False)) for row in rows[:cap]],
            truncated=len(rows) > cap,
        )

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closing a dead connection is not an error
            self.db.connection.close()


class EmbeddedFalkorStore(FalkorStore):
    """FalkorDB run by diplograph itself in a data folder (see graph/embedded.py)."""

    backend = "embedded"

    def __init__(self, path: str, **kwargs: Any) -> None:
        if not path:
            raise StoreURLError("embedded: needs a folder", hint="use embedded:./diplograph-data")
        self.server = EmbeddedServer(path)
        self.server.start()
        try:
            try:
                self._open(**kwargs)
            except StoreUnavailable:
                if not self.server.owned:
                    raise
                # A new server has been seen (rarely, under load) to hang on its first index
                # creation; a server we own and that does not answer is restarted once.
                self.server.stop()
                self.server.start()
                self._open(**kwargs)
        except BaseException:
            self.server.stop()
            raise

    def _open(self, **kwargs: Any) -> None:
        # No socket timeout on the connections that stay: a long read or write is legitimate
        # and the server answers it in the end (a socket timeout would report a write that
        # completed as failed). Only the schema step is bounded, on a client of its own.
        sock = str(self.server.socket)
        super().__init__(
            lambda: FalkorDB(unix_socket_path=sock, socket_timeout=None),
            graph=GRAPH_NAME,
            url=f"embedded:{self.server.dir}",
            **kwargs,
        )

    def _create_schema(self) -> None:
        sock = str(self.server.socket)
        bounded = FalkorDB(unix_socket_path=sock, socket_timeout=SCHEMA_TIMEOUT_S)
        try:
            with self._errors(reading=False):
                self._create_indexes(bounded)
        finally:
            with contextlib.suppress(Exception):
                bounded.connection.close()

    def reconnect(self) -> None:
        """After the server went away (killed, or its owner exited): restart it if nobody
        else has (this process then owns it), or share the one another process started.
        The server is probed with a short timeout first: a frozen one must not block us."""
        if probe(self.server.socket) != "ready":
            self.server.stop()  # a server we own that died or hangs: reap it
            self.server.start()
        super().reconnect()

    def describe(self) -> str:
        if self.server.owned:
            return f"{self.backend} ({self.url}, server pid {self.server.pid}, started here)"
        return f"{self.backend} ({self.url}, server pid {self.server.pid}, shared)"

    def close(self) -> None:
        super().close()
        self.server.stop()

    def __del__(self) -> None:
        server = getattr(self, "server", None)
        if server is not None and server.owned:
            server.stop()
