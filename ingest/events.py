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
    GROUP_OBJECT,
    HIS_PLANE,
    HOST_OF_VISIT,
    JOINT_GAP,
    JOINT_LIST_GAP,
    PLACE_BEFORE,
    PLANNED_CUT,
    PLURAL,
    PRONOUN,
    RECENT,
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
from ingest.future_clauses import future as _future
from ingest.list_items import semicolons_split
from ingest.schema import (
    ExtractedEvent,
    Participant,
    PersonEntity,
    PersonMention,
    PlaceMention,
    unique_people,
)
from ingest.story_rules import (
    AS_SAID,
    LATER_TALKS_WITH,
    SIDE_MET_GROUP,
    after_event_spans,
    quoted,
    since_spans,
)
from ingest.text import Sentence


@dataclass
class SentenceView:
    sentence: Sentence
    people: list[PersonMention]  # resolved (entity set)
    dates: list[DateRef]
    places: list[PlaceMention]
    countries: list[tuple[int, str]] = field(default_factory=list)  # (start, code)


# "In addition, the CS also held a meeting with Y": a title left unresolved as the subject
ROLE_SUBJECT = re.compile(
    r"(?:^|[,;]\s*)[Tt]he\s+(?P<np>(?:[A-Z][\w.-]*\s+){1,4})(?:also\s+|then\s+|later\s+)?[a-z]"
)


def title_fits(np: str, person: PersonEntity) -> bool:
    """ "CS" for a Cabinet Secretary (the initials of a title), "Foreign Minister" for one
    whose title has those words."""
    words = np.split()
    for title in person.titles:
        tw = re.findall(r"[\w-]+", title)
        initials = "".join(w[0] for w in tw if w[0].isupper())
        if len(words) == 1 and len(initials) >= 2 and words[0].upper() == initials:
            return True
        if all(w.lower() in {x.lower() for x in tw} for w in words):
            return True
    return False


# "X and Y arrived at the airport": the visitors a following "they" / "the couple" refers to
ARRIVED = re.compile(r"\b(?:arrived|arrives|landed|touched down)\b", re.I)


