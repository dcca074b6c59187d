"""GET /paths: how two actors are connected (bounded search with a timeout)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api import cypher
from api.common import ID_PATTERN, require_actor
from api.deps import SettingsDep, StoreDep
from api.pathfinder import MAX_HOPS, shortest_path
from api.schemas import ActorRef, ErrorBody, PathLink, PathResult, Via

router = APIRouter(tags=["paths"])


@router.get(
    "/paths",
    response_model=PathResult,
    responses={404: {"model": ErrorBody}, 504: {"model": ErrorBody}},
)
def paths(
    store: StoreDep,
    settings: SettingsDep,
    from_: Annotated[str, Query(alias="from", pattern=ID_PATTERN, description="actor id")],
    to: Annotated[str, Query(pattern=ID_PATTERN, description="actor id")],
    max_hops: Annotated[int, Query(ge=1, le=MAX_HOPS, description=f"at most {MAX_HOPS}")] = 3,
) -> PathResult:
    """A shortest chain of actors linking `from` to `to`, each link being an event both took
    part in or an agreement both are party to (or signed). `found` is false when there is none
    within `max_hops`; 504 when the search runs out of time."""
    source_label = require_actor(store, from_)
    require_actor(store, to)
    found = shortest_path(store, from_, source_label, to, max_hops, settings.paths_timeout_s)
    if found is None:
        return PathResult(
            source=from_, target=to, max_hops=max_hops, found=False, nodes=[], links=[]
        )
    actors = {r["id"]: r for r in store.read(cypher.ACTOR_CARDS, {"ids": found.ids}).rows}
    facts = {r["id"]: r for r in store.read(cypher.FACT_CARDS, {"ids": found.vias}).rows}
    nodes = [
        ActorRef(**{k: actors.get(i, {}).get(k) for k in ("type", "name", "country")}, id=i)
        for i in found.ids
    ]
    links = [
        PathLink(
            source=found.ids[n],
            target=found.ids[n + 1],
            via=Via(**facts[v]) if v in facts else None,
        )
        for n, v in enumerate(found.vias)
    ]
    return PathResult(
        source=from_,
        target=to,
        max_hops=max_hops,
        found=True,
        hops=len(links),
        nodes=nodes,
        links=links,
    )
