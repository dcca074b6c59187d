"""Days of a gathering: "on the second day of the summit", "one day before the forum", "on
the eve of the conference", resolved against the gathering's dates stated elsewhere in the
same article ("the April 25-27 summit", "held from 8-11 September", "on 10th and 11th of
February"). Without such a statement nothing is resolved: a reader cannot tell the day.

`forum_span(text, published)` finds the gathering's first and last day; `forum_day_refs`
turns the expressions of one sentence into day-precision DateRefs (wired in
ingest/extract.py next to the sentence's own date expressions)."""

from __future__ import annotations

import datetime as dt
import re

from ingest.dates import DateRef, parse_iso

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_TO = r"\s*(?:-|–|—|to|and|until|through)\s*"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?"
GATHERING = (
    r"(?:summit|forum|conference|session|assembly|meeting|retreat|congress|convention|games"
    r"|expo|exhibition|dialogue|talks|gathering|symposium|festival|week)"
)
# "April 25-27", "September 6 to 8, 2016"
MONTH_FIRST = re.compile(
    rf"\b{_MONTH}\s+(?P<d1>\d{{1,2}}){_ORD}{_TO}(?P<d2>\d{{1,2}}){_ORD}\b{_YEAR}"
)
# "8-11 September", "10th and 11th of February 2019"
DAY_FIRST = re.compile(
    rf"\b(?P<d1>\d{{1,2}}){_ORD}{_TO}(?P<d2>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH}\b{_YEAR}"
)
NEAR_GATHERING = re.compile(rf"\b{GATHERING}s?\b", re.I)
_NTH = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}
_NUM = {"one": 0, "1": 0, "two": 1, "2": 1, "three": 2, "3": 2, "four": 3, "4": 3}
# "on the second day of the summit", "on the closing day of the forum", "the summit's final day"
NTH_DAY = re.compile(
    rf"\b(?:on\s+)?the\s+(?P<nth>first|opening|second|third|fourth|fifth|last|final|closing)\s+"
    rf"day\s+of\s+(?:the|this|its)\s+(?:[\w'’-]+\s+){{0,6}}?{GATHERING}\b"
    rf"|\bday\s+(?P<num>one|two|three|four|1|2|3|4)\s+of\s+(?:the|this)\s+(?:[\w'’-]+\s+){{0,6}}?"
    rf"{GATHERING}\b",
    re.I,
)
# "one day before the forum", "on the eve of the summit", "a day ahead of the conference"
EVE = re.compile(
    rf"\b(?:(?:one|a)\s+day\s+(?:before|ahead\s+of)|on\s+the\s+eve\s+of)\s+(?:the|this)\s+"
    rf"(?:[\w'’-]+\s+){{0,6}}?{GATHERING}\b",
    re.I,
)
MONTHS = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
]  # fmt: skip


def _month(name: str) -> int:
    return MONTHS.index(name.lower()[:3]) + 1


def forum_span(text: str, published: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the gathering the article reports: the first date range
    told in a sentence that names a gathering ("the April 25-27 summit")."""
    pub = parse_iso(published) if published and len(published) == 10 else None
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if not NEAR_GATHERING.search(sentence):
            continue
        for pat in (MONTH_FIRST, DAY_FIRST):
            m = pat.search(sentence)
            if m is None:
                continue
            d1, d2 = int(m.group("d1")), int(m.group("d2"))
            if not 1 <= d1 < d2 <= 31 or d2 - d1 > 14:
                continue
            month = _month(m.group("month"))
            year = int(m.group("year")) if m.group("year") else None
            if year is None and pub is None:
                continue
            if year is None:
                assert pub is not None
                year = pub.year
                if dt.date(year, month, 1) > pub + dt.timedelta(days=62):
                    year -= 1  # a range told after the fact, in the previous year
            try:
                return dt.date(year, month, d1), dt.date(year, month, d2)
            except ValueError:
                continue
    return None


def forum_day_refs(text: str, offset: int, span: tuple[dt.date, dt.date] | None) -> list[DateRef]:
    """The gathering-day expressions of one sentence, resolved against `span`."""
    if span is None:
        return []
    first, last = span
    refs = []
    for m in NTH_DAY.finditer(text):
        nth = (m.group("nth") or "").lower()
        if nth in ("last", "final", "closing"):
            day = last
        else:
            day = first + dt.timedelta(days=_NTH[nth] if nth else _NUM[m.group("num").lower()])
        if day <= last:
            refs.append(_ref(m, offset, day))
    for m in EVE.finditer(text):
        refs.append(_ref(m, offset, first - dt.timedelta(days=1)))
    return refs


def _ref(m: re.Match[str], offset: int, day: dt.date) -> DateRef:
    return DateRef(
        start=offset + m.start(),
        end=offset + m.end(),
        text=m.group(0),
        value=day.isoformat(),
        precision="day",
        kind="relative",
    )
