"""`diplograph ingest` end to end on a real embedded store, in a subprocess: a folder mixing
good and bad files gives one status line per document, the good ones land, exit code 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import has_pipeline, run_cli

pytestmark = pytest.mark.skipif(
    not has_pipeline(), reason="waits for the extraction pipeline (ingest/pipeline.py)"
)

GOOD_1 = (
    "date 2024-05-10\n"
    "Foreign Minister Ana Ruiz of Chile met Peruvian Foreign Minister Luis Soto in Lima on "
    "Thursday. The two ministers discussed border trade and water management.\n"
)
GOOD_2 = (
    "---\ndate: 2024-06-02\ntitle: Envoys meet\n---\n"
    "Norwegian Foreign Minister Ingrid Dahl held talks with Colombian Foreign Minister Mateo "
    "Rojas in Oslo on Friday about the peace process. <script>alert(1)</script> was typed by "
    "a reader into the comment form.\n"
)


def make_corpus(folder: Path) -> None:
    (folder / "sub").mkdir(parents=True)
    (folder / "good1.txt").write_text(GOOD_1, encoding="utf-8")
    (folder / "sub" / "good2.md").write_text(GOOD_2, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02GIF89a" + bytes(range(256)))
    (folder / "menu.html").write_text("<html><body><nav>Home</nav></body></html>")
    (folder / "batch.jsonl").write_text(
        json.dumps(
            {"text": "Envoys from Ghana and Togo met in Accra on Monday.", "date": "2024-03-05"}
        )
        + "\n{broken\n",
        encoding="utf-8",
    )


def test_ingest_mixed_folder(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    make_corpus(corpus)
    db = f"embedded:{tmp_path / 'store'}"
    result = run_cli("--db", db, "ingest", str(corpus))
    assert result.returncode == 1, result.stdout + result.stderr
    lines = [x for x in result.stdout.splitlines() if x.split(" ", 1)[0] in {"new", "failed"}]
    by_source = {x.split()[1]: x.split()[0] for x in lines}
    assert len(lines) == len(by_source) == 7, result.stdout
    assert by_source[str(corpus / "good1.txt")] == "new"
    assert by_source[str(corpus / "sub" / "good2.md")] == "new"
    assert by_source[f"{corpus / 'batch.jsonl'}:1"] == "new"
    for bad in ("empty.txt", "binary.txt", "menu.html"):
        assert by_source[str(corpus / bad)] == "failed"
    assert by_source[f"{corpus / 'batch.jsonl'}:2"] == "failed"
    assert "empty file" in result.stdout and "binary file" in result.stdout
    assert "no article text" in result.stdout and "invalid JSON" in result.stdout
    assert "7 documents: 3 new, 0 unchanged, 0 replaced, 4 failed" in result.stdout

    exported = run_cli("--db", db, "export", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    sources = {d["source"] for d in json.loads(exported.stdout)["documents"]}
    assert str(corpus / "good1.txt") in sources and str(corpus / "sub" / "good2.md") in sources
    assert not any("empty" in s or "binary" in s for s in sources)

    again = run_cli("--db", db, "ingest", str(corpus / "good1.txt"), str(corpus / "sub"))
    assert again.returncode == 0, again.stdout + again.stderr
    assert "2 documents: 0 new, 2 unchanged, 0 replaced, 0 failed" in again.stdout


def test_ingest_only_good_files_exits_zero(tmp_path: Path) -> None:
    f = tmp_path / "one.txt"
    f.write_text(GOOD_1, encoding="utf-8")
    result = run_cli("--db", f"embedded:{tmp_path / 'store'}", "ingest", str(f))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[0].split()[:2] == ["new", str(f)]


def test_jobs_two_and_one_write_the_same_graph(tmp_path: Path) -> None:
    exports = []
    for jobs in ("1", "2"):
        db = f"embedded:{tmp_path / f'db{jobs}'}"
        ingest = run_cli("ingest", "samples/articles", "--jobs", jobs, "--db", db)
        assert ingest.returncode == 0, ingest.stderr
        out = tmp_path / f"export{jobs}.json"
        export = run_cli("export", "-o", str(out), "--db", db)
        assert export.returncode == 0, export.stderr
        exports.append((ingest.stdout, out.read_text(encoding="utf-8")))
    assert exports[0] == exports[1]  # the status lines, in order, and the graph


def test_jobs_must_be_positive(tmp_path: Path) -> None:
    result = run_cli("ingest", "samples/articles", "--jobs", "0", "--db", f"embedded:{tmp_path}")
    assert result.returncode == 2
    assert "--jobs" in result.stderr
