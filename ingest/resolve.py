"""Cross-document resolution against what the store already holds (parameterized reads), so
it also works across separate `ingest` runs.

People: a document's person is an existing Person when their names are compatible
(ingest/names.py: honorifics, nasab chains, Al-/El, transliteration variants, extra leading
given name), their countries do not conflict, and the match is unique; a surname-only person
is unified with the one full-name person of that surname (and vice versa). Titles and
countries break ties. Events: one meeting reported by several articles is one Event: same
people (two or more in common) and dates compatible at the coarser precision; an undated
report joins an existing event only when exactly one candidate fits, with the host country
as evidence; meetings of the same people at incompatible dates stay apart."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from graph import cypher
from graph.model import fold, short_hash, slug
from graph.store import GraphStore
from ingest.coref import title_key
from ingest.dates import compatible as dates_compatible
from ingest.names import (
    INNER_MARK,
    compatible,
    fullness,
    given_name_only,
    name_key,
    parse_name,
    regnal,
    surnames,
    tok_eq,
)
from ingest.schema import ExtractedEvent, PersonEntity


class PersonNode(BaseModel):
    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)
    country: str | None = None
    existing: bool = False


class EventNode(BaseModel):
    id: str
    kind: str
    date: str | None
    date_precision: str
    host_country: str | None
    place: str | None = None
    existing: bool = False


def name_tokens(entity: PersonEntity) -> frozenset[str]:
    """The folded words a person's candidates are looked up by."""
    return _name_tokens(entity.name, bool(entity.titles))


@functools.lru_cache(maxsize=4096)
def _name_tokens(name: str, titled: bool) -> frozenset[str]:
    # people are found by the folded surface words of their names (graph/name_keys.py): look
    # up the raw surname (minus "Al-") as well
    raw = re.sub(r"^(?:al|el)[-‑']", "", fold(name).split()[-1]) if name else ""
    p = parse_name(name)
    tokens = {t for t in [raw, INNER_MARK.sub("", raw), *p.tokens[-1:]] if len(t) >= 2}
    if p.given and len(p.tokens) > 1 and len(p.given) >= 3:
        tokens.add(p.given)  # "X Y" and "X Y Z" (a grandfather's name) share no last word
    if p.nasab and p.chain:
        # "X bin Y" and "X bin Y Al Z" share no surname: look up the father's name as well
        tokens.add(p.chain[0])
    if len(p.tokens) == 1 and titled:
        tokens.add(p.tokens[0])  # "Emir X": a titled lone given name
    return frozenset(fold(t) for t in tokens)


def new_person_id(entity: PersonEntity) -> str:
    return f"person-{slug(entity.name)}"


def next_person_id(entity: PersonEntity, pid: str) -> str:
    """The id a new person gets when `pid` is taken."""
    return f"{new_person_id(entity)}-{short_hash(entity.name, pid)[:6]}"


@dataclass
class DocumentVersions:
    held: bool = False  # the store holds this very document
    old: list[str] = field(default_factory=list)  # ids of older versions of its source


@dataclass
class PersonLookups:
    """What the store holds for the people of a group of documents, read in one query: the
    candidates of each name token, and which of the ids new people would get are taken."""

    people: dict[str, dict[str, PersonNode]] = field(default_factory=dict)
    asked: set[str] = field(default_factory=set)
    held: set[str] = field(default_factory=set)

    def candidates(self, entity: PersonEntity) -> list[PersonNode]:
        found: dict[str, PersonNode] = {}
        for token in name_tokens(entity):
            found.update(self.people.get(token, {}))
        return list(found.values())

    def taken(self, store: GraphStore, pid: str) -> bool:
        if pid not in self.asked:  # a suffixed id (the plain one was taken): ask the store
            self.asked.add(pid)
            self.held |= store.existing_ids(None, [pid])
        return pid in self.held

    def update(self, other: PersonLookups) -> None:
        for token, found in other.people.items():
            self.people.setdefault(token, {}).update(found)
        self.asked |= other.asked
        self.held |= other.held


