"""The graph explorer: a page at / and /explore that searches, expands and filters the graph
through the JSON API (see docs/explorer.md). Its scripts are plain files in
api/static/explorer; vis-network comes from the pinned pyvis package."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from api.webpages import STATIC, VIS_DIR, Asset, file_response, lookup

router = APIRouter(tags=["explorer"], include_in_schema=False)

_OWN = STATIC / "explorer"
ASSETS = {
    p.name: Asset(p) for p in sorted(_OWN.iterdir()) if p.suffix in (".js", ".css") and p.is_file()
} | {
    "vis-network.min.js": Asset(VIS_DIR / "vis-network.min.js", cache=True),
    "vis-network.css": Asset(VIS_DIR / "vis-network.css", cache=True),
}


@router.get("/")
@router.get("/explore")
def explorer_page() -> Response:
    """The explorer (its state, e.g. ?center=ID&since=2024, is read by the page itself)."""
    return file_response(Asset(_OWN / "index.html"))


@router.get("/explore/static/{name}")
def explorer_file(name: str) -> Response:
    return file_response(lookup(ASSETS, name))
