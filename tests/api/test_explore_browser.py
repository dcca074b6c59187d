"""The explorer in a real headless Chromium (Debian's, driven by Playwright) against a real
`diplograph serve` on each engine: search -> choose -> read the meetings and their sources ->
expand -> filter by dates and kind -> reload the link -> save the view, which then opens
offline. No console error, no request leaves 127.0.0.1, and XSS payloads in names, titles,
places and quotes stay text everywhere they show. Screenshots go to test-artifacts/."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.falkor import EmbeddedFalkorStore
from graph.store import GraphStore
from tests.api.explorer_server import Visit, load_json, xss_records
from tests.browser import ARTIFACTS, launch, require_chromium
from tests.fixture_graph import load_fixture
from tests.graph.conftest import XSS
from tests.processes import Serve

pytestmark = pytest.mark.browser

require_chromium()

from playwright.sync_api import Browser  # noqa: E402

DURAND_EVENTS = ["ev-nairobi-2025", "ev-tokyo-2024", "ev-call-2024", "ev-paris-2024"]


def _fill(store: GraphStore, folder: Path) -> None:
    load_fixture(store)
    load_json(store, xss_records(), folder, "xss")


@pytest.fixture(scope="module", params=["falkordb", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def server(request: pytest.FixtureRequest, tmp_path_factory) -> Iterator[Serve]:
    """`diplograph serve` over the fixture graph and the XSS records, on each engine."""
    folder = tmp_path_factory.mktemp(f"explore-{request.param}")
    if request.param == "falkordb":
        store = EmbeddedFalkorStore(str(folder / "store"))
        _fill(store, folder)
        store.close()  # the server starts its own
        db = f"embedded:{folder / 'store'}"
    else:
        neo4j: GraphStore = request.getfixturevalue("neo4j_store")
        neo4j.reset()
        _fill(neo4j, folder)
        db = request.getfixturevalue("neo4j_url")
    served = Serve(db)
    yield served
    served.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from launch()


def test_search_inspect_expand_filter_reload_save(browser: Browser, server: Serve, request):
    engine = request.node.callspec.params["server"]
    v = Visit(browser, server.url)
    v.open("/")
    assert v.js("() => !document.getElementById('canvas-empty').hidden")
    assert v.js("() => document.activeElement.id") == "q"  # the search box has the focus
    v.shot(f"{engine}-1-start")

    # search, with the keyboard only
    v.page.keyboard.type("amel")
    v.page.wait_for_selector("#suggestions li")
    first = v.js("() => document.querySelector('#suggestions li').innerText")
    assert "Amélie Durand" in first and "Foreign Minister" in first and "FR" in first
    v.page.keyboard.press("ArrowDown")
    v.page.keyboard.press("ArrowUp")
    assert v.js("() => document.getElementById('q').getAttribute('aria-activedescendant')") == (
        "suggestion-0"
    )
    v.shot(f"{engine}-2-suggestions")
    v.page.keyboard.press("Enter")
    v.settled("() => explorer.canvas.nodes.length > 5")
    assert {"p-durand", "p-sato", "p-weber", "p-mori", "p-otieno", "p-rocha", "o-un"} <= (
        v.node_ids()
    )
    assert "ag-fr-jp-maritime" in v.node_ids()  # her agreement
    assert "center=p-durand" in v.page.url

    # the panel: her meetings newest first, with date precision, place, kind, counterparts
    v.wait_panel("Amélie Durand")
    assert v.panel_events() == DURAND_EVENTS
    text = v.js("() => document.getElementById('panel').innerText")
    assert "Foreign Minister" in text and "Jun 2024 (month only)" in text
    assert "20 Jan 2025 — summit · Nairobi" in text
    assert v.js("() => document.querySelectorAll('#timeline .mark').length") == 4
    v.shot(f"{engine}-3-actor")

    # the line to Kenji Sato: each meeting of the pair with its quote and report
    v.page.get_by_role("button", name="Kenji Sato (3 encounters)").click()
    v.wait_panel("Amélie Durand — Kenji Sato")
    assert v.panel_events() == ["ev-nairobi-2025", "ev-tokyo-2024", "ev-paris-2024"]
    quotes = v.js(
        "() => [...document.querySelectorAll('#panel blockquote')].map(q => q.textContent)"
    )
    assert "Sato welcomed Durand to Tokyo on Thursday." in quotes and len(quotes) == 3
    link = v.page.locator("#panel a", has_text="Minister Durand in Tokyo")
    assert link.get_attribute("href") == "https://news.example/2"
    assert "sel=p-durand~p-sato" in v.page.url
    assert v.js("() => document.querySelectorAll('#timeline .mark').length") == 3
    v.shot(f"{engine}-4-pair")

    # a click on Sato's node opens him; a double-click expands him
    x, y = v.node_point("p-sato")
    v.page.mouse.click(x, y)
    v.wait_panel("Kenji Sato")
    v.page.wait_for_timeout(300)
    x, y = v.node_point("p-sato")
    started = time.monotonic()
    v.page.mouse.dblclick(x, y)
    v.settled("() => explorer.canvas.has('o-mofa-jp')")
    assert time.monotonic() - started < 10
    assert {"o-mofa-jp", "ag-jp-de-equipment"} <= v.node_ids()
    assert "expand=p-sato" in v.page.url
    v.shot(f"{engine}-5-expanded")

    # hide the ministry from the panel; it stays hidden in the link
    v.page.get_by_role("button", name="Ministry of Foreign Affairs of Japan (1 encounter)").click()
    v.wait_panel("Kenji Sato — Ministry of Foreign Affairs of Japan")  # the line opens
    v.page.get_by_role("button", name="Open Ministry of Foreign Affairs of Japan").click()
    v.wait_panel("Ministry of Foreign Affairs of Japan")
    v.page.get_by_role("button", name="Hide", exact=True).click()
    v.page.wait_for_function("() => !explorer.canvas.has('o-mofa-jp')")
    assert "hide=o-mofa-jp" in v.page.url and v.panel_title() == "Nothing selected"
    x, y = v.node_point("p-sato")
    v.page.mouse.click(x, y)
    v.wait_panel("Kenji Sato")

    # from 2025 on: Mori (met in 2024 only) leaves; the panel follows
    v.page.fill("#since", "2025-01-01")
    v.page.dispatch_event("#since", "change")
    v.settled("() => !explorer.canvas.has('p-mori')")
    v.wait_panel("Kenji Sato")
    assert "p-weber" in v.node_ids()  # Sato met him in 2025
    assert v.panel_events() == ["ev-tokyo-signing-2025", "ev-tokyo-talks-2025", "ev-nairobi-2025"]
    v.shot(f"{engine}-6-since-2025")

    # summits only: Weber and the ministry leave, and the agreements with them
    v.page.check("#kind-summit")
    v.settled("() => !explorer.canvas.has('p-weber')")
    v.wait_panel("Kenji Sato")
    after = v.node_ids()
    assert after == {"p-durand", "p-sato", "p-otieno", "p-rocha", "o-un"}
    assert v.panel_events() == ["ev-nairobi-2025"]
    url = v.page.url
    assert "since=2025-01-01" in url and "kinds=summit" in url
    v.shot(f"{engine}-7-summits")

    # the link reopens the same view
    v.page.reload()
    v.page.wait_for_function("() => window.explorer !== undefined")
    v.settled("() => explorer.canvas.nodes.length === 5")
    v.wait_panel("Kenji Sato")
    assert v.node_ids() == after and v.panel_events() == ["ev-nairobi-2025"]
    assert v.page.input_value("#since") == "2025-01-01" and v.page.is_checked("#kind-summit")
    v.shot(f"{engine}-8-reloaded")

    # save the view: one file that opens offline with what was on the canvas
    with v.page.expect_download() as download:
        v.page.click("#save")
    saved = Path(download.value.path())
    html = saved.read_text(encoding="utf-8")
    assert "Amélie Durand and 4 more" in html and "Jonas Weber" not in html
    v.assert_clean()
    v.close()

    offline = browser.new_page(viewport={"width": 1200, "height": 800})
    requests: list[str] = []
    errors: list[str] = []
    offline.on("console", lambda m: m.type == "error" and errors.append(m.text))

    def block(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            requests.append(r.request.url)
            r.abort()

    offline.route("**/*", block)
    copy = saved.with_suffix(".html")
    copy.write_text(html, encoding="utf-8")
    offline.goto(copy.as_uri())
    offline.wait_for_function("() => window.mapStable === true", timeout=60_000)
    drawn = set(offline.evaluate("() => network.body.data.nodes.getIds()"))
    assert {"p-durand", "p-sato", "p-otieno", "p-rocha", "o-un", "ev-nairobi-2025"} == drawn
    offline.screenshot(path=str(ARTIFACTS / f"explorer-{engine}-9-saved.png"))
    assert requests == [] and errors == []
    offline.close()


def test_xss_payloads_stay_text(browser: Browser, server: Serve, request):
    engine = request.node.callspec.params["server"]
    v = Visit(browser, server.url)
    v.open("/explore")
    v.page.fill("#q", "window.__pwned = 'script'")
    v.page.wait_for_selector("#suggestions li")
    assert XSS["script"] in v.js(
        "() => document.querySelector('#suggestions li .name').textContent"
    )
    v.shot(f"{engine}-xss-suggestions")
    v.page.keyboard.press("Enter")
    v.settled("() => explorer.canvas.has('x-plain')")
    v.wait_panel(XSS["script"])
    labels = v.js("() => explorer.canvas.nodes.get().map(n => n.label)")
    assert any(label.startswith("<script>window.__pwned") for label in labels)  # drawn as text
    panel = v.js("() => document.getElementById('panel').innerText")
    assert XSS["img"] in panel and XSS["script"] in panel  # title and place, as text
    v.js("() => document.querySelectorAll('#panel details').forEach(d => d.open = true)")
    quotes = v.js(
        "() => [...document.querySelectorAll('#panel blockquote')].map(q => q.textContent)"
    )
    assert XSS["close"] + " " + XSS["svg"] in quotes
    # a report whose address is "javascript:..." is shown, never made a link
    assert v.js("() => document.querySelectorAll('a[href^=\"javascript\"]').length") == 0
    marks = v.js(
        "() => [...document.querySelectorAll('#timeline .mark title')].map(t => t.textContent)"
    )
    assert any(XSS["script"] in m for m in marks)
    v.shot(f"{engine}-xss-actor")
    # the agreement, through a link to it
    v.open("/explore?center=x-evil&sel=ag-x")
    v.settled("() => explorer.canvas.has('ag-x')")
    v.wait_panel(XSS["svg"])
    assert XSS["img"] in v.js("() => document.getElementById('panel').innerText")  # quote
    # the pair, through a link to it
    v.open("/explore?center=x-evil&sel=x-evil~x-plain")
    v.wait_panel(f"{XSS['script']} — Plain Person {XSS['quote']}")
    v.page.wait_for_timeout(300)
    assert v.js("() => window.__pwned") is None
    assert v.js("() => document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert v.js("() => document.scripts.length") == 2  # vis-network and main.js
    on_attrs = v.js(
        "() => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes])"
        ".filter(a => a.name.startsWith('on')).map(a => a.name)"
    )
    assert on_attrs == []
    v.shot(f"{engine}-xss-pair")
    v.assert_clean()
    v.close()


def test_api_errors_and_empty_states_are_said(browser: Browser, server: Serve):
    v = Visit(browser, server.url)
    v.open("/explore?center=p-nobody")
    v.page.wait_for_selector("#message:not([hidden])")
    assert "no actor with id 'p-nobody'" in v.js(
        "() => document.getElementById('message-text').textContent"
    )
    v.open("/explore?center=p-mori&since=2025-06-01")
    v.settled()
    assert "No encounters match the filters" in v.js(
        "() => document.getElementById('status').textContent"
    )
    v.wait_panel("Yuki Mori")
    assert "No encounter matches the filters." in v.js(
        "() => document.getElementById('panel').innerText"
    )
    v.page.fill("#q", "qqqzzz")
    v.page.wait_for_function(
        "() => document.getElementById('search-status').textContent.includes('No actor')"
    )
    v.assert_clean(allowed_errors=("404 (Not Found)",))  # the browser logs the API's 404
    v.close()


def _hubs(n_hubs: int = 6, leaves: int = 200) -> dict:
    """Six people who met each other twice, and 200 others once each: 1,206 actors."""
    actors = [
        {"id": f"h{h}", "type": "Person", "name": f"Hub Person {h}", "country": "FR"}
        for h in range(n_hubs)
    ]
    events = []
    for h in range(n_hubs):
        for i in range(leaves):
            leaf = f"l{h}-{i}"
            actors.append({"id": leaf, "type": "Person", "name": f"Leaf {h}-{i}", "country": "JP"})
            events.append(
                {
                    "id": f"e{h}-{i}",
                    "kind": "meeting",
                    "date": f"{2020 + i % 5}-{1 + i % 12:02d}-01",
                    "participants": [f"h{h}", leaf],
                }
            )
        for k in range(2):
            events.append(
                {
                    "id": f"eh{h}-{k}",
                    "kind": "summit",
                    "date": f"202{k}-06",
                    "participants": [f"h{x}" for x in range(n_hubs)],
                }
            )
    return {"actors": actors, "events": events}


@pytest.fixture(scope="module")
def big_server(tmp_path_factory) -> Iterator[Serve]:
    folder = tmp_path_factory.mktemp("explore-big")
    store = EmbeddedFalkorStore(str(folder / "store"))
    load_json(store, _hubs(), folder, "hubs")
    store.close()
    served = Serve(f"embedded:{folder / 'store'}")
    yield served
    served.stop()


def test_a_thousand_nodes_settle_and_stay_responsive(browser: Browser, big_server: Serve):
    v = Visit(browser, big_server.url)
    started = time.monotonic()
    v.open("/explore?center=h0&expand=h1,h2,h3,h4,h5&per=200")
    v.settled("() => explorer.canvas.nodes.length >= 1000", timeout_s=120)
    loaded = time.monotonic() - started
    # a page of 200 counterparts of each hub: the 5 other hubs, then 195 of its own people
    assert v.js("() => explorer.canvas.nodes.length") == 6 + 6 * 195
    assert v.js("() => explorer.canvas.network.physics.options.enabled") is False  # frozen
    redraw_ms = v.js(
        "() => { const t = performance.now(); explorer.canvas.network.redraw();"
        " return performance.now() - t; }"
    )
    v.js("() => explorer.canvas.network.fit({animation: false})")
    v.shot("big")
    v.js("() => explorer.canvas.network.focus('h2', {scale: 1.5, animation: false})")
    x, y = v.node_point("h2")
    started = time.monotonic()
    v.page.mouse.click(x, y)
    v.wait_panel("Hub Person 2")
    clicked = time.monotonic() - started
    started = time.monotonic()
    v.page.get_by_role("button", name="Show more counterparts").click()  # h2's second page
    v.settled("() => explorer.canvas.nodes.length === 6 + 6 * 195 + 5", timeout_s=60)
    expanded = time.monotonic() - started
    v.shot("big-expanded")
    print(
        f"\n1,176 nodes: loaded and settled {loaded:.1f} s, redraw {redraw_ms:.0f} ms, "
        f"click to panel {clicked:.2f} s, next page {expanded:.1f} s"
    )
    assert loaded < 90 and clicked < 5 and expanded < 30 and redraw_ms < 1000
    v.assert_clean()
    v.close()


def test_api_docs_render_offline(browser: Browser, server: Serve, request):
    engine = request.node.callspec.params["server"]
    v = Visit(browser, server.url)
    v.page.goto(server.url + "/docs")
    v.page.wait_for_selector(".opblock", timeout=30_000)
    assert v.js("() => document.querySelectorAll('.opblock').length") > 20
    assert "/actors/{actor_id}/counterparts" in v.js("() => document.body.innerText")
    v.shot(f"{engine}-docs")
    v.page.goto(server.url + "/redoc")
    v.page.wait_for_function(
        "() => document.body.innerText.includes('Actor Counterparts')", timeout=30_000
    )
    v.page.wait_for_timeout(500)  # the logo has tried to load
    v.shot(f"{engine}-redoc")
    v.assert_clean()
    v.close()
