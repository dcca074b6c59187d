"""Officials travelling with a visitor (ingest/travel_companions.py) and trips ahead."""

from __future__ import annotations

from tests.ingest.helpers import pairs, run


def test_a_member_of_the_travelling_party_has_not_met_the_leader_he_accompanies():
    x = run(
        "Minister Kofi Ansah is part of the delegation accompanying Premier Ana Roe on a "
        "working visit to Ruritania and will join her meetings there.",
        "2024-03-06",
    )
    assert pairs(x) == []


def test_a_visitor_received_by_a_host_is_still_an_encounter():
    x = run(
        "Premier Ana Roe, accompanied by her ministers, was received by President Teuila Mafa "
        "on a state visit to Ruritania on Monday.",
        "2024-03-06",
    )
    assert [p for p, _ in pairs(x)] == [frozenset({"Ana Roe", "Teuila Mafa"})]


def test_a_trip_ahead_is_no_encounter():
    x = run(
        "President Teuila Mafa confirmed that Minister Kofi Ansah will be in the capital on "
        "Friday on his first official visit to the country.",
        "2024-03-06",
    )
    assert pairs(x) == []
