"""A group told once and then one by one (ingest/group_split.py): invented readouts."""

from __future__ import annotations

from tests.ingest.helpers import pairs, run


def test_a_list_met_again_one_by_one_is_the_pivots_bilaterals() -> None:
    x = run(
        "On Monday, Foreign Minister Ilse Marquand held talks with Ambassador Oskar Belnick, "
        "Ambassador Dario Fennick and Director Lumi Ostrava.\n\n"
        "During the meeting with Ambassador Belnick, the minister spoke about fisheries.\n\n"
        "Later in the day, the minister met with Ambassador Dario Fennick.\n\n"
        "She also held discussions with Director Lumi Ostrava.",
        "2024-05-14",
    )
    got = {p for p, _ in pairs(x)}
    assert frozenset({"Ilse Marquand", "Oskar Belnick"}) in got
    assert frozenset({"Ilse Marquand", "Lumi Ostrava"}) in got
    assert all(len(p) == 2 for p in got)


def test_a_trilateral_with_no_one_by_one_stays_one() -> None:
    x = run(
        "On Monday, Foreign Minister Ilse Marquand held talks with Ambassador Oskar Belnick "
        "and Ambassador Dario Fennick in Korvel.\n\n"
        "The three discussed fisheries.",
        "2024-05-14",
    )
    got = {p for p, _ in pairs(x)}
    assert frozenset({"Ilse Marquand", "Oskar Belnick", "Dario Fennick"}) in got
