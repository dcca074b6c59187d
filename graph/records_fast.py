"""The records of a well-formed records file in one pass at C speed: the standard library's
JSON decoder (`raw_decode`) decodes each record of a section from a window of the file's
text, so memory holds a window and one record, never the file.

It reads only what a good file holds: one top-level object whose values are lists (or
other values, reported as such). Anything else (a JSON syntax error, a value it cannot
place, a record bigger than MAX_RECORD_CHARS, NaN or Infinity) raises NotFast, and the
caller reads the file again with the ijson path of graph/records_stream.py, which names the
line and column. Several ijson passes cost three times this one."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

WINDOW = 1 << 23  # characters read at a time
MAX_RECORD_CHARS = 1 << 25  # a record longer than this is left to the ijson path
_SPACE = re.compile(r"[ \t\n\r]*")

Found = tuple[
    str, str, Any
]  # ("item", section, record) | ("unknown", key, None) | ("not_a_list", ...)


class NotFast(Exception):
    """The file is not one this reader handles: read it with the ijson path."""


def _no_constant(name: str) -> Any:
    raise NotFast(f"{name} is not JSON")


class _Text:
    """A window on the file's text: `buf[pos:]` is what is left to read of it."""

    def __init__(self, path: Path, on_read: Callable[[int], None]) -> None:
        self.f = path.open("rb")
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.on_read = on_read
        self.buf, self.pos, self.eof = "", 0, False

    def more(self) -> bool:
        """Read the next part of the file into the window; False at the end of the file."""
        if self.eof:
            return False
        data = self.f.read(WINDOW)
        self.eof = not data
        try:
            text = self.decoder.decode(data, final=self.eof)
        except UnicodeDecodeError as exc:
            raise NotFast(str(exc)) from exc
        self.buf, self.pos = self.buf[self.pos :] + text, 0
        self.on_read(self.f.tell())
        return True

    def skip_space(self) -> str:
        """The next character after white space ("" at the end of the file)."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf) or not self.more():
                return self.buf[self.pos : self.pos + 1]

    def expect(self, char: str) -> None:
        if self.skip_space() != char:
            raise NotFast(f"expected {char!r}")
        self.pos += 1

    def value(self, decode: Callable[[str, int], tuple[Any, int]]) -> Any:
        """Decode the JSON value that starts here, reading more of the file while it is cut
        off by the end of the window."""
        self.skip_space()
        while True:
            # a value cut off at the window's end fails to decode; one that decodes there may
            # still be cut (a number), so it is decoded again with more text
            try:
                value, end = decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if len(self.buf) - self.pos > MAX_RECORD_CHARS or not self.more():
                    raise NotFast(str(exc)) from exc
                continue
            if end < len(self.buf) or self.eof:
                self.pos = end
                return value
            if not self.more():
                self.pos = end
                return value

    def close(self) -> None:
        self.f.close()


def records(path: Path, sections: set[str], on_read: Callable[[int], None]) -> Iterator[Found]:
    """Every record of every section in file order, and the top-level keys that are not
    sections or whose value is not a list. Raises NotFast (see the module)."""
    decode = json.JSONDecoder(parse_constant=_no_constant).raw_decode
    text = _Text(path, on_read)
    try:
        text.expect("{")
        if text.skip_space() == "}":
            text.pos += 1
        else:
            while True:
                key = text.value(decode)
                if not isinstance(key, str):
                    raise NotFast("a key is not a string")
                text.expect(":")
                if key not in sections:
                    text.value(decode)
                    yield ("unknown", key, None)
                elif text.skip_space() != "[":
                    text.value(decode)
                    yield ("not_a_list", key, None)
                else:
                    text.pos += 1
                    yield from _items(text, decode, key)
                c = text.skip_space()
                text.pos += 1
                if c == "}":
                    break
                if c != ",":
                    raise NotFast("expected ',' or '}'")
        if text.skip_space() != "":
            raise NotFast("text after the top-level object")
    finally:
        text.close()


def _items(text: _Text, decode: Callable[[str, int], tuple[Any, int]], key: str) -> Iterator[Found]:
    if text.skip_space() == "]":
        text.pos += 1
        return
    while True:
        yield ("item", key, text.value(decode))
        c = text.skip_space()
        text.pos += 1
        if c == "]":
            return
        if c != ",":
            raise NotFast("expected ',' or ']'")
