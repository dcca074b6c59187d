"""Typed hand-offs between the pipeline's components (mentions -> coref -> events -> writer)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from graph.model import AgreementKind, AgreementStatus, DatePrecision, EventKind, OrgKind, Role


class Span(BaseModel):
    start: int
    end: int
    sent: int


class PersonMention(Span):
    """A person named in the text ("name") or referred to by role ("the president")."""

    kind: Literal["name", "role"] = "name"
    name: str = ""  # honorifics and titles stripped
    honorifics: list[str] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)
    country: str | None = None
    org: str | None = None
    role: str | None = None  # for role mentions: folded title ("president", "counterpart")
    confidence: float = 0.9
    tentative: bool = False  # a lone capitalised word: a person only if it names one seen before
    entity: int | None = None  # set by coreference


def unique_people(people: list[PersonMention]) -> list[PersonMention]:
    """The first mention of each resolved person, in order (unresolved mentions dropped)."""
    seen: set[int] = set()
    out = []
    for p in people:
        if p.entity is not None and p.entity not in seen:
            seen.add(p.entity)
            out.append(p)
    return out


class OrgMention(Span):
    name: str
    kind: OrgKind = "other"
    country: str | None = None


class PlaceMention(Span):
    name: str
    kind: Literal["city", "venue", "region"] = "city"
    country: str | None = None


class CountryMention(Span):
    code: str
    text: str


class PersonEntity(BaseModel):
    """One person inside one document, after in-document coreference."""

    index: int
    name: str
    aliases: list[str] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)
    country: str | None = None
    orgs: list[str] = Field(default_factory=list)
    mentions: list[int] = Field(default_factory=list)  # indexes into DocumentExtraction.people
    confidence: float = 0.9
    node_id: str | None = None  # set by cross-document resolution


class Participant(BaseModel):
    person: int | None = None  # PersonEntity index
    country: str | None = None  # a Country participant (unnamed delegation, leadership)
    role: Role = "participant"


class ExtractedEvent(BaseModel):
    kind: EventKind = "meeting"
    participants: list[Participant] = Field(default_factory=list)
    date: str | None = None
    date_precision: DatePrecision = "unknown"
    date_source: str = "none"  # sentence, context, lede, publication
    place: PlaceMention | None = None
    host_country: str | None = None
    quote: str
    start: int
    end: int
    sent: int
    rule: str
    confidence: float = 0.8
    node_id: str | None = None

    def people(self) -> set[int]:
        return {p.person for p in self.participants if p.person is not None}

    @classmethod
    def told_in(
        cls,
        sentence: Any,
        *,
        kind: str,
        rule: str,
        date: Any = None,
        confidence: float,
        participants: list[Participant] | None = None,
    ) -> ExtractedEvent:
        """An encounter told by one sentence (ingest.text.Sentence), dated by a date of that
        sentence (ingest.dates' resolved date) when it has one."""
        return cls(
            kind=kind,  # type: ignore[arg-type]
            participants=participants or [],
            quote=sentence.text,
            start=sentence.start,
            end=sentence.end,
            sent=sentence.index,
            rule=rule,
            date=date.value if date else None,
            date_precision=date.precision if date else "unknown",
            date_source="sentence" if date else "none",
            confidence=confidence,
        )


class ExtractedAgreement(BaseModel):
    name: str
    kind: AgreementKind = "agreement"
    status: AgreementStatus = "agreed"
    parties: list[str] = Field(default_factory=list)  # ISO country codes
    party_orgs: list[str] = Field(default_factory=list)
    signatories: list[int] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    date: str | None = None
    date_precision: DatePrecision = "unknown"
    event: int | None = None  # index into events (CONCLUDED_AT)
    quote: str
    start: int
    end: int
    rule: str
    confidence: float = 0.75


class DocumentExtraction(BaseModel):
    people: list[PersonMention] = Field(default_factory=list)
    entities: list[PersonEntity] = Field(default_factory=list)
    orgs: list[OrgMention] = Field(default_factory=list)
    places: list[PlaceMention] = Field(default_factory=list)
    countries: list[CountryMention] = Field(default_factory=list)
    events: list[ExtractedEvent] = Field(default_factory=list)
    agreements: list[ExtractedAgreement] = Field(default_factory=list)
