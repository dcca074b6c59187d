"""A group told once and then one by one.

"A held talks with B, C and D. ... Later that day A met C.": the later sentences tell that A
saw each of them apart, so the first sentence is a list of A's separate meetings, not one
meeting where B, C and D met one another (conventions: "A met B, C and D, respectively" are
separate bilateral meetings of A). A trilateral told as "A, B and C met" names no one before
a "with" and stays one encounter."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.schema import DocumentExtraction, ExtractedEvent, Participant

if TYPE_CHECKING:
    from ingest.events import SentenceView

WITH = re.compile(r"\bwith\b", re.I)
MEETS = re.compile(
    r"\b(?:met|meeting|talks|discussions|called\s+on|paid\s+a\s+courtesy\s+call)\b", re.I
)
LATER = 12  # sentences of the story after the group sentence


def _split(ev: ExtractedEvent, pivot: int) -> list[ExtractedEvent]:
    """One copy of the group encounter per partner of the pivot."""
    mine = next((p for p in ev.participants if p.person == pivot), None)
    rest = [p for p in ev.participants if p.person is not None and p.person != pivot]
    out = []
    for p in rest:
        one = ev.model_copy(deep=True)
        first = mine.model_copy() if mine else Participant(person=pivot)
        one.participants = [first, p.model_copy()]
        out.append(one)
    return out


def split_told_groups(out: DocumentExtraction, views: list[SentenceView]) -> None:
    """Replace each "pivot with B, C, D" encounter whose members are met again one by one
    later in the story by the pivot's bilateral encounters with each of them."""
    result: list[ExtractedEvent] = []
    for ev in out.events:
        people = ev.people()
        v = views[ev.sent]
        w = WITH.search(v.sentence.text)
        if len(people) < 3 or w is None or ev.kind in ("signing", "call"):
            result.append(ev)
            continue
        at = v.sentence.start + w.start()
        mentions = [p for p in v.people if p.entity in people]
        before = {p.entity for p in mentions if p.start < at}
        after = {p.entity for p in mentions if p.start > at}
        if len(before) != 1 or before & after or len(after) < 2:
            result.append(ev)
            continue
        pivot = next(iter(before))
        if pivot is None:
            result.append(ev)
            continue
        # later sentences that tell a meeting with exactly one of them
        told: set[int | None] = set()
        for u in views[ev.sent + 1 : ev.sent + 1 + LATER]:
            if not MEETS.search(u.sentence.text):
                continue
            named = {p.entity for p in u.people if p.entity is not None}
            one = named & after
            if len(one) == 1 and named <= one | {pivot}:
                told |= one
        if not told:
            result.append(ev)
            continue
        result.extend(_split(ev, pivot))
    out.events = result
