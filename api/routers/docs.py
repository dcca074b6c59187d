"""/docs (Swagger UI) and /redoc (ReDoc) served offline: their scripts come from the pinned
fastapi-offline package, their start-up code from api/static/docs (no inline script)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from api.webpages import DOCS_ASSETS, DOCS_CSP, STATIC, Asset, file_response, lookup

router = APIRouter(tags=["docs"], include_in_schema=False)

_OWN = STATIC / "docs"
ASSETS = {
    "swagger-ui-bundle.js": Asset(DOCS_ASSETS / "swagger-ui-bundle.js", cache=True),
    "swagger-ui.css": Asset(DOCS_ASSETS / "swagger-ui.css", cache=True),
    # ReDoc always draws a logo from its CDN: point it at an empty image instead (the CSP
    # would block the request anyway, but with an error in the console)
    "redoc.standalone.js": Asset(
        DOCS_ASSETS / "redoc.standalone.js",
        cache=True,
        rewrite=((b"https://cdn.redoc.ly/redoc/logo-mini.svg", b"data:,"),),
    ),
    "favicon.png": Asset(DOCS_ASSETS / "favicon.png", cache=True),
    "swagger-init.js": Asset(_OWN / "swagger-init.js"),
    "redoc-init.js": Asset(_OWN / "redoc-init.js"),
}


@router.get("/docs")
def swagger_ui() -> Response:
    return file_response(Asset(_OWN / "swagger.html"), DOCS_CSP)


@router.get("/redoc")
def redoc() -> Response:
    return file_response(Asset(_OWN / "redoc.html"), DOCS_CSP)


@router.get("/docs/static/{name}")
def docs_file(name: str) -> Response:
    return file_response(lookup(ASSETS, name), DOCS_CSP)
