"""The words of agreements: instrument head nouns, their kinds, and the words around an
instrument that are not part of its name (determiners, dates, list markers)."""

from __future__ import annotations

import re

from graph.model import AgreementKind

INSTRUMENT = re.compile(
    r"\b(?P<w>memorand(?:um|a|ums) of (?:understanding|agreement)|mou?s?\b|treat(?:y|ies)"
    r"|memos? of (?:cooperation|co-operation|understanding|intent)"
    r"|exchanges? of (?:diplomatic )?(?:notes|letters)|letters? of exchange|(?<=exchanged )notes"
    r"|(?-i:Statements?)(?=\s+of\s+(?-i:[A-Z]))"
    r"|joint (?:press )?statements?|joint communiqu[eé]s?"
    r"|agreements?"
    r"|accords?|pacts?|deals?|protocols?|arrangements?"
    r"|(?:joint )?(?:working|planning|steering|coordination|action) groups?|(?:joint )?task forces?"
    r"|joint (?:\w+ )?commissions?|councils?|declarations?"
    r"|road ?maps?|(?:plans?|programmes?|programs?) of (?!(?:the|a|an|this|its|their) )"
    r"(?:[\w-]+ ){0,3}?(?:cooperation|co-operation|action|exchanges?|activities|events|measures)"
    r"|programmes?|programs?|action plans?|plans?|documents?"
    r"|(?:joint|shared) visions?(?: statements?| documents?)?"
    r"|letters? of intent|conventions?|charters?"
    r"|(?:joint )?committees?|unions?)(?![\w-])",
    re.I,
)
# heads that are instruments only when a verb makes them one ("signed a document on X",
# "agreed to form a joint committee"); "the programme" or "the union" alone are not
GENERIC = re.compile(
    r"^(?:road ?maps?|(?:plans?|programmes?|programs?) of [\w -]+|programmes?|programs?|"
    r"action plans?|plans?|documents?|"
    r"letters? of intent|conventions?|charters?|"
    r"(?:joint )?committees?|unions?)$",
    re.I,
)
# a vision document named by its capitalised title: "the shared vision of X Digital Partnership"
VISION = re.compile(r"^(?:joint|shared) visions?$", re.I)
# heads that name an instrument only with their topic: "the Convention on X", not "the
# Convention Centre" or "a charter flight"
TOPIC_ONLY = re.compile(r"^(?:conventions?|charters?)$", re.I)
# a joint statement or communiqué: issued after talks, so agreed when nothing else is said
STATEMENT = re.compile(r"statements?$|communiqu[eé]s?$", re.I)
# "a raft of agreements on A, B and C": an unnamed batch, not instruments
BATCH_BEFORE = re.compile(
    r"\b(?:raft|number|series|host|slew|package|range|set|batch|flurry|dozens|bunch|string)\s+of\s+"
    r"(?:(?:other|new|bilateral|cooperation|various)\s+)*$"
    r"|\b(?:several|various|multiple|numerous|many|some)\s+(?:(?:other|new|bilateral)\s+)*$",
    re.I,
)
# "discussed bilateral agreements on trade": talk about instruments, none named
DISCUSSED_BEFORE = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|review(?:ed|s|ing)?|talked about|touched (?:on|upon)|explored|"
    r"considered)\s+(?:(?:bilateral|existing|various|possible|other|new|the|their)\s+)*$",
    re.I,
)
# "reached agreement on ...": agreement as a state of mind, not an instrument
MASS_AGREEMENT = re.compile(
    r"\b(?:reach(?:ed|es|ing)?|in|broad|full|general)\s+$"
    # "signalling their agreement to deepen ties": consent, not an instrument
    r"|\b(?:signall?(?:ed|ing|s)?|express(?:ed|es|ing)?|voic(?:e|ed|es|ing)|convey(?:ed|ing|s)?"
    r"|indicat(?:e|ed|es|ing)|reaffirm(?:ed|ing|s)?)\s+(?:their|its|his|her|our)\s+$",
    re.I,
)
KIND: list[tuple[re.Pattern[str], AgreementKind]] = [
    (re.compile(r"memorand|^mou|^memo", re.I), "mou"),
    (re.compile(r"treat", re.I), "treaty"),
    (re.compile(r"group|task force", re.I), "working_group"),
    (re.compile(r"commission|council", re.I), "commission"),
    (re.compile(r"declaration|statement|communiqu|vision", re.I), "declaration"),
    (re.compile(r"committee|union", re.I), "commission"),
    (re.compile(r"convention|charter", re.I), "treaty"),
    (re.compile(r"road ?map|program|plan|document|letter", re.I), "other"),
]
# a counted plural: "signed 15 agreements", "two treaties"
COUNTED = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|dozens?)\s+(?:\(\d+\)\s+)?"
    r"(?:(?:new|major|key|separate|important|additional|more|other)\s+)?$",
    re.I,
)
# the instrument coordinated with one just before it: "signed an MoU on X and a treaty on Y"
COORDINATED = re.compile(
    r"\b(?:and|as well as)\s+(?:also\s+)?(?:a|an|another|the|two|three)?\s*$", re.I
)
# a complement that is a date or an occasion, not a topic ("... Agreement on Thursday")
NOT_TOPIC = re.compile(
    r"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sept?|Oct|Nov|Dec)\b|\d|(?:the\s+)?(?:same day|sidelines?|margins?|occasion|eve|"
    r"behalf|arrival|(?:first|second|third|last|final|\d+\w*) day)\b|"
    r"(?:yesterday|today|tomorrow|this|last|next|that)\b)",
    re.I,
)
# a list item after a header such as "the following MoUs were exchanged:"
LIST_ITEM = re.compile(r"^\s*(?:\(?[ivxlc]+\)|\(?\d+[.)]|-{1,2}|[•*–—])\s", re.I)
DETERMINER = {
    "no",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "any",
    "such",
    "new",
    "major",
    "landmark",
    "historic",
    "separate",
    "two",
    "three",
    "several",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "dozen",
    "number",
    "various",
    "other",
    "all",
    "multiple",
    "bilateral",
    "existing",
    "proposed",
    "draft",
    "formal",
    "broader",
    "following",
    "similar",
    "further",
    "more",
    "same",
}
STOP_MODIFIER = re.compile(
    r"^(?:of|to|and|or|with|in|on|for|by|at|from|as|including|covering|"
    r"signed|sign|signing|inking|concluding|negotiating|establish|set|up|form|create|"
    r"was|were|is|are|be|has|have|had|"
    r"reach|reached|reaches|reaching|said|says|welcomed|noted|hailed|praised|reviewed|discussed|"
    r"adopted|issued|released|endorsed|approved|exchanged|inked|concluded|initialled|renewed|"
    r"established|formed|launched|created|agreed|decided|reaffirmed|parties|"
    r"two|both|sides|countries|nations|\W+)$",
    re.I,
)
WITH_PARTY = re.compile(r"^\s+with\s+(?P<who>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
SIMILAR = re.compile(r"\b(?:a|an)\s+(?:similar|comparable|identical)\s+$", re.I)


def kind_of(word: str) -> AgreementKind:
    for pat, kind in KIND:
        if pat.search(word):
            return kind
    return "agreement"


def plural_head(word: str) -> bool:
    """ "MoUs", "memoranda", "treaties"; not "an exchange of notes" or "Exchange of Letters"."""
    low = word.lower()
    if low.startswith(("memoranda", "memorandums")):
        return True
    if " of " in low:  # "letters of exchange", "programme of cultural exchanges"
        return low.split()[0].endswith("s")  # the first word carries the number
    return low.endswith("s") and not low.endswith(("ss", "notes"))
