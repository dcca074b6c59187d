"""The JSON the explorer page asks for, its pages and files, and the offline API docs, on
both engines through a real uvicorn server over the fixture graph."""

from __future__ import annotations

import re

import httpx

from api.routers import explore

CDN = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


def ids(body: dict) -> list[str]:
    return [item["id"] for item in body["items"]]


def test_suggestions_rank_whole_names_and_prefixes_first(api: httpx.Client) -> None:
    body = api.get("/actors/suggest", params={"q": "AMEL"}).json()
    assert ids(body) == ["p-durand"] and body["items"][0]["titles"] == ["Foreign Minister"]
    assert body["items"][0]["country"] == "FR"
    # "japan": the country (whole name) before the ministry (a word of its name)
    assert ids(api.get("/actors/suggest", params={"q": "japan"}).json()) == ["JP", "o-mofa-jp"]
    assert ids(api.get("/actors/suggest", params={"q": "lena roch"}).json()) == ["p-rocha"]
    assert ids(api.get("/actors/suggest", params={"q": "un"}).json())[0] == "o-un"  # alias
    some = api.get("/actors/suggest", params={"q": "a", "limit": 3}).json()
    assert len(some["items"]) == 3 and ids(some)[0] == "p-durand"  # a name starting with it
    only = api.get("/actors/suggest", params={"q": "a", "type": "Country", "limit": 50}).json()
    assert {i["type"] for i in only["items"]} == {"Country"} and "JP" in ids(only)
    assert api.get("/actors/suggest", params={"q": "zzqq"}).json()["items"] == []
    assert api.get("/actors/suggest", params={"q": "   "}).json()["items"] == []
    assert api.get("/actors/suggest").status_code == 422
    assert api.get("/actors/suggest", params={"q": "a", "limit": 51}).status_code == 422


def test_counterparts_most_met_first_with_filters(api: httpx.Client) -> None:
    body = api.get("/actors/p-durand/counterparts").json()
    assert body["total"] == 6
    first = body["items"][0]
    assert first["id"] == "p-sato" and first["meetings"] == 3
    assert (first["first"], first["last"]) == ("2024-03-12", "2025-01-20")
    assert set(ids(body)) == {"p-sato", "p-weber", "p-mori", "p-otieno", "p-rocha", "o-un"}
    summit = api.get("/actors/p-durand/counterparts", params={"kind": ["summit"]}).json()
    assert set(ids(summit)) == {"p-sato", "p-otieno", "p-rocha", "o-un"}
    assert {i["meetings"] for i in summit["items"]} == {1}
    two = api.get("/actors/p-durand/counterparts", params={"kind": ["call", "visit"]}).json()
    assert set(ids(two)) == {"p-weber", "p-sato", "p-mori"}
    japan = api.get("/actors/p-durand/counterparts", params={"country": ["jp"]}).json()
    assert ids(japan) == ["p-sato", "p-mori"]
    period = api.get(
        "/actors/p-durand/counterparts", params={"since": "2024-06", "until": "2024"}
    ).json()
    assert set(ids(period)) == {"p-weber", "p-sato", "p-mori"}  # June call, September visit
    paged = api.get("/actors/p-durand/counterparts", params={"limit": 2, "offset": 2}).json()
    assert ids(paged) == ids(body)[2:4] and paged["total"] == 6
    assert api.get("/actors/p-nobody/counterparts").status_code == 404
    bad = api.get("/actors/p-durand/counterparts", params={"country": ["JPN"]})
    assert bad.status_code == 422 and "country" in bad.json()["detail"]
    assert api.get("/actors/p-durand/counterparts", params={"kind": "dinner"}).status_code == 422


def test_actor_meetings_by_kind_and_counterpart_country(api: httpx.Client) -> None:
    page = api.get("/actors/p-durand/meetings", params={"kind": ["call", "summit"]}).json()
    assert ids(page) == ["ev-nairobi-2025", "ev-call-2024"] and page["total"] == 2
    kenya = api.get("/actors/p-durand/meetings", params={"country": ["KE"]}).json()
    assert ids(kenya) == ["ev-nairobi-2025"]
    pair = api.get("/actors/p-durand/meetings", params={"with": "p-sato", "kind": "visit"}).json()
    assert ids(pair) == ["ev-tokyo-2024"] and pair["items"][0]["sources"][0]["quote"]


