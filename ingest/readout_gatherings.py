"""Two more habits of government readouts (wired in ingest/extract.py after the discourse
step, before the events are dated from their context):

- `joint_appearances`: two named people who do one thing together that only an encounter
  allows: "A and his counterpart B addressed a joint press conference", "A and B co-chaired
  the session", "A and B attended the review of the Joint Commission" (a bilateral body
  meets with both of them there). One meeting of the two, unless it is told already.
- `attendance`: "In attendance at the ceremony was C", "Also present were C and D", "The
  talks were also attended by C", "C was also in attendance", "Attending the talks were C and
  D", "the host side was represented by C": C joins the encounters of the sentence just
  before that told some (a ceremony with several envoys: each of them). An article that
  opens with what was said at "the meeting" and names its attendees before the principals
  ("The meeting was attended by C and D. A was received by B") lets them join the first
  encounter told in the next sentences; the attendees are then no encounter of their own.
- `travel_purpose`: "Minister A and his delegation, including B, travelled to Suva to attend
  the Leaders meeting": the meeting is why they travelled; travelling together is no
  encounter of A with B (an encounter told with someone named after the meeting stays).
  Likewise "A and B are accompanying C on his visit", "A is part of the delegation
  accompanying C": the companions travel with C; the sentence tells no encounter."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.dates import compatible
from ingest.press_clauses import BACKGROUND
from ingest.schema import DocumentExtraction, ExtractedEvent, Participant, PersonMention

if TYPE_CHECKING:
    from ingest.events import SentenceView

# what two people do together at one place and time
JOINT = re.compile(
    r"\b(?:jointly\s+)?(?:addressed|held|gave|hosted|fielded\s+questions\s+at)\s+(?:a|the|their)\s+"
    r"(?:joint\s+)?(?:press|news|media)\s+(?:conference|briefing|availability)\b"
    r"|\bco-?(?:chaired|presided(?:\s+over)?|hosted)\b"
    r"|\battended\s+(?:the|a)\s+[^.;]{0,90}?\b(?:Joint|Bi-?[Nn]ational|Bilateral|Intergovernmental)"
    r"\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Commission|Committee|Council|Consultations|Dialogue)\b",
)
# what may stand between the two names: "A and his Rwandan counterpart B", "A and Minister B"
JOINED = re.compile(
    r"^\s*,?\s*and\s+(?:(?:his|her|their)\s+)?(?:[\w’'-]+\s+){0,4}?$",
)
# what may stand between the second name and the verb: ", respectively," or nothing
BEFORE_VERB = re.compile(r"^[\s,]*(?:(?:have|had|has|also|both|together)\s+)*$")

ATTEND_AFTER = re.compile(
    r"^(?:also\s+)?(?:in\s+attendance|present|attending)\b[^.;]{0,60}?\b(?:was|were)\s+"
    r"|\b(?:was|were)\s+(?:also\s+)?attended\s+by\s+"
    # "the delegation at the talks comprised C and D", "the minister was assisted by C and D"
    r"|\bdelegation\s+(?:at|in|to)\s+the\s+(?:talks|meeting|consultations)\s+(?:also\s+)?"
    r"(?:constituted|comprised|included|consisted\s+of|was\s+made\s+up\s+of)\s+"
    r"|\b(?:was|were)\s+(?:also\s+)?(?:assisted|flanked)\s+by\s+"
    # "The host side was represented by C": C sat at the table of the encounter just told
    r"|\b(?:side|delegation)\s+(?:was|were)\s+(?:also\s+)?represented\s+by\s+",
    re.I,
)
# the list speaks of the encounter told earlier: "at the talks", "in the meeting"
AT_THE = re.compile(r"\b(?:at|in|during)\s+the\s+(?:talks|meeting|consultations)\b", re.I)
FAR = 8  # sentences back to the encounter such a list speaks of
ATTEND_BEFORE = re.compile(r"\b(?:was|were)\s+(?:also\s+)?(?:in\s+attendance|present)\b", re.I)
# a meeting told as having happened needs no future or wish around the attendee
UNREAL = re.compile(r"\b(?:will|would|is to|are to|expected|scheduled|invited)\b", re.I)
LOOKBACK = 3
# "The meeting was attended by": a definite encounter the article speaks of
THE_ENCOUNTER = re.compile(
    r"\b[Tt]he\s+(?:meeting|talks|discussions|summit|audience|ceremony)\s+(?:was|were)\s+"
    r"(?:also\s+)?attended\s+by\b"
)
# "went ahead to X to join the ... meeting": what the travellers set out to attend
TRAVEL_TO_JOIN = re.compile(
    r"\b(?:went|go|goes|travell?ed|travels|flew|flies|left|departed|departs|headed|heads)\b"
    r"[^.;]{0,80}?\bto\s+(?:join|attend|participate\s+in|take\s+part\s+in)\s+(?:the|a|an)\b",
    re.I,
)


def joint_appearances(out: DocumentExtraction, views: list[SentenceView]) -> None:
    for v in views:
        s = v.sentence
        m = JOINT.search(s.text)
        if m is None:
            continue
        verb = s.start + m.start()
        named = [p for p in v.people if p.entity is not None and p.kind == "name"]
        named = [p for p in named if p.start < verb]
        pair = _joined_pair(s.text, s.start, named, verb)
        if pair is None:
            continue
        a, b = pair
        dates = [d for d in v.dates if d.value and not d.text.lower().startswith("since")]
        date = dates[0] if dates else None
        if any(
            {a.entity, b.entity} <= ev.people()
            and (not date or not ev.date or compatible(ev.date, date.value))
            for ev in out.events
        ):
            continue  # told already
        assert a.entity is not None and b.entity is not None
        out.events.append(
            ExtractedEvent.told_in(
                s,
                kind="meeting",
                rule="meeting:joint-appearance",
                date=date,
                confidence=0.75,
                participants=[Participant(person=a.entity), Participant(person=b.entity)],
            )
        )


def _joined_pair(
    text: str, offset: int, named: list[PersonMention], verb: int
) -> tuple[PersonMention, PersonMention] | None:
    """The last two names before the verb when they are its coordinated subject."""
    people = [p for p in named if p.entity is not None]
    if len(people) < 2:
        return None
    a, b = people[-2], people[-1]
    if a.entity == b.entity:
        return None
    between = text[a.end - offset : b.start - offset]
    after = text[b.end - offset : verb - offset]
    if not JOINED.match(between) or not BEFORE_VERB.match(after):
        return None
    return a, b


def attendance(out: DocumentExtraction, views: list[SentenceView]) -> None:
    last: tuple[int, list[ExtractedEvent]] = (-10, [])  # the list just read and its encounters
    for v in views:
        s = v.sentence
        if UNREAL.search(s.text):
            continue
        attendees = _attendees(v)
        if not attendees:
            continue
        told = _told_before(out.events, s.index, views)
        if not told and THE_ENCOUNTER.search(s.text) and not _any_before(out.events, s.index):
            told = _told_after(out.events, s.index)
            if told:  # the attendees' own "encounter" was only this list
                out.events = [
                    ev
                    for ev in out.events
                    if ev.sent != s.index or not ev.people() <= {p.entity for p in attendees}
                ]
        if not told and AT_THE.search(s.text):  # "the delegation at the talks comprised"
            told = _told_before(out.events, s.index, views, FAR)
        chained = not told and last[0] == s.index - 1  # a second list right after the first
        if chained:
            told = [ev for ev in last[1] if ev in out.events]
        if not told or (not chained and _other_gathering(views, told, s.index)):
            continue
        last = (s.index, told)
        for ev in told:
            for p in attendees:
                if p.entity not in ev.people():
                    ev.participants.append(Participant(person=p.entity, role="participant"))


def _attendees(v: SentenceView) -> list[PersonMention]:
    s = v.sentence
    named = [p for p in v.people if p.entity is not None and p.kind == "name"]
    m = ATTEND_AFTER.search(s.text)
    if m is not None:
        at = s.start + m.end()
        return [p for p in named if p.start >= at]
    m = ATTEND_BEFORE.search(s.text)
    if m is not None:
        at = s.start + m.start()
        return [p for p in named if p.start < at]
    return []


def _other_gathering(views: list[SentenceView], told: list[ExtractedEvent], index: int) -> bool:
    """A sentence between the encounter told and the attendance list names other people
    ("A and B held talks. C and D arrived to take part in the talks. Also attending were E"):
    the list may belong to that other gathering; it joins neither."""
    people = {e for ev in told for e in ev.people()}
    between = [v for v in views if told[0].sent < v.sentence.index < index]
    return any(p.entity not in people for v in between for p in v.people if p.entity is not None)


def _any_before(events: list[ExtractedEvent], index: int) -> bool:
    return any(ev.sent < index for ev in events)


def _told_after(events: list[ExtractedEvent], index: int) -> list[ExtractedEvent]:
    """The encounters of the closest sentence after `index` that told any (not calls)."""
    for ahead in range(1, LOOKBACK + 1):
        here = [ev for ev in events if ev.sent == index + ahead and ev.kind != "call"]
        if here:
            return here
    return []


def _told_before(
    events: list[ExtractedEvent],
    index: int,
    views: list[SentenceView],
    lookback: int = LOOKBACK,
) -> list[ExtractedEvent]:
    """The encounters of the closest sentence before `index` that told any (not calls, not
    a background sentence: "The meeting comes days after A met B")."""
    for back in range(1, lookback + 1):
        k = index - back
        if k >= 0 and BACKGROUND.match(views[k].sentence.text):
            continue
        here = [ev for ev in events if ev.sent == k and ev.kind != "call"]
        if here:
            return here
    return []


# "A and B are accompanying C", "A is part of the delegation accompanying C"
ACCOMPANYING = re.compile(
    r"\b(?:is|are|was|were)\s+(?:also\s+)?(?:part\s+of\s+(?:the|a|his|her)\s+(?:[\w-]+\s+)?"
    r"delegation\s+)?accompanying\b",
    re.I,
)
# what an encounter of its own would need in the same sentence
OTHER_ENCOUNTER = re.compile(
    r"\b(?:met|meets|held|holds|talks|discuss\w*|received|receives|welcomed|hosted|called\s+on"
    r"|signed|audience)\b",
    re.I,
)


def _companions_only(text: str) -> bool:
    """The sentence only says who travels with a visitor."""
    m = ACCOMPANYING.search(text)
    return m is not None and not OTHER_ENCOUNTER.search(text[: m.start()] + text[m.end() :])


def travel_purpose(out: DocumentExtraction, views: list[SentenceView]) -> None:
    keep = []
    for ev in out.events:
        v = views[ev.sent] if 0 <= ev.sent < len(views) else None
        if v is not None and _companions_only(v.sentence.text):
            continue
        m = TRAVEL_TO_JOIN.search(v.sentence.text) if v is not None else None
        if v is None or m is None:
            keep.append(ev)
            continue
        verb = v.sentence.start + m.start()
        # every participant is a traveller: named before the travel verb, never after it
        after = {p.entity for p in v.people if p.start >= verb}
        before = {p.entity for p in v.people if p.start < verb}
        if ev.people() <= before and not ev.people() & after:
            continue
        keep.append(ev)
    out.events = keep
