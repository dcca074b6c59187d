"""POST /documents: ingest one article (needs the API key, like /cypher)."""

from __future__ import annotations

import importlib
from typing import Any

from fastapi import APIRouter, HTTPException
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, field_validator

from api.common import DATE_PATTERN
from api.deps import ApiKeyDep, StoreDep
from api.schemas import ErrorBody, IngestResult
from ingest.article import Article, content_id

router = APIRouter(tags=["documents"])


class DocumentIn(BaseModel):
    text: str = Field(min_length=1, max_length=2_000_000, description="the article text")
    title: str | None = Field(default=None, max_length=1000)
    published: str | None = Field(default=None, pattern=DATE_PATTERN, description="YYYY[-MM[-DD]]")
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(
        default=None, max_length=2000, description="default: the url or 'api'"
    )

    @field_validator("text", "title", "url", "source")
    @classmethod
    def _clean(cls, v: str | None) -> str | None:
        if v is not None and ("\x00" in v or any(0xD800 <= ord(c) <= 0xDFFF for c in v)):
            raise ValueError("contains a NUL byte or an invalid unicode character")
        return v


def _pipeline() -> Any:
    try:
        return importlib.import_module("ingest.pipeline")
    except ImportError:
        return None


@router.post(
    "/documents",
    response_model=IngestResult,
    status_code=201,
    dependencies=[ApiKeyDep],
    responses={
        200: {"model": IngestResult, "description": "the document was already there"},
        401: {"model": ErrorBody},
        404: {"model": ErrorBody},
        422: {"model": ErrorBody},
        503: {"model": ErrorBody},
    },
)
def ingest_document(body: DocumentIn, store: StoreDep) -> Any:
    """Ingest one article: 201 with what was extracted, 200 if it was already there."""
    pipeline = _pipeline()
    if pipeline is None or not hasattr(pipeline, "ingest_articles"):
        raise HTTPException(503, "ingest pipeline not available in this installation")
    article = Article(
        id=content_id(body.text),
        source=body.source or body.url or "api",
        text=body.text,
        title=body.title,
        published=body.published,
        url=body.url,
    )
    outcomes = list(pipeline.ingest_articles(store, [article]))
    if not outcomes:
        raise HTTPException(503, "the ingest pipeline returned no outcome for the document")
    first = outcomes[0]
    outcome = IngestResult(**(first if isinstance(first, dict) else first.model_dump()))
    if outcome.status == "failed":
        raise HTTPException(422, f"could not ingest the document: {outcome.reason}")
    code = 200 if outcome.status == "unchanged" else 201
    return JSONResponse(outcome.model_dump(), status_code=code)
