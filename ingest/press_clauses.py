"""Habits of news reports that put people next to an encounter without putting them in it,
and two more ways such reports place people and dates (wired in ingest/extract.py):

- `drop_bystanders`: a person named in an encounter's sentences only as a bystander leaves
  the encounter. Bystanders are named inside a relative clause that looks ahead ("A, who
  will be hosted by C, was received by B": C is a plan), or as the owner of something
  ("the aide behind C and D's accord", "C's office said"), unless what C owns is an
  encounter ("C's talks with A").
- `meeting_attendance`: "The meeting was attended by C and D", "Attending the talks were C and
  D": C and D join the encounter told last before that sentence, however far back (the
  definite "the meeting" names it), and the sentence tells no encounter of its own.
- `also_with`: "Secretary C is also with the ministers": C joins the encounter told in the
  sentences just before.
- `BACKGROUND`: "The meeting comes days after A held talks with B": the encounter of such a
  sentence is background, not the one an attendance sentence after it completes.
- `background_joiners`: people that a later sentence ("C and D were also present") added to
  such a background encounter belong to the encounter told before it, which "the meeting"
  names.
- `late_dates`: an encounter told as past cannot lie after the publication day; a date that
  does ("handed B a letter about the summit in June") belongs to something else: the
  encounter takes the date of the same people's encounter told before, else its context's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.name_words import is_given_name, zipf
from ingest.schema import DocumentExtraction, Participant, PersonMention

if TYPE_CHECKING:
    from ingest.events import SentenceView

# a relative clause that tells a plan: ", who will be hosted by C,", "who is expected to meet C"
PLAN_CLAUSE = re.compile(
    r"\b(?:who|whom|whose|which)\s+(?:will|would|shall|(?:is|are)\s+(?:also\s+)?(?:to|set\s+to"
    r"|due\s+to|expected\s+to|scheduled\s+to|slated\s+to))\b[^,;.()]*",
    re.I,
)
POSSESSIVE = re.compile(r"^\s*[’']s?\b")
# what a person may own and still take part in: "C's talks with A", "C's visit"
OWNED_ENCOUNTER = re.compile(
    r"^\s*[’']s?\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|visit|trip|call|discussions?|delegation"
    r"|entourage|arrival|tour|counterpart|stay|reception|welcome|hosts?|guests?)\b",
    re.I,
)
# "C and D's accord": C owns it too
AND_OWNER = re.compile(r"^\s+and\s+(?:[\w-]+\s+){0,4}?$")

ATTENDED = re.compile(
    r"^\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|discussions?|visit|call|session"
    r"|ceremony|engagement|audience|dialogue)\s+(?:was|were)\s+(?:also\s+)?attended\s+by\b"
)
# "Attending the talks were C and D", "Present at the meeting were C and D"
ATTENDING = re.compile(
    r"^\s*(?:Also\s+)?(?:Attending|Present\s+at|Joining\s+(?:him|her|them)\s+(?:at|in|for))\s+"
    r"(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|discussions?|call|session|ceremony"
    r"|audience|dinner|lunch|luncheon)\s+(?:were|was)\b"
)
BACKGROUND = re.compile(
    r"^\s*(?:The|This|That|It)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|visit|call|engagement)?\s*"
    r"(?:comes?|came|follows|followed)\s+(?:[\w-]+\s+){0,3}?(?:after|on\s+the\s+heels\s+of)\b",
)
ALSO_WITH = re.compile(
    r"\b(?:is|was|were|are)\s+also\s+(?:there\s+)?with\s+(?:the|him|her|them|his|their)\b", re.I
)
PLANNED = re.compile(r"\b(?:will|would|shall|expected|scheduled|due|set\s+to|to\s+be)\b", re.I)


def drop_bystanders(out: DocumentExtraction, views: list[SentenceView], text: str) -> None:
    for ev in out.events:
        people = ev.people()
        if len(people) < 3:
            continue  # two people: the encounter stands or falls elsewhere
        idle = {p for p in people if _only_bystander(p, people, views, text)}
        if idle and len(people - idle) >= 2:
            ev.participants = [p for p in ev.participants if p.person not in idle]


def _only_bystander(person: int, people: set[int], views: list[SentenceView], text: str) -> bool:
    """Every mention of `person` in a sentence that names another of the encounter's people
    is a bystander's (and there is at least one)."""
    seen = False
    for v in views:
        mine = [m for m in v.people if m.entity == person]
        if not mine or not any(m.entity in people - {person} for m in v.people):
            continue
        for m in mine:
            if not _bystander(m, v, text):
                return False
            seen = True
    return seen


