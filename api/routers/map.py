"""GET /map: the interactive relationship map, the same page `diplograph map` writes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field, StringConstraints

from api.common import (
    DATE_PATTERN,
    ID_PATTERN,
    TEXT_PATTERN,
    ActorTypeParam,
    EventKindParam,
    Since,
    Until,
)
from api.deps import StoreDep
from api.schemas import ErrorBody
from graph import network
from graph.maps import MAX_NODES, describe, map_html, render_map
from graph.network import ActorNotFound, AmbiguousActor, Filters

router = APIRouter(tags=["map"])

_COUNTRIES = r"^[A-Za-z]{2},[A-Za-z]{2}$"


@router.get(
    "/map",
    response_class=HTMLResponse,
    response_model=None,
    responses={
        200: {
            "content": {"text/html": {}},
            "description": "the map page (offline, self-contained)",
        },
        404: {"model": ErrorBody, "description": "no actor has this id or name"},
        409: {"model": ErrorBody, "description": "the name matches several actors"},
    },
)
def relationship_map(
    store: StoreDep,
    center: Annotated[
        str | None,
        Query(min_length=1, max_length=200, pattern=TEXT_PATTERN, description="actor id or name"),
    ] = None,
    countries: Annotated[
        str | None, Query(pattern=_COUNTRIES, description="two ISO alpha-2 codes, e.g. PK,BH")
    ] = None,
    depth: Annotated[int, Query(ge=1, le=4, description="hops from center")] = 2,
    since: Since = None,
    until: Until = None,
    kinds: Annotated[list[EventKindParam] | None, Query(description="event kinds")] = None,
    actor_types: Annotated[list[ActorTypeParam] | None, Query()] = None,
    min_meetings: Annotated[int, Query(ge=1, le=1000)] = 1,
    max_nodes: Annotated[int, Query(ge=10, le=1000)] = 1000,
) -> HTMLResponse | JSONResponse:
    """The map around `center`, between two `countries`, or of the whole graph, filtered.
    A filter that matches nothing gives a page saying so."""
    if center and countries:
        return JSONResponse({"detail": "give center or countries, not both"}, status_code=422)
    filters = Filters(
        since=since,
        until=until,
        kinds=tuple(kinds) if kinds else None,
        actor_types=tuple(actor_types) if actor_types else None,
        min_meetings=min_meetings,
    )
    pair: tuple[str, str] | None = None
    if countries:
        a, b = countries.upper().split(",")
        pair = (a, b)
    try:
        page = map_html(
            store,
            center=center,
            countries=pair,
            depth=depth,
            filters=filters,
            max_nodes=max_nodes,
        )
    except ActorNotFound as exc:
        return JSONResponse({"detail": exc.message, "code": exc.code}, status_code=404)
    except AmbiguousActor as exc:
        return JSONResponse(
            {
                "detail": exc.message,
                "code": exc.code,
                "candidates": [c["id"] for c in exc.candidates],
            },
            status_code=409,
        )
    return HTMLResponse(page)


NodeId = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
DateText = Annotated[str, StringConstraints(pattern=DATE_PATTERN)]


class MapSelection(BaseModel):
    """What an explorer has on its canvas."""

    actors: list[NodeId] = Field(max_length=MAX_NODES, description="actor ids to draw")
    agreements: list[NodeId] | None = Field(
        default=None,
        max_length=MAX_NODES,
        description="agreement ids to draw (default: those two of the actors share)",
    )
    center: NodeId | None = Field(default=None, description="actor drawn with a thick border")
    since: DateText | None = None
    until: DateText | None = None
    kinds: list[EventKindParam] | None = Field(default=None, max_length=8)
    title: Annotated[str, StringConstraints(max_length=200, pattern=TEXT_PATTERN)] | None = None


@router.post(
    "/map/selection",
    response_class=HTMLResponse,
    responses={200: {"content": {"text/html": {}}, "description": "the map page"}},
)
def selection_map(body: MapSelection, store: StoreDep) -> HTMLResponse:
    """The map of exactly the given actors (and agreements) with the events they share, as
    one self-contained offline page: the explorer's "save this view"."""
    filters = Filters(
        since=body.since, until=body.until, kinds=tuple(body.kinds) if body.kinds else None
    )
    data = network.selection(store, body.actors, body.agreements, filters)
    title = body.title or f"Explorer view: {len(data.actors)} actors"
    return HTMLResponse(render_map(data, title, body.center, describe(filters)))
