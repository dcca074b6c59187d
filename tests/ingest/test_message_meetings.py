"""Messages handed over at a meeting (ingest/message_meetings.py via ingest/extract.py).
Own-words sentences, invented people."""

from __future__ import annotations

from tests.ingest.helpers import event_people, run


def test_the_bearer_named_after_from_met_the_receiver() -> None:
    x = run(
        "Foreign Minister Ilse Marquand received a written message from President Oskar "
        "Belnick of Borduria, on fisheries.\n\n"
        "The Minister received the letter from envoy Tomas Velde during a meeting at the "
        "ministry.",
        "2023-11-27",
    )
    assert event_people(x) == [["Ilse Marquand", "Tomas Velde"]]


def test_the_bearer_named_after_delivered_by_not_the_sender() -> None:
    x = run(
        "Foreign Minister Ilse Marquand received a written message from President Oskar "
        "Belnick of Borduria, delivered by Ambassador Tomas Velde during a meeting in Korvel.",
        "2023-11-27",
    )
    assert event_people(x) == [["Ilse Marquand", "Tomas Velde"]]


def test_a_bearer_who_handed_over_a_letter_at_an_audience() -> None:
    x = run(
        "Ambassador Tomas Velde handed over a letter from President Oskar Belnick to Foreign "
        "Minister Ilse Marquand during an audience on Monday.",
        "2023-11-27",
    )
    assert event_people(x) == [["Ilse Marquand", "Tomas Velde"]]


def test_no_meeting_no_encounter() -> None:
    x = run(
        "Foreign Minister Ilse Marquand received a written message from President Oskar "
        "Belnick of Borduria.",
        "2023-11-27",
    )
    assert event_people(x) == []
