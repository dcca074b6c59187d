"""The HTTP API on both engines, through a real uvicorn server, over the fixture graph."""

from __future__ import annotations

import httpx
import pytest

from graph.store import GraphStore
from tests.api.conftest import API_KEY


def ids(page: dict) -> list[str]:
    return [item["id"] for item in page["items"]]


def test_health_and_stats(api: httpx.Client) -> None:
    body = api.get("/health").json()
    assert body["status"] == "ok" and body["backend"] in ("embedded", "neo4j", "falkordb")
    stats = api.get("/stats").json()
    assert stats["nodes"]["Person"] == 6 and stats["nodes"]["Event"] == 8
    assert stats["relationships"]["PARTICIPATED_IN"] > 0 and stats["age_s"] >= 0


def test_actor_search_is_case_and_accent_insensitive(api: httpx.Client) -> None:
    assert ids(api.get("/actors", params={"q": "AMELIE"}).json()) == ["p-durand"]
    assert ids(api.get("/actors", params={"q": "lena roch"}).json()) == ["p-rocha"]  # alias
    page = api.get("/actors", params={"country": "jp", "type": "Person"}).json()
    assert ids(page) == ["p-sato", "p-mori"]  # sorted by name: Kenji Sato, Yuki Mori
    assert page["total"] == 2


def test_actor_list_is_paginated_and_sorted(api: httpx.Client) -> None:
    first = api.get("/actors", params={"limit": 5}).json()
    second = api.get("/actors", params={"limit": 5, "offset": 5}).json()
    assert first["total"] == second["total"] == 13
    everything = api.get("/actors", params={"limit": 200}).json()
    assert ids(first) + ids(second) == ids(everything)[:10]
    names = [i["name"].lower() for i in everything["items"]]
    assert names == sorted(names)


def test_actor_detail(api: httpx.Client) -> None:
    body = api.get("/actors/p-durand").json()
    assert body["name"] == "Amélie Durand"
    assert body["aliases"] == ["A. Durand"] and body["titles"] == ["Foreign Minister"]
    assert body["counts"] == {"events": 4, "agreements": 1, "documents": 0}
    missing = api.get("/actors/p-nobody")
    assert missing.status_code == 404 and "p-nobody" in missing.json()["detail"]


def test_actor_meetings_newest_first_with_sources(api: httpx.Client) -> None:
    page = api.get("/actors/p-durand/meetings").json()
    assert ids(page) == ["ev-nairobi-2025", "ev-tokyo-2024", "ev-call-2024", "ev-paris-2024"]
    tokyo = page["items"][1]
    assert {p["id"] for p in tokyo["counterparts"]} == {"p-sato", "p-mori"}
    assert tokyo["place"]["name"] == "Tokyo"
    assert tokyo["sources"][0]["document"] == "doc-2" and tokyo["sources"][0]["quote"]
    only = api.get(
        "/actors/p-durand/meetings", params={"with": "p-sato", "since": "2024-06"}
    ).json()
    assert ids(only) == ["ev-nairobi-2025", "ev-tokyo-2024"] and only["total"] == 2
    paged = api.get("/actors/p-durand/meetings", params={"limit": 1, "offset": 1}).json()
    assert ids(paged) == ["ev-tokyo-2024"] and paged["total"] == 4


def test_meetings_filters(api: httpx.Client) -> None:
    everything = api.get("/meetings").json()
    assert everything["total"] == 8
    assert (
        ids(everything)[0] == "ev-tokyo-signing-2025" and ids(everything)[-1] == "ev-brasilia-2023"
    )
    assert ids(api.get("/meetings", params={"a": "p-sato", "b": "p-weber"}).json()) == [
        "ev-tokyo-signing-2025",
        "ev-tokyo-talks-2025",
    ]
    assert ids(api.get("/meetings", params={"country": "ke"}).json()) == [
        "ev-nairobi-2025",
        "ev-brasilia-2023",
    ]
    assert ids(api.get("/meetings", params={"place": "brasília"}).json()) == ["ev-brasilia-2023"]
    assert ids(api.get("/meetings", params={"kind": "call"}).json()) == ["ev-call-2024"]
    assert ids(api.get("/meetings", params={"since": "2025-02", "until": "2025-05-02"}).json()) == [
        "ev-tokyo-talks-2025",
        "ev-berlin-2025",
    ]
    assert api.get("/meetings", params={"a": "p-nobody"}).json()["total"] == 0
    assert ids(api.get("/meetings", params={"b": "p-mori"}).json()) == ["ev-tokyo-2024"]
    both = {"place": "tokyo", "country": "DE", "kind": "talks"}
    assert ids(api.get("/meetings", params=both).json()) == ["ev-tokyo-talks-2025"]
    assert ids(api.get("/meetings", params={"a": "p-sato", "country": "FR"}).json()) == [
        "ev-nairobi-2025",
        "ev-tokyo-2024",
        "ev-paris-2024",
    ]
    assert ids(api.get("/meetings", params={"a": "p-sato", "place": "paris"}).json()) == [
        "ev-paris-2024"
    ]


