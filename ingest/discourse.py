"""The discourse step of the chain (sentences -> mentions -> dates -> encounters ->
**discourse** -> agreements): what single sentences cannot tell, read off the story as a
whole with an explicit story state (ingest/story_state.py).

- `tell_story`: before agreements. Drops "at the invitation of X" as an encounter with X;
  adds encounters told as nouns or with pronouns (ingest/discourse_nouns.py); gathers a
  ceremony told over several sentences into one signing encounter; dates the encounters
  that name no day from the story's current day.
- `sign_ceremony`: after agreements. The signatories of a ceremony go on their agreements.

Every event keeps its quote, offsets, rule id and confidence; what this step adds or changes
carries its own rule id ("...|story-day", "signing:ceremony", ...)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ingest.discourse_nouns import noun_encounters
from ingest.schema import DocumentExtraction, ExtractedEvent, Participant
from ingest.story_rules import DATELINE_HEAD, arrival_before
from ingest.story_state import StoryState

if TYPE_CHECKING:
    from ingest.events import SentenceView

# "at the invitation of X", "on the invitation of X", "invited by X": who asked for the trip
INVITATION = re.compile(
    r"\b(?:at|on|upon|following)\s+(?:the\s+)?(?:kind\s+|official\s+|personal\s+)?invitation"
    r"\s+(?:of|from|extended\s+by)\b|\b(?:was|were|had\s+been)\s+invited\s+by\b"
    r"|\bin\s+response\s+to\s+an?\s+invitation\s+(?:extended\s+)?(?:by|from)\b",
    re.I,
)
# "cancelled her meeting with", "called off the talks", "did not take place"
CALLED_OFF = re.compile(
    r"\b(?:cancel(?:l)?ed|called\s+off|postponed|scrapped|put\s+off|skipped|pulled\s+out\s+of)"
    r"\s+(?:his|her|their|the|a|an|its)?\s*(?:[\w-]+\s+){0,2}?(?:meeting|talks|visit|trip|call"
    r"|summit)s?\b|\b(?P<neg>did\s+not|didn't|failed\s+to|never)\s+(?:take\s+place|happen"
    r"|go\s+ahead)\b",
    re.I,
)
CONJUNCTION = re.compile(r"\b(?:after|when|as|because|while|since|but)\b", re.I)
# the ceremony: "A and B witnessed the signing of two agreements"
CEREMONY = re.compile(
    r"\b(?:witness(?:ed|es)?|presided\s+over|attended|graced)\s+(?:the\s+)?(?:signing|exchange"
    r"|ceremony)\b|\bin\s+(?:the\s+)?presence\s+of\b[^.;]{0,80}\b(?:signed|exchanged)\b"
    r"|\b(?:signed|exchanged)\s+in\s+(?:the\s+)?presence\s+of\b",
    re.I,
)
# the unnamed witnesses of a ceremony: the two people of the encounter just told
PAIR = re.compile(r"\b(?:the\s+two|both)\s+(?:leaders|presidents|prime\s+ministers|ministers"
                  r"|heads\s+of\s+state|sides)\b", re.I)  # fmt: skip
# "A and B exchanged the documents", "C and D conducted the signing ceremony"
EXCHANGED = re.compile(
    r"\b(?:signed|exchanged|conducted)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:documents?"
    r"|agreements?|memorand\w+|mous?|accords?|instruments?|ceremony)\b",
    re.I,
)
# a later sentence of the ceremony: "The X agreement was signed by A and B", "the Y by C and D"
SIGNED_BY = re.compile(r"\b(?:was|were)\s+(?:also\s+)?(?:signed|inked|exchanged)\s+by\b", re.I)
ELLIPTIC_BY = re.compile(
    r"^(?:the|a|and\s+the)\s+(?:[\w&'’-]+\s+){0,12}?(?:agreement|memorandum|mou|accord|treaty"
    r"|protocol|declaration|programme|program|plan|deal|pact)\b[^.;]{0,120}?\bby\b",
    re.I,
)
# between the last word of a title and the name it stands before: "Budget & Planning, "
TITLE_TAIL = re.compile(r"(?:\s*&?\s*(?!and\b)[A-Za-z][\w'’-]*){0,4}\s*,\s*")
CEREMONY_SPAN = 4  # sentences a ceremony stays open


def tell_story(
    out: DocumentExtraction, views: list[SentenceView], text: str, published: str | None
) -> None:
    _drop_invitations(out, views, text)
    _drop_called_off(out, views)
    noun_encounters(out, views, text)
    told_at = _ceremonies(out, views)
    _dateline_dates(out.events, views)
    story_dates(out.events, views, published, told_at)


# -- at the invitation of X -------------------------------------------------------------
def _drop_invitations(out: DocumentExtraction, views: list[SentenceView], text: str) -> None:
    """ "X went to Y at the invitation of Z": Z asked for the trip; Z met X only where the
    text says so elsewhere in that sentence."""
    keep: list[ExtractedEvent] = []
    for ev in out.events:
        v = views[ev.sent]
        s = v.sentence
        spans = []
        for m in INVITATION.finditer(s.text):
            # the inviter: the first person named after the phrase (and one joined by "and")
            after = [p for p in v.people if p.start >= s.start + m.end()]
            if not after:
                continue
            end = after[0].end
            if len(after) > 1 and re.fullmatch(r"\s+and\s+", text[end : after[1].start]):
                end = after[1].end
            spans.append((s.start + m.start(), end))
        if spans:
            invited_only = {
                p.entity
                for p in v.people
                if p.entity is not None and any(b <= p.start < e for b, e in spans)
            } - {
                p.entity
                for p in v.people
                if p.entity is not None and not any(b <= p.start < e for b, e in spans)
            }
            ev.participants = [p for p in ev.participants if p.person not in invited_only]
        if len(ev.people()) >= 2 or (ev.people() and any(p.country for p in ev.participants)):
            keep.append(ev)
    out.events[:] = keep


# -- encounters called off ----------------------------------------------------------------
def _drop_called_off(out: DocumentExtraction, views: list[SentenceView]) -> None:
    """ "X cancelled her meeting with Y on Monday", "the talks between X and Y did not take
    place": an encounter that did not happen. "X met Y after Z cancelled his trip" keeps the
    encounter of X and Y, told before the cancellation."""
    keep = []
    for ev in out.events:
        v = views[ev.sent]
        m = CALLED_OFF.search(v.sentence.text)
        if m is None or "earlier-encounter" in ev.rule:
            keep.append(ev)
            continue
        at = v.sentence.start + m.start()
        told_after = any(p.entity in ev.people() and p.start >= at for p in v.people)
        if told_after or m.group("neg"):
            continue
        # "... after Z cancelled his trip": Z, the subject of the cancelling clause, met nobody
        conj = list(CONJUNCTION.finditer(v.sentence.text, 0, m.start()))
        if conj:
            lo = v.sentence.start + conj[-1].end()
            gone = {p.entity for p in v.people if lo <= p.start < at}
            ev.participants = [p for p in ev.participants if p.person not in gone]
        if len(ev.people()) >= 2:
            keep.append(ev)
    out.events[:] = keep


# -- a ceremony told over several sentences -------------------------------------------------
def _ceremonies(out: DocumentExtraction, views: list[SentenceView]) -> dict[int, int]:
    """ "A and B witnessed the signing of two agreements this afternoon. The first was signed
    by C and D. The second by E and F.": one signing encounter of A..F."""
    opened: ExtractedEvent | None = None
    opened_at = -10
    drop: list[int] = []
    told_at: dict[int, int] = {}  # id(event) -> the last sentence that told more of it
    for v in views:
        s = v.sentence
        here = [i for i, ev in enumerate(out.events) if ev.sent == s.index]
        if CEREMONY.search(s.text):
            witnesses: list[int | None] = [p.entity for p in v.people if p.entity is not None]
            if not witnesses and PAIR.search(s.text):
                told = [ev for ev in out.events if ev.sent < s.index and len(ev.people()) == 2]
                if told and s.index - told[-1].sent <= CEREMONY_SPAN:
                    witnesses = [*sorted(told[-1].people())]
            cer = next((out.events[i] for i in here if out.events[i].people()), None)
            # the leaders of the encounter just told witness it: the same encounter goes on
            told = [
                ev
                for ev in out.events
                if ev.sent < s.index
                and s.index - ev.sent <= CEREMONY_SPAN
                and witnesses
                and set(witnesses) <= ev.people()
            ]
            if cer is None and told:
                cer = told[-1]
            elif cer is None and len(set(witnesses)) >= 1:
                cer = _event_at(out, v, "signing", "signing:ceremony")
            if cer is not None:
                if cer.sent == s.index:
                    cer.kind = "signing" if cer.kind in ("meeting", "talks") else cer.kind
                _join(cer, witnesses)
                opened, opened_at = cer, s.index
                told_at[id(cer)] = s.index
            continue
        if opened is None or s.index - opened_at > CEREMONY_SPAN:
            opened = None
            continue
        by = SIGNED_BY.search(s.text) or ELLIPTIC_BY.search(s.text)
        swapped = EXCHANGED.search(s.text) if by is None else None
        if by is None and swapped is None:
            continue
        if by is not None:
            # the signers are named after "by"; capitalised words before it name the instrument
            signers = _signers(v, out, s.start + by.end())
        else:  # "A and B exchanged the documents": the people before the verb
            signers = [
                p.entity
                for p in v.people
                if p.entity is not None and p.start < s.start + swapped.start()  # type: ignore[union-attr]
            ]
        if not signers:
            continue
        for i in here:  # the signing told again in this sentence is the ceremony's
            if out.events[i] is not opened and out.events[i].kind == "signing":
                drop.append(i)
        _join(opened, signers)
        opened_at = told_at[id(opened)] = s.index
    out.events[:] = [ev for i, ev in enumerate(out.events) if i not in set(drop)]
    for ev in out.events:  # a ceremony of one witness and no signer is no encounter
        if ev.rule == "signing:ceremony" and len(ev.people()) < 2:
            ev.participants = []
    out.events[:] = [ev for ev in out.events if ev.participants]
    return told_at


