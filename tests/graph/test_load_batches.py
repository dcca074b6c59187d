"""The rows `diplograph load` builds from checked records (graph/load_batches.py, without
validated models) are exactly what the domain models of graph/model.py would write."""

from __future__ import annotations

from graph.load_batches import add_actor, add_agreement, add_document, add_event
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
    RelType,
    Upserts,
    node,
)
from graph.records import (
    ActorRecord,
    AgreementRecord,
    DocumentRecord,
    EventRecord,
    place_id,
)

LABELS = {"p-ana": Label.PERSON, "p-bo": Label.PERSON, "ZZ": Label.COUNTRY}


def props(label: Label, model: object) -> dict:
    return dict(node(label, model).props)  # type: ignore[arg-type]


def test_actor_rows_are_the_models_dumps() -> None:
    b = Upserts()
    add_actor(b, ActorRecord(id="p-ana", type="Person", name="Ána Quill", aliases=["A. Q."],
                             country="fr", titles=["Envoy"]))  # fmt: skip
    add_actor(b, ActorRecord(id="o-1", type="Organization", name="Guild", country="FR"))
    add_actor(b, ActorRecord(id="FR", type="Country", name="Country FR"))
    person = Person(id="p-ana", name="Ána Quill", aliases=["A. Q."], country="FR", titles=["Envoy"])
    assert b.nodes[Label.PERSON]["p-ana"] == props(Label.PERSON, person)
    org = Organization(id="o-1", name="Guild", country="FR")
    assert b.nodes[Label.ORGANIZATION]["o-1"] == props(Label.ORGANIZATION, org)
    assert b.nodes[Label.COUNTRY]["FR"] == props(Label.COUNTRY, Country(id="FR", name="Country FR"))
    assert ("p-ana", "FR", "") in b.rels[(RelType.REPRESENTS, Label.PERSON, Label.COUNTRY)]
    assert ("o-1", "FR", "") in b.rels[(RelType.IN_COUNTRY, Label.ORGANIZATION, Label.COUNTRY)]


def test_event_agreement_document_rows_are_the_models_dumps() -> None:
    b = Upserts()
    ev = EventRecord.model_validate(
        {"id": "e1", "kind": "visit", "date": "2024-03", "place": "Port Vell",
         "participants": ["p-ana", "p-bo"], "roles": {"p-ana": "host"},
         "sources": [{"document": "d1", "quote": "they met", "start": 3, "confidence": 0.5}]}
    ).normalise()  # fmt: skip
    add_event(b, ev, LABELS)
    event = Event(id="e1", kind="visit", date="2024-03", date_precision="month")
    assert b.nodes[Label.EVENT]["e1"] == props(Label.EVENT, event)
    pid = place_id("Port Vell")
    assert b.nodes[Label.PLACE][pid] == props(Label.PLACE, Place(id=pid, name="Port Vell"))
    taking = b.rels[(RelType.PARTICIPATED_IN, Label.PERSON, Label.EVENT)]
    assert taking[("p-ana", "e1", "")] == {"role": "host"}
    assert taking[("p-bo", "e1", "")] == {"role": "participant"}
    (source,) = b.rels[(RelType.REPORTED_IN, Label.EVENT, Label.DOCUMENT)].values()
    assert source == {"quote": "they met", "start": 3, "end": None, "rule": None,
                      "confidence": 0.5}  # fmt: skip

    ag = AgreementRecord(id="a1", name="Accord", date="2024", topics=["grain"],
                         parties=["ZZ"], signatories=["p-bo"], event="e1").normalise()  # fmt: skip
    add_agreement(b, ag, LABELS)
    agreement = Agreement(id="a1", name="Accord", date="2024", date_precision="year",
                          topics=["grain"])  # fmt: skip
    assert b.nodes[Label.AGREEMENT]["a1"] == props(Label.AGREEMENT, agreement)
    add_document(b, DocumentRecord(id="d1", title="T", published="2024-03-02"))
    document = Document(id="d1", title="T", published="2024-03-02")
    assert b.nodes[Label.DOCUMENT]["d1"] == props(Label.DOCUMENT, document)


def test_upserts_of_a_batch_merge_repeats_in_order() -> None:
    batch = GraphBatch(
        nodes=[
            node(Label.PERSON, Person(id="p", name="Old", titles=["a"])),
            node(Label.PERSON, Person(id="p", name="New", titles=[])),
        ]
    )
    rows = Upserts.of(batch)
    assert len(rows) == 2
    assert list(rows.nodes[Label.PERSON]) == ["p"]
    assert rows.nodes[Label.PERSON]["p"]["name"] == "New"
    assert batch.nodes[0].props["name"] == "Old"  # the batch itself is left as it was
