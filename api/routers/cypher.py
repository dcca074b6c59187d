"""POST /cypher: ad-hoc read-only Cypher for power users (off unless DIPLOGRAPH_API_KEY).

Every limit holds before or while the engine works, not after: the query's size and nesting
are checked and LOAD CSV refused before it is sent (api/cypher_guard.py), parameters are
checked for depth and size, the row cap is put into the query on FalkorDB (Neo4j's driver
stops fetching at the cap), and the request is answered 504 once the timeout (plus a grace
for transfer) has passed even if the engine is still busy. A query still running after its
answer keeps its slot (DIPLOGRAPH_API_CYPHER_SLOTS, default 1 per API process) until it
ends, so overrunning queries cannot take every database thread from the rest of the API."""

from __future__ import annotations

import asyncio
import math
import re
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field, field_validator

from api import cypher_guard
from api.common import jsonable
from api.deps import ApiKeyDep, SettingsDep, StoreDep
from api.schemas import ErrorBody, QueryRows
from diplograph.errors import QueryBusy, QueryTimeout
from graph.store import GraphStore, QueryResult

router = APIRouter(tags=["cypher"])
_PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
MAX_PARAM_DEPTH = 16  # lists / maps inside one another (the driver recurses on each)
MAX_PARAM_VALUES = 100_000  # values in all parameters together
GRACE_S = 2.0  # past the engine's timeout, for the answer to travel and be read
SLOT_WAIT_S = 2.0  # how long a request waits for a free slot before 429


_BAD_TEXT = re.compile("[\x00\ud800-\udfff]")


def _problem(value: Any) -> str | None:
    """Parameters become engine values: what no engine can take (NUL, lone surrogates,
    integers past 64 bits, NaN)."""
    if isinstance(value, str):
        if _BAD_TEXT.search(value):
            return "contains a NUL byte or an invalid unicode character"
    elif isinstance(value, bool) or value is None:
        return None
    elif isinstance(value, int):
        if not -(2**63) <= value < 2**63:
            return "integer out of the 64-bit range"
    elif isinstance(value, float) and not math.isfinite(value):
        return "not a finite number"
    return None


def _where(path: tuple[Any, ...]) -> str:
    return f"parameter {path[0]!r}" + "".join(
        f"[{k}]" if isinstance(k, int) else f".{k}" for k in path[1:]
    )


def check_params(params: dict[str, Any]) -> None:
    """Walk the parameters without recursion (a 900-deep list reached the driver's own
    recursion limit: a 500) and without work per value beyond a type check (validation
    runs on the server's event loop); raise ValueError naming the first problem."""
    todo: list[tuple[Any, tuple[Any, ...], int]] = []
    for name, value in params.items():
        if not _PARAM_NAME.match(name):
            raise ValueError(f"parameter name {name[:40]!r} must match {_PARAM_NAME.pattern}")
        todo.append((value, (name,), 0))
    seen = len(todo)
    while todo:
        value, path, depth = todo.pop()
        if not isinstance(value, list | dict):
            if problem := _problem(value):
                raise ValueError(f"{_where(path)}: {problem}")
            continue
        if depth >= MAX_PARAM_DEPTH:
            raise ValueError(f"{_where(path)}: nested deeper than {MAX_PARAM_DEPTH} levels")
        seen += len(value)
        if seen > MAX_PARAM_VALUES:
            raise ValueError(f"more than {MAX_PARAM_VALUES:,} values in the parameters")
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            if isinstance(key, str) and (problem := _problem(key)):
                raise ValueError(f"{_where(path)} key: {problem}")
            if isinstance(item, list | dict) or _problem(item):
                todo.append((item, (*path, key), depth + 1))


