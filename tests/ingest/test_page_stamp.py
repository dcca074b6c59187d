"""The page's own date line or timestamp line (ingest/page_stamp.py, via ingest/formats.py and
ingest/extract.py)."""

from __future__ import annotations

from ingest.formats import PAGE_DATE_NOTE, article_from_text
from ingest.page_stamp import dateline_day, page_date, stamp_day
from tests.ingest.helpers import pairs, run


def test_a_date_line_under_the_headline_is_the_page_date():
    text = "A courtesy call by Ambassador Roe on Minister Lee\n2024/3/5\n\nOn 5 March, ..."
    assert page_date(text) == "2024-03-05"
    assert page_date("Envoy meets minister\n7 June 2023\nThe envoy ...") == "2023-06-07"
    assert page_date("Envoy meets minister\nPublished: June 7, 2023\nThe envoy") == "2023-06-07"
    assert page_date("Envoys call on the minister\nMedia Release 12th June 2019\nThe") == (
        "2019-06-12"
    )


def test_a_date_inside_a_sentence_or_far_down_is_no_page_date():
    assert page_date("On 7 June 2023 the envoy met the minister.") is None
    lines = "\n".join(f"line {k} of the story." for k in range(8))
    assert page_date(lines + "\n2024/3/5") is None


def test_an_undated_text_article_takes_the_page_date_and_says_so():
    article = article_from_text(
        "Envoy calls on the minister\n2024/3/5\n\nOn 5 March, Ambassador Ito Ren paid a "
        "courtesy call on Foreign Minister Bo Lind.",
        "stamp.txt",
    )
    assert article.published == "2024-03-05"
    assert PAGE_DATE_NOTE in article.notes


def test_a_date_line_the_cleaner_drops_as_furniture_still_dates_the_page():
    article = article_from_text(
        "Minister receives a courtesy call\n\n4 April 2024\n\nKasuma: Minister Ana Kolo received "
        "a courtesy call from Ambassador Ito Ren this morning.",
        "stamp.txt",
    )
    assert article.published == "2024-04-04"


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


def test_a_stamp_the_cleaner_drops_still_dates_the_weekdays() -> None:
    from ingest.extract import extract
    from ingest.formats import build_article
    from ingest.page_stamp import noted_stamp

    a = build_article(
        "Visitor welcomed at the palace\n\nMarch 4, 2025  10:15\n"
        "President Ilse Marquand received President Oskar Belnick at the palace on Tuesday.",
        "z.txt",
    )
    assert a.published is None and noted_stamp(a.notes) == "2025-03-04"
    assert [ev.date for ev in extract(a).events] == ["2025-03-04"]


def test_no_note_no_stamp() -> None:
    from ingest.page_stamp import noted_stamp

    assert noted_stamp(["decoded as cp1252"]) is None


def test_a_dateline_with_a_full_date_stands_for_the_day_filed():
    text = (
        "Leaders meet ahead of the forum\n\n"
        "Port Amara, Ruritania, 15 September 2031 - Premier Ana Roe met President Bo Lind "
        "yesterday at the residence."
    )
    assert dateline_day(text) == "2031-09-15"
    assert pairs(run(text)) == [(frozenset({"Ana Roe", "Bo Lind"}), "2031-09-14")]


def test_a_dateline_without_a_year_or_a_date_in_prose_is_not_one():
    assert dateline_day("PORT AMARA, Sept 15 - Premier Ana Roe met President Bo Lind.") is None
    assert dateline_day("Premier Ana Roe met President Bo Lind on 15 September 2031.") is None
