"""Document formats -> Article: plain text / Markdown (front matter or a `date` first line),
HTML (trafilatura, offline on the page content) and one JSON record (a jsonl line).
Each parser raises FormatError with a reason; the loaders add the file or line to it."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from ingest.article import Article, content_id
from ingest.clean import clean_text
from ingest.page_stamp import STAMP_NOTE, page_date, stamp_day

# An HTML page whose extracted text is shorter than this has no article in it (only a menu,
# a cookie banner or a headline).
MIN_HTML_TEXT = 80
PAGE_DATE_NOTE = "no publication date given: took the page's own date line"
NO_DATE_NOTE = "no publication date: relative dates (e.g. 'on Tuesday') stay unresolved"

_FRONT_MATTER = re.compile(r"\A[ \t]*---[ \t]*\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S | re.M)
# The development articles' form: "date 2025-07-12" first, possibly after a space, with the
# text either on the next line or right after the date on the same line.
_DATE_LINE = re.compile(r"\A\s*date\s*:?\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_OTHER_DATE_FORMATS = ("%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%Y/%m/%d", "%d.%m.%Y")
FRONT_MATTER_FIELDS = {"date", "published", "title", "source", "url"}


class FormatError(ValueError):
    """The document cannot become an Article; the message says why."""


def normalize_date(value: Any, field: str = "date") -> str | None:
    """A date value from metadata -> ISO string truncated to its precision, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and 1000 <= value <= 9999:
        return str(value)
    text = str(value).strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}[T ]", text):
        text = text[:10]  # a timestamp: keep the day
    m = _ISO.match(text)
    try:
        if m:
            year, month, day = m.groups()
            dt.date(int(year), int(month or 1), int(day or 1))  # validates
            return text
        for fmt in _OTHER_DATE_FORMATS:
            try:
                return dt.datetime.strptime(text, fmt).date().isoformat()
            except ValueError:
                continue
    except ValueError:
        pass
    raise FormatError(f"field {field!r}: {text[:40]!r} is not a date (use YYYY-MM-DD)")


