"""graph/network.py on real stores loaded with samples/network_demo.json."""

from __future__ import annotations

import io

import networkx as nx
import pytest

from graph import network as N
from graph.export import graph_to_networkx, write_network
from graph.network import Filters


def test_whole_graph_and_meeting_counts(demo):
    data = N.whole(demo)
    assert len(data.events) == 11 and len(data.agreements) == 2
    m = N.meeting_graph(data)
    edge = m.edges["joe-biden", "xi-jinping"]
    assert edge["count"] == 2
    assert edge["dates"] == ["2023-11-15", "2024-11-16"]
    top = N.meeting_counts(data)[0]
    assert (top["a"], top["b"], top["meetings"]) == ("wang-yi", "xi-jinping", 4)
    g = N.to_networkx(data)
    assert g.nodes["ev-woodside-2023-11"]["type"] == "Event"
    assert g.edges["ag-us-china-mil-2023", "ev-woodside-2023-11"]["rel"] == "CONCLUDED_AT"
    assert g.edges["joe-biden", "US"]["rel"] == "REPRESENTS"
    assert g.nodes["ev-woodside-2023-11"]["place"] == "Woodside"


def test_date_filters_are_inclusive_prefixes(demo):
    data = N.whole(demo, Filters(since="2024", until="2024-07"))
    assert sorted(data.events) == ["ev-blinken-beijing-2024-04", "ev-jaishankar-wang-2024-07"]
    assert N.whole(demo, Filters(until="2023-03-10")).events.keys() == {"ev-beijing-talks-2023-03"}
    assert not N.whole(demo, Filters(since="2030"))


def test_kind_and_actor_type_filters(demo):
    data = N.whole(demo, Filters(kinds=("summit",), actor_types=("Person",)))
    assert sorted(data.events) == [
        "ev-johannesburg-2023-08",
        "ev-kazan-summit-2024-10",
        "ev-woodside-2023-11",
    ]
    assert "brics" not in data.actors  # organisations filtered out
    assert {a["type"] for a in data.actors.values()} <= {"Person", "Country"}
    assert list(data.agreements) == ["ag-us-china-mil-2023"]  # concluded at a kept summit


def test_min_meetings_keeps_frequent_pairs(demo):
    data = N.whole(demo, Filters(min_meetings=3))
    people = {k for k, a in data.actors.items() if a["type"] == "Person"}
    assert people == {"antony-blinken", "wang-yi", "xi-jinping", "narendra-modi"}
    assert all(e["count"] >= 3 for *_, e in N.meeting_graph(data, 3).edges(data=True))


def test_ego_network_depths(demo):
    one = N.ego(demo, "joe-biden", depth=1)
    assert {k for k, a in one.actors.items() if a["type"] == "Person"} == {
        "joe-biden",
        "xi-jinping",
        "antony-blinken",
        "wang-yi",
        "narendra-modi",
        "s-jaishankar",
    }
    assert "ev-beijing-talks-2023-03" not in one.events
    two = N.ego(demo, "joe-biden", depth=2)
    assert "ev-beijing-talks-2023-03" in two.events  # through Wang Yi
    assert "cyril-ramaphosa" in two.actors
    with pytest.raises(N.InputError):
        N.ego(demo, "joe-biden", depth=0)


def test_between_countries_and_timeline(demo):
    data = N.between_countries(demo, "sa", "ir")
    assert sorted(data.events) == ["ev-beijing-fm-2023-04", "ev-beijing-talks-2023-03"]
    assert "qin-gang" in data.actors  # the host is part of the picture
    assert list(data.agreements) == ["ag-saudi-iran-2023"]
    timeline = N.bilateral_timeline(demo, "US", "CN")
    assert [r["date"] for r in timeline] == sorted(r["date"] for r in timeline)
    assert timeline[0]["id"] == "ev-blinken-beijing-2023-06"
    assert "Xi Jinping" in timeline[0]["participants"] and timeline[0]["sources"] == 1
    assert N.bilateral_timeline(demo, "US", "CN", Filters(since="2030")) == []


def test_brokers_centrality_communities(demo):
    data = N.whole(demo)
    ranked = N.brokers(data, "SA", "US")
    assert ranked[0][0] == "wang-yi"  # the only bridge from the Gulf talks to Washington
    assert N.brokers(data, "SA", "BR") == []
    m = N.meeting_graph(data)
    cent = N.centrality(m)
    assert max(cent, key=lambda n: cent[n]["betweenness"]) == "wang-yi"
    groups = N.communities(m)
    assert sum(len(c) for c in groups) == len(m)
    assert groups == N.communities(m)  # seeded: stable
    gulf = next(c for c in groups if "musaed-al-aiban" in c)
    assert "ali-shamkhani" in gulf and "joe-biden" not in gulf


def test_find_and_resolve_actor(demo):
    assert [r["id"] for r in N.find_actor(demo, "XI JINPING")] == ["xi-jinping"]
    assert N.resolve_actor(demo, "wang-yi")["name"] == "Wang Yi"
    assert N.resolve_actor(demo, "china")["id"] == "CN"
    with pytest.raises(N.AmbiguousActor) as err:
        N.resolve_actor(demo, "al")
    assert {c["id"] for c in err.value.candidates} >= {"ali-shamkhani", "musaed-al-aiban"}
    with pytest.raises(N.ActorNotFound):
        N.resolve_actor(demo, "nobody at all")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_formats_read_back(demo, fmt):
    g = graph_to_networkx(demo)
    text = write_network(g, fmt)
    read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    back = read(io.BytesIO(text.encode("utf-8")))
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    node = back.nodes["Person:xi-jinping"]
    assert node["type"] == "Person" and node["store_id"] == "xi-jinping"
    assert node.get("name", node.get("label")) == "Xi Jinping"
