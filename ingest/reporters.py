"""People who only report on an encounter: "X, a spokesman, told reporters that ...",
"Y said on Sunday the meeting ...". A sentence that refers back to an encounter ("the
meetings are meant to ...") adds its named people to that encounter; one who is the subject
of a reporting verb is the story's source, not a participant, unless already one."""

from __future__ import annotations

import re

# after the name: an optional apposition (", a deputy adviser,"), then a reporting verb
REPORTS = re.compile(
    r"(?:\s*,[^,;.]{1,90},)?\s*,?\s*(?:also\s+)?(?:said|says|told|tells|added|noted|stated|wrote"
    r"|tweeted|briefed|explained|announced|confirmed)\b",
    re.I,
)


def reports(text: str, name_end: int) -> bool:
    """The person whose name ends at `name_end` is the subject of a reporting verb."""
    return bool(REPORTS.match(text, name_end))
