"""Events and agreements as response cards: a page of ids in, full cards out, in a fixed
number of queries (not one query per item)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from api import cypher
from api.schemas import (
    ActorRef,
    AgreementCard,
    AgreementDetail,
    AgreementRef,
    EventCard,
    EventDetail,
    Participant,
    PlaceRef,
    Source,
)
from graph.model import Label
from graph.store import GraphStore


def _by_fact(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        out[r["fact"]].append(r)
    return out


def _read(store: GraphStore, query: str, ids: list[str]) -> list[dict[str, Any]]:
    return store.read(query, {"ids": ids}, row_cap=100_000).rows


def _fields(row: dict[str, Any], *names: str) -> dict[str, Any]:
    return {n: row.get(n) for n in names}


def event_cards(store: GraphStore, ids: list[str], detail: bool = False) -> list[EventCard]:
    """Cards in the order of `ids` (ids that are no event are skipped)."""
    if not ids:
        return []
    cards = {r["id"]: r for r in _read(store, cypher.EVENT_CARDS_FULL, ids)}
    agreements = _by_fact(_read(store, cypher.EVENT_AGREEMENTS, ids)) if detail else {}
    out: list[EventCard] = []
    for eid in ids:
        if eid not in cards:
            continue
        r = cards[eid]
        places = sorted(r["places"] or [], key=lambda p: str(p["id"]))
        place = PlaceRef(**_fields(places[0], "id", "name", "kind", "country")) if places else None
        people = sorted(r["people"] or [], key=lambda p: str(p["id"]))
        sources = sorted(
            r["sources"] or [],
            key=lambda s: (
                str(s["document"]),
                s["start"] if s["start"] is not None else -1,
                s["quote"] or "",
            ),
        )
        fields = dict(
            id=eid,
            kind=r["kind"],
            date=r["date"],
            date_precision=r["date_precision"],
            title=r["title"],
            place=place,
            participants=[
                Participant(**_fields(p, "id", "type", "name", "country", "role")) for p in people
            ],
            sources=[
                Source(**_fields(s, "document", "title", "source", "published", "quote"))
                for s in sources
            ],
        )
        if detail:
            out.append(
                EventDetail(
                    **fields,
                    agreements=[
                        AgreementRef(**_fields(g, "id", "name", "kind", "status"))
                        for g in agreements[eid]
                    ],
                )
            )
        else:
            out.append(EventCard(**fields))
    return out


def agreement_cards(store: GraphStore, ids: list[str], detail: bool = False) -> list[AgreementCard]:
    if not ids:
        return []
    cards = {r["id"]: r for r in _read(store, cypher.AGREEMENT_CARDS, ids)}
    actors = _by_fact(_read(store, cypher.AGREEMENT_ACTORS, ids))
    sources = _by_fact(_read(store, cypher.fact_sources(Label.AGREEMENT), ids)) if detail else {}
    out: list[AgreementCard] = []
    for gid in ids:
        if gid not in cards:
            continue
        r = cards[gid]
        refs = {"PARTY_TO": [], "SIGNED": []}  # type: dict[str, list[ActorRef]]
        for a in actors[gid]:
            refs[a["rel"]].append(ActorRef(**_fields(a, "id", "type", "name", "country")))
        fields = dict(
            **_fields(r, "id", "name", "kind", "status", "date", "date_precision", "event"),
            topics=r["topics"] or [],
            parties=refs["PARTY_TO"],
            signatories=refs["SIGNED"],
        )
        if detail:
            out.append(
                AgreementDetail(
                    **fields,
                    sources=[
                        Source(**_fields(s, "document", "title", "source", "published", "quote"))
                        for s in sources[gid]
                    ],
                )
            )
        else:
            out.append(AgreementCard(**fields))
    return out
