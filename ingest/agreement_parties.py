"""Who an instrument binds and who signed it, its date and the encounter it concluded."""

from __future__ import annotations

import re

from graph.records import country_name
from ingest.dates import DateRef
from ingest.events import SentenceView
from ingest.schema import DocumentExtraction

WITH_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:with|between)\b[^.;,]{0,60}")
WITNESS = re.compile(r"\b(?:presence of|witnessed by|attended by)\b[^.;]*$", re.I)


def nearest_date(v: SentenceView, start: int, end: int, limit: int | None = None) -> DateRef | None:
    """The date just after the instrument ("signed ... in January", not past the next
    instrument at `limit`), else the last before it, else the sentence's first."""
    dated = [d for d in v.dates if d.value]
    text, base = v.sentence.text, v.sentence.start

    def near(d: DateRef) -> bool:
        gap = d.start - end
        if gap < 0 or (limit is not None and d.start >= limit):
            return False
        # further when the words between tell the signing: "which was signed by A and B on ..."
        told = re.search(
            r"\b(?:signed|concluded|adopted|inked)\b", text[end - base : d.start - base]
        )
        return gap <= 80 or (gap <= 160 and told is not None)

    after = [d for d in dated if near(d)]
    before = [d for d in dated if d.end <= start]
    pick = after or before[-1:] or [d for d in dated if limit is None or d.start < limit]
    return pick[0] if pick else None


def recent_event(x: DocumentExtraction, sent: int) -> int | None:
    best = None
    for i, ev in enumerate(x.events):
        if ev.sent <= sent and sent - ev.sent <= 4:
            best = i
    return best


def signers(v: SentenceView, at: int) -> list[int]:
    """People named before the instrument, except those who only witnessed it."""
    text = v.sentence.text
    out = set()
    for p in v.people:
        if p.entity is None or p.start >= at:
            continue
        lead = text[max(0, p.start - v.sentence.start - 60) : p.start - v.sentence.start]
        if not WITNESS.search(lead):
            out.add(p.entity)
    return sorted(out)


def parties_of(
    v: SentenceView,
    x: DocumentExtraction,
    ev: int | None,
    top: list[str],
    start: int = -1,
    end: int = -1,
) -> list[str]:
    """Countries named before the instrument (the signers) or after "with" / "between" right
    after it; else those of the sentence, its people, the meeting it concluded, and finally the
    article's two most-mentioned countries."""
    s = v.sentence
    near = {c for st, c in v.countries if s.start <= st < start}
    # a city standing for its government: "Tokyo's ... agreement", "Manila already hosts ..."
    for p in v.places:
        if p.kind == "city" and p.country and s.start <= p.start < start:
            rel = p.start - s.start
            if rel == 0 or re.match(r"['’]s\b", s.text[p.end - s.start :]):
                near.add(p.country)
    tail = WITH_AFTER.match(s.text[end - s.start :]) if end >= 0 else None
    if tail:
        near |= {c for st, c in v.countries if end <= st < end + tail.end()}
    parties: set[str] = set(near)

    def add(codes: object) -> None:
        parties.update(c for c in codes if c)  # type: ignore[attr-defined]

    # the signers' own countries come before a country named later in the sentence, which is
    # often a topic ("an MoU on incidents in the South China Sea")
    if len(parties) < 2:
        add(x.entities[p.entity].country for p in v.people if p.entity is not None)
    if len(parties) < 2 and ev is not None:
        e = x.events[ev]
        add(x.entities[p].country for p in e.people())
        add(p.country for p in e.participants)
        if len(parties) < 2 and e.place and e.place.country:
            parties.add(e.place.country)
    if len(parties) < 2:
        add(c for st, c in v.countries if s.start <= st < s.end)
    if len(parties) < 2:
        add([c for c in top if c not in parties][: 2 - len(parties)])
    return sorted(parties)


def signers_after(v: SentenceView, at: int) -> list[int]:
    """People named from `at` (just after "signed by" / "by") to the end of the clause."""
    text = v.sentence.text
    rel = at - v.sentence.start
    stop = re.search(r"[;]|\.\s|\s(?:in the presence of|witnessed by|while|as)\s", text[rel:])
    end = at + (stop.start() if stop else len(text) - rel)
    return sorted({p.entity for p in v.people if p.entity is not None and at <= p.start < end})


def top_countries(views: list[SentenceView]) -> list[str]:
    counts: dict[str, int] = {}
    for v in views:
        for c in v.countries:
            counts[c[1]] = counts.get(c[1], 0) + 1
    return [c for c, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:2]]


def in_text_order(v: SentenceView, parties: list[str]) -> list[str]:
    seen = [c for _, c in sorted(v.countries) if c in parties]
    order = list(dict.fromkeys(seen)) + [c for c in parties if c not in seen]
    return [country_name(c) for c in order]
