"""The export contract of design.md as typed records, and its two directions:
`export_records(store)` reads the graph out; `records_to_batch(...)` turns curated records
(`diplograph load FILE`) into one batch, after every record and reference has been checked."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any, Literal

import pycountry
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from diplograph.errors import InputError, UnknownReference
from graph import cypher
from graph.model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Country,
    DatePrecision,
    Document,
    Event,
    EventKind,
    GraphBatch,
    Label,
    Organization,
    OrgKind,
    Person,
    Place,
    RelRecord,
    RelType,
    Role,
    check_date,
    node,
    precision_of,
    short_hash,
    slug,
)
from graph.store import GraphStore

ActorType = Literal["Person", "Country", "Organization"]


class SourceRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    document: str = Field(min_length=1)
    quote: str | None = None
    start: int | None = None
    end: int | None = None
    rule: str | None = None
    confidence: float | None = None


class ActorRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=200)
    type: ActorType
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    country: str | None = None
    titles: list[str] = Field(default_factory=list)
    kind: OrgKind | None = None


class EventRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=200)
    kind: EventKind = "meeting"
    date: str | None = None
    date_precision: DatePrecision | None = None
    title: str | None = None
    place: str | None = None
    participants: list[str] = Field(default_factory=list)
    roles: dict[str, Role] = Field(default_factory=dict)
    sources: list[SourceRecord] = Field(default_factory=list)

    _date = field_validator("date")(lambda cls, v: check_date(v))


class AgreementRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=200)
    name: str = Field(min_length=1)
    kind: AgreementKind = "agreement"
    status: AgreementStatus = "agreed"
    date: str | None = None
    date_precision: DatePrecision | None = None
    topics: list[str] = Field(default_factory=list)
    parties: list[str] = Field(default_factory=list)
    signatories: list[str] = Field(default_factory=list)
    event: str | None = None
    sources: list[SourceRecord] = Field(default_factory=list)

    _date = field_validator("date")(lambda cls, v: check_date(v))


class DocumentRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=200)
    title: str | None = None
    source: str | None = None
    published: str | None = None

    _published = field_validator("published")(lambda cls, v: check_date(v))


class ExportData(BaseModel):
    actors: list[ActorRecord] = Field(default_factory=list)
    events: list[EventRecord] = Field(default_factory=list)
    agreements: list[AgreementRecord] = Field(default_factory=list)
    documents: list[DocumentRecord] = Field(default_factory=list)


SECTIONS: dict[str, type[BaseModel]] = {
    "actors": ActorRecord,
    "events": EventRecord,
    "agreements": AgreementRecord,
    "documents": DocumentRecord,
}


def country_name(code: str) -> str:
    c = pycountry.countries.get(alpha_2=code.upper())
    return getattr(c, "common_name", None) or (c.name if c else code.upper())


def place_id(name: str) -> str:
    return f"place-{slug(name)}"


# -- reading and checking a records file --------------------------------------


def parse_records(path: Path) -> ExportData:
    """Parse and validate a records file. Every problem is collected and reported together,
    each naming the record (section, index, id) and the field."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: line {exc.lineno}, column {exc.colno}: invalid JSON: {exc.msg}") from exc
    if not isinstance(raw, dict):
        raise InputError(f"{path}: expected one JSON object with actors, events, agreements, documents")
    problems: list[str] = []
    unknown = set(raw) - set(SECTIONS)
    if unknown:
        problems.append(f"unknown top-level key(s): {', '.join(sorted(unknown))}")
    parsed: dict[str, list[Any]] = defaultdict(list)
    for section, model in SECTIONS.items():
        items = raw.get(section, [])
        if not isinstance(items, list):
            problems.append(f"{section}: expected a list")
            continue
        seen: set[str] = set()
        for i, item in enumerate(items):
            where = f"{section}[{i}]"
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                where += f" (id {item['id']!r})"
            try:
                rec = model.model_validate(item)
            except ValidationError as exc:
                for err in exc.errors():
                    loc = ".".join(str(p) for p in err["loc"]) or "record"
                    problems.append(f"{where}.{loc}: {err['msg']}")
                continue
            if rec.id in seen:  # type: ignore[attr-defined]
                problems.append(f"{where}.id: duplicate id in {section}")
            seen.add(rec.id)  # type: ignore[attr-defined]
            parsed[section].append(rec)
    if problems:
        raise InputError(_listing(path, problems), hint="nothing from this file was written")
    return ExportData(**parsed)


def _listing(path: Path | str, problems: list[str], most: int = 25) -> str:
    lines = problems[:most] + ([f"... and {len(problems) - most} more"] if len(problems) > most else [])
    return f"{path}: {len(problems)} problem(s):\n  " + "\n  ".join(lines)


