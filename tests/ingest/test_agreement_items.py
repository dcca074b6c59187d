"""Instruments told as list items, by purpose, by field or by the bodies they bind
(ingest/agreement_items.py and its use in ingest/agreements.py)."""

from __future__ import annotations

from ingest.agreement_items import (
    between_name,
    in_topic_ok,
    list_status,
    names_nothing,
    office_title,
    purpose_ok,
    vague,
)
from ingest.agreement_names import distribute
from tests.ingest.helpers import run


def found(text: str, published: str | None = "2024-04-10") -> list[tuple[str, str]]:
    return [(a.name, a.status) for a in run(text, published).agreements]


def test_semicolon_list_items_share_the_signing():
    text = (
        "President Amara Diallo and President Tomas Lindqvist witnessed the signing of an MoU "
        "on fisheries; an agreement to establish a joint shipping council; an MoU between the "
        "Conakry Chamber of Trade and the Swedish Board of Commerce, Industry, and Mining; and "
        "an agreement on seasonal labour."
    )
    assert found(text) == [
        ("MoU on fisheries", "signed"),
        ("Agreement to establish a joint shipping council", "signed"),
        (
            "MoU between the Conakry Chamber of Trade and the Swedish Board of Commerce, "
            "Industry, and Mining",
            "signed",
        ),
        ("Agreement on seasonal labour", "signed"),
    ]


def test_purpose_names_a_single_instrument_not_an_unnamed_plural():
    text = (
        "Minister Hala Nour and Minister Ivo Peric signed an MoU to strengthen cooperation in "
        "rail safety."
    )
    assert found(text) == [("MoU to strengthen cooperation in rail safety", "signed")]
    # a bare plural with a purpose is an unnamed batch
    assert found("Croatia and Egypt signed agreements to deepen their partnership.") == []
    # a purpose that is no field is not a name either
    assert (
        found("Croatia and Egypt signed five MoUs to enhance cooperation in various fields.") == []
    )


def test_counted_instruments_in_a_field():
    text = (
        "Croatia and Egypt on Monday signed two MoUs in the Shipbuilding Sector, one MoU in "
        "Olive Farming and one agreement in Riga."
    )
    got = found(text)
    assert ("MoUs in the Shipbuilding Sector", "signed") in got
    assert ("MoU in Olive Farming", "signed") in got
    assert all("Riga" not in n for n, _ in got)


def test_planned_batch_makes_its_listed_items_proposed():
    text = (
        "Three instruments are going to be signed between Croatia and Egypt after the talks. "
        "The three MoUs are - Agreement on the Transfer of Sentenced Persons; Agreement on "
        "Air Services; MoU in the areas of Port Management."
    )
    assert found(text) == [
        ("Agreement on the Transfer of Sentenced Persons", "proposed"),
        ("Agreement on Air Services", "proposed"),
        ("MoU in the areas of Port Management", "proposed"),
    ]


def test_bodies_bound_by_an_mou_name_it_and_brackets_are_not_instruments():
    text = (
        "Three memoranda of understanding (MoU) were signed on Monday. An MoU between the Cairo "
        "Institute of Geology (CIG) and Croatia's Council for Mining (CCM) was also signed."
    )
    assert found(text) == [
        (
            "MoU between the Cairo Institute of Geology (CIG) and Croatia's Council for Mining "
            "(CCM)",
            "signed",
        )
    ]


def test_an_office_named_after_a_council_is_no_instrument():
    text = (
        "The MoU on hotel training was signed by Secretary General of Egypt National Tourism "
        "Council Samir Fahmy and Minister Ana Horvat."
    )
    assert [n for n, _ in found(text)] == ["MoU on hotel training"]


