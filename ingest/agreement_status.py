"""The status of an instrument from the words that govern it: proposed ("will sign",
"decided to conclude", "progress towards the finalisation of"), agreed ("agreed to
establish", a joint statement "issued" or "adopted"), signed ("signed", "inked", "was signed",
"exchanged the MoU"), in force (an existing instrument mentioned with "the", "in force since",
one signed months or years before the report)."""

from __future__ import annotations

import re

from graph.model import AgreementKind, AgreementStatus
from ingest.agreement_lexicon import INSTRUMENT
from ingest.dates import DateRef
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
    r"\b(?:signed|inked|concluded|initialled|sealed|renewed|signing (?:ceremony )?of|exchange of)"
    r"\s+(?:[\w,()–—-]+\s+){0,9}$",
    re.I,
)
# a headline's present tense: "Oman and Britain sign a partnership agreement" (not "to sign",
# "will sign", "did not sign")
PRESENT_SIGN = re.compile(
    r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bmay )(?<!\bmust )(?<!\bshould )"
    r"(?<!\bcan )(?<!\bnot )(?<!\bmight )\b(?:sign|signs|ink|inks)\s+(?:[\w,()–—-]+\s+){0,6}$",
    re.I,
)
# "exchanged the MoU", "exchange the signed agreements": the documents, not views or ideas
EXCHANGED_BEFORE = re.compile(
    r"\bexchang(?:e|es|ed|ing)\s+(?!(?:[\w-]+\s+){0,3}?(?:views|ideas|opinions|notes|greetings|"
    r"information|experiences?|gifts|pleasantries)\b)(?:[\w,()–—-]+\s+){0,6}$",
    re.I,
)
# a verb a signatory performs: only these name signatories ("exchanged" names none)
SIGNING_VERB = re.compile(r"\b(?:signed|inked|initialled|sign)\s+(?:[\w,()–—-]+\s+){0,9}$", re.I)
# joint statements and documents issued or adopted after talks: agreed, not signed
ISSUED_BEFORE = re.compile(
    r"\b(?:issued|released|adopted|endorsed|approved|published|unveiled|adoption of|issuing)"
    r"\s+(?:[\w,()–—-]+\s+){0,6}$",
    re.I,
)
SIGNED_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:was|were)\s+(?:also\s+)?(?:jointly\s+)?(?:signed|inked|concluded|exchanged)"
    r"\b"
    r"|^\s*(?:,\s*)?(?:(?:which|that)\s+)?(?:(?:was|were|had been|has been|have been)\s+)?"
    r"(?:jointly\s+)?signed\s+(?:by|between|in|on|at|during|with|last|earlier)\b",
    re.I,
)
ISSUED_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:was|were|has been|have been)\s+(?:also\s+)?(?:jointly\s+)?"
    r"(?:issued|released|adopted|agreed|endorsed|approved|published)\b"
    r"|^\s*(?:,\s*)?(?:issued|released|adopted)\s+(?:by|after|following|at|on|in)\b",
    re.I,
)
# a document being negotiated: "progress towards the finalisation of a revised visa agreement"
NEGOTIATING = re.compile(
    r"\b(?:(?:progress|steps|work)\s+(?:made\s+|achieved\s+)?(?:towards?|on|in)"
    r"(?:\s+(?:the\s+)?(?:finali[sz]ation|conclusion|signing|drafting|negotiation)\s+of)?"
    r"|finali[sz](?:ation of|e|ing)|conclusion of|negotiations?\s+(?:on|for|over|of)"
    r"|negotiating|talks\s+(?:on|for|towards)|drafting(?: of)?|work(?:ing)?\s+(?:on|towards))"
    r"\s+(?:(?:the|a|an)\s+)?(?:(?:new|revised|proposed|draft|comprehensive|bilateral|possible|"
    r"long-awaited|future)\s+)?$",
    re.I,
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
# an instrument that does not exist yet: "a potential FTA", "the proposed treaty"
POTENTIAL = re.compile(
    r"\b(?:potential|possible|prospective|planned|envisaged|proposed|draft|future)\s+$", re.I
)
FUTURE_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:will|would|is to|are to)\s+be\s+signed\b"
    r"|^[^.;]{0,40}?\b(?:is|are|was|were|remains?)\s+(?:still\s+|currently\s+|now\s+)?under\s+"
    r"(?:review|revision|negotiation|discussion|consideration)\b",
    re.I,
)
# "the visa waiver agreement": a determiner, then only the words of the name
DEFINITE = re.compile(
    r"\b(?:the|its|their|existing)\s+"
    r"(?:(?!(?:for|of|with|without|to|by|on|in|at|from|after|before)\b)(?![\w-]*ing\b)[\w’'-]+\s+){0,5}$",
    re.I,
)


