"""The export contract of design.md as typed records, and its two directions:
`export_records(store)` reads the graph out; `parse_records(path)` checks a small curated records
file completely in memory, `check_item` checks one record (graph/records_stream.py reads a big
file as a stream with it), and graph/load.py writes records in chunks.

A records file is normalised when it is read (an organization without a kind gets "other",
a missing date_precision follows from the date, role "participant" is the default and not
listed), so loading a file and exporting it gives back the same records; reference lists
(participants, parties, signatories) come out sorted by id.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any, Literal

import pycountry
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from diplograph.errors import InputError
from graph import cypher
from graph.model import (
    AgreementKind,
    AgreementStatus,
    DatePrecision,
    EventKind,
    OrgKind,
    Role,
    check_date,
    iso2,
    precision_of,
    slug,
)
from graph.store import GraphStore

ActorType = Literal["Person", "Country", "Organization"]
Problems = list[tuple[str, str]]  # (field, message) of one record


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _date_problems(date: str | None, precision: DatePrecision | None) -> Problems:
    implied = precision_of(date)
    if precision is not None and precision != implied:
        return [("date_precision", f"{precision!r} does not match date {date!r} ({implied})")]
    return []


class SourceRecord(BaseModel):
    """The news report behind a fact: a document id and, optionally, the quote."""

    model_config = ConfigDict(extra="forbid")
    document: str = Field(min_length=1)
    quote: str | None = None
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    rule: str | None = None
    confidence: float | None = Field(default=None, ge=0, le=1)


class ActorRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=200)
    type: ActorType
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    country: str | None = None
    titles: list[str] = Field(default_factory=list)
    kind: OrgKind | None = None

    _country = field_validator("country")(lambda cls, v: iso2(v))

    @model_validator(mode="after")
    def _defaults(self) -> ActorRecord:
        if self.type == "Organization" and self.kind is None:
            self.kind = "other"
        return self

    def problems(self) -> Problems:
        out: Problems = []
        if self.type == "Country":
            if not (len(self.id) == 2 and self.id.isascii() and self.id.isupper()):
                out.append(("id", "a Country's id is its upper-case ISO-3166 code, like 'FR'"))
            if self.country:
                out.append(("country", "a Country has no country (its id is its code)"))
        if self.type != "Person" and self.titles:
            out.append(("titles", f"only a Person has titles, not a {self.type}"))
        if self.type != "Organization" and self.kind is not None:
            out.append(("kind", f"only an Organization has a kind, not a {self.type}"))
        return out


class EventRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=200)
    kind: EventKind = "meeting"
    date: str | None = None
    date_precision: DatePrecision | None = None
    title: str | None = None
    place: str | None = Field(default=None, min_length=1)
    participants: list[str] = Field(default_factory=list)
    roles: dict[str, Role] = Field(default_factory=dict)
    sources: list[SourceRecord] = Field(default_factory=list)

    _date = field_validator("date")(lambda cls, v: check_date(v))

    def problems(self) -> Problems:
        out = _date_problems(self.date, self.date_precision)
        for actor in self.roles:
            if actor not in self.participants:
                out.append(("roles", f"{actor!r} has a role but is not a participant"))
        return out

    def normalise(self) -> EventRecord:
        roles = {a: r for a, r in self.roles.items() if r != "participant"}
        return self.model_copy(
            update={
                "date_precision": self.date_precision or precision_of(self.date),
                "participants": _unique(self.participants),
                "roles": roles,
            }
        )


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

    def problems(self) -> Problems:
        return _date_problems(self.date, self.date_precision)

    def normalise(self) -> AgreementRecord:
        return self.model_copy(
            update={
                "date_precision": self.date_precision or precision_of(self.date),
                "parties": _unique(self.parties),
                "signatories": _unique(self.signatories),
            }
        )


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


def parse_records(path: str | Path) -> ExportData:
    """Parse and check a records file. Every problem is collected and reported together,
    each naming the record (section, index, id) and the field."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path}: line {exc.lineno}, column {exc.colno}: invalid JSON: {exc.msg}",
            hint="nothing from this file was written",
        ) from exc
    return parse_data(raw, origin=str(path))


def parse_data(raw: Any, origin: str = "records") -> ExportData:
    """Check records already decoded from JSON (see `parse_records`)."""
    if not isinstance(raw, dict):
        raise InputError(
            f"{origin}: expected one JSON object with actors, events, agreements, documents",
            hint="nothing from this file was written",
        )
    problems: list[str] = []
    unknown = set(raw) - set(SECTIONS)
    if unknown:
        problems.append(f"unknown top-level key(s): {', '.join(sorted(unknown))}")
    parsed: dict[str, list[Any]] = defaultdict(list)
    for section in SECTIONS:
        items = raw.get(section, [])
        if not isinstance(items, list):
            problems.append(f"{section}: expected a list")
            continue
        seen: set[str] = set()
        for i, item in enumerate(items):
            rec, found = check_item(section, i, item, seen)
            problems.extend(found)
            if rec is not None:
                parsed[section].append(rec)
    if problems:
        raise InputError(problem_list(origin, problems), hint="nothing from this file was written")
    return ExportData(**parsed)