def read_lookups(
    store: GraphStore,
    *,
    documents: list[tuple[str, str]] | None = None,
    entities: list[PersonEntity] | None = None,
) -> tuple[dict[str, DocumentVersions], PersonLookups | None]:
    """One round trip: the versions the store holds of `documents` (id, source), by id,
    and/or the PersonLookups of `entities` (the people of the documents to resolve)."""
    tokens = sorted({t for e in entities or [] for t in name_tokens(e)})
    # the id of a new person, and the next one in case that is taken (by a namesake)
    ids = sorted({pid for e in entities or [] for pid in _new_ids(e)})
    query = cypher.document_lookups(documents=bool(documents), people=entities is not None)
    params: dict[str, object] = {"tokens": tokens, "ids": ids}
    if documents:
        params["docs"] = [[doc, source] for doc, source in documents]
    rows = store.read(query, params, row_cap=1_000_000).rows if query else []
    versions = {doc: DocumentVersions() for doc, _ in documents or []}
    found = PersonLookups(asked=set(ids)) if entities is not None else None
    for r in rows:
        kind = r["kind"]
        if kind == "same":
            versions[r["doc"]].held = True
        elif kind == "old":
            versions[r["doc"]].old.append(r["id"])
        elif found is None:
            continue
        elif kind == "held":
            found.held.add(r["id"])
        elif kind == "person":  # one row per person, with the tokens that found it
            person = PersonNode(
                id=r["id"],
                name=r["name"],
                aliases=r["aliases"] or [],
                titles=r["titles"] or [],
                country=r["country"],
                existing=True,
            )
            for token in r["token"]:
                found.people.setdefault(token, {})[r["id"]] = person
    return versions, found


def _new_ids(entity: PersonEntity) -> tuple[str, str]:
    pid = new_person_id(entity)
    return pid, next_person_id(entity, pid)


def _fits(entity: PersonEntity, cand: PersonNode) -> bool:
    if entity.country and cand.country and entity.country != cand.country:
        return False
    mine, theirs = parse_name(entity.name), parse_name(cand.name)
    if regnal(entity.name) != regnal(cand.name) and len(mine.tokens) + len(theirs.tokens) > 2:
        return False  # "Ana II" (a reigning name) is not "Ana Roe", nor "Ana Roe" "Ana II"
    if len(mine.tokens) == 1 and len(theirs.tokens) > 1:
        # across articles a lone word is a surname; a lone given name needs title and country
        if any(tok_eq(mine.tokens[0], sn, initials=False) for sn in surnames(theirs)):
            return True
        same_title = {title_key(t) for t in entity.titles} & {title_key(t) for t in cand.titles}
        # (a country of its own must agree; none at all is no conflict)
        return bool(same_title and (entity.country is None or entity.country == cand.country)) and (
            compatible(entity.name, cand.name)
        )
    return compatible(entity.name, cand.name)


def resolve_person(
    store: GraphStore,
    entity: PersonEntity,
    taken: set[str],
    lookups: PersonLookups | None = None,
) -> PersonNode:
    """`lookups`: read_lookups of the document's people (read here when None)."""
    if lookups is None:
        lookups = read_lookups(store, entities=[entity])[1]
        assert lookups is not None
    cands = [c for c in lookups.candidates(entity) if _fits(entity, c)]
    single = len(parse_name(entity.name).tokens) == 1
    if len(cands) > 1:
        # evidence: exact name key, shared title, same country
        key = name_key(entity.name)
        tkeys = {title_key(t) for t in entity.titles}

        def score(c: PersonNode) -> int:
            return (
                4 * (name_key(c.name) == key or any(name_key(a) == key for a in c.aliases))
                + 2 * bool(tkeys & {title_key(t) for t in c.titles})
                + (entity.country is not None and c.country == entity.country)
            )

        best = max(score(c) for c in cands)
        top = [c for c in cands if score(c) == best]
        cands = top if len(top) == 1 or not single else []
        if len(cands) > 1:
            cands = []  # ambiguous: a new person rather than a wrong merge
    if cands:
        return _merged(cands[0], entity)
    base = new_person_id(entity)
    pid = base
    while pid in taken or lookups.taken(store, pid):
        pid = next_person_id(entity, pid)
    return PersonNode(
        id=pid,
        name=entity.name,
        aliases=list(entity.aliases),
        titles=list(entity.titles),
        country=entity.country,
    )


