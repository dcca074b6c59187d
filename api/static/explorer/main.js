// Wires the explorer together: search -> canvas -> inspector and timeline, filters, the URL.
import { postForText } from "./api.js";
import { Canvas } from "./canvas.js";
import { el } from "./dom.js";
import { Filters } from "./filters.js";
import { Explorer } from "./graph.js";
import { Panel } from "./panel.js";
import { SearchBox } from "./search.js";
import { readState, writeState } from "./state.js";
import { Timeline } from "./timeline.js";

const $ = (id) => document.getElementById(id);
const state = readState();
const message = $("message");
const status = $("status");

function showError(err) {
  message.hidden = false;
  $("message-text").textContent = err && err.message ? err.message : String(err);
}
$("message-close").addEventListener("click", () => (message.hidden = true));

function setStatus(text) {
  status.textContent = text;
}

const canvas = new Canvas($("canvas"), {
  onSelectNode: (id) => select([id]),
  onSelectPair: (a, b) => select([a, b]),
  onExpand: (id) => expand(id),
  onPinned: () => refreshPanel(),
  onStable: () => document.body.classList.remove("busy"),
});

const explorer = new Explorer(canvas, {
  onStatus: setStatus,
  onError: showError,
  onChange: () => {
    writeState(state);
    $("canvas-empty").hidden = Boolean(state.center);
    $("save").disabled = canvas.nodes.length === 0;
  },
});

const timeline = new Timeline($("timeline"), (eventId) => {
  const item = document.getElementById(`m-${eventId}`);
  if (!item) return;
  item.scrollIntoView({ block: "center" });
  item.classList.add("flash");
  item.setAttribute("tabindex", "-1");
  item.focus({ preventScroll: true });
  setTimeout(() => item.classList.remove("flash"), 1500);
});

function context(id) {
  const info = canvas.info.get(id);
  const pages = explorer.more(id);
  const neighbours = canvas.edges
    .get({ filter: (e) => e.pair && (e.from === id || e.to === id) })
    .map((e) => {
      const other = e.from === id ? e.to : e.from;
      return { id: other, name: (canvas.info.get(other) || {}).name || other, meetings: e.meetings };
    })
    .sort((a, b) => b.meetings - a.meetings || a.name.localeCompare(b.name));
  return {
    onCanvas: Boolean(info),
    type: info && info.type,
    center: id === state.center,
    expanded: Boolean(pages),
    more: pages ? pages.more : true,
    pinned: Boolean(info && info.pinned),
    neighbours,
  };
}

const panel = new Panel($("panel"), {
  state: () => state,
  onActor: (id) => select([id]),
  onPair: (a, b) => select([a, b]),
  onExpand: (id) => expand(id),
  onHide: (id) => {
    if (explorer.hide(id)) select([]);
  },
  onPin: (id) => {
    const info = canvas.info.get(id);
    canvas.pin(id, !(info && info.pinned));
    refreshPanel();
  },
  onCenter: (id) => start(id),
  onTimeline: (data) => timeline.show(data),
  onError: showError,
});

function refreshPanel() {
  const [id, other] = state.sel;
  if (id && !other) showSelection();
}

function showSelection() {
  const [a, b] = state.sel;
  if (!a) {
    canvas.unselect();
    panel.empty();
  } else if (b) {
    const name = (id) => (canvas.info.get(id) || {}).name || id;
    canvas.selectPair(a, b);
    panel.showPair(a, b, [name(a), name(b)]);
  } else {
    if (canvas.has(a)) canvas.network.selectNodes([a]);
    const info = canvas.info.get(a);
    if (info && info.type === "Agreement") panel.showAgreement(a, context(a));
    else panel.showActor(a, context(a));
  }
}

function select(sel) {
  state.sel = sel;
  writeState(state);
  showSelection();
}

async function expand(id) {
  document.body.classList.add("busy");
  await explorer.expand(id);
  if (state.sel.length === 1 && state.sel[0] === id) showSelection();
}

async function reload() {
  document.body.classList.add("busy");
  await explorer.load(state);
  showSelection();
}

function start(id) {
  Object.assign(state, { center: id, expand: [], hide: [], sel: [id] });
  canvas.clear();
  reload();
}

const filters = new Filters($("filters"), {
  state: () => state,
  onChange: (patch) => {
    Object.assign(state, patch);
    filters.show(state);
    writeState(state);
    reload();
  },
  onError: showError,
});

new SearchBox($("q"), $("suggestions"), $("search-status"), {
  onChoose: (actor) => start(actor.id),
  onError: showError,
});

$("save").addEventListener("click", async () => {
  const ids = canvas.nodes.getIds();
  const actors = ids.filter((id) => canvas.info.get(id).type !== "Agreement");
  const agreements = ids.filter((id) => canvas.info.get(id).type === "Agreement");
  const center = canvas.info.get(state.center);
  setStatus("Saving the view…");
  try {
    const html = await postForText("/map/selection", {
      actors,
      agreements,
      center: state.center,
      since: state.since,
      until: state.until,
      kinds: state.kinds.length ? state.kinds : null,
      title: center ? `${center.name || center.id} and ${actors.length - 1} more (diplograph explorer)` : null,
    });
    const url = URL.createObjectURL(new Blob([html], { type: "text/html" }));
    const link = el("a", { href: url, download: `diplograph-${state.center || "view"}.html` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    setStatus(`Saved ${actors.length} actors and ${agreements.length} agreements as one offline page`);
  } catch (err) {
    setStatus("");
    showError(err);
  }
});

document.addEventListener("keydown", (e) => {
  const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement;
  if (e.key === "/" && !typing) {
    e.preventDefault();
    $("q").focus();
  } else if (e.key === "Escape" && !typing && state.sel.length) select([]);
});

window.explorer = { state, canvas, explorer }; // for the browser tests and the console
filters.init();
if (state.center) {
  if (!state.sel.length) state.sel = [state.center]; // a link to an actor opens them
  reload();
}
else {
  $("canvas-empty").hidden = false;
  panel.empty();
}
