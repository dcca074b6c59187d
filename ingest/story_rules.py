"""Rules about which of a sentence's dates date the story (ingest/story_state.py) and an
encounter (ingest/events.py), for reports of multilateral gatherings and agency copy:

- a dateline ("Dakar, March 9 (Agency): X on Thursday met Y") dates the report: a day the
  sentence states after it is the story's day;
- a flashback told with its own date ("they met on the sidelines of another forum on
  September 9") lies well before the day being told: it does not move the story there;
- a "since" clause after an encounter ("their first talk since he took office last month")
  or a "following the cyclone in April" phrase dates something else;
- a dateline cut off by the splitter ("BEIJING, Sept. 7 (Agency) --") gives a weak day;
- an arrival meeting nobody, dated before the narrated day, is background;
- who is where: a name inside a quotation is not the next sentence's subject; "as X said"
  ends a list of counterparts; "the gathering that included X" and a planned attendance
  join nobody; "A and B met with heads of state from ..." are one side; "Later, ... in
  talks with X" and "He also ..." after an aside are the story subject's encounters;
- plans: "is likely to hold a bilateral meeting", "will have a working lunch meeting";
  but "it was a pleasure to meet X" is a meeting that took place.
Days of a gathering ("on the second day of the summit") are in ingest/forum_days.py.
"""

from __future__ import annotations

import datetime as dt
import re

from ingest.dates import DateRef, DateResolver
from ingest.event_patterns import SEPARATE
from ingest.forum_days import EVE
from ingest.schema import ExtractedEvent

# a dateline the sentence splitter left in the lead: "Dakar, March 9 (Agency): ..."
DATELINE_HEAD = re.compile(
    r"^[A-Z][\w’'.\- ]{1,30}(?:\s*\[[^\]]{1,30}\])?,\s+[^:;]{3,20}?(?:\s*\([^)]{1,30}\))?"
    r"\s*(?::|[-–—]{1,2})\s"
)
# "since he took power last month", "since their talks in May": the clause up to its end
SINCE_CLAUSE = re.compile(r"\bsince\s+(?!then\b)[^,;:.]*", re.I)
# "... held talks with A and B as the Queen said she ...": another clause, another subject
AS_SAID = re.compile(
    r"(?<!such)(?<!well)\s+as\s+(?!well\b)(?=[^.;]{0,80}?\b(?:said|says|told|announced"
    r"|declared|stated|urged|called)\b)",
    re.I,
)
# "held bilateral meetings with the leaders of 11 countries": a series with a group
SERIES_WITH_GROUP = re.compile(
    SEPARATE.pattern + r"\s+(?:with\s+)?(?:the\s+|several\s+|\d+\s+|[\w-]+\s+){0,2}?"
    r"(?:leaders|heads|counterparts|ministers|officials|delegations|delegates|dignitaries)\b",
    re.I,
)
# "it was a real pleasure to meet X", "glad to meet X": a meeting reported, not planned
PLEASURE_TO = re.compile(
    r"^(?!.*\b(?:will|would|shall|forward|hope|hopes|hoped|wish|wishes)\b).*\b"
    r"(?:pleasure|privilege|honou?r|delight|glad|delighted|pleased|nice|good)[\"”']?\s+to\s+$",
    re.I,
)
# "addressing the gathering that included X": the people of a gathering, not of an encounter
AUDIENCE_INCLUDED = re.compile(
    r"\b(?:gathering|audience|crowd|assembly|session|summit|conference|forum|ceremony|opening"
    r"|guests|event|reception)\s+(?:that|which)\s+(?:also\s+)?included$",
    re.I,
)
# "A and B met with heads of state from P and Q": A and B are one side of unnamed meetings
SIDE_MET_GROUP = re.compile(
    r"^\s+(?:with\s+)?(?:the\s+|several\s+|visiting\s+|foreign\s+|\d+\s+)*(?:heads?\s+of\s+"
    r"(?:state|government)|leaders|delegations|representatives|officials|ministers|envoys"
    r"|ambassadors|dignitaries)\b",
    re.I,
)
# "following the cyclone in April", "after the elections of May": a date of another event
AFTER_EVENT = re.compile(
    r"\b(?:following|after|in\s+the\s+wake\s+of|ahead\s+of|before)\s+(?:the|a|an|last|its|their"
    r"|his|her|this)\s+(?:[\w'’-]+\s+){0,3}?(?:in|on|of|during)\s+[^,;:.]{0,30}",
    re.I,
)
# "Later, climate change topped the agenda in bilateral talks with X": a subjectless encounter
# noun in a sentence that goes on with the day being told
LATER_TALKS_WITH = re.compile(
    r"^(?:later|afterwards|subsequently|then|earlier|also)\b[^.;]{0,80}?\b(?:in|during|at)\s+"
    r"(?:(?:a|the|his|her|separate|bilateral|brief|further)\s+){0,3}(?:talks|meeting|discussions)"
    r"\s+with\s*$",
    re.I,
)
ARRIVED = re.compile(r"\b(?:arrived|landed)\b", re.I)
# "is likely to hold a bilateral meeting with", "will be having a pull-aside meeting with":
# a modal of the future a few words before the encounter noun
MODAL_AHEAD = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were)\s+(?:also\s+)?(?:likely|set|scheduled|expected|due"
    r"|slated|poised|going)\s+to)\s+(?:[\w'’-]+\s+){0,4}$"
    # "will be joining the Prime Minister on his state visit": a progressive future
    r"|\b(?:will|shall)\s+be\s+[a-z]+ing\b[^.;:!?,]{0,70}$"
    # "will on Friday, 21 May 2021, host": a day put between the modal and its verb
    r"|\bwill\s+(?:on\s+|this\s+|next\s+)?(?:\w+day|today|tomorrow|tonight)\b[^.;!?]{0,30}$",
    re.I,
)
# "X will today visit A, B and C in D and then hold talks with": a plan of several steps,
# its later steps planned too (no past tense between the "will" and the trigger)
PLAN_CHAIN = re.compile(
    r"\b(?:will|shall)\s+(?:(?:today|tomorrow|later|also|first|then)\s+)?[a-z]+\b"
    r"(?:(?!\b(?:was|were|had|has|met|held|\w+ed)\b)[^.;!?]){0,200}?"
    r"\b(?:and|before)\s+(?:then\s+|later\s+|also\s+)?(?:[a-z]+\s+){0,2}$",
    re.I,
)
# how far before the day being told a dated encounter must lie to be a flashback
FLASHBACK_DAYS = 7


