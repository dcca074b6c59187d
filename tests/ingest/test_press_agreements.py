"""Acronym glosses and statements named as a source (ingest/press_agreements.py via
ingest/agreements.py). Own-words sentences, invented people and bodies."""

from __future__ import annotations

from ingest.press_agreements import blank_glosses
from tests.ingest.helpers import run


def test_a_gloss_after_an_instruments_name_is_blanked_keeping_offsets():
    text = "A Memorandum of Understanding(MoU) was signed and a Joint Commission (JPC) set up."
    out = blank_glosses(text)
    assert len(out) == len(text)
    assert "(MoU)" not in out and "(JPC)" not in out


def test_a_gloss_after_any_other_name_stays():
    text = "The Council for Fisheries (CFF) and the Office of the Premier (OTP) met."
    assert blank_glosses(text) == text


def test_an_mou_glossed_with_its_acronym_is_still_found_signed():
    x = run(
        "President Ana Velu met Under-Secretary Omar Dace at the lodge yesterday.\n\n"
        "During the same meeting, a Memorandum of Understanding(MoU) was signed between "
        "Uganda and Kenya on sharing weather data.",
        "2024-03-04",
    )
    assert [(a.status, "weather" in a.name) for a in x.agreements] == [("signed", True)]


def test_a_joint_statement_named_as_the_source_is_no_agreement():
    x = run(
        "According to a joint statement by the two ministries, Prime Minister Ana Velu began "
        "the meeting by thanking Prime Minister Omar Dace.",
        "2024-03-04",
    )
    assert x.agreements == []
