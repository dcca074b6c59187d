"""Instruments told as items of a list or by what they are for, as signing readouts write
them: "witnessed the signing of an MoU on X; an agreement to establish Y; an MoU between
A and B", "signed an MoU to bolster cooperation in Z", "four MoUs in the Banking Sector",
"The four MoUs are - ..." after "instruments are going to be signed". Also the words that
look like an instrument's name but are not one: "the initial deals", "Understanding MoUs"
(an abbreviation in brackets), "the documents for two MoUs" (the MoUs are the instruments),
"Secretary General of the Tourism Council" (an office), "MoUs in various fields"."""

from __future__ import annotations

import re

from graph.model import AgreementStatus
from ingest.agreement_lexicon import INSTRUMENT
from ingest.agreement_names import TITLE_GOES_ON

_COUNT = r"(?:a|an|another|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
# what lies between two instruments of one list: "...; an agreement", ", two MoUs and a Protocol"
LIST_GAP = re.compile(
    rf"^(?:\s*(?:\([^()]{{1,12}}\)\s*)?(?:[;,]\s*(?:and\s+|as well as\s+)?|\s+and\s+"
    rf"|\s+as well as\s+)|[^;.]{{0,120}};\s*(?:and\s+)?)"
    rf"(?:also\s+)?(?:{_COUNT}\s+)?(?:(?:other|more|separate|further)\s+)?$",
    re.I,
)
# "an MoU to bolster cooperation in ...": the purpose names the instrument
PURPOSE = re.compile(
    r"^(?:further\s+)?(?:strengthen|bolster|promote|promoting|enhance|boost|deepen|expand|foster|"
    r"develop|establish|implement|facilitate|increase|improve|encourage|set up|create|regulate|"
    r"support|avoid|protect|exempt|abolish|waive|cooperate|collaborate|exchange|further|advance|"
    r"extend|provide|share|ensure|enable|combat|fight|prevent|counter)\b",
    re.I,
)
PURPOSE_KINDS = ("mou", "agreement", "treaty", "other")
# a field the "in" complement names: "two MoUs in Banking Sector", "an MoU in the field of"
DOMAIN = re.compile(
    r"\b(?:sectors?|fields?|areas?|spheres?|domains?|industry|industries|cooperation|"
    r"collaboration|services|education|training|food|energy|health|trade|defen[cs]e|security)\b",
    re.I,
)
NOT_IN_TOPIC = re.compile(
    r"^(?:a|an|this|that|its|their|his|her)\b|^(?:the\s+)?(?:presence|capital|city|run-up|wake|framework|context|course|light|past|"
    r"future|meantime|process|end|beginning|name|form|line|order|view|hope|spirit|house|hall|"
    r"palace|office)\b",
    re.I,
)
COUNTED_BEFORE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:[\w-]+\s+)?$",
    re.I,
)
# "cooperation in various fields": no field named
VAGUE_TOPIC = re.compile(
    r"(?:^|\b(?:in|on|across)\s+)(?:cooperation\s+in\s+)?(?:the\s+)?(?:various|diverse|different|several|multiple|many|all|"
    r"other|numerous|a number of|a range of|\w+\s+different|\w+\s+key)\s+"
    r"(?:fields|areas|sectors|spheres|domains|issues|matters)\b",
    re.I,
)
# "An MoU between the Agricultural Research Council (ARC) and the Institute of X was signed"
BETWEEN = re.compile(
    r"^\s*(?:(?:was|were|has been|have been)\s+(?:also\s+)?(?:jointly\s+)?"
    r"(?:signed|inked|exchanged)\s+)?between\s+(?P<who>(?:[^.;:()]|\([A-Z]{2,10}\))+?)"
    r"(?=\s*(?:[.;:]|$)|\s+(?:was|were|has|have|is|are|will|would|along|signed|inked|at|during|"
    r"in the presence|which|that)\b|\s+(?:on|in|to|for)\s+(?-i:[a-z])"
    r"|,\s*(?!and\s+(?-i:[A-Z]))(?-i:[a-z])|,\s*(?:the|a|an)\s)",
    re.I,
)
BARE_PARTIES = re.compile(
    r"^(?:the\s+|both\s+)?(?:two|both|three|respective)?\s*(?:countries|sides|nations|governments|"
    r"states|parties|leaders)\b",
    re.I,
)
# an instrument word right after another instrument, in brackets: "memoranda of understanding (MoU)"
ABBREVIATION = re.compile(
    r"\b(?:understanding|agreements?|memorand\w*|treat\w*|mous?)\s*\(\s*$", re.I
)
# an office that holds a body's name: "Secretary General of the Tourism Council"
OFFICE_OF = re.compile(
    r"\b(?:Secretary(?:[- ]General)?|Chair(?:man|woman|person)?|President|Director(?:[- ]General)?"
    r"|Head|Member|Minister|Chief|Governor|Executive|CEO|Commissioner|Spokes(?:man|woman|person)"
    r"|Vice[- ]\w+|Deputy\s+\w+)\s+of\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,5}$"
    # a standing body that meets: "during the First Meeting of the Joint Ministerial Commission"
    r"|\b(?i:meeting|session|sitting)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,5}$"
)
# a body that holds a list of batch instruments: "instruments are going to be signed"
BATCH_PLANNED = re.compile(
    r"\b(?:documents|agreements|instruments|memoranda|memorandums|MoUs|accords|treaties|protocols)"
    r"\b[^.;]{0,80}?\b(?:(?:are|is|were|was)\s+(?:going|set|expected|due|scheduled|likely|slated)"
    r"\s+to\s+be|will\s+(?:also\s+)?be|are\s+to\s+be)\s+(?:signed|inked|exchanged|concluded)\b"
    r"|\b(?:documents|agreements|instruments|MoUs|accords|treaties)\s+(?:yet\s+)?to\s+be\s+"
    r"(?:signed|inked|concluded)\b",
    re.I,
)
# words of a name that name no instrument ("Twenty-four Agreements Memorandums of Understanding")
EMPTY_WORDS = re.compile(
    r"^(?:(?:memorand(?:um|a|ums)|of|understanding|mous?|agreements?|accords?|treat(?:y|ies)|"
    r"protocols?|deals?|documents?|and|the|a|an|[\w]+-(?:one|two|three|four|five|six|seven|"
    r"eight|nine)|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty)\b[\s,]*)+$",
    re.I,
)


