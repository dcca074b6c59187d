"""A page without a publication date often prints one: a timestamp line above the story
("Monday, 3 May 2021 at 09:12AM", "May 3, 2021 | 14:05"). A reader resolves "on Sunday"
against it, as against a publication date; so does the extractor when the article's
metadata carries none.

Only a line near the top that is a date and page furniture (no verb, no sentence) counts,
and only a full calendar day with its year."""

from __future__ import annotations

import re

from ingest.dates import DateResolver

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
