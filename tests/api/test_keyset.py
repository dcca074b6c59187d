"""Cursor pages (api/keyset.py) through the live API on both engines: every item exactly once
across pages, also while events are being added between pages; `next` links; totals said to
be exact or not; bad cursors and deep offsets refused with a code."""

from __future__ import annotations

import random
import time
from typing import Any

import httpx
import pytest

from api import keyset
from graph.load import load_records
from graph.records import parse_data
from graph.store import GraphStore


def _events(n: int, seed: int, prefix: str) -> dict[str, Any]:
    """`n` invented events between two fixture people: dated over three decades at day,
    month and year precision, some undated, several sharing a date."""
    rng = random.Random(seed)
    events = []
    for i in range(n):
        year = 1995 + rng.randrange(31)
        date = rng.choice(
            [
                f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
                f"{year}-{rng.randrange(1, 13):02d}",
                str(year),
                "2024-09-05",  # the date of a fixture event: ties are broken by id
                None,
            ]
        )
        events.append(
            {
                "id": f"{prefix}-{i:03d}",
                "kind": rng.choice(["meeting", "call", "visit"]),
                "date": date,
                "participants": ["p-durand", "p-sato"],
            }
        )
    return {"events": events}


def _walk(api: httpx.Client, url: str, params: dict[str, Any], between=None) -> list[str]:
    """The ids of every page, following `next_cursor`; `between(page_no)` runs between
    pages. Each `next` link must give the same page as the cursor."""
    ids: list[str] = []
    body = api.get(url, params=params).json()
    pages = 0
    while True:
        ids += [i["id"] for i in body["items"]]
        if not body["next_cursor"]:
            assert body["next"] is None and body["total_is_exact"]
            assert body["total"] >= len(body["items"])
            return ids
        assert body["next"].startswith(url) and "cursor=" in body["next"]
        pages += 1
        assert pages < 500, "the pages never end"
        if between:
            between(pages)
        body = api.get(url, params={**params, "cursor": body["next_cursor"]}).json()


def test_meetings_cursor_pages_list_every_event_once(api: httpx.Client, store: GraphStore) -> None:
    load_records(store, parse_data(_events(60, seed=3, prefix="ev-k")))
    everything = api.get("/meetings", params={"limit": 200}).json()
    assert everything["total"] == 68 and len(everything["items"]) == 68
    expected = [i["id"] for i in everything["items"]]
    assert _walk(api, "/meetings", {"limit": 7}) == expected
    # undated last, newest first before
    dates = [i["date"] for i in everything["items"]]
    dated = [d for d in dates if d is not None]
    assert dates == dated + [None] * (len(dates) - len(dated)) and dated == sorted(dated)[::-1]
    for filters in ({"kind": "call"}, {"country": "JP"}, {"since": "2001", "until": "2020-06"}):
        full = api.get("/meetings", params={**filters, "limit": 200}).json()
        assert _walk(api, "/meetings", {**filters, "limit": 4}) == [i["id"] for i in full["items"]]
    by_actor = api.get("/actors/p-sato/meetings", params={"limit": 200}).json()
    walked = _walk(api, "/actors/p-sato/meetings", {"limit": 6})
    assert walked == [i["id"] for i in by_actor["items"]] and len(walked) == by_actor["total"]
    a_b = api.get("/meetings", params={"a": "p-durand", "b": "p-sato", "limit": 200}).json()
    assert _walk(api, "/meetings", {"a": "p-durand", "b": "p-sato", "limit": 5}) == [
        i["id"] for i in a_b["items"]
    ]


def test_pages_stay_exact_while_events_are_added(api: httpx.Client, store: GraphStore) -> None:
    """Events written between pages (older, newer and undated than the page being read)
    never make a page repeat or skip an event that was there from the start."""
    load_records(store, parse_data(_events(40, seed=5, prefix="ev-a")))
    before = [i["id"] for i in api.get("/meetings", params={"limit": 200}).json()["items"]]
    extra = _events(40, seed=9, prefix="ev-new")["events"]

    def add(page: int) -> None:
        load_records(store, parse_data({"events": extra[(page - 1) * 4 : page * 4]}))

    walked = _walk(api, "/meetings", {"limit": 5}, between=add)
    assert len(walked) == len(set(walked)), "an event came twice"
    assert set(before) <= set(walked), "an event that was there from the start was skipped"
    assert set(walked) - set(before) <= {e["id"] for e in extra}


def test_other_lists_page_with_cursors(api: httpx.Client) -> None:
    for url, params in (
        ("/actors", {}),
        ("/actors", {"q": "a"}),
        ("/agreements", {}),
        ("/agreements", {"party": "JP"}),
        ("/agreements", {"status": "signed"}),
        ("/countries/FR/relations", {"with": "JP"}),
    ):
        full = api.get(url, params={**params, "limit": 200}).json()
        assert full["items"], url
        walked = _walk(api, url, {**params, "limit": 2})
        assert walked == [i["id"] for i in full["items"]], (url, params)


