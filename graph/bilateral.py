"""The (country pair, date) index of bilateral timelines, maintained with every write.

GET /countries/{a}/relations?with={b} lists the events with participants of both countries
(people or organizations of each, or the states) and the agreements both states are party
to, oldest first. Read from the date index of all events, a page of a rare pair read
thousands of events and their participants. Instead every write keeps one `Bilateral`
node per (fact, pair of its countries):

    (:Bilateral {key: PAIR * 10^8 + date_key, fact: id, item: "event:ID", date: "YYYY-MM-DD"})

PAIR numbers the unordered pair of ISO alpha-2 codes (`pair_base`), `date_key` is the
fact's (graph/model.py; 99999999 when undated, so undated facts sort last), and `key` has a
range index: a window of a pair's timeline is one index range, `$pair + $lo <= key <
$pair + $hi`. The nodes hold no `id` and no relationship; exports of the graph leave them
out; the statistics (`GraphStore.counts`) do not count them.

Kept right by the write itself (the same statement on FalkorDB, the same transaction on
Neo4j): `mark_statement` runs first and notes the events of actors whose country the
write changes (or that a replaced document may remove) in a `{key: -2}` node;
`refresh_statement` runs last and recomputes the entries of the facts the write touched
(events and agreements written, their participants and parties, facts of replaced
documents, the events noted). On Neo4j it writes each fact first (a property set and
removed), so that two transactions refreshing one fact take its lock in turn instead of both
adding its entries; FalkorDB runs one write at a time and skips that. A store written
before this index gets it when it is opened (`backfill`, marked done by a `{key: -1}`
node).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from graph.model import Label, RelType, Upserts

if TYPE_CHECKING:
    from graph.store import GraphStore

LABEL = "Bilateral"
SPAN = 100_000_000  # date keys are < 10^8 (YYYYMMDD)
UNDATED = 99_999_999
DONE_KEY = -1  # the store has the index (backfilled or new)
PENDING_KEY = -2  # events noted by mark_statement for refresh_statement
LETTERS = {chr(ord("A") + i): i for i in range(26)}

INDEXES = (("key", "range"), ("fact", "range"))


def pair_base(a: str, b: str) -> int | None:
    """PAIR * 10^8 of two ISO alpha-2 codes (in either order); None for anything else."""
    a, b = sorted((a.upper(), b.upper()))
    if a == b or not all(len(c) == 2 and c[0] in LETTERS and c[1] in LETTERS for c in (a, b)):
        return None

    def code(c: str) -> int:
        return LETTERS[c[0]] * 26 + LETTERS[c[1]]

    return (code(a) * 676 + code(b)) * SPAN


def _code(var: str) -> str:
    return f"($L[substring({var}, 0, 1)] * 26 + $L[substring({var}, 1, 1)])"


# the events of actors whose country changes (or that may be removed), noted before the write
_MARK = f"""
UNWIND CASE WHEN size($pair_people) = 0 THEN [[null, '']] ELSE $pair_people END AS r
OPTIONAL MATCH (a:Person {{id: r[0]}}) WHERE coalesce(a.country, '') <> r[1]
OPTIONAL MATCH (a)-[:PARTICIPATED_IN]->(e:Event)
WITH collect(DISTINCT e.id) AS people_events
UNWIND CASE WHEN size($pair_orgs) = 0 THEN [[null, '']] ELSE $pair_orgs END AS r
OPTIONAL MATCH (o:Organization {{id: r[0]}}) WHERE coalesce(o.country, '') <> r[1]
OPTIONAL MATCH (o)-[:PARTICIPATED_IN]->(e:Event)
WITH people_events, collect(DISTINCT e.id) AS org_events
WITH people_events + org_events AS stale
FOREACH (_ IN CASE WHEN size(stale) > 0 THEN [1] ELSE [] END |
  CREATE (:{LABEL} {{key: {PENDING_KEY}, stale: stale}}))
