"""Events (meetings, visits, calls, talks, signings) from sentences whose people are resolved.

Per sentence: find trigger phrases; participants are the resolved people of the clause
(subjects before the trigger, objects after); roles come from the trigger ("X received Y": X
hosts; "X called on Y": Y hosts; "was received by"); ", and with Z in <date>" opens a second
event with the same subject. Planned encounters ("will meet", "invited him to visit") are not
events. "They met in <city>", "N was also present during the meeting", "the meeting also
included N" continue the current event. Dates: the clause's own date expression, else the date
of a recent sentence about the same people, else the lead sentence's date for the article's
main event, else (with a publication date) the publication month."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.dates import DateRef, compatible
from ingest.event_patterns import (
    AFTER_MEETING,
    AUDIENCE,
    CANCELLED,
    CONTINUATION,
    CUT,
    FLASHBACK,
    FUTURE,
    GROUP_OBJECT,
    HOST_OF_VISIT,
    INVITE,
    JOINT_GAP,
    PLACE_BEFORE,
    PLANNED_CUT,
    PLURAL,
    PRONOUN,
    RELATIVE,
    REPEATED,
    REPORTING,
    SEPARATE,
    SINCE_MET,
    SPEAKER_AFTER,
    SPLIT,
    TO_COME,
    TRIGGERS,
)
from ingest.event_story import EventStory, clauses
from ingest.schema import ExtractedEvent, Participant, PersonEntity, PersonMention, PlaceMention
from ingest.text import Sentence


@dataclass
class SentenceView:
    sentence: Sentence
    people: list[PersonMention]  # resolved (entity set)
    dates: list[DateRef]
    places: list[PlaceMention]
    countries: list[tuple[int, str]] = field(default_factory=list)  # (start, code)


def _future(before: str) -> bool:
    tail = before[-60:]
    m = FUTURE.search(tail)
    if m and m.group(0)[0].isupper() and before[: len(before) - len(tail) + m.start()].strip():
        m = None  # capitalised inside a sentence: a name ("Secretary To Lam met"), not "to"
    return bool(m or INVITE.search(tail))


# a dateline before the compound subject: "ANKARA (Agency - 13th July, 2020) ", "Tashkent: "
DATELINE = re.compile(
    r"^\s*[A-Z][\w .'’-]{2,30}?(?:\s*\([^()]{0,80}\))?\s*(?::|\s[-–—])\s*"
    r"|^\s*[A-Z]{3,}[A-Z .'’-]*\s*\([^()]{0,80}\)\s*"
)
# "Today the Presidents of P and Q, A and B, had a telephone talk": the offices of a pair
OFFICES_OF = re.compile(
    r"\s*(?:(?:today|yesterday|on\s+\w+day)\b[^,;.]{0,40}?,?\s+)?(?:the\s+)?(?:presidents|prime"
    r"\s+ministers|foreign\s+ministers|ministers|leaders|heads\s+of\s+state)\s+of\s+[^,;.]{3,90}?"
    r",?\s*",
    re.I,
)
WILL = re.compile(r"\b(?:will|shall)\b", re.I)

# a name that modifies a noun of rule or time: "the X government", "the X era"
NAME_AS_MODIFIER = re.compile(
    r"\s+(?:government|administration|cabinet|regime|era|years|presidency|doctrine)\b", re.I
)


class EventFinder(EventStory):
    def __init__(self, entities: list[PersonEntity], text: str, published: str | None):
        self.entities = entities
        self.text = text
        self.published = published
        self.events: list[ExtractedEvent] = []
        self.current: int | None = None
        self.prev_subject: PersonMention | None = None
        self.last_subject: PersonMention | None = None
        self.current_sent = -10
        self.touched: dict[int, int] = {}  # event -> the last sentence that told of it

    # -- helpers --------------------------------------------------------------
    def _people_in(self, view: SentenceView, start: int, end: int) -> list[PersonMention]:
        s = view.sentence
        cut = REPORTING.search(s.text)
        stop = s.start + cut.start() if cut else None
        out = []
        for p in view.people:
            if p.entity is None or not (start <= p.start < end):
                continue
            if re.match(r"^['’]s\b", self.text[p.end : p.end + 3]) and not re.match(
                r"^['’]s\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|call|conversation)\b",
                self.text[p.end : p.end + 50],
            ):
                continue  # "welcomed X's remarks": a possessive is not a participant
            if NAME_AS_MODIFIER.match(self.text, p.end):
                continue  # "after the X government took office": X is no participant
            if stop is not None and p.start > stop and start < stop:
                continue
            out.append(p)
        return out

    def _speaker(self, p: PersonMention) -> bool:
        """A person reported as speaking after the trigger ("..., X said") is a source."""
        return bool(SPEAKER_AFTER.match(self.text[p.end : p.end + 30]))

    def _date_in(
        self, view: SentenceView, start: int, end: int, at: int | None = None, at_end: int = 0
    ) -> DateRef | None:
        """The clause's date: the one closest to the trigger."""
        dates = [
            d
            for d in view.dates
            if start <= d.start < end and d.value and not d.text.lower().startswith("since")
        ]
        if at is not None:
            s = view.sentence
            rel = [
                (s.start + m.start(), s.start + m.end())
                for m in RELATIVE.finditer(s.text)
                if not (s.start + m.start() <= at < s.start + m.end())
            ]
            dates = [d for d in dates if not any(b <= d.start < e for b, e in rel)]
        if at is None:
            return dates[0] if dates else None
        if not dates:
            return None
        tail = max(at, at_end)
        return min(dates, key=lambda d: max(0, d.start - tail) if d.start >= at else at - d.end)

    def _place_in(self, view: SentenceView, start: int, end: int) -> PlaceMention | None:
        places = [
            p
            for p in view.places
            if start <= p.start < end
            and PLACE_BEFORE.search(self.text[max(0, p.start - 40) : p.start])
        ]
        cities = [p for p in places if p.kind == "city"]
        return (cities or places or [None])[0]  # type: ignore[list-item]

    # -- main -----------------------------------------------------------------
    def sentence(self, view: SentenceView) -> None:
        s = view.sentence
        self.prev_subject = self.last_subject
        firsts = [p for p in view.people if p.entity is not None]
        if firsts and not PRONOUN.search(s.text[: firsts[0].start - s.start]):
            # "On Monday he met X": the subject is still the previous one, not X
            self.last_subject = firsts[0]
        found: list[tuple[int, int, str, str]] = []
        for kind, roles, pat in TRIGGERS:
            for m in pat.finditer(s.text):
                if any(m.start() < e and m.end() > b for b, e, _, _ in found):
                    continue
                found.append((m.start(), m.end(), kind, roles))
        # a trigger that fixes roles ("hosted", "was received by") wins over a plain "meeting"
        found.sort(key=lambda f: (f[3] == "joint", f[3] == "sym" and f[2] == "meeting", f[0]))
        made = False
        for lo, hi in clauses(s.text):
            made = self._clause(view, [f for f in found if lo <= f[0] < hi], lo, hi) or made
        if not made:
            self._joiners(view)
        if HOST_OF_VISIT.search(s.text) and self.current is not None:
            self._host_of_visit(view)

    def _clause(
        self, view: SentenceView, found: list[tuple[int, int, str, str]], lo: int, hi: int
    ) -> bool:
        """The triggers of one clause (a sentence, or a part of it between semicolons): the
        first that makes an encounter, and those of coordinated clauses chained to it."""
        s = view.sentence
        made = False
        # "The meeting came after X spoke with Y": a new encounter beats a back-reference
        fresh = any(not self._anaphoric(s.text, b, e) for b, e, _, _ in found)
        for b, e, kind, roles in found:
            before = s.text[:b]
            if _future(before):
                continue
            if fresh and self._anaphoric(s.text, b, e):
                continue
            if self._told_again(view, b, e) or (
                self._anaphoric(s.text, b, e) and self._recent(view) is not None
            ):
                # "the meeting" refers back; with nothing to refer to it is told afresh
                self._continue(view, s.start + lo, s.start + hi)
                made = True
                continue
            chained = self._chained(s.text, found, e)
            limit = s.start + chained[0][0] if chained else None
            done, subjects = self._trigger(view, b, e, kind, roles, limit)
            if done:
                made = True
                self._after_meeting(view, e, hi, subjects)
                if FLASHBACK.search(s.text[max(0, b - 30) : e]):
                    self._flashback()
                for n, (_, (b2, e2, kind2, roles2)) in enumerate(chained):
                    nxt = s.start + chained[n + 1][0] if n + 1 < len(chained) else None
                    if _future(s.text[:b2]) or WILL.search(s.text[e:b2]):
                        continue  # "X, who is on a visit, will meet Y and hold talks with Z"
                    self._trigger(view, b2, e2, kind2, roles2, nxt, subjects)
                since = SINCE_MET.search(s.text, e)
                if since and self.current is not None:
                    # "..., their first talk since they met in November": an earlier encounter
                    ev = self.events[self.current]
                    date = self._date_in(view, s.start + since.start(), s.end)
                    if date and ev.date and not compatible(date.value, ev.date):
                        self._earlier(view, ev, date)
                break  # one trigger per clause group; the rest of the clause is its detail
        return made

    def _trigger(
        self,
        view: SentenceView,
        b: int,
        e: int,
        kind: str,
        roles: str,
        limit: int | None = None,
        given: list[PersonMention] | None = None,
    ) -> tuple[bool, list[PersonMention]]:
        """One encounter (or several, split at ", and with Z") around the trigger at b..e;
        `limit` ends its clause, `given` are the subjects of a coordinated clause."""
        s = view.sentence
        if REPEATED.search(s.text):
            return True, []  # "has met X several times": no single encounter to record
        if re.fullmatch(
            r"(?:meeting|talks|summit|call|conversation)s?", s.text[b:e].strip(), re.I
        ) and TO_COME.match(s.text[e:]):
            return True, []  # "a meeting between A and B would take place": none told yet
        if CANCELLED.search(s.text[e : e + 100].split(";")[0]) or (
            s.text[b:e].lower().endswith("with") and AUDIENCE.match(s.text, e)
        ):
            return False, []  # "the meeting was postponed"; "spoke with reporters after X left"
        if kind == "signing" and re.search(
            r"\b(?:pact|agreement|accord|deal|treaty|memorandum|mou|declaration|charter|protocol"
            r"|document|statement)s?\s+$",
            s.text[:b],
            re.I,
        ):
            return False, []  # "the pact signed in 2021": an instrument, not a signing told here
        if kind == "signing" and re.search(
            r"\b(?:no|nothing)\b[^,;]{0,40}?\b(?:was|were|has been|have been|had been)\s+$"
            r"|\b(?:was|were|has|have|had)\s+(?:not|never)\s+(?:been\s+)?$|n't\s+(?:been\s+)?$",
            s.text[:b],
            re.I,
        ):
            return False, []  # "no agreement on it was signed": a signing denied
        if s.text[b:e].lower() == "called" and kind == "call":
            nxt = next((p for p in view.people if p.start >= s.start + e), None)
            if nxt and re.match(r"\s+(?:a|an|the|his|her|their|one)\s", self.text[nxt.end :]):
                return False, []  # "X called Y a reliable partner"
        abs_b, abs_e = s.start + b, s.start + e
        splits = [s.start + m.start() for m in SPLIT.finditer(s.text) if m.start() > e]
        cut = next((m.start() for m in CUT.finditer(s.text) if m.start() > e), None)
        # a semicolon ends the clause, unless semicolons separate the items of a list
        listing = s.text.count(";") > 1 or "; and " in s.text
        semi = -1 if listing else s.text.find(";", e)
        planned = PLANNED_CUT.search(s.text, e)
        after = AFTER_MEETING.search(s.text, e) if given is None else None
        ends = [
            x.start() if isinstance(x, re.Match) else x
            for x in (cut, semi if semi >= 0 else None, planned, after)
            if x is not None
        ]
        end_at = s.start + min(ends) if ends else s.end  # ", and the visit of Z": another story
        if limit is not None:
            end_at = min(end_at, limit)
        for rel in RELATIVE.finditer(s.text):
            if rel.start() < b and e < rel.end():
                # "X, who met Y last year, said Z ...": the relative clause ends the encounter
                end_at = min(end_at, s.start + rel.end())
        splits = [x for x in splits if x < end_at]
        bounds = [abs_e] + splits + [end_at]
        clause_start = s.start + (0 if listing else s.text.rfind(";", 0, b) + 1)
        subjects = given if given is not None else self._people_in(view, clause_start, abs_b)
        # "X said Y met Z": X reports; a speaker stays a subject only with nobody after him
        subjects = [
            p
            for p in subjects
            if not (
                self._speaker(p) and any(q.start > p.end and q.entity != p.entity for q in subjects)
            )
        ]
        if (
            given is None
            and not subjects
            and PRONOUN.search(s.text[:b])
            and self.prev_subject is not None
        ):
            subjects = [self.prev_subject]  # "He also met ...": the previous sentence's subject
        recent = self._recent(view)
        if (
            not subjects
            and recent is not None
            and PLURAL.search(s.text[:b])
            and self._people_in(view, abs_e, s.end)  # somebody new to meet
        ):
            # "they were welcomed by X": the visitors of the story so far
            guests = [
                p.person for p in recent.participants if p.role == "guest" and p.person is not None
            ]
            subjects = [
                PersonMention(start=s.start, end=s.start, sent=s.index, entity=g, name="")
                for g in guests
            ]
        if roles == "joint":
            # "A and B agreed ...": only a compound subject right before the verb
            if given is not None or len(subjects) < 2:
                return False, []
            listed = [subjects[-1]]
            for p in reversed(subjects[:-1]):
                gap = self.text[p.end : listed[0].start]
                if not re.fullmatch(r"\s*(?:,[^,;]{0,80})?(?:,\s*|\s+)(?:and\s+)?", gap):
                    break  # "A, Y's minister, and B": an apposition may stand between them
                listed.insert(0, p)
            between = self.text[listed[0].end : listed[-1].start]
            if len(listed) < 2 or not re.search(r"\band\b", between):
                return False, []
            if (
                not JOINT_GAP.match(self.text[listed[-1].end : abs_b])
                or re.search(r"\bseparate(?:ly)?\b", s.text, re.I)
                or not (
                    re.fullmatch(
                        r"\s*(?:[A-Z]\w*(?:\s+\w+){0,6},\s*)?(?:the\s+|both\s+)?",
                        DATELINE.sub("", self.text[clause_start : listed[0].start], count=1),
                    )
                    or OFFICES_OF.fullmatch(self.text[clause_start : listed[0].start])
                )
            ):
                # "A and B discussed it in separate interviews"; "Critics of A and B called"
                return False, []
            subjects = listed
            if re.search(
                r"\b(?:during|at|after|following|in) (?:the|their|these) (?:meeting|talks"
                r"|visit|call|conversation)\b",
                s.text,
                re.I,
            ) and self._recent(view):
                # "During the talks, A and B reviewed ...": more of the encounter just told
                self._continue(view, clause_start, end_at)
                return True, subjects
        made = False
        for n in range(len(bounds) - 1):
            seg_start, seg_end = bounds[n], bounds[n + 1]
            objects = [p for p in self._people_in(view, seg_start, seg_end) if not self._speaker(p)]
            if roles == "joint":
                objects = []  # "A and B agreed to invite C": C met nobody
            subj = subjects
            if len(objects) >= 2:
                subj = [p for p in subj if not self._speaker(p)]  # "X said the meeting of Y and Z"
            if re.search(r"\bfor\s+$", s.text[:b]) and given is None:
                subj = subj[-1:]  # "X criticised Y for meeting Z": Y met Z
            who = re.search(r"\bwho\s+(?:\w+\s+)?$", s.text[:b])
            him = re.match(r"\s+(?:him|her)\b", s.text[e:])
            if not objects and len(subjects) >= 2 and who and him:
                subj, objects = subjects[-1:], subjects[:-1]  # "X, who called on him"
            elif who and objects:
                subj = subjects[-1:]  # "..., was X, who met Y": only the antecedent of "who"
            people = _unique(subj + objects)
            date_end = min(seg_end, abs_e + 25) if roles == "joint" else seg_end
            date = self._date_in(view, s.start if n == 0 else seg_start, date_end, abs_b, abs_e)
            # a coordinated clause names its own place ("..., a day after meeting Z in Rome")
            place_from = seg_start if n else (abs_b if given is not None else s.start)
            place = self._place_in(view, place_from, seg_end)
            if len(people) >= 2:
                subj_ids = {p.entity for p in subj}
                others = [o for o in objects if o.entity not in subj_ids]
                if subj and len(others) >= 2 and SEPARATE.search(self.text[abs_b - 12 : end_at]):
                    # "X met Y and Z separately": one encounter with each
                    for o in others:
                        self._make(view, kind, roles, subj, [o], date, place, abs_b, seg_end)
                else:
                    self._make(view, kind, roles, subj, objects, date, place, abs_b, seg_end)
                made = True
            elif (
                len(people) == 1
                and n == 0
                and (GROUP_OBJECT.search(self.text[abs_e : s.end]) or kind == "visit")
            ):
                codes = [c for st, c in view.countries if st >= abs_e]
                person = self.entities[people[0].entity]  # type: ignore[index]
                codes = [c for c in codes if c != person.country]
                if codes:
                    ev = self._new(view, kind, date, place, abs_b, s.end, "trigger+group")
                    ev.participants.append(
                        Participant(
                            person=people[0].entity,
                            role="guest" if roles == "guest_first" else "participant",
                        )
                    )
                    ev.participants.append(
                        Participant(
                            country=codes[0],
                            role="host" if roles == "guest_first" else "participant",
                        )
                    )
                    made = True
            elif (
                not people
                and CONTINUATION.search(self.text[clause_start:abs_b].lstrip(" ;"))
                and s.text[b:e].lower().startswith(("met", "meet", "talk", "held", "visit"))
            ):
                self._continue(view, clause_start, end_at)
                made = True
        return made, subjects


def _unique(people: list[PersonMention]) -> list[PersonMention]:
    seen: set[int] = set()
    out = []
    for p in people:
        if p.entity is not None and p.entity not in seen:
            seen.add(p.entity)
            out.append(p)
    return out
