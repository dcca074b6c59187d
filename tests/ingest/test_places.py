"""Countries, organizations and places of one sentence (ingest/places.py)."""

from __future__ import annotations

from ingest.mentions import sentence_mentions
from ingest.text import split_sentences


def codes(text: str) -> list[str]:
    return [c.code for s in split_sentences(text) for c in sentence_mentions(s).countries]


def test_a_longer_country_name_holds_no_second_country():
    assert codes("The ministers of Equatorial Guinea and Papua New Guinea met.") == ["GQ", "PG"]
    assert codes("Guinea and Guinea-Bissau signed the accord.") == ["GN", "GW"]
