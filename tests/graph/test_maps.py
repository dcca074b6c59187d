"""graph/maps.py without a browser: the page is offline, escaped, capped, and says so when
there is nothing to draw. (tests/graph/test_maps_browser.py runs the pages in Chromium.)"""

from __future__ import annotations

import json
import re

import pytest

from graph import maps
from graph import network as N
from graph.network import Filters, NetData
from tests.graph.conftest import XSS, load_xss

_REMOTE = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


def test_safe_json_cannot_close_a_script():
    text = maps.safe_json({"a": "</script><script>x()</script>", "b": "<!-- & -->"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><script>x()</script>", "b": "<!-- & -->"}


def test_page_is_offline_and_has_a_legend(demo):
    page = maps.map_html(demo)
    assert not _REMOTE.search(page), "a resource would be fetched from the network"
    assert "<link" not in page and "bootstrap" not in page.lower() and "tom-select" not in page
    assert "vis.Network" in page and "default-src 'none'" in page
    for name in ("person", "country", "organization", "event", "agreement"):
        assert f"</span> {name}</span>" in page


def test_center_by_name_and_errors(demo):
    page = maps.map_html(demo, center="Wang Yi", depth=1)
    assert "Wang Yi: network to depth 1" in page
    with pytest.raises(N.AmbiguousActor):
        maps.map_html(demo, center="al")
    with pytest.raises(N.ActorNotFound):
        maps.map_html(demo, center="no such person")


def test_empty_result_gives_a_page_saying_so(demo):
    page = maps.map_html(demo, filters=Filters(since="2031"))
    assert 'id="empty"' in page and "Nothing found" in page and "vis.Network" not in page
    assert "from 2031" in page
    assert "Nothing found" in maps.render_map(NetData(), "empty")


def test_cap_keeps_the_most_connected_and_says_what_was_left(demo):
    data = N.whole(demo)
    vis, notes = maps.build_network(data, max_nodes=12)
    assert len(vis.nodes) == 12
    kept = {n["id"] for n in vis.nodes}
    assert {"xi-jinping", "wang-yi"} <= kept
    assert notes and "12 most connected of 31" in notes[0] and "event:" in notes[0]
    assert notes[0] in maps.render_map(data, "t", max_nodes=12)


def test_meeting_edges_carry_counts_and_dates(demo):
    vis, _ = maps.build_network(N.whole(demo))
    edge = next(e for e in vis.edges if {e["from"], e["to"]} == {"joe-biden", "xi-jinping"})
    assert edge["meetings"] == 2 and edge["dates"] == ["2023-11-15", "2024-11-16"]
    assert "2 meeting(s)" in edge["title"] and "Lima" in edge["title"]
    node = next(n for n in vis.nodes if n["id"] == "ev-woodside-2023-11")
    assert "Woodside" in node["title"] and "Demo note: US-China contacts" in node["title"]
    assert "<q>The two presidents" in node["title"]
    shapes = {n["id"]: n["shape"] for n in vis.nodes}
    assert shapes["joe-biden"] != shapes["US"] != shapes["ev-woodside-2023-11"]


def test_article_strings_are_escaped(store, tmp_path):
    load_xss(store, tmp_path)
    page = maps.map_html(store)
    for payload in XSS.values():
        if "<" in payload:
            assert payload not in page
    # outside the vis library, the only <script> elements are the two of the template
    body = page.split("<body>", 1)[1].replace(
        maps._VIS_DIR.joinpath("vis-network.min.js").read_text(), ""
    )
    assert body.count("<script") == 2 and body.count("</script") == 2
    vis, _ = maps.build_network(N.whole(store))
    for item in vis.nodes + vis.edges:
        title = item.get("title", "")
        assert "<script" not in title and "<img" not in title and "<svg" not in title
