"""Extraction on every core: `diplograph ingest --jobs N`.

Extraction (ingest/extract.py and the person filter) is pure: it reads one article and
nothing else, so N worker processes can run it at once. Resolving people and events against
the store depends on what earlier documents wrote, so that and the writing stay in the one
parent process, in input order: the graph is the same as with one job.

Workers are forked after the parent has loaded spaCy, the lexicons and the matchers, so they
start at once and share that memory. They never touch the store."""

from __future__ import annotations

import collections
import contextlib
import multiprocessing
import multiprocessing.pool
import os
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from graph.model import Label
from graph.store import GraphStore
from ingest.article import Article
from ingest.schema import DocumentExtraction

if TYPE_CHECKING:
    from ingest.pipeline import ExtractionFailed

ID_CHUNK = 5000  # document ids per look-up
MAX_GROUP = 32  # reports written together (one statement, three round trips in all)
MAX_WAIT_S = 1.0  # with workers: a group waits at most this long for its next report
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


def group_sizes() -> Iterator[int]:
    """1, 2, 4, ... up to MAX_GROUP: the first reports are written (and reported) at once,
    long runs in groups of MAX_GROUP."""
    size = 1
    while True:
        yield size
        size = min(size * 2, MAX_GROUP)


def groups(
    store: GraphStore, articles: list[Article], jobs: int
) -> Iterator[list[tuple[Article, DocumentExtraction | ExtractionFailed | None]]]:
    """The articles in order, in groups written together (see group_sizes), each with its
    extraction made by a worker, or None (the caller extracts it itself: one job, or a
    document the store already holds, which needs no extraction). With workers a group is
    also cut when the next extraction is not ready within MAX_WAIT_S of the group's first."""
    from ingest.pipeline import ExtractionFailed  # noqa: F811 - pipeline imports this module

    sizes = group_sizes()
    if jobs <= 1 or len(articles) < 2:
        i = 0
        while i < len(articles):
            size = next(sizes)
            yield [(a, None) for a in articles[i : i + size]]
            i += size
        return
    held: set[str] = set()
    ids = sorted({a.id for a in articles})
    for i in range(0, len(ids), ID_CHUNK):
        held |= store.existing_ids(Label.DOCUMENT, ids[i : i + ID_CHUNK])
    todo = [a for a in articles if a.id not in held]
    if not todo:
        yield from groups(store, articles, 1)
        return
    warm_up()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(min(jobs, len(todo)), initializer=_lower_priority) as pool:
        chunks = [todo[i : i + CHUNKSIZE] for i in range(0, len(todo), CHUNKSIZE)]
        results = _Results(pool.imap(_extract_all, chunks))
        group: list[tuple[Article, DocumentExtraction | ExtractionFailed | None]] = []
        size, started = next(sizes), 0.0
        for article in articles:
            extracted: DocumentExtraction | ExtractionFailed | None = None
            if article.id not in held:
                got = None
                if group:  # wait for the next one at most until the group is due
                    wait = max(0.0, started + MAX_WAIT_S - time.monotonic())
                    try:
                        got = results.next(timeout=wait)
                    except multiprocessing.TimeoutError:
                        yield group
                        group, size = [], next(sizes)
                if got is None:
                    got = results.next()
                done, reason = got
                extracted = done if reason is None else ExtractionFailed(reason)
            if not group:
                started = time.monotonic()
            group.append((article, extracted))
            if len(group) >= size:
                yield group
                group, size = [], next(sizes)
        if group:
            yield group


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


class _Results:
    """The results of `imap` over chunks of articles, one article at a time, with a timeout
    (`imap` with a chunksize gives a plain generator, which has none)."""

    def __init__(self, chunks: multiprocessing.pool.IMapIterator) -> None:
        self.chunks = chunks
        self.ready: collections.deque[tuple[DocumentExtraction | None, str | None]] = (
            collections.deque()
        )

    def next(self, timeout: float | None = None) -> tuple[DocumentExtraction | None, str | None]:
        if not self.ready:
            self.ready.extend(self.chunks.next(timeout=timeout))
        return self.ready.popleft()


def _extract_all(articles: list[Article]) -> list[tuple[DocumentExtraction | None, str | None]]:
    return [_extract(a) for a in articles]


def _extract(article: Article) -> tuple[DocumentExtraction | None, str | None]:
    """Run in a worker: (the extraction, None) or (None, why it failed)."""
    from ingest.pipeline import extract_article, failure_reason

    try:
        return extract_article(article), None
    except Exception as exc:  # reported as that document's failure, like with one job
        return None, failure_reason(exc)
