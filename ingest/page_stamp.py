"""The page's own date stamp, for an article that came without a publication date.

Government pages often print the day a release went out on a line of its own near the top
("2024/3/15", "15 March 2024", "March 15, 2024"), under the headline. That line is the
page timestamp, which a reader takes as the publication day (docs/evaluation.md,
conventions: "a page timestamp"); relative dates ("on 15 January", "today") then resolve
against it. Only a line that holds nothing but a date, among the first lines, counts."""

from __future__ import annotations

import datetime as dt
import re

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
