"""The last look at a document's agreements (ingest/agreement_review.py), through the whole
extraction: names completed with their parties or cut back, non-instruments dropped."""

from __future__ import annotations

from ingest.agreement_review import parties_after
from tests.ingest.helpers import run


def names(text: str, published: str | None = "2024-05-14") -> list[str]:
    return [a.name for a in run(text, published).agreements]


def test_short_title_takes_the_parties_told_after_it():
    text = (
        "Norland and Vesmark signed several accords on Monday. The Framework Agreement between "
        "the Norland Institute of Tides and the Vesmark Harbour Board covers joint surveys."
    )
    assert (
        "Framework Agreement between the Norland Institute of Tides and the Vesmark Harbour Board"
        in names(text)
    )


def test_shortest_party_list_wins():
    text = (
        "The first review under the Liaison Arrangement between the Norland Ministry of Trade "
        "and Fisheries of the Northern Isles and the Vesmark Secretariat was held on Monday. It "
        "carried out the Liaison Arrangement between the Secretariat and the Ministry signed "
        "in 2019."
    )
    got = names(text)
    assert any(
        n.startswith("Liaison Arrangement between the Secretariat and the Ministry") for n in got
    )


def test_acronym_keeps_its_long_form_and_splits_parties():
    assert parties_after(" between the Tide Office (TO) and the Harbour Board (HB) in Pellam") == (
        "the Tide Office (TO) and the Harbour Board (HB)"
    )
    assert parties_after(" between Norland in May") is None


def test_witness_clause_is_no_part_of_the_name():
    text = (
        "Norland and Vesmark on Monday signed a protocol to set up a fisheries council in the "
        "presence of King Aldo Brenn and President Mira Tasso."
    )
    got = names(text)
    assert got and all("presence" not in n for n in got)


def test_acronym_name_takes_the_parties_that_spell_it_out():
    text = (
        "Isle news: a new memorandum of understanding between the Delta Forum (DF) and the Gale "
        "Union (GU) will help fishers. Officials on Monday signed the DF-GU MoU in Pellam."
    )
    assert any(
        n.startswith("MoU between the Delta Forum (DF) and the Gale Union (GU)")
        for n in names(text)
    )


def test_lone_acronym_name_is_kept():
    text = "Norland and Vesmark on Monday signed the JRC Agreement in Pellam."
    assert "JRC Agreement" in names(text)


def test_counted_batch_of_fields_is_not_one_instrument_per_field():
    text = (
        "Norland and Vesmark signed 9 agreements and memorandums of understanding in the areas "
        "of fishing, tides and salt during the visit on Monday."
    )
    assert names(text) == []


def test_open_field_list_is_not_split():
    text = (
        "Norland and Vesmark signed three memorandums of understanding in fishing, tides and other "
        "areas on Monday."
    )
    assert not any("other" in n for n in names(text))


def test_a_summit_body_is_not_set_up():
    text = (
        "The two kings met before the Northern Cooperation Council summit to be held next week. "
        "The Northern Cooperation Council summit will review trade."
    )
    assert "Northern Cooperation Council" not in names(text)


def test_a_clause_around_a_person_is_no_instrument():
    text = (
        "Norland and Vesmark signed ten accords on Monday. The Minister of Trade of Norland, Arvo "
        "Kettunen and the Vesmark Minister of Trade, Mira Tasso exchanging agreements after the "
        "signing ceremony."
    )
    assert not any("Tasso" in n for n in names(text))


def test_counted_agreements_related_to_as_many_fields_are_one_each():
    text = (
        "Norland and Vesmark on Monday signed three bilateral cooperation agreements related to "
        "reef care, salt trade and ferry links."
    )
    assert names(text) == [
        "Agreement on reef care",
        "Agreement on salt trade",
        "Agreement on ferry links",
    ]
