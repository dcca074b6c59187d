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


def test_list_items_take_the_status_of_their_header():
    text = (
        "In the presence of the two leaders, the following MoUs were exchanged:\n"
        "(i) MoU between the central banks of Ruritania and Utopia on payment systems;\n"
        "(ii) MoU between the two foreign ministries on diplomatic training."
    )
    assert found(text) == [
        ("MoU on payment systems", "signed", "mou"),
        ("MoU on diplomatic training", "signed", "mou"),
    ]
