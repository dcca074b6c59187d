"""Load a records file, export it, get the same records back: on every engine."""

from __future__ import annotations

import json
from pathlib import Path

from graph.load import load_file
from graph.records import export_json, export_records, parse_records
from graph.store import GraphStore
from tests.helpers import SAMPLE, canonical, tricky_records, write_json


def test_export_returns_every_field_of_a_loaded_file(store: GraphStore, tmp_path: Path) -> None:
    raw = tricky_records()
    load_file(store, write_json(tmp_path / "r.json", raw))
    exported = canonical(export_records(store))
    expected = canonical(raw)
    for section in ("actors", "events", "agreements", "documents"):
        assert exported[section].keys() == expected[section].keys(), section
        for rid, rec in expected[section].items():
            assert exported[section][rid] == rec, f"{section} {rid}"
    # spot checks on the exact strings, in case canonical() hid something
    actors = exported["actors"]
    assert actors["p-li"]["name"] == '李 "明" 李'
    assert actors["p-jose"]["titles"] == ["<b>Minister</b> & <i>Envoy</i>", "Ministre d'État"]
    assert exported["events"]["ev-month"]["place"] is None
    assert exported["events"]["ev-day"]["place"] == "Zürich <HQ>"
    assert exported["events"]["ev-undated"]["date_precision"] == "unknown"
    assert [exported["events"][e]["date_precision"] for e in ("ev-day", "ev-month", "ev-year")] == [
        "day",
        "month",
        "year",
    ]
    assert exported["agreements"]["ag-year"]["date"] == "2024"
    assert (
        exported["events"]["ev-day"]["sources"][0]["quote"]
        == raw["events"][0]["sources"][0]["quote"]
    )


def test_export_json_is_the_documented_shape(store: GraphStore, tmp_path: Path) -> None:
    load_file(store, write_json(tmp_path / "r.json", tricky_records()))
    data = json.loads(export_json(store))
    assert list(data) == ["actors", "events", "agreements", "documents"]
    actor = next(a for a in data["actors"] if a["id"] == "p-jose")
    assert {"id", "type", "name", "aliases", "country", "titles"} <= set(actor)
    assert actor["type"] == "Person" and actor["country"] == "FR"
    event = next(e for e in data["events"] if e["id"] == "ev-day")
    assert {"id", "kind", "date", "date_precision", "place", "participants", "sources"} <= set(
        event
    )
    assert event["sources"][0]["document"] == "doc-1"
    agreement = next(g for g in data["agreements"] if g["id"] == "ag-day")
    assert {"id", "name", "kind", "status", "date", "parties", "signatories", "sources"} <= set(
        agreement
    )
    assert sorted(agreement["signatories"]) == ["p-jose", "p-li"]
    doc = next(d for d in data["documents"] if d["id"] == "doc-1")
    assert doc == {
        "id": "doc-1",
        "title": 'Report: "fish" & <trade>',
        "source": "https://example.org/a?b=1&c=<2>",
        "published": "2025-07-12",
    }


def test_loading_the_same_file_twice_changes_nothing(store: GraphStore, tmp_path: Path) -> None:
    path = write_json(tmp_path / "r.json", tricky_records())
    load_file(store, path)
    counts, first = store.counts(), export_json(store)
    load_file(store, path)
    assert store.counts() == counts
    assert export_json(store) == first
    assert (
        sum(counts.nodes.values()) == 8 + 4 + 3 + 3 + 2
    )  # actors, events, agreements, docs, places


def test_the_bundled_sample_round_trips(store: GraphStore) -> None:
    load_file(store, SAMPLE)
    assert canonical(export_records(store)) == canonical(parse_records(SAMPLE))


def test_countries_named_only_by_code_are_created_once(store: GraphStore, tmp_path: Path) -> None:
    raw = {
        "actors": [
            {"id": "p1", "type": "Person", "name": "A", "country": "jp"},
            {"id": "o1", "type": "Organization", "name": "B", "country": "JP"},
        ]
    }
    load_file(store, write_json(tmp_path / "a.json", raw))
    actors = {a.id: a for a in export_records(store).actors}
    assert actors["p1"].country == "JP"  # codes are normalised to upper case
    assert actors["JP"].type == "Country" and actors["JP"].name == "Japan"
    assert store.counts().relationships == {"REPRESENTS": 1, "IN_COUNTRY": 1}
    # a curated name is not overwritten by a later file that only mentions the code
    write_json(tmp_path / "c.json", {"actors": [{"id": "JP", "type": "Country", "name": "Nippon"}]})
    load_file(store, tmp_path / "c.json")
    load_file(store, tmp_path / "a.json")
    assert {a.id: a.name for a in export_records(store).actors}["JP"] == "Nippon"


def test_an_event_in_several_places_is_exported_once(store: GraphStore, tmp_path: Path) -> None:
    base = {"actors": [{"id": "FR", "type": "Country", "name": "France"}]}
    first = {**base, "events": [{"id": "e", "place": "Paris", "participants": ["FR"]}]}
    second = {**base, "events": [{"id": "e", "place": "Lyon", "participants": ["FR"]}]}
    load_file(store, write_json(tmp_path / "1.json", first))
    load_file(store, write_json(tmp_path / "2.json", second))
    events = export_records(store).events
    assert [e.id for e in events] == ["e"]  # loading adds; it never duplicates an event
    assert events[0].place in ("Lyon", "Paris")