def list_status(text: str, last_end: int, head_start: int) -> bool:
    """The instrument at `head_start` is the next item of a list whose last item ended at
    `last_end`: it shares that item's status."""
    gap = text[last_end:head_start] if last_end >= 0 else ""
    return last_end >= 0 and bool(LIST_GAP.match(gap)) and not INSTRUMENT.search(gap)


def purpose_ok(kind: str, body: str) -> bool:
    """ "an MoU to bolster cooperation in X": a purpose that names the instrument."""
    return kind in PURPOSE_KINDS and bool(PURPOSE.match(body))


def in_topic_ok(body: str, before: str, places: list[tuple[int, int]], at: int) -> bool:
    """ "two MoUs in Banking Sector": an "in" complement is a field, not a place or the
    occasion, and needs a count before the head or a field word in it."""
    if NOT_IN_TOPIC.match(body) or re.match(r"^(?:\d|(?-i:[A-Z])\w+\s+\d)", body):
        return False
    if any(ps <= at < pe or at <= ps < at + len(body) for ps, pe in places):
        return False
    return bool(COUNTED_BEFORE.search(before) or DOMAIN.search(body))


def vague(body: str) -> bool:
    return bool(VAGUE_TOPIC.search(body.strip()))


def between_name(after: str) -> re.Match[str] | None:
    """ "an MoU between A and B" with no topic: the two named bodies name it."""
    m = BETWEEN.match(after)
    if not m or BARE_PARTIES.match(m.group("who")) or not re.search(r"[A-Z]", m.group("who")):
        return None
    return m


def abbreviation(before: str) -> bool:
    return bool(ABBREVIATION.search(before))


def office_title(before: str) -> bool:
    return bool(OFFICE_OF.search(before))


def names_nothing(name: str) -> bool:
    return bool(EMPTY_WORDS.match(name.strip()))


def inner_instrument(body: str) -> bool:
    """ "the documents for two MoUs for cooperation": the inner head is the instrument."""
    m = INSTRUMENT.search(body)
    return m is not None and len(body[: m.start()].split()) <= 2


