"""A last look at the agreements found in one document: names completed or cut back to the
instrument, and candidates that name no instrument dropped.

- A short name whose text goes on "between A and B" takes its parties, the shortest list
  told after any of its mentions ("the Framework Agreement between the Alpha Agency (AA) and
  the Beta Institute"); acronyms in brackets are kept.
- A title cut at a connector takes back its capitalised start ("the Council for Joint
  Planning agreement" named "Planning agreement").
- A name made of acronyms ("the DF-GU MoU") takes the parties of the mention that spells
  them out ("an MoU between the Delta Forum (DF) and the Gale Union (GU)").
- A witness clause is no part of a name ("a protocol to set up a council in the presence of
  the King"): cut.
- Dropped: "the protocol on the northern side" (a side is no topic), a topic that is a
  reporting clause ("an MoU on, the ministry said"), a name that holds a person's name
  ("... Minister Ana Lobo exchanging agreements"), and a purpose told of an instrument
  already signed ("the implementation of the MoU to speed up ...")."""

from __future__ import annotations

import re

from ingest.agreement_titles import name_key
from ingest.schema import DocumentExtraction, ExtractedAgreement

ACRONYM = re.compile(r"\b[A-Z]{2,7}\b")
WITNESS_TAIL = re.compile(
    r"\s+(?:in\s+the\s+presence\s+of|witnessed\s+by|on\s+behalf\s+of|under\s+the\s+auspices\s+of)\b.*$",
    re.I,
)
SIDE_TOPIC = re.compile(r"\b(?:on|for)\s+the\s+[\w-]+\s+side$", re.I)
REPORTING = re.compile(
    r"\b(?:on|to|for)\s+(?:the\s+)?[\w\s-]{0,40}?\b(?:said|says|told|added|noted|reported)\b", re.I
)
PURPOSE_NAME = re.compile(
    r"^(?:mou|memorandum(?: of understanding)?|agreement|protocol)\s+to\s+[a-z]+", re.I
)
# the words of a party list after a name: capitalised words, connectors, acronyms in brackets
PARTY_WORD = re.compile(
    r"\s*(?:\((?P<acr>[A-Z][A-Za-z]{1,7})\)|(?P<cap>[A-Z][\w’'-]*(?:’s|'s)?)|"
    r"(?P<con>of|for|and|the|on|de|,))"
)
CONNECTORS = {"of", "for", "and", "the", "on", "in", "de", ","}


def parties_after(rest: str) -> str | None:
    """ "between A (AA) and the B Unit took place": "A (AA) and the B Unit"."""
    m = re.match(r"\s+between\s+", rest)
    if not m:
        return None
    pos, pieces, party = m.end(), [], []
    while True:
        w = PARTY_WORD.match(rest, pos)
        if not w or (
            w.group("con") == "," and not re.match(r",\s+[A-Z]", rest[w.start() :].lstrip())
        ):
            break
        pos = w.end()
        if w.group("acr"):
            party.append(f"({w.group('acr')})")
            continue
        token = w.group("cap") or w.group("con")
        ends_acr = bool(party) and party[-1].startswith("(")
        if (
            token == "and"
            and party
            and party[-1] not in CONNECTORS
            and (ends_acr or _next_party(rest, pos))
        ):
            pieces.append(" ".join(party))
            party = []
            continue
        party.append(token)
    while party and party[-1] in CONNECTORS:
        party.pop()
    if party:
        pieces.append(" ".join(party))
    if len(pieces) < 2 or len(" ".join(pieces).split()) > 18:
        return None
    return " and ".join(p.replace(" ,", ",") for p in pieces)


def _next_party(rest: str, pos: int) -> bool:
    """After "and": a new party starts ("and the Gamma Office", "and Peru’s Unit") unless the
    words run on into an acronym that covers both ("Science and Technology Board (STB)")."""
    tail = rest[pos:]
    m = re.match(r"\s*((?:[A-Z][\w’'-]*|of|for|and|the|on|in|,)\s*){1,12}", tail)
    return not (m and re.match(r"\s*\(", tail[m.end() :]) and " and " not in m.group(0))


