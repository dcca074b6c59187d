"""Cards carry text exactly as stored, whatever characters it holds (api/cards.py): news quotes
are full of double quotes, and pages add backslashes, tabs and line breaks. A card read as
JSON text built by the engine (FalkorDB's toJSON leaves strings unescaped) broke on them."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from graph.records import load_file
from graph.store import GraphStore

AWKWARD = 'He said "we agreed" \\ then\tpaused\nand left. “Curly” ‘single’ é ü \u2028 end'


def _records() -> dict:
    return {
        "actors": [
            {"id": "awk-a", "type": "Person", "name": 'Ana "Tia" Kolo', "country": "FR"},
            {"id": "awk-b", "type": "Person", "name": "Ben \\ Roe", "country": "DE"},
        ],
        "events": [
            {
                "id": "awk-ev",
                "kind": "meeting",
                "date": "2031-05-01",
                "date_precision": "day",
                "title": 'Talks on the "new" corridor',
                "place": "Line\nbreak",
                "participants": ["awk-a", "awk-b"],
                "sources": [{"document": "awk-doc", "quote": AWKWARD}],
            }
        ],
        "agreements": [],
        "documents": [
            {
                "id": "awk-doc",
                "title": 'A "quoted" title',
                "source": "x.txt",
                "published": "2031-05-02",
            }
        ],
    }


def test_event_card_keeps_quotes_backslashes_and_newlines(
    api: httpx.Client, store: GraphStore, tmp_path: Path
) -> None:
    path = tmp_path / "awkward.json"
    path.write_text(json.dumps(_records()), encoding="utf-8")
    load_file(store, path)
    card = api.get("/events/awk-ev")
    assert card.status_code == 200, card.text
    body = card.json()
    assert body["title"] == 'Talks on the "new" corridor'
    assert [s["quote"] for s in body["sources"]] == [AWKWARD]
    assert {p["name"] for p in body["participants"]} == {'Ana "Tia" Kolo', "Ben \\ Roe"}
    page = api.get("/meetings", params={"since": "2031-01-01"})
    assert page.status_code == 200, page.text
    assert [e["id"] for e in page.json()["items"]] == ["awk-ev"]
    assert api.get("/actors/awk-a/meetings").status_code == 200