def batch_status(text: str) -> AgreementStatus | None:
    return "proposed" if BATCH_PLANNED.search(text) else None


# bodies an office belongs to
GROUPED = re.compile(r"(?:council|commission|committee|group|task force)s?$", re.I)
# a field told with capitals after a lowercase "cooperation": "cooperation in Religious Services"
FIELD_END = re.compile(r"\b(?:cooperation|collaboration|partnership)\s*$", re.I)


def domain_tail(text: str, body_end: int, places: list[tuple[int, int]]) -> int:
    """Where a complement ending in "cooperation" ends when a capitalised field follows:
    past "in Trade and Industrial Sector", not past "in Riga" (a place) or "on Monday"."""
    if not FIELD_END.search(text[:body_end]):
        return body_end
    m = TITLE_GOES_ON.match(text[body_end:])
    if not m or not m.group(0).lstrip().lower().startswith(("in ", "on ")):
        return body_end
    words = m.group(0).split()[1:]
    if words and re.match(
        r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
        r"April|May|June|July|August|September|October|November|December)$",
        words[0] if words[0] != "the" else (words[1:] or [""])[0],
    ):
        return body_end
    start = body_end + len(m.group(0)) - len(m.group(0).lstrip())
    if any(ps < body_end + m.end() and pe > start + 3 for ps, pe in places):
        return body_end
    return body_end + m.end()


# "The MoUs on A, strengthening B, C and D were signed": a plural's list up to its verb
LIST_TO_VERB = re.compile(
    r"^(?P<body>[^.;:()]{3,240}?)\s+(?:were|have been|had been)\s+(?:also\s+)?(?:jointly\s+)?"
    r"(?:signed|inked|exchanged|concluded)\b",
    re.I,
)


# "exchanged MoUs for cooperation in Humanitarian aid, restoration of X, ... and Y." to its end
LIST_TO_END = re.compile(r"^(?P<body>[^.;:()]{3,300}?)\s*(?=\.(?:\s|$)|$)")
NOT_A_LIST = re.compile(
    r",\s*(?:which|who|while|as|saying|according)\b|\b(?:said|says|was|were|is|are|will|has|have)\b"
    r"|,\s*(?-i:[a-z]+ing)\s+(?:their|its|the|a|an|his|her)\b"
    r"|,?\s+and\s+(?:also\s+)?\w+ed\b",
    re.I,
)


def list_to_end(rest: str) -> str | None:
    """A plural head's list of topics that runs to the end of the sentence."""
    m = LIST_TO_END.match(rest)
    if not m or m.group("body").count(",") < 2:
        return None
    body = m.group("body")
    return None if INSTRUMENT.search(body) or NOT_A_LIST.search(body) else body


def list_to_verb(rest: str) -> str | None:
    """The whole list of a plural head's complement when its verb follows the list."""
    m = LIST_TO_VERB.match(rest)
    if not m or INSTRUMENT.search(m.group("body")) or re.search(r",\s*(?:which|who)\b", m.group(0)):
        return None
    return m.group("body")


# "Three MoUs were signed on Saturday in trade and investment, tourism, and ...": the fields
# of a counted batch told after its verb
COUNTED_FIELDS = re.compile(
    r"^[^.;]{0,80}?\b(?:were|have been|had been)\s+(?:also\s+)?(?:signed|inked|exchanged)\b"
    r"[^.;]{0,80}?\s(?:in|on|covering)\s+(?:the\s+(?:fields?|areas?|sectors?)\s+of\s+)?"
    r"(?P<body>(?-i:[a-z])[^.;:()]{2,200}?|(?-i:[A-Z])[\w-]*(?:,\s*(?:and\s+)?(?-i:[A-Z])[^.;:(),]{0,60}){2,})"
    r"\s*(?=[.;:]|$)",
    re.I,
)


OPEN_LIST = re.compile(
    r"\b(?:other|various|several)\s+(?:topics|areas|fields|sectors|matters|issues)\b|\betc\b",
    re.I,
)


