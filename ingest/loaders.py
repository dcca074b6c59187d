"""Loaders: files, folders and URLs -> Articles (minimal first version: .txt / .md with a
first line `date YYYY-MM-DD` or front matter). Extended with html, jsonl, URLs and cleaning."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel

from ingest.article import Article, content_id

TEXT_SUFFIXES = {".txt", ".md"}
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*", re.IGNORECASE)


class LoadFailure(BaseModel):
    source: str
    reason: str


def iter_paths(paths: list[str]) -> Iterator[Path]:
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from sorted(
                f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES
            )
        else:
            yield path


def article_from_text(raw: str, source: str) -> Article:
    published = None
    m = _DATE_LINE.match(raw)
    if m:
        published = m.group(1)
        raw = raw[m.end() :]
    text = raw.strip()
    return Article(id=content_id(text), source=source, text=text, published=published)


def load_paths(paths: list[str]) -> Iterator[Article | LoadFailure]:
    for path in iter_paths(paths):
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            yield LoadFailure(source=str(path), reason=str(exc))
            continue
        yield article_from_text(raw, str(path))
