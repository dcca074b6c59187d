"""Two sides named only as groups, then listed in the sentences that follow: "The ministers
met a delegation of the Harbour Party on Saturday. The government side was represented by A,
B and C. The party's delegation comprised D, E and F." One encounter of everybody listed (and
of the one person the meeting sentence names, if any).

Precision first: the meeting sentence must tell an encounter that took place with a group
("met a delegation", "held a meeting with the allies") and name at most one person; the
lists must follow within a few sentences, before any other encounter is told; and both sides
must be named (two lists, or one list facing the person the meeting sentence names)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.event_patterns import CANCELLED
from ingest.future_clauses import future
from ingest.schema import DocumentExtraction, ExtractedEvent, Participant

if TYPE_CHECKING:
    from ingest.events import SentenceView

GROUP = (
    r"(?:delegation|delegations|allies|leaders|leadership|members|representatives|team|side"
    r"|officials|ministers|envoys)"
)
# an encounter with a group: "met the allies of", "held a meeting with a delegation of"
GROUP_MET = re.compile(
    r"\b(?:met|meets|held|holds|had)\b\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:meeting|talks|discussions)\s+with\s+)?(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    + GROUP
    + r"\b",
    re.I,
)
# a side listed: "the government side was represented by", "the delegation of X comprised"
SIDE_LIST = re.compile(
    r"\b(?:delegation|side|team)\b[^.;]{0,40}?\b(?:also\s+)?(?:included|includes|comprised"
    r"|comprises|consisted\s+of|consists\s+of|(?:was|were)\s+made\s+up\s+of|(?:was|were)\s+"
    r"(?:also\s+)?represented\s+by)\b",
    re.I,
)
AHEAD = 3  # sentences after the meeting sentence in which the lists may stand


def join_group_lists(out: DocumentExtraction, views: list[SentenceView]) -> None:
    """Add one encounter per meeting of two groups whose members are listed after it."""
    told = {ev.sent for ev in out.events if len(ev.people()) >= 2}
    for i, v in enumerate(views):
        s = v.sentence
        m = GROUP_MET.search(s.text)
        if m is None or i in told or future(s.text[: m.start()]):
            continue
        if CANCELLED.search(s.text[m.end() :]):
            continue
        named = {p.entity for p in v.people if p.entity is not None}
        if len(named) > 1:
            continue  # "A met B's delegation": the usual reading
        members: set[int] = set()
        lists = 0
        for w in views[i + 1 : i + 1 + AHEAD]:
            if w.sentence.index in told or GROUP_MET.search(w.sentence.text):
                break  # another encounter is being told
            lm = SIDE_LIST.search(w.sentence.text)
            if lm is None:
                continue
            after = w.sentence.start + lm.end()
            listed = {p.entity for p in w.people if p.entity is not None and p.start >= after}
            if listed:
                members |= listed
                lists += 1
        if not (lists >= 2 or (lists == 1 and len(named) == 1 and not named <= members)):
            continue
        people = sorted(named | members)
        if len(people) < 3:
            continue
        ev = ExtractedEvent(
            kind="meeting",
            participants=[Participant(person=p, role="participant") for p in people],
            quote=s.text,
            start=s.start,
            end=s.end,
            sent=s.index,
            rule="meeting:group-lists",
            confidence=0.6,
        )
        out.events.append(ev)
        told.add(s.index)
