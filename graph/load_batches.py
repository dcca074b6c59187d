"""Checked records as graph rows: what each actor, document, event and agreement of a
records file becomes (nodes and relationships). graph/load.py collects them into chunks.

The records were checked by graph/records.py (the same field rules as the domain models of
graph/model.py), so the rows are built here as the models would dump them, straight into
`Upserts`, without a validated model or record object per node and relationship (those were
most of the writing pass's time). tests/graph/test_load_batches.py checks that the rows are
what the models and `GraphBatch` give."""

from __future__ import annotations

from collections.abc import Iterable

from graph.model import (
    Country,
    Label,
    Place,
    RelType,
    Upserts,
    node_props,
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


def add_actor(b: Upserts, a: ActorRecord) -> None:
    """A person, organization or country, and the country it belongs to (which must exist
    when the batch is written)."""
    if a.type == "Country":
        b.node(
            Label.COUNTRY, a.id, node_props(Label.COUNTRY, {"name": a.name, "aliases": a.aliases})
        )
        return
    if a.type == "Person":
        props = {"name": a.name, "aliases": a.aliases, "country": a.country, "titles": a.titles}
    else:
        props = {
            "name": a.name,
            "aliases": a.aliases,
            "kind": a.kind or "other",
            "country": a.country,
        }
    label = Label(a.type)
    b.node(label, a.id, node_props(label, props))
    if a.country:
        rel = RelType.REPRESENTS if a.type == "Person" else RelType.IN_COUNTRY
        b.rel(rel, label, a.id, Label.COUNTRY, a.country)


def implied_countries(b: Upserts, codes: Iterable[str]) -> None:
    """Countries named only as an actor's `country`, with their ISO name."""
    for code in sorted(codes):
        country = Country(id=code, name=country_name(code))
        b.node(Label.COUNTRY, code, node_props(Label.COUNTRY, country.model_dump(exclude={"id"})))


def add_document(b: Upserts, d: DocumentRecord) -> None:
    props = {"title": d.title, "source": d.source, "published": d.published}
    b.node(Label.DOCUMENT, d.id, props)


# a Place as `Place(id=..., name=...)` dumps it: the defaults of its other fields
_PLACE_DEFAULTS = Place(id="x", name="x").model_dump(exclude={"id"})


def add_event(b: Upserts, e: EventRecord, labels: dict[str, Label]) -> None:
    """An event, its place, participants and sources; `labels` gives each actor's label."""
    props = {
        "kind": e.kind,
        "date": e.date,
        "date_precision": e.date_precision or "unknown",
        "title": e.title,
    }
    b.node(Label.EVENT, e.id, node_props(Label.EVENT, props))
    if e.place:
        pid = place_id(e.place)
        b.node(Label.PLACE, pid, {**_PLACE_DEFAULTS, "name": e.place})
        b.rel(RelType.HELD_IN, Label.EVENT, e.id, Label.PLACE, pid)
    for p in e.participants:
        role = e.roles.get(p, "participant")
        b.rel(RelType.PARTICIPATED_IN, labels[p], p, Label.EVENT, e.id, {"role": role})
    _sources(b, Label.EVENT, e.id, e.sources)


def add_agreement(b: Upserts, g: AgreementRecord, labels: dict[str, Label]) -> None:
    props = {
        "name": g.name,
        "kind": g.kind,
        "status": g.status,
        "date": g.date,
        "date_precision": g.date_precision or "unknown",
        "topics": g.topics,
    }
    b.node(Label.AGREEMENT, g.id, node_props(Label.AGREEMENT, props))
    for p in g.parties:
        b.rel(RelType.PARTY_TO, labels[p], p, Label.AGREEMENT, g.id)
    for p in g.signatories:
        b.rel(RelType.SIGNED, labels[p], p, Label.AGREEMENT, g.id)
    if g.event:
        b.rel(RelType.CONCLUDED_AT, Label.AGREEMENT, g.id, Label.EVENT, g.event)
    _sources(b, Label.AGREEMENT, g.id, g.sources)


_SOURCE_FIELDS = tuple(f for f in SourceRecord.model_fields if f != "document")


def _sources(b: Upserts, label: Label, fact: str, sources: list[SourceRecord]) -> None:
    # One REPORTED_IN per (fact, document, quote, start): the key keeps two quotes of one
    # document apart, and makes loading the same source twice a no-op.
    for s in sources:
        props = {f: getattr(s, f) for f in _SOURCE_FIELDS}
        key = short_hash(s.quote or "", str(s.start))
        b.rel(RelType.REPORTED_IN, label, fact, Label.DOCUMENT, s.document, props, key)
