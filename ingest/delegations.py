"""Named members of a delegation that the text puts in an encounter.

"Members of X's delegation included A and B", "X's delegation comprised A and B": when the
article says the delegation itself was received, welcomed, hosted or met ("thanked Y for
receiving his delegation", "delegation-level talks"), its named members were at X's encounter
and are participants of it. A delegation only said to travel with X ("X was accompanied by a
delegation including A") adds nobody: officials travelling with a visitor are not participants.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.model import Role
from ingest.schema import DocumentExtraction, Participant

if TYPE_CHECKING:
    from ingest.events import SentenceView

# "X's delegation included", "members of the delegation included", "the delegation comprised"
MEMBERS = re.compile(
    r"\bdelegation\b,?\s+(?:which\s+)?(?:also\s+)?(?:included|includes|including|comprised"
    r"|comprises|consisted of|consists of|was made up of|is made up of)\b",
    re.I,
)
# the delegation itself met somebody: the encounter had its members
RECEIVED = re.compile(
    r"\b(?:received|receiving|receives|welcomed|welcoming|welcomes|hosted|hosting|hosts|met"
    r"|meeting)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:visiting\s+)?(?:[\w-]+\s+){0,2}?"
    r"delegation\b|\bdelegation-level\b|\bdelegations?\s+(?:held|hold|holding)\s+talks\b",
    re.I,
)
POSSESSOR = re.compile(r"(?:['’]s?\s+)(?:[\w-]+\s+)?$")


def join_delegations(out: DocumentExtraction, views: list[SentenceView], text: str) -> None:
    if not out.events:
        return
    met = [v.sentence.index for v in views if RECEIVED.search(v.sentence.text)]
    if not met:
        return
    for v in views:
        s = v.sentence
        m = MEMBERS.search(s.text)
        if m is None or v.sentence.index < min(met):
            continue
        at = s.start + m.start()
        owners = [
            p
            for p in v.people
            if p.entity is not None and p.end <= at and POSSESSOR.fullmatch(text[p.end : at])
        ]
        members = [p.entity for p in v.people if p.entity is not None and p.start >= at]
        if not owners or not members:
            continue
        owner = owners[-1].entity
        told = [
            ev
            for ev in out.events
            if ev.sent <= s.index
            and owner in ev.people()
            and ev.kind != "call"
            and len(ev.people()) >= 2
        ]
        if not told:
            continue
        ev = max(told, key=lambda e: e.sent)
        have = ev.people()
        role: Role = next((p.role for p in ev.participants if p.person == owner), "participant")
        for ent in members:
            if ent not in have:
                ev.participants.append(Participant(person=ent, role=role))
                have.add(ent)
