"""Agreements and their status (ingest/agreements.py)."""

from __future__ import annotations

from tests.ingest.helpers import run


def found(text: str, published: str | None = "2024-04-10"):
    return [(a.name, a.status, a.kind) for a in run(text, published).agreements]


def test_list_of_mous_is_several_proposed_mous():
    text = (
        "Kenya and Tanzania decided they would sign memoranda of understanding covering tourism, "
        "fisheries, and energy."
    )
    assert found(text) == [
        ("MoU on tourism", "proposed", "mou"),
        ("MoU on fisheries", "proposed", "mou"),
        ("MoU on energy", "proposed", "mou"),
    ]


def test_agreed_to_establish_a_working_group():
    got = found("Chile and Peru agreed to establish a Joint Working Group on migration.")
    assert got == [("Joint Working Group on migration", "agreed", "working_group")]


def test_signed_and_existing_agreements():
    text = (
        "Vietnam and South Korea signed an agreement on labour mobility. Both leaders praised "
        "the Comprehensive Strategic Partnership Agreement and the existing visa waiver agreement."
    )
    assert found(text) == [
        ("Agreement on labour mobility", "signed", "agreement"),
        ("Comprehensive Strategic Partnership Agreement", "in_force", "agreement"),
        ("Visa waiver agreement", "in_force", "agreement"),
    ]
    ag = run(text).agreements[0]
    assert ag.parties == ["KR", "VN"]


def test_will_sign_is_proposed_and_intentions_are_not_agreements():
    assert found("Egypt and Sudan will sign a water-sharing treaty.") == [
        ("Water-sharing treaty", "proposed", "treaty")
    ]
    assert found("The two governments agreed to keep in close touch on security.") == []
    assert found("This agreement is historic.") == []
    # a standing committee mentioned is an organization, not an agreement
    assert found("They reviewed the work of the Joint Trade Commission.") == []


def test_complement_stops_at_place_date_and_presence():
    text = (
        "Egyptian Planning Minister Hala Said and Chinese Ambassador Liao Liqiang signed a "
        "memorandum of understanding on green development in Cairo on Wednesday, in the "
        "presence of Prime Minister Mostafa Madbouly. The two sides witnessed the signing of "
        "five agreements, including a visa waiver agreement."
    )
    assert found(text) == [
        ("Memorandum of understanding on green development", "signed", "mou"),
        ("Visa waiver agreement", "signed", "agreement"),
    ]


def test_parties_fall_back_to_the_meeting_and_issued_declarations():
    x = run(
        "Chancellor Olaf Scholz received Polish Prime Minister Donald Tusk in Berlin on Monday. "
        "A joint declaration on defence cooperation was signed by the two leaders.",
        "2025-01-22",
    )
    (ag,) = x.agreements
    assert ag.name == "Joint declaration on defence cooperation" and ag.status == "signed"
    assert ag.parties == ["DE", "PL"] and ag.event == 0
    # issued after talks: agreed (signed only when the text says signed)
    assert found("The three leaders issued the Ankara Declaration after the talks.") == [
        ("Ankara Declaration", "agreed", "declaration")
    ]


def test_a_gerund_is_not_an_agreement_name():
    assert found("Critics faulted the government for signing agreements in secret.") == []


def test_list_items_with_between_clauses_take_the_header_status():
    text = (
        "In the presence of the two leaders, the following MoUs were exchanged:\n"
        "(i) MoU between the central banks of Ruritania and Utopia on payment systems;\n"
        "(ii) MoU between the two foreign ministries on diplomatic training."
    )
    assert found(text) == [
        ("MoU on payment systems", "signed", "mou"),
        ("MoU on diplomatic training", "signed", "mou"),
    ]


def test_name_does_not_swallow_a_trailing_date():
    got = found("Ghana and Togo signed the Border Demarcation Agreement on Thursday.")
    assert got == [("Border Demarcation Agreement", "signed", "agreement")]


def test_coordinated_mous_share_the_signing_verb():
    text = (
        "Officials of Chile and Peru signed a memorandum of understanding on fisheries and a "
        "memorandum of understanding on mining."
    )
    assert [(n, st) for n, st, _ in found(text)] == [
        ("Memorandum of understanding on fisheries", "signed"),
        ("Memorandum of understanding on mining", "signed"),
    ]
    text = "Chile and Peru signed memorandums of understanding on trade, energy and health."
    assert [n for n, _, _ in found(text)] == ["MoU on trade", "MoU on energy", "MoU on health"]


