"""Several instruments under one head, and where a complement stops
(ingest/agreement_series.py), through the whole extraction."""

from __future__ import annotations

from ingest.agreement_series import another_item, purpose_items, series_items, trim_body
from tests.ingest.helpers import run


def found(text: str, published: str | None = "2024-05-14"):
    return [(a.name, a.status) for a in run(text, published).agreements]


def test_semicolon_series_of_letters_is_one_instrument_per_item():
    text = (
        "Norland and Vesmark held talks in Pellam. Two separate letters of exchange for fishing "
        "vessels and nets; and for a cold storage depot were also inked."
    )
    assert found(text) == [
        ("Letter of exchange for fishing vessels and nets", "signed"),
        ("Letter of exchange for a cold storage depot", "signed"),
    ]


def test_elided_second_instrument_after_and_another():
    text = (
        "Norland and Vesmark on Monday signed two memoranda of understanding. Minister Arvo "
        "Kettunen visited the harbour. The two MoUs include an agreement on coastal radar data "
        "and another on cooperation in the field of tide tables."
    )
    names = [n for n, s in found(text) if s == "signed"]
    assert names == [
        "Agreement on coastal radar data",
        "Agreement on cooperation in the field of tide tables",
    ]


def test_counted_plural_with_two_purposes():
    text = (
        "Norland and Vesmark held talks. Two major agreements to further cadet exchanges and "
        "extend repair services to each other's coast guards were signed."
    )
    assert [n for n, _ in found(text)] == [
        "Agreement to further cadet exchanges",
        "Agreement to extend repair services to each other's coast guards",
    ]


def test_complement_stops_before_a_describing_participle_and_a_second_instrument():
    assert trim_body("the Norland-Vesmark Joint Commission providing for yearly talks") == (
        "the Norland-Vesmark Joint Commission"
    )
    assert trim_body("river transport, and also discussed the weather") == "river transport"
    body = "technical cooperation and the negotiation on the agreement for investment"
    assert trim_body(body) == "technical cooperation"
    assert trim_body("sharing port data") == "sharing port data"


def test_helpers_on_their_own():
    text = "letters of exchange for tents; for blankets; and for stoves were inked"
    s = series_items(text, "tents", text.index(";"))
    assert s is not None and s.items == ["tents", "blankets", "stoves"]
    assert another_item(" and another on bridge repairs.") == ("on", "bridge repairs")
    assert another_item(" and the weather.") is None
    assert purpose_items("signed three ", "develop schools and improve roads") is None
    assert purpose_items("signed two ", "develop schools and improve roads") == [
        "develop schools",
        "improve roads",
    ]


def test_plan_of_cooperation_signed_and_a_potential_trade_agreement():
    text = (
        "The defence ministries of Norland and Vesmark signed a plan of bilateral cooperation for "
        "2026. The ministers urged a joint study on a potential Norland-Vesmark Free Trade "
        "Agreement."
    )
    assert found(text) == [
        ("Plan of bilateral cooperation", "signed"),
        ("Norland-Vesmark Free Trade Agreement", "proposed"),
    ]


def test_weekday_between_head_and_topic():
    text = (
        "Norland's and Vesmark's defence ministers signed a military cooperation agreement "
        "Thursday on sharing weather data with each other."
    )
    assert found(text, "2024-05-17")[0] == (
        "Military cooperation agreement on sharing weather data",
        "signed",
    )


def test_plural_list_to_the_end_of_the_sentence():
    text = (
        "President Aino Varg of Norland and Prime Minister Tobias Lenk of Vesmark held talks. Both "
        "sides exchanged MoUs for cooperation in Coastal shipping, restoration of old lighthouses, "
        "cooperation in forestry, and sharing of weather data."
    )
    assert [n for n, _ in found(text)] == [
        "MoU on cooperation in Coastal shipping",
        "MoU on restoration of old lighthouses",
        "MoU on cooperation in forestry",
        "MoU on sharing of weather data",
    ]


def test_fronted_instrument_takes_the_later_plural_verb():
    text = (
        "Norland and Vesmark held talks. Along with an MoU on ferry links between the countries, "
        "two separate shared visions of Norland Vesmark Digital Partnership and shared vision of "
        "Norland Vesmark Green Partnership were signed between the two sides."
    )
    assert found(text) == [
        ("MoU on ferry links", "signed"),
        ("Shared visions of Norland Vesmark Digital Partnership", "signed"),
        ("Shared vision of Norland Vesmark Green Partnership", "signed"),
    ]


def test_counted_batch_with_one_purpose_is_unnamed():
    text = "Norland and Vesmark signed seven new MoUs to further elevate ties."
    assert found(text) == []


def test_colon_list_of_agreements_after_they_were_signed():
    text = (
        "Norland and Vesmark yesterday signed five agreements at the close of the session. The "
        "agreements covered: river transport; a memorandum of understanding on forestry; "
        "pilot training; and youth exchanges."
    )
    assert found(text, "2024-05-15") == [
        ("Agreement on river transport", "signed"),
        ("Agreement on pilot training", "signed"),
        ("Agreement on youth exchanges", "signed"),
        ("Memorandum of understanding on forestry", "signed"),
    ]


def test_topic_after_the_other_party():
    text = "Norland signed an agreement with Vesmark on Monday on cross-border grazing."
    assert found(text) == [("Agreement on cross-border grazing", "signed")]
    assert found("Norland signed an MoU with Vesmark on Monday.") == []
