"""Envoys presenting credentials: one encounter of the receiving head of state with each.

"President X received the credentials of seven new ambassadors. ... The envoys included A from
P, B from Q and C from R." (or "They are A, B and C"; "A, B and C presented their letters of
credence to President X"): each envoy presented credentials to X, so X met A, X met B, X met
C; the envoys, each in turn, did not meet one another. The date and place are those the
credentials sentences give."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.schema import DocumentExtraction, ExtractedEvent, Participant, PersonMention

if TYPE_CHECKING:
    from ingest.dates import DateRef
    from ingest.events import SentenceView

CREDENTIALS = re.compile(r"\b(?:credentials|letters? of credence)\b", re.I)
# the receiver: "X received / accepted (the) credentials", "credentials to X"
RECEIVER_BEFORE = re.compile(r"\b(?:received|receives|receiving|accepted|accepts)\b", re.I)
TO_AFTER = re.compile(r"\bto\s+(?:the\s+)?$", re.I)
# the list of envoys: "The envoys included A, B", "They are A, B", "namely A and B"
LIST_CUE = re.compile(r"\b(?:included|include|includes|including|are|were|namely)\b|:\s", re.I)
FOLLOWING = 2  # sentences after a credentials sentence that may list the envoys


def credential_envoys(out: DocumentExtraction, views: list[SentenceView], text: str) -> None:
    for k, v in enumerate(views):
        if not CREDENTIALS.search(v.sentence.text):
            continue
        host = _receiver(v, text)
        if host is None:
            continue
        block = views[k : k + 1 + FOLLOWING]
        envoys: list[PersonMention] = []
        for w in block:
            cue = LIST_CUE.search(w.sentence.text)
            if w is not v and not (
                cue and CREDENTIALS.search(w.sentence.text) is None and _envoy_words(w)
            ):
                continue
            start = w.sentence.start + (cue.end() if cue and w is not v else 0)
            for p in w.people:
                known = {e.entity for e in envoys}
                if p.entity not in (None, host, *known) and p.start >= start:
                    envoys.append(p)
            if len(envoys) >= 2:
                break
        if len(envoys) < 2:
            continue
        ids = {host} | {p.entity for p in envoys}
        date = _first_date(block[:2])
        place = next((p for w in block[:2] for p in w.places), None)
        # a group encounter told in these sentences becomes one encounter with each envoy
        first = block[0].sentence.index
        last = block[-1].sentence.index
        out.events[:] = [
            ev
            for ev in out.events
            if not (first <= ev.sent <= last and ev.people() <= ids and len(ev.people()) > 2)
        ]
        have = {frozenset(ev.people()) for ev in out.events}
        for p in envoys:
            assert p.entity is not None
            if frozenset({host, p.entity}) in have:
                continue
            out.events.append(
                ExtractedEvent(
                    kind="meeting",
                    quote=v.sentence.text,
                    start=v.sentence.start,
                    end=v.sentence.end,
                    sent=v.sentence.index,
                    rule="meeting:credentials",
                    date=date.value if date else None,
                    date_precision=date.precision if date else "unknown",
                    date_source="sentence" if date else "none",
                    place=place,
                    host_country=place.country if place else None,
                    participants=[
                        Participant(person=host, role="host"),
                        Participant(person=p.entity, role="guest"),
                    ],
                )
            )
        out.events.sort(key=lambda e: e.start)


def _envoy_words(v: SentenceView) -> bool:
    return bool(
        re.search(
            r"\b(?:envoys?|ambassadors?|high commissioners?|diplomats)\b", v.sentence.text, re.I
        )
    )


def _receiver(v: SentenceView, text: str) -> int | None:
    s = v.sentence
    m = CREDENTIALS.search(s.text)
    assert m is not None
    at = s.start + m.start()
    before = [p for p in v.people if p.entity is not None and p.end <= at]
    if before and RECEIVER_BEFORE.search(text[before[0].end : at]):
        return before[0].entity  # "President X received the credentials of ..."
    after = [p for p in v.people if p.entity is not None and p.start > at]
    for p in after:
        if TO_AFTER.search(text[s.start + m.end() : p.start][-20:]) and len(after) == 1:
            return p.entity  # "... presented their credentials to President X"
    return None


def _first_date(block: list[SentenceView]) -> DateRef | None:
    for w in block:
        for d in w.dates:
            if d.value and not d.text.lower().startswith("since"):
                return d
    return None
