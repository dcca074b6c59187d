"""The name of an instrument: the words before its head noun ("visa waiver agreement",
"General Security of Military Information Agreement"), a capitalised "of" title ("Treaty of
Amity and Commerce"), its complement ("an agreement on fisheries", also after an agentless
passive: "an MoU was signed on fisheries"; a list complement of a plural head makes one
instrument per item), and for a generic body its parties ("the Chile-Peru joint commission").
A title in typographic quotes is read without them."""

from __future__ import annotations

import re

from ingest.agreement_lexicon import DETERMINER, INSTRUMENT, STOP_MODIFIER
from ingest.agreement_titles import cut_parties

COMPLEMENT = re.compile(
    r"^\s*(?:\((?:[A-Za-z]{2,6}s?)\)\s*)?(?:between\s+[^.;:()]{3,160}?\s+(?=on\s))?"
    # "signed an MoU with his counterpart X on fisheries": the other party, then the topic
    r"(?:with\s+(?!(?:the\s+)?(?:aim|view|intention|purpose|objective|goal)\b)[^.;:()]{2,80}?,?\s+"
    r"(?=(?:on|for|regarding|concerning|covering)\s))?"
    r"(?:(?:on\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?=on\s))?"
    r"(?P<prep>on|for|covering|regarding|concerning|in the (?:fields?|areas?) of|to|in"
    r"|relating\s+to|establishing|creating|instituting|setting\s+up"
    r"|(?:signed\s+)?(?:were|was|are|is)\s+(?:(?:focused|focussed|centred|centered)\s+)?on"
    r"|pertains?\s+to|relates?\s+to|deals?\s+with|cover(?:s|ed)(?:\s+the\s+(?:fields?|areas?)\s+of)?)\s+"
    r"(?!(?:what|which|how|whom|whose|that|those|them|it|this|these)\b)"
    r"(?P<body>[^,.;:()”]+?(?:,\s*[^,.;:()”]+?)*?)(?=\s*(?:[.;:”]|$|,\s*[”\"]|,\s*(?:[A-Z][\w-]*\s+){1,4}(?:reports?|reported|said|says|told|added|stated)\b|\s+(?:up to|until|through)\s|,\s*(?:which|while|as|and (?:the|he|she|they)|expressing|according|saying|said)\b|,\s*[a-z]+ing\b|,?\s+and\s+(?:expressed|said|added|noted|called|urged|stressed|welcomed|praised|hailed|discussed|reviewed|emphasi[sz]ed|agreed|decided|pledged|vowed|committed|signed|released|issued|adopted|announced)\b|\s+(?:signed|concluded|inked|initialled|adopted|reached|exchanged)\b|,\s*(?:the|a|an|one|two|three|four|five|\d+)\s|\s+(?:to|which|that|as|while|during|at|with|from|after|before|when|under|by|was|were|is|are|has|have|had|will|would)\s"  # noqa: E501
    r"|\s*\(|\s+on\s+behalf\b|\s+(?:in|on)\s+(?=(?-i:[A-Z0-9]))|,\s*(?:in|on|at|during)\b"
    r"|,?\s+and\s+(?:also\s+)?(?:a|an|another|several|other|various|many|more|\d+|one|two|three"
    r"|four|five)\s))",
    re.I,
)


