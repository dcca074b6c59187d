"""A named delegation acting later as "the delegation" (ingest/delegation_subject.py via
ingest/extract.py). Own-words sentences, invented people and places."""

from __future__ import annotations

from tests.ingest.helpers import event_people, run

ROSTER = (
    "Valdoria, 3 March 2024 - A delegation headed by Foreign Minister Teodor Brandt along with "
    "Mr. Ilse Marek, head of the party's economic office, returned home after a three-day "
    "visit to Ostland.\n\n"
)


def test_the_delegation_holding_talks_brings_its_members():
    x = run(
        ROSTER + "During the visit, the delegation handed over President Anton Weiss' letter to "
        "President Karol Nowak and held talks with Mr. Pavel Sorin, the Foreign Minister.",
        "2024-03-03",
    )
    assert event_people(x) == [["Ilse Marek", "Pavel Sorin", "Teodor Brandt"]]


def test_a_meeting_with_the_delegation_as_subject_after_the_counterpart():
    x = run(
        ROSTER + "In the meeting with Mr. Jonas Keller, Minister of Trade, the delegation "
        "discussed customs and transit.",
        "2024-03-03",
    )
    assert event_people(x) == [["Ilse Marek", "Jonas Keller", "Teodor Brandt"]]


def test_a_host_receiving_the_delegation_keeps_the_usual_reading():
    x = run(
        ROSTER + "President Karol Nowak received the delegation and met with Mr. Pavel Sorin.",
        "2024-03-03",
    )
    assert ["Ilse Marek", "Pavel Sorin", "Teodor Brandt"] not in event_people(x)


def test_an_unnamed_counterpart_adds_nothing():
    x = run(ROSTER + "The delegation also met the agriculture minister.", "2024-03-03")
    assert event_people(x) == []