def _signers(v: SentenceView, out: DocumentExtraction, at: int) -> list[int | None]:
    """The people of a ceremony sentence, without the tail of a title set before a name
    ("the Minister for Trade Policy, Jane Roe": "Policy" is no person)."""
    people = [p for p in v.people if p.entity is not None and p.start >= at]
    keep = []
    for p, nxt in zip(people, [*people[1:], None][: len(people)], strict=True):
        single = len(out.entities[p.entity].name.split()) == 1  # type: ignore[index]
        s0 = v.sentence.start
        gap = v.sentence.text[p.end - s0 : nxt.start - s0] if nxt else ""
        if single and nxt is not None and TITLE_TAIL.fullmatch(gap):
            continue
        keep.append(p.entity)
    return keep


def _event_at(out: DocumentExtraction, v: SentenceView, kind: str, rule: str) -> ExtractedEvent:
    s = v.sentence
    date = next((d for d in v.dates if d.value), None)
    ev = ExtractedEvent.told_in(s, kind=kind, rule=rule, date=date, confidence=0.75)
    out.events.append(ev)
    out.events.sort(key=lambda e: (e.sent, e.start))
    return ev


def _join(ev: ExtractedEvent, people: Sequence[int | None]) -> None:
    have = ev.people()
    for p in people:
        if p is not None and p not in have:
            ev.participants.append(Participant(person=p))
            have.add(p)


