"""For the explorer's browser tests: records whose every text is an XSS payload, and a
headless chromium page that records console errors, dialogs and every request that is not to
the server (the server itself is tests.processes.Serve, a real `diplograph serve`)."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Browser, Page

from graph.records import load_file
from graph.store import GraphStore
from tests.browser import ARTIFACTS
from tests.graph.conftest import XSS


def xss_records() -> dict:
    """Actors, an event, an agreement and a report whose every text is an XSS payload (the
    ids are plain: the API only takes ids of letters, digits and .:@+-)."""
    return {
        "actors": [
            {
                "id": "x-evil",
                "type": "Person",
                "name": XSS["script"],
                "aliases": [XSS["js"]],
                "country": "FR",
                "titles": [XSS["img"]],
            },
            {
                "id": "x-plain",
                "type": "Person",
                "name": "Plain Person " + XSS["quote"],
                "country": "FR",
                "titles": [XSS["close"]],
            },
            {"id": "x-org", "type": "Organization", "name": XSS["svg"], "country": "FR"},
        ],
        "events": [
            {
                "id": "ev-x",
                "kind": "meeting",
                "date": "2024-05-01",
                "title": XSS["img"],
                "place": XSS["script"],
                "participants": ["x-evil", "x-plain", "x-org"],
                "sources": [{"document": "doc-x", "quote": XSS["close"] + " " + XSS["svg"]}],
            }
        ],
        "agreements": [
            {
                "id": "ag-x",
                "name": XSS["svg"],
                "kind": "mou",
                "status": "signed",
                "date": "2024-05-01",
                "parties": ["FR"],
                "signatories": ["x-evil", "x-plain"],
                "sources": [{"document": "doc-x", "quote": XSS["img"]}],
            }
        ],
        "documents": [
            {"id": "doc-x", "title": XSS["img"], "source": XSS["js"], "published": "2024-05-02"}
        ],
    }


def load_json(store: GraphStore, records: dict, folder: Path, name: str) -> None:
    path = folder / f"{name}.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    load_file(store, path)


class Visit:
    """One browser tab on the explorer, recording what must not happen."""

    def __init__(self, browser: Browser, base: str, width: int = 1400, height: int = 860) -> None:
        self.base = base
        self.context = browser.new_context(
            viewport={"width": width, "height": height}, accept_downloads=True
        )
        self.page: Page = self.context.new_page()
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

        def route(r):  # anything not to the server (or the page's own blob:/data:) is blocked
            url = r.request.url
            if url.startswith((base + "/", "blob:", "data:")):
                r.continue_()
            else:
                self.outside.append(url)
                r.abort()

        self.page.route("**/*", route)

    def open(self, path: str) -> None:
        self.page.goto(self.base + path)
        self.page.wait_for_function("() => window.explorer !== undefined")

    def js(self, expr: str, arg: object = None):
        return self.page.evaluate(expr, arg)

    def settled(self, condition: str = "() => true", timeout_s: float = 60) -> None:
        """Wait until `condition` holds and the layout has settled."""
        self.page.wait_for_function(
            f"() => window.explorerStable === true && ({condition})()", timeout=timeout_s * 1000
        )

    def node_ids(self) -> set[str]:
        return set(self.js("() => explorer.canvas.nodes.getIds()"))

    def node_point(self, node: str) -> tuple[float, float]:
        return tuple(
            self.js(
                """(id) => {
                const net = explorer.canvas.network;
                const p = net.canvasToDOM(net.getPositions([id])[id]);
                const box = document.getElementById('canvas').getBoundingClientRect();
                return [box.left + p.x, box.top + p.y];
            }""",
                node,
            )
        )

    def panel_title(self) -> str:
        return str(self.js("() => document.querySelector('#panel h2').textContent"))

    def wait_panel(self, title: str, timeout_s: float = 20) -> None:
        self.page.wait_for_function(
            "(t) => { const h = document.querySelector('#panel h2');"
            " return h && h.textContent === t && !document.querySelector('#panel .loading'); }",
            arg=title,
            timeout=timeout_s * 1000,
        )

    def panel_events(self) -> list[str]:
        return list(
            self.js(
                "() => [...document.querySelectorAll('#panel li.meeting')]"
                ".map(li => li.dataset.event)"
            )
        )

    def shot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"explorer-{name}.png"
        self.page.mouse.move(2, 2)  # no tooltip left over from a click
        self.js(
            "() => document.querySelectorAll('.vis-tooltip')"
            ".forEach(t => (t.style.visibility = 'hidden'))"
        )
        self.page.screenshot(path=str(path))
        return path

    def assert_clean(self, allowed_errors: tuple[str, ...] = ()) -> None:
        errors = [e for e in self.errors if not any(a in e for a in allowed_errors)]
        assert errors == [], f"console errors: {errors}"
        assert self.outside == [], f"requests left 127.0.0.1: {self.outside}"
        assert self.dialogs == []

    def close(self) -> None:
        self.context.close()
