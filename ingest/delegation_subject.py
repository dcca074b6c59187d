"""A named delegation that later acts as "the delegation" (wired in ingest/extract.py after
the delegation lists).

"A delegation headed by Minister A along with B and C concluded a visit to Ruritania" names
the delegation's members. A later sentence whose subject is that delegation ("the delegation
held talks with D", "In the meeting with D, the delegation discussed ...") tells an encounter
of its members with D: one encounter of A, B, C and D. Whatever the sentence-level reading had
made of it (the sender of a message the delegation handed over, the addressee of that message
and D together) is replaced. A sentence whose counterpart is not named adds nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.schema import DocumentExtraction, ExtractedEvent, Participant, PersonMention

if TYPE_CHECKING:
    from ingest.events import SentenceView

# "delegation headed by", "delegation, led by"
HEADED = re.compile(r"\bdelegation\b[^.;]{0,40}?\b(?:headed|led)\s+by\b", re.I)
# a finite verb ends the list of members: "... and C returned home"
ROSTER_END = re.compile(
    r"\b(?:returned|arrived|concluded|left|visited|held|met|paid|is|are|was|were|has|have|had"
    r"|will|began|called|signed|departed|travell?ed|flew)\b",
    re.I,
)
# "the delegation" as the subject of its sentence's encounter
SUBJECT = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+\s+)?[Dd]elegation\s+(?:also\s+)?(?:held|met|discussed|handed|paid"
    r"|called|had|conveyed|delivered|exchanged|conferred|reviewed)\b"
)
# the counterpart: named after "with" ("talks with D", "In the meeting with D")
WITH = re.compile(r"\b(?:with|met)\b", re.I)
# "A's message", "B' letter": the sender, who need not be there
SENDER = re.compile(
    r"^['’]s?\s+(?:[\w-]+\s+)?(?:message|letter|greetings|invitation|regards|wishes|condolences)",
    re.I,
)
PLANNED = re.compile(r"\b(?:will|would|to be|expected|scheduled|plans?)\b", re.I)
LOOKAHEAD = 12  # sentences after the roster in which "the delegation" is still that one


def delegation_subjects(out: DocumentExtraction, views: list[SentenceView], text: str) -> None:
    roster: list[int] = []
    since = -1
    for v in views:
        s = v.sentence
        named = [p for p in v.people if p.entity is not None and p.kind == "name"]
        m = HEADED.search(s.text)
        if m is not None:
            roster = _members(named, s.start + m.end(), text)
            since = s.index
            continue
        if len(roster) < 2 or s.index - since > LOOKAHEAD or PLANNED.search(s.text):
            continue
        subj = SUBJECT.search(s.text)
        w = WITH.search(s.text)
        if subj is None or w is None:
            continue
        after = s.start + w.end()
        counterparts = [
            p
            for p in named
            if p.start >= after
            and p.entity not in roster
            and not SENDER.match(text[p.end : p.end + 20])
        ]
        before = [p for p in named if p.start < min(after, s.start + subj.start())]
        if not counterparts or any(p.entity not in roster for p in before):
            continue  # "President D received the delegation": D's own sentence
        first = counterparts[0]
        out.events = [ev for ev in out.events if ev.sent != s.index]
        date = next((d for d in v.dates if d.value), None)
        people = list(dict.fromkeys([*roster, first.entity]))
        out.events.append(
            ExtractedEvent.told_in(
                s,
                kind="meeting",
                rule="meeting:delegation-subject",
                date=date,
                confidence=0.7,
                participants=[Participant(person=e, role="participant") for e in people],
            )
        )


def _members(named: list[PersonMention], at: int, text: str) -> list[int]:
    """The people named from `at` until the verb of the sentence."""
    members: list[int] = []
    prev = at
    for p in named:
        if p.start < at:
            continue
        if ROSTER_END.search(text[prev : p.start]):
            break
        if p.entity is not None and p.entity not in members:
            members.append(p.entity)
        prev = p.end
    return members
