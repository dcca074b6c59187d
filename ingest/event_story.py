"""The story side of event finding (mixed into ingest/events.py's EventFinder): making and
merging events, back-references ("the meeting", "they last met in May"), flashbacks, people
who join a told encounter, and "a day after meeting Z"."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ingest.dates import DateRef, compatible
from ingest.event_patterns import (
    ACCOMPANIED,
    AFTER_MEETING,
    ALSO_THERE,
    ANAPHORIC,
    CALL_WORDS,
    CHAIN,
    EARLIER,
    INVITED,
    JOINERS,
    OWN_MEAL,
    PAIR_SUBJECT,
    RECENT,
)
from ingest.list_items import semicolons_split
from ingest.reporters import reports
from ingest.schema import ExtractedEvent, Participant, PersonEntity, PersonMention, PlaceMention
from ingest.story_rules import AUDIENCE_INCLUDED, separate_series
from ingest.story_state import PLANNED, STRAND, VISIT_SCOPE

if TYPE_CHECKING:
    from ingest.events import SentenceView


class EventStory:
    entities: list[PersonEntity]
    text: str
    events: list[ExtractedEvent]
    current: int | None
    current_sent: int
    touched: dict[int, int]

    if TYPE_CHECKING:  # provided by ingest.events.EventFinder

        def _people_in(self, view: SentenceView, start: int, end: int) -> list[PersonMention]: ...

        def _date_in(
            self,
            view: SentenceView,
            start: int,
            end: int,
            at: int | None = None,
            at_end: int = 0,
        ) -> DateRef | None: ...

        def _place_in(self, view: SentenceView, start: int, end: int) -> PlaceMention | None: ...

        def _trigger(
            self,
            view: SentenceView,
            b: int,
            e: int,
            kind: str,
            roles: str,
            limit: int | None = None,
            given: list[PersonMention] | None = None,
        ) -> tuple[bool, list[PersonMention]]: ...

    def _after_meeting(
        self, view: SentenceView, e: int, hi: int, subjects: list[PersonMention]
    ) -> None:
        """ "X met Y on Tuesday, a day after meeting Z": X's earlier encounter with Z, a day
        (or some time: the same month) before this one."""
        s = view.sentence
        am = AFTER_MEETING.search(s.text, e, hi)
        if am is None or self.current is None or not subjects:
            return
        main, count = self.events[self.current], len(self.events)
        self._trigger(view, am.start("verb"), am.end("verb"), "meeting", "sym", None, subjects)
        if len(self.events) == count or not main.date:
            return
        new = self.events[-1]
        n = {"a": 1, "one": 1, "two": 2, "three": 3}.get((am.group("n") or "").lower())
        n = n or (int(am.group("n")) if am.group("n") and am.group("n").isdigit() else None)
        if n and main.date_precision == "day":
            day = dt.date.fromisoformat(main.date) - dt.timedelta(days=n)
            new.date, new.date_precision = day.isoformat(), "day"
        else:
            new.date, new.date_precision = main.date[:7], "month"
        new.date_source = "sentence"
        self.current = self.events.index(main)

    def _flashback(self) -> None:
        """The event just made is an earlier encounter ("had last met in March"): a following
        "the meeting" still refers to the story's main event."""
        if len(self.events) >= 2 and self.current == len(self.events) - 1:
            self.current = len(self.events) - 2

    @staticmethod
    def _chained(
        text: str, found: list[tuple[int, int, str, str]], e: int
    ) -> list[tuple[int, tuple[int, int, str, str]]]:
        """Later triggers in coordinated clauses of the same subject ("X called on A and was
        then received by B"): (where the first clause ends, trigger)."""
        out: list[tuple[int, tuple[int, int, str, str]]] = []
        for f in sorted(f for f in found if f[0] > e):
            b2 = f[0]
            if out and b2 <= out[-1][1][1]:
                continue
            m = CHAIN.search(text, e, b2)
            if m is None or m.end() != b2:
                continue
            out.append((m.start(), f))
        return out

    def _told_again(self, view: SentenceView, b: int, e: int) -> bool:
        """ "The opening session was addressed by X and Y" after the summit was told: more
        participants of the recent summit."""
        recent = self._recent(view)
        text = view.sentence.text
        return (
            recent is not None
            and recent.kind == "summit"
            and bool(re.search(r"\b(?:addressed|attended|opened)\s+by$", text[b:e]))
            and bool(re.search(r"\b(?:the|its|this|that)\s+(?:[\w-]+\s+){0,2}$", text[:b], re.I))
        )

    @staticmethod
    def _anaphoric(text: str, b: int, e: int) -> bool:
        return (
            text[b:e].lower().startswith(("meeting", "talks", "signing"))
            and not re.match(r"\s+(?:between|with)\b", text[e:])  # "the meeting between X and Y"
            and bool(ANAPHORIC.search(text[:b]))
            and not re.search(r"\b(?:his|her|their)\s+$", text[:b])
        )

    def _new(
        self,
        view: SentenceView,
        kind: str,
        date: DateRef | None,
        place: PlaceMention | None,
        start: int,
        end: int,
        rule: str,
    ) -> ExtractedEvent:
        s = view.sentence
        if kind == "talks" and CALL_WORDS.search(s.text):
            kind = "call"  # "spoke with X by video call"
        if kind == "call":
            place = None  # "spoke by phone about the fighting in Gaza": a call has no one place
        ev = ExtractedEvent(
            kind=kind,  # type: ignore[arg-type]
            quote=s.text,
            start=s.start,
            end=s.end,
            sent=s.index,
            rule=rule,  # type: ignore[arg-type]
            date=date.value if date else None,
            date_precision=date.precision if date else "unknown",
            date_source="sentence" if date else "none",
            place=place,
            host_country=place.country if place else None,
            confidence=0.85 if date else 0.8,
        )
        self.events.append(ev)
        self.current, self.current_sent = len(self.events) - 1, s.index
        return ev

    def _make(
        self,
        view: SentenceView,
        kind: str,
        roles: str,
        subj: list[PersonMention],
        objects: list[PersonMention],
        date: DateRef | None,
        place: PlaceMention | None,
        start: int,
        end: int,
    ) -> None:
        people = {p.entity for p in subj + objects}
        role_of: dict[int, str] = {}
        for p in subj:
            assert p.entity is not None
            role_of[p.entity] = {"host_first": "host", "guest_first": "guest"}.get(
                roles, "participant"
            )  # type: ignore[index]
        for p in objects:
            assert p.entity is not None
            if p.entity not in role_of:
                role_of[p.entity] = {"host_first": "guest", "guest_first": "host"}.get(
                    roles, "participant"
                )  # type: ignore[index]
        # "Z also received the guest": another host of the visit just told, one event
        recent = self._recent(view)
        if (
            recent is not None
            and roles == "host_first"
            # "Z also received the guest", "Z was also present at the palace to receive him"
            and (
                re.search(r"\balso\s+$", self.text[view.sentence.start : start])
                or ALSO_THERE.match(self.text, start)
            )
            and not OWN_MEAL.match(self.text, start)
            and any(
                p.person in people and p.role == "guest"
                for p in recent.participants
                if p.person is not None
            )
            and (not date or not recent.date or compatible(recent.date, date.value))
        ):
            self._add_people(recent, role_of)
            self.current_sent = view.sentence.index
            return
        # the same encounter told again in this article ("X was received by Y upon arrival")
        # ... but "bilateral meetings on Monday" of some of a group's people are their own
        apart = bool(re.search(r"\b(?:bilateral|separate|one-on-one)\b", view.sentence.text, re.I))
        for idx, ev in enumerate(self.events):
            if apart and len(ev.people()) > 2 and people < ev.people():
                continue
            if len(ev.people() & people) >= 2 and (
                not date or not ev.date or compatible(ev.date, date.value)
            ):
                self._add_people(ev, role_of)
                if date and (not ev.date or len(date.value or "") > len(ev.date)):
                    ev.date, ev.date_precision, ev.date_source = (
                        date.value,
                        date.precision,
                        "sentence",
                    )
                if place and not ev.place:
                    ev.place, ev.host_country = place, place.country or ev.host_country
                self.current, self.current_sent = idx, view.sentence.index
                self.touched[idx] = view.sentence.index
                return
        ev = self._new(view, kind, date, place, start, end, f"{kind}:{roles}")
        self._add_people(ev, role_of)

    def _add_people(self, ev: ExtractedEvent, role_of: dict[int, str]) -> None:
        have = {p.person: p for p in ev.participants if p.person is not None}
        for ent, role in role_of.items():
            if ent in have:
                if have[ent].role == "participant" and role != "participant":
                    have[ent].role = role  # type: ignore[assignment]
                continue
            ev.participants.append(Participant(person=ent, role=role))  # type: ignore[arg-type]
        if ev.place and ev.place.country:
            for p in ev.participants:
                if p.person is not None and p.role == "participant":
                    c = self.entities[p.person].country
                    if c:
                        p.role = "host" if c == ev.place.country else "guest"

    def _recent(self, view: SentenceView) -> ExtractedEvent | None:
        if self.current is None or view.sentence.index - self.current_sent > RECENT:
            return None
        return self.events[self.current]

    def _continue(self, view: SentenceView, lo: int, hi: int) -> None:
        """The clause lo..hi tells more of the recent encounter (people, place, date)."""
        ev = self._recent(view)
        if ev is None:
            return
        s = view.sentence
        text = self.text[lo:hi].strip(" ;")
        named = {p.entity for p in self._people_in(view, lo, hi)}
        if len(ev.people()) < 2 and PAIR_SUBJECT.search(text):
            # "The two leaders last met in May": the recent encounter of two named people
            for k in range(len(self.events) - 1, -1, -1):
                other = self.events[k]
                if s.index - self.touched.get(k, other.sent) <= RECENT and len(other.people()) >= 2:
                    ev, self.current = other, k
                    break
        if named and not (named & ev.people()):
            # "Y described the meeting as ...": the recent encounter Y took part in
            for k in range(len(self.events) - 1, -1, -1):
                other = self.events[k]
                if s.index - self.touched.get(k, other.sent) <= RECENT and named & other.people():
                    ev, self.current = other, k
                    break
        date = self._date_in(view, lo, hi)
        if date and EARLIER.search(text) and not (ev.date and compatible(date.value, ev.date)):
            # "they last met in May": an earlier encounter, not the date of this one
            self._earlier(view, ev, date, self._place_in(view, lo, hi))
            return
        place = self._place_in(view, lo, hi)
        if place and not ev.place:
            ev.place, ev.host_country = place, place.country or ev.host_country
        if date and not ev.date and not PLANNED.search(text):  # "will meet again today"
            ev.date, ev.date_precision, ev.date_source = date.value, date.precision, "sentence"
        planned = PLANNED.search(text)  # "the meeting is expected to be attended by X"
        if INVITED.search(text) and not named <= ev.people():
            # "N and M are invited to attend the bilateral meeting": not there yet
            self.current_sent = s.index
            return
        lead = len(self.text[lo:hi]) - len(self.text[lo:hi].lstrip(" ;"))
        cut = lo + lead + planned.start() if planned else hi
        told = [p for p in self._people_in(view, lo, hi) if p.start < cut]
        # "X, a spokesman, told reporters the meetings ...": a source, not a participant
        told = [p for p in told if p.entity in ev.people() or not reports(self.text, p.end)]
        if planned and not told and not named <= ev.people():
            self.current_sent = s.index  # "a meeting between A and B would take place"
            return
        self._add_people(ev, {p.entity: "participant" for p in told})  # type: ignore[misc]
        self.current_sent = s.index
        if self.current is not None:
            self.touched[self.current] = s.index

    def _earlier(
        self,
        view: SentenceView,
        ev: ExtractedEvent,
        date: DateRef,
        place: PlaceMention | None = None,
    ) -> None:
        """Another, earlier encounter of the people of `ev` ("since they met in November")."""
        s = view.sentence
        new = ExtractedEvent(
            kind="meeting",
            quote=s.text,
            start=s.start,
            end=s.end,
            sent=s.index,
            rule="meeting:earlier-encounter",
            date=date.value,
            date_precision=date.precision,
            date_source="sentence",
            place=place,
            host_country=place.country if place else None,
            confidence=0.7,
            participants=[
                Participant(person=p.person) for p in ev.participants if p.person is not None
            ],
        )
        if len(new.people()) >= 2:
            self.events.append(new)

    def _joiners(self, view: SentenceView) -> None:
        m = JOINERS.search(view.sentence.text)
        if not m or PLANNED.search(view.sentence.text[: m.start()]):
            return  # "the meeting is expected to be attended by X": nobody joined yet
        ev = self._recent(view) or self._accompanied(view)
        if ev is None or separate_series(self.text, ev):
            return
        if STRAND.search(view.sentence.text) or (
            "accompan" in m.group(0).lower() and VISIT_SCOPE.search(view.sentence.text)
        ):
            return  # "Meanwhile, ..." another strand; "During the visit X was accompanied by Y"
        if ev.kind != "summit" and AUDIENCE_INCLUDED.search(view.sentence.text[: m.end()]):
            return  # "addressing the gathering that included X": the gathering's, not ours
        people = self._people_in(view, view.sentence.start, view.sentence.end)
        self._add_people(ev, {p.entity: "participant" for p in people})  # type: ignore[misc]
        self.current_sent = view.sentence.index

    def _accompanied(self, view: SentenceView) -> ExtractedEvent | None:
        """ "The outgoing Ambassador was accompanied by A and B" closing a readout, however
        far from the encounter: the delegation of the last encounter told, when the one
        accompanied is one of its people or is named by a title only."""
        s = view.sentence
        m = ACCOMPANIED.match(s.text)
        if m is None:
            return None
        told = [k for k, ev in enumerate(self.events) if len(ev.people()) >= 2]
        if not told:
            return None
        ev = self.events[told[-1]]
        subject = {p.entity for p in self._people_in(view, s.start, s.start + m.end())}
        if subject and not subject <= ev.people():
            return None
        self.current = told[-1]
        return ev

    def _host_of_visit(self, view: SentenceView) -> None:
        ev = self._recent(view)
        people = self._people_in(view, view.sentence.start, view.sentence.end)
        if ev is None or len(people) != 1:
            return
        for p in ev.participants:
            if p.person is not None and p.person == people[0].entity:
                p.role = "host"
                ev.host_country = ev.host_country or self.entities[p.person].country
            elif p.person is not None and p.role == "participant":
                p.role = "guest"


# ", while Z hosted W to tea in a separate room": a parallel encounter with its own subject
WHILE = re.compile(r",\s+(?:while|whereas)\s+(?=[A-Z])")


def clauses(text: str) -> list[tuple[int, int]]:
    """A sentence's clauses: split at semicolons, unless they separate list items (list_items), and
    at ", while <Name> ..." (a parallel clause with a subject of its own)."""
    if text.count(";") > 1 or "; and " in text or not semicolons_split(text):
        parts = [(0, len(text))]
    else:
        k = text.index(";")
        parts = [(0, k), (k + 1, len(text))]
    out = []
    for lo, hi in parts:
        m = WHILE.search(text, lo, hi)
        if m and m.start() > lo:
            out += [(lo, m.start()), (m.start(), hi)]
        else:
            out.append((lo, hi))
    return out
