// The drawing: a vis-network over two DataSets. Labels are drawn on the canvas and
// tooltips are set as text by vis-network, so names never become markup.
/* global vis */

export const STYLES = {
  Person: { shape: "dot", color: "#1f77b4", name: "person" },
  Country: { shape: "square", color: "#2ca02c", name: "country" },
  Organization: { shape: "triangle", color: "#ff7f0e", name: "organisation" },
  Agreement: { shape: "star", color: "#d62728", name: "agreement" },
};
const MEETING = "#555555";
const AGREEMENT_LINK = "#d9a0a0";

function short(text, most = 36) {
  const s = String(text || "");
  return s.length > most ? `${s.slice(0, most - 1)}…` : s;
}

export function pairKey(a, b) {
  return a < b ? `${a}~${b}` : `${b}~${a}`;
}

export class Canvas {
  constructor(container, handlers) {
    this.handlers = handlers;
    this.nodes = new vis.DataSet();
    this.edges = new vis.DataSet();
    this.info = new Map(); // node id -> what we know of it (type, name, ...)
    this.stable = true;
    this.network = new vis.Network(
      container,
      { nodes: this.nodes, edges: this.edges },
      {
        layout: { improvedLayout: false }, // its Kamada-Kawai pass is slow past a few hundred
        physics: {
          enabled: false,
          solver: "forceAtlas2Based",
          forceAtlas2Based: { gravitationalConstant: -90, springLength: 150, centralGravity: 0.005, avoidOverlap: 0.6 },
          stabilization: { enabled: true, iterations: 200, fit: false, updateInterval: 50 },
          timestep: 0.5,
        },
        interaction: {
          hover: true,
          tooltipDelay: 200,
          keyboard: { enabled: true, bindToWindow: false },
          navigationButtons: false,
          hideEdgesOnDrag: true,
          multiselect: false,
        },
        nodes: {
          font: { size: 14, color: "#111", strokeWidth: 3, strokeColor: "#ffffff" },
          borderWidth: 1,
        },
        edges: { smooth: false, font: { size: 12, align: "middle", strokeWidth: 3 } },
      },
    );
    this.network.on("click", (p) => this.clicked(p));
    this.network.on("doubleClick", (p) => {
      if (p.nodes.length) handlers.onExpand(p.nodes[0]);
    });
    this.network.on("dragEnd", (p) => {
      // a node dropped by hand stays where it was put
      p.nodes.forEach((id) => this.pin(id, true));
      if (p.nodes.length) handlers.onPinned();
    });
    this.network.on("stabilizationIterationsDone", () => this.frozen());
  }

  clicked(p) {
    if (p.nodes.length) this.handlers.onSelectNode(p.nodes[0]);
    else if (p.edges.length) {
      const edge = this.edges.get(p.edges[0]);
      if (edge && edge.pair) this.handlers.onSelectPair(edge.pair[0], edge.pair[1]);
      else if (edge && edge.agreement) this.handlers.onSelectNode(edge.agreement);
    }
  }

  frozen() {
    this.network.setOptions({ physics: { enabled: false } });
    this.stable = true;
    window.explorerStable = true;
    this.handlers.onStable();
  }

  // a change is on its way: the layout is not settled until settle() has run
  busy() {
    this.stable = false;
    window.explorerStable = false;
  }

  has(id) {
    return this.nodes.get(id) !== null;
  }

  positionNear(nearId, index, count) {
    if (!nearId || !this.has(nearId)) return {};
    const at = this.network.getPositions([nearId])[nearId];
    if (!at) return {};
    const ring = 140 + 12 * Math.sqrt(count);
    const angle = (2 * Math.PI * index) / Math.max(count, 1);
    return { x: at.x + ring * Math.cos(angle), y: at.y + ring * Math.sin(angle) };
  }

  // an actor or agreement node; `where` places a new one
  put(item, where = {}) {
    const type = item.type || "Person";
    const style = STYLES[type] || STYLES.Person;
    const old = this.info.get(item.id) || {};
    const info = { ...old, ...item, type };
    this.info.set(item.id, info);
    const label = short(info.name || info.id);
    const tip = [info.name || info.id, style.name];
    if (info.titles && info.titles.length) tip.push(info.titles.slice(0, 2).join(", "));
    if (info.country && type !== "Country") tip.push(info.country);
    if (info.status) tip.push(info.status);
    const node = {
      id: item.id,
      label,
      title: tip.join(" · "),
      shape: style.shape,
      color: { background: style.color, border: "#222", highlight: { background: style.color, border: "#000" } },
      size: type === "Agreement" ? 14 : 16,
    };
    if (this.has(item.id)) this.nodes.update(node);
    else this.nodes.add({ ...node, ...where });
  }

  mark(id, { center = false, expanded = false } = {}) {
    if (!this.has(id)) return;
    this.nodes.update({
      id,
      borderWidth: center ? 5 : expanded ? 3 : 1,
      size: center ? 24 : expanded ? 20 : this.info.get(id).type === "Agreement" ? 14 : 16,
    });
  }

  linkMeetings(a, b, c) {
    const id = `m:${pairKey(a, b)}`;
    const n = c.meetings || 1;
    const span = c.first && c.last && c.first !== c.last ? `${c.first} – ${c.last}` : c.first || "";
    const edge = {
      id,
      from: a,
      to: b,
      pair: [a, b],
      meetings: n,
      label: n > 1 ? String(n) : "",
      width: 1 + 1.5 * Math.log2(1 + n),
      color: { color: MEETING, highlight: "#1f5fa8", hover: "#000" },
      title: `${n} encounter${n === 1 ? "" : "s"}${span ? ` · ${span}` : ""}`,
    };
    if (this.edges.get(id)) this.edges.update(edge);
    else this.edges.add(edge);
  }

  linkAgreement(actor, agreement, rel) {
    const id = `g:${actor}~${agreement}`;
    if (this.edges.get(id)) return;
    this.edges.add({
      id,
      from: actor,
      to: agreement,
      agreement,
      dashes: rel !== "SIGNED",
      width: 1,
      color: { color: AGREEMENT_LINK, highlight: "#d62728" },
      title: rel === "SIGNED" ? "signed" : "party to",
    });
  }

  remove(id) {
    this.nodes.remove(id);
    this.edges.remove(this.edges.getIds({ filter: (e) => e.from === id || e.to === id }));
    this.info.delete(id);
  }

  clear() {
    this.nodes.clear();
    this.edges.clear();
    this.info.clear();
  }

  pin(id, yes) {
    if (!this.has(id)) return;
    const info = this.info.get(id);
    info.pinned = yes;
    this.nodes.update({ id, fixed: yes, shapeProperties: { borderDashes: yes ? [4, 3] : false } });
  }

  positions() {
    return this.network.getPositions();
  }

  // let the layout run until it settles, then freeze it: large views stay responsive
  settle() {
    const n = this.nodes.length;
    this.stable = false;
    window.explorerStable = false;
    if (n === 0) {
      this.frozen();
      return;
    }
    this.network.setOptions({ physics: { enabled: true } });
    this.network.stabilize(n > 600 ? 60 : n > 200 ? 120 : 200);
  }

  fit() {
    this.network.fit({ animation: false });
  }

  focus(id) {
    if (!this.has(id)) return;
    this.network.selectNodes([id]);
    this.network.focus(id, { scale: Math.max(this.network.getScale(), 0.8), animation: false });
  }

  selectPair(a, b) {
    const id = `m:${pairKey(a, b)}`;
    if (this.edges.get(id)) this.network.selectEdges([id]);
  }

  unselect() {
    this.network.unselectAll();
  }
}
