"""API settings, from the environment (DIPLOGRAPH_*) unless given explicitly."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True)
class Settings:
    db_url: str | None = field(default_factory=lambda: os.environ.get("DIPLOGRAPH_DB"))
    # POST /cypher and POST /documents are off unless a key is set
    api_key: str | None = field(
        default_factory=lambda: os.environ.get("DIPLOGRAPH_API_KEY") or None
    )
    query_timeout_s: float = field(
        default_factory=lambda: _env_float("DIPLOGRAPH_API_TIMEOUT_S", 10.0)
    )
    row_cap: int = field(default_factory=lambda: _env_int("DIPLOGRAPH_API_ROW_CAP", 1000))
    paths_timeout_s: float = field(
        default_factory=lambda: _env_float("DIPLOGRAPH_API_PATHS_TIMEOUT_S", 5.0)
    )
    # ad-hoc queries (POST /cypher) run at once per API process; more wait, then get 429
    cypher_slots: int = field(default_factory=lambda: _env_int("DIPLOGRAPH_API_CYPHER_SLOTS", 1))
    # GET /stats serves counts this many seconds old at most
    stats_ttl_s: float = field(
        default_factory=lambda: _env_float("DIPLOGRAPH_API_STATS_TTL_S", 10.0)
    )
    max_limit: int = 200  # largest page size
