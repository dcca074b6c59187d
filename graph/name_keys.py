"""The name keys of people: what ingest looks a person's candidates up by, with an index.

Resolution (ingest/resolve.py) looks up the stored people that a name could denote by a few
folded name tokens (`name_tokens`: the surname, the given name, a father's name). It used to
ask `p.search CONTAINS token`, which no index of FalkorDB serves: every look-up read every
Person, so the writer's cost grew with the archive. Every Person now holds `name_keys`, the
tokens that find it, and the look-up is `token IN p.name_keys`, served by a range index on
the list (FalkorDB indexes the elements of a list property; see `LOOKUP` in graph/cypher.py
for Neo4j, which does not).

The keys of a name are substrings of its folded words, so a key never finds a person that
`search CONTAINS token` did not. They are every word, its parts between punctuation, the word
without "Al-"/"El-", and the spellings of a word that the resolver's comparison of names
(`ingest.names.tok_eq`) takes for the word itself: a doubled letter at either end written once
("Hal" for "Hall", "Loyd" for "Lloyd") and the substrings of five letters or more that start
with its first letter and are at least 11/14 of its length (rapidfuzz ratio >= 88: "Brown"
for "Browne"). What CONTAINS found besides is a token inside a longer word that the
comparison never accepts ("li" in "William"): tests/graph/test_name_keys.py checks on
namesakes, accents and near-spellings that both look-ups give the same candidates that
resolution keeps.

Kept by the writes themselves: `graph.model.node_props` computes them with `search`, for
every write of a Person (ingest, `diplograph load`, merges). A store written before them gets
them when it is opened (`backfill`, marked done by a node among the bilateral index's nodes,
which exports and statistics leave out)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.store import GraphStore

PROPERTY = "name_keys"
MIN_FUZZY = 5  # tok_eq compares spellings of five letters or more
_PARTICLE = re.compile(r"^(?:al|el)[-‑'](.+)$")
_PUNCT = re.compile(r"\W+")
_DOUBLED = re.compile(r"(.)\1")


def keys_of(folded_names: Iterable[str]) -> list[str]:
    """The name keys of a person whose folded names (`graph.model.fold`) are given."""
    keys: set[str] = set()
    for name in folded_names:
        for word in name.split():
            keys |= _word_keys(word)
    return sorted(keys)


@lru_cache(maxsize=65536)
def _word_keys(word: str) -> frozenset[str]:
    forms = {word, word.strip(".,'")}
    forms |= set(_PUNCT.split(word))
    for form in list(forms):
        m = _PARTICLE.match(form)
        if m:
            forms.add(m.group(1))
    keys = set(forms)
    for form in forms:
        keys |= _near(form)
    keys.discard("")
    return frozenset(keys)


def _near(w: str) -> set[str]:
    """Substrings of `w` that `ingest.names.tok_eq` takes for `w` (see the module's text)."""
    out: set[str] = set()
    n = len(w)
    if n > 2 and w[0] == w[1]:
        out.add(w[1:])
    if n > 2 and w[-1] == w[-2]:
        out.add(w[:-1])
    # ratio 2p / (p + n) >= 0.88  <=>  14 p >= 11 n, with n the length of the word as
    # tok_eq sees it (ingest.names._norm_token writes doubled letters and "ou" once)
    m = len(_DOUBLED.sub(r"\1", w).replace("ou", "u"))
    for p in range(max(MIN_FUZZY, -(-11 * m // 14)), n):
        for i in range(n - p + 1):
            if w[i] == w[0]:
                out.add(w[i : i + p])
    return out


# -- an older store: keys for every person, once ------------------------------------

DONE_KEY = -3  # among the bilateral index's nodes (graph/bilateral.py): -1 and -2 are its own
DONE = f"MERGE (:Bilateral {{key: {DONE_KEY}}})"
IS_DONE = f"MATCH (x:Bilateral) WHERE x.key = {DONE_KEY} RETURN x.key AS key LIMIT 1"
PEOPLE_AFTER = (
    "MATCH (p:Person) WHERE p.id > $after "
    "RETURN p.id AS id, p.name AS name, p.aliases AS aliases ORDER BY id LIMIT $n"
)
SET_KEYS = f"UNWIND $rows AS r MATCH (p:Person {{id: r[0]}}) SET p.{PROPERTY} = r[1]"


def backfill(store: GraphStore, chunk: int = 2000) -> None:
    """Give every person of a store written before name keys its keys (`chunk` at a time),
    then mark it done; one look-up when it is done."""
    from graph.cypher import Rows
    from graph.model import fold

    if store.read(IS_DONE, row_cap=1).rows:
        return
    after = ""
    while True:
        rows = store.read(PEOPLE_AFTER, {"after": after, "n": chunk}, row_cap=chunk).rows
        if not rows:
            break
        keys = Rows(
            [r["id"], keys_of(fold(n) for n in [r["name"] or "", *(r["aliases"] or [])] if n)]
            for r in rows
        )
        store.execute_write([(SET_KEYS, {"rows": keys})])
        after = rows[-1]["id"]
    store.execute_write([(DONE, {})])
