"""Agreements: MoUs, treaties, agreements, joint working groups / commissions, declarations.

Only a named instrument is an agreement: a capitalised name ("... Free Trade Agreement"), or
modifiers / a complement ("the visa waiver agreement", "an agreement on fisheries", "MoUs
covering A, B and C" = three MoUs). "This agreement" or an intention without an instrument
("agreed to maintain close coordination") is not. A working group or commission is an agreement
only when the text sets it up ("agreed to establish a joint working group"); otherwise it is an
organization. Status from the governing verb: proposed ("decided to sign", "will sign"),
agreed ("agreed to establish"), signed ("signed", "inked"), in_force (an existing instrument
mentioned with "the")."""

from __future__ import annotations

import re

from graph.model import AgreementKind, AgreementStatus
from ingest.dates import DateRef
from ingest.events import SentenceView
from ingest.schema import DocumentExtraction, ExtractedAgreement

INSTRUMENT = re.compile(
    r"\b(?P<w>memorand(?:um|a|ums) of (?:understanding|agreement)|mou?s?\b|treat(?:y|ies)"
    r"|agreements?"
    r"|accords?|pacts?|deals?|protocols?|arrangements?"
    r"|(?:joint )?(?:working|planning|steering|coordination|action) groups?|(?:joint )?task forces?"
    r"|joint (?:\w+ )?commissions?|councils?|declarations?)\b",
    re.I,
)
KIND: list[tuple[re.Pattern[str], AgreementKind]] = [
    (re.compile(r"memorand|^mou", re.I), "mou"),
    (re.compile(r"treat", re.I), "treaty"),
    (re.compile(r"group|task force", re.I), "working_group"),
    (re.compile(r"commission|council", re.I), "commission"),
    (re.compile(r"declaration", re.I), "declaration"),
]
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
LIST_ITEM = re.compile(r"^\s*(?:\(?[ivxlc]+\)|\(?\d+[.)]|[-•*–])\s", re.I)
FUTURE_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:will|would|is to|are to)\s+be\s+signed\b", re.I)
DETERMINER = {
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
    r"signed|sign|signing|inking|concluding|negotiating|establish|set|form|create|"
    r"was|were|is|are|be|has|have|had|"
    r"two|both|sides|countries|nations|\W+)$",
    re.I,
)
COMPLEMENT = re.compile(
    r"^\s*(?:\((?:[A-Za-z]{2,6}s?)\)\s*)?(?:between\s+[^.;:()]{3,160}?\s+(?=on\s))?"
    r"(?P<prep>on|for|covering|regarding|concerning|in the (?:fields?|areas?) of|to)\s+"  # noqa: E501
    r"(?P<body>[^,.;:()]+?(?:,\s*[^,.;:()]+?)*?)(?=\s*(?:[.;:]|$|,\s*(?:which|while|as|and (?:the|he|she|they)|expressing|according|saying|said)\b|,\s*[a-z]+ing\b|,?\s+and\s+(?:expressed|said|added|noted|called|urged|stressed|welcomed|praised|hailed|discussed|reviewed|emphasi[sz]ed)\b|,\s*(?:the|a|an)\s|\s+(?:to|which|that|as|while|during|at|with|from|after|before|when|under|by|was|were|is|are|has|have|had|will|would)\s"  # noqa: E501
    r"|\s+(?:in|on)\s+(?=[A-Z0-9])|,\s*(?:in|on|at|during)\b"
    r"|,?\s+and\s+(?:also\s+)?(?:a|an|another|several|other|various|many|more|\d+|two|three)\s))",
    re.I,
)
# "the visa waiver agreement": a determiner, then only the words of the name
DEFINITE = re.compile(
    r"\b(?:the|its|their|existing)\s+"
    r"(?:(?!(?:for|of|with|without|to|by|on|in|at|from|after|before)\b)(?![\w-]*ing\b)[\w’'-]+\s+){0,5}$",
    re.I,
)


# a capitalised name right after "the" ("the General Security of Military Information Agreement")
NAME_AFTER_DEFINITE = re.compile(r"\b(?:the|its|their|existing)\s+$", re.I)
WITH_PARTY = re.compile(r"^\s+with\s+(?P<who>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
SIMILAR = re.compile(r"\b(?:a|an)\s+(?:similar|comparable|identical)\s+$", re.I)
# "Manila has a status-of-forces arrangement with Canberra": an instrument it already holds
HAS_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|long\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,4}$", re.I
)
WITH_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:with|between)\b[^.;,]{0,60}")
WITNESS = re.compile(r"\b(?:presence of|witnessed by|attended by)\b[^.;]*$", re.I)
SIGNED_IN_YEAR = re.compile(
    r"^[^.;]{0,160}?\b(?:signed|concluded|ratified)\s+in\s+(?P<y>(?:19|20)\d{2})\b", re.I
)


def _kind(word: str) -> AgreementKind:
    for pat, kind in KIND:
        if pat.search(word):
            return kind
    return "agreement"


