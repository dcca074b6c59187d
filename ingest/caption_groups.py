"""Photo captions that show who was at an encounter the article tells.

"President A with Senator B, Ambassador C and Minister D at State House on 18 August" has no
verb: a caption. It tells no encounter by itself (captions of other events sit on pages
too), but when the article tells an encounter of at least two of its people (on a compatible
day), the others shown with them were there: they join it. Wired in ingest/extract.py after
the attendance lists."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.dates import compatible
from ingest.schema import DocumentExtraction, Participant

if TYPE_CHECKING:
    from ingest.events import SentenceView

# "... A with B, C and D": the first name, then "with"
WITH = re.compile(r"^\s*(?:[\w.'’-]+\s+){1,8}?with\s+", re.I)
# any verb makes it a sentence, not a caption
VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|did|does|do|met|meets|held|holds"
    r"|hosted|hosts|received|receives|said|says|discussed|signed|visited|called|spoke|talks"
    r"|paid|pays|welcomed|arrived|attended|joined|shook|poses?|posed|waves?|waved|greets?"
    r"|greeted|addressed|chaired|led|took|gave|made|agreed|[a-z]+ed\s+(?:by|to|on|with))\b",
    re.I,
)


def caption_groups(out: DocumentExtraction, views: list[SentenceView]) -> None:
    for v in views:
        s = v.sentence
        m = WITH.match(s.text)
        named = [p for p in v.people if p.entity is not None and p.kind == "name"]
        if m is None or len({p.entity for p in named}) < 3 or VERB.search(s.text):
            continue
        first = named[0]
        if first.start - s.start >= m.end():
            continue  # the text before "with" must hold the first person shown
        shown = list(dict.fromkeys(p.entity for p in named))
        day = next((d.value for d in v.dates if d.value), None)
        for ev in out.events:
            if len(ev.people() & set(shown)) < 2:
                continue
            if day and ev.date and not compatible(ev.date, day):
                continue
            for ent in shown:
                if ent not in ev.people():
                    ev.participants.append(Participant(person=ent, role="participant"))
