"""Events and agreements as response cards: a page of ids in, full cards out, in a fixed
number of queries (not one query per item).

Cards are plain dicts with the fields of their models in api/schemas.py (EventCard,
EventDetail, AgreementCard, AgreementDetail), in the models' order, written to JSON once by
`api.common.json_page` / `json_body`: a page of 50 cards built and validated as pydantic
models, then dumped and validated again by FastAPI, cost more than reading them. The
models stay the OpenAPI schema of the routes, and tests/api checks the shapes against it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from api import cypher
from graph.model import Label
from graph.store import GraphStore

Card = dict[str, Any]


def _by_fact(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        out[r["fact"]].append(r)
    return out


def _read(store: GraphStore, query: str, ids: list[str]) -> list[dict[str, Any]]:
    return store.read(query, {"ids": ids}, row_cap=100_000).rows


def _cards(store: GraphStore, query: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The `card` column of a card query, by id."""
    return {r["card"]["id"]: r["card"] for r in _read(store, query, ids)}


def _source(s: dict[str, Any]) -> Card:
    return {
        "document": s["document"],
        "title": s.get("title"),
        "source": s.get("source"),
        "published": s.get("published"),
        "quote": s.get("quote"),
    }


def _source_order(s: dict[str, Any]) -> tuple[str, int, str]:
    start = s.get("start")
    return (str(s["document"]), start if start is not None else -1, s.get("quote") or "")


def _actor(a: dict[str, Any]) -> Card:
    return {
        "id": a["id"],
        "type": a.get("type"),
        "name": a.get("name"),
        "country": a.get("country"),
    }


def event_cards(store: GraphStore, ids: list[str], detail: bool = False) -> list[Card]:
    """Cards (EventCard, or EventDetail when `detail`) in the order of `ids` (ids that are no
    event are skipped)."""
    if not ids:
        return []
    cards = _cards(store, cypher.EVENT_CARDS, ids)
    agreements = _by_fact(_read(store, cypher.EVENT_AGREEMENTS, ids)) if detail else {}
    out: list[Card] = []
    for eid in ids:
        r = cards.get(eid)
        if r is None:
            continue
        places = sorted(r["places"] or [], key=lambda p: str(p["id"]))
        place = places[0] if places else None
        people = sorted(r["people"] or [], key=lambda p: str(p["id"]))
        card: Card = {
            "id": eid,
            "kind": r.get("kind"),
            "date": r.get("date"),
            "date_precision": r.get("date_precision"),
            "title": r.get("title"),
            "place": place
            and {
                "id": place["id"],
                "name": place.get("name"),
                "kind": place.get("kind"),
                "country": place.get("country"),
            },
            "participants": [{**_actor(p), "role": p.get("role")} for p in people],
            "sources": [_source(s) for s in sorted(r["sources"] or [], key=_source_order)],
        }
        if detail:
            card["agreements"] = [
                {"id": g["id"], "name": g["name"], "kind": g["kind"], "status": g["status"]}
                for g in agreements[eid]
            ]
        out.append(card)
    return out


def agreement_cards(store: GraphStore, ids: list[str], detail: bool = False) -> list[Card]:
    """Cards (AgreementCard, or AgreementDetail when `detail`) in the order of `ids`."""
    if not ids:
        return []
    cards = _cards(store, cypher.AGREEMENT_CARDS, ids)
    sources = _by_fact(_read(store, cypher.fact_sources(Label.AGREEMENT), ids)) if detail else {}
    out: list[Card] = []
    for gid in ids:
        r = cards.get(gid)
        if r is None:
            continue
        refs: dict[str, list[Card]] = {"PARTY_TO": [], "SIGNED": []}
        for a in sorted(r["actors"] or [], key=lambda a: str(a["id"])):
            refs[a["rel"]].append(_actor(a))
        card: Card = {
            "id": gid,
            "name": r.get("name"),
            "kind": r.get("kind"),
            "status": r.get("status"),
            "date": r.get("date"),
            "date_precision": r.get("date_precision"),
            "topics": r.get("topics") or [],
            "event": r.get("event"),
            "parties": refs["PARTY_TO"],
            "signatories": refs["SIGNED"],
        }
        if detail:
            card["sources"] = [_source(s) for s in sources[gid]]
        out.append(card)
    return out