# "the" and at most describing adjectives right before the name's own words
DEFINITE_HEAD = re.compile(
    r"\b(?:the|its|their|existing|this year's|last year's)\s+"
    r"(?:(?:existing|bilateral|landmark|historic|new|same|current|present|former|original|"
    r"previous|earlier|recent|current|revised|proposed|draft|formal|broader|[\w-]+-year|"
    r"\d{4})\s+)*$",
    re.I,
)
# "Manila has a status-of-forces arrangement with Canberra": an instrument it already holds
HAS_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|long\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,4}$", re.I
)
SIGNED_IN_YEAR = re.compile(
    r"^[^.;]{0,160}?\b(?:signed|concluded|ratified)\s+in\s+(?P<y>(?:19|20)\d{2})\b", re.I
)


# "came together to sign a roadmap", "met to sign the treaty": the signing was done
TOGETHER_SIGN = re.compile(
    r"\b(?:came|come|comes|got|met|meet|gathered|joined)\s+(?:together\s+)?(?:[\w,-]+\s+){0,3}?"
    r"to\s+(?:sign|ink)\s+(?:[\w,()–—-]+\s+){0,6}$",
    re.I,
)


# the clause's verb after a long subject: "an MoU on X, two visions of Y and Z were signed"
LATER_SIGNED = re.compile(
    r"^(?P<gap>[^.;]{0,220}?)\s(?:were|have been|had been)\s+(?:also\s+)?(?:jointly\s+)?"
    r"(?:signed|inked|exchanged|concluded)\b",
    re.I,
)
OTHER_VERB = re.compile(
    r"\b(?:was|is|are|were|has|have|had|will|would|said|says|told|signed|inked|agreed|discussed|"
    r"held|met|noted|welcomed|included?|includes)\b",
    re.I,
)


def later_signed(after: str) -> bool:
    """The instrument is part of a subject whose plural verb comes later in the clause."""
    m = LATER_SIGNED.match(after)
    return m is not None and not OTHER_VERB.search(m.group("gap"))


OPEN_QUOTE = re.compile(r"\s*[‘“\"']\s*$")


def nearest_verb(before: str) -> str | None:
    """ "signed", "issued" or "present" (a headline's "sign") for the verb nearest before the
    instrument that governs it."""
    before = OPEN_QUOTE.sub(" ", before)  # "signed ‘Memorandum of ...’": a title in quotes
    best: tuple[int, str] | None = None
    for pat, what in (
        (SIGNED_BEFORE, "signed"),
        (EXCHANGED_BEFORE, "signed"),
        (PRESENT_SIGN, "present"),
        (TOGETHER_SIGN, "signed"),
        (ISSUED_BEFORE, "issued"),
    ):
        # the last occurrence of the verb that still reaches the instrument
        for at in _all_matches(pat, before[-160:]):
            if best is None or at > best[0]:
                best = (at, what)
    return best[1] if best else None


