"""A full name told once is the same person wherever it is written again.

The name chunker reads each sentence alone, so a long name it accepted with a title ("the
Head of State of Samoa, A B C D II") can be missed where it comes back bare ("welcomed A B C D
II and the First Lady"). After coreference this step adds a mention for every verbatim repeat
of an entity's name (two words or more) that no mention covers yet."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.schema import DocumentExtraction, PersonMention

if TYPE_CHECKING:
    from ingest.events import SentenceView


def repeat_known_names(out: DocumentExtraction, views: list[SentenceView]) -> None:
    names = []
    for ent in out.entities:
        for name in {ent.name, *ent.aliases}:
            if len(name.split()) >= 2:
                names.append((name, ent.index))
    if not names:
        return
    names.sort(key=lambda x: -len(x[0]))  # the longest name first
    for v in views:
        s = v.sentence
        taken = [(p.start, p.end) for p in v.people]
        added = False
        for name, idx in names:
            pat = re.compile(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w’'-])")
            for m in pat.finditer(s.text):
                b, e = s.start + m.start(), s.start + m.end()
                if any(b < te and tb < e for tb, te in taken):
                    continue
                mention = PersonMention(start=b, end=e, sent=s.index, name=name, entity=idx)
                out.people.append(mention)
                out.entities[idx].mentions.append(len(out.people) - 1)
                v.people.append(mention)
                taken.append((b, e))
                added = True
        if added:
            v.people.sort(key=lambda p: p.start)
