"""Interactive relationship maps: a subgraph drawn with pyvis (vis-network) as one HTML page.

The page is self-contained and offline: vis-network's script and styles (shipped inside the
pyvis package) are inlined and the page is rendered from our own template, because pyvis's
templates link Bootstrap and others from CDNs in every mode. A Content-Security-Policy lets
only our own inline scripts (by hash) run and forbids every network request.

Safety: every string from an article reaches the page either as html.escape'd tooltip HTML or
inside JSON whose `<`, `>` and `&` are \\u-escaped, so no name or quote can close the script
element or add markup that runs.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
import pyvis
from pyvis.network import Network

from graph import network as net
from graph.network import Filters, NetData
from graph.store import GraphStore

MAX_NODES = 1000
_VIS_DIR = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
_TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
)


@dataclass(frozen=True)
class Style:
    name: str
    shape: str
    color: str
    symbol: str  # for the legend


STYLES = {
    "Person": Style("person", "dot", "#1f77b4", "\u25cf"),
    "Country": Style("country", "square", "#2ca02c", "\u25a0"),
    "Organization": Style("organization", "triangle", "#ff7f0e", "\u25b2"),
    "Event": Style("event", "diamond", "#9467bd", "\u25c6"),
    "Agreement": Style("agreement", "star", "#d62728", "\u2605"),
}
MEETING_EDGE = "#444444"
_ACTOR_FONT = {"size": 15, "color": "#111111", "strokeWidth": 3, "strokeColor": "#ffffff"}
_FACT_FONT = {"size": 10, "color": "#666666"}
OTHER_EDGE = "#c8c8c8"


def safe_json(value: Any) -> str:
    """JSON that can sit inside a <script> element: no `</script>`, no `<!--`, no entities."""
    text = json.dumps(value, ensure_ascii=False)
    for ch, esc in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(ch, esc)
    return text


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _sources_html(sources: list[dict], most: int = 4) -> str:
    parts = []
    for s in sources[:most]:
        doc = _e(s.get("title") or s.get("source") or s["document"])
        quote = f" <q>{_e(s['quote'])}</q>" if s.get("quote") else ""
        parts.append(f"&bull; {doc}{quote}")
    if len(sources) > most:
        parts.append(f"&hellip; and {len(sources) - most} more")
    return "<br>Sources:<br>" + "<br>".join(parts) if parts else ""


def _tooltip(node: str, attrs: dict, data: NetData, g: nx.Graph) -> str:
    """Tooltip HTML for one node; every value is escaped."""
    kind = attrs["type"]
    lines = [f"<b>{_e(attrs['label'])}</b> <i>({STYLES[kind].name})</i>"]
    if kind == "Person":
        if attrs.get("titles"):
            lines.append(_e(", ".join(attrs["titles"])))
        countries = sorted(net.country_of(data.actors[node]))
        if countries:
            lines.append("Country: " + _e(", ".join(countries)))
    elif kind == "Organization" and attrs.get("kind"):
        lines.append(_e(attrs["kind"]))
    if kind in ("Event", "Agreement"):
        bits = [attrs.get("kind"), attrs.get("status"), attrs.get("date") or "date unknown"]
        lines.append(_e(" \u00b7 ".join(str(b) for b in bits if b)))
        if attrs.get("place"):
            lines.append("Place: " + _e(attrs["place"]))
        who = sorted(g.nodes[n]["label"] for n in g[node] if g.nodes[n]["type"] in net.ACTOR_TYPES)
        if who:
            lines.append("With: " + _e(", ".join(who)))
        return "<br>".join(lines) + _sources_html(data.sources.get(node, []))
    lines.append(f"{g.degree(node)} connection(s) on this map")
    return "<br>".join(lines)


def _meeting_tooltip(a: str, b: str, evs: list[dict], data: NetData) -> str:
    names = f"{_e(data.actors[a]['name'])} &ndash; {_e(data.actors[b]['name'])}"
    rows = [
        _e(
            " \u00b7 ".join(
                x for x in (e["date"] or "date unknown", e["kind"], e.get("place")) if x
            )
        )
        for e in evs
    ]
    return f"<b>{names}</b><br>{len(evs)} meeting(s):<br>" + "<br>".join(rows)


def _cap(g: nx.Graph, keep: set[str], max_nodes: int) -> tuple[nx.Graph, list[str]]:
    """Keep the `max_nodes` most connected nodes (and `keep`); say what was left out."""
    if len(g) <= max_nodes:
        return g, []
    ranked = sorted(g, key=lambda n: (n not in keep, -g.degree(n), n))
    kept = set(ranked[:max_nodes])
    left = Counter(STYLES[g.nodes[n]["type"]].name for n in g if n not in kept)
    detail = ", ".join(f"{k}: {v}" for k, v in sorted(left.items()))
    note = (
        f"This map shows the {len(kept)} most connected of {len(g)} nodes; "
        f"{len(g) - len(kept)} less connected node(s) are left out ({detail})."
    )
    return g.subgraph(kept).copy(), [note]


def build_network(
    data: NetData, center: str | None = None, max_nodes: int = MAX_NODES
) -> tuple[Network, list[str]]:
    """The pyvis network of a subgraph, and notes about what was left out."""
    g, notes = _cap(net.to_networkx(data), {center} if center else set(), max_nodes)
    pairs = {k: v for k, v in net.meeting_pairs(data).items() if k[0] in g and k[1] in g}
    vis = Network(directed=True, cdn_resources="in_line")  # directed: avoids O(E^2) dedup
    for n, attrs in g.nodes(data=True):
        st = STYLES[attrs["type"]]
        degree = g.degree(n) + sum(1 for k in pairs if n in k)
        vis.add_node(
            n,
            label=str(attrs["label"]),
            shape=st.shape,
            color=st.color,
            size=min(60, 8 + 5 * math.sqrt(degree)) * (0.7 if attrs["type"] == "Event" else 1),
            title=_tooltip(n, attrs, data, g),
            borderWidth=4 if n == center else 1,
            font=_FACT_FONT if attrs["type"] in ("Event", "Agreement") else _ACTOR_FONT,
        )
    no_arrow = {"to": {"enabled": False}}
    for a, b, attrs in g.edges(data=True):
        vis.add_edge(
            a,
            b,
            color=OTHER_EDGE,
            width=1,
            arrows=no_arrow,
            dashes=attrs["rel"] not in ("PARTICIPATED_IN", "PARTY_TO", "SIGNED"),
            title=_e(attrs["rel"].replace("_", " ").lower()),
        )
    for (a, b), evs in pairs.items():
        vis.add_edge(
            a,
            b,
            color=MEETING_EDGE,
            width=1 + 1.5 * math.log2(1 + len(evs)),
            arrows=no_arrow,
            label=str(len(evs)) if len(evs) > 1 else "",
            title=_meeting_tooltip(a, b, evs, data),
            meetings=len(evs),
            dates=[e["date"] for e in evs],
        )
    big = len(g) > 300
    vis.set_options(
        json.dumps(
            {
                "physics": {
                    "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 90},
                    "stabilization": {
                        "enabled": True,
                        "iterations": 150 if big else 300,
                        "fit": True,
                    },
                    "timestep": 0.5,
                },
                "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big},
                "nodes": {"font": {"size": 14}},
                "edges": {"smooth": False, "font": {"size": 11, "align": "middle"}},
            }
        )
    )
    return vis, notes


_BOOT_JS = """
(function () {
  var data = JSON.parse(%(data)s);
  function tip(html) {  // tooltip HTML was escaped by the server; vis shows Elements as is
    var el = document.createElement("div");
    el.innerHTML = html;
    return el;
  }
  data.nodes.forEach(function (n) { if (n.title) { n.title = tip(n.title); } });
  data.edges.forEach(function (e) { if (e.title) { e.title = tip(e.title); } });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  // settle once, then freeze: big maps stay responsive
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({physics: false});
    window.mapStable = true;
  });
  window.network = network;
})();
"""


def _sha256(script: str) -> str:
    return (
        "'sha256-"
        + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        + "'"
    )


def render_html(vis: Network | None, title: str, notes: list[str], empty: str | None = None) -> str:
    """The page: our template, vis-network inline, data as escaped JSON."""
    vis_js = (_VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    vis_css = (_VIS_DIR / "vis-network.css").read_text(encoding="utf-8")
    boot = ""
    if vis is not None:
        nodes, edges, _heading, _h, _w, options = vis.get_network_data()
        payload = {"nodes": nodes, "edges": edges, "options": json.loads(options)}
        # JSON text as a JS string literal, parsed at run time (fast for big maps)
        boot = _BOOT_JS % {"data": safe_json(json.dumps(payload, ensure_ascii=False))}
    hashes = " ".join(_sha256(s) for s in (vis_js, boot) if s) or "'none'"
    legend = [{"name": s.name, "color": s.color, "symbol": s.symbol} for s in STYLES.values()]
    legend.append(
        {
            "name": "meetings between two people (number on the line)",
            "color": MEETING_EDGE,
            "symbol": "\u2501",
        }
    )
    return _TEMPLATES.get_template("map.html").render(
        title=title,
        notes=notes,
        legend=legend,
        empty=empty,
        vis_js=vis_js,
        vis_css=vis_css,
        boot_js=boot,
        script_hashes=hashes,
    )


def render_map(
    data: NetData,
    title: str,
    center: str | None = None,
    notes: list[str] | None = None,
    max_nodes: int = MAX_NODES,
) -> str:
    """A subgraph as a page; an empty subgraph gives a page that says nothing was found."""
    notes = list(notes or [])
    if not data:
        return render_html(
            None,
            title,
            notes,
            empty="Nothing found: no actors, events or agreements match these filters.",
        )
    vis, cap_notes = build_network(data, center, max_nodes)
    return render_html(vis, title, notes + cap_notes)


def describe(filters: Filters) -> list[str]:
    bits = []
    if filters.since or filters.until:
        bits.append(f"from {filters.since or 'the start'} to {filters.until or 'today'}")
    if filters.kinds:
        bits.append("event kinds: " + ", ".join(filters.kinds))
    if filters.actor_types:
        bits.append("actor types: " + ", ".join(filters.actor_types))
    if filters.min_meetings > 1:
        bits.append(f"people who met someone at least {filters.min_meetings} times")
    return ["Filters: " + "; ".join(bits)] if bits else []


def map_html(
    store: GraphStore,
    center: str | None = None,
    countries: tuple[str, str] | None = None,
    depth: int = 2,
    filters: Filters | None = None,
    max_nodes: int = MAX_NODES,
) -> str:
    """The map page for the CLI and the API. `center` is an actor id or name (raises
    ActorNotFound / AmbiguousActor); `countries` two ISO codes; neither = the whole graph."""
    filters = filters or Filters()
    center_id = None
    if center:
        actor = net.resolve_actor(store, center)
        center_id = actor["id"]
        data = net.ego(store, center_id, depth, filters)
        title = f"{actor['name']}: network to depth {depth}"
    elif countries:
        a, b = countries
        data = net.between_countries(store, a, b, filters)
        title = f"Between {a.upper()} and {b.upper()}"
    else:
        data = net.whole(store, filters)
        title = "Diplomatic relations map"
    return render_map(data, title, center_id, describe(filters), max_nodes)
