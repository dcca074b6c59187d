"""DocumentExtraction (+ resolved ids) -> GraphBatch, every fact with provenance
(REPORTED_IN: quote, start, end into Article.text, rule, confidence)."""

from __future__ import annotations

import functools

from pydantic import BaseModel

from graph.model import (
    Agreement,
    Country,
    Document,
    Event,
    GraphBatch,
    Label,
    NodeRecord,
    Organization,
    Person,
    Place,
    RelRecord,
    RelType,
    node_props,
    slug,
)
from graph.records import country_name, place_id
from ingest.article import Article
from ingest.resolve import EventNode, PersonNode
from ingest.schema import DocumentExtraction, ExtractedAgreement


class BatchBuilder:
    def __init__(self, article: Article):
        self.article = article
        self.batch = GraphBatch()
        self._nodes: dict[tuple[Label, str], NodeRecord] = {}

    def add_node(self, label: Label, obj: object) -> None:
        rec = _node(label, obj)  # type: ignore[arg-type]
        self._nodes[(label, rec.id)] = rec

    def rel(
        self,
        type_: RelType,
        src_label: Label,
        src: str,
        dst_label: Label,
        dst: str,
        key: str = "",
        **props: object,
    ) -> None:
        self.batch.rels.append(
            RelRecord.model_construct(  # every field is built here from checked values
                type=type_,
                src_label=src_label,
                src=src,
                dst_label=dst_label,
                dst=dst,
                props=props,  # type: ignore[arg-type]
                key=key,  # type: ignore[arg-type]
            )
        )

    def country(self, code: str) -> str:
        rec = _country(code)
        self._nodes[(Label.COUNTRY, rec.id)] = rec
        return code.upper()

    def reported(
        self, label: Label, fact: str, start: int, end: int, rule: str, conf: float
    ) -> None:
        text = self.article.text
        self.rel(
            RelType.REPORTED_IN,
            label,
            fact,
            Label.DOCUMENT,
            self.article.id,
            key=f"{self.article.id}:{start}:{end}",
            quote=text[start:end],
            start=start,
            end=end,
            rule=rule,
            confidence=round(conf, 2),
        )

    def done(self) -> GraphBatch:
        self.batch.nodes = list(self._nodes.values())
        return self.batch


def _node(label: Label, obj: BaseModel) -> NodeRecord:
    """graph.model.node without checking the record again: `obj` is a checked domain object
    (its id, its properties), and its dump holds only property values."""
    props = node_props(label, obj.model_dump(exclude={"id"}))
    return NodeRecord.model_construct(label=label, id=obj.id, props=props)  # type: ignore[attr-defined]


@functools.lru_cache(maxsize=512)
def _country(code: str) -> NodeRecord:
    """A Country node (the same for every report that names the country: never changed)."""
    return _node(Label.COUNTRY, Country(id=code, name=country_name(code)))


def person_record(pn: PersonNode) -> NodeRecord:
    """The Person node a resolved person is written as."""
    return _node(
        Label.PERSON,
        Person(id=pn.id, name=pn.name, aliases=pn.aliases, country=pn.country, titles=pn.titles),
    )


