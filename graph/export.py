"""The whole graph as a networkx MultiDiGraph, written as GraphML or GEXF for Gephi."""

from __future__ import annotations

import io
from typing import Any

import networkx as nx

from graph.store import GraphStore

_NODES = "MATCH (n) RETURN labels(n)[0] AS label, n AS n"
_RELS = (
    "MATCH (a)-[r]->(b) RETURN a.id AS src, labels(a)[0] AS src_label, type(r) AS type, "
    "b.id AS dst, labels(b)[0] AS dst_label, r AS r"
)


def _flat(value: Any) -> Any:
    # GraphML and GEXF hold scalars only: lists become "a; b", None is left out
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return value


def graph_to_networkx(store: GraphStore) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    cap = 10_000_000
    for row in store.read(_NODES, row_cap=cap, timeout_s=600).rows:
        props = {k: _flat(v) for k, v in row["n"].items() if k not in ("labels", "search") and v is not None}
        # GEXF takes a node's `id` and `label` attributes as its id and display label: keep
        # the store id as `store_id` (edges refer to "Label:id") and label nodes by name
        store_id = props.pop("id", None)
        name = props.get("name") or props.get("title") or store_id
        key = f"{row['label']}:{store_id}"
        g.add_node(key, **props, type=row["label"], store_id=store_id, label=name)
    for row in store.read(_RELS, row_cap=cap, timeout_s=600).rows:
        props = {k: _flat(v) for k, v in row["r"].items() if k != "type" and v is not None}
        g.add_edge(f"{row['src_label']}:{row['src']}", f"{row['dst_label']}:{row['dst']}", type=row["type"], **props)
    return g


def write_network(g: nx.MultiDiGraph, fmt: str) -> str:
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(g, buf)
    elif fmt == "gexf":
        nx.write_gexf(g, buf)
    else:
        raise ValueError(f"unknown network format {fmt!r}")
    return buf.getvalue().decode("utf-8")
