"""Reports written in groups are resolved against the reports before them that are not written
yet (ingest/pending.py): the graph is the one that writing them one by one gives, on a real
store of each engine, with the same people and meetings reported across the reports of one
group, a new version of a source in the same group, and look-ups past their cap."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import ingest.pending as pending
from graph.records import export_json
from graph.store import GraphStore
from ingest.article import Article
from ingest.pipeline import ingest_articles
from tests.ingest.helpers import article

REPORTS = [
    (
        "2025-02-03",
        "OSLO: Norwegian Foreign Minister Halvard Brenne met Chilean Foreign Minister Ramona "
        "Ituarte in Oslo on Monday to discuss fisheries.",
    ),
    (
        "2025-02-04",
        "Chile's foreign minister Ramona Ituarte held talks with Norway's Halvard Brenne in Oslo "
        "on Monday, February 3. Ituarte also met Norwegian Trade Minister Sigrun Aaland.",
    ),
    (
        "2025-02-05",
        "Trade Minister Sigrun Aaland of Norway met Chilean Foreign Minister Ramona Ituarte in "
        "Oslo on Tuesday.",
    ),
    (
        "2025-02-06",
        "Brenne and Ituarte spoke by phone on Wednesday about salmon quotas, the Norwegian "
        "ministry said.",
    ),
    (
        "2025-02-07",
        "Peruvian Foreign Minister Tadeo Quispehuaman met Halvard Brenne in Lima on Thursday. "
        "Quispehuaman later met Sigrun Aaland.",
    ),
    (
        "2025-02-08",
        "Halvard Brenne, Norway's foreign minister, and Tadeo Quispehuaman of Peru met in Lima "
        "on Thursday, February 6, officials said.",
    ),
    ("2025-02-09", "Aaland held talks with Quispehuaman in Lima on Thursday."),
]


def _articles() -> list[Article]:
    return [article(text, day, f"r{i}.txt") for i, (day, text) in enumerate(REPORTS)]


def _counting_writes(store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    writes: list[int] = []
    real: Callable[..., Any] = store.execute_write

    def counted(statements: Any) -> Any:
        writes.append(1)
        return real(statements)

    monkeypatch.setattr(store, "execute_write", counted)
    return writes


def _one_by_one(store: GraphStore, articles: list[Article]) -> tuple[list[str], str]:
    store.reset()
    statuses: list[str] = [ingest_articles(store, [a])[0].status for a in articles]
    return statuses, export_json(store)


@pytest.mark.parametrize("jobs", [1, 2])
def test_grouped_writes_give_the_graph_of_writing_one_by_one(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    articles = _articles()
    statuses, expected = _one_by_one(store, articles)
    assert statuses == ["new"] * len(articles)
    store.reset()
    writes = _counting_writes(store, monkeypatch)
    outcomes = ingest_articles(store, articles, jobs=jobs)
    assert [o.status for o in outcomes] == statuses
    assert export_json(store) == expected
    assert len(writes) < len(articles)  # several reports per write


def test_a_new_version_of_a_source_in_the_same_group_replaces_the_one_before(
    store: GraphStore,
) -> None:
    first, second, third = _articles()[:3]
    again = article(REPORTS[3][1], REPORTS[3][0], first.source)  # new text, same source
    batch = [first, second, third, again]
    store.reset()
    expected = [ingest_articles(store, [a])[0].status for a in batch]
    assert expected == ["new", "new", "new", "replaced"]
    graph = export_json(store)
    store.reset()
    assert [o.status for o in ingest_articles(store, batch)] == expected
    assert export_json(store) == graph


@pytest.mark.parametrize("cap", ["PERSON_CAP", "EVENT_CAP"])
def test_a_look_up_past_its_cap_writes_the_reports_before_it_first(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch, cap: str
) -> None:
    articles = _articles()
    _, expected = _one_by_one(store, articles)
    # a store answer at its cap cannot be completed with pending people: the reports before
    # are written first and the look-up is made again
    monkeypatch.setattr(pending, cap, 1)
    store.reset()
    writes = _counting_writes(store, monkeypatch)
    ingest_articles(store, articles)
    assert export_json(store) == expected
    assert len(writes) > 3  # more writes than the groups of 1, 2 and 4 reports
