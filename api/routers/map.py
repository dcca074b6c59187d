"""GET /map: the interactive relationship map (filled in by the maps work; 501 until then)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from api.schemas import ErrorBody

router = APIRouter(tags=["map"])


@router.get("/map", responses={501: {"model": ErrorBody}})
def relationship_map() -> JSONResponse:
    """The interactive map page (not built yet)."""
    return JSONResponse(
        {"detail": "the interactive map is not available yet; use `diplograph map` when it lands"},
        status_code=501,
    )
