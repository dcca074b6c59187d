"""Benchmark: upsert N Person nodes in batches on the embedded store (not a test).

    python bench/bench_merge.py [--nodes 100000] [--batch 5000] [--folder DIR]

Reports rows/s for a first pass (creates) and a second pass over the same ids (updates),
the time to reopen the store, the append-only file's size, and peak memory of this Python
process and of the FalkorDB server. docs/performance.md records a run.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.falkor import EmbeddedFalkorStore  # noqa: E402
from graph.model import GraphBatch, Label, NodeRecord  # noqa: E402


def batches(n: int, size: int, tag: str):
    for start in range(0, n, size):
        yield GraphBatch(
            nodes=[
                NodeRecord(
                    label=Label.PERSON,
                    id=f"person-{i:07d}",
                    props={"name": f"Person {i} {tag}", "country": "FR", "titles": ["Envoy"]},
                )
                for i in range(start, min(n, start + size))
            ]
        )


def server_peak_kib(pid: int | None) -> int:
    """VmHWM (peak resident set) of the server, from /proc."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def upsert_pass(store: EmbeddedFalkorStore, n: int, size: int, tag: str) -> float:
    started = time.perf_counter()
    for batch in batches(n, size, tag):
        store.write(batch)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=5_000)
    parser.add_argument("--folder", type=Path, default=None, help="default: a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        folder = args.folder or Path(tmp) / "db"
        store = EmbeddedFalkorStore(str(folder))
        try:
            create_s = upsert_pass(store, args.nodes, args.batch, "a")
            update_s = upsert_pass(store, args.nodes, args.batch, "b")
            count = store.counts().nodes.get("Person", 0)
            server_kib = server_peak_kib(store.server.pid)
        finally:
            store.close()
        aof_bytes = sum(p.stat().st_size for p in (folder / "appendonlydir").iterdir())
        started = time.perf_counter()
        with EmbeddedFalkorStore(str(folder)) as again:
            reopened = again.counts().nodes.get("Person", 0)
        reopen_s = time.perf_counter() - started
    python_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"nodes: {args.nodes} in batches of {args.batch}; stored {count}, after reopen {reopened}"
    )
    print(f"create pass: {create_s:.2f} s = {args.nodes / create_s:,.0f} rows/s")
    print(f"update pass: {update_s:.2f} s = {args.nodes / update_s:,.0f} rows/s")
    print(f"reopen (replay of the append-only file): {reopen_s:.2f} s")
    print(f"append-only file: {aof_bytes / 2**20:.1f} MiB")
    mib = (python_kib / 1024, server_kib / 1024)
    print(f"peak memory: python {mib[0]:.0f} MiB, FalkorDB server {mib[1]:.0f} MiB")


if __name__ == "__main__":
    main()