def test_event_detail(api: httpx.Client) -> None:
    body = api.get("/events/ev-tokyo-signing-2025").json()
    assert [p["id"] for p in body["participants"]] == ["p-sato", "p-weber"]
    assert body["date"] == "2025-05-03" and body["date_precision"] == "day"
    assert body["agreements"][0]["id"] == "ag-jp-de-equipment"
    assert body["sources"][0]["quote"].startswith("The two ministers")
    roles = {p["id"]: p["role"] for p in api.get("/events/ev-paris-2024").json()["participants"]}
    assert roles == {"p-durand": "host", "p-sato": "guest"}
    assert api.get("/events/ev-none").status_code == 404


def test_agreements(api: httpx.Client) -> None:
    page = api.get("/agreements").json()
    assert ids(page) == [
        "ag-jp-de-equipment",
        "ag-nairobi-declaration",
        "ag-fr-jp-maritime",
        "ag-br-ke-agri",
    ]
    assert ids(api.get("/agreements", params={"party": "KE", "status": "in_force"}).json()) == [
        "ag-br-ke-agri"
    ]
    assert ids(api.get("/agreements", params={"since": "2025"}).json()) == [
        "ag-jp-de-equipment",
        "ag-nairobi-declaration",
    ]
    body = api.get("/agreements/ag-fr-jp-maritime").json()
    assert [p["id"] for p in body["parties"]] == ["FR", "JP"]
    assert [s["id"] for s in body["signatories"]] == ["p-durand", "p-sato"]
    assert body["event"] == "ev-tokyo-2024" and body["sources"][0]["document"] == "doc-2"
    assert api.get("/agreements/ag-none").status_code == 404


def test_country_relations(api: httpx.Client) -> None:
    body = api.get("/countries/fr/relations", params={"with": "JP"}).json()
    assert [(i["type"], i["id"]) for i in body["items"]] == [
        ("event", "ev-paris-2024"),
        ("agreement", "ag-fr-jp-maritime"),
        ("event", "ev-tokyo-2024"),
        ("agreement", "ag-nairobi-declaration"),
        ("event", "ev-nairobi-2025"),
    ]
    assert body["total"] == 5 and body["country"]["name"] == "France"
    assert {p["id"] for p in body["items"][0]["people"]} == {"p-durand", "p-sato"}
    assert body["items"][1]["people"][0]["role"] == "signatory"
    page = api.get("/countries/FR/relations", params={"with": "JP", "limit": 2, "offset": 4}).json()
    assert ids(page) == ["ev-nairobi-2025"]
    missing = api.get("/countries/FR/relations", params={"with": "ZZ"})
    assert missing.status_code == 404 and "ZZ" in missing.json()["detail"]
    assert api.get("/countries/FR/relations").status_code == 422  # `with` is required
    assert api.get("/countries/FR/relations", params={"with": "fr"}).status_code == 422


def test_paths(api: httpx.Client) -> None:
    body = api.get("/paths", params={"from": "p-mori", "to": "p-otieno"}).json()
    assert body["found"] and body["hops"] == 2
    assert [n["id"] for n in body["nodes"]] == ["p-mori", "p-durand", "p-otieno"]
    assert [link["via"]["id"] for link in body["links"]] == ["ev-tokyo-2024", "ev-nairobi-2025"]
    short = api.get("/paths", params={"from": "p-mori", "to": "p-otieno", "max_hops": 1}).json()
    assert short["found"] is False and short["links"] == []
    assert (
        api.get("/paths", params={"from": "p-mori", "to": "p-otieno", "max_hops": 9}).status_code
        == 422
    )
    assert api.get("/paths", params={"from": "p-mori", "to": "p-none"}).status_code == 404


