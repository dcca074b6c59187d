"""People the name finder passes over because of where their name stands:

- a lone given name after a spouse word ("the minister and his wife, Ana, were welcomed"):
  a person of the story, though named once and by one word; marked (role "spouse") so that
  the encounter steps leave them out (gold takes a spouse into an encounter at most as an
  optional participant);
- the press contact at the foot of a government release ("Enquiries: Ana Roe, Spokesperson,
  012 345 6789"): a line the finder takes for a heading, but the name is a person's."""

from __future__ import annotations

import re

from ingest.schema import PersonMention
from ingest.text import Sentence

SPOUSE = "spouse"
SPOUSE_BEFORE = re.compile(r"\b(?:his|her)\s+(?:wife|husband|spouse)\s*,?\s*$", re.I)
CONTACT = re.compile(
    r"^\s*(?:(?:Media|Press)\s+)?(?:Enquiries|Inquiries|Contact|Contacts)\s*:\s*"
    r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
    r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,3})(?=\s*(?:,|$|\(|\s\d|\s[-–]))"
)


def kin_and_contacts(sentence: Sentence, people: list[PersonMention]) -> list[PersonMention]:
    """`people` of the sentence with spouses' names confirmed and a contact's name added."""
    for p in people:
        if p.kind == "name" and p.tentative and len(p.name.split()) == 1:
            before = sentence.text[: p.start - sentence.start]
            if SPOUSE_BEFORE.search(before):
                p.tentative = False
                p.confidence = 0.7  # kept though in no encounter (ingest/pipeline.py)
                p.role = SPOUSE  # a person of the story, but no party to its encounters
    m = CONTACT.match(sentence.text)
    if m and not any(p.kind == "name" and p.name == m.group("name") for p in people):
        start = sentence.start + m.start("name")
        people = [
            *(p for p in people if p.end <= start or p.start >= sentence.start + m.end("name")),
            PersonMention(
                start=start,
                end=sentence.start + m.end("name"),
                sent=sentence.index,
                name=m.group("name"),
                confidence=0.6,
            ),
        ]
    return people
