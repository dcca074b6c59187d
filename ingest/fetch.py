"""Fetch one article page over HTTP(S) with httpx: timeout, redirect limit and the same size
cap as files (the body is streamed and abandoned past the cap, never read whole)."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from diplograph import __version__
from ingest.decoding import MAX_DOCUMENT_BYTES, too_large

FETCH_TIMEOUT_S = 15.0
MAX_REDIRECTS = 5
USER_AGENT = f"diplograph/{__version__} (article ingest)"


class FetchError(ValueError):
    """The URL gave no document; the message says why (status, connection, timeout, size)."""


@dataclass
class Page:
    url: str  # final URL after redirects
    content_type: str
    body: bytes
    charset: str | None


def fetch(url: str, *, timeout_s: float = FETCH_TIMEOUT_S, limit: int = MAX_DOCUMENT_BYTES) -> Page:
    try:
        with (
            httpx.Client(
                timeout=timeout_s,
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                headers={"User-Agent": USER_AGENT},
            ) as client,
            client.stream("GET", url) as resp,
        ):
            if resp.status_code >= 400:
                raise FetchError(f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise FetchError(too_large(int(declared), limit))
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise FetchError(too_large(size, limit) + " (download stopped)")
                chunks.append(chunk)
            content_type = resp.headers.get("content-type", "").split(";")[0].strip().lower()
            return Page(str(resp.url), content_type, b"".join(chunks), resp.charset_encoding)
    except httpx.TimeoutException as exc:
        raise FetchError(f"timed out after {timeout_s:g} s ({type(exc).__name__})") from exc
    except httpx.TooManyRedirects as exc:
        raise FetchError(f"more than {MAX_REDIRECTS} redirects") from exc
    except httpx.ConnectError as exc:
        raise FetchError(f"could not connect: {exc}") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"{type(exc).__name__}: {exc}") from exc
