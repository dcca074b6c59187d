// The JSON API, read defensively: list bodies are {items, total?, limit?, offset?, next?}.
// Errors become ApiError with the API's own message.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value === null || value === undefined || value === "") continue;
    if (Array.isArray(value)) value.forEach((v) => search.append(key, v));
    else search.append(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

async function failure(response) {
  let detail = `${response.status} ${response.statusText}`;
  try {
    const body = await response.json();
    if (body && typeof body.detail === "string") detail = body.detail;
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(detail, response.status);
}

async function send(path, init) {
  let response;
  try {
    response = await fetch(path, init);
  } catch (err) {
    if (err && err.name === "AbortError") throw err;
    throw new ApiError("the server does not answer: is `diplograph serve` running?", 0);
  }
  if (!response.ok) throw await failure(response);
  return response;
}

export async function getJSON(path, params, signal) {
  const response = await send(path + query(params), { signal, headers: { accept: "application/json" } });
  return response.json();
}

export async function postForText(path, body) {
  const response = await send(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return response.text();
}

// A page of a list: its items and whether more can be asked for with offset + items.length.
export function readPage(body, offset, limit) {
  const items = Array.isArray(body && body.items) ? body.items : [];
  const total = body && Number.isInteger(body.total) ? body.total : null;
  let more;
  if (total !== null) more = offset + items.length < total;
  else if (body && "next" in body) more = body.next !== null && body.next !== undefined;
  else more = items.length >= limit;
  return { items, total, more };
}

export const enc = encodeURIComponent;