def test_saved_queries_over_http(api: httpx.Client) -> None:
    listing = api.get("/queries").json()
    assert listing["total"] >= 12 and "meetings_between" in [q["name"] for q in listing["items"]]
    shown = api.get("/queries/meetings_between").json()
    assert [p["name"] for p in shown["params"]] == ["a", "b", "since", "until", "limit"]
    assert "MATCH" in shown["cypher"]
    ran = api.post(
        "/queries/meetings_between", json={"a": "p-durand", "b": "p-sato", "since": "2024-06"}
    )
    assert ran.status_code == 200
    assert [r["event"] for r in ran.json()["rows"]] == ["ev-nairobi-2025", "ev-tokyo-2024"]
    bad = api.post("/queries/meetings_between", json={"a": "p-durand", "since": 2024, "x": 1})
    assert bad.status_code == 422
    assert set(bad.json()["params"]) == {"b", "since", "x"}
    assert api.get("/queries/no_such_query").status_code == 404
    assert api.get("/queries/..%2Fetc%2Fpasswd").status_code in (404, 422)
    assert (
        api.post(
            "/queries/meetings_between",
            content=b"[1]",
            headers={"content-type": "application/json"},
        ).status_code
        == 422
    )


@pytest.mark.parametrize("path", ["/meetings", "/map", "/agreements", "/actors/p-sato/meetings"])
def test_impossible_dates_are_422_naming_them(api: httpx.Client, path: str) -> None:
    r = api.get(path, params={"since": "2024-02-31", "until": "2024-13"})
    assert r.status_code == 422, r.text
    if path == "/agreements":  # takes no `until`
        assert set(r.json()["params"]) == {"since"}
    else:
        assert set(r.json()["params"]) == {"since", "until"}
    assert r.json()["code"] == "E201" and "'2024-02-31' is not a calendar date" in r.text
    assert api.get(path, params={"since": "2024-02-29"}).status_code == 200


def test_bad_parameters_are_422_naming_them(api: httpx.Client) -> None:
    r = api.get("/meetings", params={"since": "yesterday", "limit": 1000})
    assert r.status_code == 422
    assert set(r.json()["params"]) == {"since", "limit"}
    assert api.get("/actors", params={"q": "a\x00b"}).status_code == 422


# -- POST /cypher ------------------------------------------------------------------


def test_cypher_reads_with_the_key(api: httpx.Client) -> None:
    r = api.post(
        "/cypher",
        headers={"X-API-Key": API_KEY},
        json={
            "query": "MATCH (p:Person {id: $id}) RETURN p.name AS name",
            "params": {"id": "p-sato"},
        },
    )
    assert r.status_code == 200 and r.json()["rows"] == [{"name": "Kenji Sato"}]


def test_cypher_needs_the_key(api: httpx.Client) -> None:
    body = {"query": "MATCH (n) RETURN count(n) AS n"}
    assert api.post("/cypher", json=body).status_code == 401
    assert api.post("/cypher", json=body, headers={"X-API-Key": "wrong"}).status_code == 401


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (:Person {id: 'intruder'})",
        "MATCH (p:Person {id: 'p-sato'}) SET p.name = 'changed'",
        "MATCH (p:Person {id: 'p-sato'}) DETACH DELETE p",
        "MERGE (:Country {id: 'ZZ'})",
    ],
)
def test_cypher_write_attempts_change_nothing(
    api: httpx.Client, store: GraphStore, query: str
) -> None:
    before = store.counts()
    r = api.post("/cypher", headers={"X-API-Key": API_KEY}, json={"query": query})
    assert r.status_code in (400, 403), r.text
    assert "read-only" in r.json()["detail"] or "write" in r.json()["detail"]
    assert store.counts() == before
    assert store.read("MATCH (p:Person {id: 'p-sato'}) RETURN p.name AS n").rows == [
        {"n": "Kenji Sato"}
    ]


def test_cypher_bad_query_is_400(api: httpx.Client) -> None:
    r = api.post("/cypher", headers={"X-API-Key": API_KEY}, json={"query": "MATCH (n RETURN n"})
    assert r.status_code == 400
