// What is on the canvas and how it grows: a centre actor, the actors expanded (each with
// the pages of counterparts asked for), hidden nodes; every fetch is one page of the API.
import { enc, getJSON, readPage } from "./api.js";
import { encounterParams } from "./state.js";

const AGREEMENTS_PER_ACTOR = 10;

// "p-sato" or "p-sato*3" (three pages of counterparts) in the URL's `expand`
export function parseExpansion(entry) {
  const [id, pages] = entry.split("*");
  return { id, pages: Math.max(1, Math.min(20, Number(pages) || 1)) };
}

export class Explorer {
  constructor(canvas, handlers) {
    this.canvas = canvas;
    this.handlers = handlers; // onStatus(text), onError(err), onChange()
    this.state = null;
    this.pages = new Map(); // expanded id -> {pages, total, more}
    this.generation = 0;
  }

  agreementsShown() {
    const kinds = this.state.kinds;
    return kinds.length === 0 || kinds.includes("signing");
  }

  // Rebuild the canvas from the state (a new centre, new filters, a reload). Nodes that stay
  // keep their place and pin.
  async load(state) {
    this.state = state;
    const generation = ++this.generation;
    this.canvas.busy();
    const kept = this.canvas.positions();
    const pinned = new Set([...this.canvas.info.values()].filter((i) => i.pinned).map((i) => i.id));
    this.canvas.clear();
    this.pages.clear();
    if (!state.center) {
      this.handlers.onStatus("");
      this.canvas.settle();
      this.handlers.onChange();
      return;
    }
    const stale = () => generation !== this.generation;
    try {
      this.handlers.onStatus("Loading…");
      const center = await getJSON(`/actors/${enc(state.center)}`);
      if (stale()) return;
      this.canvas.put(center, kept[center.id] || { x: 0, y: 0 });
      const order = [state.center, ...state.expand.map((e) => parseExpansion(e).id)];
      const wanted = new Map(state.expand.map((e) => [parseExpansion(e).id, parseExpansion(e).pages]));
      for (const id of new Set(order)) {
        if (!this.canvas.has(id)) continue; // filtered out or hidden: nothing to expand from
        for (let page = 0; page < (wanted.get(id) || 1); page += 1) {
          await this.fetchPage(id, kept);
          if (stale()) return;
          if (!this.pages.get(id).more) break;
        }
      }
      for (const id of pinned) {
        if (this.canvas.has(id)) this.canvas.pin(id, true); // in its old place, set when put
      }
      this.marks();
      this.handlers.onStatus(this.summary());
      this.canvas.settle();
    } catch (err) {
      if (stale()) return;
      this.handlers.onStatus("");
      this.handlers.onError(err);
      this.canvas.settle();
    }
    this.handlers.onChange();
  }

  // Add the next page of an actor's counterparts (or an agreement's parties).
  async expand(id) {
    const info = this.canvas.info.get(id);
    if (!info) return;
    const generation = this.generation;
    const entry = this.pages.get(id);
    if (entry && !entry.more) {
      this.handlers.onStatus(`${info.name || id}: every counterpart is already on the canvas`);
      return;
    }
    this.canvas.busy();
    try {
      this.handlers.onStatus(`Expanding ${info.name || id}…`);
      await this.fetchPage(id, {});
      if (generation !== this.generation) return;
      this.remember(id);
      this.marks();
      this.handlers.onStatus(this.summary());
      this.canvas.settle();
    } catch (err) {
      this.handlers.onStatus("");
      this.handlers.onError(err);
      this.canvas.settle();
    }
    this.handlers.onChange();
  }

  remember(id) {
    const pages = this.pages.get(id).pages;
    const rest = this.state.expand.filter((e) => parseExpansion(e).id !== id);
    if (id !== this.state.center || pages > 1) rest.push(pages > 1 ? `${id}*${pages}` : id);
    this.state.expand = rest;
  }

