// The search box: suggestions as you type (GET /actors/suggest), moved through with the
// arrow keys, chosen with Enter or a click.
import { getJSON } from "./api.js";
import { clear, el } from "./dom.js";

const TYPE_NAMES = { Person: "person", Country: "country", Organization: "organisation" };

export function typeName(type) {
  return TYPE_NAMES[type] || "actor";
}

export class SearchBox {
  constructor(input, list, status, { onChoose, onError }) {
    this.input = input;
    this.list = list;
    this.status = status;
    this.onChoose = onChoose;
    this.onError = onError;
    this.items = [];
    this.active = -1;
    this.timer = null;
    this.controller = null;
    input.addEventListener("input", () => this.schedule());
    input.addEventListener("keydown", (e) => this.key(e));
    input.addEventListener("focus", () => this.items.length && this.open(true));
    input.addEventListener("blur", () => setTimeout(() => this.open(false), 150));
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fetch(), 120);
  }

  async fetch() {
    const q = this.input.value.trim();
    if (this.controller) this.controller.abort();
    if (!q) {
      this.show([]);
      this.status.textContent = "";
      return;
    }
    this.controller = new AbortController();
    this.status.textContent = "Searching…";
    try {
      const body = await getJSON("/actors/suggest", { q, limit: 10 }, this.controller.signal);
      const items = Array.isArray(body.items) ? body.items : [];
      this.show(items);
      this.status.textContent = items.length
        ? `${items.length} suggestion${items.length === 1 ? "" : "s"}: arrow keys to move, Enter to choose`
        : `No actor matches "${q}"`;
    } catch (err) {
      if (err.name === "AbortError") return;
      this.status.textContent = "";
      this.onError(err);
    }
  }

  show(items) {
    this.items = items;
    this.active = items.length ? 0 : -1;
    clear(this.list);
    items.forEach((actor, i) => {
      const details = [typeName(actor.type)];
      if (actor.titles && actor.titles.length) details.push(actor.titles.slice(0, 2).join(", "));
      if (actor.country && actor.type !== "Country") details.push(actor.country);
      this.list.append(
        el(
          "li",
          {
            id: `suggestion-${i}`,
            role: "option",
            class: `suggestion type-${typeName(actor.type)}`,
            dataset: { id: actor.id },
            onmousedown: (e) => {
              e.preventDefault(); // keep the focus in the box
              this.choose(i);
            },
          },
          el("span", { class: "name" }, actor.name || actor.id),
          el("span", { class: "details" }, details.join(" · ")),
        ),
      );
    });
    this.highlight();
    this.open(items.length > 0);
  }

  open(yes) {
    this.list.hidden = !yes;
    this.input.setAttribute("aria-expanded", yes ? "true" : "false");
  }

  highlight() {
    [...this.list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === this.active)));
    if (this.active >= 0) {
      this.input.setAttribute("aria-activedescendant", `suggestion-${this.active}`);
      this.list.children[this.active].scrollIntoView({ block: "nearest" });
    } else this.input.removeAttribute("aria-activedescendant");
  }

  key(e) {
    const n = this.items.length;
    if (e.key === "ArrowDown" && n) {
      e.preventDefault();
      this.open(true);
      this.active = (this.active + 1) % n;
      this.highlight();
    } else if (e.key === "ArrowUp" && n) {
      e.preventDefault();
      this.active = (this.active - 1 + n) % n;
      this.highlight();
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (this.active >= 0) this.choose(this.active);
    } else if (e.key === "Escape") {
      this.open(false);
    }
  }

  choose(i) {
    const actor = this.items[i];
    if (!actor) return;
    this.open(false);
    this.input.value = actor.name || actor.id;
    this.status.textContent = "";
    this.onChoose(actor);
  }
}
