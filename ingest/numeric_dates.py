"""Dates written in figures ("30/1/2024", "1.30.2024"), which the date patterns leave out.

Day-first and month-first orders are both in use: a figure above 12 tells which one it is;
when both readings are possible, a weekday written just before the date ("Tuesday
30/1/2024") picks the reading that falls on it; otherwise the date stays unread (a wrong day
costs more than none). The weekday itself then names no other day: it is the date's own.
Only dates inside prose count: a line that is a date or a timestamp is the page's own
(ingest/page_stamp.py)."""

from __future__ import annotations

import datetime as dt
import re

from ingest.dates import WEEKDAYS, DateRef

NUMERIC = re.compile(
    r"(?:\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"\b(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})\b"
)

PROSE = re.compile(r"\b[a-z]{3,}\b")
CLOCK_AFTER = re.compile(r"\s*,?\s*\d{1,2}[:.]\d{2}\b")


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def read_numeric(a: int, b: int, year: int, weekday: str | None) -> dt.date | None:
    """The date meant by "a/b/year" (None when it cannot be told)."""
    day_first, month_first = _day(year, b, a), _day(year, a, b)
    readings = {d for d in (day_first, month_first) if d is not None}
    if weekday:
        readings = {d for d in readings if d.weekday() == WEEKDAYS.index(weekday.lower())}
    return readings.pop() if len(readings) == 1 else None


def numeric_refs(text: str, offset: int, refs: list[DateRef]) -> list[DateRef]:
    """`refs` (a sentence's resolved dates) with its dates in figures added; a weekday that
    introduces one of them is dropped."""
    out = list(refs)
    if not PROSE.search(NUMERIC.sub(" ", text)):
        return out  # a page's date or timestamp line: ingest/page_stamp.py reads those
    for m in NUMERIC.finditer(text):
        if CLOCK_AFTER.match(text, m.end()):
            continue  # "19.05.2031 02:00": a timestamp, not the day of an encounter
        found = read_numeric(
            int(m.group("a")), int(m.group("b")), int(m.group("year")), m.group("wd")
        )
        if found is None:
            continue
        start, end = m.start() + offset, m.end() + offset
        out = [r for r in out if r.end <= start or r.start >= end]  # the weekday, if read
        out.append(
            DateRef(
                start=start,
                end=end,
                text=m.group(0),
                value=found.isoformat(),
                precision="day",
                kind="explicit",
                explicit_year=found.year,
            )
        )
    return sorted(out, key=lambda r: r.start)