def _with_parties(ag: ExtractedAgreement, text: str) -> None:
    """The shortest party list told after any mention of the name in the text."""
    if " between " in ag.name or len(ag.name.split()) > 4:
        return
    best: str | None = None
    for m in re.finditer(re.escape(ag.name), text, re.I):
        who = parties_after(text[m.end() :])
        if who and (best is None or len(who.split()) < len(best.split())):
            best = who
    if best:
        ag.name = f"{ag.name} between {best}"


def _title_start(ag: ExtractedAgreement) -> None:
    """ "the Council for Joint Planning agreement" named "Planning agreement"."""
    words = ag.name.split()
    if len(words) != 2 or not words[0][0].isupper() or words[1][0].isupper():
        return
    i = ag.quote.find(ag.name)
    if i < 0:
        return
    m = re.search(r"(?:\b[A-Z][\w’'-]*\s+)+(?:for|of)\s+(?:[A-Z][\w’'-]*\s+)*$", ag.quote[:i])
    if m:
        ag.name = f"{m.group(0).strip()} {ag.name}"


BETWEEN_MENTION = re.compile(
    r"\b(?:memorand(?:um|a) of understanding|mous?|agreements?|arrangements?|protocols?|treaty)"
    r"(?:\s*\([A-Za-z]{2,8}\))?(?=\s+between\s)",
    re.I,
)


def _spell_out(ag: ExtractedAgreement, text: str) -> None:
    """ "the PIF-IOM MOU" after "an MoU between the Pan Isle Forum (PIF) and the Inter Ocean
    Mission (IOM)": the instrument told with its parties, when they are its acronyms."""
    acrs = set(ACRONYM.findall(ag.name)) - {"MOU", "MOUS"}
    if " between " in ag.name or len(acrs) < 2:
        return
    for m in BETWEEN_MENTION.finditer(text):
        who = parties_after(text[m.end() :])
        if who and all(f"({a})" in who for a in acrs):
            head = re.sub(r"\s*\(.*$", "", m.group(0))
            label = "MoU" if head.lower().startswith(("mem", "mou")) else head
            ag.name = f"{label} between {who}"
            return


INSTRUMENT_WORDS = re.compile(
    r"\b(?:agreements?|arrangements?|groups?|cooperation|councils?|commissions?|committees?|"
    r"protocols?|treat(?:y|ies)|memorand\w*|declarations?|statements?|process|forum)\b",
    re.I,
)


def _personal(name: str) -> bool:
    """A person's name, not a title taken for one ("Working Groups")."""
    return not INSTRUMENT_WORDS.search(name)


# "the Gulf Cooperation Council summit": a standing body that meets, not one set up here
MEETS_AFTER = re.compile(
    r"^\s+(?:annual\s+|extraordinary\s+|\d+\w*\s+)?(?:summits?|meetings?|sessions?|secretariat|"
    r"members?|member\s+(?:states|countries)|countries|states|leaders|chairman|chair)\b",
    re.I,
)


def _standing_body(ag: ExtractedAgreement, text: str) -> bool:
    if ag.kind not in ("commission", "working_group") or not ag.name[:1].isupper():
        return False
    hits = [m.end() for m in re.finditer(re.escape(ag.name), text)]
    return bool(hits) and all(MEETS_AFTER.match(text[e:]) for e in hits)


def _no_instrument(ag: ExtractedAgreement, people: list[str]) -> bool:
    name = ag.name
    if SIDE_TOPIC.search(name) or REPORTING.search(name):
        return True
    for p in people:  # "... Minister Ana Lobo exchanging agreements": a clause, not a name
        if (
            len(p.split()) > 1
            and _personal(p)
            and re.search(rf"\b{re.escape(p)}\s+[a-z]+ing\b", name)
        ):
            return True
    if ag.status == "in_force" and PURPOSE_NAME.match(name):
        head = name.split(" to ")[0]
        return bool(re.search(rf"\bthe\s+{re.escape(head)}\s+to\b", ag.quote, re.I))
    return False


def _witness(x: DocumentExtraction, person: int, quote: str) -> bool:
    """A leader told only as witnessing the signing ("witnessed by Presidents A and B")."""
    last = x.entities[person].name.split()[-1] if person < len(x.entities) else ""
    m = re.search(
        rf"\b(?:witnessed\s+by|in\s+the\s+presence\s+of)\b[^.;]*\b{re.escape(last)}\b", quote
    )
    return bool(last) and m is not None and not re.search(r"\bsigned\s+by\b", m.group(0))


NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
COUNTED_BATCH = re.compile(
    r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:[\w-]+\s+){0,2}(?:agreements|memorand(?:a|ums)|MoUs|documents|accords|instruments)\b",
    re.I,
)
PARTIAL = re.compile(r"\b(?:including|among\s+(?:them|which|others)|such\s+as|one\s+on)\b", re.I)
OPEN_ITEM = re.compile(r"^(?:other|various|several|more)\b", re.I)


def _loose_batch(group: list[ExtractedAgreement]) -> bool:
    """Fields of a counted batch read as one instrument each while they are not: "signed 12
    agreements in tourism, energy and health" (three fields, twelve documents), or "... and
    other topics"."""
    if len(group) < 2:
        return False
    topics = [a.name.split(" on ", 1)[1] for a in group if " on " in a.name]
    if len(topics) < len(group):
        return False
    if any(OPEN_ITEM.match(t) for t in topics):
        return True
    m = COUNTED_BATCH.search(group[0].quote)
    if not m or PARTIAL.search(group[0].quote):  # "four MoUs, including one on A": some named
        return False
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else NUMBERS.get(n, 0)
    return count >= 2 * len(group)  # "12 agreements in four fields"; "seven ... six MoUs" is told


# "three cooperation agreements related to A, B and C": as many fields as documents
RELATED_LIST = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<head>agreements|memorand(?:a|ums)(?:\s+of\s+understanding)?|MoUs|accords|protocols)\s+"
    r"(?:related\s+to|relating\s+to|regarding|concerning|covering|in\s+the\s+(?:fields|areas)\s+of)\s+"
    r"(?P<list>[^.;:()]+?)\s*(?=[.;:(]|\s+(?:during|at|in\s+the\s+presence|on\s+[A-Z]|which|that)\b|$)",
    re.I,
)


def _split_counted(x: DocumentExtraction) -> None:
    """A bare plural name ("Cooperation agreements") whose sentence counts as many documents as
    it lists fields: one instrument a field."""
    out: list[ExtractedAgreement] = []
    for ag in x.agreements:
        m = RELATED_LIST.search(ag.quote) if " on " not in ag.name else None
        items = re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("list")) if m else []
        n = m.group("n").lower() if m else ""
        count = int(n) if n.isdigit() else NUMBERS.get(n, 0)
        plural = ag.name.lower().rstrip().endswith(("s", "memoranda"))
        if not m or not plural or count != len(items) or not all(items):
            out.append(ag)
            continue
        label = "MoU" if ag.kind == "mou" else "Agreement"
        for it in items:
            out.append(
                ag.model_copy(
                    deep=True, update={"name": f"{label} on {it.strip()}", "topics": [it]}
                )
            )
    x.agreements = out


def review_agreements(x: DocumentExtraction, text: str) -> None:
    """Complete, cut back or drop the document's agreements in place."""
    by_quote: dict[int, list[ExtractedAgreement]] = {}
    for ag in x.agreements:
        if ag.rule.startswith("agreement:") and ag.topics:
            by_quote.setdefault(ag.start, []).append(ag)
    loose = {id(a) for g in by_quote.values() if _loose_batch(g) for a in g}
    x.agreements = [a for a in x.agreements if id(a) not in loose]
    _split_counted(x)
    people = [e.name for e in x.entities]
    kept: list[ExtractedAgreement] = []
    seen: set[str] = set()
    for ag in x.agreements:
        ag.name = WITNESS_TAIL.sub("", ag.name)
        if _no_instrument(ag, people) or _standing_body(ag, text):
            last = next((k for k in reversed(kept) if k.kind == ag.kind), None)
            if last is not None and ag.signatories and not last.signatories:
                last.signatories = ag.signatories  # "The protocol was signed on the X side by A"
            continue
        ag.signatories = [i for i in ag.signatories if not _witness(x, i, ag.quote)]
        _title_start(ag)
        _with_parties(ag, text)
        _spell_out(ag, text)
        key = name_key(ag.name)
        if key in seen:
            continue
        seen.add(key)
        kept.append(ag)
    x.agreements = kept
