"""The whole graph as networkx, GraphML and GEXF, on every engine."""

from __future__ import annotations

import io

import networkx as nx
import pytest

from graph.export import graph_to_networkx, write_network
from graph.load import load_file
from graph.store import GraphStore
from tests.helpers import SAMPLE


def test_network_has_every_node_and_relationship(store: GraphStore) -> None:
    load_file(store, SAMPLE)
    counts = store.counts()
    g = graph_to_networkx(store)
    assert g.number_of_nodes() == sum(counts.nodes.values())
    assert g.number_of_edges() == sum(counts.relationships.values())
    begin = g.nodes["Person:menachem-begin"]
    # `type` is the node label; `label` (GEXF's display label) is the name; GEXF would take
    # an `id` attribute as the node id, so the store id is `store_id`
    assert begin["type"] == "Person" and begin["label"] == "Menachem Begin"
    assert begin["store_id"] == "menachem-begin" and "id" not in begin
    assert begin["aliases"] == "Begin; מנחם בגין"
    assert "search" not in begin  # an internal property stays internal
    signed = g.get_edge_data("Person:anwar-sadat", "Agreement:camp-david-accords")
    assert [e["type"] for e in signed.values()] == ["SIGNED"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_files_read_back(store: GraphStore, fmt: str) -> None:
    load_file(store, SAMPLE)
    g = graph_to_networkx(store)
    text = write_network(g, fmt)
    reader = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    back = reader(io.BytesIO(text.encode("utf-8")))
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()


def test_unknown_network_format(store: GraphStore) -> None:
    with pytest.raises(ValueError, match="unknown network format"):
        write_network(nx.MultiDiGraph(), "dot")
