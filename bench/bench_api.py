"""Load test of the HTTP API on a generated graph (embedded store).

Builds a graph of N events (default 100,000) among invented people, places and countries,
starts `diplograph serve` on 127.0.0.1, and reports p50/p99 latency and requests/s of
GET /actors/{id}/meetings and GET /meetings (sequential, then with a few concurrent clients).

    python bench/bench_api.py [--events 100000] [--requests 300] [--data DIR] [--keep]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.model import (  # noqa: E402
    Country,
    Document,
    Event,
    GraphBatch,
    Label,
    Person,
    Place,
    RelRecord,
    RelType,
    node,
)
from graph.store import GraphStore, open_store  # noqa: E402

COUNTRIES = [
    "FR",
    "JP",
    "DE",
    "BR",
    "KE",
    "IN",
    "CA",
    "MX",
    "EG",
    "ID",
    "NO",
    "AR",
    "VN",
    "GH",
    "PL",
    "TR",
    "AU",
    "CL",
    "MA",
    "PH",
]
KINDS = ["meeting", "visit", "call", "talks", "summit", "signing"]


def build(store: GraphStore, n_events: int, n_people: int, seed: int = 7) -> list[str]:
    """Write the generated graph in batches; return the person ids."""
    rng = random.Random(seed)
    store.reset()
    base = GraphBatch()
    for code in COUNTRIES:
        base.nodes.append(node(Label.COUNTRY, Country(id=code, name=f"Country {code}")))
    people = [f"person-{i}" for i in range(n_people)]
    for i, pid in enumerate(people):
        code = COUNTRIES[i % len(COUNTRIES)]
        base.nodes.append(
            node(
                Label.PERSON, Person(id=pid, name=f"Person {i}", country=code, titles=["Minister"])
            )
        )
        base.rels.append(
            RelRecord(
                type=RelType.REPRESENTS,
                src_label=Label.PERSON,
                src=pid,
                dst_label=Label.COUNTRY,
                dst=code,
            )
        )
    places = [f"place-city-{i}" for i in range(300)]
    for i, plid in enumerate(places):
        base.nodes.append(
            node(Label.PLACE, Place(id=plid, name=f"City {i}", country=COUNTRIES[i % 20]))
        )
    store.write(base)
    batch_size = 2000
    t0 = time.perf_counter()
    for start in range(0, n_events, batch_size):
        b = GraphBatch()
        for n in range(start, min(start + batch_size, n_events)):
            eid = f"ev-{n}"
            date = (
                f"{2000 + rng.randrange(26)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            )
            b.nodes.append(
                node(
                    Label.EVENT,
                    Event(id=eid, kind=rng.choice(KINDS), date=date, date_precision="day"),
                )
            )
            for pid in rng.sample(people, rng.choice((2, 2, 3))):
                b.rels.append(
                    RelRecord(
                        type=RelType.PARTICIPATED_IN,
                        src_label=Label.PERSON,
                        src=pid,
                        dst_label=Label.EVENT,
                        dst=eid,
                        props={"role": "participant"},
                    )
                )
            b.rels.append(
                RelRecord(
                    type=RelType.HELD_IN,
                    src_label=Label.EVENT,
                    src=eid,
                    dst_label=Label.PLACE,
                    dst=rng.choice(places),
                )
            )
            if n % 4 == 0:
                doc = f"doc-{n // 4}"
                b.nodes.append(
                    node(Label.DOCUMENT, Document(id=doc, title=f"Report {n // 4}", published=date))
                )
                b.rels.append(
                    RelRecord(
                        type=RelType.REPORTED_IN,
                        src_label=Label.EVENT,
                        src=eid,
                        dst_label=Label.DOCUMENT,
                        dst=doc,
                        props={"quote": f"Report of event {n}."},
                        key="q",
                    )
                )
        store.write(b)
    print(f"wrote {n_events} events, {n_people} people in {time.perf_counter() - t0:.1f} s")
    counts = store.counts()
    nodes, rels = sum(counts.nodes.values()), sum(counts.relationships.values())
    print(f"graph: {nodes} nodes, {rels} relationships")
    return people


def measure(client: httpx.Client, urls: list[str], workers: int) -> dict[str, float]:
    def one(url: str) -> float:
        t = time.perf_counter()
        r = client.get(url)
        if r.status_code != 200:
            raise RuntimeError(f"GET {url} -> {r.status_code}: {r.text[:200]}")
        return time.perf_counter() - t

    start = time.perf_counter()
    if workers == 1:
        lat = [one(u) for u in urls]
    else:
        with ThreadPoolExecutor(workers) as pool:
            lat = list(pool.map(one, urls))
    wall = time.perf_counter() - start
    lat.sort()
    return {
        "n": len(lat),
        "p50_ms": statistics.median(lat) * 1000,
        "p99_ms": lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000,
        "rps": len(lat) / wall,
    }


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--people", type=int, default=2_000)
    ap.add_argument("--requests", type=int, default=300, help="requests per endpoint and mode")
    ap.add_argument("--workers", type=int, default=4, help="concurrent clients in the second pass")
    ap.add_argument("--data", type=Path, default=None, help="data folder (default: a temp dir)")
    ap.add_argument("--keep", action="store_true", help="keep the data folder")
    ap.add_argument("--skip-build", action="store_true", help="reuse the graph in --data")
    args = ap.parse_args()
    data = args.data or Path(tempfile.mkdtemp(prefix="diplograph-bench-"))
    url = f"embedded:{data}"
    people = [f"person-{i}" for i in range(args.people)]
    # this process owns the embedded server for the whole run; `serve` connects to it
    store = open_store(url)
    if not args.skip_build:
        people = build(store, args.events, args.people)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "DIPLOGRAPH_API_KEY"}
    log = (data / "serve.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "diplograph", "serve", "--port", str(port), "--db", url],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    rng = random.Random(11)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait(base)
        with httpx.Client(
            base_url=base, timeout=60, limits=httpx.Limits(max_connections=args.workers)
        ) as client:
            cases = {
                "GET /actors/{id}/meetings": lambda: f"/actors/{rng.choice(people)}/meetings",
                "GET /meetings": lambda: f"/meetings?offset={rng.randrange(0, 500)}",
                "GET /meetings?country=&since=": lambda: (
                    f"/meetings?country={rng.choice(COUNTRIES)}&since={2000 + rng.randrange(25)}"
                ),
                "GET /meetings?a=": lambda: f"/meetings?a={rng.choice(people)}",
            }
            for make in cases.values():  # warm-up
                for _ in range(5):
                    client.get(make())
            print(f"\n{args.events} events; {args.requests} requests per row; 2-core machine")
            print("| endpoint | clients | p50 ms | p99 ms | requests/s |\n|---|---|---|---|---|")
            for name, make in cases.items():
                for workers in (1, args.workers):
                    m = measure(client, [make() for _ in range(args.requests)], workers)
                    p50, p99, rps = m["p50_ms"], m["p99_ms"], m["rps"]
                    print(f"| {name} | {workers} | {p50:.1f} | {p99:.1f} | {rps:.1f} |")
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(30)
        store.close()
        if not args.keep and args.data is None:
            shutil.rmtree(data, ignore_errors=True)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(base: str) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/health", timeout=30).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise RuntimeError("the server did not come up")


if __name__ == "__main__":
    main()
