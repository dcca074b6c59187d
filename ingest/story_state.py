"""The story state: what a reader carries from one sentence to the next.

Agency copy states a date once ("X met Y in Lisbon on Tuesday") and then tells the rest of
that day in one-sentence paragraphs ("He then received ...", "Earlier in the day ...",
"Lastly, he met ..."). The state below carries the story's current day (with where it came
from and from which sentence), the people the day is about, and the ceremony being told;
rules say when each is kept, shifted or suspended:

- kept: a sentence without a date of its own, or one that says "then", "later",
  "earlier in the day", "this afternoon";
- shifted: a narrative sentence with its own date ("On Wednesday, ..."), "the next day",
  "the following day", "the day before";
- suspended (for that sentence only): a flashback ("they last met in 2019", "had met",
  "following a call on 3 March"), a plan ("will meet on Friday"), a relative clause's date.

A page timestamp or a dated line before the lead ("2 Oct. 16:50", "Wednesday 29 August
2018") gives a weak day: the one a reader takes when the story names no day at all."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ingest.dates import DateRef
from ingest.story_rules import body_dates, in_since, long_before, without_since

# the day being told goes on: "earlier in the day", "later that day", "this afternoon"
SAME_DAY = re.compile(
    r"\b(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+(?:day|morning|afternoon|evening)\b"
    r"|\b(?:this|that|in\s+the)\s+(?:morning|afternoon|evening)\b|\bthe\s+same\s+day\b"
    r"|\b(?:started|began|opened|ended|closed|wrapped\s+up)\s+(?:the|his|her|their)\s+day\b"
    r"|\b(?:busy\s+)?day\s+(?:continued|went\s+on)\b|\btonight\b|\blater\s+today\b",
    re.I,
)
# the day of the report itself ("this afternoon"), where the resolver leaves it open
DEICTIC = re.compile(r"\bthis\s+(?:morning|afternoon|evening)\b|\btonight\b", re.I)
# the story moves on by a day
NEXT_DAY = re.compile(
    r"\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after)\b", re.I
)
PREV_DAY = re.compile(r"\b(?:the\s+(?:previous|preceding)\s+day|the\s+day\s+before)\b", re.I)
# a flashback: the sentence tells of an earlier time; it neither takes nor sets the day
FLASHBACK = re.compile(
    r"\bhad\s+(?:also\s+|earlier\s+|previously\s+|already\s+)?(?:met|held|spoken|talked|visited"
    r"|received|called|hosted|signed)\b"
    r"|\b(?:last|previously|first)\s+(?:met|held|spoke|talked|visited)\b"
    r"|\b(?:follows|followed|comes\s+after|came\s+after|following|after)\s+(?:a|an|the|their|his"
    r"|her)\s+(?:[\w-]+\s+){0,2}?(?:(?:tele)?phone\s+)?(?:call|conversation|meeting|talks|visit)"
    r"\s+(?:on|in|last)\b"
    r"|\b(?:ago|last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year))\b"
    r"|\b(?:days?|weeks?|months?|years?|shortly|soon)\s+(?:after|before)\b"
    r"|\b(?:has|have)\s+(?:\w+\s+)?(?:met|visited|held)\b",
    re.I,
)
# another strand of news begins: its encounters take no day from the story told so far
STRAND = re.compile(
    r"^(?:meanwhile|separately|elsewhere|in\s+(?:an)?other\s+(?:news|development)"
    r"|in\s+a\s+separate\s+development)\b",
    re.I,
)
# the whole of a visit, not one of its days: "During the visit X also met Y"
VISIT_SCOPE = re.compile(
    r"\b(?:during|in\s+the\s+course\s+of)\s+(?:the|his|her|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:visit|stay|trip|tour)\b",
    re.I,
)
# a plan or expectation: its date is not the story's day
PLANNED = re.compile(
    r"\b(?:will|would|shall|is\s+(?:set|due|scheduled|expected)\s+to|are\s+(?:set|due|scheduled"
    r"|expected)\s+to|plans?\s+to|upcoming|scheduled\s+for)\b",
    re.I,
)
# what may stand around the date of a line that only dates the page ("13:54, May 31, 2011",
# "Published : Sunday, 19 November, 2023 at 12:00 AM"): no verb, no sentence
_STAMP_WORDS = re.compile(
    r"^(?:[\d:.,|()+\-/]|am|pm|utc|gmt|msk|ist|published|updated|posted|at|on|count|\s)*$",
    re.I,
)


RECENT_DAYS = 45  # how far before publication a story's day may lie


@dataclass
class StoryDay:
    value: str
    precision: str
    source: str  # "story" (a narrative sentence) or "stamp" (a page timestamp / dated line)
    sent: int


@dataclass
class StoryState:
    """The story being told, sentence by sentence (see the module docstring)."""

    published: str | None = None
    day: StoryDay | None = None
    protagonists: set[int] = field(default_factory=set)
    ceremony: int | None = None  # index of the signing encounter still being told
    ceremony_sent: int = -10
    narrated: bool = False  # a narrative sentence has set a day (a stamp no longer does)

    # -- rules -----------------------------------------------------------------
    def flashback(self, text: str) -> bool:
        # "their first talk since he took office last month": the clause dates something else
        return bool(FLASHBACK.search(without_since(text)))

    def planned(self, text: str) -> bool:
        return bool(PLANNED.search(text))

    def observe(
        self,
        sent: int,
        text: str,
        dates: list[DateRef],
        people: set[int],
        own: DateRef | None = None,
    ) -> None:
        """Update the state with one sentence. `own` is the date of an encounter told in it
        (the most reliable narrative date); `dates` are the sentence's date expressions."""
        if self.flashback(text) and own is None:
            return  # suspended: an earlier time, the story's day stays
        dates = body_dates(text, dates)
        if self._long_before(own.value if own is not None else None):
            return  # "they met at another forum on 9 September": a flashback, the day stays
        if own is not None and own.value:
            self._set(own, "story", sent, people)
            return
        if self.day is not None and self.day.precision == "day" and not _dated(dates):
            shift = 1 if NEXT_DAY.search(text) else -1 if PREV_DAY.search(text) else 0
            if shift:
                d = dt.date.fromisoformat(self.day.value) + dt.timedelta(days=shift)
                self.day = StoryDay(d.isoformat(), "day", "story", sent)
                self.protagonists |= people
                return
        usable = [
            d
            for d in dates
            if d.value
            and d.precision in ("day", "month")
            and d.kind != "future"
            and not d.text.lower().startswith(("since", "until", "from"))
            and self._recent(d.value)
            and not self._long_before(d.value)
            and not in_since(text, d)
        ]
        if not usable:
            # "this afternoon": the day of the report, when nothing else dates the story
            if (
                DEICTIC.search(text)
                and self.published
                and len(self.published) >= 10
                and (self.day is None or self.day.source == "stamp")
            ):
                self.day = StoryDay(self.published[:10], "day", "story", sent)
                self.narrated = True
                self.protagonists |= people
            return
        if self.planned(text):
            return
        if _is_stamp(text, usable):
            if not self.narrated and self.day is None:
                self._set(usable[0], "stamp", sent, set())
            return
        self._set(usable[0], "story", sent, people)

    def observe_dateline(self, sent: int, dates: list[DateRef]) -> None:
        """A dateline's day ("BEIJING, Sept. 7 (Agency) --"): a weak day, like a page stamp."""
        usable = [d for d in dates if d.value and self._recent(d.value)]
        if usable and self.day is None and not self.narrated:
            self._set(usable[0], "stamp", sent, set())

    def _recent(self, value: str) -> bool:
        """A news story's day lies within weeks of publication; an older date is history."""
        if not self.published or len(self.published) < 10:
            return True
        pub = dt.date.fromisoformat(self.published[:10])
        first = dt.date.fromisoformat((value + "-01")[:10])
        return pub - dt.timedelta(days=RECENT_DAYS) <= first <= pub + dt.timedelta(days=1) or (
            len(value) == 7 and value == self.published[:7]
        )

    def _long_before(self, value: str | None) -> bool:
        """A day well before the narrated day being told (not a page stamp's day)."""
        day = self.day
        return day is not None and day.source == "story" and long_before(value, day.value)

    def _set(self, d: DateRef, source: str, sent: int, people: set[int]) -> None:
        assert d.value is not None
        if source == "story":
            if self.day is None or self.day.value != d.value or self.day.source != "story":
                self.protagonists = set()
            self.narrated = True
            self.protagonists |= people
        self.day = StoryDay(d.value, d.precision, source, sent)

    def day_for(self, text: str, people: set[int]) -> StoryDay | None:
        """The day of an encounter told in `text` without a date of its own, or None."""
        if self.day is None or self.flashback(text) or self.planned(text):
            return None
        if STRAND.search(text.lstrip(" \"'“‘(")) or VISIT_SCOPE.search(text):
            return None
        if self.day.source == "stamp":
            return self.day  # the only day the page gives: a reader takes it
        if SAME_DAY.search(text) or not self.protagonists or people & self.protagonists:
            return self.day
        return None


def _dated(dates: list[DateRef]) -> bool:
    return any(d.value for d in dates)


def _is_stamp(text: str, dates: list[DateRef]) -> bool:
    """A line made of a date and page furniture only ("13:54, May 31, 2011")."""
    rest = text
    for d in sorted(dates, key=lambda d: -len(d.text)):
        rest = rest.replace(d.text, " ")
    rest = re.sub(
        r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug"
        r"|sep|sept|oct|nov|dec)[a-z]*\.?",
        " ",
        rest,
        flags=re.I,
    )
    return len(text) < 90 and bool(_STAMP_WORDS.match(rest))
