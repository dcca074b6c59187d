"""Encounters told as nouns or with pronouns (part of the discourse step, ingest/discourse.py).

- "In a separate call-on by Ambassador A, the Prime Minister stressed ...": A met the person
  the main clause is about (named, a role resolved to a person, or "he"/"she": the story's
  protagonist).
- "He was speaking to B, who called on him at his office": B met the protagonist.
- "The visit follows a telephone conversation on 3 March in which the two leaders ...": an
  earlier, dated encounter of the two people of the encounter just told (a flashback: it
  neither takes nor sets the story's day).

An encounter already told with the same people is not told again."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.schema import (
    DocumentExtraction,
    ExtractedEvent,
    Participant,
    PersonMention,
)

if TYPE_CHECKING:
    from ingest.events import SentenceView

_NOUN = (
    r"(?:separate\s+|courtesy\s+|bilateral\s+|farewell\s+|introductory\s+|brief\s+)?"
    r"(?:call-on|call\s+on\s+him|call\s+on\s+her|courtesy\s+call|meeting|audience|talks"
    r"|conversation|discussion)"
)
# "In a separate call-on by A, ...", "During a meeting with A, ..."
NOUN_OPENER = re.compile(
    # "Meanwhile, in his meeting with A, he ...": a connective may open the sentence
    r"^(?:(?:meanwhile|separately|also|later|earlier|then|and|but)\s*,?\s+)?"
    rf"(?:in|during|at)\s+(?:a|an|another|the|his|her)\s+{_NOUN}\s+(?:by|with|from|between)\s+",
    re.I,
)
# "He was talking to B", "She was speaking with B"
PRONOUN_TALK = re.compile(
    r"^(?:he|she)\s+(?:was|had\s+been)\s+(?:talking|speaking)\s+(?:to|with)\s+", re.I
)
# "The meeting follows a phone conversation on Feb. 15 where the two ..."
FOLLOWS = re.compile(
    r"\b(?:follows|followed|comes\s+after|came\s+after|following|after)\s+(?:a|an|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>(?:tele)?phone\s+(?:call|conversation)|video\s+(?:call"
    r"|conference)|call|conversation|meeting|talks)\s+(?:on|in)\s+",
    re.I,
)
# "At their first summit at the X estate in June, the two leaders agreed ...": an earlier
# encounter of the two people just told, dated inside the opening phrase
THEIR_EARLIER = re.compile(
    r"^(?:at|during|in)\s+their\s+(?:first|last|previous|earlier|inaugural)\s+"
    r"(?P<noun>summit|meeting|talks|encounter|call|conversation)\b(?P<span>[^,;]{0,80})",
    re.I,
)
ROLE_SUBJECT = re.compile(r"(?:the|his|her)\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\b")
OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.I)
RECENT = 5  # sentences within which a noun refers back to the encounter just told
CALLISH = re.compile(r"\b(?:phone|telephone|video|call)\b", re.I)
PRONOUN = re.compile(r"^(?:he|she)\b", re.I)


def noun_encounters(out: DocumentExtraction, views: list[SentenceView], text: str) -> None:
    protagonist: int | None = None
    added: list[ExtractedEvent] = []
    for v in views:
        s = v.sentence
        body = s.text.lstrip(" \"'“‘(")
        lead = len(s.text) - len(body)
        people = [p for p in v.people if p.entity is not None]
        m = NOUN_OPENER.match(body)
        opener_host: int | None = None
        if m:
            comma = body.find(",", m.end())
            inside = [p for p in people if p.start < s.start + lead + (comma if comma > 0 else 0)]
            after = [p for p in people if comma > 0 and p.start > s.start + lead + comma]
            guest = inside[0].entity if inside else None
            host = after[0].entity if after else None
            if len(inside) >= 2:  # "In a call by X on Y, ...", "During talks between X and Y, ..."
                host = inside[1].entity
            rest = body[comma + 1 :].lstrip() if comma > 0 else ""
            if host is None and rest:
                host = _titled(out, rest, guest)
                if host is None and PRONOUN.match(rest):
                    host = protagonist
            _add(out, added, v, guest, host, "meeting", "meeting:noun-opener")
            opener_host = host
        m = PRONOUN_TALK.match(body)
        if m and protagonist is not None:
            at = s.start + lead + m.end()
            # "talking to the Ambassador of Ruritania, Jan Roe": a country after "of" is none
            obj = next(
                (p for p in people if p.start >= at and not _country_of(p, text, at)),
                None,
            )
            _add(out, added, v, protagonist, obj.entity if obj else None, "meeting",
                 "meeting:pronoun")  # fmt: skip
        f = FOLLOWS.search(s.text) or THEIR_EARLIER.match(body)
        if f and f.re is THEIR_EARLIER:
            f = THEIR_EARLIER.match(s.text)  # offsets into the sentence, as for FOLLOWS
        if f:
            _follows(out, added, v, f)
        subject = _subject(people, s.text, s.start)
        if opener_host is not None:
            subject = opener_host  # "In his meeting with X, Y said": Y, not X, is the subject
        if subject is not None:
            protagonist = subject
    if added:
        out.events.extend(added)
        out.events.sort(key=lambda e: (e.sent, e.start))


def _country_of(p: PersonMention, text: str, at: int) -> bool:
    """A bare name right after "of" ("Ambassador of Ruritania") names a country, not a person
    (a mention with a title of its own before the name is a person)."""
    bare = text[p.start : p.end].strip() == p.name
    return bare and bool(OF_BEFORE.search(text[at : p.start]))


def _titled(out: DocumentExtraction, rest: str, guest: int | None) -> int | None:
    """ "..., the Prime Minister highlighted": the one other person of the article with that
    title."""
    m = ROLE_SUBJECT.match(rest)
    if m is None:
        return None
    role = m.group(1).lower()
    who = [
        e.index
        for e in out.entities
        if e.index != guest and any(t.lower() == role for t in e.titles)
    ]
    return who[0] if len(who) == 1 else None


def _subject(people: list[PersonMention], text: str, start: int) -> int | None:
    """The person a sentence is about: its first named person, unless a pronoun comes first."""
    if not people:
        return None
    first = people[0]
    if re.search(r"\b(?:he|she)\b", text[: first.start - start], re.I):
        return None
    return first.entity


def _add(
    out: DocumentExtraction,
    added: list[ExtractedEvent],
    v: SentenceView,
    a: int | None,
    b: int | None,
    kind: str,
    rule: str,
) -> None:
    if a is None or b is None or a == b:
        return
    if any(
        {a, b} <= ev.people() and 0 <= v.sentence.index - ev.sent <= RECENT
        for ev in out.events + added
    ):
        return  # told already ("During the meeting with X, ..." after "X met Y")
    s = v.sentence
    date = next((d for d in v.dates if d.value), None)
    added.append(
        ExtractedEvent.told_in(
            s,
            kind=kind,
            rule=rule,
            date=date,
            confidence=0.75,
            participants=[Participant(person=a, role="guest"), Participant(person=b, role="host")],
        )
    )


def _follows(
    out: DocumentExtraction, added: list[ExtractedEvent], v: SentenceView, f: re.Match[str]
) -> None:
    """ "The meeting follows a phone conversation on Feb. 15 where the two ...": an earlier
    encounter of the two people of the encounter last told."""
    s = v.sentence
    at = s.start + (f.end() if f.re is FOLLOWS else f.start("span"))
    # "At their first summit at X in June, ...": the date anywhere in the opening phrase
    reach = at + 3 if f.re is FOLLOWS else s.start + f.end("span")
    date = next((d for d in v.dates if d.value and at - 1 <= d.start <= reach), None)
    if date is None:
        return
    told = [ev for ev in out.events + added if ev.sent <= s.index and len(ev.people()) >= 2]
    if not told:
        return
    last = max(told, key=lambda e: (e.sent, e.start))
    if len(last.people()) != 2 or (last.date and last.date[: len(date.value or "")] == date.value):
        return
    if any(ev.people() == last.people() and ev.date == date.value for ev in out.events + added):
        return
    kind = "call" if CALLISH.search(f.group("noun")) else "meeting"
    added.append(
        ExtractedEvent.told_in(
            s,
            kind=kind,
            rule=f"{kind}:earlier-encounter-noun",
            date=date,
            confidence=0.7,
            participants=[Participant(person=p) for p in sorted(last.people())],
        )
    )