def sign_ceremony(out: DocumentExtraction, views: list[SentenceView]) -> None:
    """ "The security pact was signed by A and B": A and B are the pact's signatories."""
    for ag in out.agreements:
        if ag.signatories:
            continue
        v = next((v for v in views if v.sentence.start <= ag.start < v.sentence.end), None)
        if v is None:
            continue
        s = v.sentence
        by = SIGNED_BY.search(s.text) or ELLIPTIC_BY.search(s.text)
        if by is None:
            continue
        at = s.start + by.end()
        ag.signatories = [p.entity for p in v.people if p.entity is not None and p.start >= at]


# -- a dateline's date ---------------------------------------------------------------------
def _dateline_dates(events: list[ExtractedEvent], views: list[SentenceView]) -> None:
    """ "Dakar, March 9 (Agency): X received Y on Friday": the dateline dates the report; the
    encounter's day is the one the sentence states."""
    for ev in events:
        v = views[ev.sent]
        s = v.sentence
        head = DATELINE_HEAD.match(s.text)
        if head is None or ev.date_source != "sentence" or s.index > 4:
            continue
        cut = s.start + head.end()
        inside = [d for d in v.dates if d.start < cut and d.value]
        outside = [d for d in v.dates if d.start >= cut and d.value and d.precision == "day"]
        if inside and outside and ev.date == inside[0].value and outside[0].value != ev.date:
            ev.date, ev.date_precision = outside[0].value, outside[0].precision


# -- the story's day --------------------------------------------------------------------
def story_dates(
    events: list[ExtractedEvent],
    views: list[SentenceView],
    published: str | None,
    told_at: dict[int, int] | None = None,
) -> None:
    """Encounters told without a day of their own take the story's current day (see
    ingest/story_state.py); the rest are left to the fallbacks in ingest/extract.py. An
    encounter told over several sentences (a ceremony) is dated at the last of them."""
    state = StoryState(published=published)
    by_sent: dict[int, list[ExtractedEvent]] = {}
    for ev in events:
        by_sent.setdefault((told_at or {}).get(id(ev), ev.sent), []).append(ev)
    for v in views:
        s = v.sentence
        here = sorted(by_sent.get(s.index, []), key=lambda e: e.start)
        own = next(
            (
                ev
                for ev in here
                if ev.date_source == "sentence" and "earlier" not in ev.rule and ev.date
            ),
            None,
        )
        own_ref = None
        if own is not None:
            own_ref = next((d for d in v.dates if d.value == own.date), None)
            if own_ref is None:
                own_ref = _ref(own)
        people = {p.entity for p in v.people if p.entity is not None}
        state.observe_dateline(s.index, [d for d in v.dates if d.start < s.start])
        body = [d for d in v.dates if d.start >= s.start]
        told = state.day.value if state.day and state.day.source == "story" else None
        if not arrival_before(s.text, here, body, told):  # not before a dateline's day
            state.observe(s.index, s.text, body, people, own_ref)
        for ev in here:
            if ev.date_source != "none" or ev.date:
                continue
            day = state.day_for(s.text, ev.people())
            if day is None:
                continue
            ev.date, ev.date_precision = day.value, day.precision  # type: ignore[assignment]
            ev.date_source = "story" if day.source == "story" else "stamp"
            ev.rule = f"{ev.rule}|story-day"
            ev.confidence = min(ev.confidence, 0.8 if day.source == "story" else 0.7)
            if day.source == "story":
                state.protagonists |= ev.people()


def _ref(ev: ExtractedEvent):  # type: ignore[no-untyped-def]
    from ingest.dates import DateRef

    return DateRef(
        start=ev.start,
        end=ev.start,
        text="",
        value=ev.date,
        precision=ev.date_precision,
        kind="explicit",
    )
