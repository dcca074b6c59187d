"""Three ways news reports tell an encounter that the trigger phrases of ingest/events.py do
not read (wired in ingest/extract.py right after the event finder):

- "A has discussed with B and C on trade", "A also discussed with B": `discussed with` used
  without an object, as agency wires do, is talks of A with the people named after it.
- "Engaging with B at the palace yesterday, A said ...", "Meeting B on Monday, A urged ...":
  an opening participle of encounter; A (the first person named after the opening phrase)
  met B.
- "A said the discussions with B centred on security": a speaker who tells of their own
  talks with B met B.
- "A received an introductory call from B", "a farewell visit from B": a call paid in person.
- "King A granted an audience to B", "B had an audience with A", "B was granted an audience
  by A": an audience is an encounter of the two.

Plans are no encounters ("A will discuss with B", "is expected to meet"); an encounter of the
same people told already (by any rule) is not told again.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.future_clauses import future
from ingest.schema import DocumentExtraction, ExtractedEvent, Participant, PersonMention

if TYPE_CHECKING:
    from ingest.events import SentenceView

DISCUSSED_WITH = re.compile(
    r"\b(?:has|have|had)?\s*(?:also\s+|further\s+|separately\s+)?discussed\s+with\b", re.I
)
OPENING = re.compile(
    r"^\s*(?:While\s+)?(?:Engaging|Meeting|Conferring|Interacting|Holding\s+talks)\s+with\b"
    r"(?P<gap>[^.;]*?),\s+",
)
SAID_TALKS = re.compile(
    r"\b(?:said|noted|added|disclosed|revealed|stated|tweeted)\s+(?:that\s+)?(?:the|their|his"
    r"|her)\s+(?:[\w-]+\s+)?(?:discussions|talks|meeting|conversation)\s+with\b",
    re.I,
)
# "granted an audience to B", "had an audience with B", "was granted an audience by B"
AUDIENCE_WITH = re.compile(
    r"\b(?:granted|gave|accorded|had|held|was\s+granted|was\s+given|was\s+accorded|were\s+granted)"
    r"\s+(?:a|an)\s+(?:[\w-]+\s+)?audience\s+(?:to|with|by)\b",
    re.I,
)
# "received an introductory call from B", "received a farewell visit from B": in person
RECEIVED_CALL = re.compile(
    r"\b(?:received|receives|receiving|welcomed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:introductory|farewell|courtesy|familiari[sz]ation|goodwill|exit|protocol|working)\s+"
    r"(?:call|visit)\s+(?:from|by)\b",
    re.I,
)
# where the list of people after "with" ends
LIST_END = re.compile(r"[;:]|\s(?:on|about|over|regarding|concerning|to|at|in|during|for)\s")
ALSO_NAMED = re.compile(r"^[\s,]*(?:and\s+)?(?:[\w’'.-]+,?\s+){0,8}?$")


def press_encounters(out: DocumentExtraction, views: list[SentenceView], text: str) -> None:
    for v in views:
        s = v.sentence
        named = [p for p in v.people if p.entity is not None]
        if len({p.entity for p in named}) < 2:
            continue
        for rule, subject, others, at in _readings(v, named, text):
            if future(s.text[: at - s.start]):
                continue
            _add(out, v, rule, subject, others)


def _readings(
    v: SentenceView, named: list[PersonMention], text: str
) -> list[tuple[str, PersonMention, list[PersonMention], int]]:
    s = v.sentence
    found = []
    for m in DISCUSSED_WITH.finditer(s.text):
        at = s.start + m.start()
        before = [p for p in named if p.end <= at]
        after = _list_after(named, s.start + m.end(), s.end, text)
        if before and after:
            found.append(("meeting:discussed-with", before[-1], after, at))
    o = OPENING.match(s.text)
    if o is not None:
        cut = s.start + o.end()
        met = [p for p in named if s.start + o.start("gap") <= p.start < cut - 2]
        speaker = [p for p in named if p.start >= cut]
        if met and speaker and speaker[0].start - cut < 60:
            found.append(("meeting:opening-participle", speaker[0], met, s.start))
    for m in RECEIVED_CALL.finditer(s.text):
        at = s.start + m.start()
        before = [p for p in named if p.end <= at]
        after = _list_after(named, s.start + m.end(), s.end, text)
        if before and after:
            found.append(("meeting:received-call", before[-1], after, at))
    for m in AUDIENCE_WITH.finditer(s.text):
        at = s.start + m.start()
        before = [p for p in named if p.end <= at]
        after = _list_after(named, s.start + m.end(), s.end, text)
        if before and after:
            found.append(("meeting:audience", before[-1], after, at))
    for m in SAID_TALKS.finditer(s.text):
        at = s.start + m.start()
        before = [p for p in named if p.end <= at]
        after = _list_after(named, s.start + m.end(), s.end, text)
        if before and after and at - before[-1].end < 40:
            found.append(("meeting:said-talks-with", before[-1], after, at))
    return found


def _list_after(named: list[PersonMention], start: int, end: int, text: str) -> list[PersonMention]:
    """The people named in a row after `start`: "with B and President C", "with the
    Minister, B" (titles and 'and' between them; the list ends at a preposition)."""
    stop = LIST_END.search(text, start, end)
    limit = stop.start() if stop else end
    out: list[PersonMention] = []
    at = start
    for p in named:
        if p.start < start:
            continue
        if p.start >= limit or not ALSO_NAMED.match(text[at : p.start]):
            break
        out.append(p)
        at = p.end
    return out


def _add(
    out: DocumentExtraction,
    v: SentenceView,
    rule: str,
    subject: PersonMention,
    others: list[PersonMention],
) -> None:
    people = {p.entity for p in [subject, *others] if p.entity is not None}
    if len(people) < 2:
        return
    if any(people <= ev.people() for ev in out.events):
        return  # told already
    dates = [d for d in v.dates if d.value and not d.text.lower().startswith("since")]
    out.events.append(
        ExtractedEvent.told_in(
            v.sentence,
            kind="meeting",
            rule=rule,
            date=dates[0] if dates else None,
            confidence=0.7,
            participants=[Participant(person=p) for p in sorted(people)],
        )
    )