def test_until_a_year_keeps_that_year(api: httpx.Client) -> None:
    # a coarse `until` covers the whole period it names
    page = api.get("/actors/p-durand/meetings", params={"until": "2024"}).json()
    assert ids(page) == ["ev-tokyo-2024", "ev-call-2024", "ev-paris-2024"]
    assert ids(api.get("/meetings", params={"until": "2024-06"}).json()) == [
        "ev-call-2024",
        "ev-paris-2024",
        "ev-brasilia-2023",
    ]


def test_actor_agreements(api: httpx.Client) -> None:
    sato = api.get("/actors/p-sato/agreements").json()  # signatory
    assert ids(sato) == ["ag-jp-de-equipment", "ag-fr-jp-maritime"] and sato["total"] == 2
    japan = api.get("/actors/JP/agreements", params={"until": "2025-01"}).json()  # party
    assert ids(japan) == ["ag-nairobi-declaration", "ag-fr-jp-maritime"]
    assert {p["id"] for p in japan["items"][1]["parties"]} == {"FR", "JP"}
    assert api.get("/actors/nobody/agreements").status_code == 404


def test_span_of_the_data(api: httpx.Client) -> None:
    body = api.get("/meetings/span").json()
    assert (body["first"], body["last"]) == ("2023", "2025-05-03")
    assert body["events"] == 8 and body["kinds"]["visit"] == 2 and body["kinds"]["call"] == 1


def test_map_of_a_selection_draws_only_those_actors(api: httpx.Client) -> None:
    r = api.post(
        "/map/selection",
        json={"actors": ["p-durand", "p-sato", "p-mori"], "center": "p-durand", "title": "Mine"},
    )
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in r.text and not CDN.search(r.text)
    assert "<title>Mine</title>" in r.text
    for name in ("Amélie Durand", "Kenji Sato", "Yuki Mori", "ev-tokyo-2024"):
        assert name in r.text
    for absent in ("Jonas Weber", "Daniel Otieno", "ev-call-2024"):  # not on the canvas
        assert absent not in r.text
    later = api.post(
        "/map/selection", json={"actors": ["p-durand", "p-sato"], "since": "2025", "kinds": []}
    ).text
    assert "ev-nairobi-2025" in later and "ev-paris-2024" not in later
    empty = api.post("/map/selection", json={"actors": []})
    assert empty.status_code == 200 and "Nothing found" in empty.text
    assert api.post("/map/selection", json={"actors": ["a b"]}).status_code == 422
    assert api.post("/map/selection", json={"actors": ["x"] * 1001}).status_code == 422


def _csp(r: httpx.Response) -> str:
    return r.headers["content-security-policy"]


def test_explorer_page_and_files(api: httpx.Client) -> None:
    for path in ("/", "/explore", "/explore?center=p-durand"):
        r = api.get(path)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        assert "script-src 'self'" in _csp(r) and "unsafe" not in _csp(r)
        assert "/explore/static/main.js" in r.text and not CDN.search(r.text)
        assert "<script>" not in r.text  # no inline script
    for name in explore.ASSETS:
        r = api.get(f"/explore/static/{name}")
        assert r.status_code == 200 and r.content, name
        assert r.headers["x-content-type-options"] == "nosniff"
    assert " * vis-network" in api.get("/explore/static/vis-network.min.js").text
    assert api.get("/explore/static/main.js").headers["content-type"].startswith("text/javascript")
    for bad in ("nope.js", "..%2Fapp.py", "index.html"):
        assert api.get(f"/explore/static/{bad}").status_code == 404
    for name in explore.ASSETS:  # our scripts never write markup from data
        if not name.startswith("vis-"):
            assert "innerHTML" not in api.get(f"/explore/static/{name}").text, name


def test_api_docs_are_served_offline(api: httpx.Client) -> None:
    for path, script in (("/docs", "swagger-ui-bundle.js"), ("/redoc", "redoc.standalone.js")):
        r = api.get(path)
        assert r.status_code == 200 and f"/docs/static/{script}" in r.text
        assert not CDN.search(r.text) and "<script>" not in r.text
        assert "script-src 'self';" in _csp(r)
        asset = api.get(f"/docs/static/{script}")
        assert asset.status_code == 200 and len(asset.content) > 500_000
    assert "cdn.redoc.ly" not in api.get("/docs/static/redoc.standalone.js").text
    assert api.get("/docs/static/swagger-init.js").status_code == 200
    assert api.get("/docs/static/other.js").status_code == 404
    assert api.get("/openapi.json").json()["paths"]["/actors/{actor_id}/counterparts"]
