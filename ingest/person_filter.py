"""A last sanity pass over the people of one document, between extract() and resolve().

The rule-based extractor sometimes takes a capitalised phrase for a person: a country in one of
its official forms ("Republic of Korea"), a demonym, a city, an institution or treaty phrase
made of ordinary words ("Strategic Partnership"), a bare suffix ("Jr.") or an initial. Such a
"person" then makes false meeting pairs. This pass drops them (a country becomes a Country
participant of its events instead), folds a lone given name into the one fuller person of the
same document that starts with it, joins "Given I. Surname" names the finder split at the
initial, and renumbers what is left so that entity indexes stay positions. It is deliberately
conservative: only whole names that match a closed list are dropped, so a real person's name is
never touched."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry

from graph.model import fold
from ingest.article import Article
from ingest.company_lists import in_company_list
from ingest.lexicon import lexicon
from ingest.misread_people import misread_people
from ingest.name_words import HEAD_TITLES, ordinary_words
from ingest.schema import (
    DocumentExtraction,
    ExtractedEvent,
    Participant,
    PersonEntity,
)

_WORDS_FILE = Path(__file__).parent / "lexicons" / "non_name_words.txt"
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v", "esq", "phd"}
# last words that make a capitalised phrase a place or a body, never a person
_PLACE_TAILS = {
    "city", "glacier", "creek", "mountains", "islands", "peninsula", "strait", "canal",
    "corridor", "relations", "friendship", "states", "community", "groups", "policy",
    "abroad", "diaspora",
}  # fmt: skip
_INSTRUMENTS = {"mou", "mous", "moa", "moas", "moc", "mocs", "loi"}
_STORMS = {"cyclone", "hurricane", "typhoon", "storm", "tropical"}
# "Nine Heads (of Mission)", "Four Envoys": a counted group, never a person's name
_NUMBERS = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
}  # fmt: skip
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def _key(text: str) -> str:
    """Folded, punctuation-free form used for every comparison."""
    return " ".join(_TOKEN.findall(fold(text)))


@lru_cache(maxsize=1)
def non_name_words() -> frozenset[str]:
    lines = _WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(_key(w) for w in lines if w.strip() and not w.startswith("#"))


def _country_forms(value: str) -> list[str]:
    """A pycountry name plus its natural order: "Korea, Republic of" -> "Republic of Korea"."""
    forms = [value]
    if "," in value:
        head, _, rest = value.partition(",")
        rest = rest.strip()
        forms.append(f"{rest} {head}" if rest.lower().endswith((" of", " of the")) else head)
    return forms + [f[4:] for f in forms if f.lower().startswith("the ")]


@lru_cache(maxsize=1)
def place_names() -> dict[str, str | None]:
    """Folded country, territory, demonym and city names -> ISO code of the country (or None
    for a city: a city is not a participant)."""
    out: dict[str, str | None] = {}
    lex = lexicon()
    for city in lex.cities:
        out[_key(city)] = None
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            for form in _country_forms(value) if value else []:
                out[_key(form)] = c.alpha_2
    for name, code in lex.countries.items():
        out[_key(name)] = code
    for name, code in lex.demonyms.items():
        out[_key(name)] = code
        out[_key(name) + "s"] = code  # "Americans"
    out.pop("", None)
    return out


def _pairs(name: str) -> list[list[str]]:
    """The parts of hyphenated words: "India-Angola" -> [["india", "angola"]]."""
    return [[_key(w) for w in tok.split("-")] for tok in name.split() if "-" in tok]


@dataclass(frozen=True)
class Verdict:
    keep: bool
    reason: str = ""
    country: str | None = None  # a dropped country name becomes this Country participant


def judge(name: str) -> Verdict:
    """Is this entity name a person's name? Only whole-name matches are rejected."""
    key = _key(name)
    tokens = key.split()
    if not tokens:
        return Verdict(False, "empty")
    if all(t in _SUFFIXES or len(t) == 1 for t in tokens):
        return Verdict(False, "suffix or initial")
    if key in place_names():
        return Verdict(False, "place", place_names()[key])
    if key in _INSTRUMENTS:
        return Verdict(False, "instrument")  # "one MoU was signed": a document, not a person
    if tokens[0] in _STORMS:
        return Verdict(False, "storm")  # "Cyclone Pam": a weather system's given name
    if tokens[0] in _NUMBERS or tokens[0].isdigit():
        return Verdict(False, "counted group")
    if tokens[-1] in _PLACE_TAILS:
        return Verdict(False, "city name")  # "York City", "Sir Creek", "X-Y Relations"
    if any(len(part) > 1 and all(place_names().get(w) for w in part) for part in _pairs(name)):
        return Verdict(False, "country pair")  # "Fostering India-Angola (ties)"
    words = non_name_words()
    if all(t in words for t in tokens) and any(len(t) > 3 for t in tokens):
        return Verdict(False, "common words")
    if len(tokens) > 1 and tokens[0] in _demonyms() and all(t in words for t in tokens[1:]):
        return Verdict(False, "common words")  # "African Cooperation", "Pacific Security"
    return Verdict(True)


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    from ingest.lexicon import lexicon

    regional = {"african", "asian", "european", "arab", "caribbean", "melanesian"}
    regional |= {"polynesian", "micronesian", "pacific", "nordic", "gulf", "latin"}
    return frozenset(_key(w) for w in lexicon().demonyms) | regional


