"""Agreements: list with filters, and one in full."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from api import cypher
from api.cards import agreement_cards
from api.common import IdPath, Limit, Offset, OptionalId, Since, StatusParam
from api.deps import StoreDep
from api.schemas import AgreementCard, AgreementDetail, ErrorBody, Page

router = APIRouter(prefix="/agreements", tags=["agreements"])


@router.get("", response_model=Page[AgreementCard])
def list_agreements(
    store: StoreDep,
    party: Annotated[
        OptionalId, Query(description="actor id of a party (e.g. a country code)")
    ] = None,
    status: StatusParam | None = None,
    since: Since = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[AgreementCard]:
    """Agreements, newest first (undated last)."""
    params = {"party": party, "status": status, "since": since, "offset": offset, "limit": limit}
    total = store.read(cypher.AGREEMENTS_COUNT, params).rows[0]["total"]
    ids = [r["id"] for r in store.read(cypher.AGREEMENTS_PAGE, params).rows]
    return Page(items=agreement_cards(store, ids), total=total, limit=limit, offset=offset)


@router.get(
    "/{agreement_id}", response_model=AgreementDetail, responses={404: {"model": ErrorBody}}
)
def get_agreement(agreement_id: IdPath, store: StoreDep) -> AgreementDetail:
    """Parties, signatories, status, the event it was concluded at, and its sources."""
    cards = agreement_cards(store, [agreement_id], detail=True)
    if not cards:
        raise HTTPException(
            404, f"no agreement with id {agreement_id!r}; list them with GET /agreements"
        )
    return cards[0]  # type: ignore[return-value]
