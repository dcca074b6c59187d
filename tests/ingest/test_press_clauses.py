"""Bystanders, late attendance lists, background encounters and impossible dates of news
reports (ingest/press_clauses.py via ingest/extract.py). Own-words sentences, invented
people and places."""

from __future__ import annotations

from tests.ingest.helpers import pairs, run


def met(x):
    return sorted((sorted(p), d) for p, d in pairs(x))


def test_a_person_in_a_relative_clause_that_looks_ahead_is_no_participant():
    x = run(
        "Visiting President Tomas Halvorsen, who will be hosted by President Ilse Brandvik "
        "later this week, was received yesterday by Foreign Minister Edda Morrow and Trade "
        "Minister Piet Vossberg.",
        "2024-04-18",
    )
    assert met(x) == [(["Edda Morrow", "Piet Vossberg", "Tomas Halvorsen"], "2024-04-17")]


def test_the_owners_of_a_past_accord_are_no_participants():
    x = run(
        "On Monday President Amara Quist held talks with Senator Rolf Eide, who brokered former "
        "President Jonas Lind and opposition leader Petra Sund's accord in 2015.",
        "2024-06-11",
    )
    people = {n for p, _ in pairs(x) for n in p}
    assert "Jonas Lind" not in people and "Petra Sund" not in people
    assert met(x) == [(["Amara Quist", "Rolf Eide"], "2024-06-10")]


def test_an_owner_of_the_talks_stays_in_them():
    x = run(
        "On Monday President Amara Quist and Minister Karl Dahl joined Senator Rolf Eide's talks "
        "with the trade unions.",
        "2024-06-11",
    )
    assert any("Rolf Eide" in p for p, _ in pairs(x))


def test_an_attendance_sentence_far_from_the_meeting_joins_it():
    x = run(
        "President Amara Quist held a meeting with the Envoy of Norland, Ivo Brask, at the "
        "palace.\n\n"
        "They spoke about the coming census and about roads.\n\n"
        "President Quist said the region needed calm. He thanked Norland for its help. "
        "Envoy Brask praised the country's progress.\n\n"
        "The meeting was attended by several senior officials, including the Minister of "
        "Works, Lina Farr, and the Deputy Army Chief, Otto Senn.",
        "2024-05-10",
    )
    assert met(x) == [(["Amara Quist", "Ivo Brask", "Lina Farr", "Otto Senn"], "2024-05-10")]


def test_people_present_belong_to_the_meeting_not_to_the_background_one():
    x = run(
        "President Amara Quist on Friday held talks with Senator Rolf Eide at the palace.\n\n"
        "The meeting comes days after the senator held separate talks with Mr Tor Wik last "
        "Sunday.\n\n"
        "Ambassador Nina Holt and Foreign Minister Eli Varg were also present.",
        "2024-06-14",
    )
    assert met(x) == [
        (["Amara Quist", "Eli Varg", "Nina Holt", "Rolf Eide"], "2024-06-14"),
        (["Rolf Eide", "Tor Wik"], "2024-06-09"),
    ]


def test_a_past_encounter_dated_after_publication_takes_the_earlier_day():
    x = run(
        "High Commissioner Ada Penn paid a courtesy call on Prime Minister Silas Orr on 9 "
        "January.\n\n"
        "She wished him a good year.\n\n"
        "Penn also handed Prime Minister Orr a letter about the summit in Kisara in July.",
        "2024-01-10",
    )
    assert met(x) == [(["Ada Penn", "Silas Orr"], "2024-01-09")]


def test_an_official_also_with_the_ministers_joins_their_talks():
    x = run(
        "Prime Minister Jonas Kewa and Finance Minister Amos Tiri held talks with Foreign "
        "Minister Haruki Sendo in Lae.\n\n"
        "Planning Secretary Ruth Mola is also with the ministers.",
        "2024-03-02",
    )
    assert met(x) == [
        (["Amos Tiri", "Haruki Sendo", "Jonas Kewa", "Ruth Mola"], "2024-03-02"),
    ]


def test_a_fronted_attendance_list_joins_the_talks():
    x = run(
        "Foreign Minister Ana Velu hosted talks with Prime Minister Ravi Tane in Porto Alba on "
        "Friday.\n\n"
        "They spoke about fisheries.\n\n"
        "Attending the talks were Norland's Minister of Police Iko Faa, and Minister of Finance "
        "Mele Hau; and Kisara's Trade Minister Per Gott.",
        "2024-05-11",
    )
    assert met(x) == [
        (["Ana Velu", "Iko Faa", "Mele Hau", "Per Gott", "Ravi Tane"], "2024-05-10"),
    ]
