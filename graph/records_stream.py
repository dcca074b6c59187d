"""A records file read as a stream (ijson), so a file of a million events is checked and
loaded in memory that does not grow with it.

`scan_records` is the checking pass: every record of every section is decoded and checked
one at a time (graph/records.py `check_item`, the same checks as `parse_data`), and handed to
a callback that keeps what it needs (ids, labels; never the records). `iter_records` reads one
section again for writing. Messages name the record and field as `parse_records` does; a JSON
syntax error names the line and column."""

from __future__ import annotations

import codecs
import contextlib
import gc
import itertools
import json
import operator
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import ijson

from diplograph.errors import InputError
from graph.records import SECTIONS, check_item, problem_list
from graph.records_fast import NotFast
from graph.records_fast import records as fast_records

NOTHING_WRITTEN = "nothing from this file was written"
MOST_SHOWN = 25
# A file this small is decoded again with the standard library when ijson finds a syntax
# error, for its exact line and column; a bigger one gets the line range of the bad block.
EXACT_ERROR_MAX_BYTES = 64 * 2**20
# the events that open a section's value when it is not a list
_NOT_A_LIST = ("start_map", "string", "number", "boolean", "null")

Visit = Callable[[str, int, Any], None]  # (section, index, checked record)


class _Counted:
    """A binary file that counts the bytes and lines read (for progress and error
    positions) and drops a UTF-8 byte-order mark."""

    def __init__(self, f: BinaryIO, on_read: Callable[[int], None] | None = None) -> None:
        self.f = f
        self.on_read = on_read
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
        if self.on_read is not None:
            self.on_read(self.pos)
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


class _Progress:
    """Bytes read over all the passes of a check, reported as a share of the file's size."""

    def __init__(self, size: int, passes: int, report: Callable[[int, int], None] | None):
        self.size, self.passes, self.report = size, passes, report
        self.done = 0  # passes finished
        self.reported = 0

    def read(self, pos: int) -> None:
        at = (self.done * self.size + pos) // max(1, self.passes)
        if self.report is not None and at - self.reported >= 1 << 20:
            self.report(at, self.size)
            self.reported = at


def _structure(path: Path, on_read: Callable[[int], None]) -> list[tuple[str, str, Any]]:
    """The events of a file at the top level and at each section's own level (the keys, and
    whether each section opens a list): the whole file is parsed (a JSON syntax error is
    found here, with its position) but the events are filtered in C, not in Python."""
    keep = {"", *SECTIONS}.__contains__
    with _open(path) as raw:
        f = _Counted(raw, on_read)
        try:
            events, prefixes = itertools.tee(ijson.parse(f, use_float=True))
            return list(
                itertools.compress(events, map(keep, map(operator.itemgetter(0), prefixes)))
            )
        except ijson.JSONError as exc:
            raise _syntax_error(path, f, exc) from exc
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: cannot read: {exc}", hint=NOTHING_WRITTEN) from exc
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc}") from exc


def scan_records(
    path: str | Path,
    visit: Visit,
    on_bytes: Callable[[int, int], None] | None = None,
    *,
    fast: bool = True,
) -> dict[str, int]:
    """Check every record of a records file, calling `visit` with each good one. Returns the
    number of records per section; raises InputError listing the problems (all are found,
    the first MOST_SHOWN are listed).

    `fast`: one pass with the standard library's decoder (graph/records_fast.py), which
    raises NotFast on a file it does not handle, after `visit` may have seen some records:
    the caller then starts again with fresh state and `fast=False`, the ijson passes that
    name the line and column of any syntax error."""
    path = Path(path)
    origin = str(path)
    counts = dict.fromkeys(SECTIONS, 0)
    problems = _Problems()
    size = path.stat().st_size if path.exists() else 0
    unknown: list[str] = []
    if fast:
        if not size:
            raise NotFast("an empty file")
        progress = _Progress(size, 1, on_bytes)
        seen: dict[str, set[str]] = {s: set() for s in SECTIONS}
        with _collector_paused():
            for kind, key, item in fast_records(path, set(SECTIONS), progress.read):
                if kind == "item":
                    _check(key, item, counts, seen[key], problems, visit)
                elif kind == "unknown":
                    unknown.append(key)
                else:
                    problems.extend([f"{key}: expected a list"])
        return _finish(origin, size, unknown, problems, on_bytes, counts)
    progress = _Progress(size, 1 + len(SECTIONS), on_bytes)
    top = _structure(path, progress.read)
    if not top or top[0][1] != "start_map":
        raise InputError(
            f"{origin}: expected one JSON object with actors, events, agreements, documents",
            hint=NOTHING_WRITTEN,
        )
    order: list[str] = []
    for prefix, event, value in top:
        if prefix == "" and event == "map_key":
            if value in SECTIONS:
                order.append(value)
            else:
                unknown.append(value)
        elif prefix in SECTIONS and event in _NOT_A_LIST:
            problems.extend([f"{prefix}: expected a list"])
    order = list(dict.fromkeys(order))
    progress.passes = 1 + len(order)
    with _collector_paused():
        for section in order:
            progress.done += 1
            _scan_section(path, section, progress.read, counts, problems, visit)
    return _finish(origin, size, unknown, problems, on_bytes, counts)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Millions of small objects are kept (ids, references) and none form cycles: the
    cyclic garbage collector's passes over them would cost more than the checks."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _finish(
    origin: str,
    size: int,
    unknown: list[str],
    problems: _Problems,
    on_bytes: Callable[[int, int], None] | None,
    counts: dict[str, int],
) -> dict[str, int]:
    if unknown:
        problems.shown.insert(0, f"unknown top-level key(s): {', '.join(sorted(set(unknown)))}")
        problems.total += 1
    if on_bytes is not None:
        on_bytes(size, size)
    problems.raise_if_any(origin)
    return counts


def _check(
    section: str,
    item: Any,
    counts: dict[str, int],
    seen: set[str],
    problems: _Problems,
    visit: Visit,
) -> None:
    index = counts[section]
    counts[section] += 1
    rec, found = check_item(section, index, item, seen, normalise=False)
    if found:
        problems.extend(found)
    if rec is not None and not problems.total:
        visit(section, index, rec)


def _scan_section(
    path: Path,
    section: str,
    on_read: Callable[[int], None],
    counts: dict[str, int],
    problems: _Problems,
    visit: Visit,
) -> None:
    seen: set[str] = set()
    with _open(path) as raw:
        f = _Counted(raw, on_read)
        try:
            for item in ijson.items(f, f"{section}.item", use_float=True):
                _check(section, item, counts, seen, problems, visit)
        except ijson.JSONError as exc:  # the file changed since its structure was read
            raise _syntax_error(path, f, exc) from exc
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: cannot read: {exc}", hint=NOTHING_WRITTEN) from exc
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc}") from exc


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
