"""The day of an encounter told in the next sentence (ingest/followup_dates.py)."""

from __future__ import annotations

from tests.ingest.helpers import pairs, run


def test_the_meeting_took_place_yesterday_dates_the_talks_just_told():
    x = run(
        "President Aliyu Sanda held discussions with Crown Prince Faris Al Noor.\n\n"
        "During the meeting, which took place yesterday in the capital, the two sides "
        "discussed trade.",
        "2024-02-17",
    )
    assert pairs(x) == [(frozenset({"Aliyu Sanda", "Faris Al Noor"}), "2024-02-16")]


def test_a_sentence_about_something_else_gives_no_day():
    x = run(
        "President Aliyu Sanda held discussions with Crown Prince Faris Al Noor.\n\n"
        "The new port, which opened yesterday, was not discussed.",
        "2024-02-17",
    )
    assert [d for _, d in pairs(x)] != ["2024-02-16"]


def test_the_next_sentence_opening_with_a_day_and_they():
    x = run(
        "President Ana Roe arrived in the capital on 19 May 2031. During her visit, Roe "
        "exchanged views with President Bo Lind. On 17 May, they jointly witnessed the "
        "signing of a memorandum on fisheries.",
        "2031-05-20",
    )
    assert dict(pairs(x))[frozenset({"Ana Roe", "Bo Lind"})] == "2031-05-17"
