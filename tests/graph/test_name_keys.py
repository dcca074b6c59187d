"""Name keys (graph/name_keys.py): what they hold, that every write path keeps them (batches
as `diplograph load` and ingest write them, a person's names changed), that a store written
before them gets them when it is opened, that they stay out of exports, and that FalkorDB
answers the look-up from its index."""

from __future__ import annotations

from typing import Any

import pytest

from graph import cypher, name_keys
from graph.export import graph_to_networkx
from graph.falkor import EmbeddedFalkorStore
from graph.load import load_file
from graph.model import GraphBatch, Label, Person, fold, node
from graph.store import GraphStore
from tests.helpers import SAMPLE

PEOPLE = (
    "MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.name_keys AS k"
)


def keys(*names: str) -> set[str]:
    return set(name_keys.keys_of(fold(n) for n in names))


def test_the_keys_are_the_words_their_parts_and_near_spellings() -> None:
    found = keys("Sheikh Sabah Al-Ahmad", "O'Neill-Kerr")
    assert {"sheikh", "sabah", "al-ahmad", "ahmad", "o'neill-kerr", "o", "neill", "kerr"} <= found
    assert "al" in found  # a part between punctuation, as CONTAINS found it
    assert keys("Zoë Ängström") >= {"zoe", "angstrom"}  # folded: accents dropped
    # spellings that tok_eq takes for the word: a doubled letter at an end written once, and
    # a shorter spelling of five letters or more that starts the same way
    assert {"hal", "loyd", "brown", "mallet", "mallett"} <= keys(
        "Hall", "Lloyd", "Browne", "Mallett"
    )
    assert keys("Gurpreet") >= {"gurpre", "gurpree"}  # as long as "gurpret", its normal form
    # what only CONTAINS found: a token inside a longer word that no comparison accepts
    assert "li" not in keys("William") and "ill" not in keys("William")
    assert "sabah" not in keys("Kasabah")  # another first letter


def test_every_key_is_a_substring_of_the_folded_names() -> None:
    """So the look-up never finds a person that `search CONTAINS token` did not."""
    names = ["Mohammed bin Salman Al Saud", "Ana-Lucía Pérez (Lula)", "J. R. Ewing Jr.", "Aaron"]
    search = " | ".join(fold(n) for n in names)
    assert all(k in search for k in keys(*names))


def check_keys(store: GraphStore) -> int:
    """Every person's keys are those of its names; how many people."""
    rows = store.read(PEOPLE).rows
    for r in rows:
        assert r["k"] == sorted(keys(r["name"], *(r["aliases"] or []))), r["id"]
    return len(rows)


def person(pid: str, name: str, aliases: list[str] | None = None) -> Any:
    return node(Label.PERSON, Person(id=pid, name=name, aliases=aliases or []))


def test_a_load_writes_the_keys(store: GraphStore) -> None:
    load_file(store, SAMPLE)
    assert check_keys(store) > 3


def test_changed_names_change_the_keys(store: GraphStore) -> None:
    store.write(GraphBatch(nodes=[person("p1", "Ilse Varga")]))
    store.write(GraphBatch(nodes=[person("p1", "Ilse Varga-Horn", ["Ilse Horn"])]))
    check_keys(store)
    (row,) = store.read(PEOPLE).rows
    assert "horn" in row["k"] and "varga" in row["k"]


def test_an_older_store_gets_the_keys_when_opened(store: GraphStore) -> None:
    store.write(GraphBatch(nodes=[person(f"p{i}", f"Person Nr{i}", ["Nr"]) for i in range(5)]))
    # as a store written before the keys: none, and no mark
    store.execute_write(
        [
            ("MATCH (p:Person) REMOVE p.name_keys", {}),
            (f"MATCH (x:Bilateral) WHERE x.key = {name_keys.DONE_KEY} DELETE x", {}),
        ]
    )
    assert all(r["k"] is None for r in store.read(PEOPLE).rows)
    store._schema_ready = False
    store.ensure_schema()  # what opening the store does
    assert check_keys(store) == 5
    assert store.read(name_keys.IS_DONE).rows
    # done: a backfill again changes nothing, in chunks as well
    name_keys.backfill(store, chunk=2)
    assert check_keys(store) == 5


def test_a_backfill_goes_through_every_chunk(store: GraphStore) -> None:
    store.write(GraphBatch(nodes=[person(f"p{i}", f"Person Nr{i}") for i in range(5)]))
    store.execute_write(
        [
            ("MATCH (p:Person) REMOVE p.name_keys", {}),
            (f"MATCH (x:Bilateral) WHERE x.key = {name_keys.DONE_KEY} DELETE x", {}),
        ]
    )
    name_keys.backfill(store, chunk=2)
    assert check_keys(store) == 5


def test_a_reset_store_is_marked_done(store: GraphStore) -> None:
    store.reset()
    assert store.read(name_keys.IS_DONE).rows


def test_the_keys_stay_out_of_exports(store: GraphStore) -> None:
    load_file(store, SAMPLE)
    g = graph_to_networkx(store)
    assert all(name_keys.PROPERTY not in data for _, data in g.nodes(data=True))
    assert "Bilateral" not in store.counts().nodes


@pytest.mark.parametrize("store", ["falkordb"], indirect=True)
def test_falkordb_answers_the_look_up_from_its_index(store: GraphStore) -> None:
    assert isinstance(store, EmbeddedFalkorStore)
    assert (Label.PERSON.value, name_keys.PROPERTY) in store.indexed()
    query = cypher.document_lookups(documents=False, people=True)
    plan = str(store.graph.explain(query, {"tokens": ["varga"], "ids": []}))
    assert "Node By Index Scan | (p:Person)" in plan
    assert "Label Scan | (p:Person)" not in plan
