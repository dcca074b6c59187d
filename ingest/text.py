"""Sentences and word tokens with character offsets into the article text.

spaCy's blank English pipeline with the rule-based sentencizer (no model download). Paragraphs
(line breaks) always end a sentence, so headlines and list items never run into body text.
A dateline prefix ("CITY:" or "CITY, Date (Agency) -") is cut off its sentence and remembered."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from pydantic import BaseModel
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Span

from ingest.decoding import MAX_DOCUMENT_BYTES

# Abbreviations that end in a period but never end a sentence.
ABBREVIATIONS = [
    "Gen.", "Lt.", "Col.", "Maj.", "Brig.", "Capt.", "Adm.", "Cmdr.", "Sgt.", "Dr.", "Prof.",
    "Mr.", "Mrs.", "Ms.", "Sen.", "Rep.", "Gov.", "Amb.", "Eng.", "H.E.", "H.H.", "St.", "No.",
    "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "U.S.", "U.K.", "U.N.",
    "Hon.", "Rt.", "Mme.", "Jr.", "Sr.", "Messrs.", "Pres.", "Supt.", "Cdr.", "Rev.", "Fr.",
    "Dep.", "Sec.", "Min.", "Cmdre.",
]  # fmt: skip

_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z'’.\- ]{1,40}?)(?:,[^:\n]{0,40}?)?(?:\s*\([^)]{1,40}\))?\s*(?::|\s[-–—]{1,2})\s+"  # noqa: E501
)
# Extraction does per-sentence work that grows with the square of the sentence length: one
# 40,000-character sentence took 11 s, a 1.5M-character one would take hours. Longer
# "sentences" (a text without stops, a table flattened into one line) are cut into pieces of
# at most this many tokens, at the last comma, semicolon or colon of the piece when there is
# one. The longest sentence in samples/ and bench/ has 77 tokens.
MAX_SENTENCE_TOKENS = 150
_PIECE_BREAKS = {",", ";", ":"}

WORD = re.compile(r"\w(?:[\w’'\-]*\w)?|[^\w\s]")


@dataclass(slots=True)
class Token:
    """A word token: a plain slotted class, not a pydantic model, because every sentence
    makes dozens and validating each one cost a tenth of the extraction time."""

    text: str
    start: int
    end: int


class Sentence(BaseModel):
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    dateline: str | None = None  # "ISLAMABAD" when the sentence opened with a dateline

    def tokens(self) -> list[Token]:
        return tokenize(self.text, self.start)


_ABBREVIATIONS = frozenset(ABBREVIATIONS)
_INITIAL = re.compile(r"(?:[A-Z]\.)*[A-Z]")  # "S." in "S. Jaishankar", "U.S."
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_POSSESSIVE = ("'s", "’s")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word tokens for name chunking: hyphenated names ("Al-Harthi") and abbreviations
    ("Dr.") stay whole; a possessive "'s" is its own token. (Every sentence of every article
    goes through here: the loop keeps to the cheapest tests first.)"""
    out: list[Token] = []
    append = out.append
    for m in WORD.finditer(text):
        word = m.group()
        s, e = m.span()
        s += offset
        e += offset
        if out and out[-1].end == s and len(word) == 1:
            last = out[-1]
            if word == "." and (last.text + "." in _ABBREVIATIONS or _INITIAL.fullmatch(last.text)):
                out[-1] = Token(last.text + ".", last.start, e)
                continue
            if word.isupper() and _INITIALS.fullmatch(last.text):
                # "U.S.", "U.K.": initials written together are one token
                out[-1] = Token(last.text + word, last.start, e)
                continue
        if len(word) > 2 and word.endswith(_POSSESSIVE):
            append(Token(word[:-2], s, e - 2))
            append(Token("'s", e - 2, e))
            continue
        append(Token(word, s, e))
    return out


@lru_cache(maxsize=1)
def nlp() -> Language:
    pipe = spacy.blank("en")
    # spaCy's default guard (1,000,000 characters) protects parsers we do not run; a document
    # may be as long as the loaders allow (UTF-8: never more characters than bytes)
    pipe.max_length = MAX_DOCUMENT_BYTES + 1
    for abbr in ABBREVIATIONS:
        pipe.tokenizer.add_special_case(abbr, [{ORTH: abbr}])  # type: ignore[union-attr]
    pipe.add_pipe("sentencizer")
    return pipe


def _bounded(sents: Iterable[Span]) -> Iterator[Span]:
    """Sentences, an over-long one cut into pieces of at most MAX_SENTENCE_TOKENS tokens."""
    for sent in sents:
        start, end = sent.start, sent.end
        doc = sent.doc
        while end - start > MAX_SENTENCE_TOKENS:
            stop = start + MAX_SENTENCE_TOKENS
            for i in range(stop - 1, start + MAX_SENTENCE_TOKENS // 2, -1):
                if doc[i].text in _PIECE_BREAKS:
                    stop = i + 1
                    break
            yield doc[start:stop]
            start = stop
        yield doc[start:end]


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    pos = 0
    for p_index, para in enumerate(text.split("\n")):
        p_start = pos
        pos += len(para) + 1
        if not para.strip():
            continue
        dateline = None
        body_start = p_start
        m = _DATELINE.match(para)
        if m and len(m.group("city").strip()) >= 3 and m.group("city").strip().isupper():
            dateline = m.group("city").strip().title()
            body_start = p_start + m.end()
        doc = nlp()(text[body_start : pos - 1])
        body = doc.text
        for sent in _bounded(doc.sents):
            raw = body[sent.start_char : sent.end_char]  # = sent.text, without a token loop
            s_text = raw.strip()
            if not s_text:
                continue
            s = body_start + sent.start_char + (len(raw) - len(raw.lstrip()))
            sentences.append(
                Sentence.model_construct(  # the values are what the fields hold: no validation
                    index=len(sentences),
                    start=s,
                    end=s + len(s_text),
                    text=s_text,
                    paragraph=p_index,
                    dateline=dateline,
                )
            )
            dateline = None
    return sentences
