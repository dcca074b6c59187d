"""Encounters told as nouns or with pronouns (part of the discourse step, ingest/discourse.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.schema import DocumentExtraction

if TYPE_CHECKING:
    from ingest.events import SentenceView


def noun_encounters(out: DocumentExtraction, views: list[SentenceView], text: str) -> None:
    return None
