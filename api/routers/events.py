"""GET /events/{id}: one event in full."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Response

from api.cards import event_cards
from api.common import IdPath, JSONBody
from api.deps import StoreDep
from api.schemas import ErrorBody, EventDetail

router = APIRouter(prefix="/events", tags=["events"])


@router.get("/{event_id}", response_model=EventDetail, responses={404: {"model": ErrorBody}})
def get_event(event_id: IdPath, store: StoreDep) -> Response:
    """Participants with their roles, place, date and its precision, the agreements concluded
    at it, and the reports behind it with the quoted sentences."""
    cards = event_cards(store, [event_id], detail=True)
    if not cards:
        raise HTTPException(404, f"no event with id {event_id!r}; find events with GET /meetings")
    return JSONBody(cards[0])
