"""A document is written in one transaction: when the write fails midway (here: the store
rejects the last node of the batch), nothing of the new version lands and the old version of
the same source stays whole. The store is real; only the batch is poisoned."""

from __future__ import annotations

import pytest

import ingest.pipeline as pipeline
from graph.model import GraphBatch, Label, NodeRecord
from graph.records import export_records
from ingest.pipeline import ingest_articles
from tests.ingest.helpers import article

FIRST = (
    "Foreign Minister Ana Ruiz of Chile met Peruvian Foreign Minister Luis Soto in Lima on "
    "Thursday. The two ministers discussed border trade."
)
SECOND = (
    "Norwegian Foreign Minister Ingrid Dahl held talks with Colombian Foreign Minister Mateo "
    "Rojas in Oslo on Friday about the peace process."
)


def poisoned(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every batch ends with a node whose property is a map: both engines refuse to store it,
    so the write fails after the document, people and events before it were sent."""
    real = pipeline.build_batch

    def build_batch(*args, **kwargs) -> GraphBatch:  # type: ignore[no-untyped-def]
        batch = real(*args, **kwargs)
        bad = NodeRecord.model_construct(label=Label.PLACE, id="poison", props={"x": {"a": 1}})
        batch.nodes.append(bad)
        return batch

    monkeypatch.setattr(pipeline, "build_batch", build_batch)


def test_a_failing_write_leaves_nothing_of_a_new_document(store, monkeypatch) -> None:
    poisoned(monkeypatch)
    out = ingest_articles(store, [article(FIRST, "2024-05-10", "a.txt")])
    assert out[0].status == "failed" and out[0].reason
    assert store.counts().nodes == {} and store.counts().relationships == {}


def test_a_failing_replacement_keeps_the_old_version_whole(store, monkeypatch) -> None:
    assert ingest_articles(store, [article(FIRST, "2024-05-10", "a.txt")])[0].status == "new"
    before_counts, before = store.counts(), export_records(store)
    poisoned(monkeypatch)
    out = ingest_articles(store, [article(SECOND, "2024-06-02", "a.txt")])  # same source
    assert out[0].status == "failed"
    assert store.counts() == before_counts
    assert export_records(store) == before
    monkeypatch.undo()
    assert ingest_articles(store, [article(SECOND, "2024-06-02", "a.txt")])[0].status == "replaced"
    data = export_records(store)
    assert len(data.documents) == 1 and "Ana Ruiz" not in {a.name for a in data.actors}
