"""A traveller told by their plane: "His plane touched down ... and was received by Z"
(ingest/events.py with ingest/event_patterns.py HIS_PLANE): invented arrivals."""

from __future__ import annotations

from tests.ingest.helpers import event_people, run


def test_the_traveller_whose_plane_was_received_is_the_guest() -> None:
    x = run(
        "Foreign Minister Ilse Marquand of Ruritania has arrived in Korvel for a tour.\n\n"
        "Her plane touched down shortly after noon, and was received by Foreign Minister "
        "Oskar Belnick and Ambassador Dario Fennick.",
        "2024-03-09",
    )
    assert event_people(x) == [["Dario Fennick", "Ilse Marquand", "Oskar Belnick"]]


def test_officials_at_the_airport_to_see_off_the_guest_met_them() -> None:
    x = run(
        "President Oskar Belnick of Ghana left Korvel on Saturday afternoon.\n\n"
        "Governor Ilse Marquand and Mayor Dario Fennick were present at the airport to see off "
        "President Belnick.",
        "2024-03-09",
    )
    assert event_people(x) == [["Dario Fennick", "Ilse Marquand", "Oskar Belnick"]]


def test_a_guest_seen_off_by_officials() -> None:
    x = run(
        "President Oskar Belnick left Korvel on Tuesday. He was seen off by Foreign Minister "
        "Ilse Marquand at the airport.",
        "2024-03-09",
    )
    assert event_people(x) == [["Ilse Marquand", "Oskar Belnick"]]
