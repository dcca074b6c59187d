"""The aggregating saved queries against a plain-Python reading of the same records, on a
random graph (seeded) with the awkward cases the fixture graph lacks: people without a
country, several hosts or none, organizations and states among the participants, dates of
every precision and none. A rewrite of a query for speed must give exactly these rows."""

from __future__ import annotations

import random
from collections.abc import Iterable
from typing import Any

import pytest

from graph.load import load_records
from graph.model import EventKind, Role
from graph.records import ActorRecord, EventRecord, ExportData, parse_data
from graph.store import GraphStore
from queries.loader import get_query, run_query

COUNTRIES = ["FR", "JP", "DE", "BR", "KE"]
MINISTERS = ["Foreign Minister", "Trade minister", "Minister of State"]
OTHERS = ["Ambassador", "President", "Envoy"]
KINDS: list[EventKind] = ["visit", "visit", "visit", "meeting", "call", "summit", "talks"]
ROLES: list[Role] = ["host", "host", "guest", "guest", "participant", "signatory"]


def _graph(seed: int) -> ExportData:
    rng = random.Random(seed)
    actors = [ActorRecord(id=c, type="Country", name=f"State {c}") for c in COUNTRIES]
    # "minister" is held by more than 300 people (visits_abroad_by_title then reads the
    # visits a year at a time), the other titles by a few dozen (read from their holders)
    for i in range(480):
        country = rng.choice([*COUNTRIES, None])
        titles = [rng.choice(MINISTERS)] if rng.random() < 0.85 else []
        titles += rng.sample(OTHERS, rng.choice((0, 0, 0, 1)))
        actors.append(
            ActorRecord(
                id=f"p-{i:03d}", type="Person", name=f"Person {i}", country=country, titles=titles
            )
        )
    for i in range(6):
        actors.append(
            ActorRecord(
                id=f"o-{i}", type="Organization", name=f"Body {i}", country=rng.choice(COUNTRIES)
            )
        )
    ids = [a.id for a in actors]
    people = [a.id for a in actors if a.type == "Person"]
    events = []
    for n in range(900):
        date = None
        if rng.random() > 0.1:
            date = f"{rng.randrange(2019, 2026)}"
            if rng.random() > 0.2:
                date += f"-{rng.randrange(1, 13):02d}"
                if rng.random() > 0.3:
                    date += f"-{rng.randrange(1, 29):02d}"
        members = rng.sample(people, rng.choice((2, 2, 3, 4)))
        members += rng.sample(ids, rng.choice((0, 0, 1)))  # now and then a body or a state
        members = list(dict.fromkeys(members))
        roles = {m: rng.choice(ROLES) for m in members if rng.random() < 0.7}
        events.append(
            EventRecord(
                id=f"ev-{n:03d}",
                kind=rng.choice(KINDS),
                date=date,
                place=rng.choice(["Alpha", "Beta", "Gamma", None]),
                participants=members,
                roles=roles,
            )
        )
    return ExportData(actors=actors, events=events)


SEEDS = (3, 11)


@pytest.fixture(params=SEEDS)
def graph(request: pytest.FixtureRequest, store: GraphStore) -> tuple[GraphStore, ExportData]:
    data = _graph(request.param)
    load_records(store, parse_data(data.model_dump(), origin="oracle"), origin="oracle")
    return store, data


def _newest_first(rows: Iterable[dict], *keys: str) -> list[dict]:
    """ORDER BY coalesce(date, '') DESC, then `keys` ascending."""
    out = sorted(rows, key=lambda r: tuple(r[k] for k in keys))
    return sorted(out, key=lambda r: r["date"] or "", reverse=True)


def expected_brokers(data: ExportData, a: str, b: str) -> list[dict]:
    person = {x.id: x for x in data.actors if x.type == "Person"}
    met: dict[str, set[str]] = {p: set() for p in person}
    for e in data.events:
        here = [p for p in e.participants if p in person]
        for p in here:
            met[p].update(q for q in here if q != p)
    rows = []
    for k, x in sorted(person.items()):
        if (x.country or "") in (a, b):
            continue
        ca = sum(1 for q in met[k] if person[q].country == a)
        cb = sum(1 for q in met[k] if person[q].country == b)
        if ca and cb:
            row = {"broker": k, "name": x.name, "country": x.country}
            rows.append(row | {"contacts_a": ca, "contacts_b": cb})
    return sorted(rows, key=lambda r: (-(r["contacts_a"] + r["contacts_b"]), r["broker"]))


