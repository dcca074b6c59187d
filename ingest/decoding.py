"""Bytes -> text for the loaders: size limit, binary detection, UTF-8 first, else a detected
encoding that is reported (never a silent guess)."""

from __future__ import annotations

import codecs
import re
import stat
from pathlib import Path

import charset_normalizer

# One document (a file, a fetched page, one jsonl line) may be at most this large. News
# articles are a few kB; anything near this is not an article, and refusing it keeps a stray
# dump or video from being read whole into memory and into the extraction pipeline.
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024

# Share of control characters (other than tab / newline / carriage return / form feed) above
# which decoded "text" is treated as binary data.
_MAX_CONTROL_SHARE = 0.01
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class DecodeError(ValueError):
    """The bytes are not a usable text document; the message says why."""


def human_size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} kB"
    return f"{n} bytes"


def too_large(size: int, limit: int = MAX_DOCUMENT_BYTES) -> str:
    return f"too large: {human_size(size)}, the limit is {human_size(limit)} per document"


def regular_file_size(path: Path) -> int:
    """The size of a regular file; anything else is refused before it is opened, since
    opening a named pipe blocks until a writer comes and a device may never end."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise DecodeError(f"not a regular file ({_file_kind(info.st_mode)})")
    return info.st_size


def read_limited(path: Path, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """Read a file of at most `limit` bytes. Larger files are refused from their size alone
    (and, should the file grow meanwhile, after reading limit + 1 bytes), never read whole."""
    size = regular_file_size(path)
    if size > limit:
        raise DecodeError(too_large(size, limit))
    with path.open("rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise DecodeError(too_large(len(data), limit))
    return data


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a directory" if stat.S_ISDIR(mode) else "not a file"


# control characters other than tab, newline, carriage return and form feed
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return sum(1 for _ in _CONTROL.finditer(text)) / len(text)


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode a document. Returns (text, note); note is None for plain UTF-8 and otherwise
    says which encoding was used and why."""
    if not data.strip():
        raise DecodeError("empty file" if not data else "empty file (whitespace only)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {encoding} byte-order mark but: {exc}") from exc
            note = None if encoding == "utf-8-sig" else f"decoded as {encoding} (byte-order mark)"
            return text.lstrip("\ufeff"), note
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        best = charset_normalizer.from_bytes(data).best()
        if best is None or best.encoding is None:
            raise DecodeError(
                f"binary or undecodable file: not valid UTF-8 ({exc.reason} at byte "
                f"{exc.start}) and no text encoding could be detected"
            ) from exc
        text = str(best)
        note = (
            f"not valid UTF-8 (byte {exc.start}); decoded as {best.encoding} "
            "(detected by charset-normalizer)"
        )
    else:
        note = None
    refuse_binary_text(text)
    return text, note


def refuse_binary_text(text: str, what: str = "binary file") -> None:
    """Text that is mostly control characters is data, not an article (files and
    POST /documents share this check)."""
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise DecodeError(f"{what} (control characters), not a text article")
