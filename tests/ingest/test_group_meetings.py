"""Two groups that met, listed in the sentences after (ingest/group_meetings.py)."""

from __future__ import annotations

from tests.ingest.helpers import event_people, pairs, run


def test_two_sides_listed_after_a_group_meeting_are_one_encounter() -> None:
    x = run(
        "KORVEL: Finance Minister Ilse Marquand along with other ministers held a meeting with a "
        "delegation of the Harbour Party here on Saturday.\n\n"
        "The government side was also represented by Trade Minister Oskar Belnick.\n\n"
        "The delegation of the Harbour Party included Dario Fennick and Lumi Ostrava.\n\n"
        "The two sides discussed the budget.",
        "2022-05-14",
    )
    assert event_people(x) == [["Dario Fennick", "Ilse Marquand", "Lumi Ostrava", "Oskar Belnick"]]
    assert pairs(x)[0][1] == "2022-05-14"


def test_a_delegation_travelling_with_a_visitor_meets_nobody() -> None:
    x = run(
        "Finance Minister Ilse Marquand arrived in Korvel on Saturday.\n\n"
        "Her delegation included Oskar Belnick and Dario Fennick.",
        "2022-05-14",
    )
    assert all(len(people) < 2 for people in event_people(x))


def test_a_planned_group_meeting_is_none() -> None:
    x = run(
        "The ministers will meet a delegation of the Harbour Party on Monday.\n\n"
        "The government side will be represented by Oskar Belnick.\n\n"
        "The delegation of the party comprised Dario Fennick and Lumi Ostrava.",
        "2022-05-14",
    )
    assert all(len(people) < 2 for people in event_people(x))
