"""The day of an encounter told in the sentence after it (wired in ingest/extract.py before
the events are dated from their context, which looks only backwards).

"A held discussions with B. During the meeting, which took place yesterday in the capital,
the two sides ..." / "The talks were held on Monday at the Palace.": a sentence that refers
back to the encounter just told ("the meeting", "the talks") and says when it took place
gives that encounter its day; so does a sentence right after a two-person encounter that
opens with its day and "they" ("On 17 May, they witnessed ...")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.events import SentenceView
    from ingest.schema import DocumentExtraction

FOLLOWUP = re.compile(
    r"^(?:(?:during|at|in)\s+)?(?:the|this|that|their)\s+(?:bilateral\s+|official\s+)?"
    r"(?:meeting|talks|discussions?|audience|courtesy\s+(?:call|visit)|call-on|encounter)\b"
    r"[^.;]{0,30}?\b(?:took\s+place|was\s+held|were\s+held|happened|was\s+hosted)\b",
    re.I,
)
# "A exchanged views with B. On 17 May, they jointly witnessed ...": the two just told,
# dated by the next sentence's opening
THEY_ON = re.compile(
    r"^On\s+[^,;.]{3,30},\s+(?:they|the\s+two(?:\s+\w+)?|both(?:\s+leaders|\s+sides)?)\s",
    re.I,
)
AHEAD = 2


def date_from_followup(out: DocumentExtraction, views: list[SentenceView]) -> None:
    for ev in out.events:
        if ev.date is not None:
            continue
        for v in views[ev.sent + 1 : ev.sent + 1 + AHEAD]:
            text = v.sentence.text.strip()
            m = FOLLOWUP.match(text)
            if m is None and v.sentence.index == ev.sent + 1:
                m = THEY_ON.match(text)
                if m is not None and len(ev.people()) != 2:
                    m = None  # "they" is the pair just told
            if m is None:
                continue
            dates = [d for d in v.dates if d.value and not d.text.lower().startswith("since")]
            if dates:
                d = dates[0]
                ev.date, ev.date_precision, ev.date_source = d.value, d.precision, "sentence"
            break
