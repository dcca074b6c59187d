"""In-document coreference: name mentions and role mentions -> one PersonEntity per person.

- a fuller name and its shorter forms ("X Y", "Y", "Gen X") are one person when compatible
  (ingest/names.py); with several candidates the most recently mentioned wins;
- a role mention ("the president", "Country's Interior Minister", "his Ruritanian
  counterpart", "the Ruritanian minister") is the person introduced with that title / country;
  an unresolvable role mention is dropped, never turned into a person."""

from __future__ import annotations

import re

from graph.model import fold
from ingest.names import compatible, fullness, given_name_only, parse_name, single_matches
from ingest.schema import PersonEntity, PersonMention

_DROP = re.compile(r"\b(?:federal|union|the|his|her|their|its)\b")
GENERIC_HEADS = {
    "minister",
    "president",
    "secretary",
    "chief",
    "commander",
    "director",
    "speaker",
    "chairman",
    "king",
    "prince",
    "ambassador",
    "envoy",
    "governor",
}


def title_key(title: str) -> str:
    """Comparable form of a title: "Minister for Interior of Ruritania" and "Federal Interior
    Minister" both become "interior minister"."""
    t = _DROP.sub(" ", fold(title))
    t = (
        re.sub(r"\s+of\s+(?:the\s+)?[a-z' ]+$", "", t)
        if re.match(r"^(king|queen|emir|sultan|president|prime minister)\b", t.strip())
        else t
    )
    m = re.match(
        r"^\s*(deputy |vice |state )?minister (?:for|of) (?:the )?(.+?)(?: of [a-z ]+)?$", t
    )
    if m:
        t = f"{m.group(1) or ''}{m.group(2)} minister"
    return re.sub(r"\s+", " ", t).strip()


# "the visiting Head of State": the offices that head a state or a government
_HEADS_OF = {
    "head of state": {"president", "king", "queen", "emir", "amir", "sultan", "emperor"},
    "head of government": {"prime minister", "premier", "chancellor"},
}


def _role_matches(role: str, titles: list[str]) -> bool:
    rk = title_key(role)
    for t in titles:
        tk = title_key(t)
        if tk == rk:
            return True
        heads = _HEADS_OF.get(rk, set())
        if any(tk == h or tk.endswith(" " + h) for h in heads) and not tk.startswith(
            ("deputy", "vice", "former")
        ):
            return True
        if (
            rk in GENERIC_HEADS
            and tk.split()[-1:] == [rk]
            and not tk.startswith(("deputy", "vice"))
        ):
            return True
        if rk.endswith(" minister") and tk.endswith(" minister") and rk.split()[0] in tk.split():
            return not tk.startswith(("deputy", "vice")) or rk.startswith(("deputy", "vice"))
    return False


def resolve_people(mentions: list[PersonMention]) -> list[PersonEntity]:
    entities: list[PersonEntity] = []
    last_seen: dict[int, int] = {}  # entity -> position of its latest mention
    last_sent: dict[int, int] = {}  # entity -> sentence of its latest mention

    def add(e: PersonEntity, m_index: int, m: PersonMention) -> None:
        m.entity = e.index
        e.mentions.append(m_index)
        last_seen[e.index] = m.start
        last_sent[e.index] = m.sent
        for t in m.titles:
            if t and t not in e.titles:
                e.titles.append(t)
        if m.country and not e.country:
            e.country = m.country
        if m.org and m.org not in e.orgs:
            e.orgs.append(m.org)
        e.confidence = max(e.confidence, m.confidence)

    for idx, m in enumerate(mentions):
        if m.kind == "name":
            cands = [
                e
                for e in entities
                if _name_fits(m, e) and not (m.country and e.country and m.country != e.country)
            ]
            if cands and m.titles:
                # "President X" among two people named X: the one holding that office
                titled = [c for c in cands if _role_matches(m.titles[0], c.titles)]
                cands = titled or cands
            if cands:
                e = max(cands, key=lambda c: last_seen[c.index])
                add(e, idx, m)
                if fullness(m.name) > fullness(e.name):
                    e.aliases.append(e.name)
                    e.name = m.name
                elif m.name != e.name and m.name not in e.aliases and len(cands) == 1:
                    # a surname two people of the text share ("Biden" of two Bidens) is no
                    # alias of either: it would merge them across documents
                    e.aliases.append(m.name)
                e.aliases = [a for a in e.aliases if not given_name_only(a, e.name)]
                continue
            if m.tentative:
                continue  # a lone capitalised word that names nobody seen before
            e = PersonEntity(index=len(entities), name=m.name, confidence=m.confidence)
            entities.append(e)
            add(e, idx, m)
            continue
        # role mentions
        target = _role_target(m, entities, last_seen, last_sent)
        if target is not None:
            e = target
            m.entity = e.index
            e.mentions.append(idx)
            last_seen[e.index] = m.start
    _counterpart_titles(mentions, entities)
    return entities


def _counterpart_titles(mentions: list[PersonMention], entities: list[PersonEntity]) -> None:
    """ "X, Ruritania's foreign minister, met his Utopian counterpart Y": Y holds X's office."""
    for k, m in enumerate(mentions):
        if m.kind != "name" or m.role != "counterpart" or m.entity is None:
            continue
        before = [p for p in mentions[:k] if p.sent == m.sent and p.entity not in (None, m.entity)]
        if not before:
            continue
        other = entities[before[0].entity]  # type: ignore[index]
        mine = entities[m.entity]
        if other.titles and not mine.titles:
            mine.titles.append(other.titles[0])


def _name_fits(m: PersonMention, e: PersonEntity) -> bool:
    p = parse_name(m.name)
    if len(p.tokens) == 1:
        full = parse_name(e.name).tokens
        if len(full) > 1 and p.tokens[0] == full[-1] + "s":
            return True  # "the Okafors' meeting": a plural possessive of the surname
        # a given name alone refers back only with an honorific ("Gen X"), a surname always
        return single_matches(p.tokens[0], parse_name(e.name), given_ok=bool(m.honorifics) or True)
    return compatible(m.name, e.name)


def _former(title: str) -> bool:
    return title.lower().startswith(("former ", "ex-", "late "))


def _role_target(
    m: PersonMention,
    entities: list[PersonEntity],
    last_seen: dict[int, int],
    last_sent: dict[int, int] | None = None,
) -> PersonEntity | None:
    """With a country ("the Ruritanian minister") only that country's people qualify; a sole
    person of that country is the referent even without a recorded title. "President A hosted
    a lunch for the President": a person just named in the same sentence is not who a bare
    role names when another holder of that title was told before."""
    if m.country:
        pool = [e for e in entities if e.country == m.country]
        if m.role != "counterpart" and len(pool) > 1:
            pool = [e for e in pool if m.role and _role_matches(m.role, e.titles)] or pool
    else:
        if m.role == "counterpart" or not m.role:
            return None
        pool = [e for e in entities if _role_matches(m.role, e.titles)]
    if not pool:
        return None
    # "the President" after "former President A" and "President B": the one in office
    pool = [e for e in pool if not e.titles or not all(_former(t) for t in e.titles)] or pool
    if last_sent is not None and not m.country and len(pool) > 1:
        pool = [e for e in pool if last_sent.get(e.index) != m.sent] or pool
    return max(pool, key=lambda c: last_seen[c.index])
