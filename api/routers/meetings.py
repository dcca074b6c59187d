"""GET /meetings: who met whom, and when."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api import cypher
from api.cards import event_cards
from api.common import (
    TEXT_PATTERN,
    CountryQuery,
    EventKindParam,
    Limit,
    Offset,
    OptionalId,
    Since,
    Until,
    actor_label,
)
from api.deps import StoreDep
from api.schemas import EventCard, Page

router = APIRouter(tags=["meetings"])


@router.get("/meetings", response_model=Page[EventCard])
def meetings(
    store: StoreDep,
    a: Annotated[OptionalId, Query(description="an actor id that took part")] = None,
    b: Annotated[OptionalId, Query(description="another actor id that took part")] = None,
    country: Annotated[
        CountryQuery, Query(description="a participant of this country (ISO alpha-2)")
    ] = None,
    since: Since = None,
    until: Until = None,
    place: Annotated[
        str | None,
        Query(max_length=200, pattern=TEXT_PATTERN, description="place id or part of its name"),
    ] = None,
    kind: EventKindParam | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[EventCard]:
    """Events with two or more participants, filtered; newest first (undated last)."""
    anchor = actor_label(store, a) if a else None
    if a and anchor is None:
        return Page(items=[], total=0, limit=limit, offset=offset)  # unknown actor: no meetings
    params = {
        "a": a,
        "b": b,
        "country": country.upper() if country else None,
        "since": since,
        "until": until,
        "place": place.lower() if place else None,
        "kind": kind,
        "offset": offset,
        "limit": limit,
    }
    query = cypher.meetings_query(
        anchor, by_participant=bool(a or b or country), by_place=place is not None
    )
    row = store.read(query, params).rows[0]
    total, ids = row["total"], row["page"] or []
    return Page(items=event_cards(store, ids), total=total, limit=limit, offset=offset)
