"""The page's own date line as publication day (ingest/page_stamp.py via ingest/formats.py)."""

from __future__ import annotations

from ingest.formats import PAGE_DATE_NOTE, article_from_text
from ingest.page_stamp import page_date


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