def test_plans_to_sign_is_proposed():
    text = "Ghana said the two governments plan to sign a water and energy agreement."
    assert found(text) == [("Water and energy agreement", "proposed", "agreement")]


def test_bodies_set_up_or_restored_are_agreed():
    text = (
        "Ghana and Togo signed a joint declaration restoring a High-Level Cooperation Council. "
        "They also agreed to set up a Joint Planning Group and a joint task force on investment."
    )
    got = found(text)
    assert ("Joint declaration", "signed", "declaration") in got
    assert ("High-Level Cooperation Council", "agreed", "commission") in got
    assert ("Joint Planning Group", "agreed", "working_group") in got
    assert ("Joint task force on investment", "agreed", "working_group") in got
    # a council only mentioned is a body, not an agreement
    assert found("Ghana briefed the Peace and Security Council.") == []


def test_background_agreements_are_in_force():
    text = (
        "Trade between Ghana and Togo is governed by the Ghana-Togo Customs Agreement, which "
        "entered into force in 2019. Ghana signed the Maritime Boundary Agreement in 2009. "
        "Togo would fully apply the General Security of Information Agreement."
    )
    got = found(text)
    assert ("Ghana-Togo Customs Agreement", "in_force", "agreement") in got
    assert ("Maritime Boundary Agreement", "in_force", "agreement") in got
    assert ("General Security of Information Agreement", "in_force", "agreement") in got


def test_list_items_take_the_status_of_their_header_with_countries():
    text = (
        "In the presence of the leaders of Ghana and Togo, the following MoUs were exchanged:\n"
        "(i) MoU between the Bank of Ghana and the Bank of Togo on payment systems;\n"
        "(ii) MoU on the establishment of a joint university campus."
    )
    got = [(n, st) for n, st, _ in found(text)]
    assert ("MoU on payment systems", "signed") in got
    assert ("MoU on the establishment of a joint university campus", "signed") in got


def test_parties_are_the_signing_countries_and_signatories_the_signers():
    text = (
        "Ghana and Togo on Monday signed a Border Demarcation Agreement that eases trade worries "
        "in Nigeria and Benin. Ghanaian Foreign Minister Kwame Mensah and Togolese Foreign "
        "Minister Ama Kodjo inked the pact in a ceremony witnessed by President Kofi Boateng."
    )
    x = run(text, "2024-04-10")
    (ag,) = x.agreements
    assert ag.parties == ["GH", "TG"]
    assert sorted(x.entities[i].name for i in ag.signatories) == ["Ama Kodjo", "Kwame Mensah"]


def test_similar_accord_and_held_arrangement():
    text = (
        "Ghana and Togo on Monday signed a Transit Corridor Agreement. Ghana signed a similar "
        "accord with Benin in March last year, and Togo has a customs arrangement with Niger."
    )
    got = run(text, "2024-04-10").agreements
    assert [(a.name, a.status) for a in got] == [
        ("Transit Corridor Agreement", "signed"),
        ("Transit Corridor Agreement with Benin", "signed"),
        ("Customs arrangement", "in_force"),
    ]
    assert got[1].date == "2023-03"


def test_an_instrument_that_remains_in_force_is_in_force():
    text = (
        "Chile and Peru on Monday signed a new accord that builds on the 1990 treaty between "
        "the two countries on fisheries, which remains in force."
    )
    assert ("1990 treaty on fisheries", "in_force", "treaty") in found(text)


def test_a_named_council_told_as_a_new_body_is_agreed():
    text = (
        "The presidents of Chile and Peru also chaired the Andean Border Council, the new body "
        "set up to manage the frontier."
    )
    assert ("Andean Border Council", "agreed", "commission") in found(text)


def test_topics_fronted_between_commas_name_the_signed_instruments():
    text = (
        "The treaties, on river navigation and on fishing quotas, were signed by the foreign "
        "ministers of Chile and Peru in Lima on Monday."
    )
    got = found(text)
    assert ("Treaty on river navigation", "signed", "treaty") in got
    assert ("Treaty on fishing quotas", "signed", "treaty") in got


def test_a_plural_in_ies_names_its_items_in_the_singular():
    got = found("Chile and Peru signed treaties on river navigation, fishing and tourism.")
    assert got and all(name.startswith("Treaty on ") for name, _, _ in got)


# -- issue 8: agreements as real readouts tell them (own invented sentences) -----------------


