"""Venues, bare styles of address and cut-off initials taken for people
(ingest/misread_people.py, applied by ingest/person_filter.py). Own-words texts, invented
people and places."""

from __future__ import annotations

from ingest.extract import extract
from ingest.person_filter import filter_people
from tests.ingest.helpers import article, event_people, names


def clean(text: str, published: str | None = "2024-06-12"):
    art = article(text, published)
    return filter_people(extract(art), art)


def test_a_venue_after_at_is_no_guest():
    x = clean(
        "Guards lined the forecourt of Kirana Bhavan in Delhi on Monday for President Ilan "
        "Marsk.\n\nPresident Talia Norberg and Prime Minister Osric Vell received "
        "Sri Lankan President Ilan Marsk at Kirana Bhavan."
    )
    assert "Kirana Bhavan" not in names(x)
    assert event_people(x) == [["Ilan Marsk", "Osric Vell", "Talia Norberg"]]


def test_a_venue_after_hall_of_is_no_participant():
    x = clean(
        "The Emir called on President Dora Kelm today. Minister Pavel Ostrin joined the two "
        "of them in the Amber Hall of Kesra Niwas."
    )
    assert "Kesra Niwas" not in names(x)


def test_a_person_after_at_with_a_title_stays():
    x = clean("The talks were held at President Dora Kelm's request with Minister Pavel Ostrin.")
    assert "Dora Kelm" in names(x)


def test_an_office_tail_before_a_name_is_not_a_venue():
    x = clean(
        "He will address the Speaker of the House of Representatives Lena Brask and other "
        "members on Friday."
    )
    assert any("Lena Brask" in n for n in names(x))


def test_a_bare_highness_is_the_one_royal_of_the_report():
    x = clean(
        "Emir Rami bin Said Al Nour and President Dora Kelm held talks in Kesra this evening.\n\n"
        "His Highness expressed his happiness at the visit.\n\n"
        "The talks were attended by Minister Pavel Ostrin."
    )
    assert "Highness" not in names(x)


def test_an_office_tail_is_no_person():
    x = clean(
        "The talks were attended by Sheikh Omar bin Khalid Al Harun, Head of the Border "
        "Security Apparatus, and Ambassador Lina Farouk."
    )
    assert "Apparatus" not in names(x)
    assert "Lina Farouk" in names(x)


def test_a_cut_off_initial_joins_its_person():
    x = clean(
        "President Ilan Marsk, on a state visit to Malawi, met the President of Malawi Md. Karim "
        "Osei today (July 14) at the Presidential Palace."
    )
    assert "Md" not in names(x)
    assert event_people(x) == [["Ilan Marsk", "Karim Osei"]]


def test_a_style_with_an_apostrophe_joins_its_person():
    x = clean(
        "Minister Ilse Marquand met the Minister of Foreign Affairs of Malaysia, Dato’ Karim "
        "Osei, on 4 May 2019 in Putrajaya."
    )
    assert "Dato" not in names(x)
    assert event_people(x) == [["Ilse Marquand", "Karim Osei"]]


def test_a_sentence_end_is_no_abbreviation():
    x = clean("Minister Ilse Marquand met Oskar Belnick. Karim Osei was not there.")
    assert "Oskar Belnick" in names(x)