def _all_matches(pat: re.Pattern[str], text: str) -> list[int]:
    """Start offsets of every match of an end-anchored pattern (one per verb occurrence)."""
    out: list[int] = []
    pos = 0
    while True:
        m = pat.search(text, pos)
        if not m:
            return out
        out.append(m.start())
        pos = m.start() + 1


def header_signed(text: str) -> bool:
    """A list header that tells its items were signed: "the following MoUs were exchanged:"."""
    return bool(re.search(r"\b(?:signed|exchanged|inked|concluded|renewed)\b", text, re.I))


def _months(value: str) -> int:
    year, _, rest = value.partition("-")
    return int(year) * 12 + (int(rest[:2]) - 1 if rest else 0)


def long_ago(
    v: SentenceView, end: int, published: str | None, definite: bool = False
) -> DateRef | None:
    """The instrument's own date when it was signed well before the report: a year before
    the publication year, or, for an instrument named with "the" (background, not news), a
    month at least two months before the publication month ("the treaty signed in July
    2018"), told right after the instrument."""
    if not published:
        return None
    later = SIGNED_IN_YEAR.match(v.sentence.text[end - v.sentence.start :])
    for d in v.dates:
        if not d.value or d.precision not in ("year", "month") or not 0 <= d.start - end <= 160:
            continue
        if d.start - end > 60 and not later:
            continue
        if d.precision == "year" and int(d.value) < int(published[:4]):
            return d
        if definite and d.precision == "month" and _months(published[:7]) - _months(d.value) >= 2:
            return d
    if later and int(later.group("y")) < int(published[:4]):
        y = later.group("y")
        return DateRef(value=y, precision="year", start=end, end=end, text=y, kind="explicit")
    return None


def status_of(
    before: str, after: str, kind: AgreementKind, mods: str = "", generic: bool = False
) -> AgreementStatus | None:
    """The status the words around an instrument give it; `generic` heads (a document, a
    programme, a roadmap) need a verb: "the programme" alone is not an instrument."""
    head = before
    if mods and before.endswith(mods + " "):
        head = before[: len(before) - len(mods) - 1]
    in_force = IN_FORCE_AFTER.match(after)
    if in_force and not INSTRUMENT.search(after[: in_force.end()]):
        return "in_force"  # not when another instrument comes between: "..., and the Treaty, which"
    if POTENTIAL.search(head):
        return "proposed"  # "a feasibility study on a potential free trade agreement"
    if kind not in ("working_group", "commission") and NEGOTIATING.search(head):
        return "proposed"  # "progress towards the finalisation of a revised visa agreement"
    if kind in ("working_group", "commission") and ESTABLISHED.search(before):
        return "agreed"  # the nearest verb: "signed a declaration restoring a Council"
    if kind in ("working_group", "commission") and NEW_BODY_AFTER.match(after):
        return "agreed"  # "the Joint Council, a new body set up to ...": created here
    if FUTURE_AFTER.match(after) or PROPOSED.search(before):
        return "proposed"
    verb = nearest_verb(before)
    if verb == "present":  # a headline's "sign": not for a bare "cooperation document"
        verb = None if generic else "signed"
    if verb == "issued" or (verb is None and ISSUED_AFTER.match(after)):
        return "agreed"  # "a joint statement issued after the talks", "adopted a roadmap"
    if verb == "signed" or SIGNED_AFTER.match(after):
        return "signed"
    if AGREED.search(before) or (
        kind in ("working_group", "commission") and ESTABLISHED.search(before)
    ):
        return "agreed"
    if kind in ("working_group", "commission") or generic:
        return None  # a standing body mentioned: an organization, not an agreement
    if HAS_BEFORE.search(before) and not re.search(
        r"\b(?:has|have|had)\s+(?:a|an)\s+(?:new|fresh)\b", before, re.I
    ):
        return "in_force"
    if DEFINITE_HEAD.search(head):
        return "in_force"  # "the (existing) visa waiver agreement": the name follows "the"
    return None
