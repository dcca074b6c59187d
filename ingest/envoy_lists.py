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
- "... for H's first credentials ceremonies" names the host of the lists that follow;
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
    r"|\baccredit(?:ed|s)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:ambassadors|envoys|high commissioners)\b"
    # "H hosted two outgoing ambassadors in farewell audiences" / "... were received in
    # farewell audiences by H": one audience for each envoy
    r"|\b(?:hosted|hosts|received|receives)\s+(?:[\w-]+\s+){0,4}?in\s+(?:separate\s+)?"
    r"(?:farewell|courtesy|introductory|separate)\s+(?:audiences|calls|meetings)\b",
    re.I,
)
# the host after "by" when the ceremony is told in the passive
BY_HOST = re.compile(r"\bby\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")
# "two outgoing ambassadors": a counted group whose members the next sentences may name
COUNTED_GROUP = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ambassadors|envoys|high commissioners|heads of (?:diplomatic )?missions?)\b",
    re.I,
)
# a member told as the subject: "Dr. A of (the Republic of) P thanked the President"
MEMBER_OF = re.compile(r"^\s*(?:of|from)\s+(?:the\s+)?(?:Republic\s+of\s+)?[A-Z]")
HONORIFIC = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Amb|Hon)\b\.?")
# the host named back by a title ("thanked the President")
HOST_TITLE = re.compile(
    r"\bthe\s+(?:President|Vice[- ]President|Head of State|Prime Minister|Governor[- ]General"
    r"|King|Minister|Foreign Minister|Chief Executive)\b"
)
# the words of a ceremony (a later list sentence need not repeat them)
CEREMONY = re.compile(rf"{CREDENTIALS}|\baccredit|\b(?:courtesy|farewell) calls\b", re.I)
# "The envoys who presented their credentials were", "The envoys also included"
LIST_INTRO = re.compile(
    r"\b(?:envoys|ambassadors|heads of (?:diplomatic )?missions?|diplomats|high commissioners)\b"
    r"[^.;]{0,80}?\b(?:were|are|included|include)\b"
    r"|^(?:they|these)\s+(?:were|are|included|include)\b",  # "They include A of P, B of Q"
    re.I,
)
NUMBERS = {
    w: k
    for k, w in enumerate(
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], 2
    )
}
# "H's credentials ceremony", "H's first credentials ceremonies": H receives the envoys
OWN_CEREMONY = re.compile(
    r"['’]s?\s+(?:first\s+|annual\s+)?(?:credentials?|credence)\s+ceremon(?:y|ies)\b", re.I
)
# a clause about something else after the ceremony: ", where ...", ", as is custom ..."
ASIDE = re.compile(r",\s+(?:where|as is|as was|which|whose)\b", re.I)
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
        self.pending = 0  # envoys of a counted group not yet named

    def sentence(self, finder: EventFinder, view: SentenceView) -> bool:
        s = view.sentence
        text = s.text
        cue = PRESENTED_TO.search(text) or RECEIVED.search(text)
        if cue is None and self._owner(finder, view):
            return False  # "H's credentials ceremonies": the host of the lists to come
        if cue is None and not self._continues(view) and not self._member(finder, view):
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
        aside = ASIDE.search(text, cue.end() if cue is not None else 0)
        end = s.start + aside.start() if aside else s.end  # ", where Z is head of state"
        envoys = [
            p
            for p in unique_people(finder._people_in(view, s.start, end))
            if p.entity != host.entity
            and not finder._speaker(p)
            and not _counted(finder, p)
            and p.kind == "name"
        ]
        if not envoys:
            # the ceremony is told (its envoys may come in a later list): no encounter yet
            group = COUNTED_GROUP.search(text) if cue is not None else None
            if group is not None:
                word = group.group(1).lower()
                self.pending = int(word) if word.isdigit() else NUMBERS.get(word, 0)
            return cue is not None
        self.pending = max(0, self.pending - len(envoys))
        for p in envoys:
            count = len(finder.events)
            finder._make(
                view, "meeting", "host_first", [host], [p], self.date, self.place, s.start, s.end
            )
            if len(finder.events) > count:
                finder.events[-1].rule = "meeting:envoy-list"
        finder.prev_subject, finder.last_subject = finder.last_subject, host
        return True

    def _owner(self, finder: EventFinder, view: SentenceView) -> bool:
        """ "Government House welcomed envoys for Dame H's first credentials ceremonies":
        H hosts the ceremony whose envoys the next sentences name."""
        s = view.sentence
        m = OWN_CEREMONY.search(s.text)
        if m is None:
            return False
        at = s.start + m.start()
        owner = [p for p in view.people if p.entity is not None and 0 <= at - p.end <= 1]
        if not owner:
            return False
        self.host, self.last = owner[0], s.index
        self.date = finder._date_in(view, s.start, s.end)
        self.place = finder._place_in(view, s.start, s.end)
        return True

    def _continues(self, view: SentenceView) -> bool:
        """A list sentence of the ceremony just told ("the envoys were ...", a bullet)."""
        if self.host is None or view.sentence.index - self.last > SPAN:
            return False
        text = view.sentence.text
        return bool(BULLET.match(text) or LIST_INTRO.search(text) or CEREMONY.search(text))

    def _member(self, finder: EventFinder, view: SentenceView) -> bool:
        """ "Two outgoing ambassadors were hosted by H. Dr. A of P thanked the President":
        a sentence led by one of the counted envoys, addressed to the host."""
        if self.pending <= 0 or self.host is None or view.sentence.index - self.last > SPAN:
            return False
        s = view.sentence
        people = [p for p in view.people if p.entity is not None]
        if not people or people[0].kind != "name" or people[0].entity == self.host.entity:
            return False
        lead = people[0]
        if re.search(r"[a-z]", HONORIFIC.sub("", finder.text[s.start : lead.start])):
            return False  # not the sentence's subject
        if not MEMBER_OF.match(finder.text[lead.end : lead.end + 40]):
            return False
        rest = s.text[lead.end - s.start :]
        return bool(HOST_TITLE.search(rest)) or any(
            p.entity == self.host.entity for p in people[1:]
        )

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
        # "... were hosted in farewell audiences at the State House by President H"
        passive = [
            p
            for p in finder._people_in(view, e, s.end)
            if p.kind == "name" and BY_HOST.search(finder.text[max(0, p.start - 60) : p.start])
        ]
        if passive:
            return passive[0]
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
