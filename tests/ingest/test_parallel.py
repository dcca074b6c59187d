"""`diplograph ingest --jobs N`: extraction in worker processes gives the same graph as one
job, documents already stored are not extracted again, and the order of writing is the order
of the input (so cross-document resolution is the same)."""

from __future__ import annotations

from pathlib import Path

from graph.records import export_json
from graph.store import GraphStore
from ingest.loaders import LoadFailure, load_paths
from ingest.parallel import default_jobs
from ingest.pipeline import ingest_articles
from tests.ingest.helpers import article

ROOT = Path(__file__).resolve().parents[2]


def sample_articles() -> list:
    items = list(load_paths([str(ROOT / "samples" / "articles")]))
    return [a for a in items if not isinstance(a, LoadFailure)]


def test_two_jobs_write_the_same_graph_as_one(store: GraphStore) -> None:
    articles = sample_articles()
    one = ingest_articles(store, articles, jobs=1)
    exported_one = export_json(store)
    store.reset()
    seen: list[str] = []
    two = ingest_articles(store, articles, on_outcome=lambda o: seen.append(o.source), jobs=2)
    assert export_json(store) == exported_one
    assert [o.model_dump() for o in two] == [o.model_dump() for o in one]
    assert seen == [a.source for a in articles]  # reported in input order


def test_stored_documents_are_unchanged_and_a_repeat_in_the_input_too(
    store: GraphStore,
) -> None:
    first = article(
        "Ruritanian Foreign Minister Ana Vell met Osmanli Trade Minister Kemal Dar "
        "in Strelsau on Monday.",
        "2025-03-04",
        "a.txt",
    )
    second = article("Vell and Dar spoke by phone on Friday.", "2025-03-08", "b.txt")
    ingest_articles(store, [first], jobs=2)
    outcomes = ingest_articles(store, [first, second, second], jobs=2)
    assert [o.status for o in outcomes] == ["unchanged", "new", "unchanged"]


def test_the_default_is_the_cores_this_process_may_use() -> None:
    assert default_jobs() >= 1
