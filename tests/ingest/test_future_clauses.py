"""Encounters planned, hoped for or postponed are no encounters (ingest/future_clauses.py)."""

from __future__ import annotations

from ingest.future_clauses import future
from tests.ingest.helpers import event_people, run


def test_a_plan_governs_a_present_tense_subordinate_clause() -> None:
    assert future("The guest will be welcomed at the palace this morning before he pays a ")
    assert future("She is due to land at noon, after which she meets ")
    assert not future("The guest was welcomed at the palace, before he paid a ")


def test_a_plans_object_phrase_running_on_to_the_trigger() -> None:
    assert future("He is expected to have several meetings, the most important being ")
    assert not future("He is expected to have several meetings; on Monday he already held ")


def test_a_postponed_meeting_is_none() -> None:
    assert future("citing the re-scheduling of the 4th Joint Fisheries Commission ")
    assert not future("after the opening of the 4th Joint Fisheries Commission ")


def test_only_the_dinner_that_took_place_is_an_encounter() -> None:
    x = run(
        "Prime Minister Oskar Belnick of Ruritania arrived in Korvel last night.\n\n"
        "He was hosted to a dinner by Prime Minister Ilse Marquand last night.\n\n"
        "Belnick will be given a traditional welcome this morning before he pays a courtesy "
        "call on President Dario Fennick at the palace.\n\n"
        "He is also expected to hold a round of meetings, the highlight being talks with "
        "Foreign Minister Lumi Ostrava.",
        "2023-05-10",
    )
    assert event_people(x) == [["Ilse Marquand", "Oskar Belnick"]]


def test_a_spokesperson_on_a_rescheduled_commission_tells_no_meeting() -> None:
    x = run(
        "Foreign Minister Ilse Marquand has put off her trip to Borduria.\n\n"
        'Spokesperson Oskar Belnick said on Friday: "On account of the re-scheduling of the '
        "4th Joint Fisheries Commission meeting to a later date, the foreign minister has put "
        'off her trip."',
        "2023-05-12",
    )
    assert event_people(x) == []


def test_a_clock_time_after_to_is_no_infinitive() -> None:
    assert not future("He landed a few minutes to 1pm and ")
    x = run(
        "President Oskar Belnick arrived in Korvel on Tuesday for a two-day visit.\n\n"
        "He landed a few minutes to 1pm and was received by President Ilse Marquand at the "
        "palace.",
        "2023-04-04",
    )
    assert event_people(x) == [["Ilse Marquand", "Oskar Belnick"]]


def test_a_quoted_word_before_the_trigger_keeps_the_plan_visible() -> None:
    assert future("The spokesman said this would be a “proper ")
    x = run(
        "“On Monday, Foreign Minister Ilse Marquand will travel to Korvel,” spokesman Oskar "
        "Belnick said, adding that this would be a “proper meeting”.",
        "2023-05-12",
    )
    assert event_people(x) == []


def test_a_meeting_in_a_programme_of_scheduled_engagements_is_planned():
    assert future(
        "While in Kisara the President has several key engagements scheduled, including a "
        "welcome ceremony, followed by a meeting with"
    )


def test_a_planned_stop_on_the_way_for_talks() -> None:
    assert future("On the way home, the minister plans to briefly stop in Port Lamu for ")
    assert not future("On the way home, the minister stopped in Port Lamu for ")


def test_a_headline_infinitive_announces_and_reports_nothing() -> None:
    assert future("Minister Ana Roe to host the Minister of Trade of Norland, Dr Bo Lind, on a ")
    assert future("Minister Ana Roe to ")
    assert not future("Minister Ana Roe travelled to Lisbon and on Monday she ")


def test_a_day_between_the_modal_and_its_verb_keeps_the_plan() -> None:
    assert future("The Minister, Dr Ana Roe, will on Friday, 21 May 2021, ")
    assert not future("The Minister, Dr Ana Roe, on Friday, 21 May 2021, ")
