"""CPU time of `diplograph load`'s steps, in process: the checking pass, then the writing
passes of the client (this process) and of the embedded FalkorDB server (its /proc stat),
per record. CPU time suffers less than wall time from a shared machine's load.

    PYTHONPATH=. python bench/load_cpu.py RECORDS.json [--db-dir DIR]

Figures go to docs/performance.md (section "Load")."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.falkor import EmbeddedFalkorStore  # noqa: E402
from graph.load import check_file, write_checked  # noqa: E402


def server_cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("--db-dir", type=Path, help="store folder (default: a new temporary one)")
    args = ap.parse_args()
    folder = args.db_dir or Path(tempfile.mkdtemp(prefix="load-cpu-"))
    store = EmbeddedFalkorStore(str(folder))
    try:
        pid = store.server.pid
        assert pid is not None
        c0, w0 = time.process_time(), time.perf_counter()
        counts, refs = check_file(args.file)
        labels = refs.check(store, str(args.file))
        c1, w1, s1 = time.process_time(), time.perf_counter(), server_cpu_s(pid)
        write_checked(store, args.file, counts, refs, labels)
        c2, w2, s2 = time.process_time(), time.perf_counter(), server_cpu_s(pid)
    finally:
        store.close()
    n = sum(counts.values())
    print(
        f"{n} records ({counts['events']} events): checking cpu {c1 - c0:.1f} s "
        f"(wall {w1 - w0:.1f} s); writing cpu client {c2 - c1:.1f} s, server {s2 - s1:.1f} s "
        f"(wall {w2 - w1:.1f} s); per record client {1e6 * (c2 - c1) / n:.0f} us, "
        f"server {1e6 * (s2 - s1) / n:.0f} us"
    )


if __name__ == "__main__":
    main()
