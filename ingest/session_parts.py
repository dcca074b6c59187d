"""Parts of an encounter already told: "At the outset of the meeting, the hosts thanked the
visitors for coming", "At the end of the meeting, ...".

Readouts tell one session in several paragraphs; a sentence that opens with a phrase placing
it inside "the session" / "the meeting" / "the talks" speaks of the encounter just told, not
of a new one. An event the finder made from such a sentence joins the last encounter told
before it (its people are added there, the earlier encounter keeps its date and place) when
the sentence names nobody by name (only "the host", "the Emir", "the President": a retelling)
and the two carry no different days from the text. "At the end of the talks, A and B ..."
with names stays an encounter of its own."""

from __future__ import annotations

import re

from ingest.schema import DocumentExtraction, ExtractedEvent

_NOUNS = r"(?:session|meeting|talks|audience|reception|discussions?|encounter|call|conversation)"
PART_OF = re.compile(
    r"^\W*(?:(?:at|in|towards?)\s+the\s+(?:very\s+)?(?:beginning|start|outset|opening|end|close"
    rf"|conclusion|course)\s+of\s+the\s+{_NOUNS}\b|during\s+the\s+{_NOUNS}\b)",
    re.I,
)
MAX_BACK = 6  # sentences between the part and the encounter it belongs to


def _text_day(ev: ExtractedEvent) -> str | None:
    """The event's day when the text gave it (not the publication date)."""
    return ev.date if ev.date and ev.date_source != "publication" else None


def same_session(out: DocumentExtraction, sentences: list[str], named: set[int]) -> None:
    """Fold the events of "at the beginning of the session ..." sentences into the encounter
    told before them. `sentences[i]` is the text of sentence i; `named` holds the sentences
    that name a person (not only by a role)."""
    events = sorted(out.events, key=lambda e: e.start)
    gone: set[int] = set()
    for ev in events:
        if ev.sent >= len(sentences) or ev.sent in named or not PART_OF.match(sentences[ev.sent]):
            continue
        before = [
            o
            for o in events
            if id(o) not in gone and o.sent < ev.sent and ev.sent - o.sent <= MAX_BACK
        ]
        if not before:
            continue
        host = before[-1]
        if (host.kind == "call") != (ev.kind == "call"):
            continue
        day, other = _text_day(ev), _text_day(host)
        if day and other and day != other:
            continue
        have = {(p.person, p.country) for p in host.participants}
        for p in ev.participants:
            if (p.person, p.country) not in have:
                host.participants.append(p)
                have.add((p.person, p.country))
        gone.add(id(ev))
    if gone:
        out.events = [e for e in out.events if id(e) not in gone]
