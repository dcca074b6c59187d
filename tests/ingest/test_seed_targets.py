"""The issue's targets on the development articles, when they are present on this machine
(they are third-party text and never copied into the repository)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.evaluate import evaluate_paths

# CI and developers keep shared/ beside the clone (never inside it); without it this skips.
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "seeds-gold.yaml"


@pytest.mark.skipif(not (SEEDS.is_dir() and GOLD.is_file()), reason="development articles absent")
def test_seed_targets():
    s = evaluate_paths(GOLD, [str(SEEDS)])
    assert s.meeting_pairs["f1"] >= 0.95
    assert s.exact_date_share >= 0.9
    assert s.people["wrong_merges"] == 0
    assert all(s.corpus.values()), s.corpus
    assert s.agreements["recall"] == 1.0
