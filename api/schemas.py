"""Response models of the HTTP API (they are also the OpenAPI schema at /docs)."""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")
ActorType = Literal["Person", "Country", "Organization"]


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(
        description="number of items matching the filters (all pages) when `total_is_exact`; "
        "otherwise a lower bound: the items before this page, on it, and one more when a next "
        "page exists (an exact count would read every match in the graph)"
    )
    total_is_exact: bool = Field(default=True, description="whether `total` is exact")
    limit: int
    offset: int
    next_cursor: str | None = Field(
        default=None,
        description="opaque cursor of the next page (pass it as `cursor`, with the same "
        "filters); null on the last page",
    )
    next: str | None = Field(
        default=None, description="path and query of the next page; null on the last page"
    )


class ErrorBody(BaseModel):
    detail: str = Field(description="what went wrong and what to do about it")
    code: str | None = None
    params: dict[str, str] | None = Field(default=None, description="problem of each parameter")


class Health(BaseModel):
    status: Literal["ok"]
    backend: str


class Stats(BaseModel):
    backend: str
    nodes: dict[str, int] = Field(description="nodes by label")
    relationships: dict[str, int] = Field(description="relationships by type")
    age_s: float = Field(description="seconds since these counts were read (they are cached)")


class ActorRef(BaseModel):
    id: str
    type: str | None = None
    name: str | None = None
    country: str | None = None


class Participant(ActorRef):
    role: str | None = None


class ActorSummary(ActorRef):
    aliases: list[str] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)
    kind: str | None = None


class Position(BaseModel):
    organization: str
    name: str | None = None
    title: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None


class ActorCounts(BaseModel):
    events: int
    agreements: int
    documents: int


class ActorDetail(ActorSummary):
    positions: list[Position]
    counts: ActorCounts


class Source(BaseModel):
    document: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    quote: str | None = None


class PlaceRef(BaseModel):
    id: str
    name: str | None = None
    kind: str | None = None
    country: str | None = None


class AgreementRef(BaseModel):
    id: str
    name: str | None = None
    kind: str | None = None
    status: str | None = None


class EventCard(BaseModel):
    """An event with who took part, where, when, and the reports behind it."""

    id: str
    kind: str | None = None
    date: str | None = None
    date_precision: str | None = None
    title: str | None = None
    place: PlaceRef | None = None
    participants: list[Participant]
    sources: list[Source]


class ActorMeeting(EventCard):
    counterparts: list[Participant] = Field(description="the other participants")


class EventDetail(EventCard):
    agreements: list[AgreementRef] = Field(description="agreements concluded at this event")


class AgreementCard(BaseModel):
    id: str
    name: str | None = None
    kind: str | None = None
    status: str | None = None
    date: str | None = None
    date_precision: str | None = None
    topics: list[str] = Field(default_factory=list)
    event: str | None = Field(default=None, description="event it was concluded at")
    parties: list[ActorRef]
    signatories: list[ActorRef]


class AgreementDetail(AgreementCard):
    sources: list[Source]


class CountryRef(BaseModel):
    id: str
    name: str | None = None


class RelationItem(BaseModel):
    """One entry of a bilateral timeline: an event or an agreement, with the people involved
    (participants of an event, signatories of an agreement)."""

    type: Literal["event", "agreement"]
    id: str
    kind: str | None = None
    date: str | None = None
    title: str | None = None
    status: str | None = None
    place: str | None = None
    people: list[Participant]


class Relations(Page[RelationItem]):
    country: CountryRef
    partner: CountryRef = Field(description="the country given as `with`")


class Via(BaseModel):
    type: str
    id: str
    kind: str | None = None
    date: str | None = None
    title: str | None = None


class PathLink(BaseModel):
    source: str
    target: str
    via: Via | None = None


class PathResult(BaseModel):
    source: str = Field(description="the `from` actor id")
    target: str = Field(description="the `to` actor id")
    max_hops: int
    found: bool
    hops: int | None = None
    nodes: list[ActorRef]
    links: list[PathLink]


class QueryParamInfo(BaseModel):
    name: str
    type: str
    required: bool
    default: Any = None
    comment: str = ""


class SavedQueryInfo(BaseModel):
    name: str
    description: str
    params: list[QueryParamInfo]


class SavedQueryDetail(SavedQueryInfo):
    cypher: str


class QueryRows(BaseModel):
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = Field(description="the row cap cut the result")


class SavedQueryResult(QueryRows):
    name: str
    params: dict[str, Any]


class IngestResult(BaseModel):
    source: str
    status: str
    document: str | None = None
    reason: str | None = None
    people: int = 0
    events: int = 0
    agreements: int = 0
    # ids of what the document reports (for an unchanged document: what it reported before)
    people_ids: list[str] = Field(default_factory=list)
    event_ids: list[str] = Field(default_factory=list)
    agreement_ids: list[str] = Field(default_factory=list)


# -- explorer -------------------------------------------------------------------------


class Suggestions(BaseModel):
    """Actors for a search box, best matches first (no total: a box shows a few)."""

    q: str
    items: list[ActorSummary]


class Counterpart(ActorRef):
    titles: list[str] = Field(default_factory=list)
    kind: str | None = None
    meetings: int = Field(description="encounters with the actor that match the filters")
    first: str | None = Field(default=None, description="date of the first of them")
    last: str | None = Field(default=None, description="date of the last of them")


class EventSpan(BaseModel):
    first: str | None = Field(description="earliest event date (null when no event is dated)")
    last: str | None = Field(description="latest event date")
    events: int
    kinds: dict[str, int] = Field(description="number of events of each kind")
