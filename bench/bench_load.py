"""`diplograph load` of a big records file, timed, with the peak memory of the Python process
alone (VmHWM of its pid, read while it runs: /usr/bin/time would also count the embedded
FalkorDB server, which is its child) and of the server.

    python bench/bench_load.py --events 150000 --people 3000 [--file F] [--db URL] [--json]

Figures go to docs/performance.md (section "Load")."""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from records_gen import write_records  # noqa: E402


def vm_hwm_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=150_000)
    ap.add_argument("--people", type=int, default=3_000)
    ap.add_argument("--file", type=Path, help="an existing records file (else one is generated)")
    ap.add_argument("--db", help="store URL (default: a new embedded store)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="diplograph-load-") as tmp:
        path = args.file
        if path is None:
            path = Path(tmp) / "records.json"
            with path.open("w", encoding="utf-8") as f:
                write_records(f, args.events, args.people)
        db = args.db or f"embedded:{Path(tmp) / 'store'}"
        t = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "diplograph", "load", str(path), "--db", db],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        peak, server_peak = 0, 0
        pidfile = (
            Path(db[len("embedded:") :]) / "falkordb.pid" if db.startswith("embedded:") else None
        )
        while proc.poll() is None:
            peak = max(peak, vm_hwm_kb(proc.pid) or 0)
            if pidfile is not None and pidfile.exists():
                with contextlib.suppress(ValueError):  # a pid file being written
                    server_peak = max(server_peak, vm_hwm_kb(int(pidfile.read_text())) or 0)
            time.sleep(0.5)
        wall = time.perf_counter() - t
        out, err = proc.communicate()
    figures = {
        "file_mb": round(path.stat().st_size / 2**20, 1) if path.exists() else None,
        "exit": proc.returncode,
        "summary": out.strip().splitlines()[-1] if out.strip() else err.strip()[:300],
        "wall_s": round(wall, 1),
        "peak_rss_python_mb": round(peak / 1024, 1),
        "peak_rss_server_mb": round(server_peak / 1024, 1) if server_peak else None,
    }
    print(
        json.dumps(figures) if args.json else "\n".join(f"{k:>20}: {v}" for k, v in figures.items())
    )
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
