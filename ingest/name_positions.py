"""Where a capitalised word is (or is not) part of a person's name, beyond the lexicons: used
by the name chunker in ingest/mentions.py.

- a month that is also a family name stays in the name after a given name or a title
  ("Theresa May", "Prime Minister May"), unless a day or a year follows ("May 5", "May 2024");
- a headline verb in title case ends a name ("Ana Roe Meets Minister ..."); so does a credit
  glued to it ("Ana Roe AGENCY-Photographer", "Ana Roe/Agency");
- a lone surname is a person where a person sits: "the meeting Roe had with Lee", "Roe's
  visit", "Roe held talks", "talks with Roe, the governor's adviser".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.text import Token

# month names that are also family or given names
MONTH_NAMES = {"May", "June", "April", "August"}
_MODAL_NEXT = {
    "be", "have", "not", "visit", "meet", "hold", "sign", "attend", "travel", "seek", "face",
    "join", "step", "resign", "call", "talk", "return", "go", "come", "need", "help", "get",
    "lead", "win", "lose", "end", "open",
}  # fmt: skip
_DAY_OR_YEAR = re.compile(r"^(?:\d{1,4}(?:st|nd|rd|th)?|[12]\d{3}s?)$")

# verbs a title-case headline puts right after a name: "X Meets Y", "X Receives Y"
HEADLINE_VERBS = {
    "meets", "met", "receives", "received", "hosts", "hosted", "holds", "held", "visits",
    "visited", "calls", "called", "welcomes", "welcomed", "says", "said", "signs", "signed",
    "discusses", "discussed", "discuss", "talks", "urges", "urged", "vows", "vowed", "agree",
    "agrees", "agreed", "pledges", "pledged", "arrives", "arrived", "leaves", "left", "to",
    "in", "on", "at", "for", "with", "and", "as", "after", "ahead", "amid", "over",
}  # fmt: skip

# encounter nouns a title-case headline puts right after a name: "X Phone Call with Y"
HEADLINE_NOUNS = {
    "phone", "telephone", "call", "meeting", "talks", "visit", "conversation", "courtesy",
}  # fmt: skip

# an agency or credit glued to a name: "AGENCY-Name", "Name/AGENCY", "AFP/Getty"
_CREDIT = re.compile(r"^[A-Z]{2,}[-/]\S*$|^\S+/[A-Z][\w-]*$")


def month_in_name(toks: list[Token], j: int, i: int, titled: bool) -> bool:
    """Token j is a month that continues the name started at i (or follows a title)."""
    t = toks[j].text
    if t not in MONTH_NAMES or (j == i and not titled):
        return False
    if j > i and not toks[j - 1].text[:1].isupper():
        return False
    nxt = toks[j + 1].text if j + 1 < len(toks) else ""
    if nxt.lower() in _MODAL_NEXT:
        return False  # "Leaders May Meet Next Week": the modal verb
    after = toks[j + 2].text if j + 2 < len(toks) else ""
    # "May 5", "May, 2024": a date
    return not (_DAY_OR_YEAR.match(nxt) or (nxt in {",", "-"} and _DAY_OR_YEAR.match(after)))


def ends_name(toks: list[Token], j: int, i: int, headline: bool) -> bool:
    """Token j (after the name's first word) ends the name: a credit glued to it, or a
    capitalised headline verb ("Meets")."""
    if j <= i:
        return False
    t = toks[j].text
    if _CREDIT.match(t):
        return True
    if not t[:1].isupper():
        return False
    # "Meets", "Receives": never a name; "In", "To", "Phone Call": only in a title-case headline
    low = t.lower()
    return (low in HEADLINE_VERBS and (headline or low.endswith("s"))) or (
        headline and low in HEADLINE_NOUNS
    )


_BEFORE = {"meeting", "meetings", "talks", "met", "meet", "call", "conversation", "hosted"}
_POSSESSED = {"visit", "meeting", "talks", "trip", "counterpart", "delegation", "host", "office"}


def person_position(toks: list[Token], i: int, end: int) -> bool:
    """The capitalised word(s) toks[i:end] sit where a person sits in an encounter."""
    nxt = [t.text.lower() for t in toks[end : end + 4]]
    prev = [t.text.lower() for t in toks[max(0, i - 2) : i]]
    if nxt[:1] == ["had"] and "with" in nxt[1:4]:
        return True  # "the meeting Roe had with Y"
    if nxt[:2] in (["held", "talks"], ["held", "a"], ["held", "meetings"]):
        return True
    met = {"met", "meets", "received", "hosted", "welcomed", "visited"}
    if nxt[:1] and (nxt[0] in met or (nxt[0] == "also" and nxt[1:2] and nxt[1] in met)):
        return True  # "Roe met the minister", "Roe also received ..."
    if nxt[:2] == [",", "who"] and any(w in met for w in nxt[2:4]):
        return True  # "Roe, who also met with the prime minister, ..."
    if len(nxt) >= 2 and nxt[0] in {"'s", "’s", "’", "'"} and nxt[1] in _POSSESSED:
        return True  # "Roe's visit", "Roe’ visit"
    if len(prev) < 2 or prev[1] != "with":
        return False
    if prev[0] in {"had", "held"}:
        return True  # "the meeting X had with Roe"
    # "talks with Roe, the governor's adviser": an apposition says it is a person
    return prev[0] in _BEFORE and nxt[:1] == [","] and nxt[1:2] in (["the"], ["a"], ["his"])


def clause_verb(word: str) -> bool:
    """A lowercase word right after "NAME, the <title>" that makes the title the subject of
    a new clause ("In talks with A, the President stressed ..."), not A's apposition."""
    irregular = {"said", "told", "met", "held", "spoke", "made", "took", "gave", "sent", "wrote"}
    return word.islower() and (
        word in irregular or (word.endswith(("ed", "s")) and word not in {"was", "has", "is"})
    )


# a sentence that opens with an adverbial ("Prior to her talks with the minister, X said")
FRONTED = {
    "Prior", "After", "Before", "During", "Following", "In", "On", "At", "While", "When", "As",
    "Ahead", "Upon", "With", "Since", "Later", "Earlier",
}  # fmt: skip


_CREDIT_WORDS = {"photo", "photos", "picture", "image", "credit", "credits", "courtesy", "file"}


def credit_position(toks: list[Token], i: int, end: int) -> bool:
    """A name in a photo credit or byline inside a line: "Photo: Ana Roe/Agency", "Ana Roe /
    AGENCY", "(Photo by Ana Roe)"."""
    nxt = toks[end].text if end < len(toks) else ""
    if nxt == "/" and end + 1 < len(toks) and toks[end + 1].text[:1].isupper():
        return True
    if i >= 2 and toks[i - 1].text == "/" and toks[i - 2].text.isupper():
        return True  # "AGENCY/Name"
    if i >= 2 and toks[i - 1].text == "." and toks[i - 1].end == toks[i].start:
        return True  # "... in Lima, May 3, 2024.Ana Roe": a photographer glued to a caption
    prev = [t.text.lower() for t in toks[max(0, i - 3) : i]]
    return any(w in _CREDIT_WORDS for w in prev) and (prev[-1:] in ([":"], ["by"]))


# "a courtesy visit to Roe", "a message from Roe": after these a lone word may be a surname
_TO_FROM = {"to", "from"}
_SENT_NOUNS = {"visit", "visits", "call", "calls", "trip", "message", "letter", "condolences"}


def lone_surname_after(
    toks: list[Token], i: int, end: int, lexical: Callable[[Token], bool]
) -> bool:
    """One capitalised word after "a visit to" / "a message from" that no lexicon knows and
    that no city or organisation word follows: a surname when it names a person seen before
    (coreference keeps such a tentative mention only then)."""
    if end != i + 1 or i < 2 or toks[i - 1].text not in _TO_FROM or lexical(toks[i]):
        return False
    if toks[i - 2].text.lower() not in _SENT_NOUNS:
        return False
    nxt = toks[end].text if end < len(toks) else ""
    return not nxt[:1].isupper() and nxt not in {"'s", "’s"}
