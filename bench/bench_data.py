"""The generated graph of bench/bench_api.py: records files, loaded with `diplograph load`,
on the embedded store or on the Neo4j test server (tests/neo4j_server, started with a data
folder so that a built graph can be reused).

The records are written as several chunk files (an actors file, then events, documents and
agreements in chunks of `--chunk` events), loaded one by one with the real
`python -m diplograph load FILE --db URL`: each load checks its file against the store and
writes it as one batch, so chunks keep every write a bounded size whatever N is.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
JAR = ROOT / "tests" / "neo4j_server" / "target" / "neo4j-test-server.jar"
NEO4J_PASSWORD = "diplograph-test"  # the launcher's default (Neo4jTestServer.java)

COUNTRIES = [
    "FR", "JP", "DE", "BR", "KE", "IN", "CA", "MX", "EG", "ID",
    "NO", "AR", "VN", "GH", "PL", "TR", "AU", "CL", "MA", "PH",
]  # fmt: skip
KINDS = ["meeting", "visit", "call", "talks", "summit", "signing"]
PLACES = 300
SURNAMES = ["Arden", "Balo", "Corvin", "Dessai", "Elmar", "Fjord", "Gaspari", "Hollis"]


def person_id(i: int) -> str:
    return f"person-{i}"


def generate(folder: Path, n_events: int, n_people: int, chunk: int, seed: int = 7) -> list[Path]:
    """Write the records files into `folder`; returns them in load order. Each event has 2 or
    3 participants and a place, one event in four its own report (document), one in twenty
    an agreement between the participants' countries; one event in 200 is undated."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    actors = [{"id": c, "type": "Country", "name": f"Country {c}"} for c in COUNTRIES]
    for i in range(n_people):
        actors.append(
            {
                "id": person_id(i),
                "type": "Person",
                "name": f"Person {SURNAMES[i % len(SURNAMES)]} {i}",
                "country": COUNTRIES[i % len(COUNTRIES)],
                "titles": ["Minister" if i % 3 else "Ambassador"],
            }
        )
    files = [folder / "actors.json"]
    files[0].write_text(json.dumps({"actors": actors}))
    for n, start in enumerate(range(0, n_events, chunk)):
        path = folder / f"events-{n:04d}.json"
        path.write_text(json.dumps(_chunk(rng, start, min(start + chunk, n_events), n_people)))
        files.append(path)
    return files


def _chunk(rng: random.Random, start: int, stop: int, n_people: int) -> dict:
    events, documents, agreements = [], [], []
    for n in range(start, stop):
        date = None
        if n % 200:
            month, day = rng.randrange(1, 13), rng.randrange(1, 29)
            date = f"{2000 + rng.randrange(26)}-{month:02d}-{day:02d}"
        people = [person_id(p) for p in rng.sample(range(n_people), rng.choice((2, 2, 3)))]
        event = {
            "id": f"ev-{n}",
            "kind": rng.choice(KINDS),
            "date": date,
            "place": f"City {rng.randrange(PLACES)}",
            "participants": people,
            "roles": {people[0]: "host"},
            "sources": [],
        }
        if n % 4 == 0:
            doc = f"doc-{n // 4}"
            documents.append({"id": doc, "title": f"Report {n // 4}", "published": date})
            event["sources"] = [{"document": doc, "quote": f"Report of event {n}."}]
        events.append(event)
        if n % 20 == 0:
            parties = sorted({COUNTRIES[int(p.split("-")[1]) % len(COUNTRIES)] for p in people})
            agreements.append(
                {
                    "id": f"ag-{n}",
                    "name": f"Agreement {n}",
                    "kind": rng.choice(["mou", "treaty", "agreement"]),
                    "status": rng.choice(["proposed", "agreed", "signed", "in_force"]),
                    "date": date,
                    "parties": parties,
                    "signatories": people[:2],
                    "event": event["id"],
                    "sources": event["sources"],
                }
            )
    return {"events": events, "documents": documents, "agreements": agreements}