  async fetchPage(id, kept) {
    const info = this.canvas.info.get(id);
    const entry = this.pages.get(id) || { pages: 0, total: null, more: true };
    if (info.type === "Agreement") {
      const card = await getJSON(`/agreements/${enc(id)}`);
      this.addAgreement(card, id, kept);
      this.canvas.flush();
      this.pages.set(id, { pages: 1, total: null, more: false });
      return;
    }
    const limit = this.state.per;
    const offset = entry.pages * limit;
    const body = await getJSON(`/actors/${enc(id)}/counterparts`, {
      ...encounterParams(this.state),
      limit,
      offset,
    });
    const page = readPage(body, offset, limit);
    const fresh = page.items.filter((c) => !this.state.hide.includes(c.id));
    const places = this.canvas.ringAround(id, fresh.filter((c) => !this.canvas.has(c.id)).length);
    fresh.forEach((c) => {
      if (!this.canvas.has(c.id)) this.canvas.put(c, kept[c.id] || places.shift());
      this.canvas.linkMeetings(id, c.id, c);
    });
    this.canvas.flush();
    this.pages.set(id, { pages: entry.pages + 1, total: page.total, more: page.more });
    if (entry.pages === 0 && this.agreementsShown()) await this.fetchAgreements(id, kept);
  }

  async fetchAgreements(id, kept) {
    const body = await getJSON(`/actors/${enc(id)}/agreements`, {
      since: this.state.since,
      until: this.state.until,
      limit: AGREEMENTS_PER_ACTOR,
    });
    const countries = this.state.countries;
    const cards = readPage(body, 0, AGREEMENTS_PER_ACTOR).items.filter(
      (g) => !countries.length || (g.parties || []).some((p) => countries.includes(p.id) || countries.includes(p.country)),
    );
    const places = this.canvas.ringAround(id, cards.length);
    cards.forEach((card) => this.addAgreement(card, id, kept, places.shift()));
    this.canvas.flush();
  }

  // an agreement with links to its parties and signatories (the ones on the canvas, or all
  // of them when it is the agreement itself that is expanded)
  addAgreement(card, from, kept, place = {}) {
    if (this.state.hide.includes(card.id)) return;
    const all = from === card.id;
    if (!this.canvas.has(card.id)) this.canvas.put({ ...card, type: "Agreement" }, kept[card.id] || place);
    else this.canvas.put({ ...card, type: "Agreement" });
    const links = [
      ...(card.parties || []).map((a) => [a, "PARTY_TO"]),
      ...(card.signatories || []).map((a) => [a, "SIGNED"]),
    ];
    const places = all ? this.canvas.ringAround(card.id, links.length) : [];
    links.forEach(([actor, rel], j) => {
      if (this.state.hide.includes(actor.id)) return;
      if (all && !this.canvas.has(actor.id)) this.canvas.put(actor, kept[actor.id] || places[j]);
      if (this.canvas.has(actor.id)) this.canvas.linkAgreement(actor.id, card.id, rel);
    });
  }

  hide(id) {
    if (id === this.state.center) return false;
    this.canvas.remove(id);
    this.pages.delete(id);
    this.state.hide = [...new Set([...this.state.hide, id])];
    this.state.expand = this.state.expand.filter((e) => parseExpansion(e).id !== id);
    // nodes only it had brought in go too, as a reload of the link would do
    const linked = new Set(this.canvas.edges.get().flatMap((e) => [e.from, e.to]));
    for (const other of this.canvas.nodes.getIds()) {
      if (other !== this.state.center && !linked.has(other)) this.canvas.remove(other);
    }
    this.handlers.onStatus(this.summary());
    this.handlers.onChange();
    return true;
  }

  marks() {
    for (const id of this.canvas.nodes.getIds()) {
      this.canvas.mark(id, { center: id === this.state.center, expanded: this.pages.has(id) });
    }
  }

  more(id) {
    const entry = this.pages.get(id);
    return entry ? entry : null;
  }

  summary() {
    const n = this.canvas.nodes.length;
    const lines = this.canvas.edges.length;
    if (n <= 1) {
      return "No encounters match the filters for this actor: widen the dates, kinds or countries.";
    }
    return `${n.toLocaleString("en")} nodes, ${lines.toLocaleString("en")} lines on the canvas`;
  }
}
