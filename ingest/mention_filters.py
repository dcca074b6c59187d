"""Capitalised words the name finder (ingest/mentions.py) takes for people that are not:

- a social-media handle: "Vice President @ProfAlabi received ...";
- the agency in brackets after a dateline's date: "Kasuma, May 3, 2024 (Sun Wire) ...";
- the name part of a place: "Port Vila", "Mount Hagen", "Fort Jameson"."""

from __future__ import annotations

import re

from ingest.schema import PersonMention
from ingest.text import Sentence


def drop_non_names(sentence: Sentence, people: list[PersonMention]) -> list[PersonMention]:
    return [
        p
        for p in people
        if not _handle(sentence, p) and not _agency(sentence, p) and not _place(sentence, p)
    ]


def _handle(sentence: Sentence, p: PersonMention) -> bool:
    at = sentence.text.find(p.name, p.start - sentence.start) if p.name else -1
    return at > 0 and sentence.text[at - 1] == "@"


DATELINE_PAREN = re.compile(r"^[^.!?]{0,40}\d\s*\($")
PAREN_CLOSE = re.compile(r"^(?:\s*[A-Z][\w.'’&-]*)*\s*\)")


def _agency(sentence: Sentence, p: PersonMention) -> bool:
    """A name in brackets right after the dateline's date is the agency that filed it."""
    b, e = p.start - sentence.start, p.end - sentence.start
    return bool(DATELINE_PAREN.match(sentence.text[:b])) and bool(
        PAREN_CLOSE.match(sentence.text[e : e + 40])
    )


PLACE_PREFIX = re.compile(r"^(?:Port|Mount|Mt\.?|Fort|Lake|Cape)\s")
PLACE_BEFORE_NAME = re.compile(r"\b(?:Port|Mount|Mt\.?|Fort|Lake|Cape)\s+$")


def _place(sentence: Sentence, p: PersonMention) -> bool:
    if p.kind != "name" or not p.name:
        return False
    at = sentence.text.find(p.name, p.start - sentence.start)
    return bool(PLACE_PREFIX.match(p.name)) or (
        at > 0 and bool(PLACE_BEFORE_NAME.search(sentence.text[max(0, at - 8) : at]))
    )
