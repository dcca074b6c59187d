"""One signing ceremony told over several sentences is one encounter.

"The accords were signed in the presence of A and B. ... The first was signed by C and D,
the second by E and F.": the witnesses and every pair of signers are at the one ceremony,
so a signing that follows another within a few sentences and states no day of its own
joins it (conventions: the leaders who witness a signing as well as the ministers who sign
are its participants). A signing that states its own day stays apart."""

from __future__ import annotations

from ingest.schema import DocumentExtraction, ExtractedEvent, Participant

NEAR = 4  # sentences between the ceremony and a later "signed by" sentence
WEAK = ("publication", "none")


def _weak(ev: ExtractedEvent) -> bool:
    return ev.date is None or ev.date_source in WEAK


def _fits(first: ExtractedEvent, reach: int, later: ExtractedEvent) -> bool:
    if later.sent - reach > NEAR:
        return False
    return _weak(later)


def join_signings(out: DocumentExtraction) -> None:
    """Fold each signing into the nearest earlier signing of the same ceremony (run after
    the events are dated and before agreements point at events by index)."""
    kept: list[ExtractedEvent] = []
    last: ExtractedEvent | None = None
    reach = 0  # the ceremony's last sentence so far: the next "signed by" may follow it
    for ev in sorted(out.events, key=lambda e: (e.sent, e.start)):
        if ev.kind != "signing":
            kept.append(ev)
            continue
        if last is not None and _fits(last, reach, ev):
            have = last.people()
            for p in ev.participants:
                if p.person is not None and p.person not in have:
                    last.participants.append(Participant(person=p.person, role=p.role))
                    have.add(p.person)
            if _weak(last) and not _weak(ev):
                last.date, last.date_precision = ev.date, ev.date_precision
                last.date_source = ev.date_source
            reach = ev.sent
            continue
        kept.append(ev)
        last, reach = ev, ev.sent
    out.events = kept
