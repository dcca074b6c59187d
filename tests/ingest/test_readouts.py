"""Habits of government readouts: delegations that accompany a courtesy call, envoys of an
absent principal, courtesy calls told as nouns, encounters still to come. Own-words
sentences with invented people (ingest/readout_nouns.py, ingest/event_story.py)."""

from __future__ import annotations

from tests.ingest.helpers import pairs, run


def met(x):
    return sorted((sorted(p), d) for p, d in pairs(x))


def test_accompanied_at_the_call_joins_the_call():
    x = run(
        "Foreign Minister Lena Varga called on Prime Minister Olu Adebayo this evening. During "
        "the call, the two discussed fisheries. The Minister was accompanied at the call by "
        "the Minister of Youth, Karim Haddad.",
        "2024-04-02",
    )
    assert met(x) == [(["Karim Haddad", "Lena Varga", "Olu Adebayo"], "2024-04-02")]


def test_the_delegation_named_at_the_end_of_a_long_readout_joins_it():
    x = run(
        "President Tomas Ferreira this afternoon received the outgoing Ambassador of Norway, "
        "Ingrid Haugen, who called on him at State House to bid farewell.\n\n"
        "Ambassador Haugen thanked the President for his support.\n\n"
        '"I will miss this country," she said.\n\n'
        "She noted that trade between the two countries had doubled.\n\n"
        "The President thanked her for her service.\n\n"
        "He invited her to visit again.\n\n"
        "The outgoing Ambassador was accompanied by the Deputy Head of Mission Ms. Sara "
        "Lindqvist and the Defence Attache, Colonel Erik Dahl.",
        "2024-05-06",
    )
    assert met(x) == [
        (["Erik Dahl", "Ingrid Haugen", "Sara Lindqvist", "Tomas Ferreira"], "2024-05-06")
    ]


def test_also_there_to_welcome_joins_the_airport_reception():
    x = run(
        "Prime Minister Omar Farah arrived on Wednesday. Trade Minister Ayse Demir received "
        "the Prime Minister at the airport. Ambassador Kemal Uysal was also there to welcome "
        "the guest.",
        "2024-06-13",
    )
    assert met(x) == [(["Ayse Demir", "Kemal Uysal", "Omar Farah"], "2024-06-12")]


def test_the_principal_of_a_special_envoy_meets_nobody():
    x = run(
        "As the Special Envoy of President Ravi Menon, Foreign Minister Anil Kapoor called on "
        "Prime Minister Jean Dupuis this evening. Minister Kapoor conveyed warm greetings from "
        "President Menon and handed over a letter to the Prime Minister from President Menon.",
        "2024-07-16",
    )
    assert met(x) == [(["Anil Kapoor", "Jean Dupuis"], "2024-07-16")]


def test_an_introductory_call_told_as_a_noun_is_a_meeting():
    x = run(
        "Prime Minister Sione Latu is confident of new opportunities, he said following an "
        "introductory call from the Chargé d'affaires Mark Ellis yesterday.",
        "2024-01-17",
    )
    assert met(x) == [(["Mark Ellis", "Sione Latu"], "2024-01-16")]
    assert x.events[0].kind == "meeting"


def test_a_meeting_that_would_take_place_is_no_encounter():
    x = run(
        "Deputy Minister Pavel Orlov said a meeting between Ivan Sokolov and Mary Hart would take "
        "place on the sidelines of the summit in July.",
        "2024-06-29",
    )
    assert met(x) == []


def test_talks_chained_to_a_future_verb_are_planned():
    x = run(
        "Emir Faisal Al-Rashid, who is on a state visit to India, will meet President Leela "
        "Rao and hold talks with Prime Minister Arun Das on Tuesday.",
        "2024-02-17",
    )
    assert [p for p, _ in pairs(x) if len(p) >= 2] == []


def test_officials_invited_to_a_meeting_to_come_do_not_join_the_welcome():
    x = run(
        "Foreign Minister Ana Reyes arrived tonight. She was welcomed by her counterpart Joseph "
        "Kila at the terminal. On Monday, both ministers will hold bilateral talks. Eight "
        "ministers are invited to attend the bilateral meeting, along with the Secretary of "
        "Foreign Affairs, Peter Wari."
    )
    assert met(x) == [(["Ana Reyes", "Joseph Kila"], None)]


def test_a_courtesy_call_from_a_bare_surname_named_before():
    x = run(
        "Prime Minister Sione Latu has told Foreign Affairs Minister, Clara Wick, that he will "
        "visit next month.\n\nLatu received a courtesy call from Wick yesterday.",
        "2024-05-28",
    )
    assert met(x) == [(["Clara Wick", "Sione Latu"], "2024-05-27")]