# complements whose own words go into the name: "an Agreement establishing the Commission"
KEPT_PREP = (
    r"on|for|to|in|in the \w+ of|relating\s+to|establishing|creating|instituting|setting\s+up"
)
# adjectives that belong to a capitalised title ("the Bilateral Agreement on ...") but are
# description in lowercase ("a bilateral agreement")
TITLE_ADJECTIVES = {"bilateral", "new", "comprehensive", "historic", "landmark", "formal"}
# "an MoU was signed for political consultations": the topic after an agentless passive
PASSIVE_THEN_TOPIC = re.compile(
    r"^\s*(?:was|were|has been|have been|had been)\s+(?:also\s+)?(?:jointly\s+)?"
    r"(?:signed|inked|concluded|exchanged|adopted|agreed|reached|established|designed|intended|"
    r"aimed|meant)\s+(?:between\s+(?:the\s+|both\s+)?(?:two\s+)?(?:countries|sides|nations|governments)\s+)?"
    r"(?=(?:on|for|regarding|concerning|to)\s)",
    re.I,
)
# "Declaration of Peace and Friendship", "Treaty of Amity and Cooperation in Southeast Asia"
OF_TITLE = re.compile(
    r"^\s+(?P<t>(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:and|of|for|in|on|the|&)\s+)*"
    r"[A-Z][\w’'-]*)*)"
)
# "... between the Foreign Ministries of the two countries": the parties, not the topic
TRAILING_PARTIES = re.compile(
    r"\s+(?:of|between|among)\s+(?:the\s+|both\s+)?(?:two|both|three|respective)?\s*"
    r"(?:countries|sides|nations|governments|states)$",
    re.I,
)
# quote marks around a title inside a name ("on ‘Mutual Recognition’"); not "Vietnam’s"
QUOTE_MARKS = re.compile(r"[‘“”\"]|(?<!\w)’|’(?!\w)")
QUOTED = re.compile(r"[‘“\"](?P<t>[^‘’“”\"\n]{3,200}?)[’”\"]")


# words before a head that describe or count it, never name it
NOT_MODIFIER = re.compile(
    r"^(?:another|initial|one|first|second|third|latest|current|potential|possible|prospective|"
    r"envisaged|outstanding|pending|remaining|furthermore|moreover|besides|similarly|also|additionally|meanwhile|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?)$",
    re.I,
)


def plain_titles(text: str) -> str:
    """The text with typographic quotes around an instrument's title blanked out (same
    length, so offsets hold): "the ‘Treaty on X’ which was signed" reads as unquoted."""

    def blank(m: re.Match[str]) -> str:
        inner = m.group("t")
        head = INSTRUMENT.search(inner)
        titled = inner[0].isupper() and head is not None and head.group("w")[0].isupper()
        if not titled or re.search(r"[.;!?]", inner) or len(inner.split()) > 20:
            return m.group(0)  # a quotation, not a title
        return " " + inner + " "

    return QUOTED.sub(blank, text)


def tidy(name: str) -> str:
    """One space between words, no parties tail, a capital first letter."""
    name = cut_parties(TRAILING_PARTIES.sub("", " ".join(name.split())))
    name = QUOTE_MARKS.sub("", name).strip()
    return name[:1].upper() + name[1:]


def modifiers(text: str, start: int, title: bool = False) -> tuple[str, bool]:
    """Words before the instrument word that name it: ("visa abolition", capitalised?).
    In a capitalised `title` a capitalised "Bilateral" or "New" is part of the name."""
    lead = text[:start]
    cut = max(lead.rfind(c) for c in (";", ":", "(", ")", " - ", " – "))
    words = re.findall(r"[\w’'\-–]+", lead[cut + 1 :])
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
        if (
            title
            and w[0].isupper()
            and w.lower() in TITLE_ADJECTIVES
            and rest
            and all(x[0].isupper() for x in out)
        ):
            out.append(w)  # "the Bilateral Agreement on ..."
            continue
        if w.lower() in DETERMINER or STOP_MODIFIER.match(w) or re.search(r"['’]s?$", w):
            break
        if NOT_MODIFIER.match(w):
            break  # "another agreement", "the initial deals", "Twenty-four Agreements"
        if w.isdigit() and int(w) < 1000:
            break  # "15 agreements": a count; "the 1970 treaty" keeps its year
        out.append(w)
    out.reverse()
    cap = bool(out) and all(w[0].isupper() or w[0].isdigit() for w in out)
    return " ".join(out), cap


def singular(word: str) -> str:
    """ "treaties" -> "treaty", "agreements" -> "agreement"."""
    return word[:-3] + "y" if word.lower().endswith("ies") else word.rstrip("s")


def split_list(body: str) -> list[str]:
    parts = re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+(?=[\w-]+(?:\s+[\w-]+){0,3}$)", body)
    return [p.strip() for p in parts if p.strip()]