def build_batch(
    article: Article,
    x: DocumentExtraction,
    people: dict[int, PersonNode],
    events: dict[int, EventNode],
    agreement_ids: dict[int, str],
) -> GraphBatch:
    b = BatchBuilder(article)
    doc = article.id
    b.add_node(
        Label.DOCUMENT,
        Document(
            id=doc,
            title=article.title,
            source=article.source,
            published=_iso(article.published),
        ),
    )
    for idx, pn in people.items():
        ent = x.entities[idx]
        rec = person_record(pn)
        b._nodes[(Label.PERSON, rec.id)] = rec
        if pn.country:
            b.rel(RelType.REPRESENTS, Label.PERSON, pn.id, Label.COUNTRY, b.country(pn.country))
        first = x.people[ent.mentions[0]]
        b.reported(
            Label.PERSON,
            pn.id,
            first.start,
            first.end,
            "person:titled" if first.confidence >= 0.9 else "person:name",
            ent.confidence,
        )
        for org in ent.orgs:
            oid = org_id(org, pn.country)
            b.add_node(
                Label.ORGANIZATION,
                Organization(id=oid, name=org, country=pn.country if org else None),
            )
            b.rel(
                RelType.HOLDS_POSITION,
                Label.PERSON,
                pn.id,
                Label.ORGANIZATION,
                oid,
                title=ent.titles[0] if ent.titles else None,
                first_seen=_iso(article.published),
                last_seen=_iso(article.published),
            )
    seen_orgs: set[str] = set()
    for om in x.orgs:
        oid = org_id(om.name, om.country)
        if oid in seen_orgs:
            continue
        seen_orgs.add(oid)
        b.add_node(
            Label.ORGANIZATION, Organization(id=oid, name=om.name, kind=om.kind, country=om.country)
        )
        if om.country:
            b.rel(RelType.IN_COUNTRY, Label.ORGANIZATION, oid, Label.COUNTRY, b.country(om.country))
        b.reported(Label.ORGANIZATION, oid, om.start, om.end, "organization:head-word", 0.7)
    for idx, en in events.items():
        ev = x.events[idx]
        b.add_node(
            Label.EVENT,
            Event(
                id=en.id,
                kind=en.kind,  # type: ignore[arg-type]
                date=en.date,
                date_precision=en.date_precision,  # type: ignore[arg-type]
                title=_event_title(ev.kind, x, ev, people),
            ),
        )
        b._nodes[(Label.EVENT, en.id)] = b._nodes[(Label.EVENT, en.id)].model_copy(
            update={
                "props": {**b._nodes[(Label.EVENT, en.id)].props, "host_country": en.host_country}
            }
        )
        for p in ev.participants:
            if p.person is not None and p.person in people:
                b.rel(
                    RelType.PARTICIPATED_IN,
                    Label.PERSON,
                    people[p.person].id,
                    Label.EVENT,
                    en.id,
                    role=p.role,
                )
            elif p.country:
                b.rel(
                    RelType.PARTICIPATED_IN,
                    Label.COUNTRY,
                    b.country(p.country),
                    Label.EVENT,
                    en.id,
                    role=p.role,
                )
        place = ev.place
        if place is not None and (not en.existing or en.place == place.name):
            pid = place_id(place.name)
            b.add_node(
                Label.PLACE, Place(id=pid, name=place.name, kind=place.kind, country=place.country)
            )
            b.rel(RelType.HELD_IN, Label.EVENT, en.id, Label.PLACE, pid)
            if place.country:
                b.rel(RelType.IN_COUNTRY, Label.PLACE, pid, Label.COUNTRY, b.country(place.country))
        b.reported(
            Label.EVENT, en.id, ev.start, ev.end, ev.rule + f"|date:{ev.date_source}", ev.confidence
        )
    for idx, gid in agreement_ids.items():
        _agreement(b, x.agreements[idx], gid, x, people, events)
    return b.done()


def _agreement(
    b: BatchBuilder,
    ag: ExtractedAgreement,
    gid: str,
    x: DocumentExtraction,
    people: dict[int, PersonNode],
    events: dict[int, EventNode],
) -> None:
    b.add_node(
        Label.AGREEMENT,
        Agreement(
            id=gid,
            name=ag.name,
            kind=ag.kind,
            status=ag.status,
            date=ag.date,
            date_precision=ag.date_precision,
            topics=ag.topics,
        ),
    )
    for code in ag.parties:
        b.rel(RelType.PARTY_TO, Label.COUNTRY, b.country(code), Label.AGREEMENT, gid)
    for org in ag.party_orgs:
        oid = f"org-{slug(org)}"
        b.add_node(Label.ORGANIZATION, Organization(id=oid, name=org))
        b.rel(RelType.PARTY_TO, Label.ORGANIZATION, oid, Label.AGREEMENT, gid)
    for s in ag.signatories:
        if s in people:
            b.rel(RelType.SIGNED, Label.PERSON, people[s].id, Label.AGREEMENT, gid)
    if ag.event is not None and ag.event in events:
        b.rel(RelType.CONCLUDED_AT, Label.AGREEMENT, gid, Label.EVENT, events[ag.event].id)
    b.reported(Label.AGREEMENT, gid, ag.start, ag.end, ag.rule, ag.confidence)


def _event_title(kind: str, x: DocumentExtraction, ev, people: dict[int, PersonNode]) -> str:  # type: ignore[no-untyped-def]
    names = [
        people[p.person].name
        for p in ev.participants
        if p.person is not None and p.person in people
    ]
    names += [p.country for p in ev.participants if p.country]
    return f"{kind.capitalize()}: " + ", ".join(names[:4])


def org_id(name: str, country: str | None) -> str:
    """Same-named bodies of different countries ("Ministry of Interior") stay apart."""
    return f"org-{slug(name)}" + (
        f"-{country.lower()}" if country and country.lower() not in slug(name) else ""
    )


def _iso(value: str | None) -> str | None:
    return value if value else None
