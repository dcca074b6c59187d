"""Joint bodies set up by name, drafts still to be finalised, and instruments formalised
between two agencies (ingest/agreement_bodies.py), through the whole extraction."""

from __future__ import annotations

from tests.ingest.helpers import run


def found(text: str, published: str | None = "2024-05-14"):
    return {a.name: a for a in run(text, published).agreements}


def test_agreed_to_establish_a_named_commission():
    text = (
        "Norland and Vesmark have agreed to establish an Inter-Island Commission for Reef Care. "
        "Officials will meet every year."
    )
    got = found(text)
    assert "Inter-Island Commission for Reef Care" in got
    assert got["Inter-Island Commission for Reef Care"].status == "agreed"


def test_establishment_of_the_named_body():
    text = (
        "Norland and Vesmark ministers met in Pellam on Monday. The talks followed an accord "
        "reached last year on the establishment of the Grand Joint Commission of Friendship."
    )
    assert "Grand Joint Commission of Friendship" in found(text)


def test_body_set_up_in_a_year_keeps_the_year():
    text = (
        "Norland and Vesmark signed a fisheries treaty on Monday. It replaces the Joint Reef Group "
        "set up in 2011 to watch the reefs."
    )
    ag = found(text).get("Joint Reef Group")
    assert ag is not None and ag.status == "agreed" and ag.date == "2011"


def test_a_body_that_only_meets_is_not_set_up():
    text = (
        "The fourth session of the Norland-Vesmark Joint Reef Commission opened in Pellam "
        "on Monday."
    )
    assert not any(a.rule.endswith(":set-up") for a in found(text).values())


def test_drafts_to_finalise_are_proposed():
    text = (
        'Norland and Vesmark signed six documents on Monday. "We have other draft agreements to '
        "finalise, including an agreement on salt duties and a memorandum of understanding on "
        'cooperation in rowing," minister Arvo Kettunen said.'
    )
    got = found(text)
    assert got["agreement on salt duties"].status == "proposed"
    rowing = next(a for n, a in got.items() if n.lower().endswith("cooperation in rowing"))
    assert rowing.status == "proposed"


def test_mou_formalised_between_two_agencies_with_its_signers():
    text = (
        "A Memorandum of Understanding (MOU) on harbour safety was formalised between the Norland "
        "Coast Guard (NCG) and the Vesmark Harbour Police (VHP) in Pellam. This agreement was "
        "signed by Commissioner Arvo Kettunen and Commissioner Mira Tasso."
    )
    got = found(text)
    name = "MoU between the Norland Coast Guard (NCG) and the Vesmark Harbour Police (VHP)"
    assert name in got
    run_x = run(text, "2024-05-14")
    ag = next(a for a in run_x.agreements if a.name == name)
    assert sorted(run_x.entities[i].name for i in ag.signatories) == ["Arvo Kettunen", "Mira Tasso"]


def test_lowercase_body_made_concrete_by_the_verb_that_sets_it_up():
    text = (
        "Both ministers agreed to create a committee of senior officials from both countries to "
        "follow up the decisions. They also agreed to set up a joint business council."
    )
    got = found(text)
    assert got["Committee of senior officials"].status == "agreed"
    assert got["Joint business council"].status == "agreed"


def test_mou_named_by_the_two_bodies_that_signed_it():
    text = (
        "The Norland Ministry of Tides and the Vesmark Harbour Agency signed a memorandum of "
        "understanding on Monday. Officials said it would help ferries."
    )
    got = found(text)
    name = "MoU between the Norland Ministry of Tides and the Vesmark Harbour Agency"
    assert name in got and got[name].status == "signed"


def test_bodies_with_a_named_mou_add_nothing():
    text = (
        "The Norland Ministry of Tides and the Vesmark Harbour Agency signed an MoU on ferry "
        "safety on Monday."
    )
    assert list(found(text)) == ["MoU on ferry safety"]
