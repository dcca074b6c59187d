"""A page's timestamp line stands in for a missing publication date (ingest/page_stamp.py)."""

from __future__ import annotations

from ingest.page_stamp import stamp_day
from tests.ingest.helpers import pairs, run


def test_a_stamp_line_under_the_headline_gives_the_day() -> None:
    text = "Envoys gather in Korvel\nTuesday, March 9, 2021 at 08:40AM\nStaff writer\nBody."
    assert stamp_day(text) == "2021-03-09"


def test_a_sentence_with_a_date_is_no_stamp() -> None:
    assert stamp_day("Minister Ilse Marquand met Oskar Belnick on 3 May 2021 in Korvel.") is None
    assert stamp_day("Headline\nMarch 2021\nBody.") is None  # no full day


def test_weekdays_resolve_against_the_stamp_without_publication_date() -> None:
    x = run(
        "Marquand tours the islands\n"
        "Tuesday, March 9, 2021 at 08:40AM\n"
        "On Sunday, Foreign Minister Ilse Marquand met Prime Minister Oskar Belnick of "
        "Ruritania in Korvel.\n"
        "On Monday, she held talks with President Dario Fennick of Borduria."
    )
    got = dict(pairs(x))
    assert got[frozenset({"Ilse Marquand", "Oskar Belnick"})] == "2021-03-07"
    assert got[frozenset({"Ilse Marquand", "Dario Fennick"})] == "2021-03-08"


def test_a_publication_date_wins_over_the_stamp() -> None:
    x = run(
        "Tuesday, March 9, 2021\n"
        "On Sunday, Foreign Minister Ilse Marquand met Prime Minister Oskar Belnick of "
        "Ruritania in Korvel.",
        "2021-03-16",
    )
    assert dict(pairs(x))[frozenset({"Ilse Marquand", "Oskar Belnick"})] == "2021-03-14"


def test_the_ingest_note_says_the_stamp_was_used() -> None:
    from ingest.formats import build_article

    a = build_article("Title\nTuesday, March 9, 2021 at 08:40AM\nOn Sunday A met B.", "x.txt")
    assert any("timestamp line (2021-03-09)" in n for n in a.notes)
    b = build_article("On Sunday A met B in Korvel, officials said.", "y.txt")
    assert any("stay unresolved" in n for n in b.notes)
