"""A message handed over at a meeting: "A received the letter from envoy C during a
meeting", "B handed over a letter from his president to A during an audience". Readouts tell
these as deliveries; the encounter is between the one who receives and the one who brings
it, not the sender (who is only quoted: "a message from President D").

`message_meetings(out, views)` (wired in ingest/extract.py after the discourse step, before
the events are dated from their context) adds that meeting when the sentence itself says
the delivery took place at a meeting, audience or reception, and nothing there is planned."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.future_clauses import future
from ingest.schema import DocumentExtraction, ExtractedEvent, Participant, PersonMention

if TYPE_CHECKING:
    from ingest.events import SentenceView

_MESSAGE = (
    r"(?:a|an|the)\s+(?:(?:written|verbal|oral|personal|congratulatory)\s+)?(?:message|letter)"
)
RECEIVED = re.compile(rf"\b(?:received|was\s+handed)\s+{_MESSAGE}\b", re.I)
HANDED = re.compile(
    rf"\b(?:handed\s+over|delivered|conveyed|presented|passed\s+on)\s+{_MESSAGE}\b", re.I
)
AT_MEETING = re.compile(
    r"\b(?:during|at|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:meeting|audience|reception)\b", re.I
)
BY = re.compile(r"\b(?:delivered|handed(?:\s+over)?|conveyed|presented|brought)\s+by\s+", re.I)
FROM = re.compile(r"\bfrom\s+", re.I)
TO = re.compile(r"\bto\s+", re.I)


def message_meetings(out: DocumentExtraction, views: list[SentenceView]) -> None:
    for v in views:
        s = v.sentence
        meeting = AT_MEETING.search(s.text)
        got, gave = RECEIVED.search(s.text), HANDED.search(s.text)
        verb = got or gave
        if not meeting or not verb or future(s.text[: verb.start()]):
            continue
        people = [p for p in v.people if p.entity is not None]
        subject = next((p for p in people if p.start < s.start + verb.start()), None)
        if subject is None:
            continue
        rest = s.start + verb.end()
        if got:
            by = BY.search(s.text, verb.end())
            at = s.start + (by.end() if by else _after(FROM, s.text, verb.end()))
        else:
            at = s.start + _after(TO, s.text, verb.end())
        other = next((p for p in people if p.start >= max(at, rest)), None)
        if other is None or other.entity == subject.entity or at < rest:
            continue
        _add(out, v, subject, other, got is not None)


def _after(rx: re.Pattern[str], text: str, pos: int) -> int:
    m = rx.search(text, pos)
    return m.end() if m else -len(text) - 1  # no such word: nobody qualifies


def _add(
    out: DocumentExtraction,
    v: SentenceView,
    subject: PersonMention,
    other: PersonMention,
    received: bool,
) -> None:
    s = v.sentence
    pair = {subject.entity, other.entity}
    if any(ev.sent == s.index and pair <= ev.people() for ev in out.events):
        return  # told already
    host, guest = (subject, other) if received else (other, subject)
    out.events.append(
        ExtractedEvent(
            kind="meeting",
            participants=[
                Participant(person=host.entity, role="host"),
                Participant(person=guest.entity, role="guest"),
            ],
            quote=s.text,
            start=s.start,
            end=s.start + len(s.text),
            sent=s.index,
            rule="meeting:message-delivery",
            confidence=0.7,
        )
    )
