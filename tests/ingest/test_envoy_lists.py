"""Envoys received one by one (ingest/envoy_lists.py via ingest/extract.py): credentials
ceremonies and rounds of courtesy calls. Own-words sentences with invented people."""

from __future__ import annotations

from tests.ingest.helpers import event_people, pairs, run


def met(x):
    return sorted((sorted(p), d) for p, d in pairs(x))


def test_credentials_list_after_the_ceremony_is_one_encounter_per_envoy():
    x = run(
        "President Amara Delacroix received the letters of credence of three new ambassadors "
        "at the Palais Vert on Tuesday.\n\n"
        "The ambassadors who presented their credentials were Ambassador of Peru Luis Ortega, "
        "High Commissioner of Ghana Kofi Mensah and Ambassador of Norway Ingrid Haugen.",
        "2024-03-08",
    )
    assert met(x) == [
        (["Amara Delacroix", "Ingrid Haugen"], "2024-03-05"),
        (["Amara Delacroix", "Kofi Mensah"], "2024-03-05"),
        (["Amara Delacroix", "Luis Ortega"], "2024-03-05"),
    ]


def test_presented_to_the_head_of_state_names_the_host_after_to():
    x = run(
        "Ambassador Petra Lindgren, along with the envoys of Chile and Fiji, presented her "
        "credentials to President Tomas Ferreira on Thursday.\n\n"
        "Along with Lindgren, Chilean envoy Rosa Pinto and Fijian envoy Josefa Tora also "
        "presented their credentials to President Ferreira.",
        "2024-06-14",
    )
    assert met(x) == [
        (["Josefa Tora", "Tomas Ferreira"], "2024-06-13"),
        (["Petra Lindgren", "Tomas Ferreira"], "2024-06-13"),
        (["Rosa Pinto", "Tomas Ferreira"], "2024-06-13"),
    ]


def test_two_days_of_accreditation_keep_their_own_days():
    x = run(
        "Head of State Marco Adeyemi on Thursday accredited four new ambassadors at the "
        "Presidential Palace.\n\n"
        "The statesman received the credentials of the new ambassadors of Chile, Ana Quispe, "
        "and Peru, Luis Ortega.\n\n"
        "On Wednesday, President Adeyemi also accredited the ambassadors of Ghana, Kofi Mensah, "
        "and Norway, Ingrid Haugen.",
        "2024-07-12",
    )
    assert met(x) == [
        (["Ana Quispe", "Marco Adeyemi"], "2024-07-11"),
        (["Ingrid Haugen", "Marco Adeyemi"], "2024-07-10"),
        (["Kofi Mensah", "Marco Adeyemi"], "2024-07-10"),
        (["Luis Ortega", "Marco Adeyemi"], "2024-07-11"),
    ]


def test_bulleted_envoys_each_meet_the_president():
    x = run(
        "President Helena Ndovu on Friday formally received the Letters of Credence from "
        "three new envoys.\n\n"
        "The new envoys who presented their credentials are:\n\n"
        "- His Excellency Lars Nyberg, Ambassador of the Kingdom of Sweden.\n\n"
        "- Her Excellency Mrs. Carla Mendes, Ambassador of the Republic of Portugal.\n\n"
        "- His Excellency Omar Said Farah, High Commissioner of the Republic of Kenya.",
        "2024-10-05",
    )
    assert met(x) == [
        (["Carla Mendes", "Helena Ndovu"], "2024-10-04"),
        (["Helena Ndovu", "Lars Nyberg"], "2024-10-04"),
        (["Helena Ndovu", "Omar Said Farah"], "2024-10-04"),
    ]


def test_courtesy_calls_of_several_heads_of_mission_are_separate():
    x = run(
        "Five heads of mission on Monday paid courtesy calls on Vice President Samuel Banda "
        "at his offices.\n\n"
        "The heads of mission who paid the courtesy calls on Banda were Ambassador of Chile "
        "Rosa Pinto, Ambassador of Fiji Josefa Tora and High Commissioner of Ghana Kofi Mensah.",
        "2024-02-14",
    )
    assert met(x) == [
        (["Josefa Tora", "Samuel Banda"], "2024-02-12"),
        (["Kofi Mensah", "Samuel Banda"], "2024-02-12"),
        (["Rosa Pinto", "Samuel Banda"], "2024-02-12"),
    ]
    assert not any(e.name.lower().startswith("five") for e in x.entities)


