"""Ordinary capitalised words are not people; given names and rare surnames are (invented
sentences)."""

from __future__ import annotations

import pytest

from ingest.extract import extract
from ingest.formats import article_from_text
from ingest.name_words import ordinary_words
from ingest.names import given_name_only
from ingest.person_filter import filter_people


@pytest.mark.parametrize("name", ["Far", "Policy", "Armed", "Leaders Meeting", "Holds Bilateral"])
def test_ordinary_words(name: str) -> None:
    assert ordinary_words(name.split())


@pytest.mark.parametrize("name", ["Mark Brown", "Ham Lini", "Okonkwo", "Hun Sen", "Li Qiang"])
def test_names_are_not_ordinary(name: str) -> None:
    assert not ordinary_words(name.split())


def people_of(text: str) -> list[str]:
    art = article_from_text("date 2024-05-10\nTalks in the capital\n" + text, "t.txt")
    return [e.name for e in filter_people(extract(art), art).entities]


def test_tail_of_a_proper_noun_or_an_office_is_no_person() -> None:
    names = people_of(
        "Minister Tomas Velde held talks with Ruritanian Foreign Minister Ada Quist on Monday "
        "on investment in Ruritania's Far East. Velde also met the Union's High Representative "
        "for Foreign Affairs and Security Policy, Ivo Branca. The Deputy Commander of the "
        "Ruritanian Armed Forces Sheikh Omar Halabi joined them."
    )
    assert "Far" not in names and "Policy" not in names and "Armed" not in names
    assert {"Tomas Velde", "Ada Quist", "Ivo Branca"} <= set(names)


def test_a_common_word_surname_after_an_office_stays() -> None:
    assert "Rice" in people_of("Secretary Rice met Foreign Minister Ada Quist on Monday.")


def test_his_highness_is_an_honorific_not_part_of_the_name() -> None:
    names = people_of(
        "His Highness Sheikh Omar bin Halab met President Ada Quist on Monday. "
        "The President welcomed Sheikh Omar at the palace."
    )
    assert "Omar bin Halab" in names and not any("Highness" in n for n in names)


def test_a_given_name_alone_is_no_alias() -> None:
    assert given_name_only("Mohammed", "Mohammed bin Rashid")
    assert not given_name_only("Rashid", "Mohammed bin Rashid")
    assert not given_name_only("Quist", "Quist")


def events_of(text: str) -> list[set[str]]:
    art = article_from_text("date 2024-05-10\nCall between presidents\n" + text, "t.txt")
    x = filter_people(extract(art), art)
    return [{x.entities[p].name for p in ev.people()} for ev in x.events]


def test_a_call_that_took_place_between_two_leaders() -> None:
    evs = events_of(
        "A telephone conversation took place today between President of Chile Ivo Branca "
        "and President of Peru Ada Quist."
    )
    assert {"Ivo Branca", "Ada Quist"} in evs


def test_two_leaders_who_exchanged_their_views_met() -> None:
    evs = events_of(
        "Minister Tomas Velde and Russian Foreign Minister Ada Quist exchanged their views on "
        "trade. At the end of the conversation, Ivo Branca and Ada Quist exchanged greetings "
        "for the new year."
    )
    assert {"Tomas Velde", "Ada Quist"} in evs and {"Ivo Branca", "Ada Quist"} in evs


def test_a_storm_and_a_ruler_are_no_people() -> None:
    names = people_of(
        "Prime Minister Ivo Branca met Prime Minister Ada Quist, the Ruler of the coastal "
        "province, on Monday. They discussed relief after Cyclone Tessa."
    )
    assert "Cyclone Tessa" not in names and "Ruler" not in names


def test_a_name_that_modifies_government_is_no_participant() -> None:
    evs = events_of(
        "Foreign Minister Ivo Branca on Monday held talks with Chile's Deputy Prime Minister "
        "Ada Quist, the first contact since the Tomas Velde government took office."
    )
    assert evs == [{"Ivo Branca", "Ada Quist"}]