def _modifiers(text: str, start: int) -> tuple[str, bool]:
    """Words before the instrument word that name it: ("visa abolition", capitalised?)."""
    words = re.findall(r"[\w’'\-–]+", text[:start])
    out: list[str] = []
    for k, w in enumerate(reversed(words[-8:])):
        rest = list(reversed(words[-8:]))[k + 1 :]
        if (
            w in ("of", "and", "for", "on")
            and out
            and all(x[0].isupper() for x in out)
            and rest
            and rest[0][0].isupper()
            and rest[0].lower() not in DETERMINER
        ):
            out.append(w)  # a capitalised name: "General Security of Military Information"
            continue
        if (
            w == "and"
            and out
            and rest
            and not STOP_MODIFIER.match(rest[0])
            and rest[0] not in DETERMINER
        ):
            out.append(w)  # "the trade and investment agreement"
            continue
        if w.lower() in DETERMINER or STOP_MODIFIER.match(w) or re.search(r"['’]s?$", w):
            break
        out.append(w)
    out.reverse()
    cap = bool(out) and all(w[0].isupper() or w[0].isdigit() for w in out)
    return " ".join(out), cap


def _singular(word: str) -> str:
    """ "treaties" -> "treaty", "agreements" -> "agreement"."""
    return word[:-3] + "y" if word.lower().endswith("ies") else word.rstrip("s")


def _split_list(body: str) -> list[str]:
    parts = re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+(?=[\w-]+(?:\s+[\w-]+){0,3}$)", body)
    return [p.strip() for p in parts if p.strip()]


def find_agreements(
    views: list[SentenceView], x: DocumentExtraction, published: str | None
) -> list[ExtractedAgreement]:
    found: dict[str, ExtractedAgreement] = {}
    counts: dict[str, int] = {}
    for v in views:
        for c in v.countries:
            counts[c[1]] = counts.get(c[1], 0) + 1
    top = [c for c, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:2]]
    header: AgreementStatus | None = None  # status of a "...were exchanged:" list header
    for v in views:
        s = v.sentence
        if not LIST_ITEM.match(s.text):
            header = None
        prev: AgreementStatus | None = None  # the last status in this sentence
        if s.text.rstrip().endswith(":"):
            header = "signed" if _header_signed(s.text) else None
        for m in INSTRUMENT.finditer(s.text):
            word = m.group("w")
            if word.lower() in ("deal", "deals") and not re.search(r"\bsign|\bink", s.text, re.I):
                continue
            if word.upper().startswith("MO") and not word.upper().startswith(("MOU", "MEMO")):
                continue
            kind = _kind(word)
            before, after = s.text[: m.start()], s.text[m.end() :]
            lead = LIST_ITEM.match(s.text)
            mods, cap = _modifiers(
                s.text[lead.end() if lead else 0 :], m.start() - (lead.end() if lead else 0)
            )
            if not word[0].isupper() and word.lower().startswith("council"):
                continue  # "the council" is a body already named, not a new instrument
            status = _status(before, after, kind, mods)
            fronted = FRONTED_TOPIC.match(after)
            if fronted:
                status = "signed"  # "The treaties, on A and on B, were signed by ..."
            if prev and COORDINATED.search(before[: len(before) - len(mods)]):
                status = prev  # "signed an MoU on X and a memorandum on Y"
            if status is None and header and word.upper().startswith(("MOU", "MEMO")):
                status = header
            if status is None:
                continue
            prev = status
            comp = COMPLEMENT.match(after) if not fronted else None
            if comp and NOT_TOPIC.match(comp.group("body")):
                comp = None  # "... Agreement on Thursday": a date, not a topic
            plural = word.lower().startswith(("memoranda", "memorandums")) or (
                word.lower().endswith("s") and not word.lower().endswith("ss")
            )
            if comp and comp.group("prep").lower() == "to" and not word.lower().startswith("deal"):
                comp = None  # "a working group to enhance ..." states a purpose, not a name
            names: list[tuple[str, list[str]]] = []
            label = "MoU" if kind == "mou" else word
            if fronted:
                items = re.split(r"\s*(?:,\s*|\s+)and\s+on\s+", fronted.group("body"))
                items = [i.strip() for i in items if i.strip()]
                if not plural:
                    items = items[:1]
                for item in items:
                    names.append((f"{_singular(label) if plural else label} on {item}", [item]))
            elif comp and plural:
                for item in _split_list(comp.group("body")):
                    names.append(
                        (f"{_singular(label) if kind != 'mou' else 'MoU'} on {item}", [item])
                    )
            elif comp:
                body = comp.group("body").strip()
                names.append(
                    (f"{(mods + ' ') if mods else ''}{word} {comp.group('prep')} {body}", [body])
                )
            elif mods:
                names.append((f"{mods} {word}", []))
            elif word[0].isupper() and kind in ("working_group", "commission"):
                names.append((word, []))
            similar = WITH_PARTY.match(after) if SIMILAR.search(before) else None
            if not names and similar and found:
                # "a similar accord with Britain": the last named instrument, another party
                base = re.sub(r"\s+with\s+.*$", "", list(found.values())[-1].name)
                names.append((f"{base} with {similar.group('who')}", []))
            if not names:
                # an unnamed instrument ("inked the pact"): its signers sign the last one signed
                last = next((a for a in reversed(found.values()) if a.status == "signed"), None)
                if last is not None and status == "signed" and s.start - last.end < 600:
                    last.signatories = sorted(
                        set(last.signatories) | set(_signers(v, s.start + m.start()))
                    )
                continue  # an unnamed instrument ("this agreement", "MoUs")
            ev = _recent_event(x, s.index)
            parties = _parties(v, x, ev, top, s.start + m.start(), s.start + m.end())
            date = _nearest_date(v, s.start + m.start(), s.start + m.end())
            if status == "signed" and _long_ago(v, s.start + m.end(), published):
                status = "in_force"  # "India signed the ... Agreement in 2002": background
            for name, topics in names:
                key = re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()
                other = WITH_PARTY.match(after)
                if key in found and found[key].status != status and other:
                    name = f"{name} with {other.group('who')}"  # "its ... agreement with Australia"
                    key = re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()
                if key in found:
                    if found[key].event is None and ev is not None and status != "in_force":
                        found[key].event = ev
                    continue
                ag = ExtractedAgreement(
                    name=name[0].upper() + name[1:],
                    kind=kind,
                    status=status,
                    parties=parties,
                    topics=topics,
                    quote=s.text,
                    start=s.start,
                    end=s.end,
                    rule=f"agreement:{kind}:{status}",
                    confidence=0.75 if cap or comp else 0.65,
                )
                if date and status != "in_force":
                    ag.date, ag.date_precision = date.value, date.precision
                elif ev is not None and status != "in_force":
                    e = x.events[ev]
                    ag.date, ag.date_precision = e.date, e.date_precision
                if ev is not None and status in ("agreed", "signed", "proposed"):
                    ag.event = ev
                if status == "signed":
                    ag.signatories = _signers(v, s.start + m.start())
                found[key] = ag
    return list(found.values())