# "Given I. Surname": the name finder may stop at the initial and keep only the given name
_AFTER_INITIALS = re.compile(r"((?:\s[A-Z]\.)+)\s([A-Z][^\W\d_]+(?:[-'’][A-Z][^\W\d_]+)?)\b")


def _repair_initials(
    x: DocumentExtraction, article: Article, target: dict[int, int | None]
) -> list[PersonEntity]:
    """Join a lone given name to the initials and surname that follow it in the text: into the
    person that surname already names, or else by completing the name."""
    ents = list(x.entities)
    starts = {m.start: m.entity for m in x.people if m.entity is not None and m.kind == "name"}
    for e in x.entities:
        if len(_key(e.name).split()) != 1 or e.index in target:
            continue
        for mi in e.mentions:
            m = x.people[mi]
            hit = _AFTER_INITIALS.match(article.text, m.end)
            if m.kind != "name" or not hit or not judge(hit.group(2)).keep:
                continue
            surname = hit.group(2)
            full = " ".join([e.name, *hit.group(1).split(), surname])
            owner = starts.get(hit.start(2))
            if owner is not None and owner != e.index and target.get(owner, owner) == owner:
                o = ents[owner]
                head, *rest = _key(o.name).split() or [""]
                # the surname person, maybe with a suffix ("Hayes Jr.")
                if head == _key(surname) and all(t in _SUFFIXES for t in rest):
                    ents[owner] = o.model_copy(
                        update={
                            "name": " ".join([e.name, *hit.group(1).split(), o.name]),
                            "aliases": _union(o.aliases, [o.name]),
                        }
                    )
                    target[e.index] = owner
            elif owner is None:
                ents[e.index] = e.model_copy(
                    update={"name": full, "aliases": _union(e.aliases, [surname])}
                )
            break
    return ents


_WORD_BEFORE = re.compile(r"([A-Z][^\W\d_]+)\s+$")


def _tail_of_place(ent: PersonEntity, x: DocumentExtraction, article: Article) -> Verdict | None:
    """A one-word "person" that is only ever the end of a place name in the text ("Viet" +
    "Nam", "Kuala" + "Lumpur"): the name finder dropped the first word."""
    if len(_key(ent.name).split()) != 1 or not ent.mentions:
        return None
    found: Verdict | None = None
    for mi in ent.mentions:
        m = x.people[mi]
        before = _WORD_BEFORE.search(article.text, max(0, m.start - 40), m.start)
        if m.kind != "name" or not before or article.text[m.start : m.end] != ent.name:
            return None
        v = judge(f"{before.group(1)} {ent.name}")
        if v.reason != "place":
            return None
        found = v
    return found


def _ordinary_phrase(ent: PersonEntity, x: DocumentExtraction) -> Verdict | None:
    """ "Far" (Russia's Far East), "Policy" (an office's tail), "Leaders Meeting": ordinary
    words taken for a name. A lone word stays a surname when an honorific or an office that
    names people ("President X") stands before it, or when the text names it more than once."""
    tokens = ent.name.split()
    if not ordinary_words(tokens):
        return None
    if len(tokens) == 1:
        mentions = [x.people[i] for i in ent.mentions]
        if any(m.honorifics for m in mentions) or len(mentions) > 1:
            return None
        if any(t.split()[-1].lower() in HEAD_TITLES for t in ent.titles if t.split()):
            return None
    return Verdict(False, "ordinary words")


def _judge_entity(ent: PersonEntity, x: DocumentExtraction, article: Article | None) -> Verdict:
    tail = _tail_of_place(ent, x, article) if article is not None else None
    if (
        article is not None
        and ent.mentions
        and all(in_company_list(article.text, x.people[i].start) for i in ent.mentions)
    ):
        return Verdict(False, "company")  # "firms including Norvex Systems": not a person
    v = tail or judge(ent.name)
    if v.keep:
        v = _ordinary_phrase(ent, x) or v
    if v.reason == "place" and v.country is None and tail is None:
        # Many one-word cities are also names (Sofia, Tyler, Gao, Hassan): such a "person" goes
        # only when untitled and the same article also names that city as a place.
        if ent.titles:
            return Verdict(True)
        key = _key(ent.name)
        spans = [(x.people[i].start, x.people[i].end) for i in ent.mentions]
        elsewhere = {  # place mentions of the text that are not this entity's own words
            _key(p.name) for p in x.places if all(p.end <= a or p.start >= b for a, b in spans)
        }
        if len(key.split()) == 1 and key not in elsewhere:
            return Verdict(True)
        return Verdict(False, "city")
    return v


