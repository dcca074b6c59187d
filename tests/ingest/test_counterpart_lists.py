"""Lists of counterparts (ingest/counterpart_lists.py via ingest/extract.py)."""

from __future__ import annotations

from tests.ingest.helpers import pairs, run


def people_of(x):
    return sorted(sorted(x.entities[p].name for p in ev.people()) for ev in x.events)


def entity(x, name):
    return next(e for e in x.entities if e.name == name)


def test_respectively_list_is_separate_bilaterals_with_aligned_countries():
    x = run(
        "Ruritanian Foreign Minister Tomas Varga met the foreign ministers of Peru, Ghana and "
        "Laos, Ana Quispe, Kwame Boateng and Somsak Vilay, respectively, in Lisbon on Tuesday.",
        "2024-05-10",
    )
    assert people_of(x) == [
        ["Ana Quispe", "Tomas Varga"],
        ["Kwame Boateng", "Tomas Varga"],
        ["Somsak Vilay", "Tomas Varga"],
    ]
    assert {d for _, d in pairs(x)} == {"2024-05-07"}
    assert [entity(x, n).country for n in ("Ana Quispe", "Kwame Boateng", "Somsak Vilay")] == [
        "PE",
        "GH",
        "LA",
    ]
    assert entity(x, "Kwame Boateng").titles == ["Foreign Minister"]


def test_demonym_list_before_names_aligns_by_position():
    x = run(
        "Later, Varga met with Chilean, Gabonese and Fijian ministers, Rosa Pinto, Alain Obame "
        "and Josefa Tora, respectively."
    )
    assert [entity(x, n).country for n in ("Rosa Pinto", "Alain Obame", "Josefa Tora")] == [
        "CL",
        "GA",
        "FJ",
    ]


def test_series_of_meetings_and_tour_of_meetings():
    x = run(
        "Foreign Minister Tomas Varga held a series of meetings with Lena Fischer, Olav Berg "
        "and Ivo Petrov on Monday."
    )
    assert people_of(x) == [
        ["Ivo Petrov", "Tomas Varga"],
        ["Lena Fischer", "Tomas Varga"],
        ["Olav Berg", "Tomas Varga"],
    ]


def test_lastly_and_then_with_own_descriptions():
    x = run(
        "Foreign Minister Tomas Varga spent the day at the forum. He lastly met with former "
        "prime ministers of Norway and Chile, Eirik Dahl and Pilar Soto, and the former "
        "president of Kenya, Daniel Mwangi."
    )
    assert people_of(x) == [
        ["Daniel Mwangi", "Tomas Varga"],
        ["Eirik Dahl", "Tomas Varga"],
        ["Pilar Soto", "Tomas Varga"],
    ]
    assert entity(x, "Daniel Mwangi").country == "KE"


def test_trilateral_stays_one_encounter():
    x = run(
        "Foreign Minister Tomas Varga opened the day with a trilateral meeting with the foreign "
        "ministers of Malta and Peru, Carmen Vella and Ana Quispe, respectively."
    )
    assert people_of(x) == [["Ana Quispe", "Carmen Vella", "Tomas Varga"]]
    assert entity(x, "Carmen Vella").country == "MT"
    x = run("Ana Quispe, Kwame Boateng and Somsak Vilay held a trilateral meeting on Friday.")
    assert len(x.events) == 1 and len(x.events[0].people()) == 3


def test_definite_plural_meetings_start_new_encounters():
    x = run(
        "Foreign Minister Tomas Varga held separate meetings with Lena Fischer and Olav Berg. "
        "Varga's day went on with the meetings, which he called useful, with Ivo Petrov and "
        "Marta Ruiz."
    )
    assert people_of(x) == [
        ["Ivo Petrov", "Tomas Varga"],
        ["Lena Fischer", "Tomas Varga"],
        ["Marta Ruiz", "Tomas Varga"],
        ["Olav Berg", "Tomas Varga"],
    ]


def test_plain_meeting_with_two_people_is_untouched():
    x = run("Foreign Minister Tomas Varga met Lena Fischer and Olav Berg in Oslo on Monday.")
    assert people_of(x) == [["Lena Fischer", "Olav Berg", "Tomas Varga"]]


def test_planned_series_is_no_encounter():
    x = run(
        "Foreign Minister Tomas Varga will hold a series of meetings with Lena Fischer, Olav "
        "Berg and Ivo Petrov next week."
    )
    assert x.events == []


def test_held_meetings_with_a_list_are_bilaterals():
    x = run(
        "On Monday, Foreign Minister Tomas Varga held meetings with Chilean Minister Rosa Pinto "
        "and Kenyan Minister Peter Kamau."
    )
    assert people_of(x) == [["Peter Kamau", "Tomas Varga"], ["Rosa Pinto", "Tomas Varga"]]
