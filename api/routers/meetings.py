"""GET /meetings: who met whom, and when."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from api import cypher, keyset
from api.cards import event_cards
from api.common import (
    TEXT_PATTERN,
    CountryQuery,
    Cursor,
    EventKindParam,
    Limit,
    Offset,
    OptionalId,
    Since,
    Until,
    actor_label,
    page_body,
)
from api.deps import SettingsDep, StoreDep
from api.schemas import EventCard, EventSpan, Page
from api.snapshots import Snapshot
from graph.model import Label
from graph.store import GraphStore

router = APIRouter(tags=["meetings"])


@router.get("/meetings", response_model=Page[EventCard])
def meetings(
    request: Request,
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
    cursor: Cursor = None,
) -> Response:
    """Events (meetings, visits, calls, talks, summits, signings, ...) with who took part,
    where and when, and their sources; newest first (undated last). Page on with `cursor`
    (each page's `next_cursor`); `offset` works up to 10,000."""
    keyset.check_offset(offset)
    filters: dict[str, Any] = {
        "a": a,
        "b": b,
        "country": country.upper() if country else None,
        "since": since,
        "until": until,
        "place": place.lower() if place else None,
        "kind": kind,
    }
    after = keyset.decode(cursor, "meetings", filters) if cursor else None
    anchor_id = a or b
    anchor = actor_label(store, anchor_id) if anchor_id else None
    if anchor_id and anchor is None:
        return page_body([], total=0, limit=limit, offset=offset)  # unknown actor: no meetings
    params = {**filters, "anchor": anchor_id}
    need = offset + limit + 1
    total: dict[str, Any]
    if anchor or place is not None:
        # read outward from the actor or the places: bounded by what they took part in
        count_q, page_q = cypher.meetings_queries(
            anchor,
            by_place=place is not None,
            by_participant=bool(a and b) or country is not None,
        )
        rows = keyset.read_after(store, page_q, params, after, need)
        page = keyset.take(rows, after, offset, limit)
        total = {"total": store.read(count_q, params).rows[0]["total"], "total_is_exact": True}
    else:
        by_country = country is not None
        events = keyset.Timeline(
            store,
            "events",
            keyset.dated_in(store, cypher.DATED_EVENT_IN),
            lambda: int(store.read(cypher.count_label(Label.EVENT)).rows[0]["total"]),
        )
        rows = keyset.newest_first(
            store,
            lambda lo, hi, incl: cypher.meetings_window(lo, hi, incl, by_country),
            None if since or until else cypher.meetings_undated(by_country),
            params,
            after,
            need,
            floor=since[:4] if since else None,
            ceiling=until,
            start=events.latest,
            span=events.span(need),
        )
        page = keyset.take(rows, after, offset, limit)
        if any(v is not None for v in filters.values()):
            total = keyset.lower_bound(page)
        else:  # every event: the engine's own count
            count = store.read(cypher.count_label(Label.EVENT)).rows[0]["total"]
            total = {"total": count, "total_is_exact": True}
    links = keyset.next_links(request.url.path, request.query_params, "meetings", filters, page)
    items = event_cards(store, [r["id"] for r in page.rows])
    return page_body(items, limit=limit, offset=offset, **total, **links)


@router.get("/meetings/span", response_model=EventSpan)
def meetings_span(request: Request, store: StoreDep, settings: SettingsDep) -> EventSpan:
    """The first and last event dates and how many events there are of each kind: the range
    and the choices of the explorer's filters. Counting them reads every event (about 1 s at
    a million), so the answer is kept for `DIPLOGRAPH_API_STATS_TTL_S` seconds and then
    refreshed in the background while the last one is served."""
    snapshot: Snapshot[EventSpan] = request.app.state.span_snapshot
    return snapshot.get(lambda: _span(store), settings.stats_ttl_s)


def _span(store: GraphStore) -> EventSpan:
    rows = store.read(cypher.EVENT_SPAN, {}, row_cap=100).rows
    firsts = [r["first"] for r in rows if r["first"]]
    lasts = [r["last"] for r in rows if r["last"]]
    return EventSpan(
        first=min(firsts) if firsts else None,
        last=max(lasts) if lasts else None,
        events=sum(r["events"] for r in rows),
        kinds={str(r["kind"]): r["events"] for r in rows if r["kind"]},
    )
