"""`diplograph evaluate --errors` through the real command, on the small test corpus scored
with a gold file of each format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.helpers import ROOT, run_cli

DATA = ROOT / "tests" / "ingest" / "data"


def evaluate_bench(name: str, tmp_path: Path) -> dict[str, Any]:
    """`diplograph evaluate --json` of bench/realstyle/NAME against its gold."""
    bench = ROOT / "bench" / "realstyle" / name
    result = run_cli(
        "--db", f"embedded:{tmp_path / 'store'}", "evaluate", str(bench / "gold.yaml"),
        str(bench / "articles"), "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_errors_lists_quotes_and_a_per_article_table_for_per_article_gold(tmp_path: Path) -> None:
    result = run_cli(
        "--db", f"embedded:{tmp_path / 'store'}", "evaluate",
        str(DATA / "eval-gold-per-article.yaml"), str(DATA / "eval"), "--errors",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for section in ("== false pairs", "== missed pairs", "== matched pairs with an inexact date",
                    "== missed agreements", "== per article"):  # fmt: skip
        assert section in out, out
    rows = [
        ln for ln in out.splitlines() if ln.startswith(("01_rome", "02_rome_again", "03_autumn"))
    ]
    assert len(rows) == 3, out
    assert "all 3 (macro F1" in out
    assert "Traceback" not in out + result.stderr


def test_errors_on_corpus_gold_agrees_with_the_json_scores(tmp_path: Path) -> None:
    args = ("--db", f"embedded:{tmp_path / 'store'}", "evaluate", str(DATA / "eval-gold.yaml"),
            str(DATA / "eval"))  # fmt: skip
    result = run_cli(*args, "--errors")
    assert result.returncode == 0, result.stdout + result.stderr
    total = next(ln for ln in result.stdout.splitlines() if ln.startswith("all 3"))
    cells = total.split()
    # gold pairs, true positives: the same figures as the summary table
    assert "meeting pairs tp / fp / gold" in result.stdout
    tp_fp_gold = next(ln for ln in result.stdout.splitlines() if "tp / fp / gold" in ln)
    tp, fp, gold = [x.strip(" │") for x in tp_fp_gold.split("│")[2].split("/")]
    assert cells[5:8] == [gold, tp, fp], total


def test_a_malformed_gold_file_is_a_coded_error_naming_the_entry(tmp_path: Path) -> None:
    bad = tmp_path / "gold.yaml"
    bad.write_text("a1:\n  meetings:\n    - {participants: [Ana Silva]}\n", encoding="utf-8")
    result = run_cli("evaluate", str(bad), str(DATA / "eval"), "--errors")
    assert result.returncode != 0
    assert "E205" in result.stderr and "a1" in result.stderr and "meetings[0]" in result.stderr
    assert "Traceback" not in result.stderr


def test_agreements_of_the_real_style_set_hold(tmp_path: Path) -> None:
    """Regression floor for bench/realstyle/agree (issue 8; 2026-12-02: name and status
    1.000 on 26 gold agreements)."""
    scores = evaluate_bench("agree", tmp_path)
    ag = scores["agreements"]
    assert ag["gold"] == 26
    assert ag["recall"] >= 0.9 and ag["name_recall"] >= 0.95, ag["missing"]


def test_government_readouts_of_the_real_style_set_hold(tmp_path: Path) -> None:
    """Regression floor for bench/realstyle/gov (issue 8, government readouts; 2026-12-02:
    pairs 1.000 / 1.000 on 23 gold pairs)."""
    scores = evaluate_bench("gov", tmp_path)
    pairs = scores["meeting_pairs"]
    assert pairs["gold"] == 23
    assert pairs["precision"] >= 0.95 and pairs["recall"] >= 0.9, pairs


def test_pairs_of_the_press_set_hold(tmp_path: Path) -> None:
    """Regression floor for bench/realstyle/press (issue 8, Pacific / African / South Asian
    press; 2026-12-02: pairs 28/28, precision 1.000)."""
    scores = evaluate_bench("press", tmp_path)
    pairs = scores["meeting_pairs"]
    assert pairs["gold"] == 28
    assert pairs["precision"] >= 0.95 and pairs["recall"] >= 0.95, pairs


def test_agreement_lists_of_the_real_style_set_hold(tmp_path: Path) -> None:
    """Regression floor for bench/realstyle/agreelists (issue 8; 2026-12-02: 30 of 31 gold
    agreements found, status right on all found)."""
    scores = evaluate_bench("agreelists", tmp_path)
    ag = scores["agreements"]
    assert ag["gold"] == 31
    assert ag["recall"] >= 0.9 and ag["name_recall"] >= 0.9, ag["missing"]
