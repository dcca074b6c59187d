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
from api.schemas import EventCard, EventSpan, Page

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
    """Events (meetings, visits, calls, talks, summits, signings, ...) with who took part,
    where and when, and their sources; newest first (undated last)."""
    anchor_id = a or b
    anchor = actor_label(store, anchor_id) if anchor_id else None
    if anchor_id and anchor is None:
        return Page(items=[], total=0, limit=limit, offset=offset)  # unknown actor: no meetings
    params = {
        "anchor": anchor_id,
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
    count_q, page_q = cypher.meetings_queries(
        anchor,
        by_place=place is not None,
        by_country=country is not None,
        # participant filters the anchor does not already cover
        by_participant=bool(a and b)
        or (country is not None and (anchor is not None or place is not None)),
    )
    total = store.read(count_q, params).rows[0]["total"]
    ids = [r["id"] for r in store.read(page_q, params).rows]
    return Page(items=event_cards(store, ids), total=total, limit=limit, offset=offset)


@router.get("/meetings/span", response_model=EventSpan)
def meetings_span(store: StoreDep) -> EventSpan:
    """The first and last event dates and how many events there are of each kind: the range
    and the choices of the explorer's filters."""
    rows = store.read(cypher.EVENT_SPAN, {}, row_cap=100).rows
    firsts = [r["first"] for r in rows if r["first"]]
    lasts = [r["last"] for r in rows if r["last"]]
    return EventSpan(
        first=min(firsts) if firsts else None,
        last=max(lasts) if lasts else None,
        events=sum(r["events"] for r in rows),
        kinds={str(r["kind"]): r["events"] for r in rows if r["kind"]},
    )
