// The inspector: an actor (titles, country, encounters newest first), the line between two
// actors (each encounter with the quote and report behind it), an agreement (status,
// parties, signatories, sources). Every string goes in as text.
import { enc, getJSON, readPage } from "./api.js";
import { append, clear, el, formatDate, plural, safeHref } from "./dom.js";
import { typeName } from "./search.js";
import { encounterParams } from "./state.js";

const PAGE = 50;

function sourceList(sources) {
  if (!sources || !sources.length) return el("p", { class: "muted" }, "No report is recorded for it.");
  return el(
    "ul",
    { class: "sources" },
    sources.map((s) => {
      const title = s.title || s.source || s.document;
      const href = safeHref(s.source);
      return el(
        "li",
        {},
        s.quote ? el("blockquote", {}, s.quote) : el("p", { class: "muted" }, "(no quoted sentence)"),
        el(
          "p",
          { class: "report" },
          href ? el("a", { href, target: "_blank", rel: "noopener noreferrer" }, title) : el("span", {}, title),
          s.published ? ` · ${formatDate(s.published)}` : "",
          !href && s.source && s.source !== title ? ` · ${s.source}` : "",
        ),
      );
    }),
  );
}

export class Panel {
  constructor(root, handlers) {
    this.root = root;
    this.h = handlers; // onActor(id), onPair(a, b), onExpand, onHide, onPin, onCenter, onTimeline, onError
    this.generation = 0;
    this.empty();
  }

  start(title) {
    this.generation += 1;
    clear(this.root);
    this.root.append(el("h2", { id: "panel-title", tabindex: "-1" }, title));
    return this.generation;
  }

  empty() {
    this.start("Nothing selected");
    this.root.append(
      el("p", { class: "muted" }, "Search for an actor above, then click a node or a line on the canvas to read what the sources say."),
    );
    this.h.onTimeline(null);
  }

  loading(text = "Loading…") {
    return el("p", { class: "loading", role: "status" }, text);
  }

  failed(box, err) {
    clear(box);
    box.append(el("p", { class: "error" }, `Could not load this: ${err.message}`));
  }

  actorButton(actor) {
    return el(
      "button",
      { type: "button", class: `link type-${typeName(actor.type)}`, onclick: () => this.h.onActor(actor.id) },
      actor.name || actor.id,
    );
  }

  async showActor(id, ctx) {
    const gen = this.start("Loading…");
    const body = el("div", {}, this.loading());
    this.root.append(body);
    let actor;
    try {
      actor = await getJSON(`/actors/${enc(id)}`);
    } catch (err) {
      if (gen !== this.generation) return;
      if (err.status === 404 && !ctx.onCanvas) return this.showAgreement(id, ctx); // a link to one
      this.failed(body, err);
      return;
    }
    if (gen !== this.generation) return;
    this.root.querySelector("h2").textContent = actor.name || actor.id;
    clear(body);
    const facts = el("dl", { class: "facts" });
    const fact = (k, v) => v && facts.append(el("dt", {}, k), el("dd", {}, v));
    fact("Type", typeName(actor.type));
    fact("Titles", (actor.titles || []).join("; "));
    fact("Country", actor.type === "Country" ? actor.id : actor.country);
    fact("Also known as", (actor.aliases || []).join("; "));
    for (const p of actor.positions || []) fact("Position", [p.title, p.name || p.organization].filter(Boolean).join(", "));
    if (actor.counts) {
      fact("In the graph", `${plural(actor.counts.events, "event")}, ${plural(actor.counts.agreements, "agreement")}`);
    }
    body.append(facts, this.actions(id, ctx));
    if (ctx.onCanvas && ctx.neighbours.length) {
      append(body, [
        el("h3", {}, "Lines on the canvas"),
        el(
          "ul",
          { class: "neighbours" },
          ctx.neighbours.slice(0, 30).map((n) =>
            el(
              "li",
              {},
              el(
                "button",
                { type: "button", class: "link", onclick: () => this.h.onPair(id, n.id) },
                `${n.name} (${plural(n.meetings, "encounter")})`,
              ),
            ),
          ),
        ),
        ctx.neighbours.length > 30
          ? el("p", { class: "muted" }, `… and ${plural(ctx.neighbours.length - 30, "more line")}, fewer encounters each`)
          : null,
      ]);
    }
    const list = el("ol", { class: "meetings" });
    const more = el("div", {});
    body.append(el("h3", { id: "encounters-title" }, "Encounters, newest first"), list, more);
    await this.pageMeetings(gen, id, null, list, more, 0, actor.name || id, []);
  }

