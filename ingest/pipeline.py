"""The extraction pipeline, wired in one place:

    Article -> extract (sentences, mentions, dates, coreference, events, agreements)
            -> resolve people and events against the store -> GraphBatch -> one statement.

`ingest_articles` is the entry point of `diplograph ingest` and `diplograph evaluate`.

Reports come in groups (ingest/parallel.py: 1, 2, 4, ... up to 32 reports, or what the
workers have ready): a group costs three round trips (the documents' versions and their
people's candidates, their events' candidates, one write) instead of three or four per
report. Each report is resolved in input order against the store and the reports before it
in the group, which are not written yet (ingest/pending.py), so the graph is the one that
writing them one by one gives. The group is written as ONE statement: all of it or nothing,
and each report is reported only once that write has returned."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NoReturn

from diplograph.errors import DiplographError, StoreUnavailable
from graph import cypher
from graph.model import GraphBatch, Label, Upserts, short_hash, slug
from graph.store import GraphStore
from ingest.article import Article, IngestOutcome
from ingest.extract import extract
from ingest.names import name_key, parse_name
from ingest.pending import NeedsStore, Pending
from ingest.person_filter import filter_people
from ingest.resolve import (
    EventNode,
    PersonLookups,
    PersonNode,
    read_events,
    read_lookups,
    resolve_event,
    resolve_person,
)
from ingest.schema import DocumentExtraction, PersonEntity
from ingest.writer import build_batch, person_record

# A lone capitalised word seen only as a bare name ("X said") is kept when it acts in an event;
# fuller bare names ("Jane Roe, a researcher") are kept as people.
# after a lost write, look for its documents now and again after these waits (seconds): a
# write already sent may still be on its way through the server's queue
LOOK_AGAIN_S = (0.0, 0.2, 0.5, 1.0)
KEEP_PERSON = 0.7


class ExtractionFailed(Exception):
    """Extraction failed in a worker process; `reason` is what it would have said here."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


Extracted = DocumentExtraction | ExtractionFailed | None


def ingest_articles(
    store: GraphStore,
    articles: Iterable[Article],
    on_outcome: Callable[[IngestOutcome], None] | None = None,
    jobs: int = 1,
) -> list[IngestOutcome]:
    """Ingest articles in order; one bad document never stops the batch. With jobs > 1 the
    pure extraction runs in that many worker processes (ingest/parallel.py); resolution and
    writing stay here, in input order, so the graph is the same as with one job. A store that
    goes away stops the batch: the write in flight is reported as done or not (checked after
    reconnecting), then StoreUnavailable says what happened, once."""
    from ingest.parallel import groups

    run = _Run(store, on_outcome)
    for group in groups(store, list(articles), jobs):
        todo = group
        while todo:
            todo = run.attempt(todo)
    return run.outcomes


