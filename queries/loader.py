"""Saved queries: one `.cypher` file per query in this folder, with a header that names it,
describes it and declares its parameters. One loader and one runner, shared by
`diplograph query ...` and the `/queries` endpoints.

Header format (comment lines at the top of the file):

    // name: meetings_between
    // description: Meetings between two actors, newest first
    // param: a: string          (actor id)
    // param: since: date = null (earliest date, inclusive)

Types: string, int, float, bool, date (YYYY, YYYY-MM or YYYY-MM-DD), list (of strings).
A parameter without a default is required; `= null` makes it optional.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, get_args

from diplograph.errors import DiplographError, InputError
from graph.store import GraphStore, QueryResult

QUERIES_DIR = Path(__file__).resolve().parent
NAME_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
ParamType = Literal["string", "int", "float", "bool", "date", "list"]
PARAM_TYPES: tuple[str, ...] = get_args(ParamType)

_HEADER_RE = re.compile(r"^//\s*(name|description|param)\s*:\s*(.*?)\s*$")
_PARAM_RE = re.compile(
    r"^(?P<name>[a-z_][a-z0-9_]*)\s*:\s*(?P<type>[a-z]+)"
    r"(?:\s*=\s*(?P<default>[^(]*?))?\s*(?:\((?P<comment>.*)\))?$"
)
_DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_BAD_TEXT_RE = re.compile(r"[\x00\ud800-\udfff]")
_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}


class UnknownQuery(DiplographError):
    code = "E401"


class QueryParamError(InputError):
    """Unknown, missing or wrongly typed parameters; `problems` maps each name to its issue."""

    code = "E402"

    def __init__(self, query: str, problems: dict[str, str]) -> None:
        self.problems = problems
        listing = "; ".join(f"{k}: {v}" for k, v in problems.items())
        super().__init__(
            f"query {query!r}: bad parameters: {listing}",
            hint=f"see `diplograph query show {query}` for its parameters",
        )


@dataclass(frozen=True)
class ParamSpec:
    name: str
    type: ParamType
    required: bool
    default: Any = None
    comment: str = ""


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    params: tuple[ParamSpec, ...]
    text: str  # the whole file, header included (Cypher ignores // comments)
    path: Path = field(compare=False)

    def param(self, name: str) -> ParamSpec | None:
        return next((p for p in self.params if p.name == name), None)


# -- loading ------------------------------------------------------------------


def parse_query_file(path: Path) -> SavedQuery:
    """Parse one query file; errors name the file and line."""
    text = path.read_text(encoding="utf-8")
    name = description = None
    params: list[ParamSpec] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped.startswith("//"):
            if stripped:
                break  # the header ends at the first line of Cypher
            continue
        m = _HEADER_RE.match(stripped)
        if not m:
            continue  # an ordinary comment
        key, value = m.groups()
        where = f"{path}:{lineno}"
        if key == "name":
            if not NAME_RE.match(value):
                raise InputError(f"{where}: query name {value!r} must match {NAME_RE.pattern}")
            name = value
        elif key == "description":
            description = value
        else:
            params.append(_parse_param(value, where))
    if name is None:
        raise InputError(f"{path}: missing `// name:` header line")
    if name != path.stem:
        raise InputError(f"{path}: query name {name!r} differs from the file name {path.stem!r}")
    names = [p.name for p in params]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise InputError(f"{path}: parameter(s) declared twice: {', '.join(sorted(dupes))}")
    return SavedQuery(name, description or "", tuple(params), text, path)


def _parse_param(value: str, where: str) -> ParamSpec:
    m = _PARAM_RE.match(value)
    if not m:
        raise InputError(
            f"{where}: cannot read parameter {value!r}",
            hint="write `// param: NAME: TYPE [= default]  (comment)`",
        )
    ptype = m["type"]
    if ptype not in PARAM_TYPES:
        raise InputError(
            f"{where}: parameter {m['name']!r} has unknown type {ptype!r}",
            hint=f"use one of {', '.join(PARAM_TYPES)}",
        )
    comment = (m["comment"] or "").strip()
    raw_default = m["default"]
    if raw_default is None or raw_default.strip() == "":
        return ParamSpec(m["name"], ptype, True, None, comment)  # type: ignore[arg-type]
    raw_default = raw_default.strip()
    if raw_default == "null":
        default = None
    else:
        try:
            default = coerce_text(ptype, raw_default)  # type: ignore[arg-type]
        except ValueError as exc:
            raise InputError(f"{where}: default of {m['name']!r}: {exc}") from exc
    return ParamSpec(m["name"], ptype, False, default, comment)  # type: ignore[arg-type]


@lru_cache(maxsize=8)
def _load_folder(folder: Path, stamp: tuple[tuple[str, float], ...]) -> dict[str, SavedQuery]:
    queries = {}
    for path in sorted(folder.glob("*.cypher")):
        q = parse_query_file(path)
        queries[q.name] = q
    return queries


def load_queries(folder: Path = QUERIES_DIR) -> dict[str, SavedQuery]:
    """All saved queries by name (re-read when a file changes)."""
    stamp = tuple((p.name, p.stat().st_mtime) for p in sorted(folder.glob("*.cypher")))
    return _load_folder(folder, stamp)


def get_query(name: str, folder: Path = QUERIES_DIR) -> SavedQuery:
    # validated before any lookup: a name can never reach the file system as a path
    if not NAME_RE.match(name):
        raise UnknownQuery(
            f"{name!r} is not a valid query name",
            hint=f"names match {NAME_RE.pattern}; see `diplograph query list`",
        )
    queries = load_queries(folder)
    if name not in queries:
        raise UnknownQuery(
            f"no saved query named {name!r}", hint=f"known queries: {', '.join(sorted(queries))}"
        )
    return queries[name]


# -- binding parameters ---------------------------------------------------------


def coerce_text(ptype: ParamType, text: str) -> Any:
    """A value given as text (CLI `--param k=v`, header defaults) as the declared type."""
    if ptype == "string":
        return _check_text(text)
    if ptype == "int":
        try:
            return int(text)
        except ValueError:
            raise ValueError(f"expected an integer, got {text!r}") from None
    if ptype == "float":
        try:
            return float(text)
        except ValueError:
            raise ValueError(f"expected a number, got {text!r}") from None
    if ptype == "bool":
        low = text.strip().lower()
        if low in _TRUE | _FALSE:
            return low in _TRUE
        raise ValueError(f"expected true or false, got {text!r}")
    if ptype == "date":
        return _check_date(text)
    # list: JSON list or comma-separated
    if text.strip().startswith("["):
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            raise ValueError(
                f"expected a JSON list or comma-separated values, got {text!r}"
            ) from None
        return coerce_json("list", value)
    return [_check_text(v.strip()) for v in text.split(",") if v.strip()]


def coerce_json(ptype: ParamType, value: Any) -> Any:
    """A value given as JSON (HTTP) as the declared type; no silent conversions."""
    if ptype in ("string", "date"):
        if not isinstance(value, str):
            raise ValueError(f"expected a {'date string' if ptype == 'date' else 'string'}")
        return _check_date(value) if ptype == "date" else _check_text(value)
    if ptype == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("expected an integer")
        if abs(value) > 2**63 - 1:
            raise ValueError("integer out of range")
        return value
    if ptype == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError("expected a number")
        if isinstance(value, int) and abs(value) > 2**63 - 1:
            raise ValueError("number out of range")
        return float(value)
    if ptype == "bool":
        if not isinstance(value, bool):
            raise ValueError("expected true or false")
        return value
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("expected a list of strings")
    return [_check_text(v) for v in value]


def _check_text(text: str) -> str:
    if _BAD_TEXT_RE.search(text):
        raise ValueError("contains a NUL byte or an invalid unicode character")
    if len(text) > 1000:
        raise ValueError("longer than 1000 characters")
    return text


def _check_date(text: str) -> str:
    if not _DATE_RE.match(text):
        raise ValueError(f"expected a date YYYY, YYYY-MM or YYYY-MM-DD, got {text[:40]!r}")
    year, _, rest = text.partition("-")
    month, _, day = rest.partition("-")
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise ValueError(f"{text!r} is not a calendar date") from None
    return text


def bind_params(query: SavedQuery, given: Mapping[str, Any], *, as_text: bool) -> dict[str, Any]:
    """Check and convert given parameters against the declaration: every problem (unknown,
    missing, wrongly typed) is reported at once, each naming its parameter."""
    problems: dict[str, str] = {}
    known = {p.name for p in query.params}
    for name in given:
        if name not in known:
            problems[name] = (
                f"unknown parameter (known: {', '.join(sorted(known))})"
                if known
                else "unknown parameter (this query takes none)"
            )
    bound: dict[str, Any] = {}
    for p in query.params:
        if p.name not in given or given[p.name] is None:
            if p.required:
                problems[p.name] = f"required {p.type} parameter is missing" + (
                    f" ({p.comment})" if p.comment else ""
                )
            else:
                bound[p.name] = p.default
            continue
        value = given[p.name]
        try:
            if as_text and isinstance(value, str):
                bound[p.name] = (
                    None if value == "null" and not p.required else coerce_text(p.type, value)
                )
            else:
                bound[p.name] = coerce_json(p.type, value)
        except ValueError as exc:
            problems[p.name] = f"{p.type} parameter: {exc}"
    if problems:
        raise QueryParamError(query.name, problems)
    return bound


def run_query(
    store: GraphStore,
    query: SavedQuery,
    given: Mapping[str, Any],
    *,
    as_text: bool = False,
    timeout_s: float | None = None,
    row_cap: int | None = None,
) -> QueryResult:
    """Bind the parameters and run the query read-only (enforced by the database)."""
    params = bind_params(query, given, as_text=as_text)
    return store.read(query.text, params, timeout_s=timeout_s, row_cap=row_cap)
