"""Envoys received one by one: credentials ceremonies and rounds of courtesy calls.

A head of state who receives the credentials of several new ambassadors, or an official on
whom several heads of mission pay courtesy calls, meets each of them: one encounter per
envoy, never one encounter of all the envoys with each other. Government readouts tell it
in a few shapes, all read here (wired in ingest/extract.py before the counterpart lists):

- "A, B and C presented their credentials to President H" (the host after "to");
- "President H received the credentials of the ambassadors of P, A, Q, B" / "H accredited
  four ambassadors" / "the President accepted credentials from ..." (the host is the
  subject, or the host of the ceremony already told when the subject is only a title);
- "Nine heads of mission paid courtesy calls on H" (the host after "on");
- then lists that continue the ceremony: "The envoys who presented their credentials were
  A, B and C", "The envoys also included D", and bulleted lines ("- His Excellency E,
  Ambassador of Q").

`EnvoyLists.sentence(finder, view)` takes such a sentence over (True) and makes, through
the event finder's own `_make`, one encounter of the host with each envoy; any other
sentence is left to the usual reading (False). The ceremony's date and place carry over to
its later list sentences that name none."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.dates import DateRef
from ingest.event_patterns import PRONOUN
from ingest.schema import PersonMention, PlaceMention, unique_people

if TYPE_CHECKING:
    from ingest.events import EventFinder, SentenceView

CREDENTIALS = r"(?:(?:his|her|their|its|the)\s+)?(?:letters?\s+of\s+credence|credentials|credence)"
# "A presented their credentials to H": the host follows "to"
PRESENTED_TO = re.compile(
    rf"\bpresent(?:ed|s|ing)?\s+{CREDENTIALS}\s+to\s+|\bpaid\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:courtesy|farewell|introductory)\s+calls\s+on\s+",
    re.I,
)
# "H received the credentials of ...", "H accredited four new ambassadors": the host is the subject
RECEIVED = re.compile(
    rf"\b(?:received|receives|accepted|accepts|receiving|accepting)\s+(?:[\w-]+\s+){{0,4}}?"
    rf"(?:the\s+)?{CREDENTIALS}\b"
    r"|\baccredit(?:ed|s)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:ambassadors|envoys|high commissioners)\b",
    re.I,
)
# the words of a ceremony (a later list sentence need not repeat them)
CEREMONY = re.compile(rf"{CREDENTIALS}|\baccredit|\b(?:courtesy|farewell) calls\b", re.I)
# "The envoys who presented their credentials were", "The envoys also included"
LIST_INTRO = re.compile(
    r"\b(?:envoys|ambassadors|heads of (?:diplomatic )?missions?|diplomats|high commissioners)\b"
    r"[^.;]{0,80}?\b(?:were|are|included|include)\b",
    re.I,
)
BULLET = re.compile(r"^\s*[-–—•*]\s+")
# a ceremony's later lists come within this many sentences of its last sentence
SPAN = 8
NUMBER_WORD = re.compile(
    r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b", re.I
)


class EnvoyLists:
    """The ceremony being told: its host, date and place, and its last sentence."""

    def __init__(self) -> None:
        self.host: PersonMention | None = None
        self.date: DateRef | None = None
        self.place: PlaceMention | None = None
        self.last = -100

    def sentence(self, finder: EventFinder, view: SentenceView) -> bool:
        s = view.sentence
        text = s.text
        cue = PRESENTED_TO.search(text) or RECEIVED.search(text)
        if cue is None and not self._continues(view):
            return False
        host = self._host(finder, view, cue) if cue is not None else self.host
        if host is None or host.entity is None:
            return False
        date = finder._date_in(view, s.start, s.end)
        place = finder._place_in(view, s.start, s.end)
        if host.entity != _entity(self.host):
            self.date, self.place = date, place  # another ceremony
        else:
            self.date, self.place = date or self.date, place or self.place
        self.host, self.last = host, s.index
        envoys = [
            p
            for p in unique_people(finder._people_in(view, s.start, s.end))
            if p.entity != host.entity
            and not finder._speaker(p)
            and not _counted(finder, p)
            and p.kind == "name"
        ]
        if not envoys:
            # the ceremony is told (its envoys may come in a later list): no encounter yet
            return cue is not None
        for p in envoys:
            count = len(finder.events)
            finder._make(
                view, "meeting", "host_first", [host], [p], self.date, self.place, s.start, s.end
            )
            if len(finder.events) > count:
                finder.events[-1].rule = "meeting:envoy-list"
        finder.prev_subject, finder.last_subject = finder.last_subject, host
        return True

    def _continues(self, view: SentenceView) -> bool:
        """A list sentence of the ceremony just told ("the envoys were ...", a bullet)."""
        if self.host is None or view.sentence.index - self.last > SPAN:
            return False
        text = view.sentence.text
        return bool(BULLET.match(text) or LIST_INTRO.search(text) or CEREMONY.search(text))

    def _host(
        self, finder: EventFinder, view: SentenceView, cue: re.Match[str]
    ) -> PersonMention | None:
        s = view.sentence
        b, e = s.start + cue.start(), s.start + cue.end()
        if cue.re is PRESENTED_TO:
            if "calls" in cue.group(0).lower() and (
                PRONOUN.search(s.text[: cue.start()])
                or any(_a_person(finder, p) for p in finder._people_in(view, s.start, b))
            ):
                return None  # "He paid courtesy calls on A and B": one caller, several hosts
            after = [p for p in view.people if p.entity is not None and e <= p.start <= e + 60]
            return after[0] if after else None
        before = [
            p
            for p in finder._people_in(view, s.start, b)
            if not finder._speaker(p) and not _counted(finder, p)
        ]
        if before:
            return before[-1]
        # "The Angolan statesman received the credentials ...": the ceremony's host so far
        if self.host is not None and s.index - self.last <= SPAN:
            return self.host
        return None


def _counted(finder: EventFinder, p: PersonMention) -> bool:
    """ "Nine Heads of Mission": a counted group the name finder took for a person."""
    name = finder.entities[p.entity].name if p.entity is not None else p.name
    return bool(NUMBER_WORD.match(name or "") or NUMBER_WORD.match(p.name or ""))


def _a_person(finder: EventFinder, p: PersonMention) -> bool:
    """A real person's name (not "Nine Heads", not "Diplomatic Mission")."""
    from ingest.person_filter import judge

    name = finder.entities[p.entity].name if p.entity is not None else p.name
    return not _counted(finder, p) and judge(name).keep


def _entity(p: PersonMention | None) -> int | None:
    return p.entity if p is not None else None