def test_plural_list_runs_to_its_verb_and_shared_field_is_distributed():
    text = (
        "The MoUs on olive farming, strengthening port security, cultural exchange and a "
        "ferry route were signed on Monday. They also signed agreements on cooperation in "
        "mining and shipbuilding."
    )
    got = [n for n, _ in found(text)]
    assert got == [
        "MoU on olive farming",
        "MoU on strengthening port security",
        "MoU on cultural exchange",
        "MoU on a ferry route",
        "Agreement on cooperation in mining",
        "Agreement on cooperation in shipbuilding",
    ]


def test_topic_told_after_the_instrument():
    text = (
        "Croatia and Egypt signed one agreement at the ceremony on Monday. The agreement "
        "pertains to visa exemption for holders of diplomatic passports. The MoU was "
        "established to foster cooperation in the field of desalination."
    )
    got = [n for n, _ in found(text)]
    assert "Agreement on visa exemption for holders of diplomatic passports" in got
    assert "MoU to foster cooperation in the field of desalination" in got


def test_helpers():
    assert list_status("an MoU on X; an agreement", 11, 16)
    assert not list_status("an MoU on X which the agreement", 11, 22)
    assert purpose_ok("mou", "bolster cooperation in dairy")
    assert not purpose_ok("working_group", "bolster cooperation in dairy")
    assert in_topic_ok("Olive Farming", "one ", [], 0)
    assert not in_topic_ok("the presence of", "two ", [], 0)
    assert vague("enhance cooperation in diverse fields")
    b = between_name(" between the Cairo Chamber and the Zagreb Guild was signed")
    assert b is not None and b.group("who") == "the Cairo Chamber and the Zagreb Guild"
    assert between_name(" between the two countries was signed") is None
    assert office_title("signed by Secretary General of Egypt National Tourism ")
    assert names_nothing("Twenty-four Agreements Memorandums of Understanding")
    assert distribute(["cooperation in healthcare", "education"]) == [
        "cooperation in healthcare",
        "cooperation in education",
    ]


def test_exchange_of_notes_is_an_instrument():
    assert found("Tonga and Japan exchanged notes on a grant for rescue boats.") == [
        ("Exchange of notes on a grant for rescue boats", "signed")
    ]
    assert found("The envoys signed an exchange of notes on a school project.") == [
        ("Exchange of notes on a school project", "signed")
    ]
    assert found("The ministers exchanged views and notes on security.") == []


def test_fields_of_a_counted_batch_told_after_its_verb():
    text = (
        "Three memoranda of understanding (MoU) were signed on Monday between Fiji and Tonga "
        "in fisheries, disaster relief, and teacher training."
    )
    assert found(text) == [
        ("MoU on fisheries", "signed"),
        ("MoU on disaster relief", "signed"),
        ("MoU on teacher training", "signed"),
    ]
    assert found("Fiji and Tonga signed two MoUs on Monday in the presence of the leaders.") == []


def test_signers_of_an_instrument_named_before_and_on_behalf_of():
    text = (
        "Tonga and Samoa signed an agreement on fisheries. The agreement was signed by the "
        "foreign ministers of the two countries, Lupe Tuipulotu and Faleolo Masoe."
    )
    x = run(text, "2024-04-10")
    (ag,) = x.agreements
    assert sorted(x.entities[i].name for i in ag.signatories) == ["Faleolo Masoe", "Lupe Tuipulotu"]
    text = "Minister Lupe Tuipulotu signed the agreement on fisheries on behalf of Tonga."
    assert found(text) == [("Agreement on fisheries", "signed")]


def test_items_of_a_plural_told_by_their_topics():
    assert found(
        "Fiji and Tonga signed four MoUs, including one on health and another on rugby."
    ) == [
        ("MoU on health", "signed"),
        ("MoU on rugby", "signed"),
    ]
    text = "The leaders witnessed the signing of two agreements: on air services and on fisheries."
    assert found(text) == [
        ("Agreement on air services", "signed"),
        ("Agreement on fisheries", "signed"),
    ]
    assert found("The MoUs signed were on tourism and youth affairs.") == [
        ("MoU on tourism", "signed"),
        ("MoU on youth affairs", "signed"),
    ]