# "an invitation from X", "greetings from X": X sent something and need not be there
SENT_FROM = re.compile(
    r"\b(?:invitation|message|letter|greetings|regards|congratulations|wishes|condolences)\b"
    r"[^.;]{0,60}?\bfrom\s+(?:the\s+)?$",
    re.I,
)


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
        self.clause_lo = 0  # where the clause being read starts (ingest/event_story.clauses)
        self.arrivals: list[PersonMention] = []  # the people of the last arrival sentence

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
            if SENT_FROM.search(self.text, max(0, p.start - 80), p.start):
                continue  # "extended an invitation from President X": X sent it, X is not there
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
            # "met Z, their first talk since he took office last month": not the talk's date
            rel += [(b, e) for b, e in since_spans(s.text, s.start) if not b <= at < e]
            # "met Z to discuss aid following the cyclone in April": the cyclone's date
            rel += [(b, e) for b, e in after_event_spans(s.text, s.start) if b >= at]
            dates = [d for d in dates if not any(b <= d.start < e for b, e in rel)]
        if at is None:
            return dates[0] if dates else None
        if not dates:
            return None
        tail = max(at, at_end)
        return min(dates, key=lambda d: max(0, d.start - tail) if d.start >= at else at - d.end)

    def _also_protagonist(self, view: SentenceView, b: int) -> PersonMention | None:
        """ "He also held a meeting with Y" after a sentence that told no encounter of its
        subject ("On behalf of P, X bestowed an honour on him"): "he" is the one whose
        encounters the story lists, not that sentence's subject."""
        s = view.sentence
        prev = self.prev_subject
        if prev is None or not re.search(r"\balso\b", s.text[:b], re.I):
            return None
        if any(ev.sent == s.index - 1 and prev.entity in ev.people() for ev in self.events):
            return None
        # the subjects (first participants) of the recent encounters, latest last
        leads = [
            ev.participants[0].person
            for ev in self.events[-4:]
            if ev.participants and ev.participants[0].person is not None
        ]
        if not leads or prev.entity in leads:
            return None
        best = leads[-1]
        assert best is not None
        return PersonMention(
            start=0, end=0, sent=s.index, entity=best, name=self.entities[best].name
        )

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
        self.clause_lo = s.start
        if ARRIVED.search(s.text):
            # the people who arrived: "they" / "the couple" of the next sentences
            named = [p for p in view.people if p.entity is not None]
            self.arrivals = named if 2 <= len({p.entity for p in named}) <= 3 else []
        self.prev_subject = self.last_subject
        firsts = [p for p in view.people if p.entity is not None]
        # '"Glad to meet Minister X," Y wrote': the speaker is the subject, not X
        firsts = [p for p in firsts if not quoted(s.text, p.start - s.start)] or firsts
        if firsts and not PRONOUN.search(s.text[: firsts[0].start - s.start]):
            # "On Monday he met X": the subject is still the previous one, not X
            self.last_subject = firsts[0]
        found: list[tuple[int, int, str, str]] = []
        for kind, roles, pat in TRIGGERS:
            for m in pat.finditer(s.text):
                if any(m.start() < e and m.end() > b for b, e, _, _ in found):
                    continue
                found.append((m.start(), m.end(), kind, roles))
        # "X, who is on a visit to P, met A and B": the relative clause's trigger gives way
        rel = [(m.start(), m.end()) for m in RELATIVE.finditer(s.text)]
        inside = [f for f in found if any(b < f[0] < e for b, e in rel)]
        if inside and len(inside) < len(found):
            found = [f for f in found if f not in inside]
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
            if hi < len(s.text):  # ", while Z hosted W": the parallel clause is not this one's
                limit = min(limit or s.start + hi, s.start + hi)
            self.clause_lo = s.start + lo
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
        listing = s.text.count(";") > 1 or "; and " in s.text or not semicolons_split(s.text)
        semi = -1 if listing else s.text.find(";", e)
        planned = PLANNED_CUT.search(s.text, e)
        after = AFTER_MEETING.search(s.text, e) if given is None else None
        as_said = AS_SAID.search(s.text, e)  # "... as the Queen said she ...": another clause
        ends = [
            x.start() if isinstance(x, re.Match) else x
            for x in (cut, semi if semi >= 0 else None, planned, after, as_said)
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
        clause_start = max(clause_start, self.clause_lo)  # ", while Z ...": Z's own clause
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
            and (PRONOUN.search(s.text[:b]) or HIS_PLANE.match(s.text))
            and self.prev_subject is not None
        ):
            subjects = [self.prev_subject]  # "He also met ...": the previous sentence's subject
            lead = self._also_protagonist(view, b)
            if lead is not None:
                subjects = [lead]
        if given is None and not subjects and self.events and LATER_TALKS_WITH.search(s.text[:e]):
            # "Later, trade topped the agenda in talks with X": the last encounter's subject
            told = [
                (ev.sent, p.person)
                for ev in self.events[-4:]
                for p in ev.participants[:1]
                if p.person is not None and self.entities[p.person].confidence >= 0.7
            ]
            if told and s.index - told[-1][0] <= 2 * RECENT:
                sent, first = told[-1]
                name = self.entities[first].name
                subjects = [PersonMention(start=0, end=0, sent=sent, entity=first, name=name)]
        if given is None and not subjects and self.prev_subject is not None:
            role = ROLE_SUBJECT.search(s.text, max(0, self.clause_lo - s.start), b)
            prev = self.prev_subject.entity
            if role and prev is not None and title_fits(role.group("np"), self.entities[prev]):
                subjects = [self.prev_subject]  # "the CS also held talks with Y": X, the CS
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
        if (
            not subjects
            and recent is None
            and PLURAL.search(s.text[:b])
            and self._people_in(view, abs_e, s.end)
            and self.arrivals
        ):
            # "X and Y arrived this morning. The royal couple was welcomed by Z": the arrivals
            subjects = list(self.arrivals)
        if roles == "joint":
            # "A and B agreed ...": only a compound subject right before the verb
            if given is not None or len(subjects) < 2:
                return False, []
            listed = [subjects[-1]]
            for p in reversed(subjects[:-1]):
                gap = self.text[p.end : listed[0].start]
                if not JOINT_LIST_GAP.fullmatch(gap):
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
            elif (
                not objects
                and him
                and n == 0
                and subjects
                and self.prev_subject is not None
                and self.prev_subject.entity not in {p.entity for p in subjects}
                and not re.search(r"\balso\b", s.text[:e])
            ):
                # "Minister X received him at the airport" ("X was also there to receive him"
                # joins the reception just told instead)
                objects = [self.prev_subject]
            if not objects and len(subj) >= 2 and SIDE_MET_GROUP.match(self.text[abs_e:seg_end]):
                made = True  # "A and B met with heads of state from P and Q": one side, no pair
                continue
            people = unique_people(subj + objects)
            date_end = min(seg_end, abs_e + 25) if roles == "joint" else seg_end
            date = self._date_in(view, s.start if n == 0 else seg_start, date_end, abs_b, abs_e)
            if given is not None and n == 0:
                # "held talks with A on Sunday and called on B today": the chained clause's own
                own = self._date_in(view, abs_b, date_end, abs_b, abs_e)
                date = own or date
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
