"""Agreements: list with filters, and one in full."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request, Response

from api import cypher, keyset
from api.cards import agreement_cards
from api.common import (
    Cursor,
    IdPath,
    JSONBody,
    Limit,
    Offset,
    OptionalId,
    Since,
    StatusParam,
    actor_label,
    page_body,
)
from api.deps import StoreDep
from api.schemas import AgreementCard, AgreementDetail, ErrorBody, Page
from graph.model import Label

router = APIRouter(prefix="/agreements", tags=["agreements"])


@router.get("", response_model=Page[AgreementCard])
def list_agreements(
    request: Request,
    store: StoreDep,
    party: Annotated[
        OptionalId, Query(description="actor id of a party (e.g. a country code)")
    ] = None,
    status: StatusParam | None = None,
    since: Since = None,
    limit: Limit = 50,
    offset: Offset = 0,
    cursor: Cursor = None,
) -> Response:
    """Agreements, newest first (undated last). Page on with `cursor`."""
    keyset.check_offset(offset)
    filters: dict[str, Any] = {"party": party, "status": status, "since": since}
    after = keyset.decode(cursor, "agreements", filters) if cursor else None
    need = offset + limit + 1
    total: dict[str, Any]
    if party:
        label = actor_label(store, party)
        if label is None:
            return page_body([], total=0, limit=limit, offset=offset)
        count_q, page_q = cypher.party_agreements(label)
        rows = keyset.read_after(store, page_q, filters, after, need)
        page = keyset.take(rows, after, offset, limit)
        total = {"total": store.read(count_q, filters).rows[0]["total"], "total_is_exact": True}
    else:
        agreements = keyset.Timeline(
            store,
            "agreements",
            keyset.dated_in(store, cypher.DATED_AGREEMENT_IN),
            lambda: int(store.read(cypher.count_label(Label.AGREEMENT)).rows[0]["total"]),
        )
        rows = keyset.newest_first(
            store,
            cypher.agreements_window,
            None if since else cypher.AGREEMENTS_UNDATED,
            filters,
            after,
            need,
            floor=since[:4] if since else None,
            start=agreements.latest,
            span=agreements.span(need),
        )
        page = keyset.take(rows, after, offset, limit)
        if status or since:
            total = keyset.lower_bound(page)
        else:
            count = store.read(cypher.count_label(Label.AGREEMENT)).rows[0]["total"]
            total = {"total": count, "total_is_exact": True}
    links = keyset.next_links(request.url.path, request.query_params, "agreements", filters, page)
    items = agreement_cards(store, [r["id"] for r in page.rows])
    return page_body(items, limit=limit, offset=offset, **total, **links)


@router.get(
    "/{agreement_id}", response_model=AgreementDetail, responses={404: {"model": ErrorBody}}
)
def get_agreement(agreement_id: IdPath, store: StoreDep) -> Response:
    """Parties, signatories, status, the event it was concluded at, and its sources."""
    cards = agreement_cards(store, [agreement_id], detail=True)
    if not cards:
        raise HTTPException(
            404, f"no agreement with id {agreement_id!r}; list them with GET /agreements"
        )
    return JSONBody(cards[0])
