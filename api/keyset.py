"""Keyset (cursor) pages: the opaque cursor, and the walk over date windows that reads a page
of a date-ordered list without counting or sorting the whole graph.

A list sorted by date is read window by window from the date index (a range on `date` both
engines answer from their index): the first window is a few days wide, and each next one is
widened by how many matches the last one held, until the page is full. The cost of a page then
depends on how dense the matches are, not on how many events the graph holds. Undated items
(no index entry) come after the dated ones and are read by id at the end of the list.

A cursor is base64url JSON `{"v": 1, "k": list, "f": filters hash, "d": sort key, "i": id,
"n": position}`: the page after the item with sort key `d` and id `i`, for the same list and
filters. Anything else is refused with E221.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import json
import logging
import math
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar, cast
from urllib.parse import urlencode

from diplograph.errors import InputError
from graph.model import date_key
from graph.store import GraphStore

T = TypeVar("T")
log = logging.getLogger(__name__)

MAX_OFFSET = 10_000  # deeper pages are read with the cursor
FIRST_SPAN_DAYS = 8
MAX_SPAN_DAYS = 200 * 366  # past this a window is left open at the bottom


class BadCursor(InputError):
    code = "E221"


class OffsetTooLarge(InputError):
    code = "E222"


@dataclass(frozen=True)
class Position:
    """Where a page starts: after the item (key, id); `seen` items came before it."""

    key: str
    id: str
    seen: int


def fingerprint(filters: Mapping[str, Any]) -> str:
    text = json.dumps({k: v for k, v in filters.items() if v is not None}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def encode(kind: str, filters: Mapping[str, Any], pos: Position) -> str:
    body = {"v": 1, "k": kind, "f": fingerprint(filters), "d": pos.key, "i": pos.id, "n": pos.seen}
    raw = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(token: str, kind: str, filters: Mapping[str, Any]) -> Position:
    """The position a cursor names, checked to belong to this list and these filters."""
    hint = "pass the `next_cursor` of the previous page unchanged, with the same filters"
    if len(token) > 2000 or not re.fullmatch(r"[A-Za-z0-9_-]+", token):
        raise BadCursor("cursor: not a cursor this API made", hint=hint)
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        body = json.loads(raw.decode())
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise BadCursor("cursor: not a cursor this API made", hint=hint) from None
    ok = (
        isinstance(body, dict)
        and body.get("v") == 1
        and isinstance(body.get("d"), str)
        and isinstance(body.get("i"), str)
        and isinstance(body.get("n"), int)
        and not isinstance(body.get("n"), bool)
        and 0 <= body["n"] <= 10**12
    )
    if not ok:
        raise BadCursor("cursor: not a cursor this API made", hint=hint)
    if body.get("k") != kind:
        raise BadCursor(f"cursor: it belongs to another list than {kind}", hint=hint)
    if body.get("f") != fingerprint(filters):
        raise BadCursor("cursor: it was made for other filters than these", hint=hint)
    return Position(key=body["d"], id=body["i"], seen=body["n"])


def check_offset(offset: int) -> None:
    if offset > MAX_OFFSET:
        raise OffsetTooLarge(
            f"offset: {offset} is past {MAX_OFFSET}",
            hint="page on with `cursor` (the `next_cursor` of each page) instead of offset",
        )


@dataclass
class Slice:
    """A page of (key, id) rows read for a request: `rows` is the page, `more` whether
    anything follows it, `start` the position of its first row."""

    rows: list[dict[str, Any]]
    more: bool
    start: int

    def next_position(self) -> Position | None:
        if not self.more or not self.rows:
            return None
        last = self.rows[-1]
        return Position(key=last["key"] or "", id=last["id"], seen=self.start + len(self.rows))


def take(rows: list[dict[str, Any]], after: Position | None, offset: int, limit: int) -> Slice:
    """The page out of rows read past `after` (at least offset + limit + 1 of them if there
    are that many)."""
    start = (after.seen if after else 0) + offset
    page = rows[offset : offset + limit]
    return Slice(rows=page, more=len(rows) > offset + limit, start=start)


def read_after(
    store: GraphStore, query: str, params: dict[str, Any], after: Position | None, need: int
) -> list[dict[str, Any]]:
    """Up to `need` rows of a keyset query read outward from one node (an actor, a place,
    a party): $after_key / $after_id are the cursor's, or null on the first page."""
    p = {**params, "n": need, "after_key": None, "after_id": None}
    if after is not None:
        p |= {"after_key": after.key, "after_id": after.id}
    return store.read(query, p, row_cap=need + 1).rows