def distribute(items: list[str]) -> list[str]:
    """ "cooperation in healthcare and education": each bare item takes the first one's
    "cooperation in"."""
    if len(items) < 2:
        return items
    m = re.match(
        r"^(?P<p>(?:[\w-]+\s+){1,2}(?:in|on)\s+(?:the\s+)?(?:fields?\s+of\s+)?)\S", items[0]
    )
    if not m:
        return items
    out = [items[0]]
    for it in items[1:]:
        bare = len(it.split()) <= 2 and it[:1].islower() and not re.search(r"\b(?:in|on|of)\b", it)
        out.append(m.group("p") + it if bare else it)
    return out


def build_names(
    word: str,
    kind: str,
    mods: str,
    comp: re.Match[str] | None,
    fronted: re.Match[str] | None,
    plural: bool,
    body: str | None = None,
) -> list[tuple[str, list[str]]]:
    """(name, topics) of each instrument the head `word` stands for; `body` overrides the
    complement's topic (a title read on past it)."""
    names: list[tuple[str, list[str]]] = []
    label = "MoU" if kind == "mou" else word
    if word.lower() == "notes":
        word = label = "exchange of notes"  # "exchanged notes on X"
    if fronted:
        items = re.split(r"\s*(?:,\s*|\s+)and\s+on\s+", fronted.group("body"))
        items = [i.strip() for i in items if i.strip()]
        if not plural:
            items = items[:1]
        for item in items:
            names.append((f"{singular(label) if plural else label} on {item}", [item]))
    elif comp and plural and not re.match(r"to$|in\b|.*(?:focus|cent)", comp.group("prep"), re.I):
        for item in distribute(split_list(body or comp.group("body"))):
            names.append((f"{singular(label) if kind != 'mou' else 'MoU'} on {item}", [item]))
    elif comp:
        body = (body or comp.group("body")).strip()
        head = f"{(mods + ' ') if mods else ''}{word}"
        prep = comp.group("prep")
        prep = prep if re.fullmatch(KEPT_PREP, prep, re.I) else "on"
        names.append((f"{head} {prep} {body}", [body]))
    elif mods:
        names.append((f"{mods} {word}", []))
    elif word[0].isupper() and kind in ("working_group", "commission"):
        names.append((word, []))
    elif re.match(r"(?:plans?|programmes?|programs?) of ", word, re.I) and not plural:
        names.append((word, []))  # "signed a plan of bilateral cooperation for 2026"
    elif kind == "declaration" and word.lower().startswith("joint") and not plural:
        names.append((word, []))  # "a joint statement", "the joint communiqué"
    return [(tidy(n), t) for n, t in names]


def parties_name(word: str, countries: list[str]) -> str | None:
    """A generic body made concrete by its two parties: "the Chile-Peru joint commission"."""
    if len(countries) != 2:
        return None
    return f"{countries[0]}-{countries[1]} {word.lower()}"


# a capitalised title that goes on past "in"/"on": "Agreement on Cooperation in Seed Testing"
TITLE_GOES_ON = re.compile(
    r"^\s+(?:in|on|of|for|and|against)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:(?:and|of|the|&)\s+)*[A-Z][\w’'-]*)*"
)
WHEN_WORD = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)$"
)
MINOR = {"and", "of", "in", "on", "for", "the", "&", "against", "to", "with", "between"}


def title_end(text: str, body_start: int, body_end: int, places: list[tuple[int, int]]) -> int:
    """Where a capitalised complement ends: past "in Seed Testing" unless what follows is a
    place ("in Riga"). Lowercase bodies end where the complement pattern ended."""
    words = re.findall(r"[\w’'&-]+", text[body_start:body_end])
    if not words or not all(w[0].isupper() or w.lower() in MINOR for w in words):
        return body_end
    end = body_end
    while m := TITLE_GOES_ON.match(text[end:]):
        if WHEN_WORD.match(m.group(0).split()[-1 if len(m.group(0).split()) < 2 else 1]):
            break  # "... on Ocean Protection on Friday": a date, not part of the title
        span_start = end + len(m.group(0)) - len(m.group(0).lstrip())
        if any(ps < end + m.end() and pe > span_start + 3 for ps, pe in places):
            break  # "in Riga": a place, not part of the title
        end += m.end()
    return end
