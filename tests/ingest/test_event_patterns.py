"""Wire idioms of an encounter among the triggers (ingest/event_patterns.py via
ingest/extract.py). Own-words sentences, invented people."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import event_people, run

TOLD = [
    "King Arvid Solberg granted an audience to Minister Jonas Petrak on Monday.",
    "Minister Jonas Petrak had an audience with King Arvid Solberg on Monday.",
    "Prime Minister Jonas Petrak was accorded a ceremonial welcome by King Arvid Solberg.",
    "King Arvid Solberg gave a dinner in honour of Prime Minister Jonas Petrak on Monday.",
    "King Arvid Solberg and Prime Minister Jonas Petrak held a tête-à-tête on Monday.",
    "Minister Jonas Petrak interacted with King Arvid Solberg on Monday.",
    "King Arvid Solberg decorated Prime Minister Jonas Petrak with the Order of the Lynx.",
]
PLANNED = [
    "King Arvid Solberg will grant an audience to Minister Jonas Petrak on Monday.",
    "Minister Jonas Petrak is scheduled to have an audience with King Arvid Solberg.",
    "King Arvid Solberg and Prime Minister Jonas Petrak are expected to hold a tete-a-tete.",
    "King Arvid Solberg will give a dinner in honour of Prime Minister Jonas Petrak.",
    "King Arvid Solberg will decorate Prime Minister Jonas Petrak with the Order of the Lynx.",
]


def test_a_passive_decoration_names_no_decorator() -> None:
    x = run("Minister Jonas Petrak was also decorated with the Star of Kisara.", "2024-05-08")
    assert event_people(x) == []


@pytest.mark.parametrize("text", TOLD)
def test_a_wire_idiom_tells_an_encounter(text: str) -> None:
    assert event_people(run(text, "2024-05-08")) == [["Arvid Solberg", "Jonas Petrak"]]


@pytest.mark.parametrize("text", PLANNED)
def test_the_same_idiom_planned_tells_none(text: str) -> None:
    assert event_people(run(text, "2024-05-08")) == []
