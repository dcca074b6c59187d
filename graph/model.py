"""The domain model of design.md as typed objects, and the generic batch a store writes.

Domain objects (Person, Event, ...) know how to become graph records (`NodeRecord`,
`RelRecord`); stores only ever see `GraphBatch`es, so every backend writes the same way.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import unicodedata
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from graph import name_keys


class Label(StrEnum):
    PERSON = "Person"
    COUNTRY = "Country"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    EVENT = "Event"
    AGREEMENT = "Agreement"
    DOCUMENT = "Document"


class RelType(StrEnum):
    PARTICIPATED_IN = "PARTICIPATED_IN"
    HELD_IN = "HELD_IN"
    IN_COUNTRY = "IN_COUNTRY"
    REPRESENTS = "REPRESENTS"
    HOLDS_POSITION = "HOLDS_POSITION"
    PART_OF = "PART_OF"
    PARTY_TO = "PARTY_TO"
    SIGNED = "SIGNED"
    CONCLUDED_AT = "CONCLUDED_AT"
    REPORTED_IN = "REPORTED_IN"


ACTOR_LABELS = (Label.PERSON, Label.COUNTRY, Label.ORGANIZATION)

EventKind = Literal["meeting", "visit", "call", "talks", "summit", "signing", "exercise", "other"]
AgreementKind = Literal[
    "mou", "treaty", "agreement", "working_group", "commission", "declaration", "other"
]
AgreementStatus = Literal["proposed", "agreed", "signed", "in_force"]
DatePrecision = Literal["day", "month", "year", "unknown"]
OrgKind = Literal[
    "ministry",
    "military",
    "agency",
    "parliament",
    "committee",
    "intergovernmental",
    "company",
    "media",
    "other",
]
PlaceKind = Literal["city", "venue", "region"]
Role = Literal["host", "guest", "participant", "signatory"]

Scalar = str | int | float | bool | None
PropValue = Scalar | list[str] | list[int] | list[float]

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def precision_of(date: str | None) -> DatePrecision:
    """Precision implied by an ISO date truncated to its precision ("2025", "2025-07", ...)."""
    if not date:
        return "unknown"
    return {4: "year", 7: "month", 10: "day"}.get(len(date), "unknown")  # type: ignore[return-value]


def check_date(value: str | None) -> str | None:
    """An ISO date truncated to its precision ("2025", "2025-07", "2025-07-10"), checked to
    be a real date; "" means no date."""
    if value is None or value == "":
        return None
    if not _DATE_RE.match(value):
        raise ValueError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        datetime.date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
    except ValueError:
        raise ValueError(f"date {value!r} does not exist") from None
    return value


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name, used for search and matching."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", stripped.casefold()).strip()


def slug(text: str, max_len: int = 80) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return s[:max_len].strip("-") or hashlib.sha1(text.encode()).hexdigest()[:12]


def short_hash(*parts: str, n: int = 12) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


class NodeRecord(BaseModel):
    """One node to upsert: MERGE on (label, id), then SET += props."""

    model_config = ConfigDict(frozen=True)
    label: Label
    id: str = Field(min_length=1)
    props: dict[str, PropValue] = Field(default_factory=dict)


class RelRecord(BaseModel):
    """One relationship to upsert between two nodes identified by label and id.

    `key` distinguishes several relationships of one type between the same two nodes
    (for example REPORTED_IN of one event with two quotes of one document)."""

    model_config = ConfigDict(frozen=True)
    type: RelType
    src_label: Label
    src: str
    dst_label: Label
    dst: str
    props: dict[str, PropValue] = Field(default_factory=dict)
    key: str = ""


class GraphBatch(BaseModel):
    """What a store writes in one transaction."""

    nodes: list[NodeRecord] = Field(default_factory=list)
    rels: list[RelRecord] = Field(default_factory=list)

    def extend(self, other: GraphBatch) -> GraphBatch:
        self.nodes.extend(other.nodes)
        self.rels.extend(other.rels)
        return self

    def __len__(self) -> int:
        return len(self.nodes) + len(self.rels)


# ---------------------------------------------------------------------------
# Domain objects (design.md "Data model")


class _Node(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=200)


class Person(_Node):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    country: str | None = None
    titles: list[str] = Field(default_factory=list)

    @field_validator("country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        return iso2(v)


class Country(_Node):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        code = iso2(v)
        assert code is not None
        return code


class Organization(_Node):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    kind: OrgKind = "other"
    country: str | None = None

    @field_validator("country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        return iso2(v)


class Place(_Node):
    name: str = Field(min_length=1)
    kind: PlaceKind = "city"
    country: str | None = None


class Event(_Node):
    kind: EventKind = "meeting"
    date: str | None = None
    date_precision: DatePrecision = "unknown"
    title: str | None = None

    @field_validator("date")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        return check_date(v)


class Agreement(_Node):
    name: str = Field(min_length=1)
    kind: AgreementKind = "agreement"
    status: AgreementStatus = "agreed"
    date: str | None = None
    date_precision: DatePrecision = "unknown"
    topics: list[str] = Field(default_factory=list)

    @field_validator("date")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        return check_date(v)


class Document(_Node):
    title: str | None = None
    source: str | None = None
    published: str | None = None

    @field_validator("published")
    @classmethod
    def _published(cls, v: str | None) -> str | None:
        return check_date(v)


def iso2(v: str | None) -> str | None:
    """An ISO-3166 alpha-2 code in upper case (None stays None); anything else is an error."""
    if v is None or v == "":
        return None
    if not re.fullmatch(r"[A-Za-z]{2}", v):
        raise ValueError(f"country {v!r} is not an ISO-3166 alpha-2 code")
    return v.upper()


def date_key(date: str | None) -> int | None:
    """An ISO date truncated to its precision as a number in the same order as the strings:
    "2025" -> 20250000, "2025-07" -> 20250700, "2025-07-10" -> 20250710. Lists sorted by date
    are read by ranges of this number from an index (FalkorDB's index answers numeric
    ranges, but not upper bounds on strings)."""
    if not date:
        return None
    digits = date.replace("-", "")
    return int(digits[:4]) * 10000 + int(digits[4:6] or 0) * 100 + int(digits[6:8] or 0)


def node_props(label: Label, props: dict[str, Any]) -> dict[str, Any]:
    """The properties of a node from the dump of a domain object (without its id): actors
    also get `search`, a folded form of all their names, so both engines can answer case- and
    accent-insensitive lookups with CONTAINS, and people their `name_keys` (what resolution
    looks them up by: graph/name_keys.py); events and agreements `date_key` (see `date_key`).
    `props` is completed in place and returned."""
    if label in (Label.EVENT, Label.AGREEMENT):
        props["date_key"] = date_key(props.get("date"))
    if label in ACTOR_LABELS:
        names = [props.get("name") or ""] + list(props.get("aliases") or [])
        folded = [fold(n) for n in names if n]
        props["search"] = " | ".join(folded)
        if label is Label.PERSON:
            props[name_keys.PROPERTY] = name_keys.keys_of(folded)
    return props


NodeKey = Label
RelKey = tuple[RelType, Label, Label]


class Upserts:
    """A batch as the rows that write it: nodes by label (id -> properties) first, then
    relationships by (type, source label, target label) ((source, target, key) ->
    properties), each group in order of first appearance, so every endpoint exists when
    matched. A node or relationship named twice is one row whose properties are merged in
    order (later wins): FalkorDB's MERGE does not apply the SET of a repeated row.

    What `GraphBatch` becomes before it is written; a bulk load builds it directly (no
    record object per node or relationship)."""

    __slots__ = ("nodes", "rels", "records")

    def __init__(self) -> None:
        self.nodes: dict[NodeKey, dict[str, dict[str, Any]]] = {}
        self.rels: dict[RelKey, dict[tuple[str, str, str], dict[str, Any]]] = {}
        self.records = 0

    def node(self, label: Label, node_id: str, props: dict[str, Any]) -> None:
        group = self.nodes.get(label)
        if group is None:
            group = self.nodes[label] = {}
        held = group.get(node_id)
        if held is None:
            group[node_id] = props
        else:
            held.update(props)
        self.records += 1

    def rel(
        self,
        rel: RelType,
        src_label: Label,
        src: str,
        dst_label: Label,
        dst: str,
        props: dict[str, Any] | None = None,
        key: str = "",
    ) -> None:
        group = self.rels.get((rel, src_label, dst_label))
        if group is None:
            group = self.rels[(rel, src_label, dst_label)] = {}
        held = group.get((src, dst, key))
        if held is None:
            group[(src, dst, key)] = dict(props) if props else {}
        elif props:
            held.update(props)
        self.records += 1

    @classmethod
    def of(cls, batch: GraphBatch) -> Upserts:
        out = cls()
        for n in batch.nodes:
            out.node(n.label, n.id, dict(n.props))
        for r in batch.rels:
            out.rel(r.type, r.src_label, r.src, r.dst_label, r.dst, r.props, r.key)
        return out

    def __len__(self) -> int:
        return self.records


def node(label: Label, obj: BaseModel) -> NodeRecord:
    """A domain object as a node record (see `node_props`)."""
    props = node_props(label, obj.model_dump(exclude={"id"}))
    return NodeRecord(label=label, id=obj.id, props=props)  # type: ignore[attr-defined]
