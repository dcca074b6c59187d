"""`diplograph load FILE`: check curated records against the file and the store, then write
them as one batch. Loading adds and updates (MERGE on id); it never deletes, so loading the
same file twice changes nothing."""

from __future__ import annotations

from pathlib import Path

from diplograph.errors import UnknownReference
from graph.model import (
    ACTOR_LABELS,
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
    ExportData,
    SourceRecord,
    country_name,
    parse_records,
    place_id,
    problem_list,
)
from graph.store import GraphStore


def check_references(data: ExportData, store: GraphStore | None, origin: str) -> dict[str, Label]:
    """Check every reference of the records against the file and the store. Returns the
    label of every actor the records mention; raises UnknownReference listing all problems."""
    labels = {a.id: Label(a.type) for a in data.actors}
    problems: list[str] = []
    mentioned = {p for e in data.events for p in e.participants}
    mentioned |= {p for g in data.agreements for p in g.parties + g.signatories}
    docs = {s.document for e in data.events for s in e.sources}
    docs |= {s.document for g in data.agreements for s in g.sources}
    events = {g.event for g in data.agreements if g.event}
    missing_docs = docs - {d.id for d in data.documents}
    missing_events = events - {e.id for e in data.events}
    if store is not None:
        held = store.actor_labels(sorted(mentioned | set(labels)))
        for i, a in enumerate(data.actors):
            if a.id in held and held[a.id] != labels[a.id]:
                problems.append(
                    f"actors[{i}] (id {a.id!r}).type: the store already holds "
                    f"{a.id!r} as a {held[a.id].value}"
                )
        labels = {**held, **labels}
        missing_docs -= store.existing_ids(Label.DOCUMENT, sorted(missing_docs))
        missing_events -= store.existing_ids(Label.EVENT, sorted(missing_events))

    def actor(where: str, field: str, ref: str, allowed: tuple[Label, ...]) -> None:
        if ref not in labels:
            problems.append(f"{where}.{field}: unknown actor id {ref!r}")
        elif labels[ref] not in allowed:
            kinds = " or ".join(a.value for a in allowed)
            problems.append(f"{where}.{field}: {ref!r} is a {labels[ref].value}, not a {kinds}")

    def sources(where: str, srcs: list[SourceRecord]) -> None:
        for s in srcs:
            if s.document in missing_docs:
                problems.append(f"{where}.sources: unknown document id {s.document!r}")

    for i, e in enumerate(data.events):
        where = f"events[{i}] (id {e.id!r})"
        for p in e.participants:
            actor(where, "participants", p, ACTOR_LABELS)
        sources(where, e.sources)
    for i, g in enumerate(data.agreements):
        where = f"agreements[{i}] (id {g.id!r})"
        for p in g.parties:
            actor(where, "parties", p, (Label.COUNTRY, Label.ORGANIZATION))
        for p in g.signatories:
            actor(where, "signatories", p, (Label.PERSON,))
        if g.event in missing_events:
            problems.append(f"{where}.event: unknown event id {g.event!r}")
        sources(where, g.sources)
    if problems:
        raise UnknownReference(
            problem_list(origin, problems), hint="nothing from this file was written"
        )
    return labels


def _rel(
    rel: RelType, src_label: Label, src: str, dst_label: Label, dst: str, **props: PropValue
) -> RelRecord:
    return RelRecord(
        type=rel, src_label=src_label, src=src, dst_label=dst_label, dst=dst, props=props
    )


def records_to_batch(
    data: ExportData, labels: dict[str, Label], store: GraphStore | None = None
) -> GraphBatch:
    """Checked records as one batch; `labels` gives the label of every actor referenced
    (from `check_references`). Countries named only as an actor's `country` are created
    with their ISO name unless the store already has them."""
    b = GraphBatch()
    countries: set[str] = set()
    for a in data.actors:
        if a.type == "Country":
            b.nodes.append(node(Label.COUNTRY, Country(id=a.id, name=a.name, aliases=a.aliases)))
            continue
        if a.type == "Person":
            person = Person(
                id=a.id, name=a.name, aliases=a.aliases, country=a.country, titles=a.titles
            )
            b.nodes.append(node(Label.PERSON, person))
        else:
            org = Organization(
                id=a.id, name=a.name, aliases=a.aliases, kind=a.kind or "other", country=a.country
            )
            b.nodes.append(node(Label.ORGANIZATION, org))
        if a.country:
            countries.add(a.country)
            rel = RelType.REPRESENTS if a.type == "Person" else RelType.IN_COUNTRY
            b.rels.append(_rel(rel, Label(a.type), a.id, Label.COUNTRY, a.country))
    implied = countries - {a.id for a in data.actors if a.type == "Country"}
    if store is not None:
        implied -= store.existing_ids(None, sorted(implied))
    for code in sorted(implied):
        b.nodes.append(node(Label.COUNTRY, Country(id=code, name=country_name(code))))
    for d in data.documents:
        doc = Document(id=d.id, title=d.title, source=d.source, published=d.published)
        b.nodes.append(node(Label.DOCUMENT, doc))
    for e in data.events:
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
    for g in data.agreements:
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
    return b


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


def load_records(store: GraphStore, data: ExportData, origin: str = "records") -> None:
    """Check every reference, then write the records as one transaction."""
    labels = check_references(data, store, origin)
    store.write(records_to_batch(data, labels, store))


def load_file(store: GraphStore, path: str | Path) -> ExportData:
    """Check a records file completely, then write it in one transaction."""
    data = parse_records(path)
    load_records(store, data, origin=str(path))
    return data
