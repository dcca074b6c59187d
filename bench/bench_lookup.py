"""Resolution's candidate look-up at archive scale (graph/name_keys.py): stores of the
embedded engine filled with N invented people (2k, 20k, 100k), then, with the former look-up
(`p.search CONTAINS token`, every Person read) and with the name keys (`token IN
p.name_keys`, from the index), in the same run:

- the look-up of one report's name tokens: wall ms (median) and the server's CPU ms per
  look-up, with as floor an index seek of as many person ids;
- the writer: bench reports (bench/agency_articles.py) extracted beforehand, then resolved
  and written in groups of 10 as `ingest` does, as writer (this process) and server CPU ms
  per report; the floor is the same reports into a store with no people (measured again
  before each size).

    python bench/bench_lookup.py                       # 2000 20000 100000 people
    python bench/bench_lookup.py --people 2000 20000 -n 30 --json
    python bench/bench_lookup.py --neo4j bolt://neo4j:PASSWORD@host:7687   # its data is deleted

A script, not a test: figures go to docs/performance.md ("Name keys")."""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from agency_articles import article  # noqa: E402
from bench_ingest import _cpu_of  # noqa: E402

SYLLABLES = [
    "ka",
    "ro",
    "mi",
    "ten",
    "sa",
    "lu",
    "vo",
    "de",
    "ni",
    "ba",
    "shi",
    "to",
    "ren",
    "ga",
    "mo",
    "li",
    "an",
    "el",
    "u",
    "ar",
    "is",
    "ko",
]
CONTAINS = "UNWIND $tokens AS token MATCH (p:Person) WHERE p.search CONTAINS token "
FLOOR = "UNWIND $ids AS i MATCH (p:Person {id: i}) RETURN p.id AS id"
EVENTS_SCAN = """
UNWIND $groups AS g
MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event) WHERE p.id IN g.ids
WITH g.i AS i, e, collect(DISTINCT p.id) AS people
WITH i, collect([e, people])[..500] AS found
UNWIND found AS f
WITH i, f[0] AS e, f[1] AS people
OPTIONAL MATCH (e)-[:HELD_IN]->(pl:Place)
RETURN i, e.id AS id, e.kind AS kind, e.date AS date, e.date_precision AS date_precision,
       e.host_country AS host_country, e.title AS title, pl.name AS place,
       pl.id AS place_id, people
"""


def invented(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).title()

    return f"{word()} {word()}" if rng.random() < 0.8 else f"{word()} {word()} {word()}"


def fill(store: Any, n: int, seed: int) -> None:
    from graph.model import Label, Upserts, node_props

    rng = random.Random(seed)
    for start in range(0, n, 5000):
        u = Upserts()
        for i in range(start, min(n, start + 5000)):
            props: dict[str, Any] = {
                "name": invented(rng),
                "aliases": [],
                "country": None,
                "titles": [],
            }
            u.node(Label.PERSON, f"fill-{i}", node_props(Label.PERSON, props))
        store.write(u)


def use_contains(on: bool, events_scan: bool = False) -> None:
    """The people look-up of graph/cypher.py as it was (on) or with name keys (off); the
    event candidates as they were (`events_scan`: `p.id IN g.ids`) or matched id by id."""
    from graph import cypher

    first = cypher._PEOPLE_LOOKUPS[0]
    tail = first[first.index("WITH token") :]
    head = CONTAINS if on else _KEYS_HEAD
    cypher._PEOPLE_LOOKUPS[0] = head + tail
    cypher.EVENT_CANDIDATES_MANY = EVENTS_SCAN if events_scan else _EVENTS


