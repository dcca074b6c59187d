"""Lists of counterparts (ingest/counterpart_lists.py via ingest/extract.py)."""

from __future__ import annotations

from tests.ingest.helpers import event_people, pairs, run


def entity(x, name):
    return next(e for e in x.entities if e.name == name)


def test_respectively_list_is_separate_bilaterals_with_aligned_countries():
    x = run(
        "Ruritanian Foreign Minister Tomas Varga met the foreign ministers of Peru, Ghana and "
        "Laos, Ana Quispe, Kwame Boateng and Somsak Vilay, respectively, in Lisbon on Tuesday.",
        "2024-05-10",
    )
    assert event_people(x) == [
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
    assert event_people(x) == [
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
    assert event_people(x) == [
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
    assert event_people(x) == [["Ana Quispe", "Carmen Vella", "Tomas Varga"]]
    assert entity(x, "Carmen Vella").country == "MT"
    x = run("Ana Quispe, Kwame Boateng and Somsak Vilay held a trilateral meeting on Friday.")
    assert len(x.events) == 1 and len(x.events[0].people()) == 3


def test_definite_plural_meetings_start_new_encounters():
    x = run(
        "Foreign Minister Tomas Varga held separate meetings with Lena Fischer and Olav Berg. "
        "Varga's day went on with the meetings, which he called useful, with Ivo Petrov and "
        "Marta Ruiz."
    )
    assert event_people(x) == [
        ["Ivo Petrov", "Tomas Varga"],
        ["Lena Fischer", "Tomas Varga"],
        ["Marta Ruiz", "Tomas Varga"],
        ["Olav Berg", "Tomas Varga"],
    ]


def test_plain_meeting_with_two_people_is_untouched():
    x = run("Foreign Minister Tomas Varga met Lena Fischer and Olav Berg in Oslo on Monday.")
    assert event_people(x) == [["Lena Fischer", "Olav Berg", "Tomas Varga"]]


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
    assert event_people(x) == [["Peter Kamau", "Tomas Varga"], ["Rosa Pinto", "Tomas Varga"]]


def test_three_counterparts_of_different_countries_on_the_sidelines():
    x = run(
        "Prime Minister Tomas Varga on Saturday met his Chilean counterpart Rosa Pinto, "
        "Kenyan President Peter Kamau and Fijian Prime Minister Josefa Tora on the sidelines "
        "of the summit in Rome.",
        "2024-05-12",
    )
    assert event_people(x) == [
        ["Josefa Tora", "Tomas Varga"],
        ["Peter Kamau", "Tomas Varga"],
        ["Rosa Pinto", "Tomas Varga"],
    ]
    assert {d for _, d in pairs(x)} == {"2024-05-11"}


def test_two_counterparts_on_the_sidelines_of_a_summit():
    x = run(
        "Prime Minister Tomas Varga met Chilean President Rosa Pinto and Kenyan President Peter "
        "Kamau on the sidelines of the summit."
    )
    assert event_people(x) == [["Peter Kamau", "Tomas Varga"], ["Rosa Pinto", "Tomas Varga"]]
    x = run("Presidents Rosa Pinto, Peter Kamau and Josefa Tora held a summit in Suva.")
    assert len(x.events) == 1


def test_people_attending_a_told_meeting_join_it():
    x = run(
        "Foreign Minister Tomas Varga met Minister Ana Roe in Lima on Monday. The meeting was "
        "also attended by Chilean Minister Rosa Pinto, Kenyan Minister Peter Kamau and Fijian "
        "Minister Josefa Tora."
    )
    assert len(x.events) == 1 and len(x.events[0].people()) == 5


def test_a_courtesy_call_on_several_office_holders_is_one_call_on_each():
    x = run(
        "Foreign Secretary Ravi Menon arrived in Kathmandu on Sunday.\n\nOn his first day he "
        "paid a courtesy call on President Hari Adhikari, Prime Minister Sita Gurung and "
        "opposition leader Bimal Thapa.",
        "2024-08-12",
    )
    assert event_people(x) == [
        ["Bimal Thapa", "Ravi Menon"],
        ["Hari Adhikari", "Ravi Menon"],
        ["Ravi Menon", "Sita Gurung"],
    ]
    assert all(ev.kind == "meeting" for ev in x.events)


def test_plural_courtesy_calls_the_day_before_are_separate_and_dated():
    x = run(
        "Prime Minister Arjun Rao held talks with Prime Minister Kamal Bista in Kathmandu "
        "today.\n\nRao also paid courtesy calls on President Maya Rai and Vice-President Dil "
        "Pun yesterday.",
        "2018-05-12",
    )
    assert sorted(sorted(p) + [d] for p, d in pairs(x)) == [
        ["Arjun Rao", "Dil Pun", "2018-05-11"],
        ["Arjun Rao", "Kamal Bista", "2018-05-12"],
        ["Arjun Rao", "Maya Rai", "2018-05-11"],
    ]


def test_a_courtesy_call_on_a_king_and_queen_is_one_encounter():
    x = run(
        "Prime Minister Arjun Rao paid a courtesy call on King Tevita Lolo and Queen Ana Lolo "
        "at the palace on Monday.",
        "2024-03-12",
    )
    assert event_people(x) == [["Ana Lolo", "Arjun Rao", "Tevita Lolo"]]


def test_a_list_after_a_told_meeting_but_under_a_plan_is_no_series() -> None:
    x = run(
        "Prime Minister Ilse Marquand held talks with President Lumi Ostrava of Borduria on "
        "Thursday.\n\n"
        "Following her meeting with her Borduran counterpart, Prime Minister Ilse Marquand "
        "will hold bilateral talks with President Oskar Belnick of Ghana and Prime Minister "
        "Dario Fennick of Peru.",
        "2024-03-09",
    )
    assert event_people(x) == [["Ilse Marquand", "Lumi Ostrava"]]


def test_talks_that_are_still_to_take_place_between_a_list_are_no_series() -> None:
    x = run(
        "The Emir of Qatara called on President Lumi Ostrava at her office this afternoon.\n\n"
        "Furthermore, bilateral talks are scheduled to take place between Emir Rami Al Nour "
        "and Prime Minister Dario Fennick on Wednesday.",
        "2024-03-12",
    )
    assert ["Dario Fennick", "Lumi Ostrava"] not in event_people(x)
    assert ["Dario Fennick", "Rami Al Nour"] not in event_people(x)


def test_a_list_the_next_sentence_treats_as_one_group_is_one_meeting():
    x = run(
        "Secretary Dana Whitlock met in Vienna with Austrian Chancellor Karl Moser, Italian "
        "Foreign Minister Paola Ricci, and Spanish envoy Luis Ortega. They discussed energy "
        "security and the situation in the region.",
        "2024-04-03",
    )
    assert event_people(x) == [["Dana Whitlock", "Karl Moser", "Luis Ortega", "Paola Ricci"]]


def test_a_list_of_counterparts_with_no_group_word_after_stays_bilateral():
    x = run(
        "Secretary Dana Whitlock met in Vienna with Austrian Chancellor Karl Moser, Italian "
        "Foreign Minister Paola Ricci, and Spanish envoy Luis Ortega. Whitlock later flew to "
        "Prague.",
        "2024-04-03",
    )
    assert event_people(x) == [
        ["Dana Whitlock", "Karl Moser"],
        ["Dana Whitlock", "Luis Ortega"],
        ["Dana Whitlock", "Paola Ricci"],
    ]


def test_the_rest_of_a_list_of_counterparts_told_in_the_next_sentence():
    x = run(
        "Minister Ama Owusu held meetings with her counterparts, namely Mr Ivo Brandt of "
        "Germany and Ms Lea Sorel of France.\n\n"
        "The rest are Dr Omar Tal of Senegal and Mr Jonas Berg of Sweden.",
        "2024-06-12",
    )
    assert event_people(x) == [
        ["Ama Owusu", "Ivo Brandt"],
        ["Ama Owusu", "Jonas Berg"],
        ["Ama Owusu", "Lea Sorel"],
        ["Ama Owusu", "Omar Tal"],
    ]


def test_the_rest_after_no_list_of_counterparts_is_no_encounter():
    x = run(
        "Minister Ama Owusu arrived in Geneva on Monday.\n\n"
        "The rest are Dr Omar Tal of Senegal and Mr Jonas Berg of Sweden.",
        "2024-06-12",
    )
    assert event_people(x) == []


def test_calls_made_to_two_leaders_are_two_calls():
    x = run(
        "Mele Tavake became the third leader to be called by the new president, after Dana "
        "Whitlock made calls to Ruritania's Ivo Brandt and Freedonia's Omar Tal in February.",
        "2024-03-08",
    )
    assert event_people(x) == [["Dana Whitlock", "Ivo Brandt"], ["Dana Whitlock", "Omar Tal"]]
    assert {ev.kind for ev in x.events} == {"call"}
