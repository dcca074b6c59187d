"""An MoU named only by its two signing countries (ingest/party_mous.py via
ingest/extract.py), and "their agreement to ..." as consent (ingest/agreement_lexicon.py).
Own-words sentences."""

from __future__ import annotations

from tests.ingest.helpers import run


def agreements(text: str, published: str = "2022-08-18") -> list[tuple[str, str, list[str]]]:
    return [(a.name, a.status, sorted(a.parties)) for a in run(text, published).agreements]


def test_an_mou_signed_by_two_countries_is_named_by_them() -> None:
    assert agreements(
        "VALLETTA, Malta (GIS) – Malta and Chile signed a Memorandum of Understanding (MoU) "
        "on Tuesday, voicing their agreement to widen trade and cultural links."
    ) == [("Malta-Chile MoU", "signed", ["CL", "MT"])]


def test_an_mou_with_a_topic_keeps_its_topic_name() -> None:
    assert agreements("Malta and Chile signed an MoU on fisheries on Monday.") == [
        ("MoU on fisheries", "signed", ["CL", "MT"])
    ]


def test_three_countries_make_no_pair_name() -> None:
    assert agreements("Malta, Peru and Chile have signed an MoU.") == []


def test_their_agreement_to_do_something_is_no_instrument() -> None:
    assert (
        agreements(
            "The two ministers expressed their agreement to widen the trade talks next year."
        )
        == []
    )
