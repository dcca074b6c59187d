"""Dates written in figures (ingest/numeric_dates.py)."""

from __future__ import annotations

import datetime as dt

from ingest.numeric_dates import numeric_refs, read_numeric
from tests.ingest.helpers import pairs, run


def test_a_figure_above_twelve_tells_the_order():
    assert read_numeric(30, 1, 2024, None) == dt.date(2024, 1, 30)
    assert read_numeric(1, 30, 2024, None) == dt.date(2024, 1, 30)


def test_an_ambiguous_date_is_read_only_with_its_weekday():
    assert read_numeric(3, 4, 2024, None) is None
    assert read_numeric(3, 4, 2024, "Wednesday") == dt.date(2024, 4, 3)
    assert read_numeric(3, 4, 2024, "Monday") == dt.date(2024, 3, 4)
    assert read_numeric(3, 4, 2024, "Friday") is None


def test_the_weekday_before_a_date_in_figures_is_that_date():
    text = "Minister Ana Roe received a phone call on Tuesday 30/1/2024 from Minister Bo Lind."
    x = run(text, "2024-09-20")
    assert pairs(x) == [(frozenset({"Ana Roe", "Bo Lind"}), "2024-01-30")]


def test_no_date_in_figures_leaves_the_dates_as_they_were():
    assert numeric_refs("They met on Tuesday.", 0, []) == []


def test_a_timestamp_line_is_not_read_here():
    assert numeric_refs("19.05.2031 02:00", 0, []) == []
    assert numeric_refs("They met on 30/1/2024 10:30 in the capital.", 0, []) == []