def _fuller_owner(ent: PersonEntity, entities: list[PersonEntity], keep: list[bool]) -> int | None:
    """The one kept multi-word person whose first token is this lone name ("Joseph" ->
    "Joseph R. Biden Jr."), or None when there is none or several (then it stays as it is)."""
    tokens = _key(ent.name).split()
    if len(tokens) != 1 or tokens[0] in _SUFFIXES:
        return None
    owners = []
    for other in entities:
        other_tokens = _key(other.name).split()
        if other.index == ent.index or not keep[other.index] or len(other_tokens) < 2:
            continue
        if other_tokens[0] == tokens[0]:
            if ent.country and other.country and ent.country != other.country:
                continue
            # "King Salman" is not "Crown Prince Salman bin ...": titles must not conflict
            titles = {fold(t) for t in ent.titles}
            if titles and other.titles and not titles & {fold(t) for t in other.titles}:
                continue
            owners.append(other.index)
    return owners[0] if len(owners) == 1 else None


def filter_people(x: DocumentExtraction, article: Article | None = None) -> DocumentExtraction:
    """The extraction without non-person "people", lone given names folded into their person,
    entity and event indexes renumbered. With the article, "Given I. Surname" is repaired."""
    target: dict[int, int | None] = {}  # old index -> new owner's old index (None: dropped)
    ents = _repair_initials(x, article, target) if article is not None else list(x.entities)
    verdicts = [_judge_entity(e, x, article) for e in ents]
    if article is not None:  # venues, a bare "Highness", a cut-off "Md." (misread_people.py)
        for old, owner in misread_people(x, article.text).items():
            if old not in target and (owner is None or verdicts[owner].keep):
                target[old] = owner if owner is None or owner not in target else None
    keep = [v.keep and e.index not in target for e, v in zip(ents, verdicts, strict=True)]
    for e, v in zip(ents, verdicts, strict=True):
        if not v.keep and e.index not in target:
            target[e.index] = None
    for e, v in zip(ents, verdicts, strict=True):
        # a lone given name that is also a city ("Leon") belongs to its fuller person
        if keep[e.index] or (v.reason == "city" and target.get(e.index, 0) is None):
            owner = _fuller_owner(e, ents, keep)
            if owner is not None:
                target[e.index] = owner
    if not target and ents == x.entities:
        return x
    for old in target:
        keep[old] = False
    renumber = {old: new for new, old in enumerate(i for i, k in enumerate(keep) if k)}

    def new_index(old: int) -> int | None:
        owner = target.get(old, old)
        return None if owner is None else renumber[owner]

    entities: list[PersonEntity] = []
    for e in ents:
        if not keep[e.index]:
            continue
        merged = [m for m in ents if target.get(m.index) == e.index]
        update: dict[str, object] = {"index": renumber[e.index]}
        if merged:
            update["confidence"] = max(e.confidence, *(m.confidence for m in merged))
            update["mentions"] = sorted({*e.mentions, *(i for m in merged for i in m.mentions)})
            update["titles"] = _union(e.titles, *(m.titles for m in merged))
            update["orgs"] = _union(e.orgs, *(m.orgs for m in merged))
        entities.append(e.model_copy(update=update))
    people = [
        p.model_copy(update={"entity": None if p.entity is None else new_index(p.entity)})
        for p in x.people
    ]
    country_of = {e.index: v.country for e, v in zip(ents, verdicts, strict=True)}
    events: list[ExtractedEvent] = []
    event_index: dict[int, int] = {}  # old event position -> new (events left empty go)
    for old, ev in enumerate(x.events):
        kept = _participants(ev, new_index, country_of)
        if kept:
            event_index[old] = len(events)
            events.append(ev.model_copy(update={"participants": kept}))
    agreements = []
    for ag in x.agreements:
        sig = [n for n in (new_index(s) for s in ag.signatories) if n is not None]
        ag_update: dict[str, object] = {"signatories": list(dict.fromkeys(sig))}
        if ag.event is not None:
            ag_update["event"] = event_index.get(ag.event)
        agreements.append(ag.model_copy(update=ag_update))
    return x.model_copy(
        update={
            "entities": entities,
            "people": people,
            "events": events,
            "agreements": agreements,
        }
    )


def _participants(
    ev: ExtractedEvent,
    new_index: Callable[[int], int | None],
    country_of: dict[int, str | None],
) -> list[Participant]:
    out: list[Participant] = []
    seen: set[tuple[str, object]] = set()
    for p in ev.participants:
        if p.person is None:
            key: tuple[str, object] = ("country", p.country)
            part = p
        else:
            n = new_index(p.person)
            if n is not None:
                key, part = ("person", n), p.model_copy(update={"person": n})
            elif country_of.get(p.person):  # "Viet Nam" met X: the country took part
                code = country_of[p.person]
                key, part = ("country", code), Participant(country=code, role=p.role)
            else:
                continue
        if key not in seen:
            seen.add(key)
            out.append(part)
    return out


def _union(*lists: list[str]) -> list[str]:
    return list(dict.fromkeys(v for lst in lists for v in lst))
