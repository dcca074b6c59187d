"""Fixtures for the network and map tests: the bundled demo records, and records whose
names, titles, places and quotes are XSS payloads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.records import load_file
from graph.store import GraphStore

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "samples" / "network_demo.json"

# Each payload would set window.__pwned or open a dialog if it ever ran.
XSS = {
    "script": "<script>window.__pwned = 'script'; alert('script')</script>",
    "img": "<img src=x onerror=\"window.__pwned='img'; alert('img')\">",
    "close": "</script><script>window.__pwned='close'</script><!--",
    "js": "javascript:window.__pwned='js'",
    "svg": "<svg onload=\"window.__pwned='svg'\"></svg>",
    "quote": "\"'><img src=x onerror=window.__pwned='attr'>",
}


def xss_records() -> dict:
    bad_id = "evil-" + XSS["close"]
    return {
        "actors": [
            {
                "id": bad_id,
                "type": "Person",
                "name": XSS["script"],
                "aliases": [XSS["js"]],
                "country": "US",
                "titles": [XSS["img"]],
            },
            {
                "id": "plain-person",
                "type": "Person",
                "name": "Plain Person " + XSS["quote"],
                "country": "FR",
                "titles": ["Envoy"],
            },
            {
                "id": "evil-org",
                "type": "Organization",
                "name": XSS["svg"],
                "kind": "agency",
                "country": "FR",
            },
            {"id": "US", "type": "Country", "name": "United States"},
            {"id": "FR", "type": "Country", "name": "France " + XSS["img"]},
        ],
        "events": [
            {
                "id": "ev-" + XSS["quote"],
                "kind": "meeting",
                "date": "2024-05-01",
                "title": XSS["img"],
                "place": XSS["script"],
                "participants": [bad_id, "plain-person", "evil-org"],
                "sources": [{"document": "doc-evil", "quote": XSS["close"] + " " + XSS["js"]}],
            },
        ],
        "agreements": [
            {
                "id": "ag-evil",
                "name": XSS["svg"],
                "kind": "mou",
                "status": "signed",
                "date": "2024-05-01",
                "parties": ["US", "FR"],
                "signatories": [bad_id],
                "sources": [{"document": "doc-evil", "quote": XSS["script"]}],
            },
        ],
        "documents": [
            {"id": "doc-evil", "title": XSS["img"], "source": XSS["js"], "published": "2024-05-02"}
        ],
    }


def load_demo(store: GraphStore) -> None:
    load_file(store, DEMO)


def load_xss(store: GraphStore, tmp: Path) -> None:
    path = tmp / "xss.json"
    path.write_text(json.dumps(xss_records()), encoding="utf-8")
    load_file(store, path)


@pytest.fixture
def demo(store: GraphStore) -> GraphStore:
    """An empty store on each engine, loaded with the demo records."""
    load_demo(store)
    return store
