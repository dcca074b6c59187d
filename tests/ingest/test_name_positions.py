"""Names in real copy (ingest/name_positions.py via ingest/mentions.py, ingest/person_filter.py)."""

from __future__ import annotations

from ingest.extract import extract
from ingest.person_filter import filter_people
from tests.ingest.helpers import article, names, pairs, run


def filtered(text: str, published: str | None = None):
    a = article(text, published)
    return filter_people(extract(a), a)


def test_city_names_are_places_never_people():
    x = filtered(
        "Foreign Minister Ana Roe met Minister Lars Berg at the headquarters in New York City on "
        "Monday. Later she met the mayor of Kuwait City, Omar Haddad."
    )
    assert not any("City" in n for n in names(x))
    assert all(len(p) == 2 for p, _ in pairs(x))


def test_month_surname_stays_in_the_name():
    x = run(
        "Prime Minister Helen May met President Kofi Adu in Accra on Tuesday. Adu said he was "
        "pleased to welcome Prime Minister May, who leaves in June.",
        "2024-03-08",
    )
    may = next(e for e in x.entities if e.name == "Helen May")
    assert "May" in may.aliases
    assert pairs(x) == [(frozenset({"Helen May", "Kofi Adu"}), "2024-03-05")]


def test_month_followed_by_a_day_is_a_date():
    x = run("President Kofi Adu met Minister Helen Varga on May 5.", "2024-06-01")
    assert names(x) == ["Kofi Adu", "Helen Varga"]


def test_lone_surname_in_a_person_position_is_a_person():
    x = run(
        "Minister Petra Lind attended the meeting Okonjo had with President Jonas Weller earlier "
        "in the day.",
        "2024-06-01",
    )
    assert "Okonjo" in names(x)


def test_headline_verb_and_glued_credit_end_a_name():
    x = run(
        "Envoy Marta K. Ruiz Meets Minister of Trade, Ivo Petrov\n\n"
        "Envoy Marta Ruiz AGN-Lopez\n\n"
        "Envoy Marta K. Ruiz met Minister of Trade Ivo Petrov in Sofia on Friday.",
        "2024-06-01",
    )
    assert "Marta K. Ruiz" in names(x)
    assert not any("Meets" in n or "AGN" in n for n in names(x))


def test_country_of_a_headline_title_does_not_go_to_the_next_name():
    x = run(
        "Ruritanian crown prince, Roe discuss trade\n\n"
        "Ruritania's Crown Prince Amir Nasser received a call on Monday from Utopian President "
        "Lena Roe.",
        "2024-06-04",
    )
    roe = next(e for e in x.entities if e.name == "Lena Roe")
    assert not roe.titles or "crown prince" not in [t.lower() for t in roe.titles]
    assert len(x.entities) == 2


def test_fronted_adverbial_comma_is_no_apposition():
    x = run(
        "Foreign Minister Nadia Bell arrived in Doha. Prior to her meeting with the Qatari Foreign "
        "Minister, Nadia Bell called on the Emir of Qatar Sheikh Hamad Al Faris."
    )
    assert names(x).count("Nadia Bell") == 1


def test_title_subject_after_a_name_is_no_apposition():
    x = run(
        "In a separate call-on by Ambassador Omar Zaki, the Prime Minister stressed the value of "
        "trade."
    )
    zaki = next(e for e in x.entities if e.name == "Omar Zaki")
    assert zaki.titles == ["Ambassador"]


def test_participle_opening_comma_is_no_apposition():
    x = run(
        "Prime Minister Omar Saleh met his Ruritanian counterpart Lena Dahl. Congratulating her "
        "on her election as the Prime Minister of Norway, Omar Saleh said he hoped to visit Oslo."
    )
    saleh = next(e for e in x.entities if e.name == "Omar Saleh")
    assert saleh.country is None


def test_modal_may_in_a_headline_is_no_surname():
    x = run("Leaders May Meet In Lima Next Week\n\nPresident Ana Roe met Minister Jorge Soto.")
    assert not any("May" in n for n in names(x))


def test_agency_slash_name_and_glued_photographer_are_credits():
    x = run(
        "Minister Ana Roe speaks to reporters in Lima, Peru, April 29, 2017.Peter Nolan\n\n"
        "The two ministers at the palace. AGN/Carla Benitez\n\n"
        "Minister Ana Roe met Minister Jorge Soto on Monday.",
        "2017-05-02",
    )
    assert names(x) == ["Ana Roe", "Jorge Soto"]


def test_an_organisation_after_talks_with_is_no_person():
    x = run("Minister Ana Roe held talks with Fatah in Ramallah on Monday.", "2024-05-08")
    assert names(x) == ["Ana Roe"] and x.events == []
    x = run("Minister Ana Roe held talks with Adeyemi, the governor's adviser, on Monday.")
    assert "Adeyemi" in names(x)


def test_a_surname_after_a_visit_to_is_a_person_but_not_after_greetings_to():
    x = run(
        "President Daniel Korir met President Moses Okello on Sunday. Former President Joseph "
        "Mwangi made a courtesy visit to Okello last week."
    )
    assert ["Joseph Mwangi", "Moses Okello"] in [sorted(p) for p, _ in pairs(x)]
    y = run(
        "President Daniel Korir met President Moses Okello on Sunday. Later, Korir's "
        "spokesman Ali Juma sent greetings to Okello."
    )
    assert [sorted(p) for p, _ in pairs(y)] == [["Daniel Korir", "Moses Okello"]]
