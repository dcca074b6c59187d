"""The end of an instrument's title: the formal "between" tail naming the two governments or
bodies that concluded it ("Agreement on X Between the Government of A and the Government of
B", a capitalised "Between" of a listed title) is who signed, not what the instrument is; the
name keeps the words before it. A plain "MoU between the defence ministries of A and B"
keeps its parties (they are all that names it)."""

from __future__ import annotations

import re

from ingest.schema import ExtractedAgreement

PARTIES_TAIL = re.compile(r"\s+between\s+(?P<rest>.+)$", re.I)
GOVERNMENTS = re.compile(r"^(?:the\s+)?governments?\b", re.I)
LONG_TAIL = 12  # words


def cut_parties(name: str) -> str:
    """ "Agreement on X Between the Government of A and the Government of B" -> "Agreement
    on X"; a short tail ("MoU between the foreign ministries of A and B") stays."""
    m = PARTIES_TAIL.search(name)
    if not m or len(name[: m.start()].split()) < 3:
        return name
    rest = m.group("rest")
    formal = m.group(0).lstrip().startswith("Between")  # a title's own "Between A and B"
    if GOVERNMENTS.match(rest) or (formal and len(rest.split()) >= LONG_TAIL // 2):
        return name[: m.start()]
    return name


def name_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


def refers_back(found: dict[str, ExtractedAgreement], name: str) -> bool:
    """A definite mention of a statement already found ("a joint statement" ... "the 17-point
    joint statement"): the earlier one takes the fuller name."""
    key = name_key(name)
    for k, ag in found.items():
        if ag.kind == "declaration" and key.endswith(" " + k):
            ag.name = name
            return True
    return False
