"""Unusual written forms of a personal name that the mention chunker asks about:

- a family name printed in capitals at the end of a name, as some foreign ministries write
  it ("Ana Maria ROE, Minister of ..."): part of the name, not an acronym after it;
- a royal office written after a one-word reigning name ("Ana Empress of Ruritania"): the
  name ends before the office;
- a name word that opens with a glottal-stop mark ("Ana 'Ulufonua"): the mark belongs to
  the word, it opens no quotation."""

from __future__ import annotations

from ingest.text import Token

_VOWELS = set("AEIOUY")
# offices written after a reigning name, never part of it
REIGN_OFFICES = {"Emperor", "Empress", "King", "Queen", "Sultan", "Emir", "Tsar"}
_NAME_END = {",", ".", "(", ";", ":", "'s", "’s"}


def capital_surname(toks: list[Token], j: int, i: int, acronyms: set[str]) -> bool:
    """Token j, written in capitals, closes the name that started at i: it follows a name
    word in ordinary case, the name ends with it, and it reads as a word, not an acronym."""
    word = toks[j].text
    if j <= i or len(word) < 4 or not word.isalpha() or not word.isupper() or word in acronyms:
        return False
    before = toks[j - 1].text
    if not (before[:1].isupper() and before[1:].islower()):
        return False  # "ROE ANA": a line in capitals, a heading
    vowels = sum(1 for c in word if c in _VOWELS)
    if vowels < 2 or vowels / len(word) < 0.3:
        return False  # "NKRC", "BBC": letters, not a word
    nxt = toks[j + 1].text if j + 1 < len(toks) else ""
    return nxt == "" or nxt in _NAME_END or nxt[:1].islower()


def reign_office_after(toks: list[Token], j: int, i: int) -> bool:
    """Token j is a royal office written after a one-word name ("Ana Empress of P")."""
    return (
        j == i + 1
        and toks[j].text in REIGN_OFFICES
        and (j + 1 < len(toks) and toks[j + 1].text == "of")
    )


_MARKS = {"'", "‘", "’"}


def glottal_mark(toks: list[Token], j: int, i: int) -> bool:
    """Token j is a mark glued to the capitalised name word after it, inside a name."""
    if j <= i or toks[j].text not in _MARKS or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return (
        toks[j - 1].end < toks[j].start  # a space before the mark: not "Roe's"
        and toks[j].end == nxt.start
        and nxt.text[:1].isupper()
        and nxt.text[1:2].islower()
    )
