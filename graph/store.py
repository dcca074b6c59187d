"""The one store interface every backend implements, and `open_store(url)` that picks one.

Writes: idempotent batched upserts (UNWIND + MERGE on id), one transaction per call.
Reads: parameterized, read-only on the database itself, with a timeout and a row cap.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from diplograph.errors import StoreURLError
from graph import bilateral, cypher, name_keys
from graph.model import GraphBatch, Label, Upserts

DEFAULT_DB = "embedded:./diplograph-data"
DEFAULT_TIMEOUT_S = 30.0
DEFAULT_ROW_CAP = 10_000


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = False  # the row cap cut the result


@dataclass
class StoreCounts:
    nodes: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)


class GraphStore(ABC):
    """A property-graph store. Use as a context manager or call `close()`."""

    backend: str = "abstract"
    url: str = ""

    def __init__(self, timeout_s: float = DEFAULT_TIMEOUT_S, row_cap: int = DEFAULT_ROW_CAP):
        self.timeout_s = timeout_s
        self.row_cap = row_cap
        self._schema_ready = False

    # -- engine-specific -------------------------------------------------------
    @abstractmethod
    def _create_schema(self) -> None:
        """Index or uniqueness constraint on `id` for every label (idempotent)."""

    @abstractmethod
    def execute_write(self, statements: Iterable[cypher.Statement]) -> None:
        """Run parameterized write statements as one transaction: all or nothing."""

    @abstractmethod
    def read(
        self,
        query: str,
        params: Mapping[str, Any] | None = None,
        *,
        timeout_s: float | None = None,
        row_cap: int | None = None,
    ) -> QueryResult:
        """Run a query read-only (enforced by the database). Raises ReadOnlyViolation for a
        write attempt, QueryTimeout past the timeout, QueryError for a bad query."""

    @abstractmethod
    def close(self) -> None: ...

    def reconnect(self) -> None:
        """After StoreUnavailable: connect again (restarting an embedded server that died)
        and check that the store answers; StoreUnavailable if it still does not."""
        self.read("RETURN 1 AS ok", row_cap=1)

    # -- shared ----------------------------------------------------------------
    def ensure_schema(self) -> None:
        if not self._schema_ready:
            self._create_schema()
            self._schema_ready = True
            if self.read(cypher.MISSING_DATE_KEYS, row_cap=2).rows:
                for query in cypher.SET_DATE_KEYS:  # each on its own (set where missing)
                    self.execute_write([(query, {})])
            bilateral.backfill(self)
            name_keys.backfill(self)

    def write(self, batch: GraphBatch | Upserts) -> None:
        """Upsert a batch in one transaction. Writing the same batch twice changes nothing."""
        if not len(batch):
            return
        self.ensure_schema()
        pairs = bilateral.params(cypher.upserts(batch))
        mark, refresh = bilateral.mark_statement(pairs), bilateral.refresh_statement(pairs)
        statements = list(cypher.batch_statements(batch))
        self.execute_write(([mark] if mark else []) + statements + ([refresh] if refresh else []))

    @abstractmethod
    def ping(self) -> None:
        """Check that the database answers, without reading the graph (what GET /health and
        probes call every few seconds). Raises StoreUnavailable when it does not."""

    def counts(self) -> StoreCounts:
        """Nodes by label and relationships by type (labels and types with none left out),
        from the engine's statistics: constant time whatever the size of the graph."""

        def count(query: str) -> int:
            return int(self.read(query, row_cap=1).rows[0]["count"])

        nodes = {label.value: count(q) for label, q in cypher.COUNT_LABELS.items()}
        rels = {rel.value: count(q) for rel, q in cypher.COUNT_RELS.items()}
        return StoreCounts(
            nodes={k: n for k, n in nodes.items() if n},
            relationships={k: n for k, n in rels.items() if n},
        )

    def reset(self) -> None:
        """Delete every node and relationship (the schema stays)."""
        self.execute_write([(cypher.DELETE_ALL, {})])
        # an empty graph has the whole of both indexes
        self.execute_write([(bilateral.DONE, {}), (name_keys.DONE, {})])

    def existing_ids(self, label: Label | None, ids: list[str]) -> set[str]:
        """Which of `ids` the store holds: as actors (label None), documents or events."""
        if not ids:
            return set()
        query = {
            Label.DOCUMENT: cypher.DOCUMENT_IDS,
            Label.EVENT: cypher.EVENT_IDS,
        }.get(label, cypher.ACTOR_LABELS)  # type: ignore[arg-type]
        rows = self.read(query, {"ids": sorted(set(ids))}, row_cap=len(ids) * 4 + 1).rows
        return {r["id"] for r in rows}

    def actor_labels(self, ids: list[str]) -> dict[str, Label]:
        """The label of each of `ids` that the store holds as a Person, Country or
        Organization (an id held under two labels reports one of them)."""
        if not ids:
            return {}
        rows = self.read(
            cypher.ACTOR_LABELS, {"ids": sorted(set(ids))}, row_cap=len(ids) * 4 + 1
        ).rows
        return {r["id"]: Label(r["label"]) for r in rows}

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def describe(self) -> str:
        return f"{self.backend} ({self.url})"


def resolve_url(url: str | None) -> str:
    return url or os.environ.get("DIPLOGRAPH_DB") or DEFAULT_DB


def open_store(url: str | None = None, **kwargs: Any) -> GraphStore:
    """Open the store a URL names (design.md "Backends"); None means DIPLOGRAPH_DB or the
    embedded default."""
    url = resolve_url(url).strip()
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme == "embedded":
        from graph.falkor import EmbeddedFalkorStore

        return EmbeddedFalkorStore(url[len("embedded:") :], **kwargs)
    if scheme == "falkordb":
        from graph.falkor import FalkorStore

        return FalkorStore.from_url(url, **kwargs)
    if scheme in ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"):
        from graph.neo4j_store import Neo4jStore

        return Neo4jStore.from_url(url, **kwargs)
    if not scheme or len(scheme) == 1:  # a bare path, or a Windows drive letter
        raise StoreURLError(
            f"store URL {url!r} has no scheme", hint=f"for a data folder use embedded:{url}"
        )
    raise StoreURLError(
        f"unknown store URL scheme {scheme!r} in {url!r}",
        hint="use embedded:PATH, falkordb://host:port[/graph], bolt://host:port "
        "or neo4j://host:port",
    )
