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
    assert found("The three leaders issued the Ankara Declaration after the talks.") == [
        ("Ankara Declaration", "signed", "declaration")
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
