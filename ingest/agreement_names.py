"""The name of an instrument: the words before its head noun ("visa waiver agreement",
"General Security of Military Information Agreement") and its complement ("an agreement on
fisheries"; a list complement of a plural head makes one instrument per item)."""

from __future__ import annotations

import re

from ingest.agreement_lexicon import DETERMINER, STOP_MODIFIER

COMPLEMENT = re.compile(
    r"^\s*(?:\((?:[A-Za-z]{2,6}s?)\)\s*)?(?:between\s+[^.;:()]{3,160}?\s+(?=on\s))?"
    r"(?P<prep>on|for|covering|regarding|concerning|in the (?:fields?|areas?) of|to)\s+"  # noqa: E501
    r"(?P<body>[^,.;:()]+?(?:,\s*[^,.;:()]+?)*?)(?=\s*(?:[.;:]|$|,\s*(?:which|while|as|and (?:the|he|she|they)|expressing|according|saying|said)\b|,\s*[a-z]+ing\b|,?\s+and\s+(?:expressed|said|added|noted|called|urged|stressed|welcomed|praised|hailed|discussed|reviewed|emphasi[sz]ed)\b|,\s*(?:the|a|an)\s|\s+(?:to|which|that|as|while|during|at|with|from|after|before|when|under|by|was|were|is|are|has|have|had|will|would)\s"  # noqa: E501
    r"|\s+(?:in|on)\s+(?=[A-Z0-9])|,\s*(?:in|on|at|during)\b"
    r"|,?\s+and\s+(?:also\s+)?(?:a|an|another|several|other|various|many|more|\d+|two|three)\s))",
    re.I,
)


def modifiers(text: str, start: int) -> tuple[str, bool]:
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


def singular(word: str) -> str:
    """ "treaties" -> "treaty", "agreements" -> "agreement"."""
    return word[:-3] + "y" if word.lower().endswith("ies") else word.rstrip("s")


def split_list(body: str) -> list[str]:
    parts = re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+(?=[\w-]+(?:\s+[\w-]+){0,3}$)", body)
    return [p.strip() for p in parts if p.strip()]
