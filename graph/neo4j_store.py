"""Neo4j 5.x backend (`bolt://`, `neo4j://`, `neo4j+s://` ...) through the official driver.

Everything Neo4j-specific lives here: connection and credentials, schema statements, the
mapping of driver errors to diplograph's coded errors, and driver values to plain Python.

Credentials: the URL's userinfo (`bolt://user:pass@host:7687`) wins; otherwise
DIPLOGRAPH_NEO4J_USER (default `neo4j`) and DIPLOGRAPH_NEO4J_PASSWORD. Without any password
the driver connects without auth (a server with auth disabled). A URL path names the
database (`bolt://host:7687/mydb`); without one the server's default database is used.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any
from urllib.parse import unquote, urlparse

import neo4j
from neo4j import exceptions as nx
from neo4j.graph import Node, Path, Relationship

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
from graph import bilateral, cypher
from graph.model import Label, RelType
from graph.store import GraphStore, QueryResult

ENV_USER = "DIPLOGRAPH_NEO4J_USER"
ENV_PASSWORD = "DIPLOGRAPH_NEO4J_PASSWORD"
DEFAULT_USER = "neo4j"
CONNECT_TIMEOUT_S = 5.0
# the driver retries transient failures (leader switch, deadlock) for this long
RETRY_TIME_S = 15.0
MAX_FETCH = 1000

# The driver logs connection failures itself; we raise them as coded errors instead, so keep
# its records off stderr unless the application configures logging.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


def plain(value: Any) -> Any:
    """Driver values as JSON-ready Python values, shaped like graph/falkor.py's `plain`:
    nodes {"labels": [...], **props}, relationships {"type": ..., **props}."""
    if isinstance(value, Node):
        props = {k: plain(v) for k, v in value.items()}
        return {"labels": sorted(value.labels), **props}
    if isinstance(value, Relationship):
        return {"type": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return {
            "nodes": [plain(n) for n in value.nodes],
            "edges": [plain(r) for r in value.relationships],
        }
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if hasattr(value, "iso_format"):  # neo4j.time Date/Time/DateTime/Duration
        return value.iso_format()
    return value


# The shared upserts (graph/cypher.py) set properties from a map, `SET n += r.props`. Neo4j
# cannot tell which properties such a SET writes, so it plans an Eager (every row of the
# statement held in memory before the first write) to protect the `id` its index seeks read.
# Here the same writes name their properties: `SET n.name = r.props.name, ...` (a null
# removes the property, as with `+=`), rows grouped by their set of property names.
_NODE_UPSERTS = {cypher.upsert_nodes(label): label for label in Label}
_REL_UPSERTS = {
    cypher.upsert_rels(rel, src, dst): (rel, src, dst)
    for rel in RelType
    for src in Label
    for dst in Label
}


def _set_props(var: str, keys: tuple[str, ...]) -> str:
    for key in keys:  # property names come from graph/model.py's models, never a request
        if not key.isidentifier():
            raise ValueError(f"not a property name: {key!r}")
    return "".join(
        (" SET " if i == 0 else ", ") + f"{var}.{key} = r.props.{key}" for i, key in enumerate(keys)
    )


def named_upserts(statements: Iterable[cypher.Statement]) -> Iterator[cypher.Statement]:
    """`statements` with each shared upsert replaced by upserts that name the properties they
    set (no Eager in the plan); any other statement unchanged."""
    for query, params in statements:
        rows = params.get("rows") if len(params) == 1 else None
        node_label = _NODE_UPSERTS.get(query)
        rel = _REL_UPSERTS.get(query)
        if rows is None or (node_label is None and rel is None):
            yield query, params
            continue
        by_keys: dict[tuple[str, ...], list[dict]] = {}
        for row in rows:
            by_keys.setdefault(tuple(sorted(row["props"])), []).append(row)
        for keys, part in by_keys.items():
            if node_label is not None:
                head = f"UNWIND $rows AS r MERGE (n:{node_label.value} {{id: r.id}})"
                yield head + _set_props("n", keys), {"rows": part}
            else:
                kind, src, dst = rel  # type: ignore[misc]
                head = (
                    f"UNWIND $rows AS r MATCH (a:{src.value} {{id: r.src}}) "
                    f"MATCH (b:{dst.value} {{id: r.dst}}) "
                    f"MERGE (a)-[x:{kind.value} {{key: r.key}}]->(b)"
                )
                yield head + _set_props("x", keys), {"rows": part}


def _parse_url(url: str) -> tuple[str, tuple[str, str] | None, str | None, str]:
    """(driver URI without userinfo or path, auth, database, URL safe to show)."""
    parsed = urlparse(url)
    try:
        parsed.port  # noqa: B018 - parsing it is the check
    except ValueError as exc:
        raise StoreURLError(f"{redact(url)!r}: {exc}", hint="use bolt://host:7687") from exc
    if not parsed.hostname:
        raise StoreURLError(f"{redact(url)!r} names no host", hint="use bolt://host:7687")
    hostport = parsed.netloc.rpartition("@")[2]
    uri = f"{parsed.scheme}://{hostport}"
    if parsed.query and parsed.scheme.startswith("neo4j"):
        uri += f"?{parsed.query}"  # routing context; bolt:// takes none
    user = unquote(parsed.username) if parsed.username else os.environ.get(ENV_USER, DEFAULT_USER)
    password = unquote(parsed.password) if parsed.password else os.environ.get(ENV_PASSWORD)
    auth = (user, password) if password is not None else None
    database = parsed.path.strip("/") or None
    return uri, auth, database, redact(url)


def redact(url: str) -> str:
    """The URL with any password replaced, for messages and `describe()`."""
    parsed = urlparse(url)
    if parsed.password is None:
        return url
    netloc = f"{parsed.username}:***@{parsed.netloc.rpartition('@')[2]}"
    return parsed._replace(netloc=netloc).geturl()


class Neo4jStore(GraphStore):
    backend = "neo4j"

    def __init__(
        self,
        uri: str,
        auth: tuple[str, str] | None = None,
        database: str | None = None,
        url: str = "",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.url = url or uri
        self.database = database
        try:
            self.driver = neo4j.GraphDatabase.driver(
                uri,
                auth=auth,
                connection_timeout=CONNECT_TIMEOUT_S,
                max_transaction_retry_time=RETRY_TIME_S,
                # our queries are parameterized and reviewed; server hints are noise in logs
                notifications_min_severity="OFF",
            )
        except (ValueError, nx.ConfigurationError) as exc:
            raise StoreURLError(
                f"bad Neo4j URL {self.url!r}: {exc}", hint="use bolt://host:7687 or neo4j://host"
            ) from exc
        try:
            with self._errors():
                self.driver.verify_connectivity()
            if database:  # a wrong database name surfaces here, not on the first query
                self.read("RETURN 1 AS ok")
        except BaseException:
            self.driver.close()
            raise

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> Neo4jStore:
        uri, auth, database, shown = _parse_url(url)
        return cls(uri, auth=auth, database=database, url=shown, **kwargs)

    # -- GraphStore --------------------------------------------------------------
    def _create_schema(self) -> None:
        # Uniqueness on id also gives MERGE its index. Schema changes cannot share a
        # transaction with data writes, so each runs in its own auto-commit transaction.
        with self._session() as session:
            for label in Label:
                name = f"diplograph_{label.value.lower()}_id"
                query = (
                    f"CREATE CONSTRAINT {name} IF NOT EXISTS "
                    f"FOR (n:{label.value}) REQUIRE n.id IS UNIQUE"
                )
                try:
                    with self._errors():
                        session.run(query).consume()
                except WriteFailed as exc:
                    # an index on (label, id) made by someone else serves MERGE as well
                    if "already exists" not in exc.message:
                        raise
            for label, prop in cypher.INDEXED_PROPERTIES:
                self._create_index(session, "range", label, prop)
            # TEXT indexes serve `search CONTAINS $q` (GET /actors?q=, resolution of names)
            for label in (Label.PERSON, Label.ORGANIZATION, Label.COUNTRY):
                self._create_index(session, "text", label, "search")
            for prop, kind in bilateral.INDEXES:  # the bilateral timelines' (graph/bilateral.py)
                self._create_index(session, kind, bilateral.LABEL, prop)

    def _create_index(
        self, session: neo4j.Session, kind: str, label: Label | str, prop: str
    ) -> None:
        label = label.value if isinstance(label, Label) else label
        # labels and property names come from graph/model.py and graph/cypher.py only
        if not prop.isidentifier() or not label.isidentifier():
            raise ValueError(f"not a label and property name: {label!r}, {prop!r}")
        name = f"diplograph_{label.lower()}_{prop}" + ("_text" if kind == "text" else "")
        query = f"CREATE {kind.upper()} INDEX {name} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
        try:
            with self._errors():
                session.run(query).consume()
        except WriteFailed as exc:
            if "already exists" not in exc.message:  # the same index under another name
                raise

    def ping(self) -> None:
        """`RETURN 1` on the server: a round trip that reads nothing of the graph."""
        with self._session() as session, self._errors(reading=True):
            session.run("RETURN 1 AS ok").consume()

    def execute_write(self, statements: Iterable[cypher.Statement]) -> None:
        todo = list(named_upserts(statements))
        if not todo:
            return

        def work(tx: neo4j.ManagedTransaction) -> None:
            for query, params in todo:
                tx.run(query, params).consume()

        with self._session() as session, self._errors():
            session.execute_write(work)

    def read(
        self,
        query: str,
        params: Mapping[str, Any] | None = None,
        *,
        timeout_s: float | None = None,
        row_cap: int | None = None,
    ) -> QueryResult:
        timeout = timeout_s or self.timeout_s
        cap = row_cap or self.row_cap

        # Fetch one record past the cap to know whether the result was cut, then stop:
        # the driver discards the rest on the server when the transaction ends.
        @neo4j.unit_of_work(timeout=timeout)
        def work(tx: neo4j.ManagedTransaction) -> tuple[list[str], list[list[Any]], bool]:
            result = tx.run(query, dict(params or {}))
            keys = list(result.keys())
            rows: list[list[Any]] = []
            for record in result:
                if len(rows) == cap:
                    return keys, rows, True
                rows.append(list(record.values()))
            return keys, rows, False

        session = self._session(fetch_size=min(cap + 1, MAX_FETCH))
        with session, self._errors(reading=True, timeout=timeout):
            columns, rows, truncated = session.execute_read(work)
        return QueryResult(
            columns=columns,
            rows=[dict(zip(columns, (plain(v) for v in row), strict=True)) for row in rows],
            truncated=truncated,
        )

    def close(self) -> None:
        self.driver.close()

    def reconnect(self) -> None:
        """The driver replaces broken connections by itself; check that the server answers."""
        with self._errors():
            self.driver.verify_connectivity()

    # -- helpers -------------------------------------------------------------------
    def _session(self, **config: Any) -> neo4j.Session:
        return self.driver.session(database=self.database, **config)

    @contextmanager
    def _errors(self, *, reading: bool = False, timeout: float = 0.0) -> Iterator[None]:
        """Turn driver errors raised inside the block into diplograph's coded errors."""
        try:
            yield
        except DiplographError:
            raise
        except nx.AuthError as exc:
            raise StoreAuthError(
                f"Neo4j at {self.url} refused the credentials: {exc.message}",
                hint=f"set {ENV_USER} / {ENV_PASSWORD} or put user:password in the URL",
            ) from exc
        except (nx.ServiceUnavailable, nx.SessionExpired, OSError) as exc:
            raise StoreUnavailable(
                f"cannot reach Neo4j at {self.url}: {exc}",
                hint="check that the server runs and the host and port are right",
            ) from exc
        except nx.Neo4jError as exc:
            raise self._query_error(exc, reading, timeout) from exc
        except nx.DriverError as exc:
            raise (QueryError if reading else WriteFailed)(f"Neo4j driver error: {exc}") from exc

    def _query_error(self, exc: nx.Neo4jError, reading: bool, timeout: float) -> DiplographError:
        code = exc.code or ""
        message = exc.message or str(exc)
        if code == "Neo.ClientError.Statement.AccessMode" or isinstance(
            exc, nx.ForbiddenOnReadOnlyDatabase
        ):
            return ReadOnlyViolation(
                "this query writes, and only read-only queries may run here",
                hint="remove CREATE, MERGE, SET, DELETE and REMOVE from the query",
            )
        if code.startswith("Neo.ClientError.Transaction.TransactionTimedOut"):
            return QueryTimeout(f"the query ran longer than {timeout:g} s")
        if code == "Neo.ClientError.Database.DatabaseNotFound":
            return StoreUnavailable(
                f"Neo4j at {self.url} has no database {self.database!r}",
                hint="name an existing database in the URL path, or leave the path out",
            )
        if reading:
            return QueryError(f"Neo4j rejected the query: {message}")
        return WriteFailed(f"Neo4j rejected a write: {message}")