def _nearest_date(v: SentenceView, start: int, end: int) -> DateRef | None:
    """The date just after the instrument ("signed ... in January"), else the last before it,
    else the sentence's first."""
    dated = [d for d in v.dates if d.value]
    after = [d for d in dated if 0 <= d.start - end <= 80]
    before = [d for d in dated if d.end <= start]
    pick = after or before[-1:] or dated
    return pick[0] if pick else None


def _header_signed(text: str) -> bool:
    return bool(re.search(r"\b(?:signed|exchanged|inked|concluded)\b", text, re.I))


def _long_ago(v: SentenceView, end: int, published: str | None) -> bool:
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


def _status(before: str, after: str, kind: AgreementKind, mods: str = "") -> AgreementStatus | None:
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


def _recent_event(x: DocumentExtraction, sent: int) -> int | None:
    best = None
    for i, ev in enumerate(x.events):
        if ev.sent <= sent and sent - ev.sent <= 4:
            best = i
    return best


def _signers(v: SentenceView, at: int) -> list[int]:
    """People named before the instrument, except those who only witnessed it."""
    text = v.sentence.text
    out = set()
    for p in v.people:
        if p.entity is None or p.start >= at:
            continue
        lead = text[max(0, p.start - v.sentence.start - 60) : p.start - v.sentence.start]
        if not WITNESS.search(lead):
            out.add(p.entity)
    return sorted(out)


def _parties(
    v: SentenceView,
    x: DocumentExtraction,
    ev: int | None,
    top: list[str],
    start: int = -1,
    end: int = -1,
) -> list[str]:
    """Countries named before the instrument (the signers) or after "with" / "between" right
    after it; else those of the sentence, its people, the meeting it concluded, and finally the
    article's two most-mentioned countries."""
    s = v.sentence
    near = {c for st, c in v.countries if s.start <= st < start}
    # a city standing for its government: "Tokyo's ... agreement", "Manila already hosts ..."
    for p in v.places:
        if p.kind == "city" and p.country and s.start <= p.start < start:
            rel = p.start - s.start
            if rel == 0 or re.match(r"['’]s\b", s.text[p.end - s.start :]):
                near.add(p.country)
    tail = WITH_AFTER.match(s.text[end - s.start :]) if end >= 0 else None
    if tail:
        near |= {c for st, c in v.countries if end <= st < end + tail.end()}
    parties: set[str] = set(near)

    def add(codes: object) -> None:
        parties.update(c for c in codes if c)  # type: ignore[attr-defined]

    # the signers' own countries come before a country named later in the sentence, which is
    # often a topic ("an MoU on incidents in the South China Sea")
    if len(parties) < 2:
        add(x.entities[p.entity].country for p in v.people if p.entity is not None)
    if len(parties) < 2 and ev is not None:
        e = x.events[ev]
        add(x.entities[p].country for p in e.people())
        add(p.country for p in e.participants)
        if len(parties) < 2 and e.place and e.place.country:
            parties.add(e.place.country)
    if len(parties) < 2:
        add(c for st, c in v.countries if s.start <= st < s.end)
    if len(parties) < 2:
        add([c for c in top if c not in parties][: 2 - len(parties)])
    return sorted(parties)
