"""Encounters of a visit told about the visitor without a name (ingest/visit_story.py via
ingest/extract.py). Own-words sentences, invented people and places."""

from __future__ import annotations

from tests.ingest.helpers import event_people, pairs, run


def met(x):
    return sorted((sorted(p), d) for p, d in pairs(x))


def test_the_visitor_received_by_a_named_host():
    x = run(
        "Speaker Amara Okafor of Nigeria concluded a three-day official visit to Kenya on "
        "Friday.\n\n"
        "During her stay, the parliamentary leader was received at the palace by the President "
        "of Kenya, Joaquim Serrano, who thanked her for the support.",
        "2024-03-09",
    )
    assert ["Amara Okafor", "Joaquim Serrano"] in event_people(x)


def test_a_welcome_of_someone_of_another_nation_is_not_the_visitors():
    x = run(
        "Prime Minister Tomas Brandt of Ruritania is on an official visit to Lusitania.\n\n"
        "President Joaquim Serrano met Brandt on Tuesday.\n\n"
        "The Borduvian envoy was warmly received by Minister Paulo Reis.",
        "2024-03-06",
    )
    assert ["Paulo Reis", "Tomas Brandt"] not in event_people(x)


def test_the_two_leaders_held_talks_after_a_ceremony():
    x = run(
        "Prime Minister Anatol Rusu attended President Elena Kovac's inauguration on Sunday "
        "evening. The two leaders then held talks after the ceremony.",
        "2024-06-10",
    )
    assert met(x) == [(["Anatol Rusu", "Elena Kovac"], "2024-06-09")]


def test_a_dinner_hosted_by_a_named_host():
    x = run(
        "Prime Minister Anatol Rusu attended a dinner hosted by President Elena Kovac on "
        "Sunday evening.",
        "2024-06-10",
    )
    assert met(x) == [(["Anatol Rusu", "Elena Kovac"], "2024-06-09")]


def test_the_day_before_is_the_day_next_to_the_last_encounter():
    x = run(
        "The Borduvian delegation to the assembly, headed by Speaker Mirela Dobos, held warm "
        "meetings in Kisara.\n\n"
        "On Friday, the Borduvian delegation also spoke with Speaker Joaquim Serrano.\n\n"
        "The day before, the Borduvians spoke briefly with Speaker Paulo Reis.",
        "2024-03-09",
    )
    assert met(x) == [
        (["Joaquim Serrano", "Mirela Dobos"], "2024-03-08"),
        (["Mirela Dobos", "Paulo Reis"], "2024-03-07"),
    ]


def test_earlier_in_the_day_keeps_the_day_told_before():
    x = run(
        "Prime Minister Anatol Rusu paid a courtesy call on Minister Ion Vasile on Monday.\n\n"
        "They discussed trade.\n\n"
        "Earlier in the day, Rusu paid a courtesy call on President Elena Kovac at the "
        "palace.\n\n"
        "Rusu attended a concert on Sunday evening.",
        "2024-06-10",
    )
    assert (["Anatol Rusu", "Elena Kovac"], "2024-06-10") in met(x)


def test_someone_elses_trip_only_dates_the_call():
    x = run(
        "Foreign Minister Ilse Varga had a phone conversation with Secretary Tomas Brandt on "
        "Tuesday, days after Defence Minister Pavel Kunz’ visit to Ostrava.",
        "2024-05-08",
    )
    assert event_people(x) == [["Ilse Varga", "Tomas Brandt"]]
