"""Load test of the HTTP API on a generated graph, on the embedded store or on Neo4j.

Builds a graph of N events (default 1,000,000) among invented people, places and countries
THROUGH `diplograph load` (records files of --chunk events each, see bench/bench_data.py),
starts `diplograph serve` on 127.0.0.1 and times every list endpoint with 1 and --workers
concurrent clients. Each row reports p50, p99 and requests/s, p50 as a multiple of the p50 of
GET /openapi.json (a request that touches no graph) measured right before the row with the
same number of clients (the load of a shared machine drifts), and p99 as a multiple of the
row's own p50.

    python bench/bench_api.py --engine embedded --events 1000000 --people 20000 \
        --data /work/bench-data/embedded-1m [--build-only] [--code /path/to/checkout]

A data folder that already holds a graph built with the same --events/--people is reused.
`--code DIR` serves the API of another checkout over the same graph (for before/after).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import graph.embedded  # noqa: E402
from bench.bench_data import (  # noqa: E402
    COUNTRIES,
    KINDS,
    Neo4jServer,
    generate,
    load,
    load_batches,
    person_id,
    wait_for_indexes,
)
from graph.store import open_store  # noqa: E402


def build(url: str, data: Path, args: argparse.Namespace) -> dict:
    marker = data / "built.json"
    wanted = {"events": args.events, "people": args.people, "chunk": args.chunk}
    wanted["loader"] = args.loader
    if marker.exists():
        built = json.loads(marker.read_text())
        if {k: built.get(k) for k in wanted} == wanted:
            print(f"reusing the graph in {data} (built {built})")
            return dict(built)
    records = data / "records"
    t0 = time.perf_counter()
    files = generate(records, args.events, args.people, args.chunk)
    gen_s = time.perf_counter() - t0
    print(f"generated {len(files)} records files in {gen_s:.0f} s; loading ({args.loader})")
    with open_store(url) as store:
        store.reset()
    load_s = (load if args.loader == "cli" else load_batches)(url, files)
    shutil.rmtree(records, ignore_errors=True)
    built = {**wanted, "load_s": round(load_s, 1), "events_per_s": round(args.events / load_s)}
    marker.write_text(json.dumps(built))
    print(f"loaded {args.events} events in {load_s:.0f} s ({built['events_per_s']} events/s)")
    return built


def measure(client: httpx.Client, urls: list[str], workers: int) -> dict[str, float]:
    def one(url: str) -> float:
        t = time.perf_counter()
        r = client.get(url)
        if r.status_code != 200:
            raise RuntimeError(f"GET {url} -> {r.status_code}: {r.text[:300]}")
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
        "p50_ms": statistics.median(lat) * 1000,
        "p99_ms": lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000,
        "rps": len(lat) / wall,
    }


def cases(args: argparse.Namespace, cursors: list[str]) -> dict[str, Callable[[], str]]:
    rng = random.Random(11)
    n_events = args.events

    def person() -> str:
        return person_id(rng.randrange(args.people))

    def month() -> str:
        return f"{2000 + rng.randrange(26)}-{rng.randrange(1, 13):02d}"

    def two_countries() -> tuple[str, str]:
        a, b = rng.sample(COUNTRIES, 2)
        return a, b

    return {
        "GET /openapi.json (floor)": lambda: "/openapi.json",
        "GET /health": lambda: "/health",
        "GET /stats": lambda: "/stats",
        "GET /meetings (first page)": lambda: "/meetings",
        "GET /meetings?cursor= (a later page)": lambda: (
            f"/meetings?cursor={rng.choice(cursors)}" if cursors else "/meetings?offset=200"
        ),
        "GET /meetings?offset= (0-500)": lambda: f"/meetings?offset={rng.randrange(0, 500)}",
        "GET /meetings?kind=": lambda: f"/meetings?kind={rng.choice(KINDS)}",
        "GET /meetings?since=&until= (a month)": lambda: "/meetings?since={0}&until={0}-28".format(
            month()
        ),
        "GET /meetings?country=&since=": lambda: (
            f"/meetings?country={rng.choice(COUNTRIES)}&since={2000 + rng.randrange(25)}"
        ),
        "GET /meetings?a=": lambda: f"/meetings?a={person()}",
        "GET /meetings?a=&b=": lambda: f"/meetings?a={person()}&b={person()}",
        "GET /actors?q=": lambda: f"/actors?q={rng.choice(['arden', 'person 1', 'balo 7'])}",
        "GET /actors/{id}/meetings": lambda: f"/actors/{person()}/meetings",
        # the explorer's search box (one request per key typed) and its expand
        "GET /actors/suggest?q=": lambda: "/actors/suggest?q={}".format(
            rng.choice(["ar", "arden", "person 1", "balo 7", "hollis 12"])
        ),
        "GET /actors/{id}/counterparts": lambda: f"/actors/{person()}/counterparts",
        "GET /agreements": lambda: "/agreements",
        "GET /agreements?party=": lambda: f"/agreements?party={rng.choice(COUNTRIES)}",
        "GET /countries/{code}/relations?with=": lambda: "/countries/{}/relations?with={}".format(
            *two_countries()
        ),
        "GET /events/{id}": lambda: f"/events/ev-{rng.randrange(n_events)}",
    }


# required parameters of the saved queries on the generated graph (the rest keep defaults)
QUERY_PARAMS: dict[str, dict[str, str]] = {
    "actor_agreements": {"actor": "person-5"},
    "actor_meetings": {"actor": "person-5"},
    "agreements_by_party": {"party": "FR"},
    "bilateral_timeline": {"a": "FR", "b": "JP"},
    "brokers_between": {"a": "FR", "b": "JP"},
    "co_signatories": {"actor": "person-5"},
    "common_contacts": {"a": "person-1", "b": "person-2"},
    "country_engagements": {"country": "FR"},
    "event_sources": {"fact": "ev-8"},
    "events_in_place": {"place": "City 7"},
    "first_last_contact": {"a": "person-1", "b": "person-2"},
    "frequent_counterparts": {"actor": "person-5"},
    "meetings_between": {"a": "person-1", "b": "person-2"},
    "meetings_in_period": {"since": "2024", "until": "2024-12-31"},
    "visits_abroad_by_title": {"title": "minister"},
    "who_met_whom": {},
}


def time_queries(client: httpx.Client) -> list[dict]:
    """Each saved query once over HTTP (the API's timeout applies), with default parameters."""
    out = []
    print("\n| saved query | ms | rows | status |\n|---|---|---|---|")
    for item in client.get("/queries", params={"limit": 200}).json()["items"]:
        name = item["name"]
        t = time.perf_counter()
        r = client.post(f"/queries/{name}", json=QUERY_PARAMS.get(name, {}))
        ms = (time.perf_counter() - t) * 1000
        rows = len(r.json().get("rows", [])) if r.status_code == 200 else 0
        out.append({"query": name, "ms": ms, "rows": rows, "status": r.status_code})
        print(f"| {name} | {ms:.0f} | {rows} | {r.status_code} |", flush=True)
    return out


def collect_cursors(client: httpx.Client, pages: int = 40) -> list[str]:
    """`next_cursor` of the first pages of /meetings (none from an API without cursors)."""
    out: list[str] = []
    url = "/meetings"
    for _ in range(pages):
        body = client.get(url).json()
        cursor = body.get("next_cursor")
        if not cursor:
            break
        out.append(cursor)
        url = f"/meetings?cursor={cursor}"
    return out


def serve(code: Path, url: str, port: int, log: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "DIPLOGRAPH_API_KEY"}
    env["PYTHONPATH"] = str(code)
    return subprocess.Popen(
        [sys.executable, "-m", "diplograph", "serve", "--port", str(port), "--db", url],
        cwd=code,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log.open("w"),
    )


def run(url: str, data: Path, args: argparse.Namespace, built: dict) -> None:
    with open_store(url) as store:
        waited = wait_for_indexes(store)
        counts = store.counts()
    print(f"indexes ready after {waited:.0f} s")
    nodes, rels = sum(counts.nodes.values()), sum(counts.relationships.values())
    port = _free_port()
    server = serve(args.code, url, port, data / "serve.log")
    results: list[dict] = []
    queries: list[dict] = []
    try:
        base = f"http://127.0.0.1:{port}"
        _wait(base)
        limits = httpx.Limits(max_connections=args.workers)
        with httpx.Client(base_url=base, timeout=120, limits=limits) as client:
            cursors = collect_cursors(client)
            table = cases(args, cursors)
            for name, make in list(table.items()):  # warm-up
                for _ in range(5):
                    if client.get(make()).status_code == 404:  # not in this version's API
                        del table[name]
                        break
            print(
                f"\n{args.engine}, code {args.code}: {args.events} events, {nodes} nodes, "
                f"{rels} relationships; {args.requests} requests per row"
            )
            queries = time_queries(client) if args.queries else []
            print(
                "| request | clients | p50 ms | p99 ms | req/s | openapi p50 ms "
                "| p50 ÷ openapi p50 | p99 ÷ p50 |"
            )
            print("|---|---|---|---|---|---|---|---|")
            floor_url = table.pop("GET /openapi.json (floor)")()
            for workers in (1, args.workers):
                for name, make in table.items():
                    # the floor right before each row: the shared machine's load drifts
                    floor = measure(client, [floor_url] * max(20, args.requests // 3), workers)
                    m = measure(client, [make() for _ in range(args.requests)], workers)
                    row = {"request": name, "clients": workers, **m}
                    row |= {
                        "floor_p50_ms": floor["p50_ms"],
                        "x_floor": m["p50_ms"] / floor["p50_ms"],
                    }
                    results.append(row)
                    print(
                        f"| {name} | {workers} | {m['p50_ms']:.1f} | {m['p99_ms']:.1f} | "
                        f"{m['rps']:.1f} | {floor['p50_ms']:.1f} | {row['x_floor']:.1f} | "
                        f"{m['p99_ms'] / m['p50_ms']:.1f} |",
                        flush=True,
                    )
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(60)
    if args.json:
        summary = {"engine": args.engine, "code": str(args.code), "built": built}
        summary |= {"nodes": nodes, "relationships": rels, "rows": results, "queries": queries}
        args.json.write_text(json.dumps(summary, indent=1))


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--engine", choices=["embedded", "neo4j"], default="embedded")
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--people", type=int, default=20_000)
    ap.add_argument("--chunk", type=int, default=20_000, help="events per records file")
    ap.add_argument("--requests", type=int, default=200, help="requests per row")
    ap.add_argument("--workers", type=int, default=4, help="concurrent clients, second pass")
    ap.add_argument("--data", type=Path, required=True, help="data folder (kept and reused)")
    ap.add_argument(
        "--loader",
        choices=["cli", "batch"],
        default="cli",
        help="cli: `diplograph load` per records file; batch: GraphStore.write per file",
    )
    ap.add_argument("--build-only", action="store_true")
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose API is served")
    ap.add_argument("--queries", action="store_true", help="also time the saved queries")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)
    # a store of a million events takes longer than the default to load when its server
    # starts on a busy machine; this process starts it and the others connect to it
    graph.embedded.START_TIMEOUT_S = max(graph.embedded.START_TIMEOUT_S, 900.0)
    neo4j = Neo4jServer(args.data / "neo4j") if args.engine == "neo4j" else None
    # the embedded server is owned by this process for the whole run; loads and `serve`
    # connect to it
    url = neo4j.url if neo4j else f"embedded:{args.data / 'graph'}"
    owner = open_store(url) if not neo4j else None
    try:
        built = build(url, args.data, args)
        if not args.build_only:
            run(url, args.data, args, built)
    finally:
        if owner is not None:
            owner.close()
        if neo4j is not None:
            neo4j.stop()


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(base: str) -> None:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/openapi.json", timeout=30).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise RuntimeError("the server did not come up")


if __name__ == "__main__":
    main()
