"""`diplograph load FILE`: check curated records against the file and the store, then write
them in chunks.

A file is read as a stream (graph/records_stream.py): one pass checks every record and every
reference while keeping only ids and labels, and nothing is written unless the whole file is
good; then each section is read again and written in chunks of CHUNK_RECORDS records, each
chunk one transaction (Neo4j) or one query (FalkorDB), nodes before the relationships that
need them. Every write is an upsert (MERGE on id, relationships on their key), so loading the
same file twice changes nothing, and a load stopped midway (a crash, kill -9, a lost server)
is completed by running the same command again."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from diplograph.errors import DiplographError, LoadInterrupted, UnknownReference
from graph.load_batches import (
    add_actor,
    add_agreement,
    add_document,
    add_event,
    implied_countries,
)
from graph.model import ACTOR_LABELS, Label, Upserts
from graph.records import ActorRecord, ExportData, SourceRecord, problem_list
from graph.records_fast import NotFast
from graph.records_stream import MOST_SHOWN, NOTHING_WRITTEN, iter_records, scan_records
from graph.store import GraphStore

CHUNK_RECORDS = 1000  # records per write: each write stays well under a second
ID_CHUNK = 5000  # ids per look-up in the store
# sections in the order they are written: every node a relationship needs exists before it
WRITE_ORDER = ("actors", "documents", "events", "agreements")
PARTY_LABELS = (Label.COUNTRY, Label.ORGANIZATION)
SIGNATORY_LABELS = (Label.PERSON,)
RERUN = (
    "every chunk written so far is complete; run the same command again to finish "
    "(loading is idempotent)"
)

Progress = Callable[[str, int, int], None]  # (stage, done, total): "checking" bytes, "writing"
T = TypeVar("T")


class References:
    """What the checking pass keeps of a file: actor labels and the ids of documents and
    events, and each distinct reference with the first record that makes it (not the
    records themselves, so a big file needs little memory)."""

    def __init__(self) -> None:
        self.labels: dict[str, Label] = {}
        self.documents: set[str] = set()
        self.events: set[str] = set()
        self.countries: list[ActorRecord] = []  # Country actors: written first, few
        self.actor_where: dict[str, str] = {}  # actor id -> the record that defines it
        self.country_codes: set[str] = set()  # named as a person's or organization's country
        # (kind, id) -> [where the first reference is, how many records make it]
        self.wanted: dict[tuple[str, str], list[Any]] = {}

    def visit(self, section: str, index: int, rec: Any) -> None:
        where = f"{section}[{index}] (id {rec.id!r})"
        if section == "actors":
            self.labels[rec.id] = Label(rec.type)
            self.actor_where[rec.id] = where
            if rec.type == "Country":
                self.countries.append(rec)
            elif rec.country:
                self.country_codes.add(rec.country)
        elif section == "documents":
            self.documents.add(rec.id)
        elif section == "events":
            self.events.add(rec.id)
            for p in dict.fromkeys(rec.participants):  # an id listed twice counts once
                self._want("actor", p, f"{where}.participants")
            self._sources(where, rec.sources)
        elif section == "agreements":
            for p in dict.fromkeys(rec.parties):
                self._want("party", p, f"{where}.parties")
            for p in dict.fromkeys(rec.signatories):
                self._want("signatory", p, f"{where}.signatories")
            if rec.event:
                self._want("event", rec.event, f"{where}.event")
            self._sources(where, rec.sources)

    def _sources(self, where: str, sources: list[SourceRecord]) -> None:
        for s in sources:
            self._want("document", s.document, f"{where}.sources")

    def _want(self, kind: str, ref: str, where: str) -> None:
        seen = self.wanted.get((kind, ref))
        if seen is None:
            self.wanted[(kind, ref)] = [where, 1]
        else:
            seen[1] += 1

    def check(self, store: GraphStore | None, origin: str) -> dict[str, Label]:
        """Check every reference against the file and the store. Returns the label of every
        actor the records name; raises UnknownReference listing the problems."""
        problems: list[str] = []
        labels = dict(self.labels)
        documents, events = self.documents, self.events
        if store is not None:
            held = _chunked_labels(store, sorted(self.labels))
            for actor_id, label in self.labels.items():
                if actor_id in held and held[actor_id] != label:
                    where = self.actor_where[actor_id]
                    problems.append(
                        f"{where}.type: the store already holds {actor_id!r} as a "
                        f"{held[actor_id].value}"
                    )
            named = {ref for (kind, ref) in self.wanted if kind in _ACTOR_KINDS}
            labels = {**_chunked_labels(store, sorted(named - set(labels))), **labels}
            documents = documents | _chunked_ids(
                store, Label.DOCUMENT, self._missing("document", documents)
            )
            events = events | _chunked_ids(store, Label.EVENT, self._missing("event", events))
        for (kind, ref), (where, count) in self.wanted.items():
            problem = _problem(kind, ref, labels, documents, events)
            if problem:
                more = f" (and {count - 1} more record(s))" if count > 1 else ""
                problems.append(f"{where}: {problem}{more}")
        if problems:
            raise UnknownReference(
                problem_list(origin, problems, most=MOST_SHOWN), hint=NOTHING_WRITTEN
            )
        return labels

    def _missing(self, kind: str, known: set[str]) -> list[str]:
        return sorted({ref for (k, ref) in self.wanted if k == kind} - known)


_ACTOR_KINDS = {"actor": ACTOR_LABELS, "party": PARTY_LABELS, "signatory": SIGNATORY_LABELS}


def _problem(
    kind: str, ref: str, labels: dict[str, Label], documents: set[str], events: set[str]
) -> str | None:
    if kind == "document":
        return None if ref in documents else f"unknown document id {ref!r}"
    if kind == "event":
        return None if ref in events else f"unknown event id {ref!r}"
    allowed = _ACTOR_KINDS[kind]
    if ref not in labels:
        return f"unknown actor id {ref!r}"
    if labels[ref] not in allowed:
        return f"{ref!r} is a {labels[ref].value}, not a {' or '.join(a.value for a in allowed)}"
    return None


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _chunked_labels(store: GraphStore, ids: list[str]) -> dict[str, Label]:
    out: dict[str, Label] = {}
    for chunk in _chunks(ids, ID_CHUNK):
        out.update(store.actor_labels(chunk))
    return out


def _chunked_ids(store: GraphStore, label: Label | None, ids: list[str]) -> set[str]:
    out: set[str] = set()
    for chunk in _chunks(ids, ID_CHUNK):
        out |= store.existing_ids(label, chunk)
    return out


# -- writing -------------------------------------------------------------------


class _Writer:
    """Writes batches, counts records, reports progress, and turns any store failure into
    LoadInterrupted (what was written is complete; running again finishes the load).

    A batch is sent from a thread of its own while the caller builds the next one (the
    store works while Python reads and converts records: both take about as long), but
    only one is ever in flight: a batch is sent once the one before it is acknowledged, so
    the order of writes and what a failure leaves are the same as one at a time."""

    def __init__(
        self, store: GraphStore, origin: str, total: int, on_progress: Progress | None
    ) -> None:
        self.store, self.origin, self.total = store, origin, total
        self.done = 0
        self.on_progress = on_progress
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="load-writer")
        self._pending: tuple[Future[None], int] | None = None

    def write(self, batch: Upserts, records: int) -> None:
        self.wait()
        self._pending = (self._pool.submit(self.store.write, batch), records)

    def wait(self) -> None:
        """Until the batch in flight is written (LoadInterrupted if it failed)."""
        if self._pending is None:
            return
        future, records = self._pending
        self._pending = None
        try:
            future.result()
        except DiplographError as exc:
            raise self._interrupted(f"[{exc.code}] {exc.message}", exc.hint) from exc
        except Exception as exc:  # a driver error the store did not map: still no traceback
            raise self._interrupted(f"{type(exc).__name__}: {exc}", None) from exc
        self.done += records
        if self.on_progress is not None:
            self.on_progress("writing", self.done, self.total)

    def close(self) -> None:
        """Wait for the batch in flight (if the caller stops early, without raising)."""
        with contextlib.suppress(Exception):
            if self._pending is not None:
                self._pending[0].result()
        self._pool.shutdown(wait=True)

    def _interrupted(self, cause: str, hint: str | None) -> LoadInterrupted:
        return LoadInterrupted(
            f"{self.origin}: loading stopped after {self.done} of {self.total} records: {cause}",
            hint=f"{hint}; then {RERUN}" if hint else RERUN,
        )


def write_sections(
    store: GraphStore,
    refs: References,
    labels: dict[str, Label],
    read: Callable[[str], Iterable[Any]],
    writer: _Writer,
    chunk: int = CHUNK_RECORDS,
) -> None:
    """Write checked records: the countries first, then each section in WRITE_ORDER in
    chunks (`read(section)` gives its records again)."""
    first = Upserts()
    for country in refs.countries:
        add_actor(first, country)
    implied = refs.country_codes - {c.id for c in refs.countries}
    implied -= _chunked_ids(store, None, sorted(implied))
    implied_countries(first, implied)
    try:
        _write_all(refs, labels, read, writer, chunk, first)
        writer.wait()
    finally:
        writer.close()


def _write_all(
    refs: References,
    labels: dict[str, Label],
    read: Callable[[str], Iterable[Any]],
    writer: _Writer,
    chunk: int,
    first: Upserts,
) -> None:
    writer.write(first, len(refs.countries))
    add: dict[str, Callable[[Upserts, Any], None]] = {
        "actors": add_actor,
        "documents": add_document,
        "events": lambda b, r: add_event(b, r, labels),
        "agreements": lambda b, r: add_agreement(b, r, labels),
    }
    for section in WRITE_ORDER:
        records = read(section)
        if section == "actors":  # the countries are written already
            records = (a for a in records if a.type != "Country")
        for part in _chunks(records, chunk):
            batch = Upserts()
            for rec in part:
                add[section](batch, rec)
            writer.write(batch, len(part))


def load_records(
    store: GraphStore,
    data: ExportData,
    origin: str = "records",
    on_progress: Progress | None = None,
    chunk: int = CHUNK_RECORDS,
) -> None:
    """Check every reference of records already in memory, then write them in chunks."""
    refs = References()
    for section in WRITE_ORDER:
        for i, rec in enumerate(getattr(data, section)):
            refs.visit(section, i, rec)
    labels = refs.check(store, origin)
    total = sum(len(getattr(data, s)) for s in WRITE_ORDER)
    writer = _Writer(store, origin, total, on_progress)
    write_sections(store, refs, labels, lambda s: getattr(data, s), writer, chunk)


def load_file(
    store: GraphStore,
    path: str | Path,
    on_progress: Progress | None = None,
    chunk: int = CHUNK_RECORDS,
) -> dict[str, int]:
    """Check a records file completely (a stream: memory does not grow with the file),
    then write it in chunks. Returns the number of records per section."""
    counts, refs = check_file(path, on_progress)
    labels = refs.check(store, str(path))
    write_checked(store, path, counts, refs, labels, on_progress, chunk)
    return counts


def check_file(
    path: str | Path, on_progress: Progress | None = None
) -> tuple[dict[str, int], References]:
    """The checking pass over a file (no store needed): fields, ids, and what references
    what. Raises InputError naming every problem."""
    refs = References()

    def on_bytes(done: int, total: int) -> None:
        if on_progress is not None:
            on_progress("checking", done, total)

    try:
        return scan_records(path, refs.visit, on_bytes), refs
    except NotFast:  # not a file the one-pass reader handles: the ijson passes name why
        refs = References()
        return scan_records(path, refs.visit, on_bytes, fast=False), refs


def write_checked(
    store: GraphStore,
    path: str | Path,
    counts: dict[str, int],
    refs: References,
    labels: dict[str, Label],
    on_progress: Progress | None = None,
    chunk: int = CHUNK_RECORDS,
) -> None:
    """The writing passes over a file that `check_file` and `References.check` accepted."""
    writer = _Writer(store, str(path), sum(counts.values()), on_progress)
    write_sections(store, refs, labels, lambda s: iter_records(path, s, counts[s]), writer, chunk)
