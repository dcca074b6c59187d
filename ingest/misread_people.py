"""Three kinds of "person" that readouts make the name finder see, and what they really are.

- A building or a venue in a place's position: "received the guest at Varno Bhavan",
  "in the Amber Hall of Kesra Niwas". A capitalised phrase that is never titled, never has an
  honorific and every time stands right after "at" / "in" / "inside" / "outside" (or after
  "<venue> of") is a place, not a person: it is dropped.
- A style of address standing alone: "His Highness thanked the host", "HH the Amir": the
  finder keeps the bare word ("Highness"). It is the one royal of the report when there is
  exactly one (a person titled Emir, King, Sultan, ...): the mentions join that person;
  otherwise the word is dropped.
- The last word of an office taken for a name: "Head of the Border Security Apparatus, and
  ..." gives the title "Head of the Border Security" and the "person" "Apparatus". A lone,
  ordinary English word (not a given name) named once, right after an "of the" title and
  before a comma, is the end of that title: it is dropped.
- An abbreviated first name cut off by its full stop: "President Md. Karim Osei" gives "Md"
  and "Karim Osei"; a style with an apostrophe ("Dato’ Karim Osei") gives "Dato". A
  one-to-three-letter "name" always followed by ". " (or any one-word "name" always followed
  by "’ ") and then another person's name belongs to that person.

`misread_people(x, text)` returns {entity index: owner index, or None to drop}; the people
filter (ingest/person_filter.py) applies it with its own verdicts."""

from __future__ import annotations

import re

from ingest.name_words import is_given_name, zipf
from ingest.schema import DocumentExtraction, PersonEntity

# the words right before a place: a locative preposition, or "<venue> of (the)"
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:at|in|inside|outside|near)\s+(?:the\s+)?"
    r"|\b(?:[Hh]all|[Pp]alace|[Hh]ouse|[Rr]esidence|[Gg]ardens?|[Cc]omplex|[Cc]ourtyard"
    r"|[Ff]orecourt|[Ll]awns?|[Aa]uditorium|[Cc]hamber|[Ww]ing)\s+of\s+(?:the\s+)?)$"
)
_POSSESSIVE = re.compile(r"^['’]s?\b")  # "at Roe's residence": the person is the owner
_STYLES = {"highness", "excellency", "majesty", "holiness", "eminence", "royal highness"}
_ROYAL = {"emir", "amir", "king", "queen", "sultan", "emperor", "empress", "crown prince",
          "prince", "princess", "grand duke", "sheikh", "shaikh"}  # fmt: skip
_ABBREVIATED = re.compile(r"[.’']\s+(?=[A-Z])")
_TAIL_ZIPF = 3.3  # as common as "directorate" or "apparatus"


def _is_royal(ent: PersonEntity) -> bool:
    return any(t.lower().split(" of ")[0].strip() in _ROYAL for t in ent.titles)


def _placed(ent: PersonEntity, x: DocumentExtraction, text: str) -> bool:
    """Every mention of an untitled name stands where a place stands."""
    if ent.titles or not ent.mentions:
        return False
    first = ent.name.split()[0]
    if zipf(first.lower()) >= _TAIL_ZIPF and not is_given_name(first):
        return False  # "House of Representatives Kevin Roe": an office's tail, then a name
    for i in ent.mentions:
        m = x.people[i]
        if m.kind != "name" or m.honorifics or m.titles:
            return False
        if not _PLACE_BEFORE.search(text[max(0, m.start - 40) : m.start]):
            return False
        if _POSSESSIVE.match(text[m.end : m.end + 2]):
            return False
    return True


def _office_tail(ent: PersonEntity, x: DocumentExtraction, text: str) -> bool:
    words = ent.name.split()
    if len(words) != 1 or len(ent.mentions) != 1 or not words[0].isalpha():
        return False
    m = x.people[ent.mentions[0]]
    if m.kind != "name" or not any(" of the " in f" {t} " for t in m.titles):
        return False
    if text[m.end : m.end + 1] != "," or is_given_name(words[0]):
        return False
    return zipf(words[0].lower()) >= _TAIL_ZIPF


def _owner_of_style(ent: PersonEntity, entities: list[PersonEntity]) -> int | None:
    royals = [e.index for e in entities if e.index != ent.index and _is_royal(e)]
    return royals[0] if len(royals) == 1 else None


def _owner_of_initial(
    ent: PersonEntity, x: DocumentExtraction, text: str, short: bool
) -> int | None:
    """The person whose name follows this abbreviation ("Md. Karim Osei", any "Dato’ Karim
    Osei") at every one of its mentions."""
    starts = {m.start: m.entity for m in x.people if m.kind == "name" and m.entity is not None}
    owners = set()
    for i in ent.mentions:
        m = x.people[i]
        if m.kind != "name":
            continue  # "the President" said of it later
        gap = _ABBREVIATED.match(text, m.end)
        if gap and text[m.end] == "." and not short:
            gap = None  # a full stop after a longer word ends a sentence
        owner = starts.get(gap.end()) if gap else None
        if owner is None or owner == ent.index:
            return None
        owners.add(owner)
    return owners.pop() if len(owners) == 1 else None


def misread_people(x: DocumentExtraction, text: str) -> dict[int, int | None]:
    """Entities that are not people of their own: index -> owner (None: not a person)."""
    out: dict[int, int | None] = {}
    for ent in x.entities:
        words = ent.name.split()
        if ent.name.lower() in _STYLES:
            out[ent.index] = _owner_of_style(ent, x.entities)
            continue
        if len(words) == 1 and words[0].isalpha() and ent.mentions:
            owner = _owner_of_initial(ent, x, text, short=len(words[0]) <= 3)
            if owner is not None:
                out[ent.index] = owner
                continue
        if _placed(ent, x, text) or _office_tail(ent, x, text):
            out[ent.index] = None
    return out
