"""GET /health: is the store reachable, which backend, how much is in it."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import StoreDep
from api.schemas import ErrorBody, Health

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health, responses={503: {"model": ErrorBody}})
def health(store: StoreDep) -> Health:
    """The store answers (503 with the reason when it does not), with node and relationship
    counts by label and type."""
    counts = store.counts()
    return Health(
        status="ok", backend=store.backend, nodes=counts.nodes, relationships=counts.relationships
    )