def records_to_batch(data: ExportData, store: GraphStore | None = None, origin: str = "records") -> GraphBatch:
    """Turn checked records into one batch. References (participants, parties, signatories,
    documents) must name an actor or document of the file or of the store."""
    actor_ids = {a.id for a in data.actors}
    doc_ids = {d.id for d in data.documents}
    refs_actor: set[str] = set()
    refs_doc: set[str] = set()
    for e in data.events:
        refs_actor.update(e.participants)
        refs_doc.update(s.document for s in e.sources)
    for g in data.agreements:
        refs_actor.update(g.parties + g.signatories)
        refs_doc.update(s.document for s in g.sources)
    missing_actors = refs_actor - actor_ids
    missing_docs = refs_doc - doc_ids
    if store is not None:
        missing_actors -= store.existing_ids(None, sorted(missing_actors))
        missing_docs -= store.existing_ids(Label.DOCUMENT, sorted(missing_docs))
    problems: list[str] = []
    event_ids = {e.id for e in data.events}
    for i, e in enumerate(data.events):
        for p in e.participants:
            if p in missing_actors:
                problems.append(f"events[{i}] (id {e.id!r}).participants: unknown actor id {p!r}")
        for s in e.sources:
            if s.document in missing_docs:
                problems.append(f"events[{i}] (id {e.id!r}).sources: unknown document id {s.document!r}")
    for i, g in enumerate(data.agreements):
        for field in ("parties", "signatories"):
            for p in getattr(g, field):
                if p in missing_actors:
                    problems.append(f"agreements[{i}] (id {g.id!r}).{field}: unknown actor id {p!r}")
        for s in g.sources:
            if s.document in missing_docs:
                problems.append(f"agreements[{i}] (id {g.id!r}).sources: unknown document id {s.document!r}")
        if g.event and g.event not in event_ids and store is not None:
            if not store.read("MATCH (e:Event {id: $id}) RETURN e.id AS id", {"id": g.event}).rows:
                problems.append(f"agreements[{i}] (id {g.id!r}).event: unknown event id {g.event!r}")
    if problems:
        raise UnknownReference(_listing(origin, problems), hint="nothing from this file was written")
    return _build_batch(data, store)


def _actor_labels(data: ExportData, store: GraphStore | None) -> dict[str, Label]:
    labels = {a.id: Label(a.type) for a in data.actors}
    return labels


def _build_batch(data: ExportData, store: GraphStore | None) -> GraphBatch:
    b = GraphBatch()
    labels = _actor_labels(data, store)
    unresolved = set()
    for e in data.events:
        unresolved.update(p for p in e.participants if p not in labels)
    for g in data.agreements:
        unresolved.update(p for p in g.parties + g.signatories if p not in labels)
    if unresolved and store is not None:
        rows = store.read(
            "MATCH (n) WHERE n.id IN $ids AND (n:Person OR n:Country OR n:Organization) "
            "RETURN n.id AS id, labels(n)[0] AS label",
            {"ids": sorted(unresolved)},
        ).rows
        labels.update({r["id"]: Label(r["label"]) for r in rows})
    countries: set[str] = set()
    for a in data.actors:
        if a.type == "Person":
            b.nodes.append(node(Label.PERSON, Person(id=a.id, name=a.name, aliases=a.aliases, country=a.country, titles=a.titles)))
        elif a.type == "Organization":
            b.nodes.append(node(Label.ORGANIZATION, Organization(id=a.id, name=a.name, aliases=a.aliases, kind=a.kind or "other", country=a.country)))
        else:
            b.nodes.append(node(Label.COUNTRY, Country(id=a.id, name=a.name)))
            continue
        if a.country:
            code = a.country.upper()
            countries.add(code)
            rel = RelType.REPRESENTS if a.type == "Person" else RelType.IN_COUNTRY
            b.rels.append(RelRecord(type=rel, src_label=labels[a.id], src=a.id, dst_label=Label.COUNTRY, dst=code))
    declared = {a.id for a in data.actors if a.type == "Country"}
    for code in sorted(countries - declared):
        b.nodes.append(node(Label.COUNTRY, Country(id=code, name=country_name(code))))
    for d in data.documents:
        b.nodes.append(node(Label.DOCUMENT, Document(id=d.id, title=d.title, source=d.source, published=d.published)))
    for e in data.events:
        b.nodes.append(node(Label.EVENT, Event(id=e.id, kind=e.kind, date=e.date, date_precision=e.date_precision or precision_of(e.date), title=e.title)))
        if e.place:
            pid = place_id(e.place)
            b.nodes.append(node(Label.PLACE, Place(id=pid, name=e.place)))
            b.rels.append(RelRecord(type=RelType.HELD_IN, src_label=Label.EVENT, src=e.id, dst_label=Label.PLACE, dst=pid))
        for p in e.participants:
            b.rels.append(RelRecord(type=RelType.PARTICIPATED_IN, src_label=labels[p], src=p, dst_label=Label.EVENT, dst=e.id, props={"role": e.roles.get(p, "participant")}))
        b.rels.extend(_sources(Label.EVENT, e.id, e.sources))
    for g in data.agreements:
        b.nodes.append(node(Label.AGREEMENT, Agreement(id=g.id, name=g.name, kind=g.kind, status=g.status, date=g.date, date_precision=g.date_precision or precision_of(g.date), topics=g.topics)))
        for p in g.parties:
            b.rels.append(RelRecord(type=RelType.PARTY_TO, src_label=labels[p], src=p, dst_label=Label.AGREEMENT, dst=g.id))
        for p in g.signatories:
            b.rels.append(RelRecord(type=RelType.SIGNED, src_label=labels[p], src=p, dst_label=Label.AGREEMENT, dst=g.id))
        if g.event:
            b.rels.append(RelRecord(type=RelType.CONCLUDED_AT, src_label=Label.AGREEMENT, src=g.id, dst_label=Label.EVENT, dst=g.event))
        b.rels.extend(_sources(Label.AGREEMENT, g.id, g.sources))
    return b