def test_totals_say_whether_they_are_exact(api: httpx.Client) -> None:
    unfiltered = api.get("/meetings", params={"limit": 2}).json()
    assert unfiltered["total"] == 8 and unfiltered["total_is_exact"]  # the engine's count
    anchored = api.get("/actors/p-durand/meetings", params={"limit": 1}).json()
    assert anchored["total"] == 4 and anchored["total_is_exact"]
    filtered = api.get("/meetings", params={"kind": "meeting", "limit": 1}).json()
    # not counted: a lower bound (this page and one more) until the last page
    assert not filtered["total_is_exact"] and filtered["total"] == 2
    last = api.get("/meetings", params={"kind": "call"}).json()
    assert last["total_is_exact"] and last["total"] == 1 and last["next_cursor"] is None


def test_offsets_still_work_and_combine_with_cursors(api: httpx.Client) -> None:
    every = [i["id"] for i in api.get("/meetings").json()["items"]]
    assert [i["id"] for i in api.get("/meetings?limit=2&offset=3").json()["items"]] == every[3:5]
    first = api.get("/meetings", params={"limit": 2}).json()
    after = api.get("/meetings", params={"cursor": first["next_cursor"], "offset": 1}).json()
    assert [i["id"] for i in after["items"]] == every[3:]


@pytest.mark.parametrize(
    "cursor",
    [
        "not a cursor",
        "eyJ2IjoxfQ",  # {"v":1}: a JSON object without the fields
        "e30",  # {}
        "A" * 3000,
        "bm90IGpzb24",  # "not json"
    ],
)
def test_bad_cursor_is_a_coded_422(api: httpx.Client, cursor: str) -> None:
    r = api.get("/meetings", params={"cursor": cursor})
    assert r.status_code == 422 and r.json()["code"] == "E221"
    assert "cursor" in r.json()["detail"]


def test_cursor_of_another_list_or_filters_is_refused(api: httpx.Client) -> None:
    token = api.get("/meetings", params={"limit": 1}).json()["next_cursor"]
    other = api.get("/meetings", params={"limit": 1, "kind": "call", "cursor": token})
    assert other.status_code == 422 and other.json()["code"] == "E221"
    assert "filters" in other.json()["detail"]
    elsewhere = api.get("/agreements", params={"cursor": token})
    assert elsewhere.status_code == 422 and "another list" in elsewhere.json()["detail"]


def test_deep_offsets_point_to_the_cursor(api: httpx.Client) -> None:
    r = api.get("/meetings", params={"offset": 10_001})
    assert r.status_code == 422 and r.json()["code"] == "E222" and "cursor" in r.json()["detail"]
    assert api.get("/meetings", params={"offset": 10_000}).status_code == 200


def test_relations_pages_list_every_item_once(api: httpx.Client, store: GraphStore) -> None:
    """The bilateral timeline read in date windows, oldest first: every event of the two
    countries' people exactly once across small pages, the undated ones last."""
    load_records(store, parse_data(_events(60, seed=13, prefix="ev-r")))
    full = api.get("/countries/FR/relations", params={"with": "JP", "limit": 200}).json()
    ids = [i["id"] for i in full["items"]]
    assert len(ids) == len(set(ids)) and {f"ev-r-{i:03d}" for i in range(60)} <= set(ids)
    dates = [i["date"] for i in full["items"]]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated) and dates == dated + [None] * (len(dates) - len(dated))
    assert _walk(api, "/countries/FR/relations", {"with": "JP", "limit": 3}) == ids


@pytest.mark.parametrize(
    ("need", "rate", "days"),
    [(51, 10.5, 8), (51, 105.0, 1), (51, 1050.0, 1), (51, None, 8), (51, 0.01, 512)],
)
def test_first_window_holds_a_page_at_the_density_of_dates(
    need: int, rate: float | None, days: int
) -> None:
    # about 1.5 pages at the average density: 10x the events a day, a tenth of the days
    assert keyset.first_span(need, rate) == days


def test_density_of_dates_and_the_next_window() -> None:
    assert keyset.per_day(3650, "2000", "2010-01-01") == pytest.approx(3650 / 3653)
    assert keyset.per_day(0, "2000", "2010-01-01") is None
    assert keyset.per_day(10, None, "2010-01-01") is None
    # 10 rows found in 20 days, 40 missing: 1.5 x 40 / (10 / 20) = 120 days
    assert keyset._next_span(10, 20, 10, 40) == 120
    assert keyset._next_span(10, 20, 0, 40) == 80  # nothing found yet: 8 times wider
    assert keyset._next_span(1, 1, 1, 10_000) == 64  # at most 64 times the last window


def test_cached_probes_are_refreshed_in_the_background(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the first call waits for the probes; a stale value is served while a background
    thread finds the new one."""
    calls = []

    def find() -> str:
        calls.append(1)
        return f"2025-{6 + len(calls):02d}-01"

    owner = object()
    get = keyset.cached(owner, "test-latest", find)  # type: ignore[arg-type]
    assert get() == "2025-07-01" and get() == "2025-07-01" and len(calls) == 1
    monkeypatch.setattr(keyset, "START_TTL_S", 0.0)
    assert get() == "2025-07-01"  # stale, served at once
    deadline = time.monotonic() + 10
    while get() == "2025-07-01":
        assert time.monotonic() < deadline, "the background refresh never came"
        time.sleep(0.01)
    assert get() >= "2025-08-01" and len(calls) >= 2
