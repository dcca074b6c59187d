"""POST /documents: ingest one article (needs the API key, like /cypher)."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, field_validator

from api import cypher
from api.common import DATE_PATTERN, CalendarDate
from api.deps import ApiKeyDep, StoreDep
from api.schemas import ErrorBody, IngestResult
from graph.store import GraphStore
from ingest.article import Article, content_id
from ingest.decoding import MAX_DOCUMENT_BYTES, DecodeError, refuse_binary_text, too_large
from ingest.pipeline import ingest_articles

router = APIRouter(tags=["documents"])
_BAD_TEXT = re.compile("[\x00\ud800-\udfff]")  # validation runs on the event loop: no loops


class DocumentIn(BaseModel):
    text: str = Field(
        min_length=1,
        max_length=MAX_DOCUMENT_BYTES,  # characters; the limit in UTF-8 bytes is checked below
        description="the article text, at most 5 MB in UTF-8 (the limit of ingested files)",
    )
    title: str | None = Field(default=None, max_length=1000)
    published: Annotated[
        str | None,
        Field(default=None, pattern=DATE_PATTERN, description="YYYY[-MM[-DD]]"),
        CalendarDate,
    ] = None
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(
        default=None, max_length=2000, description="default: the url or 'api'"
    )

    @field_validator("text", "title", "url", "source")
    @classmethod
    def _clean(cls, v: str | None) -> str | None:
        if v is not None and _BAD_TEXT.search(v):
            raise ValueError("contains a NUL byte or an invalid unicode character")
        return v

    @field_validator("text")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("the text is empty (only whitespace)")
        size = len(v.encode("utf-8", "surrogatepass"))
        if size > MAX_DOCUMENT_BYTES:
            raise ValueError(too_large(size))
        try:
            refuse_binary_text(v, "binary data")
        except DecodeError as exc:
            raise ValueError(str(exc)) from None
        return v


def _reported_ids(store: GraphStore, doc: str) -> dict[str, list[str]]:
    ids: dict[str, list[str]] = {"people_ids": [], "event_ids": [], "agreement_ids": []}
    for row in store.read(cypher.DOCUMENT_FACTS, {"doc": doc}).rows:
        ids[row["kind"]].append(row["id"])
    return {kind: sorted(v) for kind, v in ids.items()}


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
    },
)
def ingest_document(body: DocumentIn, store: StoreDep) -> Any:
    """Ingest one article: 201 with what was extracted, 200 if it was already there."""
    doc_id = content_id(body.text)
    article = Article(
        id=doc_id,
        # documents without a url or source are told apart by content: one shared default
        # source would make each new post "replace" the previous one
        source=body.source or body.url or f"api:{doc_id}",
        text=body.text,
        title=body.title,
        published=body.published,
        url=body.url,
    )
    (done,) = ingest_articles(store, [article])
    if done.status == "failed" or not done.document:
        raise HTTPException(422, f"could not ingest the document: {done.reason}")
    outcome = IngestResult.model_validate(done.model_dump() | _reported_ids(store, done.document))
    code = 200 if outcome.status == "unchanged" else 201
    return JSONResponse(outcome.model_dump(), status_code=code)
