"""DocumentExtraction -> GraphBatch (ingest/writer.py), without a store."""

from __future__ import annotations

from graph.model import Label, RelType
from ingest.extract import extract
from ingest.resolve import EventNode, PersonNode
from ingest.writer import build_batch
from tests.ingest.helpers import article


def test_batch_has_document_people_event_and_exact_provenance():
    art = article(
        "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on "
        "Monday. The two signed an agreement on lithium cooperation.",
        "2024-08-07",
        "news/boric.txt",
    )
    x = extract(art)
    people = {
        e.index: PersonNode(id=f"person-{i}", name=e.name, country=e.country)
        for i, e in enumerate(x.entities)
    }
    events = {
        i: EventNode(
            id=f"event-{i}",
            kind=ev.kind,
            date=ev.date,
            date_precision=ev.date_precision,
            host_country=ev.host_country,
        )
        for i, ev in enumerate(x.events)
    }
    batch = build_batch(art, x, people, events, {0: "agreement-0"})
    nodes = {(n.label, n.id): n for n in batch.nodes}
    doc = nodes[(Label.DOCUMENT, art.id)]
    assert doc.props["source"] == "news/boric.txt" and doc.props["published"] == "2024-08-07"
    assert nodes[(Label.EVENT, "event-0")].props["date"] == "2024-08-05"
    assert (Label.COUNTRY, "CL") in nodes and (Label.COUNTRY, "AR") in nodes
    reported = [r for r in batch.rels if r.type == RelType.REPORTED_IN]
    assert {r.src_label for r in reported} >= {Label.PERSON, Label.EVENT, Label.AGREEMENT}
    for r in reported:
        assert art.text[r.props["start"] : r.props["end"]] == r.props["quote"]
        assert r.props["rule"] and 0 < r.props["confidence"] <= 1
    parts = {(r.src, r.props["role"]) for r in batch.rels if r.type == RelType.PARTICIPATED_IN}
    assert parts == {("person-0", "host"), ("person-1", "guest")}
    assert any(r.type == RelType.CONCLUDED_AT for r in batch.rels)