def test_a_ceremony_with_no_named_envoy_is_no_encounter():
    x = run(
        "President Amara Delacroix accepted the credentials of four new ambassadors on Monday. "
        "Delacroix later met Finance Minister Ivo Petrov to discuss the budget.",
        "2024-03-08",
    )
    assert met(x) == [(["Amara Delacroix", "Ivo Petrov"], "2024-03-04")]


def test_credentials_accepted_through_a_video_link():
    x = run(
        "President Amara Delacroix today accepted through the digital medium credentials from "
        "the envoys of two nations.\n\n"
        "Those who presented credentials were: Luis Ortega, Ambassador of Peru; and Kofi Mensah, "
        "High Commissioner of Ghana.",
        "2024-05-22",
    )
    assert met(x) == [
        (["Amara Delacroix", "Kofi Mensah"], "2024-05-22"),
        (["Amara Delacroix", "Luis Ortega"], "2024-05-22"),
    ]


def test_one_caller_paying_courtesy_calls_on_several_hosts_is_no_envoy_list():
    x = run(
        "Prime Minister Arun Das held talks with Prime Minister Jean Dupuis on Friday. He also "
        "paid courtesy calls on President Marie Colin and Vice President Paul Girard yesterday.",
        "2024-05-12",
    )
    people = sorted(sorted(p) for p, _ in pairs(x))
    assert ["Arun Das", "Jean Dupuis"] in people
    assert not any(p == ["Marie Colin", "Paul Girard"] for p in people)
    assert any("Arun Das" in p and "Marie Colin" in p for p in people)


def test_farewell_audiences_told_in_the_passive_then_envoy_by_envoy():
    x = run(
        "Two departing ambassadors were received in farewell audiences at the Blue House, "
        "Kasuma, on Thursday by President Idris Bankole.\n\n"
        "Dr. Marta Vilhena of the Republic of Lusitania thanked the President for his "
        "support during her four years in the country.\n\n"
        "Dr. Vilhena also praised the reforms of the government.\n\n"
        "President Bankole also received the departing Ambassador of Norland, Erik Dahl.",
        "2024-03-08",
    )
    assert met(x) == [
        (["Erik Dahl", "Idris Bankole"], "2024-03-07"),
        (["Idris Bankole", "Marta Vilhena"], "2024-03-07"),
    ]


def test_they_include_lists_the_envoys_of_the_ceremony_just_told():
    x = run(
        "President Kwame Asante has received the letters of credence of new envoys from three "
        "countries at the Unity House.\n\n"
        "They include the Ambassador of Peru to Kasuma, Luis Ortega, the High Commissioner of "
        "Fiji to Kasuma, Josefa Tora, and the Ambassador of Chile, Rosa Pinto.",
        "2024-03-08",
    )
    assert sorted(p for p, _ in met(x)) == [
        ["Josefa Tora", "Kwame Asante"],
        ["Kwame Asante", "Luis Ortega"],
        ["Kwame Asante", "Rosa Pinto"],
    ]


def test_the_owner_of_the_ceremonies_receives_the_envoys_listed_next():
    x = run(
        "Today Government House welcomed diplomats for Dame Mele Tavake's first credentials "
        "ceremonies. Presenting their letters of credence this morning were HE Dr Ivo Brandt, "
        "Ambassador of Germany and HE Mr Omar Tal, Ambassador of Senegal.",
        "2024-06-12",
    )
    assert event_people(x) == [["Ivo Brandt", "Mele Tavake"], ["Mele Tavake", "Omar Tal"]]


def test_a_head_of_state_named_in_an_aside_is_no_envoy():
    x = run(
        "Ambassador Omar Tal presented his credentials to Governor-General Mele Tavake on "
        "Tuesday, as is custom for realms where King Olav Brenner is head of state.",
        "2024-06-12",
    )
    assert event_people(x) == [["Mele Tavake", "Omar Tal"]]
