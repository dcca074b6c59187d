"""The one-pass reader of records files (graph/records_fast.py) gives what the ijson passes
give, whatever the window size, and leaves every file it cannot read to them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import graph.records_fast as fast
from diplograph.errors import InputError
from graph.load import References, check_file
from graph.records_stream import scan_records

RECORDS = {
    "actors": [
        {"id": "p-ana", "type": "Person", "name": 'Ána "Q" \\ Quill\nsecond', "country": "FR"},
        {"id": "FR", "type": "Country", "name": "Country FR"},
    ],
    "events": [
        {
            "id": f"ev-{i}",
            "date": "2024-03-0" + str(1 + i % 9),
            "participants": ["p-ana"],
            "sources": [
                {"document": "d1", "quote": "Łódź 東京 😀 \u2028 said", "confidence": 0.25}
            ],
        }
        for i in range(40)
    ],
    "documents": [{"id": "d1", "title": "T"}],
}


def scanned(path: Path, use_fast: bool) -> tuple[dict, list]:
    seen: list = []
    counts = scan_records(path, lambda s, i, r: seen.append((s, i, r)), fast=use_fast)
    return counts, seen


@pytest.mark.parametrize("window", [7, 64, 1 << 23])
@pytest.mark.parametrize("indent", [None, 3])
def test_the_one_pass_reader_gives_what_ijson_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, window: int, indent: int | None
) -> None:
    monkeypatch.setattr(fast, "WINDOW", window)  # records cut anywhere by the window's end
    path = tmp_path / "r.json"
    path.write_text("\ufeff" + json.dumps(RECORDS, indent=indent, ensure_ascii=False))
    assert scanned(path, True) == scanned(path, False)
    assert scanned(path, True)[0] == {"actors": 2, "events": 40, "agreements": 0, "documents": 1}


def test_numbers_cut_by_the_window_are_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fast, "WINDOW", 3)
    path = tmp_path / "r.json"
    path.write_text('{"x": 123456789, "events": [ ] , "y": [1.25e3, 7]}')
    found = list(fast.records(path, {"events"}, lambda n: None))
    assert found == [("unknown", "x", None), ("unknown", "y", None)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[]",
        '{"events": [{"id": "e1"},]}',  # trailing comma
        '{"events": [{"id": "e1", "x": NaN}]}',
        '{"events": [{"id": "e1"}]} trailing',
        '{"events": [{"id": "e1"}',  # cut short
        '{"events": [{"id": "e1"}] "documents": []}',
    ],
)
def test_files_it_cannot_read_go_to_the_ijson_passes(tmp_path: Path, text: str) -> None:
    path = tmp_path / "r.json"
    path.write_text(text)
    with pytest.raises(fast.NotFast):
        list(fast.records(path, {"events", "documents"}, lambda n: None))
    with pytest.raises(InputError) as slow:
        scan_records(path, lambda s, i, r: None, fast=False)
    with pytest.raises(InputError) as both:
        check_file(path)
    assert both.value.message == slow.value.message


def test_problems_are_the_same_on_both_paths(tmp_path: Path) -> None:
    bad = {"actors": {"id": "x"}, "extra": 1, "events": [{"id": "e"}, {"id": "e"}, "word"]}
    path = tmp_path / "r.json"
    path.write_text(json.dumps(bad))
    messages = []
    for use_fast in (True, False):
        with pytest.raises(InputError) as exc:
            scan_records(path, References().visit, fast=use_fast)
        messages.append(exc.value.message)
    assert messages[0] == messages[1]
    assert "actors: expected a list" in messages[0] and "duplicate id" in messages[0]