def where_of(section: str, index: int, item: Any) -> str:
    """How a message names a record: `events[3] (id 'ev-1')`."""
    where = f"{section}[{index}]"
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        where += f" (id {item['id']!r})"
    return where


def check_item(
    section: str, index: int, item: Any, seen: set[str], normalise: bool = True
) -> tuple[Any, list[str]]:
    """One decoded record of a section: (the normalised record or None, its problems).
    `seen` holds the ids met so far in the section (duplicates are a problem). Without
    `normalise`, the record is returned as checked (reference lists may repeat an id)."""
    where = where_of(section, index, item)
    try:
        rec: Any = SECTIONS[section].model_validate(item)
    except ValidationError as exc:
        return None, [
            f"{where}.{'.'.join(str(p) for p in err['loc']) or 'record'}: {err['msg']}"
            for err in exc.errors()
        ]
    found = rec.problems() if hasattr(rec, "problems") else []
    problems = [f"{where}.{field}: {msg}" for field, msg in found]
    if rec.id in seen:
        problems.append(f"{where}.id: duplicate id in {section}")
    seen.add(rec.id)
    if found:
        return None, problems
    return (rec.normalise() if normalise and hasattr(rec, "normalise") else rec), problems


def problem_list(origin: str, problems: list[str], most: int = 25, total: int | None = None) -> str:
    """The first `most` problems; `total` counts them all when only the first were kept."""
    total = len(problems) if total is None else total
    shown = problems[:most]
    if total > len(shown):
        shown.append(f"... and {total - len(shown)} more")
    return f"{origin}: {total} problem(s):\n  " + "\n  ".join(shown)


def load_file(store: GraphStore, path: str | Path) -> dict[str, int]:
    """Check a records file completely, then write it in chunks (graph/load.py). Returns
    the number of records per section."""
    from graph.load import load_file as _load_file  # load.py builds on this module

    return _load_file(store, path)


# -- export -------------------------------------------------------------------


def _place_rank(row: dict[str, Any]) -> tuple[bool, str]:
    return (row["kind"] not in (None, "city"), row["place"] or "")


def export_records(store: GraphStore) -> ExportData:
    def read(query: str) -> list[dict[str, Any]]:
        return store.read(query, row_cap=10_000_000, timeout_s=600).rows

    participants: dict[str, list[dict]] = defaultdict(list)
    for r in read(cypher.EXPORT_PARTICIPANTS):
        participants[r["event"]].append(r)
    places: dict[str, list[dict]] = defaultdict(list)
    for r in read(cypher.EXPORT_PLACES):
        places[r["event"]].append(r)
    sources: dict[str, list[SourceRecord]] = defaultdict(list)
    for r in read(cypher.EXPORT_SOURCES):
        fields = ("document", "quote", "start", "end", "rule", "confidence")
        sources[r["fact"]].append(SourceRecord(**{k: r[k] for k in fields}))
    refs: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for query, field in ((cypher.EXPORT_PARTIES, "parties"), (cypher.EXPORT_SIGNATORIES, "sig")):
        for r in read(query):
            refs[field][r["agreement"]].append(r["actor"])
    concluded: dict[str, str] = {}
    for r in read(cypher.EXPORT_CONCLUDED_AT):
        concluded.setdefault(r["agreement"], r["event"])

    actors = [
        ActorRecord(
            id=r["id"],
            type=r["type"],
            name=r["name"] or r["id"],
            aliases=r["aliases"] or [],
            country=r["country"] if r["type"] != "Country" else None,
            titles=(r["titles"] or []) if r["type"] == "Person" else [],
            kind=r["kind"] if r["type"] == "Organization" else None,
        )
        for r in read(cypher.EXPORT_ACTORS)
    ]
    events = []
    for r in read(cypher.EXPORT_EVENTS):
        parts = participants[r["id"]]
        held = sorted(places[r["id"]], key=_place_rank)
        events.append(
            EventRecord(
                id=r["id"],
                kind=r["kind"] or "other",
                date=r["date"],
                date_precision=r["date_precision"] or precision_of(r["date"]),
                title=r["title"],
                place=held[0]["place"] if held else None,
                participants=_unique([p["actor"] for p in parts]),
                roles={
                    p["actor"]: p["role"] for p in parts if p["role"] not in (None, "participant")
                },
                sources=sources[r["id"]],
            )
        )
    agreements = [
        AgreementRecord(
            id=r["id"],
            name=r["name"] or r["id"],
            kind=r["kind"] or "other",
            status=r["status"] or "agreed",
            date=r["date"],
            date_precision=r["date_precision"] or precision_of(r["date"]),
            topics=r["topics"] or [],
            parties=refs["parties"][r["id"]],
            signatories=refs["sig"][r["id"]],
            event=concluded.get(r["id"]),
            sources=sources[r["id"]],
        )
        for r in read(cypher.EXPORT_AGREEMENTS)
    ]
    documents = [DocumentRecord(**r) for r in read(cypher.EXPORT_DOCUMENTS)]
    return ExportData(actors=actors, events=events, agreements=agreements, documents=documents)


def export_json(store: GraphStore) -> str:
    return export_records(store).model_dump_json(indent=2)
