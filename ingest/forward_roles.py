"""Roles told before the name (wired in ingest/extract.py right after coreference).

Readouts often name a guest by role first and by name only in the next sentence: "The
Prime Minister welcomed his Ruritanian counterpart to the Palace. Ana Kolo inspected the
guard of honour." Coreference (ingest/coref.py) looks backwards only, so the role stays
unresolved and the welcome is lost. Here an unresolved role with a country ("his Ruritanian
counterpart", "the Ruritanian prime minister") takes the person the next sentences introduce
first, when nothing about that person contradicts the role: no other country, no other
office. Once that person's country is known, a later unresolved role of the same country
("The Ruritanian prime minister then met ...") is that person too, when the article has
named no one else of that country.

A lead that sums up ("... where he met his Ruritanian counterpart") and a later sentence
that tells the same encounter with its own day are one encounter: `drop_summaries` drops
the lead's copy (`name_roles_ahead` returns the roles it named, sentence and person)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.coref import title_key

if TYPE_CHECKING:
    from ingest.events import SentenceView
    from ingest.schema import DocumentExtraction, PersonMention

AHEAD = 2  # sentences after the role in which its name may come
# roles that fit any office: "the Zambian leader", "his Ruritanian counterpart"
ANY_OFFICE = {"counterpart", "leader", "statesman", "head of state", "head of government"}
OF_COUNTRY = re.compile(r"^\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?$")


def name_roles_ahead(out: DocumentExtraction, views: list[SentenceView]) -> set[tuple[int, int]]:
    named: set[tuple[int, int]] = set()
    for k, v in enumerate(views):
        for role in v.people:
            if role.kind != "role" or role.entity is not None or not role.country:
                continue
            who = _introduced_after(out, views, k, role) or _only_one_of(out, role)
            if who is None:
                continue
            ent = out.entities[who]
            role.entity = who
            named.add((k, who))
            ent.country = ent.country or role.country
            if role.role and role.role not in ANY_OFFICE and not ent.titles:
                ent.titles = [role.role.title()]
    return named


def drop_summaries(out: DocumentExtraction, named: set[tuple[int, int]]) -> None:
    """An encounter made through a role named ahead, told again later by name: the later."""
    keep = []
    for ev in out.events:
        ahead = any((ev.sent, e) in named for e in ev.people())
        if ahead and any(
            o is not ev and o.sent > ev.sent and ev.people() <= o.people() for o in out.events
        ):
            continue
        keep.append(ev)
    out.events = keep


def countries_after_names(views: list[SentenceView], text: str) -> None:
    """ "President A B of Ruritania": a titled name with no country acts for that one (run
    before coreference, so that "the Ruritanian leader" later finds A B)."""
    for v in views:
        for p in v.people:
            if p.kind != "name" or p.country or not p.titles:
                continue
            for start, code in v.countries:
                if OF_COUNTRY.match(text[p.end : start]):
                    p.country = code
                    break


def _introduced_after(
    out: DocumentExtraction, views: list[SentenceView], k: int, role: PersonMention
) -> int | None:
    for v in views[k + 1 : k + 1 + AHEAD]:
        names = [p for p in v.people if p.kind == "name" and p.entity is not None]
        if not names:
            continue
        first = names[0]
        assert first.entity is not None
        seen_before = any(p.entity == first.entity and p.start < role.start for p in out.people)
        if seen_before or not _fits(out, first.entity, role):
            return None
        return first.entity
    return None


def _only_one_of(out: DocumentExtraction, role: PersonMention) -> int | None:
    """The one person of the role's country named before it, when it fits the role."""
    before = {
        p.entity
        for p in out.people
        if p.entity is not None and p.start < role.start and p.kind == "name"
    }
    same = [e for e in before if out.entities[e].country == role.country]
    if len(same) != 1 or not _fits(out, same[0], role):
        return None
    return same[0]


def _fits(out: DocumentExtraction, entity: int, role: PersonMention) -> bool:
    ent = out.entities[entity]
    if ent.country and ent.country != role.country:
        return False
    if role.role and role.role not in ANY_OFFICE and ent.titles:
        want = title_key(role.role)
        return any(want in title_key(t) for t in ent.titles)
    return True