# -- the walk over date windows --------------------------------------------------------

# (lower bound or None, upper bound or None, whether the upper bound is inclusive) -> the
# Cypher of one window, and its extra parameters
WindowQuery = Callable[[str | None, str | None, bool], str]


def _as_date(key: str) -> datetime.date:
    year, month, day = (key.split("-") + ["1", "1"])[:3]
    return datetime.date(int(year), int(month or 1), int(day or 1))


def _next_span(span: int, covered: int, found: int, missing: int) -> int:
    """Days of the next window: what holds 1.5 times the `missing` rows at the density of
    matches seen so far (`found` rows in `covered` days), at least one day and at most 64
    times the last window; 8 times the last one while nothing matched."""
    if not found:
        return span * 8
    return max(1, min(span * 64, math.ceil(1.5 * missing * covered / found)))


def _walk(
    store: GraphStore,
    window: WindowQuery,
    params: dict[str, Any],
    after: Position | None,
    need: int,
    *,
    descending: bool,
    edge: str,
    near: str | None,
    span: int,
    bound: str | None,
) -> list[dict[str, Any]]:
    """The dated rows of a walk over date windows, window after window away from `edge`
    (down when `descending`, else up), until `need` rows or the end of the dates.

    `near` is the first window's boundary on the edge side (None: open there, for items
    added since `edge` was found); `bound` is the far limit (the floor of a descending walk,
    inclusive; the top of an ascending one, past which a window is left open). Windows are
    `lo <= key <= hi` for the first window of a descending walk, else `lo <= key < hi`; the
    first window also gets the cursor's $after_key / $after_id when it starts at the cursor."""
    rows: list[dict[str, Any]] = []
    first, inclusive, covered = True, descending, 0
    while True:
        far = _shift(edge, -span if descending else span) if span <= MAX_SPAN_DAYS else None
        if descending:
            if bound is not None and (far is None or far <= bound):
                far = bound
            last = far is None or far == bound
            lo, hi = far, near
        else:
            if far is not None and bound is not None and far > bound:
                far = None
            last = far is None
            lo, hi = near, far
        p = {**params, "lo": date_key(lo), "hi": date_key(hi), "n": need - len(rows)}
        p |= {"after_key": None, "after_id": None}
        if first and after is not None and near is not None and near == after.key:
            p |= {"after_key": after.key, "after_id": after.id}
        got = store.read(window(lo, hi, inclusive), p, row_cap=need + 1).rows
        rows.extend(got)
        if last or len(rows) >= need:
            return rows
        assert far is not None  # a window open on its far side is the last one
        covered += span
        span = _next_span(span, covered, len(rows), need - len(rows))
        edge = near = far
        first, inclusive = False, False


def _undated(
    store: GraphStore,
    undated: str | None,
    params: dict[str, Any],
    after: Position | None,
    rows: list[dict[str, Any]],
    need: int,
) -> list[dict[str, Any]]:
    """`rows` completed with undated items (they come after every dated one), if needed."""
    if len(rows) < need and undated is not None:
        p = {**params, "n": need - len(rows)}
        p["after_id"] = after.id if after is not None and after.key == "" else None
        rows = rows + store.read(undated, p, row_cap=need + 1).rows
    return rows[:need]