  actions(id, ctx) {
    const bar = el("div", { class: "actions" });
    if (ctx.onCanvas) {
      const label = ctx.more ? (ctx.expanded ? "Show more counterparts" : "Expand") : "All counterparts shown";
      bar.append(
        el("button", { type: "button", onclick: () => this.h.onExpand(id), disabled: !ctx.more }, label),
        el("button", { type: "button", onclick: () => this.h.onPin(id) }, ctx.pinned ? "Unpin" : "Pin"),
      );
      if (!ctx.center) {
        bar.append(el("button", { type: "button", onclick: () => this.h.onHide(id) }, "Hide"));
      }
    }
    if (!ctx.center && ctx.type !== "Agreement") {
      bar.append(el("button", { type: "button", onclick: () => this.h.onCenter(id) }, "Start from here"));
    }
    return bar;
  }

  // one page of encounters into `list`; `more` gets a button for the next page
  async pageMeetings(gen, id, other, list, more, offset, title, shown) {
    clear(more);
    more.append(this.loading());
    const params = { ...encounterParams(this.h.state()), limit: PAGE, offset };
    if (other) params.with = other;
    let page;
    try {
      page = readPage(await getJSON(`/actors/${enc(id)}/meetings`, params), offset, PAGE);
    } catch (err) {
      if (gen === this.generation) this.failed(more, err);
      return;
    }
    if (gen !== this.generation) return;
    clear(more);
    page.items.forEach((m) => list.append(this.meeting(m, id, other)));
    shown.push(...page.items);
    if (!shown.length) {
      more.append(el("p", { class: "empty" }, "No encounter matches the filters."));
    } else if (page.more) {
      const rest = page.total !== null ? ` (${plural(page.total - shown.length, "more")})` : "";
      more.append(
        el(
          "button",
          { type: "button", onclick: () => this.pageMeetings(gen, id, other, list, more, offset + PAGE, title, shown) },
          `Load older encounters${rest}`,
        ),
      );
    }
    this.h.onTimeline({ title, items: shown, total: page.total });
  }

  meeting(m, id, other) {
    const who = (m.counterparts || m.participants || []).filter((p) => p.id !== id && p.id !== other);
    const head = [m.kind || "encounter", m.place && (m.place.name || m.place.id)].filter(Boolean).join(" · ");
    const item = el(
      "li",
      { class: "meeting", id: `m-${m.id}`, dataset: { event: m.id } },
      el("p", { class: "when" }, el("strong", {}, formatDate(m.date)), ` — ${head}`),
      m.title ? el("p", { class: "title" }, m.title) : null,
      who.length ? el("p", { class: "who" }, "With ", who.map((p, i) => [i ? ", " : "", this.actorButton(p)])) : null,
    );
    const n = (m.sources || []).length;
    if (other) item.append(sourceList(m.sources));
    else if (n) item.append(el("details", {}, el("summary", {}, plural(n, "report")), sourceList(m.sources)));
    return item;
  }

  async showPair(a, b, names) {
    const gen = this.start(`${names[0]} — ${names[1]}`);
    const list = el("ol", { class: "meetings" });
    const more = el("div", {});
    this.root.append(
      el("p", { class: "muted" }, "Every encounter of the two, newest first, with the reports behind it."),
      el("div", { class: "actions" }, [a, b].map((id, i) =>
        el("button", { type: "button", onclick: () => this.h.onActor(id) }, `Open ${names[i]}`))),
      list,
      more,
    );
    await this.pageMeetings(gen, a, b, list, more, 0, `${names[0]} — ${names[1]}`, []);
  }

  async showAgreement(id, ctx) {
    const gen = this.start("Loading…");
    const body = el("div", {}, this.loading());
    this.root.append(body);
    let g;
    try {
      g = await getJSON(`/agreements/${enc(id)}`);
    } catch (err) {
      if (gen === this.generation) this.failed(body, err);
      return;
    }
    if (gen !== this.generation) return;
    this.root.querySelector("h2").textContent = g.name || g.id;
    clear(body);
    const facts = el("dl", { class: "facts" });
    const fact = (k, v) => v && (!Array.isArray(v) || v.length) && facts.append(el("dt", {}, k), el("dd", {}, v));
    fact("Status", g.status ? g.status.replace("_", " ") : "unknown");
    fact("Kind", g.kind && g.kind.replace("_", " "));
    fact("Date", formatDate(g.date));
    fact("Topics", (g.topics || []).join(", "));
    const refs = (list) => list.map((a, i) => [i ? ", " : "", this.actorButton(a)]);
    fact("Parties", refs(g.parties || []));
    fact("Signatories", refs(g.signatories || []));
    body.append(facts, this.actions(id, { ...ctx, type: "Agreement" }), el("h3", {}, "Sources"), sourceList(g.sources));
    this.h.onTimeline(null);
  }
}
