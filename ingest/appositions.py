"""Appositions of a person's name in one sentence (used by ingest/mentions.py):
"NAME, Ruritania's Home Minister," gives NAME that title and country; "A, Ruritanian Minister
B" is a list; "In talks with A, the President stressed" and "Prior to her talks with the
minister, NAME called on ..." are no appositions (the title belongs to someone else)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.name_positions import FRONTED, clause_verb

if TYPE_CHECKING:
    from ingest.mentions import SentenceMentions


def fronted_subject(sm: SentenceMentions, k: int) -> bool:
    """ "Prior to her talks with the minister, X called on Y": after the comma that ends
    a fronted adverbial, X is the subject of the sentence, not the minister."""
    first = sm.toks[0].text if sm.toks else ""
    if first not in FRONTED and not (first.endswith("ing") and first[:1].isupper()):
        return False  # "Congratulating him on ..., X said": a participle opens it too
    end = sm._name(k)
    return end > k and end < len(sm.toks) and clause_verb(sm.toks[end].text)


def appositions(sm: SentenceMentions) -> None:
    """ "NAME, Ruritania's Home Minister," / "NAME, Minister for Home Affairs of Ruritania"."""
    for p in sm.people:
        if p.kind != "name":
            continue
        idx = next((n for n, t in enumerate(sm.toks) if t.start >= p.end), None)
        if idx is None or sm.toks[idx].text != ",":
            continue
        j = idx + 1
        if j < len(sm.toks) and sm.toks[j].text in ("the", "The"):
            j += 1
        code, n = sm._country_at(j)
        if code:
            j += n + (1 if j + n < len(sm.toks) and sm.toks[j + n].text == "'s" else 0)
        title, tcountry, org, k = sm.parse_title(j, ci=True)
        hons, k2 = sm._honorifics(k)
        if title and (hons or sm._name(k2) > k2):
            continue  # "A, Ruritanian Minister B": the next item of a list, not an apposition
        if title and _names_next(sm, k):
            continue  # "A, the Zambian High Commissioner, Ms B, and ...": B's title
        if title and k < len(sm.toks) and clause_verb(sm.toks[k].text):
            continue  # "In talks with A, the President stressed": a new subject
        if title:
            p.titles.append(title)
            p.confidence = max(p.confidence, 0.9)
            p.country = p.country or tcountry or code
            p.org = p.org or org
            # the role mention this apposition produced is the same person
            sm.people = [
                q
                for q in sm.people
                if not (q is not p and q.start >= sm.toks[idx].end and q.end <= sm.toks[k - 1].end)
            ]


TITLE_TAIL = {"and", "of", "the", "for", "to", "&"}


def _names_next(sm: SentenceMentions, k: int) -> bool:
    """The title runs (through "and East African Cooperation") to a comma and a name."""
    toks = sm.toks
    while k < len(toks) and toks[k].text != "," and k < len(toks):
        word = toks[k].text
        if not (word in TITLE_TAIL or word[:1].isupper()):
            return False
        k += 1
    if k + 1 >= len(toks):
        return False
    hons, k3 = sm._honorifics(k + 1)
    return bool(hons) or sm._name(k3) > k3