def _merged(node: PersonNode, entity: PersonEntity) -> PersonNode:
    names = [node.name, *node.aliases, entity.name, *entity.aliases]
    best = max(names, key=fullness)
    aliases: list[str] = []
    for n in names:
        if n != best and n not in aliases and not given_name_only(n, best):
            aliases.append(n)
    titles = list(node.titles) + [t for t in entity.titles if t not in node.titles]
    return PersonNode(
        id=node.id,
        name=best,
        aliases=aliases,
        titles=titles,
        country=node.country or entity.country,
        existing=True,
    )


def read_events(store: GraphStore, groups: dict[int, list[str]]) -> dict[int, list[dict]]:
    """The stored events of each group of person ids (an event of the document: its people)
    with two people or more, in one round trip: resolve_event's candidates."""
    asked = {i: ids for i, ids in groups.items() if len(ids) >= 2}
    found: dict[int, list[dict]] = {i: [] for i in asked}
    if asked:
        cap = len(asked) * cypher.EVENT_CAP * 4
        params = {"groups": [{"i": i, "ids": ids} for i, ids in asked.items()]}
        for r in store.read(cypher.EVENT_CANDIDATES_MANY, params, row_cap=cap).rows:
            found[r["i"]].append(r)
    return found


def resolve_event(
    store: GraphStore,
    ev: ExtractedEvent,
    person_ids: list[str],
    doc_id: str,
    rows: list[dict] | None = None,
) -> EventNode:
    """`rows`: this event's read_events candidates (read here when None)."""
    new_id = "event-" + short_hash(doc_id, str(ev.start), ev.kind, *sorted(person_ids))
    own = EventNode(
        id=new_id,
        kind=ev.kind,
        date=ev.date,
        date_precision=ev.date_precision,
        host_country=ev.host_country,
        place=ev.place.name if ev.place else None,
    )
    if len(person_ids) < 2:
        return own
    if rows is None:
        rows = read_events(store, {0: person_ids})[0]
    cands = [r for r in rows if len(set(r["people"]) & set(person_ids)) >= 2 and r["id"] != new_id]
    if any(r["id"] == new_id for r in rows):
        return own.model_copy(update={"existing": True})

    def host_ok(r: dict) -> bool:
        return not (ev.host_country and r["host_country"] and ev.host_country != r["host_country"])

    if ev.date and ev.date_source != "publication":
        dated = [
            r for r in cands if r["date"] and dates_compatible(r["date"], ev.date) and host_ok(r)
        ]
        if dated:
            # the most people in common, then the most precise date; ties (rare) go to the
            # smallest id and place, not to the engine's row order, so that the graph does not
            # depend on the engine or on how the documents before were grouped into writes
            best = min(
                dated,
                key=lambda r: (
                    -len(set(r["people"]) & set(person_ids)),
                    -len(r["date"]),
                    r["id"],
                    r["place"] or "",
                ),
            )
            return _merge_event(best, own)
        undated = [r for r in cands if not r["date"] and host_ok(r)]
        if len(undated) == 1 and ev.host_country and undated[0]["host_country"]:
            return _merge_event(undated[0], own)
        return own
    # an undated report (or one dated only by its publication month)
    pool = [r for r in cands if host_ok(r)]
    if ev.date:
        # a publication day only says the encounter was recent: compare months
        when = ev.date[:7] if ev.date_source == "publication" else ev.date
        pool = [r for r in pool if not r["date"] or dates_compatible(r["date"], when)]
    if ev.host_country:
        pool = [r for r in pool if r["host_country"] == ev.host_country] or []
    if len(pool) == 1:
        if ev.date_source == "publication" and pool[0]["date"]:
            own = own.model_copy(update={"date": None})  # the report's text dates win
        return _merge_event(pool[0], own)
    return own


def _merge_event(row: dict, own: EventNode) -> EventNode:
    date, precision = row["date"], row["date_precision"] or "unknown"
    if own.date and (not date or len(own.date) > len(date)):
        date, precision = own.date, own.date_precision
    return EventNode(
        id=row["id"],
        kind=row["kind"] or own.kind,
        date=date,
        date_precision=precision,
        host_country=row["host_country"] or own.host_country,
        place=row["place"] or own.place,
        existing=True,
    )