def main() -> int:
    from graph import cypher

    global _KEYS_HEAD, _EVENTS
    first = cypher._PEOPLE_LOOKUPS[0]
    _KEYS_HEAD = first[: first.index("WITH token")]
    _EVENTS = cypher.EVENT_CANDIDATES_MANY

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--people", type=int, nargs="+", default=[2000, 20000, 100000])
    ap.add_argument("-n", type=int, default=40, help="reports per run (default 40)")
    ap.add_argument("--repeat", type=int, default=15, help="look-ups timed per mode")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--neo4j", metavar="URL", help="time the look-ups on this Neo4j (reset!)")
    args = ap.parse_args()

    from graph.store import open_store
    from ingest.article import Article
    from ingest.loaders import LoadFailure, load_paths
    from ingest.parallel import warm_up
    from ingest.pipeline import Extracted, _kept, _Run, extract_article
    from ingest.resolve import name_tokens

    warm_up()
    rng = random.Random(11)
    figures: dict[str, Any] = {"reports": args.n}
    with tempfile.TemporaryDirectory(prefix="diplograph-lookup-") as tmp:
        corpus = Path(tmp) / "articles"
        corpus.mkdir()
        for i in range(args.n):
            name, text = article(rng, i)
            (corpus / name).write_text(text, encoding="utf-8")
        articles = [a for a in load_paths([str(corpus)]) if not isinstance(a, LoadFailure)]
        extracted = [(a, extract_article(a)) for a in articles]
        tokens = sorted({t for _, x in extracted[:1] for e in _kept(x) for t in name_tokens(e)})
        figures["tokens_per_lookup"] = len(tokens)

        def writer(people: int, contains: bool, events_scan: bool = False) -> dict[str, float]:
            use_contains(contains, events_scan)
            store = open_store(f"embedded:{tempfile.mkdtemp(dir=tmp)}")  # a new store each time
            try:
                fill(store, people, seed=people)
                store.ensure_schema()
                time.sleep(1)  # FalkorDB builds a new index in the background
                run = _Run(store, None)
                pid = store.server.pid  # type: ignore[attr-defined]
                server, me = _cpu_of(pid), time.process_time()
                todo: list[tuple[Article, Extracted]] = list(extracted)
                while todo:
                    group, todo = todo[:10], todo[10:]
                    while group:
                        group = run.attempt(group)
                me, server = time.process_time() - me, _cpu_of(pid) - server
            finally:
                store.close()
            return {"writer": me * 1e3 / len(extracted), "server": server * 1e3 / len(extracted)}

        def lookups(people: int) -> dict[str, float]:
            store = open_store(args.neo4j or f"embedded:{tempfile.mkdtemp(dir=tmp)}")
            out: dict[str, float] = {}
            try:
                if args.neo4j:
                    store.reset()
                fill(store, people, seed=people)
                store.ensure_schema()
                time.sleep(1 if not args.neo4j else 10)  # indexes built in the background
                pid = getattr(getattr(store, "server", None), "pid", None)
                ids = [f"fill-{i}" for i in range(len(tokens))]
                modes = [("floor", FLOOR, {"ids": ids})]
                for label, on in (("contains", True), ("keys", False)):
                    use_contains(on)
                    query = cypher.document_lookups(documents=False, people=True)
                    modes.append((label, query, {"tokens": tokens, "ids": ids}))
                for label, query, params in modes:
                    store.read(query, params, row_cap=1_000_000)  # warm
                    walls, cpu = [], _cpu_of(pid)
                    for _ in range(args.repeat):
                        t = time.perf_counter()
                        store.read(query, params, row_cap=1_000_000)
                        walls.append(time.perf_counter() - t)
                    out[f"{label}_ms"] = statistics.median(walls) * 1e3
                    if pid is not None:
                        out[f"{label}_server_cpu_ms"] = (_cpu_of(pid) - cpu) * 1e3 / args.repeat
            finally:
                store.close()
            return out

        if not args.neo4j:
            writer(0, False)  # warm: the name caches of this process
        for people in args.people:
            if args.neo4j:  # the look-ups only, wall time
                look = lookups(people)
                figures[f"people_{people}"] = {k: round(v, 2) for k, v in look.items()} | {
                    f"{m}_ratio_to_floor": round(look[f"{m}_ms"] / look["floor_ms"], 2)
                    for m in ("contains", "keys")
                }
                continue
            floor = writer(0, False)  # again for each size: the machine's load changes
            row: dict[str, Any] = {
                f"floor_{k}_ms_per_report": round(v, 2) for k, v in floor.items()
            }
            # before: both look-ups as they were; keys: name keys alone; after: both changed
            for label, on, scan in (
                ("before", True, True),
                ("keys", False, True),
                ("after", False, False),
            ):
                w = writer(people, on, scan)
                for part, ms in w.items():
                    row[f"{label}_{part}_ms_per_report"] = round(ms, 2)
                    row[f"{label}_{part}_ratio_to_floor"] = round(ms / floor[part], 2)
            look = lookups(people)
            for key, ms in look.items():
                row[key] = round(ms, 2)
            for label in ("contains", "keys"):
                row[f"{label}_ratio_to_floor"] = round(look[f"{label}_ms"] / look["floor_ms"], 2)
            figures[f"people_{people}"] = row
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")
    return 0


_KEYS_HEAD = _EVENTS = ""

if __name__ == "__main__":
    sys.exit(main())
