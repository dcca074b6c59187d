"""The page's own date, for an article that came without a publication date.

Two kinds of line count, both among the first lines of the page:
- a release date on a line of its own under the headline ("2024/3/15", "15 March 2024",
  "Media Release 12th June 2019"): government pages print the day a release went out, and a
  reader takes it as the publication day (`page_date`; ingest/formats.py then sets the
  article's `published`, conventions: "a page timestamp");
- a timestamp line with a weekday or a clock time ("Monday, 3 May 2021 at 09:12AM",
  "May 3, 2021 | 14:05"): a reader resolves "on Sunday" against it as against a publication
  date (`stamp_day`, used by ingest/extract.py when `published` is still unknown).
Only a line that is a date and page furniture (no verb, no sentence) counts, and only a full
calendar day with its year."""

from __future__ import annotations

import datetime as dt
import re

from ingest.dates import DateRef, DateResolver

FIRST_LINES = 6
STAMP = re.compile(
    r"^\s*(?:(?:published|posted|date)\s*(?:on)?\s*:?\s*"
    r"|[A-Za-z ]{0,30}(?:release|statement)\s*[:,–-]?\s*)?"
    r"(\d{4}/\d{1,2}/\d{1,2}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}"
    r"|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})\s*$",
    re.I,
)
FORMATS = ("%Y/%m/%d", "%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y")


def page_date(text: str) -> str | None:
    """The day (YYYY-MM-DD) of a release-date line among the first lines, or None."""
    lines = [ln for ln in text.splitlines() if ln.strip()][:FIRST_LINES]
    for line in lines:
        m = STAMP.match(line)
        if m is None:
            continue
        value = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", re.sub(r"\s+", " ", m.group(1)))
        for fmt in FORMATS:
            try:
                return dt.datetime.strptime(value, fmt).date().isoformat()
            except ValueError:
                continue
    return None


HEAD_LINES = 6  # a stamp stands above the story: in the first lines of the page
MAX_LINE = 90
# what may stand around the date on a stamp line besides the date itself
_FURNITURE = re.compile(
    r"^(?:[\d:.,|()+\-/]|am|pm|utc|gmt|ist|est|cet|published|updated|posted|at|on|last"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\s)*$",
    re.I,
)


def stamp_day(text: str) -> str | None:
    """The calendar day (YYYY-MM-DD) of a timestamp line at the head of the page, or None."""
    resolver = DateResolver(None)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:HEAD_LINES]
    for line in lines:
        if len(line) > MAX_LINE:
            continue
        dates = [
            d
            for d in resolver.find(line, cues=False)
            if d.value and d.precision == "day" and d.kind == "explicit"
        ]
        if len(dates) != 1:
            continue
        d = dates[0]
        rest = (line[: d.start] + " " + line[d.end :]).strip()
        if _FURNITURE.match(rest):
            return d.value
    return None


# the note build_article leaves when only a timestamp line dates the page; the cleaner drops
# that line as furniture, so extraction reads the day back from the note
STAMP_NOTE = "no publication date: relative dates resolved against the page's timestamp line"
_NOTED = re.compile(re.escape(STAMP_NOTE) + r" \((\d{4}-\d{2}-\d{2})\)$")


def noted_stamp(notes: list[str]) -> str | None:
    """The timestamp day an article's notes carry (see `STAMP_NOTE`), or None."""
    for note in notes:
        m = _NOTED.match(note)
        if m:
            return m.group(1)
    return None


# "Suva, Fiji, 15 September 2023 - Prime Minister ...": a release's dateline with a full date
DATELINE_DATE = re.compile(
    r"^\s*[A-Z][\w.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,40})?,\s*"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})"
    r"\s*(?:[-–—:]|\(\w+\))"
)


def dateline_day(text: str) -> str | None:
    """The day of a dateline that carries a full date, at the head of the page, or None:
    a reader takes it as the day the report was filed."""
    resolver = DateResolver(None)
    lines = [ln for ln in text.split("\n") if ln.strip()][:HEAD_LINES]
    for line in lines:
        m = DATELINE_DATE.match(line)
        if m is None:
            continue
        dates = [
            d
            for d in resolver.find(m.group("date"), cues=False)
            if d.value and d.precision == "day" and d.kind == "explicit"
        ]
        if len(dates) == 1:
            return dates[0].value
    return None


def dateline_dates_dropped(text: str, start: int, dates: list[DateRef]) -> list[DateRef]:
    """A sentence's dates without its dateline's date when the sentence tells another one
    ("Port Amara, Ruritania, 15 May 2031 - A met B yesterday": yesterday is the day)."""
    m = DATELINE_DATE.match(text)
    if m is None:
        return dates
    end = start + m.end("date")
    told = [d for d in dates if d.start >= end]
    return told if any(d.value for d in told) else dates