def _sources(label: Label, fact: str, sources: list[SourceRecord]) -> list[RelRecord]:
    out = []
    for s in sources:
        props = s.model_dump(exclude={"document"})
        key = short_hash(s.quote or "", str(s.start))
        out.append(RelRecord(type=RelType.REPORTED_IN, src_label=label, src=fact, dst_label=Label.DOCUMENT, dst=s.document, props=props, key=key))
    return out


def load_file(store: GraphStore, path: Path) -> ExportData:
    """Check a records file completely, then write it in one transaction."""
    data = parse_records(path)
    store.write(records_to_batch(data, store, origin=str(path)))
    return data


# -- export -------------------------------------------------------------------


def export_records(store: GraphStore) -> ExportData:
    cap = 10_000_000
    read = lambda q: store.read(q, row_cap=cap, timeout_s=600).rows  # noqa: E731
    participants: dict[str, list[dict]] = defaultdict(list)
    for r in read(cypher.EXPORT_PARTICIPANTS):
        participants[r["event"]].append(r)
    sources: dict[str, list[SourceRecord]] = defaultdict(list)
    for r in read(cypher.EXPORT_SOURCES):
        sources[r["fact"]].append(SourceRecord(**{k: r[k] for k in ("document", "quote", "start", "end", "rule", "confidence")}))
    parties: dict[str, list[str]] = defaultdict(list)
    for r in read(cypher.EXPORT_PARTIES):
        parties[r["agreement"]].append(r["actor"])
    signatories: dict[str, list[str]] = defaultdict(list)
    for r in read(cypher.EXPORT_SIGNATORIES):
        signatories[r["agreement"]].append(r["actor"])
    actors = []
    for r in read(cypher.EXPORT_ACTORS):
        is_org = r["type"] == "Organization"
        actors.append(ActorRecord(
            id=r["id"], type=r["type"], name=r["name"] or r["id"], aliases=r["aliases"] or [],
            country=r["country"] if r["type"] != "Country" else None, titles=r["titles"] or [],
            kind=r["kind"] if is_org else None,
        ))
    events = [
        EventRecord(
            id=r["id"], kind=r["kind"] or "other", date=r["date"], date_precision=r["date_precision"] or precision_of(r["date"]),
            title=r["title"], place=r["place"],
            participants=[p["actor"] for p in participants[r["id"]]],
            roles={p["actor"]: p["role"] for p in participants[r["id"]] if p["role"]},
            sources=sources[r["id"]],
        )
        for r in read(cypher.EXPORT_EVENTS)
    ]
    agreements = [
        AgreementRecord(
            id=r["id"], name=r["name"], kind=r["kind"] or "other", status=r["status"] or "agreed", date=r["date"],
            date_precision=r["date_precision"] or precision_of(r["date"]), topics=r["topics"] or [],
            parties=parties[r["id"]], signatories=signatories[r["id"]], event=r["event"], sources=sources[r["id"]],
        )
        for r in read(cypher.EXPORT_AGREEMENTS)
    ]
    documents = [DocumentRecord(**r) for r in read(cypher.EXPORT_DOCUMENTS)]
    return ExportData(actors=actors, events=events, agreements=agreements, documents=documents)


def export_json(store: GraphStore) -> str:
    return export_records(store).model_dump_json(indent=2)