def body_dates(text: str, dates: list[DateRef]) -> list[DateRef]:
    """The dates of a sentence without those of its dateline, when the sentence states one
    of its own after the dateline ("New York, Sept 27 (Agency): X on Thursday met Y")."""
    head = DATELINE_HEAD.match(text)
    if head is None:
        return dates
    inside = [d for d in dates if 0 <= text.find(d.text) < head.end()]
    rest = [d for d in dates if d not in inside and d.value and d.precision == "day"]
    return [d for d in dates if d not in inside] if inside and rest else dates


def long_before(value: str | None, current: str | None) -> bool:
    """`value` (a day) lies more than FLASHBACK_DAYS before the `current` story day."""
    if not value or not current or len(value) != 10 or len(current) != 10:
        return False
    gap = dt.date.fromisoformat(current) - dt.date.fromisoformat(value)
    return gap > dt.timedelta(days=FLASHBACK_DAYS)


def since_spans(text: str, offset: int) -> list[tuple[int, int]]:
    """Absolute spans of the "since ..." clauses of a sentence starting at `offset`."""
    return [(offset + m.start(), offset + m.end()) for m in SINCE_CLAUSE.finditer(text)]


def without_since(text: str) -> str:
    """The sentence with its "since ..." clauses and its days of a gathering ("one day before
    the forum") blanked (offsets kept): neither makes the sentence a flashback."""
    text = SINCE_CLAUSE.sub(lambda m: " " * len(m.group(0)), text)
    return EVE.sub(lambda m: " " * len(m.group(0)), text)


def in_since(text: str, d: DateRef) -> bool:
    """The date expression `d` is told inside a "since ..." clause of `text` or a "following
    the cyclone in April" phrase: it dates something else."""
    at = text.find(d.text)
    spans = [*SINCE_CLAUSE.finditer(text), *AFTER_EVENT.finditer(text)]
    return any(m.start() <= at < m.end() for m in spans)


def quoted(text: str, at: int) -> bool:
    """Position `at` of `text` lies inside a quotation ("..." or “...”)."""
    marks = [i for i, c in enumerate(text) if c in '"“”']
    if len(marks) % 2 and marks[0] > 0 and text[marks[0] - 1] in ",.!?…":
        # a quotation opened in an earlier sentence closes here: 'Nice to meet Z," Y said.'
        if at < marks[0]:
            return True
        marks = marks[1:]
    return sum(1 for i in marks if i < at) % 2 == 1


def separate_series(text: str, ev: ExtractedEvent) -> bool:
    """ "X held bilateral meetings with leaders of 11 countries": an encounter told as a series
    of separate meetings with nobody named is no gathering that others join later."""
    return bool(SERIES_WITH_GROUP.search(text[ev.start : ev.end]))


def dateline_refs(head: str, offset: int, published: str | None) -> list[DateRef]:
    """The day of a dateline cut off its sentence ("BEIJING, Sept. 7 (Agency) -- "): the
    report's day, which a reader takes for the encounters the story does not date."""
    refs = DateResolver(published).find(head, offset)
    return [d for d in refs if d.value and d.precision == "day"][:1]


def after_event_spans(text: str, offset: int) -> list[tuple[int, int]]:
    """Absolute spans of "following the <event> in <date>" phrases of a sentence."""
    return [(offset + m.start(), offset + m.end()) for m in AFTER_EVENT.finditer(text)]


def arrival_before(
    text: str, here: list[ExtractedEvent], dates: list[DateRef], day: str | None
) -> bool:
    """ "X on Monday met leaders ... X arrived here on Sunday": an arrival that meets nobody
    named, dated before the day being told, is background; the story stays on its day."""
    if not day or len(day) != 10 or not ARRIVED.search(text):
        return False
    if any(len(ev.people()) >= 2 for ev in here):
        return False
    days = [d.value for d in dates if d.value and d.precision == "day"]
    return bool(days) and all(v < day for v in days)
