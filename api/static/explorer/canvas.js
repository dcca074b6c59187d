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

function gcd(a, b) {
  return b ? gcd(b, a % b) : a;
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
    this.pendingNodes = new Map();
    this.pendingEdges = new Map();
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
    if (this.nodes.length) this.network.fit({ animation: false }); // new nodes in view
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
    return this.pendingNodes.has(id) || this.nodes.get(id) !== null;
  }

  // node and edge changes are gathered and handed to vis-network in one call: one by one,
  // each would redraw, and a page of 200 counterparts would take seconds
  flush() {
    if (this.pendingNodes.size) this.nodes.update([...this.pendingNodes.values()]);
    if (this.pendingEdges.size) this.edges.update([...this.pendingEdges.values()]);
    this.pendingNodes.clear();
    this.pendingEdges.clear();
  }

  node(id) {
    return this.pendingNodes.get(id) || this.nodes.get(id);
  }

  edge(id) {
    return this.pendingEdges.get(id) || this.edges.get(id);
  }

  where(id) {
    const pending = this.pendingNodes.get(id);
    if (pending && pending.x !== undefined) return pending;
    return this.nodes.get(id) ? this.network.getPositions([id])[id] : null;
  }

  // Places for `count` new neighbours of `nearId`: rings around it, a full circle for the
  // first node and a half circle facing away from the rest otherwise, 48 px apart on each
  // ring; the first (most met) are spread around the ring rather than bunched together.
  ringAround(nearId, count) {
    const at = nearId ? this.where(nearId) : null;
    if (!at || count === 0) return new Array(count).fill({});
    const others = Object.values(this.network.getPositions()).filter((p) => p !== at);
    let span = 2 * Math.PI;
    let facing = 0;
    if (others.length > 1) {
      const cx = others.reduce((s, p) => s + p.x, 0) / others.length;
      const cy = others.reduce((s, p) => s + p.y, 0) / others.length;
      if (Math.hypot(at.x - cx, at.y - cy) > 1) {
        span = Math.PI;
        facing = Math.atan2(at.y - cy, at.x - cx);
      }
    }
    const out = [];
    for (let r = 160; out.length < count; r += 70) {
      const slots = Math.min(Math.max(6, Math.floor((span * r) / 48)), count - out.length);
      let step = Math.max(1, Math.round(slots / 1.618));
      while (gcd(step, slots) !== 1) step += 1;
      for (let i = 0; i < slots; i += 1) {
        const slot = (i * step) % slots;
        const angle = span === 2 * Math.PI ? (2 * Math.PI * slot) / slots : facing - span / 2 + (span * (slot + 0.5)) / slots;
        out.push({ x: at.x + r * Math.cos(angle), y: at.y + r * Math.sin(angle) });
      }
    }
    return out;
  }

  // an actor or agreement node; `where` places a new one
  put(item, where = {}) {
    const type = item.type || "Person";
    const style = STYLES[type] || STYLES.Person;
    const info = { ...(this.info.get(item.id) || {}), ...item, type };
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
    const old = this.node(item.id);
    this.pendingNodes.set(item.id, old ? { ...this.pendingNodes.get(item.id), ...node } : { ...node, ...where });
  }

  mark(id, { center = false, expanded = false } = {}) {
    if (!this.has(id)) return;
    this.pendingNodes.set(id, {
      ...this.pendingNodes.get(id),
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
    this.pendingEdges.set(id, edge);
  }

  linkAgreement(actor, agreement, rel) {
    const id = `g:${actor}~${agreement}`;
    if (this.edge(id)) return;
    this.pendingEdges.set(id, {
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
    this.flush();
    this.nodes.remove(id);
    this.edges.remove(this.edges.getIds({ filter: (e) => e.from === id || e.to === id }));
    this.info.delete(id);
  }

  clear() {
    this.pendingNodes.clear();
    this.pendingEdges.clear();
    this.nodes.clear();
    this.edges.clear();
    this.info.clear();
  }

  pin(id, yes) {
    if (!this.has(id)) return;
    const info = this.info.get(id);
    info.pinned = yes;
    this.flush();
    this.nodes.update({ id, fixed: yes, shapeProperties: { borderDashes: yes ? [4, 3] : false } });
  }

  positions() {
    return this.network.getPositions();
  }

  // let the layout run until it settles, then freeze it: large views stay responsive
  settle() {
    this.flush();
    const n = this.nodes.length;
    this.stable = false;
    window.explorerStable = false;
    if (n === 0) {
      this.frozen();
      return;
    }
    this.network.setOptions({ physics: { enabled: true } });
    this.network.stabilize(n > 600 ? 40 : n > 200 ? 100 : 200);
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
