"""Two habits of government readouts (wired in ingest/extract.py around the discourse step):

- `courtesy_nouns`: a courtesy call told as a noun after the main clause: "The Prime
  Minister stressed ... following an introductory call from Ambassador B yesterday": B met
  the subject of the sentence.
- `last_met`: "The two leaders last met in July at the Forum" in a story that told no
  encounter of theirs (a visit still to come): an earlier encounter of the two people the
  story has named.
- `drop_principals`: a person named only as the one an envoy stands for or speaks for
  ("As the Special Envoy of President Z, A called on B", "conveyed greetings from President
  Z", "a letter from Z") sent someone; Z took part in no encounter of this article."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.schema import DocumentExtraction, ExtractedEvent, Participant

if TYPE_CHECKING:
    from ingest.events import SentenceView

# "following an introductory call from B", "after a courtesy call by B", "at a reception for B"
COURTESY_NOUN = re.compile(
    r"\b(?:following|after|during|at)\s+(?:a|an|his|her|the)\s+(?:brief\s+|recent\s+)?"
    r"(?:(?:courtesy|introductory|farewell|protocol)\s+(?:call|visit)\s+(?:from|by)"
    r"|reception\s+(?:for|in\s+honou?r\s+of))\s+",
    re.I,
)
# what stands before a principal's name: "Special Envoy of (President)", "greetings from"
PRINCIPAL_BEFORE = re.compile(
    r"(?i:\b(?:special\s+)?(?:envoy|emissary|representative)\s+of|\bon\s+behalf\s+of"
    r"|\b(?:greetings|message|letter|congratulations|condolences|best\s+wishes|regards)\s+"
    r"(?:[\w'’-]+\s+){0,5}?from)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$",
)


def courtesy_nouns(out: DocumentExtraction, views: list[SentenceView]) -> None:
    for v in views:
        s = v.sentence
        m = COURTESY_NOUN.search(s.text)
        if m is None:
            continue
        at = s.start + m.end()
        people = [p for p in v.people if p.entity is not None]
        guests = [p for p in people if at <= p.start <= at + 80]
        hosts = [p for p in people if p.start < s.start + m.start()]
        if not guests or not hosts or guests[0].entity == hosts[0].entity:
            continue
        pair = {hosts[0].entity, guests[0].entity}
        if any(pair <= ev.people() for ev in out.events):
            continue  # told already
        dates = [d for d in v.dates if d.value and d.start >= s.start + m.start()]
        date = dates[0] if dates else None
        out.events.append(
            ExtractedEvent.told_in(
                s,
                kind="meeting",
                rule="meeting:courtesy-noun",
                date=date,
                confidence=0.8,
                participants=[
                    Participant(person=hosts[0].entity, role="host"),
                    Participant(person=guests[0].entity, role="guest"),
                ],
            )
        )


# "The two leaders last met in July", "They had last spoken in May"
LAST_MET = re.compile(
    r"^(?:the two (?:leaders|ministers|presidents|prime ministers|men|women|sides)|they|both"
    r"(?: leaders| ministers)?)\s+(?:had\s+)?last\s+(?:met|spoke|talked|held talks)\b",
    re.I,
)


def last_met(out: DocumentExtraction, views: list[SentenceView]) -> None:
    for v in views:
        s = v.sentence
        if not LAST_MET.match(s.text.strip()) or any(ev.sent == s.index for ev in out.events):
            continue
        dates = [d for d in v.dates if d.value]
        if not dates:
            continue
        named: list[int] = []
        for back in views[max(0, s.index - 3) : s.index]:
            for p in back.people:
                if p.entity is not None and p.entity not in named:
                    named.append(p.entity)
        if len(named) != 2:
            continue  # only when the story is about exactly two people
        out.events.append(
            ExtractedEvent.told_in(
                s,
                kind="call" if re.search(r"\b(?:spoke|talked)\b", s.text) else "meeting",
                rule="meeting:last-met",
                date=dates[0],
                confidence=0.7,
                participants=[Participant(person=e) for e in named],
            )
        )


def drop_principals(out: DocumentExtraction, text: str) -> None:
    """Participants every mention of whom names them as a sender or a principal."""
    only: set[int] = set()
    for ent in out.entities:
        mentions = [out.people[i] for i in ent.mentions]
        if mentions and all(_principal(text, m.start, m.name) for m in mentions):
            only.add(ent.index)
    if not only:
        return
    for ev in out.events:
        if any(p.person in only for p in ev.participants):
            ev.participants = [p for p in ev.participants if p.person not in only]
    out.events = [ev for ev in out.events if _still_an_encounter(ev)]


def _principal(text: str, start: int, name: str) -> bool:
    at = text.find(name, start, start + 120) if name else -1
    for end in {start, at if at >= 0 else start}:
        if PRINCIPAL_BEFORE.search(text[max(0, end - 90) : end]):
            return True
    return False


def _still_an_encounter(ev: ExtractedEvent) -> bool:
    return len(ev.people()) >= 2 or (bool(ev.people()) and any(p.country for p in ev.participants))