def test_a_pair_that_had_a_telephone_conversation_had_a_call():
    x = run(
        "President of Peru Tomas Varga and President of Chile Ivo Petrov had a telephone "
        "conversation on Monday.",
        "2024-07-10",
    )
    assert met(x) == [(["Ivo Petrov", "Tomas Varga"], "2024-07-08")]
    assert x.events[0].kind == "call"


def test_the_offices_of_a_pair_before_their_names_still_make_a_joint_call():
    x = run(
        "Today on Chile's initiative the Presidents of Peru and Chile Tomas Varga and "
        "Ivo Petrov have had a telephone talk to discuss bilateral relations.",
        "2024-07-10",
    )
    assert met(x) == [(["Ivo Petrov", "Tomas Varga"], "2024-07-10")]


def test_a_dateline_before_a_compound_subject_is_no_obstacle():
    x = run(
        "LIMA (Agency - 10th July, 2024) Peruvian President Tomas Varga and Chilean President "
        "Ivo Petrov have held a phone conversation on trade, the presidency said on Monday.",
        "2024-07-10",
    )
    assert [sorted(p) for p, _ in pairs(x)] == [["Ivo Petrov", "Tomas Varga"]]


def test_people_named_inside_a_subject_phrase_did_not_call():
    x = run("Critics of Tomas Varga and Ivo Petrov held a phone call on Monday.", "2024-07-10")
    assert met(x) == []


def test_mos_is_an_office_before_a_name():
    x = run(
        "Minister of State Ruth Amadi on Wednesday met Foreign Minister Lena Varga in Rome. MoS "
        "Amadi also met Secretary-General Ivo Petrov.",
        "2024-03-15",
    )
    assert met(x) == [
        (["Ivo Petrov", "Ruth Amadi"], "2024-03-13"),
        (["Lena Varga", "Ruth Amadi"], "2024-03-13"),
    ]


def test_received_by_two_hosts_on_two_days_is_two_encounters():
    x = run(
        "The new Ambassador Lars Nyberg was also received by Prime Minister Sione Latu, and "
        "Foreign Minister Clara Wick, on November 15 and 16."
    )
    assert sorted(sorted(p) for p, _ in pairs(x)) == [
        ["Clara Wick", "Lars Nyberg"],
        ["Lars Nyberg", "Sione Latu"],
    ]


def test_the_leader_of_a_delegation_that_paid_a_courtesy_call_met_the_host():
    x = run(
        "Prime Minister Sione Latu has received a courtesy call from a delegation of the "
        "parliament of Chile. The delegation is led by Senator Rosa Pinto, who chairs the "
        "agriculture committee.",
        "2024-12-17",
    )
    assert [sorted(p) for p, _ in pairs(x) if len(p) >= 2] == [["Rosa Pinto", "Sione Latu"]]


def test_a_reception_for_an_envoy_is_a_meeting_with_the_host():
    x = run(
        "Governor-General Paul Tahu made the remarks at a recent reception for Ambassador "
        "Lars Nyberg, who came to present his letter of credence."
    )
    assert [sorted(p) for p, _ in pairs(x)] == [["Lars Nyberg", "Paul Tahu"]]


def test_two_leaders_who_last_met_before_a_visit_still_to_come():
    x = run(
        "Prime Minister Sione Latu will visit Canberra later this week, Prime Minister Mark "
        "Ellis has announced.\n\nEllis said he would welcome Latu on Thursday.\n\n"
        "The two leaders last met in July at the regional forum in Suva.",
        "2024-10-05",
    )
    assert met(x) == [(["Mark Ellis", "Sione Latu"], "2024-07")]


def test_last_met_needs_exactly_two_people_in_the_story():
    x = run(
        "Prime Minister Sione Latu will visit Canberra, Mark Ellis and Rosa Pinto said.\n\n"
        "The two leaders last met in July.",
        "2024-10-05",
    )
    assert met(x) == []


def test_at_the_airport_to_receive_is_a_reception_told_as_a_purpose():
    x = run(
        "President Daniel Kamau arrived in Lusaka on Saturday. Vice President Mwila Chanda was "
        "at the airport to receive the visiting Head of State. Foreign Minister Ruth Mulenga "
        "was also present at the airport to receive him.",
        "2024-08-18",
    )
    assert met(x) == [(["Daniel Kamau", "Mwila Chanda", "Ruth Mulenga"], "2024-08-17")]


def test_a_planned_airport_reception_is_no_encounter():
    for text in (
        "Foreign Minister Ana Reyes will be at the airport to receive President Omar Farah.",
        "Foreign Minister Ana Reyes plans to go to the airport to receive President Omar Farah.",
    ):
        assert pairs(run(text, "2024-07-10")) == []


def test_a_met_clause_followed_by_a_round_to_come_is_still_an_encounter():
    x = run(
        "Ivan Sokolov met Mary Hart on Monday, and a second round will be held in May.",
        "2024-06-29",
    )
    assert met(x) == [(["Ivan Sokolov", "Mary Hart"], "2024-06-24")]