"""

# the entries of $pair_facts and of the noted events, recomputed from the graph
_REFRESH_IDS = f"""
OPTIONAL MATCH (t:{LABEL}) WHERE t.key = {PENDING_KEY}
WITH collect(t) AS temps
WITH temps, $pair_facts + reduce(acc = [], t IN temps | acc + t.stale) AS ids
FOREACH (t IN temps | DELETE t)
WITH ids
UNWIND ids AS fid
WITH DISTINCT fid
"""
# on Neo4j: each fact written first (see above)
_LOCK = """
OPTIONAL MATCH (e0:Event {id: fid})
OPTIONAL MATCH (g0:Agreement {id: fid})
WITH fid, [f IN [e0, g0] WHERE f IS NOT NULL] AS held
FOREACH (f IN held | SET f.pairs_lock = true)
FOREACH (f IN held | SET f.pairs_lock = null)
WITH fid
"""
_REFRESH = f"""
OPTIONAL MATCH (x:{LABEL} {{fact: fid}})
WITH fid, collect(x) AS old
FOREACH (x IN old | DELETE x)
WITH fid
OPTIONAL MATCH (e:Event {{id: fid}})<-[:PARTICIPATED_IN]-(y)
WITH fid, e, collect(DISTINCT CASE WHEN y:Country THEN y.id ELSE y.country END) AS ecs
OPTIONAL MATCH (g:Agreement {{id: fid}})<-[:PARTY_TO]-(c:Country)
WITH e, ecs, g, collect(DISTINCT c.id) AS gcs
WITH CASE WHEN e IS NULL THEN g ELSE e END AS f,
     CASE WHEN e IS NULL THEN 'agreement:' ELSE 'event:' END AS kind,
     CASE WHEN e IS NULL THEN gcs ELSE ecs END AS cs
WHERE f IS NOT NULL
UNWIND cs AS c1
UNWIND cs AS c2
WITH f, kind, c1, c2 WHERE c1 < c2 AND size(c1) = 2 AND size(c2) = 2
CREATE (:{LABEL} {{key: ({_code("c1")} * 676 + {_code("c2")}) * {SPAN}
  + coalesce(f.date_key, {UNDATED}), fact: f.id, item: kind + f.id, date: f.date}})
"""

DONE = f"MERGE (:{LABEL} {{key: {DONE_KEY}}})"
IS_DONE = f"MATCH (x:{LABEL}) WHERE x.key = {DONE_KEY} RETURN x.key AS key LIMIT 1"
FACT_IDS = "MATCH (f:{label}) WHERE f.id > $after RETURN f.id AS id ORDER BY id LIMIT $n"


def _actor_countries(batch: Upserts, label: Label) -> dict[str, str]:
    return {
        node_id: props.get("country") or ""
        for node_id, props in batch.nodes.get(label, {}).items()
        if "country" in props
    }


def params(batch: Upserts | None, replaced: Iterable[str] = ()) -> dict[str, Any]:
    """The parameters of `mark_statement` and `refresh_statement` for a write of `batch`
    that also removes old documents reporting `replaced` (fact ids of any kind)."""
    facts: set[str] = set(replaced)
    people: dict[str, str] = {}
    orgs: dict[str, str] = {}
    gone = dict.fromkeys(replaced, "~")  # never a country: their events are refreshed
    people |= gone
    orgs |= gone
    if batch is not None:
        for label in (Label.EVENT, Label.AGREEMENT):
            facts.update(batch.nodes.get(label, {}))
        for (rel, _, _), rels in batch.rels.items():
            if rel in (RelType.PARTICIPATED_IN, RelType.PARTY_TO):
                facts.update(dst for _, dst, _ in rels)
        people |= _actor_countries(batch, Label.PERSON)
        orgs |= _actor_countries(batch, Label.ORGANIZATION)
    return {
        "pair_facts": sorted(facts),
        "pair_people": [[k, v] for k, v in sorted(people.items())],
        "pair_orgs": [[k, v] for k, v in sorted(orgs.items())],
        "L": LETTERS,
    }


def mark_statement(p: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The statement to run before the write (None when no actor's country is written)."""
    if not p["pair_people"] and not p["pair_orgs"]:
        return None
    return _MARK, {k: p[k] for k in ("pair_people", "pair_orgs")}


def refresh_statement(p: dict[str, Any], lock: bool = True) -> tuple[str, dict[str, Any]] | None:
    """The statement to run after the write (None when it touches no fact or actor);
    `lock`: write each fact first (needed where writes run concurrently: Neo4j)."""
    if not p["pair_facts"] and not p["pair_people"] and not p["pair_orgs"]:
        return None
    query = _REFRESH_IDS + (_LOCK if lock else "") + _REFRESH
    return query, {"pair_facts": p["pair_facts"], "L": p["L"]}


def backfill(store: GraphStore, chunk: int = 2000) -> None:
    """Build the index of a store written before it (every event and agreement, `chunk` at a
    time), then mark it done; one look-up when it is done."""
    if store.read(IS_DONE, row_cap=1).rows:
        return
    for label in (Label.EVENT, Label.AGREEMENT):
        after = ""
        while True:
            query = FACT_IDS.format(label=label.value)
            ids = [r["id"] for r in store.read(query, {"after": after, "n": chunk}).rows]
            if not ids:
                break
            p = params(None) | {"pair_facts": ids}
            refresh = refresh_statement(p, lock=store.backend == "neo4j")
            assert refresh is not None
            store.execute_write([refresh])
            after = ids[-1]
    store.execute_write([(DONE, {})])
