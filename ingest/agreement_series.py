"""Several instruments under one head, as readouts write them: a plural head whose items
follow one another after semicolons ("three letters of exchange for A; for B; and for C were
inked"), an elided second item ("an agreement on A and another on B"), a counted plural with
two purposes ("two agreements to further A and extend B were signed"); and where a
complement stops: before a participle that describes the instrument ("... Joint Commission
providing for a mechanism"), before a clause that goes on ("..., and also discussed") and
before a second instrument ("X and the negotiation on the agreement for Y")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.agreement_lexicon import INSTRUMENT, NOT_TOPIC, plural_head
from ingest.agreement_names import COMPLEMENT, tidy

# "; for B; and for C" after the first item's body
SERIES_ITEM = re.compile(
    r"^;\s*(?:and\s+)?(?P<prep>for|on|covering)\s+(?P<body>[^;.:()]{3,160}?)"
    r"(?=\s*;|\s+(?:were|was|have been|had been|are|is)\s|\s*[.:]|$)",
    re.I,
)


@dataclass
class Series:
    items: list[str]  # every item's body, the first one included
    end: int  # where the last item ends in the sentence


def series_items(text: str, first: str, body_end: int) -> Series | None:
    """The items of a plural head told one per semicolon after the first one's body."""
    items, end = [first.strip()], body_end
    while m := SERIES_ITEM.match(text[end:]):
        if INSTRUMENT.search(m.group("body")):
            break
        items.append(m.group("body").strip())
        end += m.end()
    return Series(items, end) if len(items) >= 2 else None


# "... and another on B", "..., and a second one for C"
ANOTHER = re.compile(
    r"^\s*,?\s*(?:and|as well as)\s+(?:another|a second|a third|the other|the second)\s+(?:one\s+)?"
    r"(?P<prep>on|for|in the field of|to)\s+(?P<body>[^,.;:()]{3,160}?)"
    r"(?=\s*[.;:,]|\s+(?:were|was|in the presence|at the|during|which)\b|$)",
    re.I,
)


def another_item(tail: str) -> tuple[str, str] | None:
    """(prep, body) of an elided second instrument right after the first one's complement."""
    m = ANOTHER.match(tail)
    if not m or INSTRUMENT.search(m.group("body")):
        return None
    return m.group("prep").lower(), m.group("body").strip()


# "to further A and extend B": two purposes, each its own verb
PURPOSE_SPLIT = re.compile(
    r"\s+and\s+(?:to\s+)?(?=(?:further|extend|enhance|promote|strengthen|boost|deepen|expand|"
    r"facilitate|establish|develop|provide|support|share|improve|increase|protect|avoid|"
    r"foster|encourage|exchange|set up|create|combat|prevent)\b)",
    re.I,
)
COUNT = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
COUNT_BEFORE = re.compile(r"\b(?P<n>two|three|four|[234])\s+(?:[\w-]+\s+){0,2}$", re.I)


def purpose_items(before: str, body: str) -> list[str] | None:
    """ "Two agreements to further A and extend B": one purpose per counted instrument."""
    n = COUNT_BEFORE.search(before)
    if not n:
        return None
    parts = [p.strip() for p in PURPOSE_SPLIT.split(body) if p.strip()]
    return parts if len(parts) == COUNT[n.group("n").lower()] else None


# where a complement stops although the pattern read on
PARTICIPLE = re.compile(
    r"\s+(?:providing|aimed|aiming|designed|intended|seeking|allowing|enabling|paving|"
    r"marking|which|that|signifies|marks|reflects|represents|demonstrates|shows|underscores)\b",
    re.I,
)
GOES_ON = re.compile(r",?\s+and\s+also\s+\w+", re.I)
SECOND_INSTRUMENT = re.compile(
    r",?\s+and\s+(?:the|a|an)\s+(?:(?:[\w-]+\s+){0,3}(?:on|of|for)\s+(?:the|a|an)\s+"
    r"|(?:[\w-]+\s+){0,3}(?=(?:agreement|treaty|memorandum|mou|protocol|convention|accord)))",
    re.I,
)


def trim_body(body: str) -> str:
    """The complement's body without what only describes or follows the instrument."""
    cut = len(body)
    for pat in (PARTICIPLE, GOES_ON):
        m = pat.search(body)
        if m and m.start() > 0:
            cut = min(cut, m.start())
    for m in SECOND_INSTRUMENT.finditer(body):
        if INSTRUMENT.match(body, m.end()) and m.start() > 0:
            cut = min(cut, m.start())
            break
    return body[:cut].rstrip(" ,")


def _label(word: str, kind: str) -> str:
    if kind == "mou":
        return "MoU"
    first, _, rest = word.partition(" ")
    if rest.lower().startswith("of "):  # "letters of exchange" -> "letter of exchange"
        return f"{first[:-1] if first.lower().endswith('s') else first} {rest}"
    return word[:-3] + "y" if word.lower().endswith("ies") else word.rstrip("s")


def series_names(
    word: str, kind: str, prep: str, body: str, series: Series | None, before: str
) -> list[tuple[str, list[str]]]:
    """One name per item of a semicolon series, or per purpose of a counted plural."""
    items = series.items if series else None
    if not items and prep == "to" and plural_head(word):
        items = purpose_items(before, body)
    if not items:
        return []
    label = _label(word, kind)
    how = prep if prep in ("for", "on", "to") else "on"
    return [(tidy(f"{label} {how} {i}"), [i]) for i in items]


def elided_names(word: str, kind: str, tail: str) -> list[tuple[str, list[str]]]:
    """ "an agreement on A and another on B": the second instrument, same head."""
    found = another_item(tail)
    if not found:
        return []
    prep, body = found
    return [(tidy(f"{_label(word, kind)} {prep} {body}"), [body])]


def between_topic(text: str, at: int) -> tuple[str, int]:
    """The topic told after "an MoU between A and B": (" for X", where it ends), or ("", at)."""
    m = COMPLEMENT.match(text[at:])
    if not m or NOT_TOPIC.match(m.group("body")) or INSTRUMENT.search(m.group("body")):
        return "", at
    prep = m.group("prep").lower()
    if prep not in ("on", "for", "to", "regarding", "concerning", "covering"):
        return "", at
    body = trim_body(m.group("body"))
    return f" {prep} {body}", at + m.start("body") + len(body)


def counted_purposes(before: str, body: str) -> bool:
    """ "two MoUs to A and to B": as many purposes as instruments; "seven agreements to
    strengthen ties" is an unnamed batch with one purpose."""
    return purpose_items(before, body) is not None
