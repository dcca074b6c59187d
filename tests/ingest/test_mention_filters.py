"""Capitalised words that are not people (ingest/mention_filters.py, applied by
ingest/mentions.py). Own-words sentences with invented names."""

from __future__ import annotations

from ingest.mentions import sentence_mentions
from ingest.text import split_sentences


def named(text: str) -> list[str]:
    return [
        p.name
        for s in split_sentences(text)
        for p in sentence_mentions(s).people
        if p.kind == "name"
    ]


def test_a_social_media_handle_is_not_a_name():
    assert named("Vice President @ProfAlabi received the envoy, wrote @KasumaGov.") == []


def test_the_agency_in_brackets_after_the_dateline_is_not_a_person():
    text = (
        "Honiara, March 3, 2024 (Lumen Wire) President Ada Kessel received the envoy "
        "at her office earlier today."
    )
    assert named(text) == ["Ada Kessel"]


def test_port_mount_and_fort_names_are_places():
    text = (
        "The delegation visited Mount Hagen and Port Vila before meeting Governor Paias "
        "Wingti. They drove from Port Lumen to Fort Jameson."
    )
    assert named(text) == ["Paias Wingti"]
