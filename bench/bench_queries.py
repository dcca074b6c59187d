"""Time every saved query with the parameters of bench/bench_api.py on a built store, the
way `python -m diplograph query run NAME` runs it (queries.loader.run_query, the API's 10 s
timeout unless --timeout), optionally beside the same queries of another checkout.

    python bench/bench_queries.py --db embedded:/work/bench-data/embedded-1m/graph \
        [--runs 2] [--before /path/to/main/queries] [--profile brokers_between]

Prints a Markdown table: per query the time of each run, the rows and whether it passed the
timeout. `--profile NAME` prints the engine's profile of one query instead (GRAPH.PROFILE on
FalkorDB, PROFILE on Neo4j).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import graph.embedded  # noqa: E402
from bench.bench_api import QUERY_PARAMS  # noqa: E402
from bench.bench_data import wait_for_indexes  # noqa: E402
from diplograph.errors import DiplographError  # noqa: E402
from graph.store import GraphStore, open_store  # noqa: E402
from queries.loader import bind_params, get_query, load_queries, run_query  # noqa: E402


def time_one(store: GraphStore, name: str, folder: Path | None, timeout_s: float) -> str:
    q = get_query(name, folder=folder) if folder else get_query(name)
    t = time.perf_counter()
    try:
        rows = len(run_query(store, q, QUERY_PARAMS.get(name, {}), timeout_s=timeout_s).rows)
        status = "ok"
    except DiplographError as exc:
        rows, status = 0, f"{exc.code} {type(exc).__name__}"
    return f"{(time.perf_counter() - t) * 1000:.0f} ms, {rows} rows, {status}"


def profile(store: GraphStore, name: str) -> None:
    q = get_query(name)
    params = bind_params(q, QUERY_PARAMS.get(name, {}), as_text=False)
    if hasattr(store, "graph"):  # FalkorDB
        g = store.graph
        raw = g.execute_command("GRAPH.PROFILE", g.name, g._build_params_header(params) + q.text)
        for line in raw:
            print(line.decode() if isinstance(line, bytes) else line)
        return
    import neo4j

    with store._session() as session:  # type: ignore[attr-defined]
        summary = session.run(neo4j.Query(f"PROFILE {q.text}"), params).consume()
    _print_plan(summary.profile, 0)


def _print_plan(plan: dict, depth: int) -> None:
    args = plan.get("args", {})
    detail = args.get("Details", "")
    print(
        f"{'  ' * depth}{plan['operatorType']} rows={plan.get('rows')} "
        f"dbHits={plan.get('dbHits')} {detail}"
    )
    for child in plan.get("children", []):
        _print_plan(child, depth + 1)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--db", required=True, help="store URL (embedded:DIR, bolt://...)")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per query")
    ap.add_argument("--before", type=Path, default=None, help="another queries/ folder")
    ap.add_argument("--only", nargs="*", default=None, help="these queries only")
    ap.add_argument("--profile", default=None, help="print the profile of this query")
    args = ap.parse_args()
    graph.embedded.LOAD_TIMEOUT_S = max(graph.embedded.LOAD_TIMEOUT_S, 3600.0)
    with open_store(args.db) as store:
        print(f"indexes ready after {wait_for_indexes(store):.0f} s")
        if args.profile:
            profile(store, args.profile)
            return
        names = args.only or sorted(load_queries())
        head = [f"run {i + 1}" for i in range(args.runs)]
        head += ["before"] if args.before else []
        print(f"| saved query | {' | '.join(head)} |")
        print("|---" * (len(head) + 1) + "|")
        for name in names:
            cells = [time_one(store, name, None, args.timeout) for _ in range(args.runs)]
            if args.before:
                cells.append(time_one(store, name, args.before, args.timeout))
            print(f"| {name} | {' | '.join(cells)} |", flush=True)


if __name__ == "__main__":
    main()