def test_a_joint_statement_issued_after_talks_is_agreed():
    text = (
        "Foreign Minister Lena Varga met her Slovene counterpart Tomas Rupnik in Budapest on "
        "Monday. A joint statement issued after the talks said both sides would deepen "
        "energy links."
    )
    assert found(text, "2025-03-04") == [("Joint statement", "agreed", "declaration")]
    # "released" and "adopted" too; never signed unless the text says signed
    assert found("The two ministers released a joint communiqué on water security.") == [
        ("Joint communiqué on water security", "agreed", "declaration")
    ]
    assert found("The foreign ministers adopted the Harbour Declaration.") == [
        ("Harbour Declaration", "agreed", "declaration")
    ]


def test_a_joint_statement_quoted_as_a_source_is_agreed_and_a_fuller_mention_names_it():
    text = (
        "The premiers met in Quito and released a joint statement. The 12-point joint "
        "statement lists shared aims on trade and migration."
    )
    assert found(text) == [("12-point joint statement", "agreed", "declaration")]
    assert found("Both leaders value the ties, reads a joint statement.") == [
        ("Joint statement", "agreed", "declaration")
    ]


def test_will_issue_a_joint_statement_is_proposed():
    assert found("The two presidents are expected to sign a joint statement on Friday.") == [
        ("Joint statement", "proposed", "declaration")
    ]


def test_new_head_nouns_need_a_verb_and_a_name():
    text = (
        "Defence Minister Ivo Marek and his counterpart Sanna Koivu signed a document on "
        "the development of air defence cooperation in Prague on Tuesday."
    )
    assert found(text, "2025-05-21") == [
        ("Document on the development of air defence cooperation", "signed", "other")
    ]
    assert found("The ministers signed a roadmap for cultural cooperation.") == [
        ("Roadmap for cultural cooperation", "signed", "other")
    ]
    assert found("The sides adopted a plan of action on youth exchanges.") == [
        ("Plan of action on youth exchanges", "agreed", "other")
    ]
    assert found("They signed a protocol on veterinary inspections.") == [
        ("Protocol on veterinary inspections", "signed", "agreement")
    ]
    # a programme or a document mentioned without a verb that makes it one is not an instrument
    assert found("The programme of the visit included a concert.") == []
    assert found("The document was discussed at length.") == []


def test_a_generic_body_made_concrete_is_named_by_its_parties():
    got = found("Ghana and Senegal on Monday established a joint commission to review trade.")
    assert got == [("Ghana-Senegal joint commission", "agreed", "commission")]
    got = found("The two countries agreed to set up a joint committee on fisheries.")
    assert got == [("Joint committee on fisheries", "agreed", "commission")]
    # a union only when it is made: "the African Union" is an organization
    assert found("They agreed to form an inter-parliamentary union.") == [
        ("Inter-parliamentary union", "agreed", "commission")
    ]
    assert found("The African Union welcomed the talks.") == []


def test_a_body_coordinated_with_one_just_set_up_is_set_up_too():
    text = (
        "Chile and Peru agreed to form a Joint Trade Commission to widen cooperation in "
        "mining and farming, and a joint customs task force to curb smuggling."
    )
    assert found(text) == [
        ("Joint Trade Commission", "agreed", "commission"),
        ("Joint customs task force", "agreed", "working_group"),
    ]


def test_a_title_in_typographic_quotes_is_the_title_without_them():
    text = "The ministers signed the ‘Agreement on Cooperation in Seed Testing’ in Riga."
    assert found(text) == [("Agreement on Cooperation in Seed Testing", "signed", "agreement")]
    text = "Both sides welcomed the “Lake Shore Declaration” adopted by their deputies."
    assert found(text)[0][0] == "Lake Shore Declaration"
    # a quotation is not a title: its quotes stay
    from ingest.agreement_names import plain_titles

    text = "“We signed the agreement for our farmers,” the minister said."
    assert plain_titles(text) == text
    titled = "They signed the “Treaty on Rivers” today."
    assert plain_titles(titled) == "They signed the  Treaty on Rivers  today."


def test_an_agentless_passive_takes_its_topic_after_the_verb():
    text = (
        "During the meeting, a memorandum of understanding was signed for regular political "
        "consultations between the foreign ministries of the two countries."
    )
    (ag,) = run(text, "2024-06-03").agreements
    assert ag.name == (
        "Memorandum of understanding for regular political consultations between the "
        "foreign ministries"
    )
    assert ag.status == "signed" and ag.signatories == []


