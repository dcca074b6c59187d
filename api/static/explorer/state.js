// The view in the URL, so a link (or a reload) reopens it:
// /explore?center=ID&expand=ID,ID&hide=ID&since=YYYY-MM-DD&until=...&kinds=a,b&countries=FR,JP
//          &per=50&sel=ID (an actor or agreement) or sel=ID~ID (the line between two actors)

const ID = /^[\w.:@+-]{1,200}$/u;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const COUNTRY = /^[A-Za-z]{2}$/;
export const KINDS = ["meeting", "visit", "call", "talks", "summit", "signing", "exercise", "other"];
export const PER_CHOICES = [25, 50, 100, 200];

function list(text, ok) {
  if (!text) return [];
  return [...new Set(text.split(",").map((s) => s.trim()).filter((s) => ok(s)))];
}

export function readState(search = window.location.search) {
  const p = new URLSearchParams(search);
  const one = (key, re) => {
    const value = p.get(key);
    return value && re.test(value) ? value : null;
  };
  const per = Number(p.get("per"));
  const sel = p.get("sel") || "";
  const pair = sel.split("~");
  return {
    center: one("center", ID),
    expand: list(p.get("expand"), (s) => ID.test(s)),
    hide: list(p.get("hide"), (s) => ID.test(s)),
    since: one("since", DATE),
    until: one("until", DATE),
    kinds: list(p.get("kinds"), (s) => KINDS.includes(s)),
    countries: list(p.get("countries"), (s) => COUNTRY.test(s)).map((s) => s.toUpperCase()),
    per: PER_CHOICES.includes(per) ? per : 50,
    sel: pair.length === 2 && pair.every((s) => ID.test(s)) ? pair : ID.test(sel) ? [sel] : [],
  };
}

export function stateQuery(state) {
  const p = new URLSearchParams();
  if (state.center) p.set("center", state.center);
  if (state.expand.length) p.set("expand", state.expand.join(","));
  if (state.hide.length) p.set("hide", state.hide.join(","));
  if (state.since) p.set("since", state.since);
  if (state.until) p.set("until", state.until);
  if (state.kinds.length) p.set("kinds", state.kinds.join(","));
  if (state.countries.length) p.set("countries", state.countries.join(","));
  if (state.per !== 50) p.set("per", String(state.per));
  if (state.sel.length) p.set("sel", state.sel.join("~"));
  const text = p.toString().replace(/%2C/g, ",").replace(/%7E/gi, "~");
  return text ? `?${text}` : "";
}

export function writeState(state) {
  const url = `/explore${stateQuery(state)}`;
  if (url !== window.location.pathname + window.location.search) {
    window.history.replaceState(null, "", url);
  }
}

// the API's filter parameters for encounters
export function encounterParams(state) {
  return {
    since: state.since,
    until: state.until,
    kind: state.kinds,
    country: state.countries,
  };
}
