"""GET /countries/{code}/relations: the bilateral timeline of two countries."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response

from api import cypher, keyset
from api.cards import agreement_cards, event_cards
from api.common import COUNTRY_PATTERN, Cursor, Limit, Offset, page_body
from api.deps import StoreDep
from api.schemas import ErrorBody, Relations
from graph import bilateral
from graph.store import GraphStore

router = APIRouter(prefix="/countries", tags=["countries"])


def _country(store: GraphStore, code: str) -> dict[str, Any]:
    """A CountryRef (api/schemas.py)."""
    rows = store.read(cypher.COUNTRY, {"code": code}).rows
    if not rows:
        raise HTTPException(
            404, f"no country with code {code!r} in the graph (ISO alpha-2, e.g. FR)"
        )
    return {"id": rows[0]["id"], "name": rows[0]["name"]}


@router.get("/{code}/relations", response_model=Relations, responses={404: {"model": ErrorBody}})
def relations(
    request: Request,
    code: Annotated[str, Path(pattern=COUNTRY_PATTERN, description="ISO alpha-2 code")],
    store: StoreDep,
    with_: Annotated[
        str, Query(alias="with", pattern=COUNTRY_PATTERN, description="the other country")
    ],
    limit: Limit = 50,
    offset: Offset = 0,
    cursor: Cursor = None,
) -> Response:
    """Events with people (or the states) of both countries and agreements both are party to,
    oldest first (undated last), each with the people involved (participants; signatories).
    Read in date windows from the date indexes; page on with `cursor`."""
    keyset.check_offset(offset)
    if code.upper() == with_.upper():
        raise HTTPException(422, "`with` must name another country than the path's code")
    filters = {"a": code.upper(), "b": with_.upper()}
    after = keyset.decode(cursor, "relations", filters) if cursor else None
    a, b = _country(store, code.upper()), _country(store, with_.upper())

    has_events = keyset.dated_in(store, cypher.DATED_EVENT_IN)
    has_agreements = keyset.dated_in(store, cypher.DATED_AGREEMENT_IN)
    facts = keyset.Timeline(store, "facts", lambda a, b: has_events(a, b) or has_agreements(a, b))
    rows = keyset.oldest_first(
        store,
        cypher.bilateral_window,
        cypher.BILATERAL_UNDATED,
        {**filters, "pair": bilateral.pair_base(filters["a"], filters["b"])},
        after,
        offset + limit + 1,
        start=facts.earliest,
    )
    sl = keyset.take(rows, after, offset, limit)
    page = [{"type": r["id"].split(":", 1)[0], "id": r["id"].split(":", 1)[1]} for r in sl.rows]
    events = {
        c["id"]: c for c in event_cards(store, [r["id"] for r in page if r["type"] == "event"])
    }
    agreements = {
        c["id"]: c
        for c in agreement_cards(store, [r["id"] for r in page if r["type"] == "agreement"])
    }
    items: list[dict[str, Any]] = []  # RelationItem
    for r in page:
        if r["type"] == "event" and r["id"] in events:
            e = events[r["id"]]
            people = [p for p in e["participants"] if p["type"] == "Person"]
            place = e["place"]["name"] if e["place"] else None
            items.append(_item("event", e, e["title"], None, place, people))
        elif r["id"] in agreements:
            g = agreements[r["id"]]
            people = [{**s, "role": "signatory"} for s in g["signatories"]]
            items.append(_item("agreement", g, g["name"], g["status"], None, people))
    links = keyset.next_links(request.url.path, request.query_params, "relations", filters, sl)
    return page_body(
        items,
        limit=limit,
        offset=offset,
        **keyset.lower_bound(sl),
        **links,
        country=a,
        partner=b,
    )


def _item(
    kind: str,
    card: dict[str, Any],
    title: str | None,
    status: str | None,
    place: str | None,
    people: list[dict[str, Any]],
) -> dict[str, Any]:
    """A RelationItem (api/schemas.py) of an event or agreement card."""
    return {
        "type": kind,
        "id": card["id"],
        "kind": card["kind"],
        "date": card["date"],
        "title": title,
        "status": status,
        "place": place,
        "people": people,
    }
