"""Who was in the room, as wire services tell it after the encounter itself (wired in
ingest/extract.py after the readout steps, before the events are dated from their context):

- `roster_joins`: "The Ruritanian delegation featured Minister A and Adviser B", "The
  visiting delegation, including Minister C, took part in the occasion": the people named
  join the encounter told last ("The audience was attended by D" and "Attending the talks
  were E" are press_clauses.meeting_attendance's), when no other encounter was told in
  between and the sentence says it happened (past tense, nothing planned).
- `delegation_heads`: "The Ruritanian delegation, headed by Speaker A, ..." and later "the
  Ruritanian delegation spoke with B" or "the Ruritanians met C": an encounter of the named
  head with each person met.
- `travelling_company`: "He is accompanied by his wife and Minister E": the party a visitor
  travels with (present or future tense) is no participant of the encounters told; they
  leave every encounter whose own sentence does not name them.
- `visited_together`: "A and B have visited Port Lamu since the new cabinet took office":
  two travellers' record of trips to a place is no encounter of the two."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.schema import DocumentExtraction, ExtractedEvent, Participant, PersonMention

if TYPE_CHECKING:
    from ingest.events import SentenceView

# "The Ruritanian delegation featured A", "Its delegation included B", "The visiting
# delegation, including D, participated in this occasion" ("The audience was attended by C",
# "Attending the talks were E": press_clauses.meeting_attendance, which runs before)
ROSTER = re.compile(
    r"^(?:the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?(?:delegation|side|team|entourage)\s*"
    r"(?:(?:also\s+)?(?:featured|included|comprised|consisted\s+of|was\s+made\s+up\s+of"
    r"|was\s+composed\s+of)\b"
    r"|,\s*including\b[^.;]{0,160}?,\s*(?:also\s+)?(?:participated|took\s+part|was\s+present"
    r"|were\s+present|attended)\b)",
    re.I,
)
UNREAL = re.compile(
    r"\b(?:will|would|shall|is\s+to|are\s+to|expected|scheduled|slated|set\s+to|due\s+to)\b", re.I
)
ROSTER_LOOKBACK = 8  # sentences back to the encounter the roster belongs to

# "The Cuban delegation ..., headed by Vice President A," / "a delegation led by B"
HEADED = re.compile(
    r"\b(?P<adj>[A-Z][\w-]+)\s+delegation\b[^.;]{0,120}?\b(?:headed|led)\s+by\b", re.I
)
# "the Cuban delegation also spoke with", "the Cubans spoke briefly with"
DELEGATION_MET = re.compile(
    r"\bthe\s+(?P<adj>[A-Z][\w-]+?)(?:s|\s+delegation)\s+(?:also\s+)?"
    r"(?:(?:spoke|talked|conferred|exchanged(?:\s+views)?|met)(?:\s+briefly)?\s+with"
    r"|met|held\s+(?:talks|a\s+meeting|meetings)\s+with)\b"
)

# "He is accompanied by", "She is being accompanied by", "will be accompanied by"
TRAVELLING = re.compile(
    r"\b(?:is|are)\s+(?:also\s+)?(?:being\s+)?accompanied\s+by\b"
    r"|\b(?:will|would)\s+be\s+accompanied\s+by\b"
    r"|\b(?:is|are)\s+travell?ing\s+with\b",
    re.I,
)
# "A and B have visited <place>": a record of trips, told in the perfect tense
VISITED_PERFECT = re.compile(r"\b(?:have|has)\s+(?:both\s+|also\s+)?visited\b", re.I)


# "Minister of Police, Prisons and Fire Service A": a word of a portfolio, not a person
PORTFOLIO_BEFORE = re.compile(
    r"\b(?:Minister|Ministry|Secretary|Department)\s+(?:of|for)\s+[^,.;]{1,40},\s*$"
)
PORTFOLIO_AFTER = re.compile(r"^\s+and\s+[A-Z]")


def in_portfolio(v: SentenceView, p: PersonMention) -> bool:
    s = v.sentence
    at = s.text.find(p.name, max(0, p.start - s.start)) if p.name else -1
    if at < 0:
        return False
    before, after = s.text[:at], s.text[at + len(p.name) :]
    return bool(PORTFOLIO_BEFORE.search(before) and PORTFOLIO_AFTER.match(after))


def _named(v: SentenceView, lo: int = 0, hi: int | None = None) -> list[PersonMention]:
    hi = v.sentence.end if hi is None else hi
    return [
        p
        for p in v.people
        if p.kind == "name"
        and p.entity is not None
        and lo <= p.start
        and p.end <= hi
        and not in_portfolio(v, p)
    ]


def _last_told(out: DocumentExtraction, sent: int, lookback: int) -> ExtractedEvent | None:
    told = [ev for ev in out.events if ev.sent < sent and len(ev.people()) >= 2]
    if not told:
        return None
    last = max(told, key=lambda e: (e.sent, e.start))
    return last if sent - last.sent <= lookback else None


def roster_joins(out: DocumentExtraction, views: list[SentenceView]) -> None:
    for v in views:
        s = v.sentence
        m = ROSTER.search(s.text)
        if m is None or UNREAL.search(s.text[: m.end()]):
            continue
        if any(ev.sent == s.index for ev in out.events):
            continue  # the sentence tells an encounter of its own
        ev = _last_told(out, s.index, ROSTER_LOOKBACK)
        if ev is None:
            continue
        have = ev.people()
        for p in _named(v):
            if p.entity not in have:
                ev.participants.append(Participant(person=p.entity))
                have.add(p.entity)  # type: ignore[arg-type]


def delegation_heads(out: DocumentExtraction, views: list[SentenceView]) -> None:
    heads: dict[str, int] = {}
    for v in views:
        s = v.sentence
        h = HEADED.search(s.text)
        if h:
            after = _named(v, s.start + h.end())
            if after:
                heads[h.group("adj").lower()] = after[0].entity  # type: ignore[assignment]
            continue
        if not heads:
            continue
        m = DELEGATION_MET.search(s.text)
        if m is None or UNREAL.search(s.text[: m.start()]):
            continue
        head = heads.get(m.group("adj").lower())
        if head is None:
            continue
        met = [p.entity for p in _named(v, s.start + m.end()) if p.entity != head]
        if not met:
            continue
        told = next((e for e in out.events if e.sent == s.index), None)
        if told is not None:
            if head not in told.people():
                told.participants.insert(0, Participant(person=head))
            continue
        date = next((d for d in v.dates if d.value), None)
        people = [head, *dict.fromkeys(met)]
        out.events.append(
            ExtractedEvent.told_in(
                s,
                kind="meeting",
                rule="meeting:delegation-head",
                date=date,
                confidence=0.7,
                participants=[Participant(person=e) for e in people],
            )
        )


def travelling_company(out: DocumentExtraction, views: list[SentenceView]) -> None:
    company: set[int] = set()
    for v in views:
        m = TRAVELLING.search(v.sentence.text)
        if m:
            company |= {p.entity for p in _named(v, v.sentence.start + m.end())}  # type: ignore[misc]
    if not company:
        return
    for ev in out.events:
        own = {p.entity for p in views[ev.sent].people}
        ev.participants = [p for p in ev.participants if p.person not in company or p.person in own]


def visited_together(out: DocumentExtraction, views: list[SentenceView]) -> None:
    keep = []
    for ev in out.events:
        v = views[ev.sent]
        m = VISITED_PERFECT.search(v.sentence.text)
        if m and ev.kind == "visit":
            cut = v.sentence.start + m.start()
            before = {p.entity for p in _named(v, v.sentence.start, cut)}
            after = _named(v, cut)
            if ev.people() <= before and not after:
                continue  # "A and B have visited X": no encounter of the two
        keep.append(ev)
    out.events[:] = keep
