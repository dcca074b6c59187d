"""Candidates of cross-document resolution (ingest/resolve.py), on a real store of each engine:
looked up by name keys (graph/name_keys.py), they are the ones the former look-up
(`p.search CONTAINS token`) gave that resolution keeps, on people with namesakes, accents,
particles and near-spellings; and ingest writes every person's keys."""

from __future__ import annotations

from graph.model import GraphBatch, Label, Person, fold, node
from graph.name_keys import keys_of
from graph.store import GraphStore
from ingest.pipeline import ingest_articles
from ingest.resolve import PersonNode, _fits, name_tokens, read_lookups
from ingest.schema import PersonEntity
from tests.ingest.helpers import article

# the look-up before name keys
CONTAINS = (
    "UNWIND $tokens AS token MATCH (p:Person) WHERE p.search CONTAINS token "
    "RETURN DISTINCT p.id AS id, p.name AS name, p.aliases AS aliases, p.titles AS titles, "
    "p.country AS country"
)

STORED = [
    ("ramon-1", "Ramón Pérez Ituarte", ["Pérez"], "CL"),
    ("ramon-2", "Ramon Perez", [], "ES"),
    ("ana", "Ana Pérez", [], None),
    ("luis", "Luis Perez-Soto", [], None),
    ("marit", "Marit Hall", ["Hall"], "NO"),
    ("hal", "Hal Lindqvist", [], "SE"),
    ("tariq-1", "Mohammed bin Tariq Al Qasimi", ["Sheikh Mohammed"], "AE"),
    ("tariq-2", "Khalid bin Tariq Al-Qasimi", [], "AE"),
    ("browne", "Gordon Browne", [], "IE"),
    ("osei", "William Osei", [], "GH"),
    ("wen", "Li Wenhao", [], "CN"),
    ("wen-2", "Wen Li", [], "SG"),
    ("zoe", "Zoë Åberg", ["Zoe Aberg"], "SE"),
    ("lloyd", "Tomos Lloyd-Evans", ["Lloyd"], "GB"),
    ("mallett", "Inge Mallett", [], "NZ"),
    ("aaron", "Aaron Mbeki-Stone", [], "ZA"),
]
MENTIONS = [
    "Pérez",
    "Perez",
    "Ramon Pérez",
    "Ana Perez",
    "Perez-Soto",
    "Hall",
    "Hal",
    "Marit Hal",
    "Mohamed bin Tariq",
    "Khalid bin Tariq Al Qasimi",
    "Tariq",
    "Qasimi",
    "Brown",
    "Browne",
    "Gordon Brown",
    "Li",
    "Wen",
    "Will Osei",
    "Zoe Aberg",
    "Åberg",
    "Loyd",
    "Lloyd",
    "Mallet",
    "Inge Mallet",
    "Aron Stone",
    "Stone",
]


def _fill(store: GraphStore) -> None:
    people = [
        node(Label.PERSON, Person(id=pid, name=name, aliases=aliases, country=country))
        for pid, name, aliases, country in STORED
    ]
    store.write(GraphBatch(nodes=people))


def _entities() -> list[PersonEntity]:
    out = []
    for name in MENTIONS:
        for titles in ([], ["Foreign Minister"]):
            for country in (None, "CL", "NO", "AE", "GB"):
                out.append(PersonEntity(index=0, name=name, titles=titles, country=country))
    return out


def _kept(entity: PersonEntity, found: list[PersonNode]) -> set[str]:
    cands = [c.model_copy(update={"titles": ["Foreign Minister"]}) for c in found]
    return {c.id for c in cands if _fits(entity, c)}


def test_name_keys_find_the_candidates_contains_found(store: GraphStore) -> None:
    _fill(store)
    entities = _entities()
    _, lookups = read_lookups(store, entities=entities)
    assert lookups is not None
    fewer = kept = 0
    for e in entities:
        rows = store.read(CONTAINS, {"tokens": sorted(name_tokens(e))}).rows
        before = [PersonNode(**{**r, "aliases": r["aliases"] or [], "titles": []}) for r in rows]
        now = lookups.candidates(e)
        assert {c.id for c in now} <= {c.id for c in before}, e.name
        assert _kept(e, now) == _kept(e, before), e.name
        fewer += len(now) < len(before)
        kept += bool(_kept(e, now))
    assert fewer and kept  # CONTAINS found more ("li" in "William"), the kept ones are the same


def test_the_near_spellings_are_found(store: GraphStore) -> None:
    _fill(store)
    for mention, pid in [
        ("Brown", "browne"),
        ("Hal", "marit"),
        ("Loyd", "lloyd"),
        ("Mallet", "mallett"),
    ]:
        e = PersonEntity(index=0, name=mention, titles=["Foreign Minister"])
        _, lookups = read_lookups(store, entities=[e])
        assert lookups is not None
        assert pid in {c.id for c in lookups.candidates(e)}, mention


def test_ingest_writes_the_keys(store: GraphStore) -> None:
    text = (
        "Foreign Minister Ramona Ituarte-Vidal of Chile met Norwegian Foreign Minister Halvard "
        "Brenne in Oslo on Monday. Ituarte-Vidal also met Trade Minister Sigrún Aaland."
    )
    outcomes = ingest_articles(store, [article(text, "2025-02-03", "a.txt")])
    assert [o.status for o in outcomes] == ["new"]
    rows = store.read(
        "MATCH (p:Person) RETURN p.name AS name, p.aliases AS aliases, p.name_keys AS k"
    ).rows
    assert len(rows) >= 3
    for r in rows:
        assert r["k"] == keys_of(fold(n) for n in [r["name"], *(r["aliases"] or [])])
