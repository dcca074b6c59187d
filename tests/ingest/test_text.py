"""Sentences and tokens with offsets (ingest/text.py)."""

from __future__ import annotations

from ingest.text import split_sentences, tokenize


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
