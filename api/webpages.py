"""Serving the browser pages (explorer, API docs) and their files from the installed
packages, under a strict Content-Security-Policy: scripts, styles and requests only from
this server, no inline script, nothing from a CDN."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import fastapi_offline
import pyvis
from fastapi import HTTPException
from fastapi.responses import Response

STATIC = Path(__file__).parent / "static"
VIS_DIR = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
DOCS_ASSETS = Path(fastapi_offline.__file__).parent / "static"

# No inline script anywhere; requests only to this server.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self' data:; font-src 'self' data:; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
# ReDoc (styled-components) adds <style> elements and runs its search in a blob: worker;
# Swagger UI shows its icons as data: images. Still: scripts and requests only from here.
DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "connect-src 'self'; img-src 'self' data:; font-src 'self' data:; worker-src blob:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)

MEDIA = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".png": "image/png",
}


@dataclass(frozen=True)
class Asset:
    path: Path
    cache: bool = False  # files of a pinned package: cacheable; our own: revalidated
    # (text, replacement) pairs applied to the file as it is served
    rewrite: tuple[tuple[bytes, bytes], ...] = ()


def file_response(asset: Asset, csp: str = CSP) -> Response:
    try:
        body = asset.path.read_bytes()
    except OSError as exc:  # a broken install: say which file
        raise HTTPException(500, f"the file {asset.path.name} is missing from the install") from exc
    for old, new in asset.rewrite:
        body = body.replace(old, new)
    headers = {
        "Content-Security-Policy": csp,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "public, max-age=86400" if asset.cache else "no-cache",
    }
    return Response(body, media_type=MEDIA[asset.path.suffix], headers=headers)


def lookup(assets: dict[str, Asset], name: str) -> Asset:
    """Only the files listed are served: no path from a request reaches the disk."""
    asset = assets.get(name)
    if asset is None:
        raise HTTPException(404, f"no such file: {name!r}")
    return asset
