"""A list of counterparts continued in a sentence of its own.

"X held meetings with her counterparts A of P, B of Q and C of R. The rest are D of S and E
of T." The second sentence has no encounter word: it goes on naming X's counterparts, one
bilateral encounter each, like the list before it (ingest/counterpart_lists.py). Read only
right after such a list (two sentences at most) whose encounters all share one person.
Wired in the sentence loop of ingest/extract.py after the counterpart lists."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.schema import PersonMention, unique_people

if TYPE_CHECKING:
    from ingest.events import EventFinder, SentenceView

# "The rest are", "Others were", "The other counterparts included"
REST = re.compile(
    r"^\s*(?:the\s+)?(?:rest|others|other\s+(?:counterparts|ministers|leaders))\s+"
    r"(?:are|were|included|include)\b",
    re.I,
)
NEAR = 2  # sentences after the list


def continue_list(finder: EventFinder, view: SentenceView) -> bool:
    """Take over a sentence that goes on listing the counterparts of the list just told."""
    s = view.sentence
    m = REST.match(s.text)
    if m is None:
        return False
    recent = [
        ev
        for ev in finder.events
        if ev.rule.startswith("meeting:counterpart-list") and 0 < s.index - ev.sent <= NEAR
    ]
    if len(recent) < 2:
        return False
    common = set.intersection(*(ev.people() for ev in recent))
    if len(common) != 1:
        return False
    ent = common.pop()
    subject = PersonMention(start=0, end=0, sent=0, entity=ent, name=finder.entities[ent].name)
    objects = [p for p in unique_people(view.people) if p.entity != ent]
    if not objects:
        return False
    place = finder._place_in(view, s.start, s.end)
    b, e = s.start + m.start(), s.start + m.end()
    date = finder._date_in(view, s.start, s.end, b, e)
    for p in objects:
        count = len(finder.events)
        finder._make(view, recent[-1].kind, "sym", [subject], [p], date, place, b, s.end)
        if len(finder.events) > count:
            finder.events[-1].rule = "meeting:counterpart-list"
    return True
