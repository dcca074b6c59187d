"""Unusual written forms of names (ingest/name_forms.py) as the mention finder sees them."""

from __future__ import annotations

from ingest.mentions import sentence_mentions
from ingest.name_forms import capital_surname
from ingest.text import split_sentences, tokenize


def _names(text: str) -> list[str]:
    return [p.name for s in split_sentences(text) for p in sentence_mentions(s).people]


def test_a_family_name_in_capitals_closes_the_name():
    text = "Minister Kofi Ansah met Hon. Teuila Mafa LOLOHEA, Prime Minister of Ruritania, today."
    assert "Teuila Mafa LOLOHEA" in _names(text)


def test_an_acronym_after_a_name_is_not_a_family_name():
    toks = tokenize("Ana Roe NATO said")
    assert not capital_surname(toks, 2, 0, {"NATO"})
    toks = tokenize("Ana Roe BBC, said")
    assert not capital_surname(toks, 2, 0, set())  # letters, not a word
    toks = tokenize("Ana Roe LOLOHEA Party")
    assert not capital_surname(toks, 2, 0, set())  # the capitals run on: not the name's end


def test_a_heading_in_capitals_is_not_a_name():
    toks = tokenize("ROE LOLOHEA, the minister")
    assert not capital_surname(toks, 1, 0, set())


def test_a_royal_office_after_a_reigning_name_is_not_part_of_it():
    text = "The envoy presented his letters to Her Majesty Teuila Empress of Ruritania on Friday."
    assert "Teuila" in _names(text)
    assert "Teuila Empress" not in _names(text)


def test_a_typographic_apostrophe_after_an_honorific():
    text = "Minister Kofi Ansah met Dato’ Amir Hakim, the Minister of Trade, in the capital."
    assert "Amir Hakim" in _names(text)
    assert "Dato" not in _names(text)


def test_an_encounter_noun_in_a_headline_ends_the_name():
    assert "Roe" in _names("Minister Roe Phone Call with Foreign Minister Lind")
    assert "Roe Phone Call" not in _names("Minister Roe Phone Call with Foreign Minister Lind")


def test_a_long_office_with_a_policy_complement_is_not_part_of_the_name():
    text = "The minister spoke today with the High Representative for Trade Policy Ana Roe."
    assert "Ana Roe" in _names(text)


def test_a_glottal_stop_mark_opening_a_name_word():
    text = "The meeting was attended by Foreign Minister Teuila 'Ulufonua of Ruritania."
    assert "Teuila 'Ulufonua" in _names(text)
    assert "Ana Roe" in _names("It was Ana Roe's 'Blue' plan.")
