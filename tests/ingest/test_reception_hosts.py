"""Officials said to be there to receive a guest join the reception just told
(ingest/event_story.py with ingest/event_patterns.py): invented arrivals."""

from __future__ import annotations

from tests.ingest.helpers import event_people, run


def test_officials_also_present_to_receive_the_guest_join_the_reception() -> None:
    x = run(
        "Ghanaian leader Oskar Belnick arrived in Korvel on Monday morning for a state "
        "visit.\n\n"
        "He was formally received by his host President Ilse Marquand at the palace.\n\n"
        "Vice-President Dario Fennick, several ministers and Army Chief Lumi Ostrava were also "
        "present at the palace to receive the Ghanaian leader.",
        "2024-03-12",
    )
    assert event_people(x) == [["Dario Fennick", "Ilse Marquand", "Lumi Ostrava", "Oskar Belnick"]]


def test_an_inverted_also_at_the_airport_to_receive_joins_the_welcome() -> None:
    x = run(
        "Queen Ilse Marquand of Ruritania arrived in Korvel on Thursday evening. She was "
        "received by First Lady Oskara Belnick at the airport.\n\n"
        "Also at the airport to receive the Queen were Ambassador Dario Fennick and chief of "
        "staff Lumi Ostrava.",
        "2024-03-15",
    )
    assert event_people(x) == [["Dario Fennick", "Ilse Marquand", "Lumi Ostrava", "Oskara Belnick"]]


def test_family_accompanying_the_guest_during_the_visit_met_nobody() -> None:
    x = run(
        "Ghanaian leader Oskar Belnick left Korvel on Saturday. Governor Ilse Marquand was "
        "present at the airport to see off the Ghanaian leader.\n\n"
        "During the visit, President Belnick was accompanied by his wife Mara Fennick and "
        "other family members.",
        "2024-03-16",
    )
    assert event_people(x) == [["Ilse Marquand", "Oskar Belnick"]]
