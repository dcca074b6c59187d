"""Semicolons inside lists of people (ingest/list_items.py), and what the extraction makes of
such lists. Own-words sentences, invented people and places."""

from __future__ import annotations

from ingest.list_items import item_goes_on, semicolons_split
from tests.ingest.helpers import event_people, run


def test_a_semicolon_before_another_titled_person_continues_the_list():
    text = "She welcomed Mr Ivo Brandt of Norland; Madam Lea Sorel of Vestria and Dr Omar Tal."
    k = text.index(";")
    assert item_goes_on(text, k)
    assert semicolons_split(text) == []


def test_a_semicolon_before_a_name_and_its_office_continues_the_list():
    text = "He received Ivo Brandt, Ambassador of Norland; Lea Sorel, Ambassador of Vestria."
    assert item_goes_on(text, text.index(";"))


def test_a_semicolon_before_a_new_clause_splits():
    text = "The minister met Ivo Brandt on Monday; the talks covered fisheries and trade."
    assert not item_goes_on(text, text.index(";"))
    assert semicolons_split(text) == [text.index(";")]


def test_envoys_listed_with_semicolons_all_meet_the_host():
    x = run(
        "On Tuesday Governor-General Mele Tavake welcomed HE Mr Ivo Brandt, Ambassador of "
        "Germany; HE Ms Lea Sorel, Ambassador of France and HE Dr Omar Tal, Ambassador of "
        "Senegal, at Government House.",
        "2024-06-12",
    )
    met = {n for people in event_people(x) if "Mele Tavake" in people for n in people}
    assert {"Ivo Brandt", "Lea Sorel", "Omar Tal"} <= met


def test_counterparts_listed_with_semicolons_are_separate_meetings():
    x = run(
        "Foreign Minister Ama Owusu of Ghana is attending the assembly in Geneva. Owusu also "
        "met with her counterparts from other nations such as Mr Ivo Brandt of Germany; Ms "
        "Lea Sorel of France; Dr Omar Tal of Senegal and Mr Jonas Berg of Sweden.",
        "2024-06-12",
    )
    assert event_people(x) == [
        ["Ama Owusu", "Ivo Brandt"],
        ["Ama Owusu", "Jonas Berg"],
        ["Ama Owusu", "Lea Sorel"],
        ["Ama Owusu", "Omar Tal"],
    ]
