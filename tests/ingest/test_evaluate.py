"""`diplograph evaluate` on a small corpus written for the tests, and the scorer alone."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from graph.records import ActorRecord, EventRecord, ExportData
from ingest.evaluate import score

DATA = Path(__file__).parent / "data"


def test_evaluate_command_json_on_own_corpus():
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "diplograph",
            "evaluate",
            str(DATA / "eval-gold.yaml"),
            str(DATA / "eval"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    s = json.loads(out.stdout)
    assert s["meeting_pairs"]["f1"] >= 0.95
    assert s["exact_date_share"] >= 0.9
    assert s["people"]["wrong_merges"] == 0 and s["people"]["splits"] == 0
    assert s["agreements"]["recall"] == 1.0
    assert all(s["corpus"].values()), s["corpus"]


def test_evaluate_refuses_a_missing_gold_file(tmp_path):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "diplograph",
            "evaluate",
            str(tmp_path / "nope.yaml"),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode != 0 and "nope.yaml" in out.stderr


GOLD = {
    "people": [
        {"id": "a", "name": "Amina Diallo", "aliases": ["Diallo"]},
        {"id": "b", "name": "Moussa Diallo"},
        {"id": "c", "name": "Ruth Banda"},
    ],
    "articles": {
        "x": {"meetings": [{"participants": ["a", "c"], "date": "2024-05-02"}]},
    },
}


def test_scorer_counts_wrong_merges_splits_and_date_compatibility():
    merged = ActorRecord(id="p1", type="Person", name="Amina Diallo", aliases=["Moussa Diallo"])
    other = ActorRecord(id="p2", type="Person", name="Ruth Banda")
    dup = ActorRecord(id="p3", type="Person", name="Diallo")
    ev = EventRecord(id="e1", kind="meeting", date="2024-05", participants=["p1", "p2"])
    s = score(GOLD, ExportData(actors=[merged, other, dup], events=[ev]))
    assert s.people["wrong_merges"] == 1  # p1 matches two gold people
    assert s.people["splits"] == 1  # gold "a" is p1 and p3
    assert s.meeting_pairs["true_positives"] == 1  # 2024-05 is compatible with 2024-05-02
    assert s.exact_date_share == 0.0
    late = EventRecord(id="e2", kind="meeting", date="2024-09", participants=["p1", "p2"])
    s = score(GOLD, ExportData(actors=[merged, other], events=[late]))
    assert s.meeting_pairs["true_positives"] == 0 and s.meeting_pairs["false_positives"] == 1


def test_gold_file_errors_name_the_problem(tmp_path):
    from ingest.evaluate import load_gold

    bad = tmp_path / "gold.yaml"
    bad.write_text("people: []\narticles:\n  a1:\n    meetings:\n      - {participants: [x, y]}\n")
    try:
        load_gold(bad)
    except ValueError as exc:
        assert "a1" in str(exc) and "'x'" in str(exc)
    else:
        raise AssertionError("an unknown participant must be refused")


def test_jsonl_records_are_scored_as_separate_documents():
    from graph.records import AgreementRecord, DocumentRecord, SourceRecord
    from ingest.evaluate import gold_key

    assert gold_key("corpus/07_wire.jsonl:12") == "07_wire:12"
    assert gold_key("corpus/feed.ndjson:2") == "feed:2"
    assert gold_key("corpus/01_note.txt") == "01_note"
    gold = {
        "people": [],
        "articles": {
            "w:1": {"agreements": [{"name": "Water Sharing Treaty", "status": "signed"}]},
            "w:2": {"agreements": [{"name": "Fisheries Accord", "status": "proposed"}]},
        },
    }
    docs = [DocumentRecord(id=f"d{i}", source=f"corpus/w.jsonl:{i}") for i in (1, 2)]
    ags = [
        AgreementRecord(
            id="a1",
            name="Water Sharing Treaty",
            status="signed",
            sources=[SourceRecord(document="d1")],
        ),
        AgreementRecord(
            id="a2",
            name="Fisheries Accord",
            status="proposed",
            sources=[SourceRecord(document="d2")],
        ),
    ]
    s = score(gold, ExportData(documents=docs, agreements=ags))
    assert s.agreements["recall"] == 1.0, s.agreements


def test_one_predicted_agreement_answers_one_gold_agreement():
    from graph.records import AgreementRecord, DocumentRecord, SourceRecord

    gold = {
        "people": [],
        "articles": {
            "n": {
                "agreements": [
                    {"name": "Ghana-Togo Transit Agreement", "status": "signed"},
                    {"name": "Ghana-Benin Transit Agreement", "status": "in_force"},
                ]
            }
        },
    }
    doc = DocumentRecord(id="d", source="corpus/n.txt")
    one = AgreementRecord(
        id="a", name="Transit Agreement", status="signed", sources=[SourceRecord(document="d")]
    )
    s = score(gold, ExportData(documents=[doc], agreements=[one]))
    assert s.agreements["name_recall"] == 0.5 and s.agreements["recall"] == 0.5
    other = AgreementRecord(
        id="b",
        name="Transit agreement with Benin",
        status="in_force",
        sources=[SourceRecord(document="d")],
    )
    s = score(gold, ExportData(documents=[doc], agreements=[one, other]))
    assert s.agreements["recall"] == 1.0, s.agreements
