"""The publication date as the last date signal of an undated encounter (ingest/extract.py)."""

from __future__ import annotations

from tests.ingest.helpers import pairs, run

TALKS = (
    "Ruritanian Foreign Minister Alda Verenko held talks with Borduvian Foreign Minister "
    "Tomas Quell."
)


def test_only_the_publication_date_gives_that_day():
    assert pairs(run(TALKS, "2031-05-14")) == [
        (frozenset({"Alda Verenko", "Tomas Quell"}), "2031-05-14")
    ]
    assert pairs(run(TALKS)) == [(frozenset({"Alda Verenko", "Tomas Quell"}), None)]


def test_undated_encounter_takes_the_one_recent_day_of_the_story():
    x = run(
        "Ruritanian President Oskar Delmo met Borduvian President Ines Farrow on Tuesday. "
        "Meanwhile, Ruritanian Trade Minister Pia Lund paid a courtesy call on Borduvian "
        "Finance Minister Jon Evrard.",
        "2031-05-15",
    )
    assert dict(pairs(x))[frozenset({"Pia Lund", "Jon Evrard"})] == "2031-05-13"


def test_a_story_day_weeks_old_leaves_the_month():
    x = run(
        "Ruritanian President Oskar Delmo met Borduvian President Ines Farrow on 2 May 2031. "
        "Meanwhile, Ruritanian Trade Minister Pia Lund paid a courtesy call on Borduvian "
        "Finance Minister Jon Evrard.",
        "2031-05-20",
    )
    assert dict(pairs(x))[frozenset({"Pia Lund", "Jon Evrard"})] == "2031-05"


def test_an_offset_encounter_and_a_small_hours_stamp_leave_the_month():
    x = run(
        "Her trip comes a week after Ruritanian envoy Pia Lund paid a courtesy visit to "
        "Borduvian President Ines Farrow.",
        "2031-05-20",
    )
    assert pairs(x)[0][1] == "2031-05"
    x = run("19.05.2031 02:00\n\n" + TALKS, "2031-05-19")
    assert pairs(x)[0][1] == "2031-05"
