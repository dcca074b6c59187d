"""A bad records file gets a message naming the record and the field, and writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplograph.errors import InputError, UnknownReference
from graph.load import check_file, load_file
from graph.records import parse_records
from graph.store import GraphStore
from tests.helpers import tricky_records, write_json


def problems_of(tmp_path: Path, raw: object) -> str:
    """The problems of a file, read whole (parse_records) and as a stream (check_file, what
    `diplograph load` does): both name the same problems."""
    path = write_json(tmp_path / "bad.json", raw)
    with pytest.raises(InputError) as info:
        parse_records(path)
    with pytest.raises(InputError) as streamed:
        check_file(path)
    whole = sorted(str(info.value).splitlines()[1:])
    assert whole == sorted(str(streamed.value).splitlines()[1:])
    return str(info.value)


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "actors": [\n    {"id": "x",, }\n  ]\n}\n', encoding="utf-8")
    for read in (parse_records, check_file):
        with pytest.raises(InputError) as info:
            read(path)
        assert f"{path}: line 3, column 16: invalid JSON" in str(info.value)


def test_a_syntax_error_in_a_big_file_names_its_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graph.records_stream

    monkeypatch.setattr(graph.records_stream, "EXACT_ERROR_MAX_BYTES", 0)  # as if huge
    path = tmp_path / "broken.json"
    path.write_text('{\n  "actors": [\n    {"id": "x",, }\n  ]\n}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"invalid JSON in bytes 0-\d+ \(from about line 1\)"):
        check_file(path)


def test_a_byte_order_mark_is_read_past(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(tricky_records()).encode())
    counts, _ = check_file(path)
    assert counts["events"] == len(tricky_records()["events"])


def test_missing_file_is_named(tmp_path: Path) -> None:
    for read in (parse_records, check_file):
        with pytest.raises(InputError, match="nope.json: cannot read"):
            read(tmp_path / "nope.json")


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda r: r["events"][1].update(date="10/07/2025"), "events[1] (id 'ev-month').date"),
        (lambda r: r["events"][0].update(kind="brunch"), "events[0] (id 'ev-day').kind"),
        (
            lambda r: r["events"][1].update(date_precision="day"),
            "events[1] (id 'ev-month').date_precision: 'day' does not match date '2025-07'",
        ),
        (
            lambda r: r["events"][0]["roles"].update(ghost="host"),
            "events[0] (id 'ev-day').roles: 'ghost' has a role but is not a participant",
        ),
        (
            lambda r: r["events"][0]["sources"][0].update(confidence=1.5),
            "events[0] (id 'ev-day').sources.0.confidence",
        ),
        (lambda r: r["actors"][3].update(country="France"), "actors[3] (id 'p-jose').country"),
        (lambda r: r["actors"][0].update(id="China"), "actors[0] (id 'China').id"),
        (lambda r: r["actors"][3].update(kind="ministry"), "actors[3] (id 'p-jose').kind"),
        (lambda r: r["actors"][6].update(titles=["Boss"]), "actors[6] (id 'org-mfa').titles"),
        (lambda r: r["actors"][4].update(type="Robot"), "actors[4] (id 'p-anon').type"),
        (lambda r: r["actors"][4].pop("name"), "actors[4] (id 'p-anon').name: Field required"),
        (lambda r: r["agreements"][0].update(status="maybe"), "agreements[0] (id 'ag-day').status"),
        (lambda r: r["documents"][0].update(published="2025-13"), "documents[0] (id 'doc-1')"),
        (lambda r: r["documents"][1].update(colour="red"), "documents[1] (id 'doc-2').colour"),
        (
            lambda r: r["events"].append(dict(r["events"][0])),
            "events[4] (id 'ev-day').id: duplicate",
        ),
        (lambda r: r.update(people=[]), "unknown top-level key(s): people"),
        (lambda r: r.update(events={}), "events: expected a list"),
    ],
)
def test_a_bad_field_names_record_and_field(tmp_path: Path, mutate, expected: str) -> None:
    raw = tricky_records()
    mutate(raw)
    assert expected in problems_of(tmp_path, raw)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    raw = tricky_records()
    raw["events"][0]["kind"] = "brunch"
    raw["agreements"][2]["date"] = "last year"
    message = problems_of(tmp_path, raw)
    assert "2 problem(s)" in message
    assert "events[0] (id 'ev-day').kind" in message
    assert "agreements[2] (id 'ag-year').date" in message
    assert "nothing from this file was written" in message


def test_not_an_object(tmp_path: Path) -> None:
    assert "expected one JSON object" in problems_of(tmp_path, [1, 2])


# -- references are checked against the file and the store; nothing is half-written --


def refused(store: GraphStore, tmp_path: Path, raw: dict) -> str:
    before = store.counts()
    with pytest.raises(UnknownReference) as info:
        load_file(store, write_json(tmp_path / "refs.json", raw))
    assert store.counts() == before, "a refused file wrote something"
    return str(info.value)


def test_unknown_participant_writes_nothing(store: GraphStore, tmp_path: Path) -> None:
    raw = tricky_records()
    raw["events"][2]["participants"].append("ghost")
    message = refused(store, tmp_path, raw)
    assert "events[2] (id 'ev-year').participants: unknown actor id 'ghost'" in message


def test_unknown_document_event_and_party(store: GraphStore, tmp_path: Path) -> None:
    raw = tricky_records()
    raw["agreements"][0]["sources"][0]["document"] = "doc-missing"
    raw["agreements"][1]["event"] = "ev-missing"
    raw["agreements"][2]["parties"].append("nobody")
    message = refused(store, tmp_path, raw)
    assert "agreements[0] (id 'ag-day').sources: unknown document id 'doc-missing'" in message
    assert "agreements[1] (id 'ag-month').event: unknown event id 'ev-missing'" in message
    assert "agreements[2] (id 'ag-year').parties: unknown actor id 'nobody'" in message


def test_references_must_have_the_right_type(store: GraphStore, tmp_path: Path) -> None:
    raw = tricky_records()
    raw["agreements"][0]["signatories"].append("FR")  # SIGNED is Person -> Agreement
    raw["agreements"][0]["parties"].append("p-anon")  # PARTY_TO is Country/Organization
    message = refused(store, tmp_path, raw)
    assert "agreements[0] (id 'ag-day').signatories: 'FR' is a Country, not a Person" in message
    assert "'p-anon' is a Person, not a Country or Organization" in message


def test_references_may_point_into_the_store(store: GraphStore, tmp_path: Path) -> None:
    load_file(store, write_json(tmp_path / "base.json", tricky_records()))
    later = {
        "events": [
            {
                "id": "ev-later",
                "date": "2025-08-01",
                "participants": ["p-jose", "CN"],
                "sources": [{"document": "doc-3", "quote": "later"}],
            }
        ],
        "agreements": [
            {"id": "ag-later", "name": "Follow-up", "parties": ["FR"], "event": "ev-day"}
        ],
    }
    load_file(store, write_json(tmp_path / "later.json", later))
    rows = store.read(
        "MATCH (a)-[:PARTICIPATED_IN]->(e:Event {id: 'ev-later'}) RETURN a.id AS id ORDER BY id"
    ).rows
    assert [r["id"] for r in rows] == ["CN", "p-jose"]


def test_an_id_cannot_change_its_type(store: GraphStore, tmp_path: Path) -> None:
    load_file(store, write_json(tmp_path / "base.json", tricky_records()))
    clash = {"actors": [{"id": "p-jose", "type": "Organization", "name": "Jose Ltd"}]}
    message = refused(store, tmp_path, clash)
    assert "actors[0] (id 'p-jose').type: the store already holds 'p-jose' as a Person" in message
