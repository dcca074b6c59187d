"""GET /health (is the store reachable: a ping, no graph read) and GET /stats (how much is in
it, cached for a few seconds)."""

from __future__ import annotations

import threading
import time

from fastapi import APIRouter, Request

from api.deps import SettingsDep, StoreDep
from api.schemas import ErrorBody, Health, Stats
from graph.store import StoreCounts

router = APIRouter(tags=["health"])


class StatsCache:
    """The last counts read and when; one reader refreshes them while others wait."""

    def __init__(self) -> None:
        self.counts: StoreCounts | None = None
        self.read_at = 0.0
        self.lock = threading.Lock()


@router.get("/health", response_model=Health, responses={503: {"model": ErrorBody}})
def health(store: StoreDep) -> Health:
    """The store answers a ping (503 with the reason when it does not). It reads nothing of
    the graph, so it costs the same on any graph: fit for load balancers and probes. Counts
    are at GET /stats."""
    store.ping()
    return Health(status="ok", backend=store.backend)


@router.get("/stats", response_model=Stats, responses={503: {"model": ErrorBody}})
def stats(request: Request, store: StoreDep, settings: SettingsDep) -> Stats:
    """Node counts by label and relationship counts by type, from the engine's statistics,
    cached for `DIPLOGRAPH_API_STATS_TTL_S` seconds (default 10; `age_s` says how old)."""
    cache: StatsCache = request.app.state.stats_cache
    with cache.lock:
        now = time.monotonic()
        if cache.counts is None or now - cache.read_at > settings.stats_ttl_s:
            cache.counts, cache.read_at = store.counts(), now
        counts, age = cache.counts, now - cache.read_at
    return Stats(
        backend=store.backend,
        nodes=counts.nodes,
        relationships=counts.relationships,
        age_s=round(age, 3),
    )
