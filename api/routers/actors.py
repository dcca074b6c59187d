"""Actors (people, countries, organizations): search, details, meetings."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from api import cypher, keyset
from api.cards import agreement_cards, event_cards
from api.common import (
    TEXT_PATTERN,
    ActorTypeParam,
    CountriesQuery,
    CountryQuery,
    Cursor,
    EventKindsQuery,
    IdPath,
    Limit,
    Offset,
    OptionalId,
    Since,
    Until,
    encounter_params,
    page_body,
    require_actor,
)
from api.deps import StoreDep
from api.schemas import (
    ActorCounts,
    ActorDetail,
    ActorMeeting,
    ActorSummary,
    AgreementCard,
    Counterpart,
    ErrorBody,
    Page,
    Position,
    Suggestions,
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
    request: Request,
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
    cursor: Cursor = None,
) -> Page[ActorSummary]:
    """Search actors by name or alias; sorted by name, then id. Page on with `cursor`."""
    keyset.check_offset(offset)
    label = Label(type) if type else None
    filters = {
        "q": fold(q) or None if q else None,
        "type": type,
        "country": country.upper() if country else None,
    }
    after = keyset.decode(cursor, "actors", filters) if cursor else None
    params = {"q": filters["q"], "country": filters["country"]}
    # actors, not events: the scan and the count are bounded by how many actors there are
    rows = keyset.read_after(store, cypher.actors_page(label), params, after, offset + limit + 1)
    page = keyset.take(rows, after, offset, limit)
    total = store.read(cypher.actors_count(label), params).rows[0]["total"]
    links = keyset.next_links(request.url.path, request.query_params, "actors", filters, page)
    return Page(
        items=[_summary(r) for r in page.rows], total=total, limit=limit, offset=offset, **links
    )


@router.get("/suggest", response_model=Suggestions)
def suggest_actors(
    store: StoreDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            pattern=TEXT_PATTERN,
            description="what was typed so far (case- and accent-insensitive)",
        ),
    ],
    type: ActorTypeParam | None = None,  # noqa: A002 - the public parameter name
    limit: Annotated[int, Query(ge=1, le=50, description="how many (at most 50)")] = 10,
) -> Suggestions:
    """Actors for a search box as the user types: the whole name or alias first, then names
    that start with the text, then names with a word that does, then the rest; shorter
    names first within each."""
    folded = fold(q)
    if not folded:
        return Suggestions(q=q, items=[])
    params = {"q": folded, "id": q, "type": type, "limit": limit}
    rows = store.read(cypher.ACTOR_SUGGEST, params, row_cap=limit).rows
    return Suggestions(q=q, items=[_summary(r) for r in rows])


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
    request: Request,
    actor_id: IdPath,
    store: StoreDep,
    with_: Annotated[
        OptionalId, Query(alias="with", description="only meetings with this actor id")
    ] = None,
    since: Since = None,
    until: Until = None,
    kind: EventKindsQuery = None,
    country: CountriesQuery = None,
    limit: Limit = 50,
    offset: Offset = 0,
    cursor: Cursor = None,
) -> Response:
    """Whom this actor met, when and where, with the event id and its sources; newest first.
    Read from the actor outward; page on with `cursor`. `kind` and `country` may be
    repeated: events of any of these kinds, with a counterpart of any of these countries."""
    keyset.check_offset(offset)
    label = require_actor(store, actor_id)
    filters = {
        "id": actor_id,
        "with": with_,
        "since": since,
        "until": until,
        **encounter_params(kind, country),
    }
    after = keyset.decode(cursor, "actor-meetings", filters) if cursor else None
    query = cypher.actor_meetings_page(label)
    rows = keyset.read_after(store, query, filters, after, offset + limit + 1)
    page = keyset.take(rows, after, offset, limit)
    total = store.read(cypher.actor_meetings_count(label), filters).rows[0]["total"]
    items = []
    for card in event_cards(store, [r["id"] for r in page.rows]):
        counterparts = [p for p in card["participants"] if p["id"] != actor_id]
        items.append({**card, "counterparts": counterparts})  # an ActorMeeting
    links = keyset.next_links(
        request.url.path, request.query_params, "actor-meetings", filters, page
    )
    return page_body(items, total=total, limit=limit, offset=offset, **links)


@router.get("/{actor_id}/counterparts", response_model=Page[Counterpart], responses=NOT_FOUND)
def actor_counterparts(
    actor_id: IdPath,
    store: StoreDep,
    since: Since = None,
    until: Until = None,
    kind: EventKindsQuery = None,
    country: CountriesQuery = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[Counterpart]:
    """Everyone this actor took part in an event with, most encounters first, with the
    number of encounters and their first and last dates: the neighbours the explorer draws
    when it expands an actor. Same filters as `/actors/{id}/meetings`."""
    label = require_actor(store, actor_id)
    params = {
        "id": actor_id,
        "since": since,
        "until": until,
        **encounter_params(kind, country),
        "offset": offset,
        "limit": limit,
    }
    total = store.read(cypher.counterparts_count(label), params).rows[0]["total"]
    rows = store.read(cypher.counterparts_page(label), params, row_cap=limit).rows
    items = [
        Counterpart(
            id=r["id"],
            type=r["type"],
            name=r["name"],
            country=r["country"],
            titles=r["titles"] or [],
            kind=r["kind"],
            meetings=r["meetings"],
            first=r["first"],
            last=r["last"],
        )
        for r in rows
    ]
    return Page(items=items, total=total, limit=limit, offset=offset)


@router.get("/{actor_id}/agreements", response_model=Page[AgreementCard], responses=NOT_FOUND)
def actor_agreements(
    actor_id: IdPath,
    store: StoreDep,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    """Agreements the actor is party to or signed, newest first (undated last)."""
    label = require_actor(store, actor_id)
    params = {"id": actor_id, "since": since, "until": until, "offset": offset, "limit": limit}
    total = store.read(cypher.actor_agreements_count(label), params).rows[0]["total"]
    ids = [r["id"] for r in store.read(cypher.actor_agreements_page(label), params).rows]
    return page_body(agreement_cards(store, ids), total=total, limit=limit, offset=offset)
