"""Kill -9 trials against the embedded store: does anything acknowledged get lost, is any
document half-written, and how fast does the API come back? (Not a unit test: a script that
reports figures; docs/reliability.md quotes them.)

Trials, N of each (--trials):
- cli: SIGKILL `diplograph ingest` after a random number of status lines (its store server
  dies with it);
- server: SIGKILL the store server under `diplograph ingest` (the command must stop with one
  coded line and exit 2, the document in flight reported as it is in the store);
- serve: SIGKILL the store server under `diplograph serve` while a client loops on GET
  /actors; measures the time until the API answers 200 again and the requests that failed
  meanwhile.

After each ingest trial the store is opened again and checked against a reference ingest of
the same files into an empty store: every document reported new must be there
(acknowledged-but-lost otherwise), and every document there must have all its facts
(REPORTED_IN links as many as in the reference; half-written otherwise).

    python bench/chaos.py [--trials 5] [--docs 40] [--seed 1]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.embedded import EmbeddedServer, server_pids  # noqa: E402
from graph.store import open_store  # noqa: E402

FIRST = ["Alda", "Tomas", "Irena", "Pavel", "Mirela", "Odd", "Kasia", "Joren", "Lene", "Rafa"]
LAST = ["Verhoeven", "Kelberg", "Sandvik", "Orlov", "Duarte", "Halvorsen", "Mazur", "Brandt"]
PLACES = [("Norway", "Oslo"), ("Chile", "Santiago"), ("Poland", "Warsaw"), ("Kenya", "Nairobi")]
DOC_FACTS = """
MATCH (d:Document) OPTIONAL MATCH (f)-[r:REPORTED_IN]->(d)
RETURN d.source AS source, count(r) AS facts
"""


def write_corpus(folder: Path, count: int) -> None:
    """Invented reports, a few sentences each (names made up for this script)."""
    folder.mkdir(parents=True)
    for i in range(count):
        a = f"{FIRST[i % 10]} {LAST[i % 8]}"
        b = f"{FIRST[(i + 3) % 10]} {LAST[(i + 5) % 8]}"
        (ca, _), (cb, city) = PLACES[i % 4], PLACES[(i + 1) % 4]
        text = (
            f"date 2024-{i % 12 + 1:02d}-{i % 27 + 1:02d}\n"
            f"Foreign Minister {a} of {ca} met Foreign Minister {b} of {cb} in {city} on "
            f"Tuesday. They discussed fisheries and rail links (report {i}). Later, {a} "
            f"spoke by phone with Prime Minister {LAST[(i + 2) % 8]} of {cb}.\n"
        )
        (folder / f"report-{i:04d}.txt").write_text(text, encoding="utf-8")


def env() -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("DIPLOGRAPH_")}
    return {**base, "COLUMNS": "300", "NO_COLOR": "1"}


def facts_by_source(db: str) -> dict[str, int]:
    with open_store(db) as store:
        return {r["source"]: int(r["facts"]) for r in store.read(DOC_FACTS, row_cap=100_000).rows}


def ingest_trial(corpus: Path, reference: dict[str, int], kill_what: str, after: int) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="chaos-"))
    db = f"embedded:{folder}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "diplograph", "--db", db, "ingest", str(corpus)],
        cwd=ROOT,
        env=env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stderr is not None
    lines: list[str] = []
    killed = False
    for line in proc.stdout:
        if line.split(" ", 1)[0] in ("new", "failed", "unchanged", "replaced"):
            lines.append(line.rstrip("\n"))
        if len(lines) == after and not killed:
            killed = True
            if kill_what == "cli":
                proc.kill()
                break
            pid = EmbeddedServer(folder).pid
            if pid:
                os.kill(pid, signal.SIGKILL)
    code = proc.wait(300)
    stderr = proc.stderr.read()
    deadline = time.monotonic() + 15
    while server_pids(folder) and time.monotonic() < deadline:
        time.sleep(0.1)
    stored = facts_by_source(db)
    acked = [x.split()[1] for x in lines if x.split()[0] in ("new", "replaced", "unchanged")]
    return {
        "acked": len(acked),
        "lost": sum(source not in stored for source in acked),
        "half": sum(reference.get(s) != n for s, n in stored.items()),
        # a document reported failed must not be in the store (item 7: checked, not guessed)
        "failed_but_stored": sum(x.split()[1] in stored for x in lines if x.startswith("failed")),
        "failed_lines": sum(x.startswith("failed") for x in lines),
        "error_lines": sum(x.startswith("error") for x in stderr.splitlines()),
        "code": code,
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve_trial(db: str, folder: Path, rng: random.Random) -> dict:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "diplograph", "--db", db, "serve", "--port", str(port)]
        + ["--workers", "1"],
        cwd=ROOT,
        env=env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/actors?limit=5"
    try:
        with httpx.Client(timeout=30) as client:
            deadline = time.monotonic() + 120
            while True:
                try:
                    if client.get(url).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError("serve did not come up")
                time.sleep(0.2)
            for _ in range(rng.randrange(5, 30)):  # some traffic before the kill
                client.get(url)
            pid = EmbeddedServer(folder).pid
            assert pid is not None
            os.kill(pid, signal.SIGKILL)
            killed_at = time.monotonic()
            failed = 0
            while time.monotonic() - killed_at < 120:
                try:
                    status = client.get(url).status_code
                except httpx.TransportError:
                    status = 0
                if status == 200:
                    return {"recovery_s": time.monotonic() - killed_at, "failed": failed}
                failed += 1
                time.sleep(0.05)
            return {"recovery_s": float("inf"), "failed": failed}
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--trials", type=int, default=5)
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="diplograph-chaos-"))
    corpus = work / "corpus"
    write_corpus(corpus, args.docs)
    ref_db = f"embedded:{work / 'reference'}"
    subprocess.run(
        [sys.executable, "-m", "diplograph", "--db", ref_db, "ingest", str(corpus)],
        cwd=ROOT,
        env=env(),
        capture_output=True,
        check=True,
    )
    reference = facts_by_source(ref_db)
    print(f"reference: {len(reference)} documents, {sum(reference.values())} facts", flush=True)

    for kind in ("cli", "server"):
        trials = []
        for _ in range(args.trials):
            r = ingest_trial(corpus, reference, kind, rng.randrange(1, args.docs - 1))
            trials.append(r)
            print(f"  {kind} kill: {r}", flush=True)
        lost, half = sum(t["lost"] for t in trials), sum(t["half"] for t in trials)
        untrue = sum(t["failed_but_stored"] for t in trials)
        acked = sum(t["acked"] for t in trials)
        print(
            f"{kind} kill -9 x{len(trials)}: {acked} documents acknowledged, "
            f"{lost} acknowledged-but-lost, {half} half-written, {untrue} reported failed "
            f"but stored; exit codes "
            f"{sorted(t['code'] for t in trials)}; failed lines per trial "
            f"{[t['failed_lines'] for t in trials]}; "
            f"error lines {[t['error_lines'] for t in trials]}",
            flush=True,
        )

    folder = work / "reference"
    recoveries = []
    for _ in range(args.trials):
        r = serve_trial(ref_db, folder, rng)
        recoveries.append(r)
        print(f"  serve kill: {r}", flush=True)
    times = [r["recovery_s"] for r in recoveries]
    print(
        f"serve kill -9 x{len(recoveries)}: API back in median {statistics.median(times):.2f} s, "
        f"max {max(times):.2f} s; requests failed while the store was down: "
        f"{[r['failed'] for r in recoveries]}",
        flush=True,
    )


if __name__ == "__main__":
    main()
