"""Hostile input against a live API, on each engine: deeply nested and oversized Cypher,
LOAD CSV towards a local listener, huge results, overrunning queries, deep parameters, bad
documents and impossible dates, then a schemathesis run over the whole OpenAPI schema.
Meanwhile a monitor calls GET /health every 0.2 s. Reports per case the status and time,
the number of 5xx answers (504 for a query past its timeout is expected, any other 5xx is
a failure), connections the listener received, and /health's slowest answer.

    python bench/hostile.py [--engines embedded,neo4j] [--neo4j-url bolt://...]
                            [--examples 30]

Without --neo4j-url the Neo4j test server (tests/neo4j_server, built with Maven) is
started for the run. Exit status 1 if any server error, connection out or /health failure.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from api.app import create_app  # noqa: E402
from api.settings import Settings  # noqa: E402
from graph.store import GraphStore, open_store  # noqa: E402
from tests.api.conftest import LiveServer  # noqa: E402
from tests.fixture_graph import load_fixture  # noqa: E402

KEY = "hostile-key-0123"
HEALTH_EVERY_S = 0.2


def nested(open_: str, inner: str, close: str, n: int) -> str:
    return open_ * n + inner + close * n


def cypher_cases(port: int) -> list[tuple[str, dict[str, Any]]]:
    deep: Any = 1
    for _ in range(900):
        deep = [deep]
    twelve = nested("(", "1", ")", 12)
    return [
        ("parentheses x30", {"query": "RETURN " + nested("(", "1", ")", 30)}),
        ("unary minus x30", {"query": "RETURN " + "- " * 30 + "1"}),
        ("NOT x30", {"query": "RETURN " + "NOT " * 30 + "true"}),
        ("(- x10", {"query": "RETURN " + nested("(-", "1", ")", 10)}),
        ("lists x500", {"query": "RETURN " + nested("[", "1", "]", 500)}),
        ("maps x20", {"query": "RETURN " + nested("{a: ", "1", "}", 20)}),
        ("CASE x200", {"query": "RETURN " + "CASE WHEN true THEN " * 200 + "1" + " END" * 200}),
        ("comprehension x15", {"query": "RETURN " + "[x IN " * 15 + "[1]" + " | x]" * 15}),
        ("parentheses x3000", {"query": "RETURN " + nested("(", "1", ")", 3000)}),
        ("500 x 12 levels", {"query": "RETURN " + " + ".join([twelve] * 500)}),
        ("12 levels (allowed)", {"query": f"RETURN {twelve} AS x"}),
        ("20,001 characters", {"query": "RETURN 1" + " " * 20_000}),
        ("LOAD CSV http", {"query": f"LOAD CSV FROM 'http://127.0.0.1:{port}/a' AS r RETURN r"}),
        ("LOAD CSV https", {"query": f"LOAD CSV FROM 'https://127.0.0.1:{port}/a' AS r RETURN r"}),
        (
            "LOAD CSV $url",
            {
                "query": "load csv with headers from $u AS r RETURN r",
                "params": {"u": f"http://127.0.0.1:{port}/b"},
            },
        ),
        ("LOAD CSV file", {"query": "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r"}),
        ("params 900 deep", {"query": "RETURN $p AS p", "params": {"p": deep}}),
        ("params 200k values", {"query": "RETURN size($p)", "params": {"p": [1] * 200_000}}),
        ("param 2^70", {"query": "RETURN $p", "params": {"p": 2**70}}),
        ("write", {"query": "CREATE (:Person {id: 'x'})"}),
        # last: these hold the ad-hoc query slot until the engine ends them
        ("2M rows", {"query": "UNWIND range(1, 2000000) AS x RETURN x"}),
        ("cartesian", {"query": "MATCH (a), (b), (c), (d), (e), (f) RETURN count(*)"}),
        ("100M range count", {"query": "UNWIND range(1, 100000000) AS x RETURN count(x)"}),
    ]


def document_cases() -> list[tuple[str, dict[str, Any]]]:
    controls = "".join(chr(c) for c in range(1, 32) if c not in (9, 10, 12, 13))
    article = "Envoy Mara Quell met Minister Tobin Ash in Varna on Monday."
    return [
        ("control characters only", {"text": controls * 100}),
        ("published 2024-02-30", {"text": article, "published": "2024-02-30"}),
        ("published 2024-13-45", {"text": article, "published": "2024-13-45"}),
        ("5.4 MB text", {"text": "é" * 2_700_000}),
        ("whitespace only", {"text": " \n\t" * 1000}),
        ("NUL in text", {"text": "a\x00b"}),
    ]


QUERY_PARAM_CASES = [
    ("/meetings", {"since": "2024-02-31"}),
    ("/meetings", {"until": "2023-02-29"}),
    ("/map", {"since": "2024-02-31"}),
    ("/agreements", {"since": "2024-13"}),
    ("/actors/p-sato/meetings", {"since": "2024-04-31"}),
    ("/meetings", {"limit": "10" * 30}),
    ("/meetings", {"offset": "-1"}),
    ("/actors", {"q": "a\x00b"}),
    ("/paths", {"from": "p-sato", "to": "p-durand", "max_hops": "99"}),
]


@contextmanager
def listener() -> Iterator[tuple[int, list[Any]]]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.settimeout(0.2)
    seen: list[Any] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, addr = sock.accept()
            except OSError:
                continue
            seen.append(addr)
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield sock.getsockname()[1], seen
    finally:
        stop.set()
        thread.join(2)
        sock.close()


class HealthMonitor:
    """GET /health every HEALTH_EVERY_S: the slowest answer and the failures."""

    def __init__(self, url: str) -> None:
        self.url, self.worst, self.failures, self.calls = url, 0.0, 0, 0
        self.phase = "start"
        self.slow: dict[str, list[float]] = {}  # phase -> answers over 1 s (or failed: inf)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        with httpx.Client(base_url=self.url, timeout=10) as client:
            while not self._stop.is_set():
                start = time.monotonic()
                try:
                    ok = client.get("/health").status_code == 200
                except httpx.HTTPError:
                    ok = False
                took = time.monotonic() - start
                self.calls += 1
                self.worst = max(self.worst, took)
                if not ok or took >= 1.0:
                    self.failures += 1
                    self.slow.setdefault(self.phase, []).append(took if ok else float("inf"))
                self._stop.wait(HEALTH_EVERY_S)

    def __enter__(self) -> HealthMonitor:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join(15)


def timed(call: Callable[[], httpx.Response]) -> tuple[int, float, str]:
    start = time.monotonic()
    try:
        r = call()
        status, detail = r.status_code, r.text[:90]
    except httpx.HTTPError as exc:
        status, detail = 0, f"{type(exc).__name__}: {exc}"[:90]
    return status, time.monotonic() - start, detail


def schemathesis_run(url: str, examples: int) -> tuple[int, str]:
    """Server errors schemathesis found (its not_a_server_error check), and its summary."""
    exe = shutil.which("schemathesis")
    if exe is None:
        return -1, "schemathesis is not installed"
    report = tempfile.mkdtemp(prefix="hostile-st-")
    cmd = [
        exe, "run", f"{url}/openapi.json", "--checks", "not_a_server_error",
        "-H", f"X-API-Key: {KEY}", "-n", str(examples), "--request-timeout", "30",
        "--phases", "examples,coverage,fuzzing", "--report", "junit", "--report-dir", report,
    ]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, check=False)
    out = proc.stdout + proc.stderr
    shutil.rmtree(report, ignore_errors=True)
    found = re.findall(r"Server error", out)
    # 504 is the answer for a query past its timeout: counted apart
    counts = (ln for ln in reversed(out.splitlines()) if re.search(r"\d+ (passed|failed)", ln))
    summary = next(counts, out[-300:])
    errors = len(found) if proc.returncode else 0
    return errors, summary.strip()


def run_engine(name: str, store: GraphStore, examples: int) -> dict[str, Any]:
    store.reset()
    load_fixture(store)
    server = LiveServer(create_app(store, Settings(api_key=KEY)))
    rows: list[tuple[str, int, float, str]] = []
    try:
        with (
            listener() as (port, seen),
            HealthMonitor(server.url) as health,
            httpx.Client(base_url=server.url, timeout=60, headers={"X-API-Key": KEY}) as c,
        ):
            for label, body in cypher_cases(port):
                health.phase = f"/cypher {label}"
                rows.append((f"/cypher {label}", *timed(partial(c.post, "/cypher", json=body))))
                time.sleep(0.2)
            for label, body in document_cases():
                health.phase = f"/documents {label}"
                call = partial(c.post, "/documents", json=body)
                rows.append((f"/documents {label}", *timed(call)))
            for path, params in QUERY_PARAM_CASES:
                label = f"{path}?{'&'.join(f'{k}={v[:12]}' for k, v in params.items())}"
                rows.append((label, *timed(partial(c.get, path, params=params))))
            health.phase = "after the cases"
            time.sleep(12)  # let an overrunning query end, so schemathesis gets a slot
            health.phase = "schemathesis"
            st_errors, st_summary = schemathesis_run(server.url, examples)
            connections = list(seen)
        return {
            "engine": name,
            "cases": rows,
            "server_errors": [r for r in rows if r[1] >= 500 and r[1] != 504 or r[1] == 0],
            "connections_out": len(connections),
            "health_worst_s": health.worst,
            "health_failures": health.failures,
            "health_calls": health.calls,
            "health_slow": {k: [round(t, 2) for t in v] for k, v in health.slow.items()},
            "schemathesis_errors": st_errors,
            "schemathesis": st_summary,
        }
    finally:
        server.stop()


@contextmanager
def engine_store(name: str, neo4j_url: str | None) -> Iterator[GraphStore]:
    if name == "embedded":
        folder = tempfile.mkdtemp(prefix="hostile-")
        store = open_store(f"embedded:{folder}")
        try:
            yield store
        finally:
            store.close()
            shutil.rmtree(folder, ignore_errors=True)
        return
    if neo4j_url:
        with open_store(neo4j_url) as store:
            yield store
        return
    from tests.neo4j_server import plugin

    if plugin.build_jar() or not (java := plugin.java_cmd()):
        raise SystemExit("cannot build or run the Neo4j test server: pass --neo4j-url")
    server = plugin.Neo4jServer(java)
    try:
        if reason := server.wait_ready(plugin.START_TIMEOUT_S):
            raise SystemExit(f"Neo4j test server did not start: {reason}")
        url = f"bolt://{plugin.USER}:{plugin.PASSWORD}@127.0.0.1:{server.port}"
        with open_store(url) as store:
            yield store
    finally:
        server.stop()


def report(result: dict[str, Any]) -> None:
    print(f"\n== {result['engine']}")
    for label, status, took, detail in result["cases"]:
        print(f"  {status:>3}  {took:6.2f} s  {label[:44]:<44} {detail[:60]!r}")
    print(
        f"  server errors: {len(result['server_errors'])}; connections to the listener: "
        f"{result['connections_out']}; /health: {result['health_calls']} calls, slowest "
        f"{result['health_worst_s']:.2f} s, {result['health_failures']} failed or over 1 s"
    )
    for phase, waits in result["health_slow"].items():
        print(f"  /health over 1 s during {phase}: {waits}")
    errors = result["schemathesis_errors"]
    print(f"  schemathesis: {errors} server errors ({result['schemathesis']})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engines", default="embedded,neo4j")
    parser.add_argument("--neo4j-url", default=os.environ.get("DIPLOGRAPH_TEST_NEO4J_URL"))
    parser.add_argument("--examples", type=int, default=30, help="schemathesis examples/op")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    results = []
    for name in args.engines.split(","):
        with engine_store(name, args.neo4j_url) as store:
            results.append(run_engine(name, store, args.examples))
        report(results[-1])
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, default=str))
    bad = any(
        r["server_errors"] or r["connections_out"] or r["health_failures"]
        or r["schemathesis_errors"]
        for r in results
    )  # fmt: skip
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
