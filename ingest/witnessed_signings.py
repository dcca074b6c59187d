"""A signing told only by its witnesses: "The signing took place in Geneva on Monday and was
witnessed by Minister A and Minister B" (the signers unnamed or named elsewhere). The named
witnesses were at the ceremony together: one signing encounter of them (conventions: the
leaders who witness a signing are its participants). Wired in ingest/extract.py before the
signings of one ceremony are joined (ingest/sign_join.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.schema import DocumentExtraction, ExtractedEvent, Participant

if TYPE_CHECKING:
    from ingest.events import SentenceView

WITNESSED = re.compile(
    r"\b(?:signing|ceremony|document|agreement|communiqu[ée]|memorandum|treaty)\b[^.;]{0,160}?"
    r"\b(?:was|were)\s+(?:also\s+)?witnessed\s+by\b",
    re.I,
)
UNREAL = re.compile(r"\b(?:will|would|is to|are to|expected|scheduled)\b", re.I)


def witnessed_signings(out: DocumentExtraction, views: list[SentenceView]) -> None:
    told = {ev.sent for ev in out.events}
    for v in views:
        s = v.sentence
        m = WITNESSED.search(s.text)
        if m is None or s.index in told or UNREAL.search(s.text):
            continue
        at = s.start + m.end()
        witnesses = list(
            dict.fromkeys(
                p.entity
                for p in v.people
                if p.entity is not None and p.kind == "name" and p.start >= at
            )
        )
        if len(witnesses) < 2:
            continue
        date = next((d for d in v.dates if d.value), None)
        out.events.append(
            ExtractedEvent.told_in(
                s,
                kind="signing",
                rule="signing:witnessed",
                date=date,
                confidence=0.75,
                participants=[Participant(person=e, role="participant") for e in witnesses],
            )
        )
