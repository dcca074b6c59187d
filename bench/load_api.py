"""Throughput of `diplograph serve` under many concurrent clients, by number of workers.

Builds a generated graph (bench_api.build: invented people, places, events) in an embedded
store, starts `diplograph serve --workers N` for each worker count (all on that store), and
in alternating rounds keeps CONCURRENCY clients busy on each with a mix of GET /meetings,
/actors/{id}/meetings and /actors?q=. Reports req/s, p50 and p99 latency and errors per
round, and the medians with each count's req/s as a ratio to the first (the floor, measured
in the same run: timings on a shared machine are noisy).

    python bench/load_api.py [--events 20000] [--workers 1,2] [--concurrency 64]
                             [--rounds 5] [--seconds 15]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_api import build  # noqa: E402

from graph.store import open_store  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_serve(db: str, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIPLOGRAPH_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "diplograph", "--db", db, "serve", "--port", str(port)]
        + ["--workers", str(workers)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    ready = 0
    while ready < 2 * workers:  # several answers in a row: every worker is up
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"serve --workers {workers} did not come up")
        try:
            ready += httpx.get(f"{url}/health", timeout=5).status_code == 200
        except httpx.TransportError:
            time.sleep(0.5)
    return proc, url


def stop_serve(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


async def hammer(url: str, paths: list[str], concurrency: int, seconds: float) -> dict[str, Any]:
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    stop_at = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:

        async def client_loop(seed: int) -> None:
            rng = random.Random(seed)
            while time.monotonic() < stop_at:
                started = time.perf_counter()
                try:
                    status = str((await client.get(rng.choice(paths))).status_code)
                except httpx.HTTPError as exc:
                    status = type(exc).__name__
                if status == "200":
                    latencies.append(time.perf_counter() - started)
                else:
                    errors[status] += 1

        began = time.monotonic()
        await asyncio.gather(*(client_loop(i) for i in range(concurrency)))
        wall = time.monotonic() - began
    latencies.sort()
    return {
        "requests": len(latencies),
        "rps": len(latencies) / wall,
        "p50_ms": statistics.median(latencies) * 1000 if latencies else float("nan"),
        "p99_ms": latencies[int(len(latencies) * 0.99)] * 1000 if latencies else float("nan"),
        "errors": sum(errors.values()),
        "kinds": dict(errors),
    }


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--events", type=int, default=20_000)
    ap.add_argument("--people", type=int, default=2_000)
    ap.add_argument("--workers", default="1,2", help="worker counts; the first is the floor")
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--seconds", type=float, default=15.0, help="length of one round")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()

    data = Path(tempfile.mkdtemp(prefix="diplograph-load-"))
    db = f"embedded:{data}"
    with open_store(db) as store:
        people = build(store, args.events, args.people)
    rng = random.Random(3)
    paths = (
        [f"/actors/{rng.choice(people)}/meetings?limit=20" for _ in range(200)]
        + [f"/meetings?country=FR&limit=20&offset={rng.randrange(0, 100)}" for _ in range(100)]
        + [f"/actors?q=person%20{rng.randrange(0, 200)}&limit=10" for _ in range(100)]
    )
    counts = [int(w) for w in args.workers.split(",")]
    # Every configuration runs at once over the same store (the first `serve` starts its
    # server, the others share it) and the rounds alternate between them, so that the load
    # other processes put on the machine falls on all of them alike.
    servers = {}
    try:
        for workers in counts:
            servers[workers] = start_serve(db, workers)
        runs: dict[int, list[dict[str, Any]]] = {w: [] for w in counts}
        for round_no in range(1, args.rounds + 1):
            for workers in counts:
                _, url = servers[workers]
                r = asyncio.run(hammer(url, paths, args.concurrency, args.seconds))
                runs[workers].append(r)
                print(
                    f"round {round_no}, workers {workers}: {r['rps']:.1f} req/s, "
                    f"p50 {r['p50_ms']:.0f} ms, p99 {r['p99_ms']:.0f} ms, "
                    f"{int(r['requests'])} ok, {int(r['errors'])} errors {r['kinds'] or ''}",
                    flush=True,
                )
    finally:
        for proc, _ in reversed(list(servers.values())):
            stop_serve(proc)
    floor = statistics.median(r["rps"] for r in runs[counts[0]])
    for workers in counts:
        rps = statistics.median(r["rps"] for r in runs[workers])
        p50 = statistics.median(r["p50_ms"] for r in runs[workers])
        errors = sum(int(r["errors"]) for r in runs[workers])
        print(
            f"workers {workers}: median {rps:.1f} req/s ({rps / floor:.2f}x workers "
            f"{counts[0]}), median p50 {p50:.0f} ms, {errors} errors "
            f"(concurrency {args.concurrency}, {args.rounds} rounds of {args.seconds:g} s)",
            flush=True,
        )


if __name__ == "__main__":
    main()
