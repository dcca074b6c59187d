"""Officials said only to travel with a visitor: "Minister A is part of the delegation
accompanying Premier B on a working visit to Ruritania and will join B's meetings". The
visit rule reads A and B as two guests of one visit; but two members of one travelling party
with no host named have not met anyone (conventions: officials said only to be travelling
with a visitor are not participants). Such an encounter is dropped."""

from __future__ import annotations

import re

from ingest.schema import DocumentExtraction

COMPANION = re.compile(
    r"\b(?:accompan(?:y|ies|ying|ied)|travell?ing with|(?:part|members?) of (?:the|a|his|her)"
    r"\s+(?:\w+\s+)?delegation)\b",
    re.I,
)


def drop_travel_companions(out: DocumentExtraction) -> None:
    """Drops visits whose named people are all guests of one travelling party."""
    keep = []
    for ev in out.events:
        people = [p for p in ev.participants if p.person is not None]
        hosts = [p for p in ev.participants if p.role == "host"]
        companions = (
            ev.kind == "visit"
            and len(people) >= 2
            and not hosts
            and all(p.role == "guest" for p in people)
            and COMPANION.search(ev.quote) is not None
        )
        if not companions:
            keep.append(ev)
    out.events = keep  # before the agreements are found: no event index to move
