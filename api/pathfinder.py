"""How two actors are connected: a breadth-first search, one `store.read` per hop and label.

FalkorDB has no undirected shortestPath, so both engines run the same bounded search: actors
are linked when they took part in one event or are party to (or signed) one agreement. The
search stops at `max_hops`, at a deadline, and when a frontier grows past `max_frontier`."""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass

from api import cypher
from diplograph.errors import QueryTimeout
from graph.model import Label
from graph.store import GraphStore

MAX_HOPS = 4


@dataclass
class Found:
    ids: list[str]  # actor ids from source to target
    vias: list[str]  # event or agreement id linking ids[i] and ids[i+1]


def shortest_path(
    store: GraphStore,
    source: str,
    source_label: Label,
    target: str,
    max_hops: int,
    timeout_s: float,
    max_frontier: int = 20_000,
) -> Found | None:
    if source == target:
        return Found([source], [])
    deadline = time.monotonic() + timeout_s
    parent: dict[str, tuple[str, str]] = {}  # actor -> (previous actor, via)
    seen = {source}
    frontier: dict[str, Label] = {source: source_label}
    for _hop in range(min(max_hops, MAX_HOPS)):
        by_label: dict[Label, list[str]] = defaultdict(list)
        for actor, label in frontier.items():
            by_label[label].append(actor)
        nxt: dict[str, Label] = {}
        for label, ids in sorted(by_label.items()):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise QueryTimeout(
                    f"no path found within {timeout_s:g} s",
                    hint="try a smaller max_hops",
                )
            rows = store.read(
                cypher.neighbours(label),
                {"ids": sorted(ids)},
                timeout_s=remaining,
                row_cap=1_000_000,
            ).rows
            # sorted: the path found is the same on every run and engine
            for r in sorted(rows, key=lambda r: (r["src"], r["dst"], r["via"])):
                dst = r["dst"]
                if dst in seen:
                    continue
                seen.add(dst)
                parent[dst] = (r["src"], r["via"])
                nxt[dst] = Label(r["type"])
        if target in parent:
            return _unwind(parent, source, target)
        if not nxt or len(nxt) > max_frontier:
            return None
        frontier = nxt
    return None


def _unwind(parent: dict[str, tuple[str, str]], source: str, target: str) -> Found:
    ids, vias = [target], []
    while ids[-1] != source:
        prev, via = parent[ids[-1]]
        ids.append(prev)
        vias.append(via)
    return Found(ids[::-1], vias[::-1])
