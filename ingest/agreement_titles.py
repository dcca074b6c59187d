"""The end of an instrument's title: a long "between" tail naming the two governments or
ministries that concluded it ("Agreement on X Between the Government of A and the Government
of B") is who signed, not what the instrument is; the name keeps the words before it."""

from __future__ import annotations

import re

PARTIES_TAIL = re.compile(r"\s+between\s+(?P<rest>.+)$", re.I)
GOVERNMENTS = re.compile(r"^(?:the\s+)?governments?\b", re.I)
LONG_TAIL = 12  # words: a parties tail this long outweighs the topic in any name


def cut_parties(name: str) -> str:
    """ "Agreement on X Between the Government of A and the Government of B" -> "Agreement
    on X"; a short tail ("MoU between the foreign ministries of A and B") stays."""
    m = PARTIES_TAIL.search(name)
    if not m or len(name[: m.start()].split()) < 3:
        return name
    rest = m.group("rest")
    if GOVERNMENTS.match(rest) or len(rest.split()) >= LONG_TAIL:
        return name[: m.start()]
    return name
