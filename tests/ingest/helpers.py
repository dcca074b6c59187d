"""Small builders for ingest tests."""

from __future__ import annotations

from ingest.article import Article, content_id
from ingest.extract import extract
from ingest.schema import DocumentExtraction


def article(text: str, published: str | None = None, source: str = "test.txt") -> Article:
    return Article(id=content_id(text), source=source, text=text, published=published)


def run(text: str, published: str | None = None) -> DocumentExtraction:
    return extract(article(text, published))


def names(x: DocumentExtraction) -> list[str]:
    return [e.name for e in x.entities]


def pairs(x: DocumentExtraction) -> list[tuple[frozenset[str], str | None]]:
    """Each event as (set of participant names, date)."""
    out = []
    for ev in x.events:
        people = frozenset(x.entities[p].name for p in ev.people())
        out.append((people, ev.date))
    return out


def event_people(x: DocumentExtraction) -> list[list[str]]:
    """Each event's participant names, sorted, events sorted."""
    return sorted(sorted(x.entities[p].name for p in ev.people()) for ev in x.events)
