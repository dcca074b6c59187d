"""Encounters of a visit told about "the visitor" without naming them again (wired in
ingest/extract.py after the readout steps, before the events are dated from their context):

- `story_visitor`: the one person the article follows on a trip: the guest of its visit
  events, else the only person ever cast as a guest.
- `passive_welcomes`: "During her stay, the speaker was received at the palace by the
  President of Ruritania, A", "He was extended a warm welcome by Governor B", "The
  Ruritanian premier was warmly received by Minister C": the visitor met the people named
  after "by" (a nationality word in the subject must be the visitor's).
- `two_leaders`: "D attended E's inauguration on Sunday. The two leaders then held talks
  after the ceremony.": the two people of the sentence before (or its one person and the
  visitor the sentence's subject stands for) met.
- `hosted_meals`: "F attended a dinner hosted by President G": an encounter of F and G.
- `other_trips`: "A called B days after Minister C's visit to the capital": C's trip only
  dates the encounter; C is no participant of it.
- `neighbour_days`: "The day before, ...", "Earlier in the day, ...": the day next to (or
  the same as) the encounter told just before."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import TYPE_CHECKING

from ingest.schema import DocumentExtraction, ExtractedEvent, Participant, PersonMention

if TYPE_CHECKING:
    from ingest.dates import DateRef
    from ingest.events import SentenceView

# "the speaker was received ... by", "He was extended a warm welcome by", "was greeted by"
PASSIVE = re.compile(
    r"^(?:(?:during|on|upon|after)\s+[^,]{1,60},\s*)?(?P<subj>(?:he|she|the\s+[^,;]{1,60}?))\s+"
    r"(?:was|were)\s+(?:also\s+|later\s+|then\s+)?(?:warmly\s+|cordially\s+)?"
    r"(?:received|welcomed|greeted|extended\s+an?\s+(?:warm\s+|cordial\s+)?(?:welcome|reception))"
    r"\b[^.;]{0,140}?\bby\b",
    re.I,
)
UNREAL = re.compile(
    r"\b(?:will|would|shall|is\s+to|are\s+to|expected|scheduled|slated|set\s+to|due\s+to"
    r"|plans?\s+to)\b",
    re.I,
)
# "The two leaders then held talks", "Both leaders also had a bilateral meeting"
TWO_LEADERS = re.compile(
    r"^(?:the\s+two|both)\s+(?:leaders|presidents|prime\s+ministers|ministers|sides|heads)\s+"
    r"(?:then\s+|also\s+|later\s+|subsequently\s+)*(?:held|had)\s+(?:a\s+|their\s+)?"
    r"(?:bilateral\s+|separate\s+|private\s+|one-on-one\s+|closed-door\s+)?"
    r"(?:talks|meeting|discussions?|consultations)\b",
    re.I,
)
# "F attended a dinner hosted by G", "attended the state banquet given by G"
# "the following day" closing a sentence: the day after the one that sentence names
NEXT_DAY = re.compile(r"\b(?:the\s+following|the\s+next)\s+day\b", re.I)
# "The day before, ...", "The next day, ...": a day next to the encounter told just before
NEIGHBOUR = re.compile(
    r"^(?:(?P<before>the\s+day\s+before|the\s+previous\s+day|a\s+day\s+earlier)"
    r"|(?P<after>the\s+(?:following|next)\s+day|a\s+day\s+later))\b",
    re.I,
)
# "Earlier in the day, ...": the day told just before goes on
SAME_DAY_OPEN = re.compile(r"^(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+day\b", re.I)
# "days after Minister C's visit to ...": someone else's trip that only dates the encounter
TRIP_BEFORE = re.compile(r"\b(?:after|before|since|following|ahead\s+of)\s+[^.;]{0,60}$", re.I)
TRIP_AFTER = re.compile(
    r"^(?:[’']s?)?\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|arrival|departure|stay)\b", re.I
)
MEAL_HOSTED = re.compile(
    r"\battended\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:dinner|banquet|luncheon|lunch|breakfast"
    r"|reception)\s+(?:hosted|given|offered|held)\s+(?:in\s+(?:his|her|their)\s+honou?r\s+)?by\b",
    re.I,
)


def _named(v: SentenceView, lo: int = 0, hi: int | None = None) -> list[PersonMention]:
    hi = v.sentence.end if hi is None else hi
    return [
        p
        for p in v.people
        if p.kind == "name" and p.entity is not None and lo <= p.start and p.end <= hi
    ]


def story_visitor(out: DocumentExtraction) -> int | None:
    visits = Counter(
        p.person
        for ev in out.events
        if ev.kind == "visit"
        for p in ev.participants
        if p.role == "guest" and p.person is not None
    )
    if len(visits) == 1:
        return next(iter(visits))
    guests = Counter(
        p.person
        for ev in out.events
        for p in ev.participants
        if p.role == "guest" and p.person is not None
    )
    return next(iter(guests)) if len(guests) == 1 else None


def _already(out: DocumentExtraction, people: set[int], sent: int) -> bool:
    return any(people <= ev.people() and abs(ev.sent - sent) <= 1 for ev in out.events)


def _add(
    out: DocumentExtraction,
    v: SentenceView,
    people: list[int],
    rule: str,
    kind: str = "meeting",
    date: DateRef | None = None,
) -> None:
    out.events.append(
        ExtractedEvent.told_in(
            v.sentence,
            kind=kind,
            rule=rule,
            date=date or next((d for d in v.dates if d.value), None),
            confidence=0.7,
            participants=[Participant(person=e) for e in dict.fromkeys(people)],
        )
    )


def passive_welcomes(out: DocumentExtraction, views: list[SentenceView]) -> None:
    visitor = story_visitor(out)
    if visitor is None:
        return
    country = out.entities[visitor].country
    for v in views:
        s = v.sentence
        m = PASSIVE.match(s.text)
        if m is None or UNREAL.search(s.text[: m.end()]):
            continue
        subj_end = s.start + m.end("subj")
        if _named(v, s.start, subj_end):
            continue  # a named subject: the ordinary verb rules tell it
        demonyms = {c for st, c in v.countries if s.start + m.start("subj") <= st < subj_end}
        if demonyms and country not in demonyms:
            continue  # "the Ruritanian minister": someone else than the visitor
        hosts = [p.entity for p in _named(v, s.start + m.end()) if p.entity != visitor]
        if not hosts:
            continue
        people = [visitor, *hosts]
        if _already(out, set(people), s.index):  # type: ignore[arg-type]
            continue
        _add(out, v, people, "visit:passive-welcome", kind="visit")  # type: ignore[arg-type]


def two_leaders(out: DocumentExtraction, views: list[SentenceView]) -> None:
    visitor = story_visitor(out)
    for v in views:
        s = v.sentence
        if not TWO_LEADERS.match(s.text) or _named(v) or s.index == 0:
            continue
        prev = views[s.index - 1]
        names = list(dict.fromkeys(p.entity for p in _named(prev) if p.titles or p.country))
        if len(names) == 1 and visitor is not None and names[0] != visitor:
            names = [visitor, names[0]]  # "The Prime Minister attended X with A": the visitor
        if len(names) != 2:
            continue
        if _already(out, set(names), s.index):  # type: ignore[arg-type]
            continue
        dated = [d for d in prev.dates if d.value]
        date = next((d for d in v.dates if d.value), None) or (dated[-1] if dated else None)
        _add(out, v, names, "meeting:two-leaders", date=date)  # type: ignore[arg-type]
        later = prev.sentence.text[date.end - prev.sentence.start :] if date else ""
        if date is not None and date in dated and NEXT_DAY.search(later):
            ev = out.events[-1]
            ev.date, ev.date_source = _shift(ev.date, 1), "context"


def _shift(value: str | None, days: int) -> str | None:
    if not value or len(value) != 10:
        return value
    return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()


def neighbour_days(out: DocumentExtraction, views: list[SentenceView]) -> None:
    for ev in out.events:
        text = views[ev.sent].sentence.text
        m = NEIGHBOUR.match(text)
        same = SAME_DAY_OPEN.match(text) and not any(d.value for d in views[ev.sent].dates)
        if (m is None or ev.date_precision == "day") and not same:
            continue
        before = [o for o in out.events if o.sent < ev.sent and o.date_precision == "day"]
        if not before:
            continue
        last = max(before, key=lambda o: o.sent)
        if ev.sent - last.sent > (6 if same else 2):
            continue
        if same:  # "Earlier in the day, ...": the day of the encounter told before
            ev.date, ev.date_precision, ev.date_source = last.date, "day", "context"
            continue
        ev.date = _shift(last.date, -1 if m and m.group("before") else 1)
        ev.date_precision, ev.date_source = "day", "context"


def hosted_meals(out: DocumentExtraction, views: list[SentenceView]) -> None:
    for v in views:
        s = v.sentence
        m = MEAL_HOSTED.search(s.text)
        if m is None or UNREAL.search(s.text[: m.start()]):
            continue
        guests = _named(v, s.start, s.start + m.start())
        hosts = _named(v, s.start + m.end())
        if not guests or not hosts:
            continue
        people = [guests[-1].entity, hosts[0].entity]
        if people[0] == people[1] or _already(out, set(people), s.index):  # type: ignore[arg-type]
            continue
        _add(out, v, people, "meeting:hosted-meal")  # type: ignore[arg-type]


def other_trips(out: DocumentExtraction, views: list[SentenceView]) -> None:
    for ev in out.events:
        v = views[ev.sent]
        s = v.sentence
        gone: set[int] = set()
        for person in ev.people():
            spots = [
                (s.text[: p.start - s.start], s.text[p.end - s.start :])
                for p in v.people
                if p.entity == person
            ]
            if spots and all(
                TRIP_BEFORE.search(before) and TRIP_AFTER.match(after) for before, after in spots
            ):
                gone.add(person)
        if gone and len(ev.people() - gone) >= 2:
            ev.participants = [p for p in ev.participants if p.person not in gone]