def test_a_historical_instrument_is_in_force_with_its_own_date():
    text = (
        "The leaders reviewed the implementation of the historic Treaty of Amity and "
        "Good Neighbourliness signed between the two countries in March 2016."
    )
    (ag,) = run(text, "2020-09-14").agreements
    assert (ag.name, ag.status, ag.date) == (
        "Treaty of Amity and Good Neighbourliness",
        "in_force",
        "2016-03",
    )
    text = (
        "The visit follows the ‘Memorandum of Understanding on Regular Consultations’ which "
        "was signed between Fiji and Tonga in May 2022."
    )
    (ag,) = run(text, "2024-02-01").agreements
    assert ag.name == "Memorandum of Understanding on Regular Consultations"
    assert (ag.status, ag.date) == ("in_force", "2022-05")
    # news told with an indefinite stays signed
    got = found("Ghana signed a fisheries accord with Benin in January.", "2024-04-10")
    assert got == [("Fisheries accord", "signed", "agreement")]


def test_under_negotiation_is_proposed():
    text = (
        "They noted the progress made towards the finalisation of a revised air services agreement."
    )
    assert found(text) == [("Revised air services agreement", "proposed", "agreement")]
    assert found("Negotiations on a free trade agreement continue.") == [
        ("Free trade agreement", "proposed", "agreement")
    ]
    # a standing body is not negotiated: resuming work on it is not a proposal
    assert found("They decided to resume work on the Joint Border Commission.") != [
        ("Joint Border Commission", "proposed", "commission")
    ]


def test_exchanged_the_mou_is_signed_without_signatories():
    x = run(
        "Foreign Minister Aroha Tane and her Samoan counterpart Tavita Lemalu exchanged the "
        "MoU on consular cooperation after their talks in Apia on Monday.",
        "2024-08-14",
    )
    (ag,) = x.agreements
    assert (ag.name, ag.status, ag.signatories) == ("MoU on consular cooperation", "signed", [])
    # exchanging views on an agreement does not sign it
    assert found("The ministers exchanged views on the existing trade agreement.") == [
        ("Trade agreement", "in_force", "agreement")
    ]


def test_signed_by_fills_signatories_also_in_a_gapped_sentence():
    x = run(
        "The Maritime Security Agreement was signed by Interior Minister Paulo Ramos and "
        "Ambassador Kirsten Holm. The Agreement on Skills Mobility by Labour Minister Ana "
        "Ferraz and Trade Envoy Oskar Lind.",
        "2024-08-14",
    )
    got = {
        a.name: (a.status, sorted(x.entities[i].name for i in a.signatories)) for a in x.agreements
    }
    assert got["Maritime Security Agreement"] == ("signed", ["Kirsten Holm", "Paulo Ramos"])
    assert got["Agreement on Skills Mobility"] == ("signed", ["Ana Ferraz", "Oskar Lind"])


def test_a_capitalised_title_keeps_its_bilateral():
    text = "The Bilateral Agreement on Air Transport was signed on Monday."
    assert found(text)[0][0] == "Bilateral Agreement on Air Transport"
    assert found("They signed a bilateral agreement on tourism.")[0][0] == "Agreement on tourism"


def test_unnamed_batches_and_reached_agreement_are_not_instruments():
    text = "The two countries signed a raft of agreements on health, sport and culture."
    assert found(text) == []
    assert found("The ministers reached agreement on a number of measures.") == []


def test_talk_about_unnamed_instruments_is_not_an_agreement():
    text = (
        "The two leaders discussed bilateral agreements on trade and education and agreed to "
        "hold a summit in the spring."
    )
    assert found(text) == []


def test_the_before_a_verb_does_not_make_an_existing_instrument():
    # "The two leaders discussed ..." is not "the ... agreement"
    assert found("The two leaders discussed an agreement.") == []
    assert found("They praised the existing air services agreement.") == [
        ("Air services agreement", "in_force", "agreement")
    ]


def test_in_force_and_dates_belong_to_the_nearest_instrument():
    text = (
        "The sides agreed to speed up negotiations on a comprehensive economic partnership "
        "agreement, and welcomed the Investment Protection Treaty, which entered into force "
        "in 2021."
    )
    got = [(a.name, a.status, a.date) for a in run(text, "2024-02-15").agreements]
    assert got == [
        ("Comprehensive economic partnership agreement", "proposed", None),
        ("Investment Protection Treaty", "in_force", "2021"),
    ]


