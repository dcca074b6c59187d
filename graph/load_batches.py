"""Checked records as graph records: what each actor, document, event and agreement of a
records file becomes (nodes and relationships). graph/load.py collects them into chunks."""

from __future__ import annotations

from collections.abc import Iterable

from graph.model import (
    Agreement,
    Country,
    Document,
    Event,
    GraphBatch,
    Label,
    Organization,
    Person,
    Place,
    PropValue,
    RelRecord,
    RelType,
    node,
    short_hash,
)
from graph.records import (
    ActorRecord,
    AgreementRecord,
    DocumentRecord,
    EventRecord,
    SourceRecord,
    country_name,
    place_id,
)


def _rel(
    rel: RelType, src_label: Label, src: str, dst_label: Label, dst: str, **props: PropValue
) -> RelRecord:
    return RelRecord(
        type=rel, src_label=src_label, src=src, dst_label=dst_label, dst=dst, props=props
    )


def add_actor(b: GraphBatch, a: ActorRecord) -> None:
    """A person, organization or country, and the country it belongs to (which must exist
    when the batch is written)."""
    if a.type == "Country":
        b.nodes.append(node(Label.COUNTRY, Country(id=a.id, name=a.name, aliases=a.aliases)))
        return
    if a.type == "Person":
        person = Person(id=a.id, name=a.name, aliases=a.aliases, country=a.country, titles=a.titles)
        b.nodes.append(node(Label.PERSON, person))
    else:
        org = Organization(
            id=a.id, name=a.name, aliases=a.aliases, kind=a.kind or "other", country=a.country
        )
        b.nodes.append(node(Label.ORGANIZATION, org))
    if a.country:
        rel = RelType.REPRESENTS if a.type == "Person" else RelType.IN_COUNTRY
        b.rels.append(_rel(rel, Label(a.type), a.id, Label.COUNTRY, a.country))


def implied_countries(b: GraphBatch, codes: Iterable[str]) -> None:
    """Countries named only as an actor's `country`, with their ISO name."""
    for code in sorted(codes):
        b.nodes.append(node(Label.COUNTRY, Country(id=code, name=country_name(code))))


def add_document(b: GraphBatch, d: DocumentRecord) -> None:
    doc = Document(id=d.id, title=d.title, source=d.source, published=d.published)
    b.nodes.append(node(Label.DOCUMENT, doc))


def add_event(b: GraphBatch, e: EventRecord, labels: dict[str, Label]) -> None:
    """An event, its place, participants and sources; `labels` gives each actor's label."""
    event = Event(
        id=e.id,
        kind=e.kind,
        date=e.date,
        date_precision=e.date_precision or "unknown",
        title=e.title,
    )
    b.nodes.append(node(Label.EVENT, event))
    if e.place:
        pid = place_id(e.place)
        b.nodes.append(node(Label.PLACE, Place(id=pid, name=e.place)))
        b.rels.append(_rel(RelType.HELD_IN, Label.EVENT, e.id, Label.PLACE, pid))
    for p in e.participants:
        role = e.roles.get(p, "participant")
        b.rels.append(_rel(RelType.PARTICIPATED_IN, labels[p], p, Label.EVENT, e.id, role=role))
    b.rels.extend(_sources(Label.EVENT, e.id, e.sources))


def add_agreement(b: GraphBatch, g: AgreementRecord, labels: dict[str, Label]) -> None:
    agreement = Agreement(
        id=g.id,
        name=g.name,
        kind=g.kind,
        status=g.status,
        date=g.date,
        date_precision=g.date_precision or "unknown",
        topics=g.topics,
    )
    b.nodes.append(node(Label.AGREEMENT, agreement))
    for p in g.parties:
        b.rels.append(_rel(RelType.PARTY_TO, labels[p], p, Label.AGREEMENT, g.id))
    for p in g.signatories:
        b.rels.append(_rel(RelType.SIGNED, labels[p], p, Label.AGREEMENT, g.id))
    if g.event:
        b.rels.append(_rel(RelType.CONCLUDED_AT, Label.AGREEMENT, g.id, Label.EVENT, g.event))
    b.rels.extend(_sources(Label.AGREEMENT, g.id, g.sources))


def _sources(label: Label, fact: str, sources: list[SourceRecord]) -> list[RelRecord]:
    # One REPORTED_IN per (fact, document, quote, start): the key keeps two quotes of one
    # document apart, and makes loading the same source twice a no-op.
    return [
        RelRecord(
            type=RelType.REPORTED_IN,
            src_label=label,
            src=fact,
            dst_label=Label.DOCUMENT,
            dst=s.document,
            props=s.model_dump(exclude={"document"}),
            key=short_hash(s.quote or "", str(s.start)),
        )
        for s in sources
    ]
