"""The bundled sample corpus loads completely and matches its gold file."""

from __future__ import annotations

from pathlib import Path

import yaml

from ingest.article import Article
from ingest.loaders import load_paths

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def gold_key(source: str) -> str:
    """File stem, or STEM:LINE for a jsonl record (the gold file's keys)."""
    path, _, line = source.partition(".jsonl:")
    return f"{Path(path).stem}:{line}" if line else Path(source).stem


def test_every_sample_loads_and_has_a_gold_entry() -> None:
    gold = yaml.safe_load((SAMPLES / "gold.yaml").read_text(encoding="utf-8"))
    results = list(load_paths([str(SAMPLES / "articles")]))
    assert all(isinstance(r, Article) for r in results), results
    articles = {gold_key(r.source): r for r in results if isinstance(r, Article)}
    assert len(articles) >= 15
    assert set(articles) == set(gold["articles"])
    suffixes = {Path(r.source.partition(":")[0]).suffix for r in results}
    assert {".txt", ".md", ".html", ".jsonl"} <= suffixes
    people = {p["id"] for p in gold["people"]}
    for key, expected in gold["articles"].items():
        article = articles[key]
        assert article.published == expected["published"], key
        for fact in expected.get("meetings", []) + expected.get("agreements", []):
            assert set(fact.get("participants", [])) <= people, key
            if fact.get("evidence"):
                assert fact["evidence"] in article.text, (key, fact["evidence"])
