"""Debian's chromium for the browser tests (driven by Playwright through `executable_path`:
nothing is downloaded), the flags it runs with, and where screenshots go."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def require_chromium() -> None:
    """Skip the calling test module without chromium; in CI its absence is an error."""
    if CHROMIUM.exists():
        return
    if os.environ.get("CI") == "true":
        raise RuntimeError("CI=true but /usr/bin/chromium is missing: apt-get install -y chromium")
    pytest.skip(
        "Debian chromium is not installed (apt-get install -y chromium)", allow_module_level=True
    )


def launch() -> Iterator:
    """A headless chromium for a module-scoped fixture (yield from it)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()
