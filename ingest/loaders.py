"""Loaders: files, folders (recursively) and http(s) URLs -> Articles, or LoadFailures that
name the file (or file:line) and the reason. One bad document never stops the others.

Formats: .txt / .md (optional YAML front matter `date`, `title`, `source`, `url`, or a first
line `date YYYY-MM-DD`), .html / .htm (trafilatura), .jsonl (one {"text", "date", "title",
"url"} object per line). Limit: MAX_DOCUMENT_BYTES (5 MB) per document; a .jsonl file is
streamed line by line, so the limit applies to each line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from pydantic import BaseModel

from ingest.article import Article
from ingest.decoding import (
    MAX_DOCUMENT_BYTES,
    DecodeError,
    decode_bytes,
    read_limited,
    regular_file_size,
    too_large,
)
from ingest.fetch import FETCH_TIMEOUT_S, FetchError, fetch
from ingest.formats import FormatError, article_from_html, article_from_record, article_from_text

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
_HTML_TYPES = {"text/html", "application/xhtml+xml"}


class LoadFailure(BaseModel):
    """A document that could not be loaded. `reason` starts with the file (or file:line)."""

    source: str
    reason: str


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def iter_sources(paths: Iterable[str]) -> Iterator[str | Path]:
    """URLs as given; files as given; folders walked recursively in name order, keeping the
    supported types and skipping hidden files and folders. Each file is yielded once."""
    seen: set[Path] = set()
    for p in paths:
        if is_url(p):
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(
                f
                for f in path.rglob("*")
                if f.is_file()
                and f.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(path).parts)
            )
        else:
            files = [path]
        for f in files:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                yield f


def load_paths(
    paths: Iterable[str], *, limit: int = MAX_DOCUMENT_BYTES, timeout_s: float = FETCH_TIMEOUT_S
) -> Iterator[Article | LoadFailure]:
    """Every document under `paths` (files, folders, URLs), in order."""
    for src in iter_sources(paths):
        if isinstance(src, str):
            yield load_url(src, limit=limit, timeout_s=timeout_s)
        elif src.suffix.lower() in JSONL_SUFFIXES:
            yield from load_jsonl(src, limit=limit)
        else:
            yield load_file(src, limit=limit)


def load_file(path: Path, *, limit: int = MAX_DOCUMENT_BYTES) -> Article | LoadFailure:
    """One .txt / .md / .html file."""
    source = str(path)
    suffix = path.suffix.lower()
    if not path.exists():
        return LoadFailure(source=source, reason=f"{source}: no such file or directory")
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        kinds = " ".join(sorted(SUPPORTED_SUFFIXES))
        return LoadFailure(
            source=source,
            reason=f"{source}: unsupported file type {suffix or '(none)'!r} ({kinds})",
        )
    try:
        text, note = decode_bytes(read_limited(path, limit))
        notes = [note] if note else []
        if suffix in HTML_SUFFIXES:
            return article_from_html(text, source, notes=notes)
        return article_from_text(text, source, markdown=suffix != ".txt", notes=notes)
    except (OSError, DecodeError, FormatError) as exc:
        return LoadFailure(source=source, reason=f"{source}: {_reason(exc)}")


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _jsonl_lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes or None when over the limit, size). Over-long lines are skipped in
    chunks, never held whole in memory."""
    lineno = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while chunk := fh.readline(1 << 20):
                size += len(chunk)
                if chunk.endswith(b"\n"):
                    break
            yield lineno, None, size
        else:
            yield lineno, line, len(line)


def load_jsonl(path: Path, *, limit: int = MAX_DOCUMENT_BYTES) -> Iterator[Article | LoadFailure]:
    """One article per line; a bad line is a failure naming `file.jsonl:LINE`, the rest load."""
    try:
        regular_file_size(path)
        fh = path.open("rb")
    except (OSError, DecodeError) as exc:
        yield LoadFailure(source=str(path), reason=f"{path}: {_reason(exc)}")
        return
    records = 0
    with fh:
        for lineno, data, size in _jsonl_lines(fh, limit):
            where = f"{path}:{lineno}"
            if data is None:
                yield LoadFailure(source=where, reason=f"{where}: {too_large(size, limit)}")
                records += 1
                continue
            if not data.strip():
                continue
            records += 1
            try:
                text, note = decode_bytes(data)
                obj = json.loads(text)
                article = article_from_record(obj, where)
            except json.JSONDecodeError as exc:
                # some messages already end in "at" ("Unterminated string starting at")
                msg = exc.msg if exc.msg.endswith(" at") else f"{exc.msg} at"
                yield LoadFailure(
                    source=where, reason=f"{where}: invalid JSON ({msg} column {exc.colno})"
                )
                continue
            except (DecodeError, FormatError) as exc:
                yield LoadFailure(source=where, reason=f"{where}: {exc}")
                continue
            if note:
                article.notes.insert(0, note)
            yield article
    if records == 0:
        yield LoadFailure(source=str(path), reason=f"{path}: empty file (no JSON lines)")


def load_url(
    url: str, *, limit: int = MAX_DOCUMENT_BYTES, timeout_s: float = FETCH_TIMEOUT_S
) -> Article | LoadFailure:
    """Fetch a page and extract its article (HTML with trafilatura; plain text as .txt)."""
    try:
        page = fetch(url, timeout_s=timeout_s, limit=limit)
        notes = [f"fetched from {page.url}"] if page.url != url else []
        text = None
        if page.charset and page.charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
            try:
                text = page.body.decode(page.charset)
                notes.append(f"decoded as {page.charset} (HTTP Content-Type charset)")
            except (LookupError, UnicodeDecodeError):
                text = None
        if text is None:
            text, note = decode_bytes(page.body)
            if note:
                notes.append(note)
        if page.content_type in _HTML_TYPES or (
            not page.content_type and text.lstrip().startswith("<")
        ):
            return article_from_html(text, url, url=page.url, notes=notes)
        if page.content_type.startswith("text/"):
            article = article_from_text(
                text, url, markdown="markdown" in page.content_type, notes=notes
            )
            return article.model_copy(update={"url": article.url or page.url})
        raise FetchError(f"unsupported content type {page.content_type!r} (expected HTML or text)")
    except (FetchError, DecodeError, FormatError) as exc:
        return LoadFailure(source=url, reason=f"{url}: {exc}")
