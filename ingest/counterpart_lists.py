"""Lists of counterparts: one person's separate encounters with each person of a list.

Two named steps of the extraction (wired in ingest/extract.py):

- `align_respectively(view, entities)`: "the foreign ministers of Peru, Ghana and Laos, A, B
  and C, respectively" (or "Polish, Gabonese and Cameroonian ministers, A, B and C") gives
  each person the country and the title of the same position in the other list. Without
  "respectively" only a list of countries directly followed by an equally long list of names
  ("former ministers of P and Q, A and B") is aligned.
- `CounterpartLists.sentence(finder, view)`: a sentence that tells a series of bilateral
  encounters ("held a series of meetings with A, B and C", "met ... A, B and C, respectively",
  "lastly he met A and B, and then C", "continued with the meetings with D and E") makes one
  encounter of the subject with each counterpart, through the event finder's own `_make`
  (dates, places, merging with an encounter already told). It returns False for every other
  sentence, which the event finder then reads as usual. "A, B and C held a trilateral
  meeting" and a "trilateral meeting with A and B, respectively" stay one encounter.

Precision first: a sentence is taken over only with an explicit cue (respectively, series,
separate, bilateral, a plural "the meetings with"), or a sequence adverb ("lastly", "then")
whose counterparts all act for different countries."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.event_patterns import CANCELLED, PRONOUN, TO_COME
from ingest.future_clauses import future
from ingest.lexicon import lexicon
from ingest.list_items import countries_after, item_goes_on
from ingest.schema import PersonEntity, PersonMention, unique_people
from ingest.story_rules import AS_SAID

if TYPE_CHECKING:
    from ingest.events import EventFinder, SentenceView

# the encounter word that opens the list of counterparts
TRIGGER = re.compile(
    r"\b(?:met|meets|meet|meeting|meetings|talks|discussions|conversations|calls|received|hosted|"
    r"called on|courtesy (?:calls?|visits?) (?:on|to))\b(?:\s+(?:with|by)\b)?",
    re.I,
)
# the encounter word as the subject of its sentence, or what attendees were present at
NOUN_SUBJECT = re.compile(r"^\s*(?:the|this|that)\s+$", re.I)
ATTENDED = re.compile(r"\s+(?:was|were)\s+(?:also\s+)?attended\b", re.I)
# "paid courtesy calls on President A and Vice-President B": a call on each office holder
COURTESY = re.compile(r"^courtesy\b", re.I)
# "... on King A and Queen B", "on the President and First Lady B": a couple receives together
COUPLE = re.compile(r"\b(?:first lady|wife|husband|spouse|consort|queen|madame|mrs)\b", re.I)
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# one encounter of all: "trilateral meeting", "A, B and C met jointly"
JOINT = re.compile(
    r"\b(?:tri|quadri|multi)lateral\b|\btripartite\b|\bthree-way\b|\bfour-way\b|\bjoint(?:ly)?\b"
    r"|\btogether\b|\bsummit (?:meeting|talks)\b|\b(?:held|hold|holds|holding) (?:a |an |their )?"
    r"(?:[\w-]+ )?summit\b|\ball (?:three|four|five|of them)\b",
    re.I,
)
# an explicit series of encounters, one per counterpart
SERIES = re.compile(
    r"\b(?:series|tour|round|string|number|succession|slew|flurry) of (?:separate |bilateral |"
    r"back-to-back |individual )?(?:meetings|talks|calls|conversations|encounters)\b"
    r"|\bseparate(?:ly)?\b|\bindividual(?:ly)?\b|\bone-(?:on|to)-one\b|\bin turn\b"
    r"|\bbilateral (?:meetings|talks|calls|conversations)\b"
    # "made calls to A and B": a call has two ends, so one call each
    r"|\b(?:made|placed|held|had)\s+(?:[\w-]+\s+)?calls\s+(?:to|with)\b"
    # "met several delegates and diplomats, including A and B"
    r"|\b(?:several|many|various|numerous|a number of|a host of)\s+(?:[\w-]+\s+(?:and\s+)?){0,2}?"
    r"(?:delegates|diplomats|leaders|ministers|counterparts|dignitaries|officials)\b[^.;]{0,80}?"
    r"\bincluding\b",
    re.I,
)
# a plural encounter noun naming its counterparts: "the meetings, ..., with D and E"
PLURAL_WITH = re.compile(
    r"\b(?:the|his|her|these|further|more|other|held|had|holds|has)\s+(?:[\w-]+\s+)?"
    r"(?:meetings|calls|conversations)\b[^.;]{0,80}?\bwith\b",
    re.I,
)
# a day told as a sequence of encounters
SEQUENCE = re.compile(
    r"\b(?:lastly|finally|then|next|later|subsequently|afterwards|furthermore|also|in addition"
    r"|additionally)\b",
    re.I,
)
# bilateral encounters at a multilateral event
SIDELINES = re.compile(r"\bon the (?:sidelines|margins?|fringes?)\b", re.I)
# "met his counterparts from P and Q, A and B": several counterparts, one each
COUNTERPARTS = re.compile(r"^\s+(?:with\s+)?(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts\b", re.I)
AND_THEN = re.compile(r",?\s+and\s+(?:then|later|afterwards|finally|lastly)\s+(?:with\s+)?$", re.I)
# the next sentence speaks of all of them as one group: "They discussed", "The leaders also"
TOGETHER_AFTER = re.compile(
    r"\s*(?:They|The\s+(?:leaders|ministers|officials|participants|three|four|five|six)"
    r"(?:\s+\w+)?)\s+(?:also\s+)?(?:discussed|exchanged|reviewed|agreed|reaffirmed|expressed"
    r"|underscored|stressed|condemned|welcomed|called|talked|spoke|noted)\b"
)
POSSESSIVE = re.compile(r"^['’]s?\b")
CLAUSE_OPENER = re.compile(r"\b(?:after|when|while|since|whereas)\s+(?=[A-Z])")
# where the list ends: another clause of the subject, a relative clause about the encounters
LIST_END = re.compile(
    r";|,\s+(?:where|during which|in which|at which|whom)\b|,?\s+(?:and|but|before|after)\s+"
    r"(?:later\s+|also\s+|then\s+)?(?:attended|addressed|visited|signed|discussed|held|said|"
    r"told|stressed|noted|delivered|toured|inaugurated|participated|took|went|left|returned|"
    r"spoke|agreed|expressed|reviewed|exchanged|called|met|paid|received|hosted|welcomed)\b"
    rf"|{AS_SAID.pattern}",  # "... with A and B as the Queen said she ...": another clause
    re.I,
)
# "will hold a series of meetings", "is expected to meet": no encounter yet
PLANNED = re.compile(  # case-sensitive: "in May" is a month
    r"\b(?:will|would|shall|(?:is|are|was|were) to|may|might|could|can|must|should|plans?"
    r"|planning|set to|due to|expected|scheduled|upcoming|planned|forthcoming|(?<![Tt]he )next"
    r"|proposed|not"
    r"|never|n't|refused|declined)\b"
)


def _singular(title: str) -> str:
    """ "foreign ministers" -> "Foreign Minister"."""
    words = title.split()
    last = words[-1]
    if last.lower().endswith("ies"):
        last = last[:-3] + "y"
    elif last.lower().endswith(("sses", "ches", "shes")):
        last = last[:-2]
    elif last.lower().endswith("s") and not last.lower().endswith("ss"):
        last = last[:-1]
    return " ".join(w[:1].upper() + w[1:] for w in [*words[:-1], last])


PLURAL_TITLE = re.compile(
    r"\b((?:former\s+)?(?:(?!(?:the|a|an|his|her|their|of|with|and|met)\b)[a-z]+\s+){0,2}?"
    r"(?:ministers|secretaries|presidents|envoys|"
    r"ambassadors|counterparts|chancellors|premiers|leaders))\b",
    re.I,
)


def align_respectively(view: SentenceView, entities: list[PersonEntity], text: str) -> None:
    """Countries (and a shared plural title) of a list, given to the names of an equally long
    list in the same sentence, by position."""
    s = view.sentence
    named = [p for p in view.people if p.entity is not None and p.kind == "name"]
    if len(named) < 2 or len(view.countries) < 2:
        return
    resp = RESPECTIVELY.search(s.text)
    for group in _name_runs(named, text):
        first, last = name_start(group[0], text), group[-1]
        before = [(st, c) for st, c in view.countries if st < first]
        # the country list right before the names ("ministers of P and Q, A and B")
        run = _country_run(before, text)
        if len(run) != len(group):
            continue
        gap = text[run[-1][0] : first]
        explicit = resp is not None and s.start + resp.start() > last.end
        title = PLURAL_TITLE.search(text, max(s.start, run[0][0] - 60), first)
        # without "respectively": "the ministers of P and Q, A and B" (a plural title)
        adjacent = title is not None and len(gap) <= 60 and not re.search(r"[.;]", gap)
        if not (explicit or adjacent):
            continue
        codes = {c for _, c in run}
        for (_, code), p in zip(run, group, strict=True):
            ent = entities[p.entity]  # type: ignore[index]
            # a country the mention took from the list itself ("Q ministers, A") is replaced
            if explicit or not ent.country or ent.country in codes:
                ent.country = code
            p.country = code
            ent.titles = [t for t in ent.titles if not PLURAL_TITLE.fullmatch(t)]
            if title and not ent.titles and "counterpart" not in title.group(1).lower():
                words = title.group(1).split()
                while len(words) > 1 and lexicon().country_of(words[0]):
                    words = words[1:]  # "Cameroonian foreign ministers": the title only
                ent.titles.append(_singular(" ".join(words)))


def name_start(p: PersonMention, text: str) -> int:
    """Where the name itself starts (a mention's span includes its title)."""
    k = text.rfind(p.name, p.start, p.end) if p.name else -1
    return k if k >= 0 else p.start


def _name_runs(named: list[PersonMention], text: str) -> list[list[PersonMention]]:
    """Maximal runs of names separated only by commas / "and" ("A, B, and C")."""
    runs: list[list[PersonMention]] = []
    for p in named:
        if runs and re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?", text[runs[-1][-1].end : p.start]):
            runs[-1].append(p)
        else:
            runs.append([p])
    return [r for r in runs if len(r) >= 2]


def _country_run(before: list[tuple[int, str]], text: str) -> list[tuple[int, str]]:
    """The last run of countries written as a list ("Malta and Libya", "Polish, Gabonese and
    Cameroonian")."""
    run: list[tuple[int, str]] = []
    for st, code in before:
        if run:
            prev_end = _word_end(text, run[-1][0])
            if re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?", text[prev_end:st]):
                run.append((st, code))
                continue
        run = [(st, code)]
    return run if len(run) >= 2 else []


def _word_end(text: str, start: int) -> int:
    m = re.compile(r"[\w’'-]+(?:\s+[A-Z][\w’'-]+)*").match(text, start)
    return m.end() if m else start


class CounterpartLists:
    """Takes over a sentence that tells one person's separate encounters with a list."""

    def sentence(self, finder: EventFinder, view: SentenceView) -> bool:
        s = view.sentence
        text = finder.text
        for m in TRIGGER.finditer(s.text):
            b, e = s.start + m.start(), s.start + m.end()
            head = s.text[: m.start()]
            if NOUN_SUBJECT.match(head) or ATTENDED.match(s.text, m.end()):
                continue  # "The meeting comes after ...", "The meeting was attended by ..."
            if JOINT.search(s.text[: m.end() + 40]):
                return False  # "held a trilateral meeting with A and B": one encounter
            cue = SERIES.search(s.text) or PLURAL_WITH.search(s.text)
            cue = cue or RESPECTIVELY.search(s.text, m.end())
            weak = SEQUENCE.search(head) or SIDELINES.search(s.text)
            weak = weak or COUNTERPARTS.search(s.text[m.end() :])
            after = s.text[m.end() :]  # "talks are due to take place between A and B"
            if PLANNED.search(head[-80:]) or CANCELLED.search(after) or TO_COME.match(after):
                if not (cue or weak):
                    return False
                self._update_subjects(finder, view)
                return True  # a planned or called-off series: no encounter at all
            end = LIST_END.search(text, e, s.end)
            while end and end.group(0) == ";" and item_goes_on(text, end.start()):
                end = LIST_END.search(text, end.end(), s.end)  # "A of P; B of Q": one list
            stop = end.start() if end else s.end
            objects = [
                p
                for p in finder._people_in(view, e, stop)
                if not finder._speaker(p) and not POSSESSIVE.match(text[p.end : p.end + 2])
            ]
            subject = self._subject(finder, view, b)
            if subject is None or subject.entity is None:
                return False
            objects = [p for p in unique_people(objects) if p.entity != subject.entity]
            groups = self._groups(objects, text)
            if len(objects) < 2:
                return False  # one counterpart: the usual reading
            own = self._own_countries(finder, view, subject, objects, e)
            titled = bool(COURTESY.match(m.group(0))) and _each_titled(objects, text, e)
            # without an explicit cue: "A and B, and then C", or counterparts of different
            # countries told in sequence / on the sidelines, or three or more of them
            if (
                not cue
                and not titled
                and not (len(groups) >= 2 or (own and (weak or len(objects) >= 3)))
            ):
                return False
            if not (cue or weak or titled or len(groups) >= 2) and TOGETHER_AFTER.match(
                text, s.end
            ):
                return False  # "A met B, C and D. They discussed ...": one meeting of all
            if not cue and not self._named_or_pronoun(view, subject, b):
                return False  # "the meeting was attended by A, B and C": the usual reading
            if any(
                future(s.text[: t.start()])
                for t in TRIGGER.finditer(s.text, m.end())
                if s.start + t.start() < objects[-1].start
            ):
                # "after the meeting with A, he will hold talks with B and C": still planned
                self._update_subjects(finder, view)
                return True
            for p, code in zip(objects, own or [], strict=False):
                ent = finder.entities[p.entity]  # type: ignore[index]
                ent.country = ent.country or code  # a person's country from their description
            phoned = re.search(r"\b(?:calls|conversations)\b", m.group(0), re.I)
            kind = "call" if phoned and not COURTESY.match(m.group(0)) else None
            date = finder._date_in(view, s.start, stop, b, e)
            place = finder._place_in(view, s.start, stop)
            for p in objects:
                count = len(finder.events)
                finder._make(view, kind or "meeting", "sym", [subject], [p], date, place, b, stop)
                if len(finder.events) > count:
                    finder.events[-1].rule = "meeting:counterpart-list"
            # the story's subject stays the one whose encounters these are
            finder.prev_subject, finder.last_subject = finder.last_subject, subject
            return True
        return False

    @staticmethod
    def _update_subjects(finder: EventFinder, view: SentenceView) -> None:
        """What EventFinder.sentence does first: the previous and the current subject."""
        s = view.sentence
        finder.prev_subject = finder.last_subject
        firsts = [p for p in view.people if p.entity is not None]
        if firsts and not PRONOUN.search(s.text[: firsts[0].start - s.start]):
            finder.last_subject = firsts[0]

    @staticmethod
    def _named_or_pronoun(view: SentenceView, subject: PersonMention, b: int) -> bool:
        """The subject is named in the sentence before the trigger, or is "he" / "she"."""
        s = view.sentence
        return s.start <= subject.start < b or bool(PRONOUN.search(s.text[: b - s.start]))

    @staticmethod
    def _subject(finder: EventFinder, view: SentenceView, b: int) -> PersonMention | None:
        """The one person before the trigger (a possessive "X's day continued with the
        meetings" too), or for "he"/"she" or nobody the subject of the story so far."""
        s = view.sentence
        # "A became the third to be called, after B made calls to C and D": B's clause
        lo = max(
            (s.start + c.end() for c in CLAUSE_OPENER.finditer(s.text, 0, b - s.start)),
            default=s.start,
        )
        before = [p for p in view.people if p.entity is not None and lo <= p.start < b]
        before = [p for p in before if not finder._speaker(p)]
        if len({p.entity for p in before}) == 1:
            return before[0]
        if before:
            return None  # "A and B met C": not one person's series
        if PRONOUN.search(s.text[: b - s.start]) or not re.search(
            r"\b(?:they|we|both|the two)\b", s.text[: b - s.start], re.I
        ):
            return _protagonist(finder) or finder.last_subject
        return None

    @staticmethod
    def _groups(objects: list[PersonMention], text: str) -> list[list[PersonMention]]:
        """Counterparts split where the text says "and then" ("met A and B, and then C")."""
        groups: list[list[PersonMention]] = []
        for p in objects:
            if groups and not AND_THEN.search(text[groups[-1][-1].end : p.start]):
                groups[-1].append(p)
            else:
                groups.append([p])
        return groups

    @staticmethod
    def _own_countries(
        finder: EventFinder,
        view: SentenceView,
        subject: PersonMention,
        objects: list[PersonMention],
        e: int,
    ) -> list[str] | None:
        """Each counterpart's country (its own, or from its description: "the president of
        Q, C", the one country named between the previous name and this one) when all are
        known, all differ and none is the subject's; else None."""
        codes: list[str | None] = []
        prev = e
        after = countries_after(finder.text, view, objects)
        for p, told in zip(objects, after, strict=True):
            ent = finder.entities[p.entity]  # type: ignore[index]
            own = {c for st, c in view.countries if prev <= st < name_start(p, finder.text)}
            if all(after):  # "A of Ruritania; B of Freedonia": each country after its name
                own = {told} if told else set()
            codes.append(ent.country or (own.pop() if len(own) == 1 else None))
            prev = p.end
        mine = finder.entities[subject.entity].country  # type: ignore[index]
        known = [c for c in codes if c]
        if len(known) == len(codes) and len(set(known)) == len(known) and mine not in known:
            return known
        return None


def _each_titled(objects: list[PersonMention], text: str, e: int) -> bool:
    """Every counterpart of a courtesy-call list is named with their own title ("President A,
    Prime Minister B and opposition leader C") and none is a spouse of the one before."""
    prev = e
    for p in objects:
        gap = text[prev : name_start(p, text)]
        if not re.sub(r"[\s,]|\band\b", "", gap) or COUPLE.search(gap):
            return False  # "on A, B and C": no description of their own
        prev = p.end
    return True


def _protagonist(finder: EventFinder) -> PersonMention | None:
    """The person of most of the recent encounters (a day told as a series of meetings), as
    the mention that last named them as a subject."""
    counts: dict[int, int] = {}
    for ev in finder.events[-4:]:
        for ent in ev.people():
            counts[ent] = counts.get(ent, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    if counts[best] < 2:
        return None
    for p in (finder.last_subject, finder.prev_subject):
        if p is not None and p.entity == best:
            return p
    return PersonMention(start=0, end=0, sent=0, entity=best, name=finder.entities[best].name)
