"""GET /map over a live server: the same offline page as `diplograph map`."""

from __future__ import annotations

import re

import httpx


def test_whole_map_is_an_offline_page(api: httpx.Client) -> None:
    r = api.get("/map")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "vis.Network" in r.text and "default-src 'none'" in r.text
    assert "Amélie Durand" in r.text
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", r.text, re.I)


def test_map_around_an_actor_by_name_or_id(api: httpx.Client) -> None:
    r = api.get("/map", params={"center": "amelie durand", "depth": 1})
    assert r.status_code == 200 and "Amélie Durand: network to depth 1" in r.text
    assert api.get("/map", params={"center": "p-sato"}).status_code == 200


def test_unknown_and_ambiguous_actors(api: httpx.Client) -> None:
    r = api.get("/map", params={"center": "nobody we know"})
    assert r.status_code == 404 and "nobody we know" in r.json()["detail"]
    r = api.get("/map", params={"center": "an"})
    assert r.status_code == 409 and "p-durand" in r.json()["candidates"]


def test_between_countries_and_filters(api: httpx.Client) -> None:
    r = api.get("/map", params={"countries": "FR,JP", "kinds": ["meeting", "visit"]})
    assert r.status_code == 200 and "Between FR and JP" in r.text
    assert api.get("/map", params={"countries": "FRA"}).status_code == 422
    assert api.get("/map", params={"since": "2024-13"}).status_code == 422
    assert api.get("/map", params={"center": "p-sato", "countries": "FR,JP"}).status_code == 422


def test_nothing_found_is_an_empty_map_saying_so(api: httpx.Client) -> None:
    r = api.get("/map", params={"since": "2090"})
    assert r.status_code == 200 and "Nothing found" in r.text and "vis.Network" not in r.text
