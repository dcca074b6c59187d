"""Spouses named by one word and press contacts (ingest/kin_names.py)."""

from __future__ import annotations

from tests.ingest.helpers import names, pairs, run


def test_a_spouse_named_by_one_word_is_a_person_but_no_party():
    x = run(
        "Premier Kofi Ansah and his wife, Adjoa were welcomed by President Teuila Mafa "
        "at the palace on Monday.",
        "2024-03-06",
    )
    assert "Adjoa" in names(x)
    assert pairs(x) == [(frozenset({"Kofi Ansah", "Teuila Mafa"}), "2024-03-04")]


def test_the_press_contact_of_a_release_is_a_person():
    x = run(
        "Minister Kofi Ansah met Minister Teuila Mafa in the capital on Monday.\n\n"
        "Enquiries: Lerato Dube, Spokesperson, 012 345 6789",
        "2024-03-06",
    )
    assert "Lerato Dube" in names(x)


def test_an_office_written_as_initials_before_a_name():
    x = run("President Ana Roe met Trade CS Kofi Ansah at State House on Monday.", "2024-03-06")
    assert "Kofi Ansah" in names(x)
    x = run("Hon. Administrator (North Isles) also joined the meeting.", "2024-03-06")
    assert "Administrator" not in names(x)
