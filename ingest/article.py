"""An article as the pipeline sees it after loading and cleaning: the contract between the
loaders (ingest/loaders.py) and the extraction pipeline (ingest/pipeline.py)."""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, Field


def content_id(text: str) -> str:
    """Document id = hash of the cleaned text (design.md: Document id = content hash)."""
    return "doc-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


class Article(BaseModel):
    """One article ready for extraction. Character offsets of every extracted fact refer to
    `text` (the cleaned article body, page furniture removed)."""

    id: str  # content_id(text)
    source: str  # path or URL as ingested (for jsonl: "file.jsonl:LINE" unless a url is given)
    text: str
    title: str | None = None
    published: str | None = None  # ISO date, "YYYY-MM-DD" (or coarser) or None
    url: str | None = None
    notes: list[str] = Field(
        default_factory=list
    )  # e.g. "decoded as cp1252", "removed 'Related Articles' block"


IngestStatus = Literal["new", "unchanged", "replaced", "failed"]


class IngestOutcome(BaseModel):
    """What happened to one document: one status line each in `diplograph ingest`."""

    source: str
    status: IngestStatus
    document: str | None = None  # Document id when written
    reason: str | None = None  # why it failed (names the file / line)
    people: int = 0
    events: int = 0
    agreements: int = 0