def load_batches(url: str, files: list[Path]) -> float:
    """The thin alternative to `diplograph load` (bench_api.py --loader batch): each file
    becomes one GraphBatch written with `GraphStore.write`, without the CLI's process start
    and checks (the CLI load of this branch's base spends most of its time outside the
    store; see docs/performance.md)."""
    from graph.load import records_to_batch
    from graph.model import Label
    from graph.records import ExportData
    from graph.store import open_store

    t0 = time.perf_counter()
    with open_store(url) as store:
        for i, path in enumerate(files):
            data = ExportData.model_validate(json.loads(path.read_text()))
            labels = {a.id: Label(a.type) for a in data.actors}
            labels |= {c: Label.COUNTRY for c in COUNTRIES}
            for e in data.events:
                labels |= {p: Label.PERSON for p in e.participants}
            for g in data.agreements:
                labels |= {p: Label.PERSON for p in g.signatories}
            batch = records_to_batch(data, labels)
            for part in range(0, max(len(batch.nodes), 1), 5000):  # bounded writes
                store.write(type(batch)(nodes=batch.nodes[part : part + 5000]))
            for part in range(0, len(batch.rels), 10000):
                store.write(type(batch)(rels=batch.rels[part : part + 10000]))
            done = time.perf_counter() - t0
            print(f"  wrote {i + 1}/{len(files)} files ({done:.0f} s)", flush=True)
    return time.perf_counter() - t0


def load(url: str, files: list[Path]) -> float:
    """`diplograph load` each file in turn; returns the seconds it took."""
    t0 = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for i, path in enumerate(files):
        proc = subprocess.run(
            [sys.executable, "-m", "diplograph", "load", str(path), "--db", url],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"diplograph load {path} failed:\n{proc.stdout}{proc.stderr}")
        done = time.perf_counter() - t0
        print(f"  loaded {i + 1}/{len(files)} files ({done:.0f} s)", flush=True)
    return time.perf_counter() - t0


class Neo4jServer:
    """The Neo4j test server (tests/neo4j_server) on a data folder that outlives it."""

    def __init__(self, home: Path, heap: str = "2g", pagecache_mb: int = 2048) -> None:
        if not JAR.exists():
            raise RuntimeError(
                f"{JAR} is missing: mvn -q -B -f tests/neo4j_server/pom.xml package -DskipTests"
            )
        home.mkdir(parents=True, exist_ok=True)
        self.log = (home / "launcher.log").open("w+")
        self.proc = subprocess.Popen(
            # the parallel collector: with the serial one a young collection rescans the
            # old generation of a 2 GB heap, and a bulk load spent a third of the server's
            # CPU in collections of 100 ms (docs/performance.md, "Neo4j")
            ["java", f"-Xms{heap}", f"-Xmx{heap}", "-XX:+UseParallelGC"]
            + ["-jar", str(JAR), "--port", "0"]
            + ["--home", str(home), "--pagecache-mb", str(pagecache_mb), "--exit-on-stdin-eof"],
            stdin=subprocess.PIPE,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.url = self._wait_ready()

    def _wait_ready(self, timeout_s: float = 300) -> str:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            self.log.seek(0)
            m = re.search(r"^READY bolt://127\.0\.0\.1:(\d+)", self.log.read(), re.M)
            if m:
                return f"bolt://neo4j:{NEO4J_PASSWORD}@127.0.0.1:{m.group(1)}"
            if self.proc.poll() is not None:
                self.log.seek(0)
                raise RuntimeError(f"the Neo4j launcher exited:\n{self.log.read()[-2000:]}")
            time.sleep(0.5)
        raise RuntimeError("the Neo4j launcher did not get ready")

    def stop(self) -> None:
        if self.proc.poll() is None and self.proc.stdin:
            self.proc.stdin.close()  # the launcher shuts down cleanly at the end of stdin
            try:
                self.proc.wait(120)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()


def wait_for_indexes(store: object, timeout_s: float = 1800) -> float:
    """Wait until the engine has built every index (FalkorDB builds them again in the
    background when a server starts; Neo4j populates new ones): queries that run meanwhile
    scan instead, which is not what is measured. Returns the seconds waited."""
    t0 = time.perf_counter()
    if getattr(store, "backend", "") == "neo4j":
        store.read("CALL db.awaitIndexes($s)", {"s": int(timeout_s)}, timeout_s=timeout_s)  # type: ignore[attr-defined]
        return time.perf_counter() - t0
    while time.perf_counter() - t0 < timeout_s:
        rows = store.read("CALL db.indexes() YIELD status RETURN status").rows  # type: ignore[attr-defined]
        if all(r["status"] == "OPERATIONAL" for r in rows):
            break
        time.sleep(1)
    return time.perf_counter() - t0


def chunk_files(folder: Path) -> Iterator[Path]:
    yield folder / "actors.json"
    yield from sorted(folder.glob("events-*.json"))
