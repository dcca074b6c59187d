"""The status of an instrument from the words that govern it: proposed ("will sign",
"decided to conclude"), agreed ("agreed to establish"), signed ("signed", "inked", "was
signed"), in force (an existing instrument mentioned with "the", "in force since", one signed
years before the report)."""

from __future__ import annotations

import re

from graph.model import AgreementKind, AgreementStatus
from ingest.events import SentenceView

ESTABLISH = (
    r"(?:establish|set up|form|create|launch|constitute|institute|restor|reviv|re-establish"
    r"|revitali[sz])"
)
PROPOSED = re.compile(
    r"\b(?:decided|decide|agreed|agree|plan(?:ned|s)?|intends?|intended|expected|set|will|would|shall|"
    r"hopes?|proposed|propose|are to|is to|to be|aim(?:s|ed)?|look forward|discussed|mulled)\b"
    r"[\w\s-]{0,25}?\b(?:sign|conclude|finali[sz]e|ink|draft|negotiate)\w*\s+(?:[\w-]+\s+){0,6}$",
    re.I,
)
AGREED = re.compile(
    rf"\b(?:agreed|decided|resolved)\s+(?:to|on|upon)\s+(?:{ESTABLISH}\w*\s+)?(?:[\w-]+\s+){{0,3}}$",
    re.I,
)
ESTABLISHED = re.compile(rf"\b{ESTABLISH}\w*\s+(?:[\w-]+\s+){{0,6}}$", re.I)
SIGNED_BEFORE = re.compile(
    r"\b(?:signed|inked|concluded|initialled|exchanged|sealed|signing of|issued|adopted|endorsed)"
    r"\s+(?:[\w,-]+\s+){0,9}$",
    re.I,
)
SIGNED_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:was|were)\s+(?:also\s+)?(?:signed|inked|concluded)\b", re.I
)
# "..., which has been in force since 2015", "entered into force in 2021"
IN_FORCE_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:(?:has|have|had) been in force|in force since|entered into force|"
    r"came into (?:force|effect)|took effect|has been in effect"
    r"|(?:remains?|remained|is still|are still|stays?) in (?:force|effect))\b",
    re.I,
)
# the topic told between commas before the verb: "The treaties, on A and on B, were signed"
FRONTED_TOPIC = re.compile(
    r"^\s*,\s*on\s+(?P<body>[^,;.()]+?(?:,?\s+and\s+on\s+[^,;.()]+?)*)\s*,\s*"
    r"(?:were|was)\s+(?:also\s+)?(?:signed|inked|concluded)\b",
    re.I,
)
# an appositive that tells a named body was just created: ", the new body established to ..."
NEW_BODY_AFTER = re.compile(
    r"^\s*,\s+(?:a|the)\s+(?:new|newly)\s+(?:[\w-]+\s+)?(?:body|mechanism|forum|platform)"
    rf"\s+(?:(?:that|which)\s+(?:was|were|has been)\s+)?{ESTABLISH}\w*\b",
    re.I,
)
FUTURE_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:will|would|is to|are to)\s+be\s+signed\b", re.I)
# "the visa waiver agreement": a determiner, then only the words of the name
DEFINITE = re.compile(
    r"\b(?:the|its|their|existing)\s+"
    r"(?:(?!(?:for|of|with|without|to|by|on|in|at|from|after|before)\b)(?![\w-]*ing\b)[\w’'-]+\s+){0,5}$",
    re.I,
)


# a capitalised name right after "the" ("the General Security of Military Information Agreement")
NAME_AFTER_DEFINITE = re.compile(r"\b(?:the|its|their|existing)\s+$", re.I)
# "Manila has a status-of-forces arrangement with Canberra": an instrument it already holds
HAS_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|long\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,4}$", re.I
)
SIGNED_IN_YEAR = re.compile(
    r"^[^.;]{0,160}?\b(?:signed|concluded|ratified)\s+in\s+(?P<y>(?:19|20)\d{2})\b", re.I
)


def header_signed(text: str) -> bool:
    return bool(re.search(r"\b(?:signed|exchanged|inked|concluded)\b", text, re.I))


def long_ago(v: SentenceView, end: int, published: str | None) -> bool:
    """A year-precision date right after the instrument, before the publication year."""
    if not published:
        return False
    later = SIGNED_IN_YEAR.match(v.sentence.text[end - v.sentence.start :])
    if later:
        return int(later.group("y")) < int(published[:4])
    for d in v.dates:
        if d.value and d.precision == "year" and 0 <= d.start - end <= 60:
            return int(d.value) < int(published[:4])
    return False


def status_of(
    before: str, after: str, kind: AgreementKind, mods: str = ""
) -> AgreementStatus | None:
    if IN_FORCE_AFTER.match(after):
        return "in_force"
    if kind in ("working_group", "commission") and ESTABLISHED.search(before):
        return "agreed"  # the nearest verb: "signed a declaration restoring a Council"
    if kind in ("working_group", "commission") and NEW_BODY_AFTER.match(after):
        return "agreed"  # "the Joint Council, a new body set up to ...": created here
    if FUTURE_AFTER.match(after) or PROPOSED.search(before):
        return "proposed"
    if SIGNED_AFTER.match(after) or SIGNED_BEFORE.search(before):
        return "signed"
    if AGREED.search(before) or (
        kind in ("working_group", "commission") and ESTABLISHED.search(before)
    ):
        return "agreed"
    if kind in ("working_group", "commission"):
        return None  # a standing body mentioned: an organization, not an agreement
    if HAS_BEFORE.search(before) and not re.search(
        r"\b(?:has|have|had)\s+(?:a|an)\s+(?:new|fresh)\b", before, re.I
    ):
        return "in_force"
    if DEFINITE.search(before) or (mods and NAME_AFTER_DEFINITE.search(before[: -len(mods) - 1])):
        return "in_force"
    return None
