"""The whole graph as a networkx MultiDiGraph, written as GraphML or GEXF for Gephi."""

from __future__ import annotations

import io
from typing import Any

import networkx as nx

from graph import cypher, name_keys
from graph.store import GraphStore

NETWORK_FORMATS = ("graphml", "gexf")
_ALL = 10_000_000  # row cap for whole-graph reads


def _flat(value: Any) -> Any:
    # GraphML and GEXF hold scalars only: lists become "a; b" (None is left out by callers)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return value


def node_key(label: str, id_: str) -> str:
    """Node keys in the network: ids are unique per label, not across labels."""
    return f"{label}:{id_}"


def graph_to_networkx(store: GraphStore) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for row in store.read(cypher.ALL_NODES, row_cap=_ALL, timeout_s=600).rows:
        props = {
            k: _flat(v)
            for k, v in row["n"].items()
            if k not in ("labels", "search", name_keys.PROPERTY) and v is not None
        }
        # GEXF takes a node's `id` and `label` attributes as its id and display label: keep
        # the store id as `store_id` (edges refer to "Label:id") and label nodes by name
        store_id = str(props.pop("id", None))
        name = props.get("name") or props.get("title") or store_id
        key = node_key(row["label"], store_id)
        g.add_node(key, **props, type=row["label"], store_id=store_id, label=name)
    for row in store.read(cypher.ALL_RELS, row_cap=_ALL, timeout_s=600).rows:
        props = {k: _flat(v) for k, v in row["r"].items() if k != "type" and v is not None}
        g.add_edge(
            node_key(row["src_label"], row["src"]),
            node_key(row["dst_label"], row["dst"]),
            type=row["type"],
            **props,
        )
    return g


def write_network(g: nx.MultiDiGraph, fmt: str) -> str:
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(g, buf)
    elif fmt == "gexf":
        nx.write_gexf(g, buf)
    else:
        raise ValueError(f"unknown network format {fmt!r}; use one of {NETWORK_FORMATS}")
    return buf.getvalue().decode("utf-8")
