"""Generated maps in a real headless Chromium (Debian's `chromium`, driven by Playwright with
`executable_path`; no browser download): the network holds the expected nodes and edges, the
console stays clean, no request leaves the page, and XSS payloads stay inert, hovered or not.
Screenshots go to test-artifacts/."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph import maps
from graph.network import Filters
from tests.browser import ARTIFACTS, launch, require_chromium
from tests.graph.conftest import load_demo, load_xss

pytestmark = pytest.mark.browser

require_chromium()

from playwright.sync_api import Browser, Page  # noqa: E402


def _big_records(n_people: int = 1150) -> dict:
    """A graph above the 1,000-node cap: people meeting in rotating groups of four."""
    actors = [
        {"id": f"p{i}", "type": "Person", "name": f"Person {i}", "country": "FR"}
        for i in range(n_people)
    ]
    events = [
        {
            "id": f"e{j}",
            "kind": "meeting",
            "date": f"2024-{1 + j % 12:02d}-01",
            "participants": [f"p{(j * 7 + k * 13) % n_people}" for k in range(4)],
        }
        for j in range(300)
    ]
    return {"actors": actors, "events": events}


@pytest.fixture(scope="module")
def pages(embedded_store, tmp_path_factory) -> dict[str, Path]:
    """Every map of this module, written once."""
    out = tmp_path_factory.mktemp("maps")
    store = embedded_store
    written = {}

    def write(name: str, html: str) -> None:
        written[name] = out / f"{name}.html"
        written[name].write_text(html, encoding="utf-8")

    store.reset()
    load_demo(store)
    write("demo", maps.map_html(store))
    write("ego", maps.map_html(store, center="Joe Biden", depth=1))
    write("empty", maps.map_html(store, filters=Filters(since="2031")))
    store.reset()
    load_xss(store, out)
    write("xss", maps.map_html(store))
    store.reset()
    big = out / "big.json"
    big.write_text(json.dumps(_big_records()), encoding="utf-8")
    from graph.records import load_file

    load_file(store, big)
    write("big", maps.map_html(store))
    store.reset()
    return written


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from launch()


class Visit:
    """One page load with everything the checks need recorded."""

    def __init__(self, browser: Browser, path: Path) -> None:
        self.page: Page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

        def route(r):  # record and block anything that is not the file itself
            if r.request.url.startswith("file://"):
                r.continue_()
            else:
                self.requests.append(r.request.url)
                r.abort()

        self.page.route("**/*", route)
        self.page.goto(path.as_uri())

    def js(self, expr: str):
        return self.page.evaluate(expr)

    def wait_stable(self, timeout_s: float = 60) -> float:
        start = time.monotonic()
        while not self.js("() => window.mapStable === true"):
            assert time.monotonic() - start < timeout_s, "physics never stabilised"
            time.sleep(0.1)
        return time.monotonic() - start

    def hover_all(self) -> int:
        """Move the mouse over every node so vis shows each tooltip; returns tooltips seen."""
        points = self.js("""() => {
            const box = document.getElementById('mynetwork').getBoundingClientRect();
            const pos = network.getPositions();
            return Object.keys(pos).map(id => {
                const p = network.canvasToDOM(pos[id]);
                return [box.left + p.x, box.top + p.y];
            });
        }""")
        shown = 0
        for x, y in points:
            if not (0 <= x < 1400 and 0 <= y < 900):
                continue
            self.page.mouse.move(x, y)
            self.page.wait_for_timeout(180)
            if self.js(
                "() => { const t = document.querySelector('.vis-tooltip');"
                " return !!t && t.style.visibility !== 'hidden' && t.innerText.length > 0; }"
            ):
                shown += 1
        return shown

    def close(self) -> None:
        self.page.close()


def _clean(v: Visit) -> None:
    assert v.errors == [], f"console errors: {v.errors}"
    assert v.requests == [], f"requests left the page: {v.requests}"
    assert v.dialogs == []


def test_demo_map_holds_the_graph(browser, pages):
    v = Visit(browser, pages["demo"])
    v.wait_stable()
    assert v.js("() => network.body.data.nodes.length") == 31
    ids = set(v.js("() => network.body.data.nodes.getIds()"))
    assert {"xi-jinping", "US", "brics", "ev-woodside-2023-11", "ag-saudi-iran-2023"} <= ids
    meeting = v.js("""() => network.body.data.edges.get({filter: e => e.meetings !== undefined})
                         .map(e => [e.from, e.to, e.meetings])""")
    assert ["joe-biden", "xi-jinping", 2] in meeting and len(meeting) == 29
    assert v.js("() => network.physics.options.enabled") is False  # frozen once settled
    assert v.hover_all() > 10
    ARTIFACTS.mkdir(exist_ok=True)
    v.page.mouse.move(5, 5)
    v.page.screenshot(path=str(ARTIFACTS / "map.png"))
    _clean(v)
    v.close()


def test_ego_map_and_empty_map(browser, pages):
    v = Visit(browser, pages["ego"])
    v.wait_stable()
    assert "joe-biden" in v.js("() => network.body.data.nodes.getIds()")
    assert "cyril-ramaphosa" not in v.js("() => network.body.data.nodes.getIds()")
    _clean(v)
    v.close()
    v = Visit(browser, pages["empty"])
    assert "Nothing found" in v.js("() => document.getElementById('empty').innerText")
    assert v.js("() => typeof window.network") == "undefined"
    _clean(v)
    v.close()


def test_xss_payloads_stay_inert(browser, pages):
    v = Visit(browser, pages["xss"])
    v.wait_stable()
    assert v.js("() => network.body.data.nodes.length") == 7
    labels = v.js("() => network.body.data.nodes.get().map(n => n.label)")
    assert "<script>window.__pwned = 'script'; alert('script')</script>" in labels  # as text
    shown = v.hover_all()
    assert shown >= 3
    v.page.wait_for_timeout(300)
    assert v.js("() => window.__pwned") is None
    assert (
        v.js("() => document.querySelectorAll('img, svg, iframe, #mynetwork script').length") == 0
    )
    texts = v.js(
        "() => Array.from(document.querySelectorAll('.vis-tooltip')).map(t => t.innerText)"
    )
    assert any("onerror" in t or "__pwned" in t for t in texts)  # shown, not run
    v.page.screenshot(path=str(ARTIFACTS / "map-xss.png"))
    _clean(v)
    v.close()


def test_big_map_is_capped_and_settles(browser, pages):
    v = Visit(browser, pages["big"])
    took = v.wait_stable(timeout_s=90)
    assert v.js("() => network.body.data.nodes.length") == 1000
    note = v.js("() => document.querySelector('p.note').innerText")
    shown, total = re.search(r"the (\d+) most connected of (\d+) nodes", note).groups()
    assert shown == "1000" and int(total) > 1000 and "left out (person:" in note
    assert took < 60
    v.page.screenshot(path=str(ARTIFACTS / "map-big.png"))
    _clean(v)
    v.close()
