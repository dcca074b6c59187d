"""Rosters, delegation heads, travelling company and trips told in the perfect tense
(ingest/delegation_rosters.py via ingest/extract.py). Own-words sentences, invented people."""

from __future__ import annotations

from tests.ingest.helpers import event_people, run


def test_a_delegation_roster_after_the_talks_joins_them():
    x = run(
        "President Ilse Varga and Prime Minister Tomas Brandt held talks on Tuesday in Ostrava "
        "Nova.\n\n"
        "The two leaders first met alone before the wider session.\n\n"
        "The Ruritanian delegation featured Foreign Minister Pavel Kunz and Trade Minister "
        "Lena Hrabal.",
        "2024-05-08",
    )
    assert event_people(x) == [["Ilse Varga", "Lena Hrabal", "Pavel Kunz", "Tomas Brandt"]]


def test_an_audience_attended_by_someone_several_sentences_later():
    x = run(
        "King Arvid Solberg received Minister Jonas Petrak at the palace on Monday.\n\n"
        "They reviewed relations between the two kingdoms.\n\n"
        "They also discussed regional questions.\n\n"
        "The guest conveyed greetings from his government.\n\n"
        "The audience was attended by Oskar Lind, Minister of the Royal Court.",
        "2024-05-07",
    )
    assert event_people(x) == [["Arvid Solberg", "Jonas Petrak", "Oskar Lind"]]


def test_a_roster_still_to_come_joins_nothing():
    x = run(
        "President Ilse Varga met Prime Minister Tomas Brandt on Tuesday.\n\n"
        "The Ruritanian delegation will include Foreign Minister Pavel Kunz.",
        "2024-05-08",
    )
    assert event_people(x) == [["Ilse Varga", "Tomas Brandt"]]


def test_the_head_of_a_delegation_meets_whom_the_delegation_met():
    x = run(
        "The Borduvian delegation to the assembly, headed by Speaker Mirela Dobos, held warm "
        "meetings in Kisara.\n\n"
        "On Friday, the Borduvian delegation also spoke with the Speaker of Lusitania, "
        "Joaquim Serrano.",
        "2024-03-09",
    )
    assert event_people(x) == [["Joaquim Serrano", "Mirela Dobos"]]


def test_travelling_company_is_no_participant():
    x = run(
        "Prime Minister Anatol Rusu paid a courtesy call on President Elena Kovac on Monday.\n\n"
        "He is accompanied by Minister for Justice Dan Popa and Secretary Ion Vasile.",
        "2024-06-10",
    )
    assert event_people(x) == [["Anatol Rusu", "Elena Kovac"]]


def test_two_travellers_who_have_visited_a_city_did_not_meet():
    x = run(
        "Minister Dan Popa and Adviser Ion Vasile have visited Port Lamu since the new cabinet "
        "took office in March.",
        "2024-06-10",
    )
    assert event_people(x) == []


def test_attending_the_talks_were_joins_them_but_not_a_word_of_a_portfolio():
    x = run(
        "Foreign Minister Ilse Varga hosted talks with Prime Minister Tomas Brandt in Ostrava "
        "Nova on Friday.\n\n"
        "Attending the talks were the Minister of Roads, Harbours and Transport, Pavel Kunz, and "
        "Trade Minister Lena Hrabal.",
        "2024-05-11",
    )
    assert event_people(x) == [["Ilse Varga", "Lena Hrabal", "Pavel Kunz", "Tomas Brandt"]]
