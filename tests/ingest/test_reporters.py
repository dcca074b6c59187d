"""A spokesperson reporting on encounters is no participant (ingest/reporters.py)."""

from __future__ import annotations

from ingest.reporters import reports
from tests.ingest.helpers import event_people, run


def test_a_name_followed_by_a_reporting_verb_reports() -> None:
    text = "Lumi Ostrava, a deputy adviser, told reporters on Sunday that"
    assert reports(text, len("Lumi Ostrava"))
    assert reports("Oskar Belnick said the talks", len("Oskar Belnick"))
    assert not reports("Oskar Belnick attended the talks", len("Oskar Belnick"))


def test_a_spokesperson_does_not_join_the_meetings_referred_back_to() -> None:
    x = run(
        "On Monday, President Ilse Marquand held talks with Prime Minister Oskar Belnick of "
        "Ruritania in Korvel.\n"
        "While the meetings are meant to address fisheries, Lumi Ostrava, a deputy adviser, "
        "told reporters that Marquand would raise other matters.",
        "2021-03-09",
    )
    assert event_people(x) == [["Ilse Marquand", "Oskar Belnick"]]