def test_a_title_stops_before_its_participle():
    text = (
        "They reviewed the Accord on River Navigation signed between the two countries in May 2019."
    )
    assert found(text, "2024-06-20") == [("Accord on River Navigation", "in_force", "agreement")]


def test_items_of_a_signed_list_are_signed_whatever_their_head():
    text = (
        "The following documents were signed after the talks:\n"
        "- Agreement on Air Services\n"
        "- Protocol on Phytosanitary Inspection\n"
        "- Memorandum of Understanding on Tourism"
    )
    assert [(n, st) for n, st, _ in found(text)] == [
        ("Agreement on Air Services", "signed"),
        ("Protocol on Phytosanitary Inspection", "signed"),
        ("Memorandum of Understanding on Tourism", "signed"),
    ]
    assert found("The two sides renewed the MoU on youth exchanges.") == [
        ("MoU on youth exchanges", "signed", "mou")
    ]


def test_an_unnamed_instrument_signed_and_named_later_stays_signed():
    text = (
        "Prime Minister Tui Malolo signed a memorandum of understanding with his Niuean "
        "counterpart Sefa Lagi on Tuesday. The MoU for Labour Mobility covers seasonal work."
    )
    assert found(text, "2024-07-11") == [("MoU for Labour Mobility", "signed", "mou")]
    # without an earlier signing the same words are an instrument already in force
    assert found("The MoU for Labour Mobility covers seasonal work.") == [
        ("MoU for Labour Mobility", "in_force", "mou")
    ]


def test_counted_batches_and_attributions_are_not_names():
    text = "The visit resulted in the signing of twelve cooperation documents."
    assert found(text) == []
    text = "The minister signed a roadmap for water cooperation, the News Agency reports."
    assert found(text) == [("Roadmap for water cooperation", "signed", "other")]


def test_the_date_of_a_signing_told_after_the_signers():
    text = (
        "The premier briefed lawmakers on the Memorandum of Understanding on Fisheries, which "
        "was signed by him and the Prime Minister of Tonga, Sione Vea, on 12 March 2024 in Suva."
    )
    (ag,) = run(text, "2024-03-20").agreements
    assert (ag.status, ag.date) == ("signed", "2024-03-12")


def test_the_items_of_a_batch_signed_just_before_are_signed():
    text = (
        "A number of documents were signed after the talks in Lusaka on Monday. The documents "
        "included a framework agreement on mining cooperation and an agreement on visa-free "
        "travel for holders of diplomatic passports."
    )
    assert [(n, st) for n, st, _ in found(text, "2024-05-08")] == [
        ("Framework agreement on mining cooperation", "signed"),
        ("Agreement on visa-free travel for holders of diplomatic passports", "signed"),
    ]
    # without a signing told before, a list of documents is only talk
    assert found("The documents included a framework agreement on mining cooperation.") == []


def test_a_denied_instrument_is_none():
    assert found("It would not replace the peso, and no agreement on it was signed.") == []
    assert found("The talks ended without an agreement on fishing rights.") == []


def test_conventions_charters_and_letters_of_intent_with_their_topic():
    text = (
        "The two ministers signed the Convention for the Avoidance of Double Taxation and a "
        "letter of intent on green hydrogen at the Harbour Convention Centre."
    )
    assert [(n, st) for n, st, _ in found(text)] == [
        ("Convention for the Avoidance of Double Taxation", "signed"),
        ("Letter of intent on green hydrogen", "signed"),
    ]
    assert found("The delegation arrived on a charter flight and signed nothing.") == []


def test_a_title_in_typographic_quotes_after_the_verb():
    x = run(
        "Minister Ana Roe met Minister Bo Lind on Monday. During the meeting, the ministers "
        "signed ‘Memorandum of Understanding on cooperation in the field of consular "
        "training’.",
        "2022-09-24",
    )
    assert [(a.name, a.status) for a in x.agreements] == [
        ("Memorandum of Understanding on cooperation in the field of consular training", "signed")
    ]


def test_a_memo_of_cooperation_is_a_memorandum():
    x = run(
        "Minister Ana Roe met Minister Bo Lind on Monday. At the end of the meeting the parties "
        "signed a memo of cooperation between the ministries of trade of Ruritania and "
        "Freedonia for 2024-2026.",
        "2022-09-24",
    )
    assert [(a.kind, a.status) for a in x.agreements] == [("mou", "signed")]