def newest_first(
    store: GraphStore,
    window: WindowQuery,
    undated: str | None,
    params: dict[str, Any],
    after: Position | None,
    need: int,
    floor: str | None = None,
    ceiling: str | None = None,
    start: Callable[[], str | None] | None = None,
    span: int = FIRST_SPAN_DAYS,
) -> list[dict[str, Any]]:
    """Up to `need` rows {key, id} newest first (key DESC, id ASC), after `after`, dated
    ones from windows of `window` between `floor` and `ceiling` (inclusive), then the
    undated ones from `undated` (None: the filters leave undated items out).

    Window queries get $lo, $hi and, in the window holding the cursor, $after_key and
    $after_id; they return key and id sorted, at most $n rows. `start()` (see
    `latest_month`) says where the first page begins when neither cursor nor ceiling does;
    `span` is the first window's width in days (see `first_span`)."""
    rows: list[dict[str, Any]] = []
    if after is None or after.key != "":  # else the cursor is already among the undated
        hi = ceiling
        if after is not None and (ceiling is None or after.key <= ceiling):
            hi = after.key
        edge = hi or (start() if start else None)
        if edge is not None or start is None:  # else nothing is dated
            edge = edge or (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
            rows = _walk(
                store, window, params, after, need,
                descending=True, edge=edge, near=hi, span=span, bound=floor,
            )  # fmt: skip
    return _undated(store, undated, params, after, rows, need)


def _shift(key: str, days: int) -> str | None:
    """The date `days` after `key` (before it when negative); None past the calendar's ends
    (the window is then open on that side)."""
    try:
        return (_as_date(key) + datetime.timedelta(days=days)).isoformat()
    except (ValueError, OverflowError):
        return None


def earliest_year(exists: Callable[[str, str], bool]) -> str | None:
    """The first year ("YYYY") holding a dated item, by bisection over years with
    `exists(lo, hi)` (is anything dated in [lo, hi)?): a dozen index probes."""
    lo, hi = 1, 10000
    if not exists(f"{lo:04d}", "9999-99"):
        return None
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if exists(f"{lo:04d}", f"{mid:04d}"):
            hi = mid
        else:
            lo = mid
    return f"{lo:04d}"


def dated_in(store: GraphStore, query: str) -> Callable[[str, str], bool]:
    """`exists(lo, hi)` for `earliest_year` / `latest_month`: does `query` (an index probe
    with LIMIT 1 on $lo / $hi date keys) find anything dated in [lo, hi)?"""

    def exists(lo: str, hi: str) -> bool:
        params = {"lo": date_key(lo), "hi": date_key(hi)}
        return bool(store.read(query, params, row_cap=1).rows)

    return exists


_cache: dict[tuple[int, str], tuple[float, Any]] = {}
_refreshing: set[tuple[int, str]] = set()
_refresh_lock = threading.Lock()
START_TTL_S = 60.0


def cached(store: GraphStore, name: str, find: Callable[[], T]) -> Callable[[], T]:
    """`find` (the probes of `latest_month` / `earliest_year`, a density) remembered per
    store: found once, then refreshed in the background when a minute old (the request that
    notices serves the value it has, so no page pays for the probes but the very first). A
    stale start only costs a wider first window, because the first window of a walk is open
    on the side new items could fall on (above for newest first, below for oldest first),
    and a stale density only a first window of another width."""
    key = (id(store), name)

    def refresh() -> None:
        try:
            _cache[key] = (time.monotonic(), find())
        except Exception:  # noqa: BLE001 - the old value serves until the next refresh
            log.debug("refreshing %s failed", name, exc_info=True)
        finally:
            with _refresh_lock:
                _refreshing.discard(key)

    def get() -> T:
        hit = _cache.get(key)
        if hit is None:
            hit = _cache[key] = (time.monotonic(), find())
        elif time.monotonic() - hit[0] > START_TTL_S:
            with _refresh_lock:
                start = key not in _refreshing
                _refreshing.add(key)
            if start:
                threading.Thread(target=refresh, name=f"refresh {name}", daemon=True).start()
        return cast(T, hit[1])

    return get


def first_span(need: int, per_day: float | None) -> int:
    """Days of a walk's first window: enough to hold about 1.5 `need` items at `per_day`
    items a day (an upper bound of the density of matches, such as that of every item), so
    that a page reads about the same number of items whatever the size of the graph; the
    walk widens the next windows when the filters match fewer."""
    if not per_day or per_day <= 0:
        return FIRST_SPAN_DAYS
    return max(1, min(FIRST_SPAN_DAYS * 64, math.ceil(1.5 * need / per_day)))


def per_day(count: int, earliest: str | None, latest: str | None) -> float | None:
    """Items a day on average between the first dated year and the last dated month."""
    if not count or earliest is None or latest is None:
        return None
    days = (_as_date(latest) - _as_date(earliest)).days
    return count / days if days > 0 else None


def latest_month(exists: Callable[[str, str], bool]) -> str | None:
    """The day after the last month ("YYYY-MM-01" of the next month) holding a dated item,
    by bisection over years then months with `exists(lo, hi)`: where a newest-first walk
    starts, so that its first windows are not spent on the empty time up to today."""
    if not exists("0001", "9999-99"):
        return None
    lo, hi = 1, 10000
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if exists(f"{mid:04d}", f"{hi:04d}"):
            lo = mid
        else:
            hi = mid
    first, last = 1, 13  # months of year `lo`; "YYYY" alone sorts before its months
    while last - first > 1:
        mid = (first + last) // 2
        if exists(f"{lo:04d}-{mid:02d}", f"{lo + 1:04d}"):
            first = mid
        else:
            last = mid
    if first == 12:
        return f"{lo + 1:04d}-01-01"
    return f"{lo:04d}-{first + 1:02d}-01"


def oldest_first(
    store: GraphStore,
    window: WindowQuery,
    undated: str | None,
    params: dict[str, Any],
    after: Position | None,
    need: int,
    start: Callable[[], str | None],
    span: int = FIRST_SPAN_DAYS,
) -> list[dict[str, Any]]:
    """Up to `need` rows {key, id} oldest first (key ASC, id ASC) after `after`: windows
    [$lo, $hi) upward from the cursor (or from `start()`, the first dated key), then the
    undated ones. `window(lo, hi, _)` has $lo inclusive and $hi exclusive; the first window
    of a first page is open at the bottom (older items may have come since `start()`)."""
    rows: list[dict[str, Any]] = []
    if after is None or after.key != "":
        edge = after.key if after is not None else start()
        if edge is not None:  # else nothing is dated
            top = (datetime.date.today() + datetime.timedelta(days=366)).isoformat()
            rows = _walk(
                store, window, params, after, need,
                descending=False, edge=edge, near=after.key if after else None,
                span=span, bound=top,
            )  # fmt: skip
    return _undated(store, undated, params, after, rows, need)


class Timeline:
    """Where the dated items of a list lie, as its walks need it (probes cached for a minute
    per store, see `cached`): `latest()` where a newest-first walk starts, `earliest()`
    where an oldest-first one does, `span(need)` the first window's width in days."""

    def __init__(
        self,
        store: GraphStore,
        name: str,
        exists: Callable[[str, str], bool],
        count: Callable[[], int] | None = None,
    ) -> None:
        self.latest = cached(store, f"{name}-latest", lambda: latest_month(exists))
        self.earliest = cached(store, f"{name}-earliest", lambda: earliest_year(exists))
        self._per_day = cached(
            store,
            f"{name}-per-day",
            lambda: per_day(count(), self.earliest(), self.latest()) if count else None,
        )

    def span(self, need: int) -> int:
        return first_span(need, self._per_day())


def next_links(
    path: str, query: Mapping[str, str], kind: str, filters: Mapping[str, Any], page: Slice
) -> dict[str, Any]:
    """`next_cursor` and `next` (path and query of the next page: the same query with the
    cursor and without offset) of a page."""
    pos = page.next_position()
    if pos is None:
        return {"next_cursor": None, "next": None}
    token = encode(kind, filters, pos)
    rest = {k: v for k, v in query.items() if k not in ("cursor", "offset")}
    return {"next_cursor": token, "next": f"{path}?{urlencode({**rest, 'cursor': token})}"}


def lower_bound(page: Slice) -> dict[str, Any]:
    """`total` and `total_is_exact` of a page whose matches are not counted: exact once the
    last page is reached, a lower bound before."""
    return {"total": page.start + len(page.rows) + int(page.more), "total_is_exact": not page.more}