def _bystander(m: PersonMention, v: SentenceView, text: str) -> bool:
    s = v.sentence
    for c in PLAN_CLAUSE.finditer(s.text):
        if s.start + c.start() <= m.start and m.end <= s.start + c.end():
            return True
    after = text[m.end : m.end + 60]
    if POSSESSIVE.match(after):
        return not OWNED_ENCOUNTER.match(after)
    # "C and D's accord": the first owner of a shared thing
    for o in v.people:
        if o.start <= m.end or o.entity == m.entity:
            continue
        gap = text[m.end : o.start]
        if AND_OWNER.match(gap) and POSSESSIVE.match(text[o.end : o.end + 4]):
            return not OWNED_ENCOUNTER.match(text[o.end : o.end + 60])
        break
    return False


def meeting_attendance(out: DocumentExtraction, views: list[SentenceView]) -> None:
    for v in views:
        text = v.sentence.text
        m = ATTENDED.match(text) or ATTENDING.match(text)
        if m is None or PLANNED.search(text):
            continue
        at = v.sentence.start + m.end()
        attendees = {
            p.entity
            for p in v.people
            if p.entity is not None
            and p.start >= at
            and not _common_word(out.entities[p.entity].name)  # "Minister of Police, Prisons and"
        }
        told = [e for e in out.events if e.sent < v.sentence.index and e.kind != "call"]
        if not attendees or not told:
            continue
        # the sentence's own "encounter" of the attendees is none
        out.events = [
            e for e in out.events if e.sent != v.sentence.index or not e.people() <= attendees
        ]
        last = max(e.sent for e in told)
        for e in (e for e in told if e.sent == last):
            for p in sorted(attendees - e.people()):
                e.participants.append(Participant(person=p, role="participant"))


def _common_word(name: str) -> bool:
    """A one-word "name" that is a fairly common English word and no given name."""
    words = name.split()
    return len(words) == 1 and zipf(words[0].lower()) >= 3.0 and not is_given_name(words[0])


def also_with(out: DocumentExtraction, views: list[SentenceView]) -> None:
    for v in views:
        m = ALSO_WITH.search(v.sentence.text)
        if m is None or PLANNED.search(v.sentence.text):
            continue
        at = v.sentence.start + m.start()
        joining = {p.entity for p in v.people if p.entity is not None and p.end <= at}
        told = [e for e in out.events if v.sentence.index - 3 <= e.sent < v.sentence.index]
        told = [e for e in told if e.kind != "call" and e.sent == max(k.sent for k in told)]
        for ev in told:
            for p in sorted(joining - ev.people()):
                ev.participants.append(Participant(person=p, role="participant"))


def background_joiners(out: DocumentExtraction, views: list[SentenceView]) -> None:
    for ev in out.events:
        v = views[ev.sent] if 0 <= ev.sent < len(views) else None
        if v is None or not BACKGROUND.match(v.sentence.text):
            continue
        main = [
            o
            for o in out.events
            if o.sent < ev.sent
            and o.kind != "call"
            and not BACKGROUND.match(views[o.sent].sentence.text)
        ]
        if not main:
            continue
        here = {m.entity for m in v.people}
        later = {m.entity for w in views[ev.sent + 1 :] for m in w.people}
        moved = {p for p in ev.people() if p not in here and p in later}
        if not moved or len(ev.people() - moved) < 2:
            continue
        target = max(main, key=lambda o: o.start)
        for p in sorted(moved):
            if p not in target.people():
                target.participants.append(Participant(person=p, role="participant"))
        ev.participants = [p for p in ev.participants if p.person not in moved]


def late_dates(out: DocumentExtraction, published: str | None) -> None:
    if not published or len(published) < 10:
        return
    for ev in out.events:
        if not ev.date or ev.date_source != "sentence":
            continue
        if ev.date <= published[: len(ev.date)]:
            continue
        # the same people's encounter told before with a possible date: that one's day
        told = [
            o
            for o in out.events
            if o.start < ev.start
            and o.date
            and o.date <= published[: len(o.date)]
            and len(o.people() & ev.people()) >= 2
        ]
        if told:
            last = max(told, key=lambda o: o.start)
            ev.date, ev.date_precision, ev.date_source = last.date, last.date_precision, "context"
        else:
            ev.date, ev.date_precision, ev.date_source = None, "unknown", "none"
