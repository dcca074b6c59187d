"""Extraction on every core: `diplograph ingest --jobs N`.

Extraction (ingest/extract.py and the person filter) is pure: it reads one article and
nothing else, so N worker processes can run it at once. Resolving people and events against
the store depends on what earlier documents wrote, so that and the writing stay in the one
parent process, in input order: the graph is the same as with one job.

Workers are forked after the parent has loaded spaCy, the lexicons and the matchers, so they
start at once and share that memory. They never touch the store."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from graph.model import Label
from graph.store import GraphStore
from ingest.article import Article
from ingest.schema import DocumentExtraction

if TYPE_CHECKING:
    from ingest.pipeline import ExtractionFailed

ID_CHUNK = 5000  # document ids per look-up
CHUNKSIZE = 2  # articles handed to a worker at a time
# Workers run at a lower priority than the parent (and the embedded store's server, started
# by it): the parent's resolution and writes are the serial part, and each of its round trips
# waits for the server; on cores the workers keep busy, every wake-up of the writer or the
# server queued behind a worker's time slice (a few ms each, 3-4 round trips per document).
WORKER_NICE = 5  # mild: on a machine busy with other work, workers must not starve


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def extractions(
    store: GraphStore, articles: list[Article], jobs: int
) -> Iterator[DocumentExtraction | ExtractionFailed | None]:
    """For each article in order: its extraction made by a worker, or None (the caller
    extracts it itself: one job, or a document the store already holds, which needs no
    extraction)."""
    from ingest.pipeline import ExtractionFailed  # noqa: F811 - pipeline imports this module

    if jobs <= 1 or len(articles) < 2:
        yield from (None for _ in articles)
        return
    held: set[str] = set()
    ids = sorted({a.id for a in articles})
    for i in range(0, len(ids), ID_CHUNK):
        held |= store.existing_ids(Label.DOCUMENT, ids[i : i + ID_CHUNK])
    todo = [a for a in articles if a.id not in held]
    if not todo:
        yield from (None for _ in articles)
        return
    warm_up()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(min(jobs, len(todo)), initializer=_lower_priority) as pool:
        results = pool.imap(_extract, todo, chunksize=CHUNKSIZE)
        for article in articles:
            if article.id in held:
                yield None
                continue
            done, reason = next(results)
            yield done if reason is None else ExtractionFailed(reason)


def warm_up() -> None:
    """Load what every extraction needs before the workers fork, so they share it (the word
    frequencies alone take 0.6 s to load, which each worker paid again)."""
    from ingest import lexmatch
    from ingest.lexicon import lexicon
    from ingest.name_words import is_given_name, zipf
    from ingest.text import nlp

    lexicon()
    nlp()
    lexmatch._matchers()
    zipf("the")
    is_given_name("anna")


def _lower_priority() -> None:
    with contextlib.suppress(OSError, AttributeError):  # not permitted, or not POSIX
        os.nice(WORKER_NICE)


def _extract(article: Article) -> tuple[DocumentExtraction | None, str | None]:
    """Run in a worker: (the extraction, None) or (None, why it failed)."""
    from ingest.pipeline import extract_article, failure_reason

    try:
        return extract_article(article), None
    except Exception as exc:  # reported as that document's failure, like with one job
        return None, failure_reason(exc)
