"""Lists of people whose items are separated by semicolons.

Readouts often list counterparts or envoys as "A of P; B of Q and C of R" or "A, Ambassador
of P; B, High Commissioner of Q". A semicolon there separates two items of one list, not two
clauses: `item_goes_on(text, k)` says so for the semicolon at offset k when what follows is
another person (an honorific, or a capitalised name told with "of <Country>" or ", <title>").
`countries_after` reads the country told right after each name of such a list.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.schema import PersonMention

if TYPE_CHECKING:
    from ingest.events import SentenceView

# an honorific opening the next item: "; Mr A", "; and Madam B", "; HE Dr C"
HONORIFIC_ITEM = re.compile(
    r"\s*(?:and\s+)?(?:(?:Mr|Mrs|Ms|Madam|Madame|Dr|Prof|HE|H\.E\.|Hon|Dame|Sir|Dato['’]?|Datuk)"
    r"\.?\s+)+[A-Z]"
)
# "; Ana Kolo of Ruritania", "; Ana Kolo, Ambassador of ..." : a name and its description
NAMED_ITEM = re.compile(
    r"\s*(?:and\s+)?(?:[A-Z][\w’'-]+\s+){1,4}?(?:of|from)\s+(?:the\s+)?[A-Z]"
    r"|\s*(?:and\s+)?(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+,\s+(?:the\s+)?(?:[A-Z][\w-]+\s+){0,3}"
    r"(?:Ambassador|High Commissioner|Minister|Secretary|Envoy|Consul|President|Chargé)\b"
)


# between a name and its country: " of ", ", Ambassador of the ", " from "
OF_COUNTRY = re.compile(r"\s*(?:,\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4})?(?:of|from)\s+(?:the\s+)?")


def item_goes_on(text: str, k: int) -> bool:
    """The semicolon at `k` separates two items of a list of people."""
    if k >= len(text) or text[k] != ";":
        return False
    return bool(HONORIFIC_ITEM.match(text, k + 1) or NAMED_ITEM.match(text, k + 1))


def semicolons_split(text: str) -> list[int]:
    """The semicolons of `text` that separate clauses (not items of a list of people)."""
    return [k for k, c in enumerate(text) if c == ";" and not item_goes_on(text, k)]


def countries_after(
    text: str, view: SentenceView, objects: list[PersonMention]
) -> list[str | None]:
    """The country told right after each name ("A of Ruritania", "B, Ambassador of Q")."""
    out: list[str | None] = []
    for k, p in enumerate(objects):
        nxt = objects[k + 1].start if k + 1 < len(objects) else view.sentence.end
        found = [
            c
            for st, c in view.countries
            if p.end <= st < nxt and OF_COUNTRY.fullmatch(text[p.end : st])
        ]
        out.append(found[0] if found else None)
    return out