def expected_visits(data: ExportData, title: str, since: str | None) -> list[dict]:
    """Rows with `host_country` as the set of the countries it may name (any of them)."""
    person = {x.id: x for x in data.actors if x.type == "Person"}
    rows = []
    for e in data.events:
        if e.kind != "visit":
            continue
        if since is not None and (e.date is None or e.date < since[: len(e.date)]):
            continue
        roles = {m: r for m, r in e.roles.items() if r != "participant"}
        hosts = {
            person[m].country
            for m in e.participants
            if m in person and roles.get(m) == "host" and person[m].country
        }
        for m in e.participants:
            p = person.get(m)
            if p is None or roles.get(m) == "host" or not p.country:
                continue
            if not any(title.lower() in t.lower() for t in p.titles):
                continue
            abroad = {c for c in hosts if c != p.country}
            if abroad:
                rows.append(
                    {
                        "date": e.date,
                        "event": e.id,
                        "person": m,
                        "name": p.name,
                        "country": p.country,
                        "host_country": abroad,
                        "place": e.place,
                    }
                )
    return _newest_first(rows, "event", "person")


@pytest.mark.parametrize(("a", "b"), [("FR", "JP"), ("DE", "KE"), ("BR", "BR")])
def test_brokers_between_matches_the_records(
    graph: tuple[GraphStore, ExportData], a: str, b: str
) -> None:
    store, data = graph
    want = expected_brokers(data, a, b)
    assert want, "the random graph should have brokers for this pair"
    got = run_query(store, get_query("brokers_between"), {"a": a, "b": b, "limit": 1000}).rows
    assert got == want
    top = run_query(store, get_query("brokers_between"), {"a": a, "b": b}).rows
    assert top == want[:50]  # the default limit


@pytest.mark.parametrize(
    ("title", "since"),
    [("minister", None), ("Minister", "2022-03"), ("PRESIDENT", "2023-06"), ("envoy", None)],
)
def test_visits_abroad_by_title_matches_the_records(
    graph: tuple[GraphStore, ExportData], title: str, since: str | None
) -> None:
    store, data = graph
    holders = [
        x
        for x in data.actors
        if x.type == "Person" and x.country and any(title.lower() in t.lower() for t in x.titles)
    ]
    assert (len(holders) > 300) == (title.lower() == "minister")  # both plans of the query
    want = expected_visits(data, title, since)
    assert want, "the random graph should have such visits"
    params: dict[str, Any] = {"title": title, "since": since, "limit": 10_000}
    got = run_query(store, get_query("visits_abroad_by_title"), params).rows
    assert len(got) == len(want)
    assert all(r["host_country"] in w["host_country"] for r, w in zip(got, want, strict=True))
    strip = [{k: v for k, v in r.items() if k != "host_country"} for r in got]
    assert strip == [{k: v for k, v in w.items() if k != "host_country"} for w in want]
    first = run_query(store, get_query("visits_abroad_by_title"), {**params, "limit": 7}).rows
    assert first == got[:7]


def expected_engagements(data: ExportData, country: str) -> list[dict]:
    kind = {x.id: x.type for x in data.actors}
    home = {x.id: (x.id if x.type == "Country" else x.country) for x in data.actors}
    events: dict[str, set[str]] = {}
    last: dict[str, str | None] = {}
    for e in data.events:
        if not any(home[m] == country for m in e.participants):
            continue
        for m in e.participants:
            other = home[m]
            if other is None or other == country:
                continue
            events.setdefault(other, set()).add(e.id)
            if e.date is not None and (last.get(other) is None or e.date > str(last[other])):
                last[other] = e.date
            last.setdefault(other, None)
    rows = [
        {"country": c, "name": f"State {c}", "events": len(ids), "last_event": last[c]}
        for c, ids in events.items()
        if c in kind
    ]
    return sorted(rows, key=lambda r: (-r["events"], r["country"]))


@pytest.mark.parametrize("country", ["JP", "KE"])
def test_country_engagements_matches_the_records(
    graph: tuple[GraphStore, ExportData], country: str
) -> None:
    store, data = graph
    want = expected_engagements(data, country)
    assert len(want) == len(COUNTRIES) - 1
    q = get_query("country_engagements")
    assert run_query(store, q, {"country": country}).rows == want
    assert run_query(store, q, {"country": country, "limit": 2}).rows == want[:2]
