"""Date expressions in a sentence, resolved against the publication date with a precision.

Rules (design decision, see docs in the module functions):
- a weekday ("on Thursday") is the latest such day on or before publication;
- a month without a year ("in February") is the latest such month not after publication;
- "last year" / "this year" are relative to publication, "that year" to the last explicit year
  the article mentioned;
- without a publication date every relative expression stays unresolved (value None).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel

from graph.model import DatePrecision

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_M = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"  # noqa: E501
_Y = r"(?P<year>(?:19|20)\d{2})"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy", re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}(?:,?\s+{_Y})?\b")),
    ("mdy", re.compile(rf"\b{_M}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{_Y}\b)?")),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<day>\d{2})\b")),
    ("my", re.compile(rf"\b{_M}(?:\s+of)?,?\s+{_Y}\b")),
    (
        "m_rel",
        re.compile(
            rf"\b(?:(?P<pre>last|next|this|coming|this coming)\s+)?{_M}"
            rf"(?P<rel>\s+(?:last|this|that|next)\s+year)?(?![\w-])",
            re.I,
        ),
    ),
    (
        "year_rel",
        re.compile(r"\b(?P<rel>last|this|that|next|previous|the previous)\s+year\b", re.I),
    ),
    ("y", re.compile(rf"\b(?:in|since|during|of|until|by|early|late|mid-?)\s+{_Y}\b", re.I)),
    (
        "wd",
        re.compile(
            r"\b(?:(?P<last>last|past)\s+|(?P<next>next|coming|this coming)\s+)?"
            r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    (
        # "on the 12th", but not "on the 25th anniversary" or "the 5th of May" (dmy)
        "nth",
        re.compile(
            r"\b(?:on|by|until|since) the (?P<day>\d{1,2})(?:st|nd|rd|th)\b"
            r"(?=\s*(?:[,.;:)]|$)|\s+(?:at|in|and|when|with|after|before|for|during)\b)"
        ),
    ),
    ("same_day", re.compile(r"\b(?:later |earlier )?(?:on )?(?:that|the same) day\b", re.I)),
    (
        "rel_day",
        re.compile(
            r"\b(?P<rd>yesterday|last night|last evening|today|tomorrow|last week|last month"
            r"|this month|earlier this month|earlier this week|this week"
            r"|(?:later|later this|next|coming|the coming) (?:week|month)|later this year"
            r"|next year|later today|this morning|this afternoon|this evening|tonight"
            r"|a short while ago|a while ago)\b",
            re.I,
        ),
    ),
]

# Words (lower case) without one of which a pattern cannot match: most sentences name no
# date, and a look for a few words is far cheaper than running the patterns. Only for ASCII
# sentences (where lower() and re.I agree, and \d is 0-9); a kind not listed always runs.
# A pattern changed to match without its words here must change its entry too
# (tests/ingest/test_dates.py compares the look with and without these cues).
_DIGITS = tuple("0123456789")
_CUES: dict[str, tuple[str, ...]] = {
    "dmy": _DIGITS,
    "mdy": _DIGITS,
    "iso": _DIGITS,
    "my": _DIGITS,
    "y": _DIGITS,
    "nth": _DIGITS,
    "m_rel": tuple(m[:3] for m in MONTHS),
    "year_rel": ("year",),
    "wd": ("day",),
    "same_day": ("day",),
    "rel_day": ("yesterday", "night", "evening", "today", "tomorrow", "week", "month", "year")
    + ("morning", "afternoon", "ago"),
}


def _may_match(text: str) -> set[str] | None:
    """The kinds of pattern that may match in `text` (None: any)."""
    if not text.isascii():
        return None
    low = text.lower()
    return {kind for kind, cues in _CUES.items() if any(c in low for c in cues)}


# "future": a planned date ("next month", "will meet on Tuesday"); never a past event's date,
# so its value stays None
DateKind = Literal["explicit", "relative", "anaphoric", "future"]

# Before a bare "May" these words make it the month, not the modal verb ("in May", "mid-May")
_MAY_BEFORE = re.compile(
    r"(?:\b(?:in|since|during|of|until|till|by|from|through|to|and|or|between|before|after|"
    r"early|late|mid|last|next|this|that|each|every|throughout)[\s-]+|[,(]\s*)$",
    re.I,
)
# Future-tense markers: a weekday after one of them (with no reporting verb in between) is a
# planned day, not the latest such day before publication
_FUTURE = re.compile(
    r"\b(?:will|shall|would|is|are|was|were) (?:also )?(?:expected|scheduled|due|set|slated|"
    r"poised|going) to\b|\bwill\b|\bplans? to\b|\bplanning to\b|\bto be (?:held|signed)\b|"
    r"\bscheduled for\b|\bupcoming\b",
    re.I,
)
_REPORTING = re.compile(
    r"\b(?:said|says|told|announced|added|stated|confirmed|reported|tweeted|wrote|noted)\b",
    re.I,
)


def _in_future_clause(text: str, start: int) -> bool:
    """A future marker before `start` in the sentence, with no reporting verb after it."""
    before = text[:start]
    marks = list(_FUTURE.finditer(before))
    return bool(marks) and not _REPORTING.search(before[marks[-1].end() :])


class DateRef(BaseModel):
    start: int
    end: int
    text: str
    value: str | None  # ISO truncated to precision, None when unresolved
    precision: DatePrecision
    kind: DateKind
    explicit_year: int | None = None


def parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        while len(parts) < 3:
            parts.append(1)
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def _month_num(name: str) -> int:
    name = name.lower().rstrip(".")
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return _MONTH_ABBR.get(name[:4], _MONTH_ABBR.get(name[:3], 0))


def weekday_before(published: dt.date, weekday: int, strictly_last: bool = False) -> dt.date:
    """The latest `weekday` on or before `published` (strictly before with "last")."""
    delta = (published.weekday() - weekday) % 7
    if strictly_last and delta == 0:
        delta = 7
    return published - dt.timedelta(days=delta)


def month_before(published: dt.date, month: int) -> str:
    """A month named without a year: the latest such month not after publication."""
    year = published.year if month <= published.month else published.year - 1
    return f"{year:04d}-{month:02d}"


def _safe_day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_word(text: str, m: re.Match[str]) -> bool:
    """A capitalised month name; a bare "May" only where it cannot be the modal verb."""
    month = m.group("month")
    if not month[0].isupper():
        return False
    if month.rstrip(".").lower() != "may" or m.group("rel") or m.group("pre"):
        return True
    if _MAY_BEFORE.search(text[: m.start()]):
        return True
    after = text[m.end() :]
    return not re.match(r"\s+[a-z]", after)  # "May be", "May the talks": the modal


class DateResolver:
    """Finds and resolves date expressions sentence by sentence, remembering the last explicit
    year for "that year"."""

    def __init__(self, published: str | None):
        self.published = parse_iso(published) if published and len(published) == 10 else None
        self.context_year: int | None = None
        self.context_day: str | None = None  # the last day-precision date, for "that day"

    def find(self, text: str, offset: int = 0, cues: bool = True) -> list[DateRef]:
        """`cues`: skip the patterns whose words the text lacks (False: run them all)."""
        taken: list[tuple[int, int, str, re.Match[str]]] = []
        may = _may_match(text) if cues else None
        for kind, pat in _PATTERNS:
            if may is not None and kind in _CUES and kind not in may:
                continue
            for m in pat.finditer(text):
                s, e = m.span()
                if any(s < te and e > ts for ts, te, _, _ in taken):
                    continue
                if kind == "m_rel" and not _month_word(text, m):
                    continue
                taken.append((s, e, kind, m))
        refs: list[DateRef] = []
        sentence_year: int | None = None  # "last year: ... in July" -> July of that year
        # resolve in reading order so "in March that year" sees a year named just before it
        for s, e, kind, m in sorted(taken, key=lambda t: t[0]):
            ref = self._resolve(kind, m)
            bare_month = kind == "m_rel" and not m.group("pre") and not m.group("rel")
            if ref and bare_month and ref.kind == "relative" and sentence_year:
                value = f"{sentence_year:04d}-{_month_num(m.group('month')):02d}"
                ref = ref.model_copy(update={"value": value, "kind": "anaphoric"})
            if ref and ref.precision == "year" and ref.value:
                sentence_year = int(ref.value)
            relative = ref is not None and ref.kind == "relative" and kind in ("wd", "m_rel", "nth")
            if ref is not None and relative and ref.value and _in_future_clause(text, s):
                ref = ref.model_copy(
                    update={"value": None, "precision": "unknown", "kind": "future"}
                )
            if ref is None:
                continue
            if ref.explicit_year:
                self.context_year = ref.explicit_year
            if ref.precision == "day" and ref.value:
                self.context_day = ref.value
            refs.append(ref.model_copy(update={"start": s + offset, "end": e + offset}))
        return refs

    def _resolve(self, kind: str, m: re.Match[str]) -> DateRef | None:
        g = m.groupdict()
        pub = self.published
        text = m.group(0)
        base: dict[str, Any] = {"start": 0, "end": 0, "text": text}
        year = int(g["year"]) if g.get("year") else None
        if kind == "iso":
            v = _safe_day(int(g["year"]), int(g["m"]), int(g["day"]))
            return (
                DateRef(
                    **base,
                    value=v,
                    precision="day" if v else "unknown",
                    kind="explicit",
                    explicit_year=year,
                )
                if v
                else None
            )
        if kind in ("dmy", "mdy"):
            month = _month_num(g["month"])
            day = int(g["day"])
            if not 1 <= day <= 31:
                return None
            if year:
                v = _safe_day(year, month, day)
                return DateRef(
                    **base, value=v, precision="day", kind="explicit", explicit_year=year
                )
            if pub is None:
                return DateRef(**base, value=None, precision="unknown", kind="relative")
            y = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
            return DateRef(**base, value=_safe_day(y, month, day), precision="day", kind="relative")
        if kind == "my":
            month = _month_num(g["month"])
            return DateRef(
                **base,
                value=f"{year:04d}-{month:02d}",
                precision="month",
                kind="explicit",
                explicit_year=year,
            )
        if kind == "m_rel":
            month = _month_num(g["month"])
            pre = (g.get("pre") or "").lower()
            if pre and pre != "last" and pre != "this" and not g.get("rel"):
                return DateRef(**base, value=None, precision="unknown", kind="future")
            if pre == "last" and not g.get("rel") and pub is not None:
                # "last May" in May means a year ago
                year = pub.year if month < pub.month else pub.year - 1
                return DateRef(
                    **base, value=f"{year:04d}-{month:02d}", precision="month", kind="relative"
                )
            rel = (g.get("rel") or "").split()
            ref_year = self._year_for(rel[0] if rel else None)
            if rel and ref_year is not None:
                kind_ = "anaphoric" if rel[0] == "that" else "relative"
                return DateRef(
                    **base,
                    value=f"{ref_year:04d}-{month:02d}",
                    precision="month",
                    kind=kind_,  # type: ignore[arg-type]
                )
            if not rel and pub is not None:
                return DateRef(
                    **base, value=month_before(pub, month), precision="month", kind="relative"
                )
            return DateRef(**base, value=None, precision="unknown", kind="relative")
        if kind == "year_rel":
            y = self._year_for(g["rel"].split()[-1].lower())  # type: ignore[assignment]
            return DateRef(
                **base,
                value=f"{y:04d}" if y else None,
                precision="year" if y else "unknown",
                kind="relative",
            )
        if kind == "y":
            return DateRef(
                **base, value=f"{year:04d}", precision="year", kind="explicit", explicit_year=year
            )
        if kind == "wd":
            if g.get("next"):
                return DateRef(**base, value=None, precision="unknown", kind="future")
            if pub is None:
                return DateRef(**base, value=None, precision="unknown", kind="relative")
            d = weekday_before(pub, WEEKDAYS.index(g["wd"].lower()), bool(g.get("last")))
            return DateRef(**base, value=d.isoformat(), precision="day", kind="relative")
        if kind == "nth":
            # "on the 12th": of the publication month, or the month before if still ahead
            day = int(g["day"])
            if pub is None or not 1 <= day <= 31:
                return DateRef(**base, value=None, precision="unknown", kind="relative")
            first = pub.replace(day=1)
            if day > pub.day:
                first = (first - dt.timedelta(days=1)).replace(day=1)
            v = _safe_day(first.year, first.month, day)
            return DateRef(**base, value=v, precision="day" if v else "unknown", kind="relative")
        if kind == "same_day":
            v = self.context_day
            return DateRef(**base, value=v, precision="day" if v else "unknown", kind="anaphoric")
        if kind == "rel_day":
            if pub is None:
                return DateRef(**base, value=None, precision="unknown", kind="relative")
            rd = g["rd"].lower()
            if rd.startswith(("later", "next", "coming", "the coming")) or rd == "tomorrow":
                return DateRef(**base, value=None, precision="unknown", kind="future")
            if rd in ("yesterday", "last night", "last evening"):
                return DateRef(
                    **base,
                    value=(pub - dt.timedelta(days=1)).isoformat(),
                    precision="day",
                    kind="relative",
                )
            if rd in ("this morning", "this afternoon", "this evening", "tonight") or rd.endswith(
                "while ago"
            ):
                rd = "today"  # the day of publication: "this morning", "a short while ago"
            if rd == "today":
                return DateRef(**base, value=pub.isoformat(), precision="day", kind="relative")
            if rd == "last week":
                wk = pub - dt.timedelta(days=7)
                return DateRef(
                    **base,
                    value=f"{wk.year:04d}-{wk.month:02d}",
                    precision="month",
                    kind="relative",
                )
            if rd == "last month":
                prev = pub.replace(day=1) - dt.timedelta(days=1)
                return DateRef(
                    **base,
                    value=f"{prev.year:04d}-{prev.month:02d}",
                    precision="month",
                    kind="relative",
                )
            return DateRef(
                **base, value=f"{pub.year:04d}-{pub.month:02d}", precision="month", kind="relative"
            )
        return None

    def _year_for(self, rel: str | None) -> int | None:
        pub = self.published
        if rel in ("last", "previous"):
            return pub.year - 1 if pub else None
        if rel == "this":
            return pub.year if pub else None
        if rel == "next":
            return pub.year + 1 if pub else None
        if rel == "that":
            return self.context_year
        return None


def compatible(a: str | None, b: str | None) -> bool:
    """Two dates agree at the coarser precision (unknown agrees with nothing here)."""
    if not a or not b:
        return False
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def publication_month(published: str | None) -> str | None:
    return published[:7] if published and len(published) >= 7 else None
