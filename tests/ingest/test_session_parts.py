"""Sentences told inside a session already reported (ingest/session_parts.py via
ingest/extract.py). Own-words texts, invented people."""

from __future__ import annotations

from ingest.schema import DocumentExtraction, ExtractedEvent, Participant
from ingest.session_parts import PART_OF, same_session
from tests.ingest.helpers import event_people, run


def test_the_opening_phrases() -> None:
    assert PART_OF.match("At the outset of the meeting, the host welcomed the guest.")
    assert PART_OF.match("At the beginning of the session, the minister thanked him.")
    assert PART_OF.match("During the talks, they reviewed the ties.")
    assert not PART_OF.match("At a later meeting, they signed it.")


def test_the_welcome_at_the_start_of_the_session_is_the_same_encounter() -> None:
    x = run(
        "Emir Rami bin Said Al Nour and President Lumi Ostrava met for talks in Korvel this "
        "evening.\n\n"
        "At the start of the meeting, the President thanked her guest for coming.\n\n"
        "The talks were attended by Minister Dario Fennick and Ambassador Tala Serrin.",
        "2024-02-06",
    )
    assert event_people(x) == [
        ["Dario Fennick", "Lumi Ostrava", "Rami bin Said Al Nour", "Tala Serrin"]
    ]


def test_another_day_stays_another_encounter() -> None:
    x = run(
        "President Lumi Ostrava met Minister Dario Fennick on Monday.\n\n"
        "At the end of the meeting on Wednesday, Minister Dario Fennick met Ambassador Tala "
        "Serrin.",
        "2024-02-08",
    )
    assert len(event_people(x)) == 2


def _event(sent: int, people: list[int], date: str | None, source: str) -> ExtractedEvent:
    return ExtractedEvent(
        participants=[Participant(person=p) for p in people],
        date=date,
        date_source=source,
        quote="q",
        start=sent * 100,
        end=sent * 100 + 50,
        sent=sent,
        rule="test",
    )


def test_an_event_told_at_the_start_of_the_session_joins_the_talks() -> None:
    sentences = [
        "A and B held talks in Korvel this evening.",
        "At the start of the meeting, the hosts thanked the visitors.",
        "The talks were attended by C and D.",
    ]
    x = DocumentExtraction(
        events=[
            _event(0, [0, 1], "2024-02-06", "sentence"),
            _event(1, [0, 2, 3], "2024-02", "publication"),
        ]
    )
    same_session(x, sentences, set())
    assert [sorted(e.people()) for e in x.events] == [[0, 1, 2, 3]]
    assert x.events[0].date == "2024-02-06"


def test_a_part_with_another_day_from_the_text_stays_apart() -> None:
    sentences = ["A met B on Monday.", "During the meeting on Wednesday, C met D."]
    x = DocumentExtraction(
        events=[
            _event(0, [0, 1], "2024-02-05", "sentence"),
            _event(1, [2, 3], "2024-02-07", "sentence"),
        ]
    )
    same_session(x, sentences, set())
    assert len(x.events) == 2


def test_a_part_that_names_its_people_stays_apart() -> None:
    sentences = ["A and B talked.", "At the end of the conversation, C and B shook hands."]
    x = DocumentExtraction(
        events=[_event(0, [0, 1], None, "none"), _event(1, [2, 1], None, "none")]
    )
    same_session(x, sentences, {1})
    assert len(x.events) == 2
