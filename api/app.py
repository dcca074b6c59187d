"""The FastAPI application: `create_app(store)` wires the routers, the store (one per app
lifespan) and the error handlers. Run it with `diplograph serve`."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.deps import StoreHolder
from api.routers import (
    actors,
    agreements,
    countries,
    cypher,
    docs,
    documents,
    events,
    explore,
    health,
    map,
    meetings,
    paths,
    queries,
)
from api.schemas import EventSpan
from api.settings import Settings
from api.snapshots import Snapshot
from diplograph.errors import (
    DiplographError,
    InputError,
    QueryBusy,
    QueryError,
    QueryRefused,
    QueryTimeout,
    ReadOnlyViolation,
    StoreUnavailable,
)
from graph.store import GraphStore, open_store
from queries.loader import QueryParamError, UnknownQuery

log = logging.getLogger("diplograph.api")
ROUTERS = (
    health,
    actors,
    meetings,
    events,
    agreements,
    countries,
    paths,
    queries,
    cypher,
    documents,
    map,
    explore,  # the explorer page at / and /explore
    docs,  # /docs and /redoc, offline
)


def _status_of(exc: DiplographError) -> int:
    if isinstance(exc, UnknownQuery):
        return 404
    if isinstance(exc, InputError):  # includes bad saved-query parameters
        return 422
    if isinstance(exc, ReadOnlyViolation | QueryRefused):
        return 403
    if isinstance(exc, QueryBusy):
        return 429
    if isinstance(exc, QueryTimeout):
        return 504
    if isinstance(exc, QueryError):
        return 400
    return 503  # the store is down, locked, misconfigured, or refused a write


def _error(status: int, detail: str, **extra: object) -> JSONResponse:
    return JSONResponse(
        {"detail": detail, **{k: v for k, v in extra.items() if v is not None}}, status_code=status
    )


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(DiplographError)
    async def diplograph_error(request: Request, exc: DiplographError) -> JSONResponse:
        status = _status_of(exc)
        if isinstance(exc, StoreUnavailable):  # its server went away: reconnect next time
            request.app.state.store_holder.lost()
        detail = exc.message + (f" ({exc.hint})" if exc.hint else "")
        if status == 503:
            log.warning("store error: %s", exc)
            detail = f"the graph store is not available: {detail}"
        params = exc.problems if isinstance(exc, QueryParamError) else None
        return _error(status, detail, code=exc.code, params=params)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems: dict[str, str] = {}
        for err in exc.errors():
            loc = [str(p) for p in err.get("loc", ())]
            where = ".".join(loc[1:]) if len(loc) > 1 else ".".join(loc) or "request"
            msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
            problems.setdefault(where or loc[0], msg)
        listing = "; ".join(f"{k}: {v}" for k, v in problems.items())
        return _error(
            422, f"bad request parameters: {listing}", code=InputError.code, params=problems
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = "no such endpoint; see /docs for the API"
        return JSONResponse(
            {"detail": detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None)
        )


def create_app(
    store: str | GraphStore | Callable[[], GraphStore] | None = None,
    settings: Settings | None = None,
) -> FastAPI:
    """The API over a store: a store URL, an open store (the caller closes it), a factory, or
    None (DIPLOGRAPH_DB, else the embedded default). A store the app opens stays open for the
    app's lifespan and is closed when it shuts down."""
    settings = settings or Settings()
    if isinstance(store, GraphStore):
        holder = StoreHolder(None, store)
    else:
        url = store if isinstance(store, str) else settings.db_url
        factory = store if callable(store) else (lambda: open_store(url))
        holder = StoreHolder(factory)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            # open now (an embedded store starts with the server), with the schema: indexes
            # and `date_key`s a store made by an older version lacks
            holder.get().ensure_schema()
        except DiplographError as exc:
            log.warning("store not available at startup (requests get 503 until it is): %s", exc)
        yield
        holder.close()

    app = FastAPI(
        title="diplograph",
        summary="Who met whom, and when: a knowledge graph of diplomatic relations.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,  # served offline by api/routers/docs.py
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store_holder = holder
    app.state.stats_cache = health.StatsCache()
    app.state.span_snapshot = Snapshot[EventSpan]("event span")
    _install_handlers(app)
    for module in ROUTERS:
        app.include_router(module.router)
    return app
