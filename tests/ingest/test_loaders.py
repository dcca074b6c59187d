"""Loaders on real files and a real local HTTP server: every bad input gets its own clear
failure (naming the file or file:line) and the good documents still load."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.article import Article, content_id
from ingest.decoding import MAX_DOCUMENT_BYTES
from ingest.loaders import LoadFailure, load_paths
from tests.ingest.http_fixture import serve

BODY = (
    "Foreign Minister Ana Ruiz met her Peruvian counterpart Luis Soto in Lima on Tuesday.\n"
    "They signed a memorandum of understanding on border trade.\n"
)


def load_one(path: Path | str) -> Article | LoadFailure:
    results = list(load_paths([str(path)]))
    assert len(results) == 1, results
    return results[0]


def article(path: Path | str) -> Article:
    result = load_one(path)
    assert isinstance(result, Article), result
    return result


def failure(path: Path | str) -> LoadFailure:
    result = load_one(path)
    assert isinstance(result, LoadFailure), result
    return result


@pytest.fixture(scope="module")
def http_base() -> Iterator[str]:
    yield from serve()


def test_txt_with_date_line(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("date 2025-03-14\n" + BODY, encoding="utf-8")
    a = article(f)
    assert a.published == "2025-03-14"
    assert a.text == BODY.strip()
    assert a.id == content_id(a.text)
    assert a.source == str(f)


def test_date_line_with_leading_space_and_text_on_same_line(tmp_path: Path) -> None:
    f = tmp_path / "b.txt"
    f.write_text(" date 2025-03-14 " + BODY, encoding="utf-8")
    a = article(f)
    assert a.published == "2025-03-14"
    assert a.text.startswith("Foreign Minister Ana Ruiz")


def test_markdown_front_matter(tmp_path: Path) -> None:
    f = tmp_path / "c.md"
    f.write_text(
        "---\ndate: 2025-03-14\ntitle: Chile and Peru talk trade\nsource: Example Wire\n"
        "url: https://example.org/news/1\n---\n# Heading\n\n**Foreign Minister** Ana Ruiz met "
        "[Luis Soto](https://example.org/soto) in Lima.\n",
        encoding="utf-8",
    )
    a = article(f)
    assert (a.published, a.title, a.url) == (
        "2025-03-14",
        "Chile and Peru talk trade",
        "https://example.org/news/1",
    )
    assert a.text == "Heading\n\nForeign Minister Ana Ruiz met Luis Soto in Lima."
    assert "publisher: Example Wire" in a.notes


def test_front_matter_bad_yaml_names_the_line(tmp_path: Path) -> None:
    f = tmp_path / "bad.md"
    f.write_text("---\ntitle: ok\ndate: [2025\n---\n" + BODY, encoding="utf-8")
    reason = failure(f).reason
    assert reason.startswith(str(f)) and "front matter line" in reason and "invalid YAML" in reason


def test_front_matter_bad_date_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "bad-date.md"
    f.write_text("---\ndate: next week\n---\n" + BODY, encoding="utf-8")
    assert "field 'date': 'next week' is not a date" in failure(f).reason


@pytest.mark.parametrize("value", ["2024-13-45", "2024-02-30", "2023-00-10"])
def test_front_matter_impossible_date_is_refused_by_name(tmp_path: Path, value: str) -> None:
    # PyYAML turns these into datetime.date and raised a bare ValueError that stopped ingest
    f = tmp_path / "impossible.txt"
    f.write_text(f"---\ndate: {value}\n---\n" + BODY, encoding="utf-8")
    assert f"field 'date': '{value}' is not a date" in failure(f).reason


def test_front_matter_timestamp_keeps_the_day(tmp_path: Path) -> None:
    f = tmp_path / "stamp.md"
    f.write_text("---\npublished: 2024-02-29 18:30:00\n---\n" + BODY, encoding="utf-8")
    assert article(f).published == "2024-02-29"


@pytest.mark.parametrize("name", ["pipe.txt", "pipe.jsonl", "pipe.html"])
def test_named_pipe_is_refused_without_blocking(tmp_path: Path, name: str) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)
    assert "not a regular file (a named pipe)" in failure(fifo).reason


def test_no_date_loads_with_note(tmp_path: Path) -> None:
    f = tmp_path / "nodate.txt"
    f.write_text(BODY, encoding="utf-8")
    a = article(f)
    assert a.published is None
    assert any("no publication date" in n for n in a.notes)


def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    assert failure(f).reason == f"{f}: empty file"
    f.write_text("  \n\n ", encoding="utf-8")
    assert "empty file" in failure(f).reason


def test_binary_file(tmp_path: Path) -> None:
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert "binary file" in failure(f).reason


def test_cp1252_is_detected_and_noted(tmp_path: Path) -> None:
    f = tmp_path / "cp1252.txt"
    text = "The minister\u2019s visit to Bogot\u00e1 was \u201chistoric\u201d, said Jos\u00e9 Ruiz."
    f.write_bytes(text.encode("cp1252"))
    a = article(f)
    assert a.text == text
    assert any("not valid UTF-8" in n and "charset-normalizer" in n for n in a.notes)


def test_utf16_with_bom_is_not_binary(tmp_path: Path) -> None:
    f = tmp_path / "utf16.txt"
    f.write_bytes(BODY.encode("utf-16"))
    a = article(f)
    assert a.text == BODY.strip()
    assert any("utf-16" in n for n in a.notes)


def test_20_mb_file_is_refused_from_its_size(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:  # written in 1 MB chunks of real text
        chunk = (b"word " * (1024 * 1024 // 5 + 1))[: 1024 * 1024]
        for _ in range(20):
            fh.write(chunk)
    assert f.stat().st_size == 20 * 1024 * 1024 > MAX_DOCUMENT_BYTES
    assert failure(f).reason == f"{f}: too large: 20.0 MB, the limit is 5.0 MB per document"


def test_html_page(tmp_path: Path) -> None:
    from tests.ingest.http_fixture import ARTICLE_HTML

    f = tmp_path / "page.html"
    f.write_bytes(ARTICLE_HTML)
    a = article(f)
    assert a.title == "Envoys meet in Oslo"
    assert a.published == "2024-05-16"
    assert "special envoys of Norway and Colombia" in a.text
    assert "Sport" not in a.text


def test_html_without_article_text(tmp_path: Path) -> None:
    f = tmp_path / "menu.html"
    f.write_text("<html><body><nav><a href='/'>Home</a> <a href='/x'>News</a></nav></body></html>")
    assert "no article text found in the HTML page" in failure(f).reason


def test_html_escaped_script_in_a_name_survives_as_text(tmp_path: Path) -> None:
    f = tmp_path / "script.html"
    para = (
        "Minister &lt;script&gt;alert(1)&lt;/script&gt; Ruiz met envoys from Peru and Bolivia. " * 3
    )
    f.write_text(
        f"<html><body><article><p>{para}</p><script>var x=1;</script></article></body></html>"
    )
    a = article(f)
    assert "<script>alert(1)</script> Ruiz" in a.text
    assert "var x" not in a.text


def test_script_in_a_name_survives_in_text_files(tmp_path: Path) -> None:
    f = tmp_path / "script.txt"
    f.write_text("date 2025-01-02\nMinister <script>alert(1)</script> Ruiz met Luis Soto.\n")
    assert article(f).text == "Minister <script>alert(1)</script> Ruiz met Luis Soto."


def test_jsonl_bad_line_is_named_and_the_rest_loads(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": BODY, "date": "2025-03-14", "title": "One"}),
        "{not json",
        "",
        json.dumps({"text": "", "date": "2025-03-14"}),
        json.dumps({"text": "Envoys met in Quito.", "url": "https://example.org/2"}),
        json.dumps(["a list"]),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(load_paths([str(f)]))
    assert [type(r).__name__ for r in results] == [
        "Article",
        "LoadFailure",
        "LoadFailure",
        "Article",
        "LoadFailure",
    ]
    first, bad_json, empty_text, with_url, not_object = results
    assert isinstance(first, Article) and first.source == f"{f}:1" and first.title == "One"
    assert bad_json.source == f"{f}:2" and bad_json.reason.startswith(f"{f}:2: invalid JSON")
    assert empty_text.reason == f"{f}:4: field 'text' is missing or empty"
    assert isinstance(with_url, Article) and with_url.source == "https://example.org/2"
    assert with_url.published is None
    assert not_object.reason == f"{f}:6: expected a JSON object, got list"


def test_jsonl_overlong_line_is_refused_without_losing_the_next(tmp_path: Path) -> None:
    f = tmp_path / "long.jsonl"
    big = json.dumps({"text": "x " * 600})
    f.write_text(big + "\n" + json.dumps({"text": "Envoys met in Quito."}) + "\n")
    results = list(load_paths([str(f)], limit=1000))
    assert isinstance(results[0], LoadFailure) and "too large" in results[0].reason
    assert results[0].source == f"{f}:1"
    assert isinstance(results[1], Article) and results[1].text == "Envoys met in Quito."


def test_folder_is_walked_recursively_once(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "a.txt").write_text(BODY)
    (tmp_path / "b.md").write_text("---\ndate: 2025-01-01\n---\n" + BODY)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")  # unsupported: skipped in folders
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text(BODY)
    results = list(load_paths([str(tmp_path), str(tmp_path / "b.md")]))
    assert sorted(Path(r.source).name for r in results) == ["a.txt", "b.md"]


def test_missing_and_unsupported_explicit_files(tmp_path: Path) -> None:
    assert "no such file" in failure(tmp_path / "nope.txt").reason
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    assert "unsupported file type '.pdf'" in failure(pdf).reason


def test_url_html(http_base: str) -> None:
    a = article(f"{http_base}/article.html")
    assert a.source == f"{http_base}/article.html"
    assert a.title == "Envoys meet in Oslo" and a.published == "2024-05-16"
    assert "joint working group on rural development" in a.text


def test_url_redirect_is_followed(http_base: str) -> None:
    a = article(f"{http_base}/moved")
    assert a.url == f"{http_base}/article.html"
    assert any("fetched from" in n for n in a.notes)


def test_url_plain_text_with_declared_charset(http_base: str) -> None:
    a = article(f"{http_base}/plain.txt")
    assert a.published == "2024-02-03"
    assert any("windows-1252" in n for n in a.notes)


def test_url_404(http_base: str) -> None:
    f = failure(f"{http_base}/missing")
    assert f.reason == f"{http_base}/missing: HTTP 404 Not Found"


def test_url_connection_refused() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    reason = failure(f"http://127.0.0.1:{port}/x").reason
    assert "could not connect" in reason


def test_url_timeout(http_base: str) -> None:
    results = list(load_paths([f"{http_base}/slow"], timeout_s=0.3))
    assert isinstance(results[0], LoadFailure) and "timed out after 0.3 s" in results[0].reason


def test_url_too_large_stops_download(http_base: str) -> None:
    results = list(load_paths([f"{http_base}/big"], limit=100_000))
    assert isinstance(results[0], LoadFailure) and "download stopped" in results[0].reason


def test_url_unsupported_type(http_base: str) -> None:
    assert "binary" in failure(f"{http_base}/image.png").reason


def test_markdown_soft_line_breaks_are_joined_but_lists_kept(tmp_path: Path) -> None:
    f = tmp_path / "wrapped.md"
    f.write_text(
        "The foreign minister met\nher counterpart in Lima.\n\n- first point\n- second point\n"
    )
    assert article(f).text == (
        "The foreign minister met her counterpart in Lima.\n\n- first point\n- second point"
    )


def test_title_is_guessed_after_furniture_is_removed(tmp_path: Path) -> None:
    f = tmp_path / "crumbs.txt"
    f.write_text("Home > World\nEnvoys meet in Lima\n" + BODY)
    a = article(f)
    assert a.title == "Envoys meet in Lima"
    assert a.text.startswith("Envoys meet in Lima\n")


def test_json_line_errors_read_as_english(tmp_path: Path) -> None:
    f = tmp_path / "cut.jsonl"
    f.write_text('{"text": 1,}\n{"text": "Envoys met in Quito', encoding="utf-8")
    trailing, unterminated = _reasons(f)
    # json's own message ends in "at": it used to read "starting at at column 10"
    assert unterminated == f"{f}:2: invalid JSON (Unterminated string starting at column 10)"
    assert trailing == (
        f"{f}:1: invalid JSON (Expecting property name enclosed in double quotes at column 12)"
    )


def _reasons(f: Path) -> list[str]:
    return [r.reason for r in load_paths([str(f)]) if isinstance(r, LoadFailure)]
