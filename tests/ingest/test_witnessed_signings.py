"""Signings told by their witnesses (ingest/witnessed_signings.py via ingest/extract.py).
Own-words sentences, invented people and places."""

from __future__ import annotations

from tests.ingest.helpers import event_people, run


def test_two_named_witnesses_of_a_signing_met_there():
    x = run(
        "Ruritania and Freedonia have signed a communiqué on diplomatic relations. The "
        "document was signed by their envoys. The signing took place in Geneva on Monday and "
        "was witnessed by Foreign Minister Ivo Brandt and Foreign Minister Lea Sorel.",
        "2024-06-12",
    )
    assert event_people(x) == [["Ivo Brandt", "Lea Sorel"]]
    assert x.events[0].kind == "signing"


def test_a_signing_to_be_witnessed_is_no_encounter():
    x = run(
        "The signing is expected next week and will be witnessed by Foreign Minister Ivo "
        "Brandt and Foreign Minister Lea Sorel.",
        "2024-06-12",
    )
    assert event_people(x) == []
