// The selected actor's or pair's encounters on a time axis, drawn as plain SVG: one lane per
// kind; a day is a dot, a month or a year (a coarse date) a bar over that period.
import { clear, el, formatDate, svg } from "./dom.js";

const KIND_COLORS = {
  meeting: "#1f77b4", visit: "#2ca02c", call: "#9467bd", talks: "#8c564b",
  summit: "#d62728", signing: "#e377c2", exercise: "#7f7f7f", other: "#bcbd22",
};
const LEFT = 78;
const RIGHT = 16;
const LANE = 20;
const TOP = 8;

// a date string as [start, end) in ms: "2024" covers the year, "2024-06" the month
function period(date) {
  const [y, m, d] = date.split("-").map(Number);
  if (d) return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
  if (m) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
}

function ticks(start, end) {
  const years = (end - start) / (365.25 * 864e5);
  const out = [];
  const first = new Date(start);
  if (years > 3) {
    const step = years > 40 ? 10 : years > 15 ? 5 : years > 7 ? 2 : 1;
    for (let y = Math.ceil((first.getUTCFullYear() + 1) / step) * step; Date.UTC(y, 0, 1) <= end; y += step) {
      out.push([Date.UTC(y, 0, 1), String(y)]);
    }
  } else {
    const step = years > 1.5 ? 6 : years > 0.5 ? 3 : 1;
    for (let t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1); t <= end; ) {
      const d = new Date(t);
      if (d.getUTCMonth() % step === 0 && t >= start) out.push([t, formatDate(d.toISOString().slice(0, 7)).replace(" (month only)", "")]);
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    }
  }
  return out;
}

export class Timeline {
  constructor(root, onPick) {
    this.root = root;
    this.onPick = onPick; // event id -> show it in the panel
    this.data = null;
    new ResizeObserver(() => this.draw()).observe(root);
  }

  show(data) {
    this.data = data;
    this.draw();
  }

  draw() {
    const data = this.data;
    clear(this.root);
    if (!data) {
      this.root.append(el("p", { class: "muted" }, "Timeline: select an actor or a line to see their encounters over time."));
      return;
    }
    const dated = data.items.filter((m) => m.date);
    const undated = data.items.length - dated.length;
    const note = [`${data.title}: ${dated.length.toLocaleString("en")} encounter${dated.length === 1 ? "" : "s"} on the axis`];
    if (data.total !== null && data.total > data.items.length) note.push(`${data.total - data.items.length} older ones not loaded (load them in the panel)`);
    if (undated) note.push(`${undated} undated not shown`);
    this.root.append(el("p", { class: "timeline-note" }, note.join("; ")));
    if (!dated.length) return;
    const kinds = [...new Set(dated.map((m) => m.kind || "other"))].sort();
    const spans = dated.map((m) => period(m.date));
    let start = Math.min(...spans.map((s) => s[0]));
    let end = Math.max(...spans.map((s) => s[1]));
    const pad = Math.max((end - start) * 0.03, 15 * 864e5, (120 * 864e5 - (end - start)) / 2);
    start -= pad;
    end += pad;
    const width = Math.max(this.root.clientWidth - 4, 300);
    const height = TOP + kinds.length * LANE + 22;
    const x = (t) => LEFT + ((t - start) / (end - start)) * (width - LEFT - RIGHT);
    const chart = svg("svg", { width, height, role: "img", "aria-label": `Timeline of ${data.title}` });
    kinds.forEach((k, i) => {
      const y = TOP + i * LANE + LANE / 2;
      chart.append(
        svg("text", { x: 4, y: y + 4, class: "lane-label" }, k),
        svg("line", { x1: LEFT, x2: width - RIGHT, y1: y, y2: y, class: "lane" }),
      );
    });
    const axisY = TOP + kinds.length * LANE + 4;
    chart.append(svg("line", { x1: LEFT, x2: width - RIGHT, y1: axisY, y2: axisY, class: "axis" }));
    for (const [t, label] of ticks(start, end)) {
      chart.append(
        svg("line", { x1: x(t), x2: x(t), y1: axisY, y2: axisY + 4, class: "axis" }),
        svg("text", { x: x(t), y: axisY + 16, class: "tick", "text-anchor": "middle" }, label),
      );
    }
    dated.forEach((m, i) => {
      const kind = m.kind || "other";
      const y = TOP + kinds.indexOf(kind) * LANE + LANE / 2;
      const [a, b] = spans[i];
      const who = (m.counterparts || m.participants || []).map((p) => p.name || p.id).join(", ");
      const label = [formatDate(m.date), kind, m.place && m.place.name, who && `with ${who}`].filter(Boolean).join(" · ");
      const color = KIND_COLORS[kind] || KIND_COLORS.other;
      const coarse = m.date.length < 10;
      const shape = coarse
        ? svg("rect", { x: x(a), y: y - 5, width: Math.max(x(b) - x(a), 4), height: 10, rx: 3, fill: color, "fill-opacity": 0.45, stroke: color })
        : svg("circle", { cx: x(a), cy: y, r: 5.5, fill: color, stroke: "#fff" });
      const mark = svg(
        "g",
        {
          class: "mark",
          tabindex: 0,
          role: "button",
          "aria-label": label,
          onclick: () => this.onPick(m.id),
          onkeydown: (e) => (e.key === "Enter" || e.key === " ") && (e.preventDefault(), this.onPick(m.id)),
        },
        svg("title", {}, label),
        shape,
      );
      mark.setAttribute("data-event", m.id);
      chart.append(mark);
    });
    this.root.append(chart);
  }
}
