"""Appositions of a name (ingest/appositions.py via ingest/mentions.py)."""

from __future__ import annotations

from tests.ingest.helpers import run


def titles(text: str) -> dict[str, list[str]]:
    x = run(text, "2024-01-10")
    return {e.name: e.titles for e in x.entities}


def test_a_title_before_the_next_name_of_a_list_is_that_name_s():
    got = titles(
        "He was received by his host President Ada Okafor, the Zambian High Commissioner "
        "to Kasuma, Ms Grace Tembo, and senior officials."
    )
    assert got["Ada Okafor"] == ["President"]
    assert "High Commissioner" not in got["Ada Okafor"]


def test_a_long_title_running_to_the_next_name_stays_off_the_first():
    got = titles(
        "Officials included Chief Secretary Paul Mwita, the minister for Foreign Affairs and "
        "East African Cooperation, Dr Anna Kibo, and others."
    )
    assert got["Paul Mwita"] == ["Chief Secretary"]


def test_a_plain_apposition_still_gives_its_title():
    got = titles("Ana Kolo, Fiji's Home Minister, met the envoy on Monday.")
    assert got["Ana Kolo"] == ["Home Minister"]
