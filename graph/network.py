"""From the store to networkx: subgraphs (ego network, two countries, whole graph with
filters) and the analytics analysts ask for (centrality, brokers, communities, meeting
counts, bilateral timelines).

Every read is a parameterized query of graph/cypher.py run through `store.read`. Graph walks
(ego networks to depth N) expand in Python one hop at a time, so both engines run the same
bounded patterns (FalkorDB has no undirected shortestPath nor APOC).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from diplograph.errors import InputError
from graph import cypher
from graph.model import fold
from graph.store import GraphStore


class ActorNotFound(InputError):
    code = "E203"


class AmbiguousActor(InputError):
    code = "E204"

    def __init__(self, text: str, candidates: list[dict]) -> None:
        listing = "\n  ".join(f"{c['id']}  {c['name']} ({c['type']})" for c in candidates)
        super().__init__(
            f"{text!r} matches {len(candidates)} actors:\n  {listing}",
            hint="give the actor id or a longer name",
        )
        self.candidates = candidates


ACTOR_TYPES = ("Person", "Country", "Organization")
_CAP = 1_000_000


@dataclass(frozen=True)
class Filters:
    """What part of the graph to look at. Dates are ISO prefixes ("2025", "2025-07", ...),
    both ends inclusive; `kinds` are event kinds; `actor_types` limit the participants."""

    since: str | None = None
    until: str | None = None
    kinds: tuple[str, ...] | None = None
    actor_types: tuple[str, ...] | None = None
    min_meetings: int = 1

    def params(self) -> dict[str, Any]:
        # "~" sorts after digits and "-": until "2025-07" keeps "2025-07-31"
        return {
            "since": self.since,
            "until": f"{self.until}~" if self.until else None,
            "kinds": list(self.kinds) if self.kinds else None,
        }


@dataclass
class NetData:
    """The rows one subgraph is made of, before they become networkx graphs."""

    actors: dict[str, dict] = field(default_factory=dict)
    events: dict[str, dict] = field(default_factory=dict)
    participants: list[dict] = field(default_factory=list)  # event, actor, role
    agreements: dict[str, dict] = field(default_factory=dict)
    agreement_links: list[dict] = field(default_factory=list)  # agreement, actor, rel
    affiliations: list[dict] = field(default_factory=list)  # src person, dst org, title
    sources: dict[str, list[dict]] = field(default_factory=dict)  # fact id -> documents

    def __bool__(self) -> bool:
        return bool(self.actors or self.events or self.agreements)


def _rows(store: GraphStore, query: str, params: dict[str, Any]) -> list[dict]:
    return store.read(query, params, row_cap=_CAP, timeout_s=120).rows


def country_of(actor: dict) -> set[str]:
    """The countries an actor stands for: itself for a country, else property and links."""
    if actor["type"] == "Country":
        return {actor["id"]}
    return {c for c in [actor.get("country"), *(actor.get("countries") or [])] if c}


# -- fetching ----------------------------------------------------------------


def _fetch(
    store: GraphStore,
    filters: Filters,
    actors: list[str] | None,
    keep: Callable[[list[dict]], bool] | None = None,
    light: bool = False,
) -> NetData:
    """Events and agreements (all, or those of `actors`), their participants, parties,
    sources, and the actors' affiliations. `keep(actor dicts of one event or agreement)`
    may drop events and agreements once their actors are known. `light` stops after the
    actors (for walking hops)."""
    p = filters.params()
    if actors is None:
        ev_rows = _rows(store, cypher.NET_EVENTS, p)
        ag_rows = _rows(store, cypher.NET_AGREEMENTS, p)
    else:
        ev_rows = _rows(store, cypher.NET_EVENTS_OF, {**p, "actors": actors})
        ag_rows = _rows(store, cypher.NET_AGREEMENTS_OF, {**p, "actors": actors})
    if filters.kinds:  # with event kinds chosen, agreements come with their events only
        kept = {r["id"] for r in ev_rows}
        ag_rows = [r for r in ag_rows if r["event"] in kept]
    data = NetData(events={r["id"]: r for r in ev_rows}, agreements={r["id"]: r for r in ag_rows})
    parts = _rows(store, cypher.NET_PARTICIPANTS, {"events": sorted(data.events)})
    links = _rows(store, cypher.NET_AGREEMENT_LINKS, {"agreements": sorted(data.agreements)})
    ids = sorted({r["actor"] for r in parts} | {r["actor"] for r in links} | set(actors or []))
    data.actors = {r["id"]: r for r in _rows(store, cypher.NET_ACTORS, {"ids": ids})}
    types = filters.actor_types
    if types:
        data.actors = {
            k: a for k, a in data.actors.items() if a["type"] in types or k in (actors or [])
        }
    data.participants = [r for r in parts if r["actor"] in data.actors]
    data.agreement_links = [r for r in links if r["actor"] in data.actors]
    if light:  # enough to walk one more hop
        return data
    if keep is not None:
        _keep_only(data, keep, set(actors or []))
    _apply_min_meetings(data, filters.min_meetings)
    persons = sorted(k for k, a in data.actors.items() if a["type"] == "Person")
    data.affiliations = _rows(store, cypher.NET_AFFILIATIONS, {"ids": persons})
    for org in {r["dst"] for r in data.affiliations} - set(data.actors):
        data.actors.update({r["id"]: r for r in _rows(store, cypher.NET_ACTORS, {"ids": [org]})})
    for r in _rows(
        store, cypher.NET_SOURCES, {"ids": sorted(data.events) + sorted(data.agreements)}
    ):
        data.sources.setdefault(r["fact"], []).append(r)
    return data


def _keep_only(data: NetData, keep: Callable[[list[dict]], bool], seeds: set[str]) -> None:
    """Drop the events and agreements whose actors `keep` refuses, then unused actors."""
    of_event: dict[str, list[dict]] = defaultdict(list)
    for r in data.participants:
        of_event[r["event"]].append(data.actors[r["actor"]])
    of_agreement: dict[str, list[dict]] = defaultdict(list)
    for r in data.agreement_links:
        of_agreement[r["agreement"]].append(data.actors[r["actor"]])
    data.events = {k: e for k, e in data.events.items() if keep(of_event[k])}
    data.agreements = {k: g for k, g in data.agreements.items() if keep(of_agreement[k])}
    data.participants = [r for r in data.participants if r["event"] in data.events]
    data.agreement_links = [r for r in data.agreement_links if r["agreement"] in data.agreements]
    used = seeds | {r["actor"] for r in data.participants + data.agreement_links}
    data.actors = {k: a for k, a in data.actors.items() if k in used}


def _apply_min_meetings(data: NetData, n: int) -> None:
    """Keep people who met someone at least `n` times (and what they took part in)."""
    if n <= 1:
        return
    pairs = meeting_pairs(data)
    keep = {p for (a, b), m in pairs.items() if len(m) >= n for p in (a, b)}
    drop = {k for k, a in data.actors.items() if a["type"] == "Person" and k not in keep}
    data.actors = {k: a for k, a in data.actors.items() if k not in drop}
    data.participants = [r for r in data.participants if r["actor"] not in drop]
    data.agreement_links = [r for r in data.agreement_links if r["actor"] not in drop]
    alive = {r["event"] for r in data.participants}
    data.events = {k: e for k, e in data.events.items() if k in alive}


def whole(store: GraphStore, filters: Filters | None = None) -> NetData:
    """The whole graph, filtered."""
    return _fetch(store, filters or Filters(), None)


def ego(
    store: GraphStore, actor_id: str, depth: int = 2, filters: Filters | None = None
) -> NetData:
    """An actor's ego network: everyone who shared an event or an agreement with it, then
    with them, up to `depth` hops."""
    filters = filters or Filters()
    if depth < 1:
        raise InputError(f"depth must be at least 1, not {depth}")
    seen = {actor_id}
    for _ in range(depth - 1):  # walk: who shares something with the actors seen so far
        reached = set(_fetch(store, filters, sorted(seen), light=True).actors) - seen
        if not reached:
            break
        seen |= reached
    return _fetch(store, filters, sorted(seen))


def between_countries(store: GraphStore, a: str, b: str, filters: Filters | None = None) -> NetData:
    """Events where people or bodies of country `a` and of country `b` both took part, with
    everyone in them, and the agreements that actors of both countries are party to (or
    signed)."""
    a, b = a.upper(), b.upper()

    def both(actors: list[dict]) -> bool:
        seen = set().union(*(country_of(x) for x in actors)) if actors else set()
        return a in seen and b in seen

    return _fetch(store, filters or Filters(), None, keep=both)


def selection(
    store: GraphStore,
    actors: list[str],
    agreements: list[str] | None = None,
    filters: Filters | None = None,
) -> NetData:
    """Exactly these actors (what an explorer has on its canvas), the events at least two of
    them took part in, and the given agreements (or, when None, those at least two of them
    are party to or signed); nobody else is added."""
    keep_ids = set(actors)
    if not keep_ids:
        return NetData()
    data = _fetch(store, filters or Filters(), sorted(keep_ids))
    data.participants = [r for r in data.participants if r["actor"] in keep_ids]
    data.agreement_links = [r for r in data.agreement_links if r["actor"] in keep_ids]
    shared: defaultdict[str, int] = defaultdict(int)
    for r in data.participants:
        shared[r["event"]] += 1
    data.events = {k: e for k, e in data.events.items() if shared[k] >= 2}
    data.participants = [r for r in data.participants if r["event"] in data.events]
    if agreements is None:
        linked: defaultdict[str, set[str]] = defaultdict(set)
        for r in data.agreement_links:
            linked[r["agreement"]].add(r["actor"])
        chosen = {k for k, who in linked.items() if len(who) >= 2}
    else:
        chosen = set(agreements)
    data.agreements = {k: g for k, g in data.agreements.items() if k in chosen}
    data.agreement_links = [r for r in data.agreement_links if r["agreement"] in data.agreements]
    data.actors = {k: a for k, a in data.actors.items() if k in keep_ids}
    data.affiliations = [r for r in data.affiliations if r["dst"] in keep_ids]
    facts = set(data.events) | set(data.agreements)
    data.sources = {k: v for k, v in data.sources.items() if k in facts}
    return data


# -- finding an actor --------------------------------------------------------


def find_actor(store: GraphStore, text: str) -> list[dict]:
    """Actors whose id is `text` or whose folded names contain it. An exact id, then an
    exact (folded) name or alias, wins over partial matches."""
    folded = fold(text)
    if not folded:
        return []
    rows = store.read(cypher.FIND_ACTOR, {"id": text, "folded": folded}, row_cap=100).rows
    exact_id = [r for r in rows if r["id"] == text]
    if exact_id:
        return exact_id
    exact = [r for r in rows if folded in (r["search"] or "").split(" | ")]
    return exact or rows


def resolve_actor(store: GraphStore, text: str) -> dict:
    """The one actor `text` names, or ActorNotFound / AmbiguousActor (listing candidates)."""
    found = find_actor(store, text)
    if not found:
        raise ActorNotFound(f"no actor has the id or name {text!r}", hint="try `diplograph status`")
    if len(found) > 1:
        raise AmbiguousActor(text, found)
    return found[0]


# -- networkx graphs -----------------------------------------------------------


def meeting_pairs(data: NetData) -> dict[tuple[str, str], list[dict]]:
    """Person pairs (sorted ids) -> the events they both took part in, by date."""
    people: dict[str, list[str]] = defaultdict(list)
    for r in data.participants:
        if data.actors.get(r["actor"], {}).get("type") == "Person":
            people[r["event"]].append(r["actor"])
    pairs: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for ev, ids in people.items():
        ids = sorted(set(ids))
        for i, x in enumerate(ids):
            for y in ids[i + 1 :]:
                pairs[(x, y)].append(data.events[ev])
    return {k: sorted(v, key=lambda e: e["date"] or "") for k, v in pairs.items()}


def meeting_graph(data: NetData, min_meetings: int = 1) -> nx.Graph:
    """Person–person graph: an edge per pair that met, with `count`, `dates` and `events`."""
    g = nx.Graph()
    for k, a in data.actors.items():
        if a["type"] == "Person":
            g.add_node(k, **_node_attrs(a))
    for (x, y), evs in meeting_pairs(data).items():
        if len(evs) >= min_meetings:
            g.add_edge(
                x,
                y,
                count=len(evs),
                weight=len(evs),
                dates=[e["date"] for e in evs],
                events=[e["id"] for e in evs],
            )
    return g


def _node_attrs(row: dict) -> dict:
    out = {k: v for k, v in row.items() if v is not None and k not in ("countries", "search")}
    out["label"] = row.get("name") or row.get("title") or row["id"]
    return out


def to_networkx(data: NetData) -> nx.Graph:
    """Actors, events and agreements as one undirected graph; each edge has a `rel`."""
    g = nx.Graph()
    for k, a in data.actors.items():
        g.add_node(k, **_node_attrs(a))
    for k, e in data.events.items():
        g.add_node(k, **_node_attrs({**e, "type": "Event"}))
    for k, ag in data.agreements.items():
        g.add_node(k, **_node_attrs({**ag, "type": "Agreement"}))
        if ag.get("event") in data.events:
            g.add_edge(k, ag["event"], rel="CONCLUDED_AT")
    for r in data.participants:
        g.add_edge(r["actor"], r["event"], rel="PARTICIPATED_IN", role=r["role"] or "participant")
    for r in data.agreement_links:
        g.add_edge(r["actor"], r["agreement"], rel=r["rel"])
    for r in data.affiliations:
        if r["dst"] in g:
            g.add_edge(r["src"], r["dst"], rel="HOLDS_POSITION", title=r["title"] or "")
    for k, a in data.actors.items():
        if a["type"] != "Country":
            for c in country_of(a):
                if c in g:
                    g.add_edge(k, c, rel="REPRESENTS" if a["type"] == "Person" else "IN_COUNTRY")
    return g


# -- analytics -----------------------------------------------------------------


def centrality(g: nx.Graph) -> dict[str, dict[str, float]]:
    """Degree and betweenness centrality per node (weights ignored: hops count)."""
    deg = nx.degree_centrality(g) if len(g) > 1 else dict.fromkeys(g, 0.0)
    btw = nx.betweenness_centrality(g) if len(g) > 2 else dict.fromkeys(g, 0.0)
    return {n: {"degree": deg[n], "betweenness": btw[n]} for n in g}


def brokers(data: NetData, a: str, b: str, top: int = 10) -> list[tuple[str, float]]:
    """People who sit on the meeting paths between country `a`'s and country `b`'s people:
    betweenness restricted to paths from one side to the other, highest first."""
    g = meeting_graph(data)
    side_a = [n for n in g if a.upper() in country_of(data.actors[n])]
    side_b = [n for n in g if b.upper() in country_of(data.actors[n])]
    if not side_a or not side_b:
        return []
    scores = nx.betweenness_centrality_subset(g, side_a, side_b, normalized=False)
    ranked = sorted(((n, s) for n, s in scores.items() if s > 0), key=lambda t: (-t[1], t[0]))
    return ranked[:top]


def communities(g: nx.Graph, seed: int = 7) -> list[set[str]]:
    """Louvain communities, largest first (seeded: the same graph gives the same answer)."""
    if g.number_of_edges() == 0:
        return [{n} for n in sorted(g)]
    found = nx.community.louvain_communities(g, weight="weight", seed=seed)
    return sorted(found, key=lambda c: (-len(c), sorted(c)))


def meeting_counts(data: NetData) -> list[dict]:
    """One row per pair of people who met: names, number of meetings, dates."""
    rows = []
    for (x, y), evs in meeting_pairs(data).items():
        rows.append(
            {
                "a": x,
                "a_name": data.actors[x]["name"],
                "b": y,
                "b_name": data.actors[y]["name"],
                "meetings": len(evs),
                "dates": [e["date"] for e in evs],
            }
        )
    return sorted(rows, key=lambda r: (-r["meetings"], r["a"], r["b"]))


def bilateral_timeline(
    store: GraphStore, a: str, b: str, filters: Filters | None = None
) -> list[dict]:
    """Events between two countries, oldest first: date, kind, title, place, participants."""
    data = between_countries(store, a, b, filters)
    who: dict[str, list[str]] = defaultdict(list)
    for r in data.participants:
        who[r["event"]].append(data.actors[r["actor"]]["name"])
    rows = [
        {**e, "participants": sorted(who[k]), "sources": len(data.sources.get(k, []))}
        for k, e in data.events.items()
    ]
    return sorted(rows, key=lambda r: (r["date"] or "", r["id"]))
