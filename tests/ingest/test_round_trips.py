"""How many store round trips `ingest` makes per document (issue 9, item 5): the look-ups of
a document are batched (ingest/resolve.py), so a report costs a few round trips whatever the
number of its people and events, on a real store."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ingest.pipeline import ingest_articles
from tests.corpus import article as corpus_report
from tests.ingest.helpers import article

FIRST = (
    "VALDORIA: Ruritanian Foreign Minister Amalia Petrescu-Vann met Valdorian Prime Minister "
    "Tomas Okonkwe-Rhys in Valdoria City on Tuesday. Trade Minister Ilse Marchetti-Odum and "
    "Defence Minister Kofi Brandvold also held talks on Wednesday."
)
SECOND = (
    "Foreign Minister Amalia Petrescu-Vann held talks with Prime Minister Tomas Okonkwe-Rhys "
    "on Tuesday, and Ilse Marchetti-Odum met Kofi Brandvold the next day, officials said."
)


def _counting(store: Any) -> dict[str, int]:
    calls = {"read": 0, "write": 0}

    def count(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            calls[name] += 1
            return real(*args, **kwargs)

        return counted

    store.read = count("read", store.read)
    store.execute_write = count("write", store.execute_write)
    return calls


def test_a_report_costs_a_few_round_trips_whatever_its_people_and_events(store):
    ingest_articles(store, [article(FIRST, "2025-03-06", "first.txt")])
    calls = _counting(store)
    [outcome] = ingest_articles(store, [article(SECOND, "2025-03-07", "second.txt")])
    assert outcome.status == "new" and outcome.people >= 4 and outcome.events >= 1
    # the document's versions, its people's candidates, its events' candidates; one write
    # (before: 14 here, one look-up per name token and per new person, one per event)
    assert calls["read"] <= 3 and calls["write"] == 1


def test_a_report_already_held_costs_one_read(store):
    ingest_articles(store, [article(FIRST, "2025-03-06", "first.txt")])
    calls = _counting(store)
    [outcome] = ingest_articles(store, [article(FIRST, "2025-03-06", "first.txt")])
    assert outcome.status == "unchanged"
    assert calls == {"read": 1, "write": 0}


def test_with_workers_the_versions_and_the_people_are_one_read(store):
    ingest_articles(store, [article(FIRST, "2025-03-06", "first.txt")])
    calls = _counting(store)
    third = SECOND.replace("officials said", "a spokesman said")
    reports = [article(SECOND, "2025-03-07", "second.txt"), article(third, "2025-03-07", "x.txt")]
    outcomes = ingest_articles(store, reports, jobs=2)
    assert [o.status for o in outcomes] == ["new", "new"]
    # one look-up of the held ids for the workers, then per report: versions and people in
    # one read, events' candidates, the write
    assert calls["read"] <= 1 + 2 * 2 and calls["write"] == 2


def test_reports_are_written_in_groups_of_three_round_trips(store):
    reports = [
        article(corpus_report(i).split("\n", 1)[1], f"2024-05-{i + 1:02d}", f"r{i}.txt")
        for i in range(7)
    ]
    calls = _counting(store)
    outcomes = ingest_articles(store, reports)
    assert [o.status for o in outcomes] == ["new"] * 7
    # groups of 1, 2 and 4 reports: per group the documents' versions, their people's
    # candidates (read once the store says they are needed), their events' candidates, and
    # one write (before: three reads and a write per report)
    assert calls["write"] == 3 and calls["read"] <= 3 * 3
