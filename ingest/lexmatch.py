"""Lexicon look-ups with spaCy's PhraseMatcher over the mention finder's own tokens.

The tokens of `text.tokenize` (names with hyphens, "Dr.", "U.S." kept whole) become a spaCy
`Doc`; two PhraseMatchers (exact, and lower-case for titles written in lower case) find every
honorific, royal title, job-title head, country / demonym and city in one pass. The mention
finder then asks "what starts at token i?"."""

from __future__ import annotations

from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ingest.lexicon import lexicon
from ingest.text import Token, nlp, tokenize

Matches = dict[str, dict[int, int]]  # label -> start token -> longest length
_LABELS: dict[int, str] = {}  # match id -> label


def _pattern(phrase: str) -> Doc:
    words = [t.text for t in tokenize(phrase)]
    return Doc(nlp().vocab, words=words)


@lru_cache(maxsize=1)
def _matchers() -> tuple[PhraseMatcher, PhraseMatcher]:
    lex = lexicon()
    exact = PhraseMatcher(nlp().vocab, attr="ORTH")
    lower = PhraseMatcher(nlp().vocab, attr="LOWER")
    exact.add("HONORIFIC", [_pattern(p) for p in lex.honorifics])
    exact.add("ROYAL", [_pattern(p) for p in lex.royal])
    exact.add("TITLE", [_pattern(p) for p in lex.title_heads])
    lower.add("TITLE", [_pattern(p) for p in lex.title_heads])
    exact.add("COUNTRY", [_pattern(p) for p in {**lex.countries, **lex.demonyms}])
    exact.add("CITY", [_pattern(p) for p in lex.cities])
    return exact, lower


def find(tokens: list[Token]) -> tuple[Matches, Matches]:
    """(exact matches, lower-case matches) of one sentence's tokens."""
    vocab = nlp().vocab
    doc = Doc(vocab, words=[t.text for t in tokens] or [""])
    out: list[Matches] = []
    for matcher in _matchers():
        found: Matches = {}
        for match_id, start, end in matcher(doc):
            label = _LABELS.get(match_id) or _LABELS.setdefault(match_id, vocab.strings[match_id])
            by_start = found.setdefault(label, {})
            by_start[start] = max(by_start.get(start, 0), end - start)
        out.append(found)
    return out[0], out[1]


def phrase_text(tokens: list[Token], i: int, n: int) -> str:
    return " ".join(t.text for t in tokens[i : i + n])
