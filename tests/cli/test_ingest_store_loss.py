"""`diplograph ingest` when its store dies mid-way (issue 10, item 6): one coded line and
exit 2, not one failure per remaining document; what it reported written is in the store.
Real processes, real SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from graph.embedded import EmbeddedServer
from graph.store import open_store
from tests.cli.helpers import has_pipeline
from tests.corpus import write_corpus
from tests.helpers import ROOT, servers_for, wait_until
from tests.processes import OwnNeo4j

pytestmark = pytest.mark.skipif(not has_pipeline(), reason="needs ingest/pipeline.py")
DOCS = 60


def ingest_and_kill(db: str, corpus: Path, kill: object) -> tuple[int, list[str], str]:
    """Run `diplograph ingest`, call `kill()` once the third document is reported, and
    return the exit code, the status lines and stderr."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIPLOGRAPH_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "diplograph", "--db", db, "ingest", str(corpus)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env={**env, "COLUMNS": "300", "NO_COLOR": "1"},
    )
    assert proc.stdout is not None and proc.stderr is not None
    lines: list[str] = []
    for line in proc.stdout:
        lines.append(line.rstrip("\n"))
        if len(lines) == 3:
            kill()  # type: ignore[operator]
    code = proc.wait(timeout=300)
    return code, [x for x in lines if x.split(" ", 1)[0] in ("new", "failed")], proc.stderr.read()


def check_truth(db: str, code: int, lines: list[str], stderr: str) -> None:
    assert code == 2, (code, lines, stderr)
    errors = [x for x in stderr.splitlines() if x.startswith("error")]
    assert len(errors) == 1 and "[E102]" in errors[0], stderr
    assert "run the same command again" in stderr
    failed = [x for x in lines if x.startswith("failed")]
    assert len(failed) <= 1, lines  # only the document in flight, if any
    assert len(lines) < DOCS
    with open_store(db) as store:  # every document reported written is there
        for line in lines:
            if line.startswith("new"):
                doc_source = line.split()[1]
                rows = store.read(
                    "MATCH (d:Document {source: $s}) RETURN d.id AS id", {"s": doc_source}
                ).rows
                assert len(rows) == 1, line


def test_a_killed_embedded_server_stops_ingest_with_one_coded_line(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, DOCS)
    folder = tmp_path / "db"
    db = f"embedded:{folder}"

    def kill() -> None:
        pid = EmbeddedServer(folder).pid
        assert pid is not None
        os.kill(pid, signal.SIGKILL)

    code, lines, stderr = ingest_and_kill(db, corpus, kill)
    assert wait_until(lambda: servers_for(folder) == [], timeout=15)
    check_truth(db, code, lines, stderr)


@pytest.mark.neo4j
def test_a_killed_neo4j_stops_ingest_with_one_coded_line(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, DOCS)
    neo = OwnNeo4j(tmp_path / "neo4j")
    try:
        code, lines, stderr = ingest_and_kill(neo.url, corpus, neo.kill)
        assert code == 2, (code, lines, stderr)
        errors = [x for x in stderr.splitlines() if x.startswith("error")]
        assert len(errors) == 1 and "[E102]" in errors[0], stderr
        assert len([x for x in lines if x.startswith("failed")]) <= 1, lines
    finally:
        neo.stop()
