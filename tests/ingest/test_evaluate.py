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


PER_ARTICLE = DATA / "eval-gold-per-article.yaml"


def test_per_article_gold_is_read_with_people_unified_across_articles():
    from ingest.eval_gold import load_gold

    gold = load_gold(PER_ARTICLE)
    ids = {p["id"] for p in gold["people"]}
    # "S Jaishankar", "Subrahmanyam Jaishankar" and "Jaishankar" are one person; Tajani one
    assert len(ids) == 3, gold["people"]
    m = gold["articles"]["02_rome_again"]["meetings"][1]
    assert m["date"] == "2025-04"  # date_alt stands in for a missing date
    assert gold["articles"]["03_autumn"]["meetings"][0]["participants"] == [
        gold["articles"]["01_rome"]["meetings"][0]["participants"][0],
        gold["articles"]["01_rome"]["meetings"][0]["participants"][1],
    ]


def test_people_with_one_surname_and_other_countries_stay_apart(tmp_path):
    from ingest.eval_gold import load_gold

    f = tmp_path / "g.yaml"
    f.write_text(
        "a1:\n  people:\n    - {name: Ana Silva, country: BR}\n"
        "a2:\n  people:\n    - {name: Silva, country: PT}\n    - {name: Ana Silva, country: BR}\n"
    )
    names = sorted(p["name"] for p in load_gold(f)["people"])
    assert names == ["Ana Silva", "Silva"]


def test_per_article_gold_errors_name_the_article_and_entry(tmp_path):
    from ingest.eval_gold import GoldError, load_gold

    f = tmp_path / "g.yaml"
    f.write_text("x1:\n  meetings:\n    - {participants: [Ana Silva], date: '2024-01-02'}\n")
    try:
        load_gold(f)
    except GoldError as exc:
        assert "x1" in str(exc) and "meetings[0]" in str(exc) and "g.yaml" in str(exc)
    else:
        raise AssertionError("a participant without a name must be refused")
    f.write_text("x2:\n  agreements:\n    - {name: Water Accord}\n")
    try:
        load_gold(f)
    except GoldError as exc:
        assert "x2" in str(exc) and "status" in str(exc)
    else:
        raise AssertionError("an agreement without a status must be refused")


def _docs_and_events():
    from graph.records import DocumentRecord, SourceRecord

    docs = [
        DocumentRecord(id="d1", source="c/01_rome.txt"),
        DocumentRecord(id="d2", source="c/02_rome_again.txt"),
    ]
    actors = [
        ActorRecord(id="t", type="Person", name="Antonio Tajani"),
        ActorRecord(id="j", type="Person", name="Subrahmanyam Jaishankar"),
        ActorRecord(id="m", type="Person", name="Giorgia Meloni"),
        ActorRecord(id="x", type="Person", name="Paolo Verdi"),
    ]
    events = [
        EventRecord(
            id="e1",
            date="2025-04",
            participants=["t", "j"],
            sources=[SourceRecord(document="d1", quote="Tajani met Jaishankar", rule="r:a")],
        ),
        EventRecord(
            id="e2",
            date="2025-04-11",
            participants=["j", "x"],
            sources=[SourceRecord(document="d2", quote="Jaishankar and Verdi", rule="r:b")],
        ),
    ]
    return ExportData(documents=docs, actors=actors, events=events)


def test_details_carry_quotes_and_the_per_article_table():
    from ingest.eval_gold import load_gold

    s = score(load_gold(PER_ARTICLE), _docs_and_events())
    false = s.details["false_pairs"]
    assert len(false) == 1 and false[0]["quote"] == "Jaishankar and Verdi"
    assert "Paolo Verdi [not in gold]" in false[0]["names"]
    assert false[0]["articles"] == ["02_rome_again"] and false[0]["rule"] == "r:b"
    inexact = s.details["inexact_dates"]
    assert inexact[0]["gold_date"] == "2025-04-09" and inexact[0]["date"] == "2025-04"
    missed = {tuple(sorted(m["names"])) for m in s.details["missed_pairs"]}
    assert ("Giorgia Meloni", "S Jaishankar") in missed
    assert any(
        "received by Prime Minister" in e for m in s.details["missed_pairs"] for e in m["evidence"]
    )
    rome, again = s.per_article["01_rome"], s.per_article["02_rome_again"]
    assert (rome["tp"], rome["fp"], rome["fn"], rome["exact"]) == (1, 0, 0, 0)
    assert (again["tp"], again["fp"], again["fn"]) == (0, 1, 2)
    assert rome["agreements_gold"] == 1 and rome["agreements_found"] == 0
    assert s.per_article["03_autumn"]["f1"] == 0.0
    assert s.agreements["missing"][0]["evidence"].startswith("agreed to establish")


def test_error_lines_and_article_table_list_every_error():
    from ingest.eval_gold import load_gold
    from ingest.eval_report import article_table, error_lines

    s = score(load_gold(PER_ARTICLE), _docs_and_events())
    lines = error_lines(s)
    assert any(ln.startswith("FALSE") and "Paolo Verdi" in ln for ln in lines)
    assert any(ln.startswith("DATE") and "gold=2025-04-09" in ln for ln in lines)
    assert sum(ln.startswith("MISSED") for ln in lines) == len(s.details["missed_pairs"])
    assert any(ln.startswith("AGREE") and "migration and mobility" in ln for ln in lines)
    assert '"Jaishankar and Verdi"' in "\n".join(lines)
    table = article_table(s)
    assert table[0].split()[:2] == ["article", "pairs"]
    assert any(ln.startswith("02_rome_again") for ln in table)
    assert table[-1].startswith("all 3 (macro F1")


def test_a_shorter_spelling_of_a_gold_name_maps_to_that_person():
    from ingest.evaluate import _person_index, map_actors

    gold = {
        "people": [
            {"id": "k", "name": "Khalil bin Omar bin Said Al Rashid"},
            {"id": "o", "name": "Omar Haddad"},
        ]
    }
    data = ExportData(
        actors=[
            ActorRecord(id="a", type="Person", name="Khalil bin Omar Al Rashid"),
            ActorRecord(id="b", type="Person", name="Omar"),
        ]
    )
    amap = map_actors(data, _person_index(gold))
    assert amap == {"a": ["k"], "b": []}  # a lone given name is nobody's surname
