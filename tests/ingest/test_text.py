"""Sentences and tokens with offsets (ingest/text.py)."""

from __future__ import annotations

import time

from ingest.article import Article, content_id
from ingest.extract import extract
from ingest.text import MAX_SENTENCE_TOKENS, nlp, split_sentences, tokenize


def test_abbreviations_do_not_end_sentences_and_offsets_hold():
    text = "Dr. Amina Bello met Gen. Paul Okafor in Lagos. Lt. Col. Ade Yusuf was there.\nNext line"
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "Dr. Amina Bello met Gen. Paul Okafor in Lagos.",
        "Lt. Col. Ade Yusuf was there.",
        "Next line",
    ]
    for s in sents:
        assert text[s.start : s.end] == s.text


def test_dateline_is_cut_and_remembered():
    text = "NAIROBI: Kenya and Uganda signed a pact.\nKAMPALA, March 3 (Reuters) - More news."
    sents = split_sentences(text)
    assert sents[0].dateline == "Nairobi"
    assert sents[0].text == "Kenya and Uganda signed a pact."
    assert sents[1].dateline == "Kampala"
    assert sents[1].text == "More news."


def test_tokens_keep_hyphenated_names_and_split_possessives():
    toks = [t.text for t in tokenize("Lt. Gen. Omar Al-Harthi met Kenya’s envoy.")]
    assert toks == ["Lt.", "Gen.", "Omar", "Al-Harthi", "met", "Kenya", "'s", "envoy", "."]


def _run_on(words: int) -> str:
    vocabulary = [
        "envoys",
        "of",
        "Norland",
        "met",
        "officials",
        "in",
        "Varna",
        "and",
        "talks",
        "went",
        "on",
        "over",
        "trade",
    ]
    return " ".join(vocabulary[i % len(vocabulary)] for i in range(words))


def test_an_endless_sentence_is_cut_into_bounded_pieces() -> None:
    text = _run_on(20_000)  # one paragraph without a stop: ~110,000 characters
    sentences = split_sentences(text)
    assert len(sentences) > 20_000 // MAX_SENTENCE_TOKENS
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert len(nlp().tokenizer(s.text)) <= MAX_SENTENCE_TOKENS
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")


def test_an_over_long_sentence_breaks_at_a_comma() -> None:
    words = _run_on(MAX_SENTENCE_TOKENS - 20).split()
    text = " ".join(words) + ", and " + _run_on(60) + "."
    first = split_sentences(text)[0]
    assert first.text.endswith(",")


def test_extraction_time_grows_linearly_with_an_endless_sentence() -> None:
    # per-sentence work is quadratic: one 40,000-character sentence took 11 s, 1.5M ran on
    # for over 6 CPU-minutes; in pieces the time follows the length (ratio 4 here, not 16)
    def seconds(words: int) -> float:
        text = _run_on(words)
        start = time.process_time()
        extract(Article(id=content_id(text), source="t", text=text))
        return time.process_time() - start

    seconds(200)  # load the pipeline
    small, large = seconds(3_000), seconds(12_000)
    assert large < 8 * small, (small, large)