def failure_reason(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"


def extract_article(article: Article) -> DocumentExtraction:
    """The pure part of ingesting an article (no store): what a worker process runs."""
    return filter_people(extract(article), article)


@dataclass
class _Report:
    article: Article
    extracted: Extracted
    outcome: IngestOutcome | None = None  # decided: unchanged, failed, or what the write gives
    old: list[str] = field(default_factory=list)  # older versions of its source it replaces
    people: dict[int, PersonNode] = field(default_factory=dict)
    batch: GraphBatch | None = None  # what it writes, once resolved

    @property
    def writes(self) -> bool:
        return self.outcome is None or self.batch is not None

    def fail(self, exc: Exception) -> None:
        reason = exc.reason if isinstance(exc, ExtractionFailed) else failure_reason(exc)
        self.outcome = IngestOutcome(source=self.article.source, status="failed", reason=reason)
        self.batch = None


class _Run:
    def __init__(self, store: GraphStore, on_outcome: Callable[[IngestOutcome], None] | None):
        self.store = store
        self.on_outcome = on_outcome
        self.outcomes: list[IngestOutcome] = []
        self.alone = 0  # reports to write one by one (a group write failed: find the bad one)

    def attempt(self, todo: list[tuple[Article, Extracted]]) -> list[tuple[Article, Extracted]]:
        """Resolve and write the longest prefix of `todo` that can go in one write; return
        the rest."""
        reports = [_Report(article, extracted) for article, extracted in todo]
        try:
            self.store.ensure_schema()
            chosen = self._resolve(reports)
        except StoreUnavailable as exc:
            reason = f"not written: the store went away before its write ({exc.message})"
            self._lost(reports[:1], todo[0][0], exc, reason)
        rest = todo[len(chosen) :]
        if not self._write(chosen):  # the group's write failed: one by one, to find why
            self.alone = len(chosen)
            return todo
        self.alone = max(0, self.alone - len(chosen))
        for r in chosen:
            self._emit(r.outcome)
        return rest

    # -- resolution ------------------------------------------------------------------
    def _resolve(self, reports: list[_Report]) -> list[_Report]:
        """Resolve a prefix of `reports` (all of them unless a report needs the store to hold
        the ones before it) and return it."""
        store = self.store
        docs = [(r.article.id, r.article.source) for r in reports]
        ready = [r for r in reports if isinstance(r.extracted, DocumentExtraction)]
        people = [e for r in ready for e in _kept(r.extracted)]  # type: ignore[arg-type]
        versions, lookups = read_lookups(store, documents=docs, entities=people if ready else None)
        chosen = self._choose(reports, versions)
        todo = [r for r in chosen if r.writes and r.extracted is None]
        for r in todo:  # one job: extracted here, once the store says it is needed
            try:
                r.extracted = extract_article(r.article)
            except Exception as exc:  # reported as that document's failure
                r.fail(exc)
        more = [e for r in todo if r.outcome is None for e in _kept(r.extracted)]  # type: ignore[arg-type]
        if more:
            found = read_lookups(store, entities=more)[1]
            assert found is not None
            if lookups is None:
                lookups = found
            else:
                lookups.update(found)
        lookups = lookups or PersonLookups()
        pending = Pending()
        for k, r in enumerate(chosen):
            if r.outcome is not None:
                continue
            x = r.extracted
            assert isinstance(x, DocumentExtraction)
            kept = _kept(x)
            try:
                view = pending.person_lookups(lookups, kept)
            except NeedsStore:  # write the reports before it first
                chosen = chosen[:k]
                break
            try:
                r.people = resolve_people(store, kept, view)
                records = [person_record(pn) for pn in r.people.values()]
            except StoreUnavailable:
                raise
            except Exception as exc:
                r.fail(exc)
                continue
            pending.add_people(records)
        return self._resolve_events(chosen, pending)

    def _choose(self, reports: list[_Report], versions: dict) -> list[_Report]:
        """The reports of this write, each decided (unchanged, failed) or to resolve: up to
        a report that replaces an older version of its source, which is written alone."""
        chosen: list[_Report] = []
        ids: set[str] = set()
        sources: set[str] = set()
        limit = 1 if self.alone else len(reports)
        for r in reports:
            a, v = r.article, versions[r.article.id]
            if v.held or a.id in ids:
                r.outcome = IngestOutcome(source=a.source, status="unchanged", document=a.id)
            elif isinstance(r.extracted, ExtractionFailed):
                r.fail(r.extracted)
            else:
                replaces = bool(v.old) or a.source in sources
                if ids and (replaces or len(ids) >= limit):
                    break
                r.old = v.old
                ids.add(a.id)
                sources.add(a.source)
                if replaces:  # its old version's facts go: the reports after it see that
                    chosen.append(r)
                    break
            chosen.append(r)
        return chosen

    def _resolve_events(self, chosen: list[_Report], pending: Pending) -> list[_Report]:
        todo = [r for r in chosen if r.outcome is None]
        groups: dict[int, list[str]] = {}
        ids: dict[int, dict[int, list[str]]] = {}
        for n, r in enumerate(todo):
            x = r.extracted
            assert isinstance(x, DocumentExtraction)
            ids[n] = {
                i: [r.people[p].id for p in sorted(ev.people()) if p in r.people]
                for i, ev in enumerate(x.events)
            }
            for group in ids[n].values():
                groups[len(groups)] = group
        found = read_events(self.store, groups)
        for rows in found.values():
            pending.note_rows(rows)
        flat = 0
        for n, r in enumerate(todo):
            x = r.extracted
            assert isinstance(x, DocumentExtraction)
            events: dict[int, EventNode] = {}
            try:
                for i, ev in enumerate(x.events):
                    rows = found.get(flat + i, [])
                    if len(ids[n][i]) >= 2:
                        rows = pending.event_rows(rows, ids[n][i])
                    events[i] = resolve_event(self.store, ev, ids[n][i], r.article.id, rows)
                flat += len(x.events)
                agreements = {
                    i: _agreement_id(ag.name, ag.parties) for i, ag in enumerate(x.agreements)
                }
                r.batch = build_batch(r.article, x, r.people, events, agreements)
                pending.add(r.batch)
            except NeedsStore:
                return chosen[: chosen.index(r)]
            except StoreUnavailable:
                raise
            except Exception as exc:  # the reports after it saw its people: resolve again
                r.fail(exc)
                return chosen[: chosen.index(r) + 1]
            r.outcome = IngestOutcome(
                source=r.article.source,
                status="replaced" if r.old else "new",
                document=r.article.id,
                people=len(r.people),
                events=len(events),
                agreements=len(agreements),
            )
        return chosen

    # -- writing -------------------------------------------------------------------------
    def _write(self, chosen: list[_Report]) -> bool:
        """Write the resolved reports as ONE statement (a write that fails midway leaves
        nothing of them, nor removes an old version; see cypher.document_statement). False
        when several were written together and the store refused the write."""
        writes = [r for r in chosen if r.batch is not None]
        if not writes:
            return True
        store = self.store
        try:
            replaced = {
                old: [
                    r["id"]
                    for r in store.read(
                        cypher.FACTS_OF_DOCUMENT, {"doc": old}, row_cap=100_000
                    ).rows
                ]
                for r in writes
                for old in r.old
            }
        except StoreUnavailable as exc:
            reason = f"not written: the store went away before its write ({exc.message})"
            self._lost(chosen, writes[0].article, exc, reason)
        merged = Upserts()
        for r in writes:
            assert r.batch is not None
            for n in r.batch.nodes:
                merged.node(n.label, n.id, dict(n.props))
            for x in r.batch.rels:
                merged.rel(x.type, x.src_label, x.src, x.dst_label, x.dst, x.props, x.key)
        try:
            store.execute_write([cypher.document_statement(replaced, merged)])
        except StoreUnavailable as exc:
            self._lost_write(chosen, writes, exc)
        except Exception as exc:
            if len(writes) > 1:
                return False
            writes[0].fail(exc)
        return True

    def _lost_write(
        self, chosen: list[_Report], writes: list[_Report], exc: StoreUnavailable
    ) -> NoReturn:
        """The connection went away during the write: reconnect and look (a write lands
        whole or not at all), report what landed, then stop."""
        ids = [r.article.id for r in writes]
        try:
            for wait in LOOK_AGAIN_S:  # a write still on its way to the server may land late
                time.sleep(wait)
                self.store.reconnect()
                landed = self.store.existing_ids(Label.DOCUMENT, ids)
                if len(landed) == len(ids):
                    break
        except DiplographError as again:
            reason = (
                "unknown whether written: the store went away during its write and could not "
                f"be reached to check ({again.message}); run the command again to make sure"
            )
            self._lost(chosen, writes[0].article, exc, reason)
        missing = [r for r in writes if r.article.id not in landed]
        reason = "not written: the store went away during its write (checked after reconnecting)"
        if len(missing) > 1:
            reason += f"; nor were the {len(missing) - 1} documents written with it"
        self._lost(chosen, missing[0].article if missing else None, exc, reason)

    def _lost(
        self, chosen: list[_Report], at: Article | None, exc: StoreUnavailable, reason: str
    ) -> NoReturn:
        """Report the reports of `chosen` before `at` as decided, `at` as failed with
        `reason` (None: all of `chosen` landed), then raise StoreUnavailable once."""
        last = at
        for r in chosen:
            if r.article is at:
                self._emit(IngestOutcome(source=r.article.source, status="failed", reason=reason))
                break
            self._emit(r.outcome)
            last = r.article
        written = sum(o.status in ("new", "replaced", "unchanged") for o in self.outcomes)
        raise StoreUnavailable(
            f"lost the store at {self.store.url} during {last.source if last else 'a write'}; "
            f"stopped after {len(self.outcomes)} documents ({written} in the store): "
            f"{exc.message}",
            hint="check the store, then run the same command again: documents already "
            "written come back unchanged",
        ) from exc

    def _emit(self, outcome: IngestOutcome | None) -> None:
        assert outcome is not None
        self.outcomes.append(outcome)
        if self.on_outcome:
            self.on_outcome(outcome)


def _kept(x: DocumentExtraction) -> list[PersonEntity]:
    """The people of a document that become Person nodes."""
    in_events = {p.person for ev in x.events for p in ev.participants if p.person is not None}
    return [
        ent
        for ent in x.entities
        if ent.confidence >= KEEP_PERSON
        or ent.index in in_events
        or len(parse_name(ent.name).tokens) >= 2
        # "Ben Halloran": a given name that is also a nasab particle still makes two words
        or (len(ent.name.split()) == 2 and ent.name.split()[0].lower() == "ben")
    ]


def resolve_people(
    store: GraphStore, kept: list[PersonEntity], lookups: PersonLookups
) -> dict[int, PersonNode]:
    """The people of a document (`kept`) as Person nodes, new or stored."""
    people: dict[int, PersonNode] = {}
    taken: set[str] = set()
    for ent in kept:
        node = resolve_person(store, ent, taken, lookups)
        if node.id in taken:  # two people of this article resolved to one node: keep them apart
            node = node.model_copy(
                update={"id": f"{node.id}-{short_hash(ent.name)[:6]}", "existing": False}
            )
        taken.add(node.id)
        people[ent.index] = node
    return people


def _agreement_id(name: str, parties: list[str]) -> str:
    # one instrument named alike by the same parties in several articles is one Agreement
    return f"agreement-{slug(name)[:50]}-{short_hash(name_key(name), *sorted(parties), n=8)}"
