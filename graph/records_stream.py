"""A records file read as a stream (ijson), so a file of a million events is checked and
loaded in memory that does not grow with it.

`scan_records` is the checking pass: every record of every section is decoded and checked
one at a time (graph/records.py `check_item`, the same checks as `parse_data`), and handed to
a callback that keeps what it needs (ids, labels; never the records). `iter_records` reads one
section again for writing. Messages name the record and field as `parse_records` does; a JSON
syntax error names the line and column."""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import ijson
from ijson.common import ObjectBuilder

from diplograph.errors import InputError
from graph.records import SECTIONS, check_item, problem_list

NOTHING_WRITTEN = "nothing from this file was written"
MOST_SHOWN = 25
# A file this small is decoded again with the standard library when ijson finds a syntax
# error, for its exact line and column; a bigger one gets the line range of the bad block.
EXACT_ERROR_MAX_BYTES = 64 * 2**20
_ITEM = {f"{s}.item": s for s in SECTIONS}
_VALUE_START = ("start_map", "start_array")
# the events that open a section's value when it is not a list
_NOT_A_LIST = ("start_map", "string", "number", "boolean", "null")

Visit = Callable[[str, int, Any], None]  # (section, index, checked record)


class _Counted:
    """A binary file that counts the bytes and lines read (for progress and error
    positions) and drops a UTF-8 byte-order mark."""

    def __init__(self, f: BinaryIO) -> None:
        self.f = f
        self.pos = 0  # bytes handed to the parser
        self.lines = 0  # line breaks in them
        self.last = 0  # size of the last block read
        self.lines_before = 0  # line breaks before it

    def read(self, n: int = -1) -> bytes:
        data = self.f.read(n)
        if self.pos == 0 and data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8) :]
            self.pos += len(codecs.BOM_UTF8)
        self.last = len(data)
        self.pos += len(data)
        self.lines_before = self.lines
        self.lines += data.count(b"\n")
        return data


class _Problems:
    """The first problems found, and how many there were in all."""

    def __init__(self) -> None:
        self.shown: list[str] = []
        self.total = 0

    def extend(self, found: list[str]) -> None:
        self.total += len(found)
        room = MOST_SHOWN - len(self.shown)
        if room > 0:
            self.shown.extend(found[:room])

    def raise_if_any(self, origin: str) -> None:
        if self.total:
            message = problem_list(origin, self.shown, most=MOST_SHOWN, total=self.total)
            raise InputError(message, hint=NOTHING_WRITTEN)


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc}") from exc


def _syntax_error(path: Path, f: _Counted, exc: Exception) -> InputError:
    """The JSON error of `exc` with a line and column (exact for files up to
    EXACT_ERROR_MAX_BYTES, else the lines of the block the parser was reading)."""
    size = path.stat().st_size
    if size <= EXACT_ERROR_MAX_BYTES:
        try:
            json.loads(path.read_text(encoding="utf-8-sig"))
        except json.JSONDecodeError as jexc:
            return InputError(
                f"{path}: line {jexc.lineno}, column {jexc.colno}: invalid JSON: {jexc.msg}",
                hint=NOTHING_WRITTEN,
            )
        except (OSError, UnicodeDecodeError) as uexc:
            return InputError(f"{path}: cannot read: {uexc}", hint=NOTHING_WRITTEN)
    first = f.lines_before + 1
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    start = f.pos - f.last
    return InputError(
        f"{path}: invalid JSON in bytes {start}-{f.pos} (from about line {first}): {reason}",
        hint=NOTHING_WRITTEN,
    )


def scan_records(
    path: str | Path,
    visit: Visit,
    on_bytes: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Check every record of a records file, calling `visit` with each good one. Returns the
    number of records per section; raises InputError listing the problems (all are found,
    the first MOST_SHOWN are listed)."""
    path = Path(path)
    origin = str(path)
    counts = dict.fromkeys(SECTIONS, 0)
    seen: dict[str, set[str]] = {s: set() for s in SECTIONS}
    problems = _Problems()
    size = path.stat().st_size if path.exists() else 0
    with _open(path) as raw:
        f = _Counted(raw)

        def done(section: str, item: Any) -> None:
            index = counts[section]
            counts[section] += 1
            rec, found = check_item(section, index, item, seen[section])
            problems.extend(found)
            if rec is not None and not problems.total:
                visit(section, index, rec)

        try:
            events = ijson.parse(f, use_float=True)
            first = next(events, None)
            if first is None or first[1] != "start_map":
                raise InputError(
                    f"{origin}: expected one JSON object with actors, events, agreements, "
                    "documents",
                    hint=NOTHING_WRITTEN,
                )
            builder: ObjectBuilder | None = None
            inside = ""
            unknown: list[str] = []
            reported_at = 0
            for prefix, event, value in events:
                if builder is not None:
                    builder.event(event, value)
                    if prefix == inside and event in ("end_map", "end_array"):
                        done(_ITEM[inside], builder.value)
                        builder = None
                    continue
                section = _ITEM.get(prefix)
                if section is not None:
                    if event in _VALUE_START:
                        builder, inside = ObjectBuilder(), prefix
                        builder.event(event, value)
                    else:
                        done(section, value)  # a bare value: check_item names the problem
                    if on_bytes is not None and f.pos - reported_at >= 1 << 20:
                        on_bytes(f.pos, size)
                        reported_at = f.pos
                elif prefix == "" and event == "map_key" and value not in SECTIONS:
                    unknown.append(value)
                elif prefix in SECTIONS and event in _NOT_A_LIST:
                    problems.extend([f"{prefix}: expected a list"])
        except ijson.JSONError as exc:
            raise _syntax_error(path, f, exc) from exc
        except UnicodeDecodeError as exc:
            raise InputError(f"{origin}: cannot read: {exc}", hint=NOTHING_WRITTEN) from exc
        except OSError as exc:
            raise InputError(f"{origin}: cannot read: {exc}") from exc
    if unknown:
        problems.shown.insert(0, f"unknown top-level key(s): {', '.join(sorted(set(unknown)))}")
        problems.total += 1
    if on_bytes is not None:
        on_bytes(size, size)
    problems.raise_if_any(origin)
    return counts


def iter_records(path: str | Path, section: str, count: int) -> Iterator[Any]:
    """The `count` records of one section of a file that `scan_records` accepted, checked
    and normalised again, one at a time. Stops reading once the last one is read."""
    if not count:
        return
    model = SECTIONS[section]
    with _open(Path(path)) as raw:
        for n, item in enumerate(ijson.items(_Counted(raw), f"{section}.item", use_float=True)):
            rec: Any = model.model_validate(item)
            yield rec.normalise() if hasattr(rec, "normalise") else rec
            if n + 1 == count:
                return
