"""Agreement habits of news reports (used by ingest/agreements.py):

- `blank_glosses`: "a Memorandum of Understanding (MoU) was signed", "the Joint Commission for
  Cooperation (JCC)": the acronym a report glosses an instrument's name with is blanked out
  (same length, so offsets hold) so that the name and the verb after it read as one clause.
- `SOURCE_STATEMENT`: "According to a joint statement by the ministries, ...": a statement
  named as the source of the report is no agreement between the parties.
"""

from __future__ import annotations

import re

# "(MoU)", "(BNC)", "(JPCC)" right after the capitalised head of an instrument's name
GLOSS = re.compile(
    r"\b(?P<h>Understanding|Agreements?|Commission|Treaty|Protocol|Accord|Declaration|Memorandum"
    r"|Cooperation|Co-operation|Partnership|Framework|Programme|Program)"
    r"(?P<g>\s?\((?P<a>[A-Z][A-Za-z&]{1,7})\))(?=[\s,.;:-])"
)
SOURCE_STATEMENT = re.compile(r"\baccording\s+to\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}$", re.I)


def blank_glosses(text: str) -> str:
    def blank(m: re.Match[str]) -> str:
        caps = sum(1 for c in m.group("a") if c.isupper())
        return m.group("h") + " " * len(m.group("g")) if caps >= 2 else m.group(0)

    return GLOSS.sub(blank, text)
