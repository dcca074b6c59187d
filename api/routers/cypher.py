"""POST /cypher: ad-hoc read-only Cypher for power users (off unless DIPLOGRAPH_API_KEY)."""

from __future__ import annotations

import math
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field, field_validator

from api.common import jsonable
from api.deps import ApiKeyDep, SettingsDep, StoreDep
from api.schemas import ErrorBody, QueryRows

router = APIRouter(tags=["cypher"])
_PARAM_NAME = r"^[A-Za-z_][A-Za-z0-9_]{0,63}$"


def _check_value(value: Any, where: str) -> None:
    """Parameters become engine values: refuse what no engine can take (NUL, lone surrogates,
    integers past 64 bits, NaN) with a message naming the parameter."""
    if isinstance(value, str):
        if "\x00" in value or any(0xD800 <= ord(c) <= 0xDFFF for c in value):
            raise ValueError(f"{where}: contains a NUL byte or an invalid unicode character")
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if not -(2**63) <= value < 2**63:
            raise ValueError(f"{where}: integer out of the 64-bit range")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{where}: not a finite number")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _check_value(v, f"{where}[{i}]")
    elif isinstance(value, dict):
        for k, v in value.items():
            _check_value(k, f"{where} key")
            _check_value(v, f"{where}.{k}")


class CypherRequest(BaseModel):
    query: str = Field(min_length=1, max_length=20_000, description="a read-only Cypher query")
    params: dict[str, Any] = Field(default_factory=dict, description="query parameters ($name)")

    @field_validator("query")
    @classmethod
    def _query(cls, v: str) -> str:
        _check_value(v, "query")
        return v

    @field_validator("params")
    @classmethod
    def _params(cls, v: dict[str, Any]) -> dict[str, Any]:
        import re

        for name, value in v.items():
            if not re.match(_PARAM_NAME, name):
                raise ValueError(f"parameter name {name[:40]!r} must match {_PARAM_NAME}")
            _check_value(value, f"parameter {name!r}")
        return v


@router.post(
    "/cypher",
    response_model=QueryRows,
    dependencies=[ApiKeyDep],
    responses={
        400: {"model": ErrorBody, "description": "the database rejected the query"},
        401: {"model": ErrorBody, "description": "missing or wrong X-API-Key"},
        403: {"model": ErrorBody, "description": "the query tried to write"},
        404: {"model": ErrorBody, "description": "off: DIPLOGRAPH_API_KEY is not set"},
        504: {"model": ErrorBody, "description": "the query ran past the timeout"},
    },
)
def run_cypher(body: CypherRequest, store: StoreDep, settings: SettingsDep) -> QueryRows:
    """Run a Cypher query read-only: the database itself refuses writes (403). Timeout and row
    cap come from the settings (DIPLOGRAPH_API_TIMEOUT_S, DIPLOGRAPH_API_ROW_CAP)."""
    result = store.read(
        body.query, body.params, timeout_s=settings.query_timeout_s, row_cap=settings.row_cap
    )
    return QueryRows(columns=result.columns, rows=jsonable(result.rows), truncated=result.truncated)