def counted_fields(after: str) -> str | None:
    """The list of fields after a counted batch's verb, when no other instrument comes first."""
    after = re.sub(r"^\s*\([^()]{1,12}\)", " ", after)  # "memoranda (MoU) were signed"
    after = re.sub(r",?\s*\([A-Za-z]{2,8}\)", "", after)  # ", (MOUs), were signed on A, (ICTs)"
    m = COUNTED_FIELDS.match(after)
    if not m or INSTRUMENT.search(m.group(0)) or not re.search(r",|\band\b", m.group("body")):
        return None
    if OPEN_LIST.search(m.group("body")):
        return None  # "12 agreements in tourism, energy and other areas": fields, not one each

    return m.group("body")


# "four MoUs, including one on health and another on education", "three agreements: on A,
# on B and on C": the items of a plural head told by their topics alone
ITEM_LIST = re.compile(
    r"^\s*(?:\([^()]{1,12}\)\s*)?(?::|,?\s*(?:including|namely|among them)\b)\s*"
    r"(?:(?:one|an?|another|the first)\s+)?(?:on|for|covering)\s+"
    r"(?P<body>[^.;:()]+?)(?=\s+(?:were|was|in the presence|at the|during|which)\b|\s*[.;:]|$)",
    re.I,
)
ITEM_SPLIT = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:another|one|a second|a third|the other|the second|"
    r"the third)\s+)?(?:on|for)\s+",
    re.I,
)


# "six agreements in key strategic areas including trade, industry and livestock"
AREAS_LIST = re.compile(
    r"^\s*(?:\([^()]{1,12}\)\s*)?(?:in|covering)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:areas?|fields?|sectors?|domains?)\s+(?:including|such as|namely|like|of)\s+"
    r"(?P<body>[^.;:()]+?)(?=\s*[.;:]|$)",
    re.I,
)


def areas_list(after: str) -> list[str] | None:
    """The fields listed after a counted plural: one instrument per field."""
    m = AREAS_LIST.match(after)
    if not m or INSTRUMENT.search(m.group("body")):
        return None
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+(?=[\w-]+(?:\s+[\w-]+){0,2}$)", m.group("body"))
    items = [p.strip() for p in parts if p.strip()]
    return items if len(items) >= 2 else None


# "The agreements covered: legal assistance; a memorandum on health; sport development."
COLON_ITEMS = re.compile(
    r"^\s*(?:covered|cover|covering|include[sd]?|including|are|were|comprised?|comprises|namely)?"
    r"\s*:\s*(?P<body>[^.:]+?)\s*(?=\.(?:\s|$)|$)",
    re.I,
)


def colon_items(after: str) -> list[str] | None:
    """The items of a plural head listed after a colon, one per semicolon; an item that
    names its own instrument ("a memorandum on X") is found on its own."""
    m = COLON_ITEMS.match(after)
    if not m or m.group("body").count(";") < 2:
        return None
    parts = re.split(r";\s*(?:and\s+)?", m.group("body"))
    items = [re.sub(r"^(?:the|a|an)\s+", "", p.strip()) for p in parts if p.strip()]
    items = [i for i in items if not INSTRUMENT.search(i)]
    return items if len(items) >= 2 else None


def item_list(after: str) -> list[str] | None:
    """The topics of a plural head's items told after it."""
    m = ITEM_LIST.match(after)
    if not m:
        return areas_list(after) or colon_items(after)
    items = [i.strip() for i in ITEM_SPLIT.split(m.group("body")) if i.strip()]
    return items if len(items) >= 2 else None


# "A number of documents were signed ..." then "The documents included an agreement on X"
BATCH_SIGNED = re.compile(
    r"\b(?:documents|agreements|instruments|memoranda|memorandums|MoUs|accords|treaties|protocols)"
    r"\b[^.;]{0,60}?\b(?:were|have been|had been)\s+(?:also\s+)?(?:signed|inked|exchanged)\b"
    r"|\b(?:signed|inked|exchanged|signing of)\s+(?:a\s+(?:number|series|package|raft|set)\s+of\s+|"
    r"\w+\s+)?(?:\w+\s+)?(?:documents|agreements|instruments|memoranda|MoUs|accords|treaties)\b",
    re.I,
)
INCLUDED = re.compile(
    r"\b(?:documents|agreements|instruments|memoranda|memorandums|MoUs|accords|treaties|they|these)"
    r"\s+(?:(?:(?:yet\s+)?to\s+be\s+)?signed\s+)?(?:include[sd]?|including|comprised?|covered|are|were)"
    r"\b[^.;]*$",
    re.I,
)
