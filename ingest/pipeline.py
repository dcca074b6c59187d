"""The extraction pipeline, wired in one place:

    Article -> extract (sentences, mentions, dates, coreference, events, agreements)
            -> resolve people and events against the store -> GraphBatch -> one transaction.

`ingest_articles` is the entry point of `diplograph ingest` and `diplograph evaluate`."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from diplograph.errors import DiplographError, StoreUnavailable
from graph import cypher
from graph.model import short_hash, slug
from graph.store import GraphStore
from ingest.article import Article, IngestOutcome
from ingest.extract import extract
from ingest.names import name_key, parse_name
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
from ingest.writer import build_batch

# A lone capitalised word seen only as a bare name ("X said") is kept when it acts in an event;
# fuller bare names ("Jane Roe, a researcher") are kept as people.
KEEP_PERSON = 0.7


def ingest_articles(
    store: GraphStore,
    articles: Iterable[Article],
    on_outcome: Callable[[IngestOutcome], None] | None = None,
    jobs: int = 1,
) -> list[IngestOutcome]:
    """Ingest articles in order; one bad document never stops the batch. With jobs > 1 the
    pure extraction runs in that many worker processes (ingest/parallel.py); resolution and
    writing stay here, in input order, so the graph is the same as with one job. A store that
    goes away stops the batch: the document in flight is reported as written or not (checked
    after reconnecting), then StoreUnavailable says what happened, once."""
    from ingest.parallel import extractions

    articles = list(articles)
    outcomes: list[IngestOutcome] = []
    for article, done in zip(articles, extractions(store, articles, jobs), strict=True):
        try:
            outcome = ingest_article(store, article, done)
        except StoreUnavailable as exc:
            outcome = _after_lost_store(store, article, exc)
            outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome)
            written = sum(o.status in ("new", "replaced", "unchanged") for o in outcomes)
            raise StoreUnavailable(
                f"lost the store at {store.url} during {article.source}; stopped after "
                f"{len(outcomes)} documents ({written} in the store): {exc.message}",
                hint="check the store, then run the same command again: documents already "
                "written come back unchanged",
            ) from exc
        except Exception as exc:  # one bad document never stops the batch
            outcome = IngestOutcome(
                source=article.source,
                status="failed",
                document=None,
                reason=exc.reason if isinstance(exc, ExtractionFailed) else failure_reason(exc),
            )
        outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)
    return outcomes


class WriteOutcomeUnknown(StoreUnavailable):
    """The connection went away while a document's write was in flight: the server may or
    may not have committed it. `outcome` is what to report if it did."""

    def __init__(self, cause: StoreUnavailable, outcome: IngestOutcome) -> None:
        super().__init__(cause.message, hint=cause.hint)
        self.outcome = outcome


def _after_lost_store(store: GraphStore, article: Article, exc: StoreUnavailable) -> IngestOutcome:
    """Reconnect and look: a document is written whole or not at all (one statement), so
    its Document node says which. Lost during the reads before the write: not written."""
    if not isinstance(exc, WriteOutcomeUnknown):
        reason = f"not written: the store went away before its write ({exc.message})"
        return IngestOutcome(source=article.source, status="failed", reason=reason)
    try:
        store.reconnect()
        landed = bool(store.read(cypher.DOCUMENT_BY_ID, {"id": article.id}, row_cap=1).rows)
    except DiplographError as again:
        reason = (
            "unknown whether written: the store went away during its write and could not be "
            f"reached to check ({again.message}); run the command again to make sure"
        )
        return IngestOutcome(source=article.source, status="failed", reason=reason)
    if landed:
        return exc.outcome  # the server committed it before the connection dropped
    reason = "not written: the store went away during its write (checked after reconnecting)"
    return IngestOutcome(source=article.source, status="failed", reason=reason)


class ExtractionFailed(Exception):
    """Extraction failed in a worker process; `reason` is what it would have said here."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def failure_reason(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"


def extract_article(article: Article) -> DocumentExtraction:
    """The pure part of ingesting an article (no store): what a worker process runs."""
    return filter_people(extract(article), article)


def ingest_article(
    store: GraphStore,
    article: Article,
    extracted: DocumentExtraction | ExtractionFailed | None = None,
) -> IngestOutcome:
    """Ingest one article; `extracted` is its extraction when a worker already made it.
    Round trips: one read of the document's versions (with the look-ups of its people when
    a worker extracted it), one of its people (else), one of its events' candidates, the
    write; plus the facts of each older version it replaces."""
    store.ensure_schema()
    doc = (article.id, article.source)
    lookups = None
    if isinstance(extracted, DocumentExtraction):
        versions, lookups = read_lookups(store, document=doc, entities=_kept(extracted))
    else:
        versions, _ = read_lookups(store, document=doc)
    assert versions is not None
    if versions.held:
        return IngestOutcome(source=article.source, status="unchanged", document=article.id)
    old_docs = versions.old
    if isinstance(extracted, ExtractionFailed):
        raise extracted
    x = extract_article(article) if extracted is None else extracted
    people, events, agreements = resolve(store, article, x, lookups)
    batch = build_batch(article, x, people, events, agreements)
    replaced = {
        old: [
            r["id"]
            for r in store.read(cypher.FACTS_OF_DOCUMENT, {"doc": old}, row_cap=100_000).rows
        ]
        for old in old_docs
    }
    outcome = IngestOutcome(
        source=article.source,
        status="replaced" if old_docs else "new",
        document=article.id,
        people=len(people),
        events=len(events),
        agreements=len(agreements),
    )
    # one statement: a write that fails midway leaves nothing of the document (nor removes
    # its old version); see cypher.document_statement
    try:
        store.execute_write([cypher.document_statement(replaced, batch)])
    except StoreUnavailable as exc:
        raise WriteOutcomeUnknown(exc, outcome) from exc
    return outcome


def _kept(x: DocumentExtraction) -> list[PersonEntity]:
    """The people of a document that become Person nodes."""
    in_events = {p.person for ev in x.events for p in ev.participants if p.person is not None}
    return [
        ent
        for ent in x.entities
        if ent.confidence >= KEEP_PERSON
        or ent.index in in_events
        or len(parse_name(ent.name).tokens) >= 2
        # "Ben Rhodes": a given name that is also a nasab particle still makes two words
        or (len(ent.name.split()) == 2 and ent.name.split()[0].lower() == "ben")
    ]


def resolve(
    store: GraphStore,
    article: Article,
    x: DocumentExtraction,
    lookups: PersonLookups | None = None,
) -> tuple[dict[int, PersonNode], dict[int, EventNode], dict[int, str]]:
    """`lookups`: read_lookups of the document's kept people (read here when None)."""
    kept = _kept(x)
    if lookups is None:
        lookups = read_lookups(store, entities=kept)[1]
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
    events: dict[int, EventNode] = {}
    ids = {
        i: [people[p].id for p in sorted(ev.people()) if p in people]
        for i, ev in enumerate(x.events)
    }
    candidates = read_events(store, ids)
    for i, ev in enumerate(x.events):
        en = resolve_event(store, ev, ids[i], article.id, candidates.get(i, []))
        # two events of this article that resolved to one stored event stay one event
        events[i] = en
    # one instrument named alike by the same parties in several articles is one Agreement
    agreements = {i: _agreement_id(ag.name, ag.parties) for i, ag in enumerate(x.agreements)}
    return people, events, agreements


def _agreement_id(name: str, parties: list[str]) -> str:
    return f"agreement-{slug(name)[:50]}-{short_hash(name_key(name), *sorted(parties), n=8)}"