class CypherRequest(BaseModel):
    query: str = Field(
        min_length=1,
        max_length=cypher_guard.MAX_QUERY_CHARS,
        description="a read-only Cypher query",
    )
    params: dict[str, Any] = Field(default_factory=dict, description="query parameters ($name)")

    @field_validator("query")
    @classmethod
    def _query(cls, v: str) -> str:
        if problem := _problem(v):
            raise ValueError(f"query: {problem}")
        return v

    @field_validator("params")
    @classmethod
    def _params(cls, v: dict[str, Any]) -> dict[str, Any]:
        check_params(v)
        return v


class CypherRunner:
    """Runs ad-hoc queries on a few threads of their own, answering within a deadline."""

    def __init__(self, slots: int) -> None:
        self.slots = max(1, slots)
        self._pool = ThreadPoolExecutor(self.slots, thread_name_prefix="cypher")
        self._busy = 0
        self._lock = threading.Lock()

    def _release(self, _: Future[QueryResult]) -> None:
        with self._lock:
            self._busy -= 1

    async def _take_slot(self) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + SLOT_WAIT_S
        while True:
            with self._lock:
                if self._busy < self.slots:
                    self._busy += 1
                    return
            if loop.time() > deadline:
                raise QueryBusy(
                    f"all {self.slots} slots for ad-hoc queries are taken "
                    "(a query may still run past its timeout)",
                    hint="retry in a few seconds",
                )
            await asyncio.sleep(0.05)

    async def run(
        self, store: GraphStore, query: str, params: dict[str, Any], timeout_s: float, row_cap: int
    ) -> QueryResult:
        await self._take_slot()
        try:
            future = self._pool.submit(
                store.read, query, params, timeout_s=timeout_s, row_cap=row_cap
            )
        except BaseException:
            self._release(Future())
            raise
        future.add_done_callback(self._release)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout_s + GRACE_S)
        except TimeoutError as exc:
            raise QueryTimeout(
                f"the query ran longer than {timeout_s:g} s and was cut off",
                hint="narrow the query (labels, ids, LIMIT)",
            ) from exc


def runner_of(request: Request) -> CypherRunner:
    state = request.app.state
    runner = getattr(state, "cypher_runner", None)
    if runner is None:
        runner = state.cypher_runner = CypherRunner(state.settings.cypher_slots)
    return runner  # type: ignore[no-any-return]


@router.post(
    "/cypher",
    response_model=QueryRows,
    dependencies=[ApiKeyDep],
    responses={
        400: {"model": ErrorBody, "description": "the database rejected the query"},
        401: {"model": ErrorBody, "description": "missing or wrong X-API-Key"},
        403: {"model": ErrorBody, "description": "the query tried to write or LOAD CSV"},
        404: {"model": ErrorBody, "description": "off: DIPLOGRAPH_API_KEY is not set"},
        422: {"model": ErrorBody, "description": "over a size, nesting or parameter limit"},
        429: {"model": ErrorBody, "description": "every ad-hoc query slot is taken"},
        504: {"model": ErrorBody, "description": "the query ran past the timeout"},
    },
)
async def run_cypher(
    body: CypherRequest, request: Request, store: StoreDep, settings: SettingsDep
) -> QueryRows:
    """Run a Cypher query read-only: the database itself refuses writes (403). Timeout and row
    cap come from the settings (DIPLOGRAPH_API_TIMEOUT_S, DIPLOGRAPH_API_ROW_CAP)."""
    found = await asyncio.to_thread(cypher_guard.check, body.query)  # off the event loop
    query = body.query
    capped = store.backend in ("embedded", "falkordb")  # Neo4j's driver stops at the cap
    if capped:
        query = cypher_guard.with_row_cap(body.query, found, settings.row_cap)
    result = await runner_of(request).run(
        store, query, body.params, settings.query_timeout_s, settings.row_cap
    )
    columns, rows = result.columns, result.rows
    wanted = cypher_guard.return_columns(body.query, found) if capped else []
    if wanted and wanted != columns and sorted(wanted) == sorted(columns):
        columns = wanted  # `RETURN *` around the query sorted them by name
        rows = [{c: row[c] for c in columns} for row in rows]
    return QueryRows(columns=columns, rows=jsonable(rows), truncated=result.truncated)
