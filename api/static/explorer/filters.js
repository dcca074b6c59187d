// The filter bar: a period over the data's span, kinds of encounter, countries of the
// counterparts, and how many counterparts one expansion adds.
import { getJSON, readPage } from "./api.js";
import { clear, el } from "./dom.js";
import { KINDS, PER_CHOICES } from "./state.js";

function asDay(date, end) {
  // a coarse date from the API ("2023", "2024-06") as the first or last day it covers
  if (!date) return "";
  const [y, m] = date.split("-");
  if (date.length === 10) return date;
  if (m) return end ? new Date(Date.UTC(+y, +m, 0)).toISOString().slice(0, 10) : `${y}-${m}-01`;
  return end ? `${y}-12-31` : `${y}-01-01`;
}

export class Filters {
  constructor(root, { state, onChange, onError }) {
    this.root = root;
    this.state = state; // () => the current state
    this.onChange = onChange;
    this.onError = onError;
    this.countryNames = new Map();
    this.since = el("input", { type: "date", id: "since", onchange: () => this.changed() });
    this.until = el("input", { type: "date", id: "until", onchange: () => this.changed() });
    this.kindBoxes = KINDS.map((k) =>
      el("input", { type: "checkbox", value: k, id: `kind-${k}`, onchange: () => this.changed() }),
    );
    this.kindLabels = new Map();
    this.countryInput = el("input", {
      type: "text",
      id: "country-input",
      list: "country-list",
      placeholder: "add a country…",
      "aria-label": "Add a country filter (name or code), then Enter",
      onkeydown: (e) => e.key === "Enter" && (e.preventDefault(), this.addCountry()),
      onchange: () => this.addCountry(),
    });
    this.datalist = el("datalist", { id: "country-list" });
    this.chips = el("span", { class: "chips" });
    this.per = el(
      "select",
      { id: "per", "aria-label": "Counterparts added per expansion", onchange: () => this.changed() },
      PER_CHOICES.map((n) => el("option", { value: n }, `${n} per expansion`)),
    );
    this.spanNote = el("span", { class: "muted", id: "span-note" });
    root.append(
      el("fieldset", { class: "period" }, el("legend", {}, "Period"),
        el("label", { for: "since" }, "from "), this.since, el("label", { for: "until" }, " to "), this.until, " ", this.spanNote),
      el("fieldset", { class: "kinds" }, el("legend", { title: "none ticked: every kind" }, "Kinds"),
        this.kindBoxes.map((box) => {
          const label = el("label", { for: box.id }, box.value);
          this.kindLabels.set(box.value, label);
          return el("span", { class: "kind" }, box, label);
        })),
      el("fieldset", { class: "countries" }, el("legend", {}, "Counterparts from"), this.chips, this.countryInput, this.datalist),
      el("fieldset", { class: "more" }, el("legend", {}, "Canvas"), this.per,
        el("button", { type: "button", id: "reset-filters", onclick: () => this.reset() }, "Clear filters")),
    );
  }

  async init() {
    try {
      const span = await getJSON("/meetings/span");
      if (span.first) {
        this.since.min = this.until.min = asDay(span.first, false);
        this.since.max = this.until.max = asDay(span.last, true);
        this.spanNote.textContent = `data: ${span.first} to ${span.last}`;
      }
      for (const [kind, n] of Object.entries(span.kinds || {})) {
        const label = this.kindLabels.get(kind);
        if (label) label.textContent = `${kind} (${n.toLocaleString("en")})`;
      }
      for (let offset = 0, more = true; more && offset < 600; offset += 200) {
        const page = readPage(await getJSON("/actors", { type: "Country", limit: 200, offset }), offset, 200);
        page.items.forEach((c) => {
          this.countryNames.set(c.id, c.name || c.id);
          this.datalist.append(el("option", { value: `${c.name || c.id} (${c.id})` }));
        });
        more = page.more;
      }
    } catch (err) {
      this.onError(err);
    }
    this.show(this.state());
  }

  // the inputs as the state says
  show(state) {
    this.since.value = asDay(state.since, false);
    this.until.value = asDay(state.until, true);
    this.kindBoxes.forEach((box) => (box.checked = state.kinds.includes(box.value)));
    this.per.value = String(state.per);
    clear(this.chips);
    state.countries.forEach((code) =>
      this.chips.append(
        el("span", { class: "chip" }, this.countryNames.get(code) || code,
          el("button", { type: "button", "aria-label": `remove ${code}`, onclick: () => this.removeCountry(code) }, "×")),
      ),
    );
  }

  addCountry() {
    const text = this.countryInput.value.trim();
    if (!text) return;
    const code = (text.match(/\(([A-Za-z]{2})\)$/) || [])[1] || (/^[A-Za-z]{2}$/.test(text) ? text : null);
    const byName = [...this.countryNames].find(([, name]) => name.toLowerCase() === text.toLowerCase());
    const found = code ? code.toUpperCase() : byName ? byName[0] : null;
    this.countryInput.value = "";
    if (!found) {
      this.onError(new Error(`no country called "${text}": pick one from the list or type its two-letter code`));
      return;
    }
    const state = this.state();
    if (!state.countries.includes(found)) this.onChange({ countries: [...state.countries, found] });
  }

  removeCountry(code) {
    this.onChange({ countries: this.state().countries.filter((c) => c !== code) });
  }

  changed() {
    if (this.since.value && this.until.value && this.since.value > this.until.value) {
      this.onError(new Error("the period starts after it ends: change one of the dates"));
      return;
    }
    this.onChange({
      since: this.since.value || null,
      until: this.until.value || null,
      kinds: this.kindBoxes.filter((b) => b.checked).map((b) => b.value),
      per: Number(this.per.value),
    });
  }

  reset() {
    this.onChange({ since: null, until: null, kinds: [], countries: [] });
  }
}