def _optional_str(meta: dict[str, Any], key: str, where: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if not isinstance(value, str | int | float):
        raise FormatError(f"{where}field {key!r} must be a string, got {type(value).__name__}")
    return str(value).strip() or None


def build_article(
    text: str,
    source: str,
    *,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
    notes: list[str] | None = None,
    guess_title: bool = False,
) -> Article:
    """Clean the text and make the Article (id = hash of the cleaned text). With
    guess_title, a headline-like first line of the cleaned text becomes the title."""
    cleaned = clean_text(text)
    if not cleaned.text:
        raise FormatError("no article text (empty after removing page furniture)")
    if title is None and guess_title:
        title = _headline(cleaned.text)
    all_notes = list(notes or []) + cleaned.notes
    if published is None:
        # a date line under the headline (the cleaner drops it as furniture: read it first)
        published = page_date(text) or page_date(cleaned.text)
        if published:
            all_notes.append(PAGE_DATE_NOTE)
        else:  # a timestamp line: extraction resolves relative dates against it
            # (read before cleaning too: the cleaner may drop a lone timestamp line)
            stamp = stamp_day(cleaned.text) or stamp_day(text)
            all_notes.append(f"{STAMP_NOTE} ({stamp})" if stamp else NO_DATE_NOTE)
    return Article(
        id=content_id(cleaned.text),
        source=source,
        text=cleaned.text,
        title=title,
        published=published,
        url=url,
        notes=all_notes,
    )


class _FrontMatterLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text: PyYAML builds `date: 2024-02-30` into a
    datetime.date and raises a bare ValueError on impossible days; normalize_date checks the
    text instead and names the field."""


_FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


def _front_matter(raw: str) -> tuple[dict[str, Any], str]:
    m = _FRONT_MATTER.match(raw)
    if not m:
        return {}, raw
    try:
        meta = yaml.load(m.group(1), Loader=_FrontMatterLoader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FormatError(f"front matter{line}: invalid YAML ({problem})") from exc
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FormatError("front matter must be a mapping of fields (date, title, source, url)")
    return meta, raw[m.end() :]


_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)[ \t#]*$", re.M)


def markdown_to_text(md: str) -> tuple[str, str | None]:
    """Plain text from light Markdown (headings, emphasis, links, images) and the first
    heading as a title candidate. Offsets must refer to prose, not markup."""
    first = _MD_HEADING.search(md)
    text = _MD_IMAGE.sub("", md)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_HEADING.sub(r"\1", text)
    return _unwrap_paragraphs(text), (first.group(1).strip() if first else None)


_MD_BLOCK_LINE = re.compile(r"^\s*(?:[-*+>|]|\d+[.)])\s")


def _unwrap_paragraphs(text: str) -> str:
    """A single newline inside a Markdown paragraph is a soft break: join such lines so a
    sentence is not split (lists, quotes and tables keep their lines)."""
    blocks = re.split(r"\n[ \t]*\n", text)
    out = []
    for block in blocks:
        lines = block.split("\n")
        if any(_MD_BLOCK_LINE.match(line) for line in lines):
            out.append(block)
        else:
            out.append(" ".join(line.strip() for line in lines if line.strip()))
    return "\n\n".join(out)


def _headline(text: str) -> str | None:
    """The first line of a plain-text article when it looks like a headline."""
    lines = [x.strip() for x in text.strip().split("\n")]
    if len(lines) < 2 or not lines[0] or len(lines[0]) > 150:
        return None
    return None if lines[0][-1] in ".!?:;,\"'”’" else lines[0]


def article_from_text(
    raw: str, source: str, *, markdown: bool = False, notes: list[str] | None = None
) -> Article:
    """A .txt / .md document: optional YAML front matter or a first line `date YYYY-MM-DD`."""
    notes = list(notes or [])
    meta, body = _front_matter(raw)
    published = None
    if meta:
        unknown = sorted(str(k) for k in meta if k not in FRONT_MATTER_FIELDS)
        if unknown:
            notes.append(f"ignored front-matter fields: {', '.join(unknown)}")
        key = "date" if meta.get("date") is not None else "published"
        published = normalize_date(meta.get(key), key)
        publisher = _optional_str(meta, "source", "front matter ")
        if publisher:
            notes.append(f"publisher: {publisher}")
    else:
        m = _DATE_LINE.match(body)
        if m:
            published = normalize_date(m.group(1))
            body = body[m.end() :]
    title = _optional_str(meta, "title", "front matter ")
    if markdown:
        body, heading = markdown_to_text(body)
        title = title or heading
    url = _optional_str(meta, "url", "front matter ")
    return build_article(
        body, source, title=title, published=published, url=url, notes=notes, guess_title=True
    )


def article_from_html(
    html: str, source: str, *, url: str | None = None, notes: list[str] | None = None
) -> Article:
    """Main text and metadata of an HTML page with trafilatura (no network)."""
    import trafilatura  # heavy import, only when HTML is loaded

    doc: Any = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(clean_text(text).text) < MIN_HTML_TEXT:
        found = f" (only {text[:40]!r})" if text else ""
        raise FormatError(f"no article text found in the HTML page{found}")
    notes = list(notes or []) + ["main text extracted from HTML with trafilatura"]
    published = None
    if getattr(doc, "date", None):
        try:
            published = normalize_date(doc.date, "page date")
            notes.append("publication date from the page metadata")
        except FormatError as exc:  # a page's odd metadata is no reason to lose its text
            notes.append(f"ignored the page's date: {exc}")
    return build_article(
        text,
        source,
        title=getattr(doc, "title", None) or None,
        published=published,
        url=url or getattr(doc, "url", None) or None,
        notes=notes,
    )


def article_from_record(obj: Any, source: str) -> Article:
    """One jsonl record: {"text", "date", "title", "url"}; the source is the url if given."""
    if not isinstance(obj, dict):
        raise FormatError(f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise FormatError("field 'text' is missing or empty")
    key = "date" if obj.get("date") is not None else "published"
    published = normalize_date(obj.get(key), key)
    url = _optional_str(obj, "url", "")
    title = _optional_str(obj, "title", "")
    notes = [f"from {source}"] if url else []
    return build_article(
        text, url or source, title=title, published=published, url=url, notes=notes
    )
