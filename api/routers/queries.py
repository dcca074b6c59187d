"""Saved queries over HTTP: list, show, run (the loader and runner of `diplograph query`)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Path

from api.common import Limit, Offset, jsonable
from api.deps import SettingsDep, StoreDep
from api.schemas import (
    ErrorBody,
    Page,
    QueryParamInfo,
    SavedQueryDetail,
    SavedQueryInfo,
    SavedQueryResult,
)
from queries.loader import NAME_RE, SavedQuery, get_query, load_queries, run_query

router = APIRouter(prefix="/queries", tags=["queries"])
NamePath = Annotated[str, Path(pattern=NAME_RE.pattern, description="saved query name")]
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "no saved query of this name"}
}


def _info(q: SavedQuery) -> dict[str, Any]:
    return {
        "name": q.name,
        "description": q.description,
        "params": [
            QueryParamInfo(
                name=p.name, type=p.type, required=p.required, default=p.default, comment=p.comment
            )
            for p in q.params
        ],
    }


@router.get("", response_model=Page[SavedQueryInfo])
def list_queries(limit: Limit = 50, offset: Offset = 0) -> Page[SavedQueryInfo]:
    """The saved queries (queries/*.cypher), by name."""
    queries = [load_queries()[n] for n in sorted(load_queries())]
    items = [SavedQueryInfo(**_info(q)) for q in queries[offset : offset + limit]]
    return Page(items=items, total=len(queries), limit=limit, offset=offset)


@router.get("/{name}", response_model=SavedQueryDetail, responses=NOT_FOUND)
def show_query(name: NamePath) -> SavedQueryDetail:
    """One saved query: description, parameters and its Cypher."""
    q = get_query(name)
    return SavedQueryDetail(**_info(q), cypher=q.text)


@router.post(
    "/{name}",
    response_model=SavedQueryResult,
    responses={**NOT_FOUND, 422: {"model": ErrorBody, "description": "bad parameters"}},
)
def run_saved_query(
    name: NamePath,
    store: StoreDep,
    settings: SettingsDep,
    params: Annotated[
        dict[str, Any] | None,
        Body(description='parameters as a JSON object, e.g. {"a": "p-1", "since": "2024"}'),
    ] = None,
) -> SavedQueryResult:
    """Run a saved query read-only, with the API's timeout and row cap."""
    q = get_query(name)
    result = run_query(
        store, q, params or {}, timeout_s=settings.query_timeout_s, row_cap=settings.row_cap
    )
    return SavedQueryResult(
        name=q.name,
        params=jsonable(params or {}),
        columns=result.columns,
        rows=jsonable(result.rows),
        truncated=result.truncated,
    )
