"""Encounters told as "discussed with", an opening participle or a speaker's own talks
(ingest/press_encounters.py via ingest/extract.py). Own-words sentences, invented people."""

from __future__ import annotations

from tests.ingest.helpers import pairs, run


def met(x):
    return sorted((sorted(p), d) for p, d in pairs(x))


def test_discussed_with_and_no_object_is_talks_with_the_people_named():
    x = run(
        "Prime Minister Dawit Alemu has discussed with Norland's president, Ivo Brask and "
        "Prime Minister of Latvia Lina Farr on regional issues.",
        "2024-02-06",
    )
    people = {n for p, _ in pairs(x) for n in p}
    assert {"Dawit Alemu", "Ivo Brask", "Lina Farr"} <= people
    assert all("Dawit Alemu" in p for p, _ in pairs(x))


def test_also_discussed_with_one_person():
    x = run(
        "On the sidelines of the summit, Dawit Alemu also discussed with Development Fund "
        "President, Otto Senn on ways of strengthening the partnership.",
        "2024-02-06",
    )
    assert [sorted(p) for p, _ in pairs(x)] == [["Dawit Alemu", "Otto Senn"]]


def test_a_planned_discussion_is_no_encounter():
    x = run(
        "Prime Minister Dawit Alemu is expected to have discussed with President Ivo Brask by "
        "the end of the week.",
        "2024-02-06",
    )
    assert pairs(x) == []


def test_an_opening_participle_of_encounter_names_who_met():
    x = run(
        "Engaging with President Tove Lund at the palace yesterday upon his arrival, President "
        "Ekow Mensah said the two nations would stand together.",
        "2024-02-06",
    )
    assert met(x) == [(["Ekow Mensah", "Tove Lund"], "2024-02-05")]


def test_a_speaker_telling_of_his_talks_with_someone_met_him():
    x = run(
        "President Omar Wekesa on Wednesday hosted two visiting leaders at his residence.\n\n"
        "Wekesa said the discussions with President Abdi Farah centred on security and trade.",
        "2024-03-08",
    )
    assert [sorted(p) for p, _ in pairs(x)] == [["Abdi Farah", "Omar Wekesa"]]


def test_talks_told_already_are_not_told_twice():
    x = run(
        "President Omar Wekesa held talks with President Abdi Farah on Wednesday.\n\n"
        "Wekesa said the talks with Farah centred on security.",
        "2024-03-08",
    )
    assert len(pairs(x)) == 1


def test_an_audience_granted_or_had_is_an_encounter():
    for text in (
        "King Tevita IV granted an audience to Ambassador Lena Orr on Friday.",
        "Ambassador Lena Orr had an audience with King Tevita IV on Friday.",
        "Ambassador Lena Orr was granted an audience by King Tevita IV on Friday.",
    ):
        x = run(text, "2024-04-13")
        assert met(x) == [(["Lena Orr", "Tevita IV"], "2024-04-12")], text


def test_an_audience_still_to_come_is_none():
    x = run(
        "Ambassador Lena Orr will have an audience with King Tevita IV on Friday.", "2024-04-10"
    )
    assert pairs(x) == []


def test_an_introductory_or_farewell_call_received_is_met_in_person():
    x = run(
        "Permanent Secretary Maka Tora said ties were warm as he received an introductory call "
        "from High Commissioner Ilse Dunn.",
        "2024-04-13",
    )
    assert [(ev.kind, sorted(x.entities[p].name for p in ev.people())) for ev in x.events] == [
        ("meeting", ["Ilse Dunn", "Maka Tora"])
    ]
