"""Shared request parameters (validated before anything reaches a query) and helpers."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Annotated, Any, Literal

from fastapi import HTTPException, Path, Query
from fastapi.responses import Response
from pydantic import AfterValidator, StringConstraints
from pydantic_core import to_json

from api.cypher import ACTOR_LABEL
from graph.model import Label
from graph.store import GraphStore

# ids: slugs, content hashes, ISO codes; no slashes, spaces or control characters
ID_PATTERN = r"^[\w.:@+-]{1,200}$"
DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
COUNTRY_PATTERN = r"^[A-Za-z]{2}$"
TEXT_PATTERN = r"^[^\x00]*$"  # free text: anything but NUL


def calendar_date(value: str | None) -> str | None:
    """A YYYY[-MM[-DD]] value (the pattern checked its shape) that is a real day or month:
    2024-02-31 matches the pattern but would silently compare as text."""
    if value is None:
        return None
    year, _, rest = value.partition("-")
    month, _, day = rest.partition("-")
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a calendar date ({exc})") from None
    return value


CalendarDate = AfterValidator(calendar_date)

EventKindParam = Literal[
    "meeting", "visit", "call", "talks", "summit", "signing", "exercise", "other"
]
StatusParam = Literal["proposed", "agreed", "signed", "in_force"]
ActorTypeParam = Literal["Person", "Country", "Organization"]

IdPath = Annotated[str, Path(pattern=ID_PATTERN, description="node id")]
Limit = Annotated[int, Query(ge=1, le=200, description="page size (at most 200)")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="items to skip")]
Since = Annotated[
    str | None,
    Query(pattern=DATE_PATTERN, description="earliest date, YYYY[-MM[-DD]], inclusive"),
    CalendarDate,
]
Until = Annotated[
    str | None,
    Query(pattern=DATE_PATTERN, description="latest date, YYYY[-MM[-DD]], inclusive"),
    CalendarDate,
]
OptionalId = Annotated[str | None, Query(pattern=ID_PATTERN)]
Cursor = Annotated[
    str | None,
    Query(description="`next_cursor` of the previous page: the page after it (same filters)"),
]
CountryQuery = Annotated[
    str | None, Query(pattern=COUNTRY_PATTERN, description="ISO-3166 alpha-2 code")
]
EventKindsQuery = Annotated[
    list[EventKindParam] | None,
    Query(max_length=8, description="event kinds (repeat for several; all when absent)"),
]
CountriesQuery = Annotated[
    list[Annotated[str, StringConstraints(pattern=COUNTRY_PATTERN)]] | None,
    Query(
        max_length=50,
        description="counterparts of these countries, ISO alpha-2 (repeat for several)",
    ),
]


def encounter_params(
    kinds: Sequence[str] | None, countries: Sequence[str] | None
) -> dict[str, Any]:
    """The `$kinds` and `$countries` of cypher.ENCOUNTER_FILTER (null: no filter)."""
    return {
        "kinds": sorted(set(kinds)) if kinds else None,
        "countries": sorted({c.upper() for c in countries}) if countries else None,
    }


def actor_label(store: GraphStore, actor_id: str) -> Label | None:
    rows = store.read(ACTOR_LABEL, {"id": actor_id}, row_cap=3).rows
    return Label(rows[0]["label"]) if rows else None


def require_actor(store: GraphStore, actor_id: str) -> Label:
    label = actor_label(store, actor_id)
    if label is None:
        raise HTTPException(
            404, f"no actor with id {actor_id!r}; search for it with GET /actors?q=NAME"
        )
    return label


def jsonable(value: Any) -> Any:
    """Query results as strict JSON (no NaN or infinity; unknown engine types as text)."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return str(value)


class JSONBody(Response):
    """A response of plain values (dicts, lists, strings, numbers) written to JSON in one
    call, without the models of api/schemas.py: routes that return it keep their
    `response_model` as the OpenAPI schema, and build the body in the model's shape (see
    api/cards.py). Non-finite floats are written as null."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return to_json(content, inf_nan_mode="null")


def page_body(
    items: list[Any],
    *,
    total: int,
    limit: int,
    offset: int,
    total_is_exact: bool = True,
    next_cursor: str | None = None,
    next: str | None = None,  # noqa: A002 - the field's name
    **more: Any,
) -> JSONBody:
    """A `Page` (api/schemas.py) as a response: its fields in the model's order, then
    those of a subclass (`more`)."""
    return JSONBody(
        {
            "items": items,
            "total": total,
            "total_is_exact": total_is_exact,
            "limit": limit,
            "offset": offset,
            "next_cursor": next_cursor,
            "next": next,
            **more,
        }
    )
