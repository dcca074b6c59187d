"""Actors (people, countries, organizations): search, details, meetings."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api import cypher
from api.cards import event_cards
from api.common import (
    TEXT_PATTERN,
    ActorTypeParam,
    CountryQuery,
    IdPath,
    Limit,
    Offset,
    OptionalId,
    Since,
    Until,
    require_actor,
)
from api.deps import StoreDep
from api.schemas import (
    ActorCounts,
    ActorDetail,
    ActorMeeting,
    ActorSummary,
    ErrorBody,
    Page,
    Position,
)
from graph.model import Label, fold

router = APIRouter(prefix="/actors", tags=["actors"])
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "no actor with this id"}
}


def _summary(r: dict) -> ActorSummary:
    return ActorSummary(
        id=r["id"],
        type=r["type"],
        name=r["name"],
        country=r["country"],
        aliases=r["aliases"] or [],
        titles=r["titles"] or [],
        kind=r["kind"],
    )


@router.get("", response_model=Page[ActorSummary])
def search_actors(
    store: StoreDep,
    q: Annotated[
        str | None,
        Query(
            max_length=200,
            pattern=TEXT_PATTERN,
            description="part of a name or alias (case- and accent-insensitive)",
        ),
    ] = None,
    type: ActorTypeParam | None = None,  # noqa: A002 - the public parameter name
    country: CountryQuery = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[ActorSummary]:
    """Search actors by name or alias; sorted by name, then id."""
    label = Label(type) if type else None
    params = {
        "q": fold(q) or None if q else None,
        "country": country.upper() if country else None,
        "offset": offset,
        "limit": limit,
    }
    total = store.read(cypher.actors_count(label), params).rows[0]["total"]
    rows = store.read(cypher.actors_page(label), params, row_cap=limit).rows
    return Page(items=[_summary(r) for r in rows], total=total, limit=limit, offset=offset)


@router.get("/{actor_id}", response_model=ActorDetail, responses=NOT_FOUND)
def get_actor(actor_id: IdPath, store: StoreDep) -> ActorDetail:
    """Names, aliases, titles, positions held, country, and how many events, agreements and
    documents the actor appears in."""
    label = require_actor(store, actor_id)
    r = store.read(cypher.actor_detail(label), {"id": actor_id}).rows[0]
    positions = store.read(cypher.actor_positions(label), {"id": actor_id}).rows
    return ActorDetail(
        **_summary(r).model_dump(),
        positions=[Position(**p) for p in positions],
        counts=ActorCounts(
            events=r["events"], agreements=r["agreements"], documents=r["documents"]
        ),
    )


@router.get("/{actor_id}/meetings", response_model=Page[ActorMeeting], responses=NOT_FOUND)
def actor_meetings(
    actor_id: IdPath,
    store: StoreDep,
    with_: Annotated[
        OptionalId, Query(alias="with", description="only meetings with this actor id")
    ] = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[ActorMeeting]:
    """Whom this actor met, when and where, with the event id and its sources; newest first."""
    label = require_actor(store, actor_id)
    params = {
        "id": actor_id,
        "with": with_,
        "since": since,
        "until": until,
        "offset": offset,
        "limit": limit,
    }
    total = store.read(cypher.actor_meetings_count(label), params).rows[0]["total"]
    ids = [r["id"] for r in store.read(cypher.actor_meetings_page(label), params).rows]
    items = []
    for card in event_cards(store, ids):
        counterparts = [p for p in card.participants if p.id != actor_id]
        items.append(ActorMeeting(**card.model_dump(), counterparts=counterparts))
    return Page(items=items, total=total, limit=limit, offset=offset)
