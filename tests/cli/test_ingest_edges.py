"""`diplograph ingest|query|map|evaluate` as real processes: each bad input gets its own
status line while the rest lands, detected encodings and missing dates are said, and no store
process outlives any command (evaluate's throwaway store included)."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from tests.cli.helpers import ROOT, has_pipeline, run_cli
from tests.helpers import cli, servers_for

pytestmark = pytest.mark.skipif(not has_pipeline(), reason="needs ingest/pipeline.py")

MEETING = (
    "Foreign Minister Ana Ruiz of Chile met Peruvian Foreign Minister Jos\u00e9 Soto in Lima on "
    "Thursday. The two ministers discussed border trade.\n"
)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def redis_under(folder: Path) -> list[str]:
    """Command lines of live redis-server processes that name anything inside `folder`."""
    needle, found = str(folder.resolve()).encode(), []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            cmd = (entry / "cmdline").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if b"redis-server" in cmd and needle in cmd and state != "Z":
            found.append(cmd.decode(errors="replace"))
    return found


def test_bad_inputs_each_get_a_line_and_notes_are_shown(tmp_path: Path) -> None:
    corpus, folder = tmp_path / "in", tmp_path / "db"
    corpus.mkdir()
    (corpus / "cp1252.txt").write_bytes(("date 2024-05-10\n" + MEETING).encode("cp1252"))
    undated = MEETING.replace("Lima", "Cusco")  # other text: the document id is its hash
    (corpus / "undated.txt").write_text(undated, encoding="utf-8")
    (corpus / "xss.txt").write_text(
        "date 2024-02-02\nForeign Minister Ana <script>alert(1)</script> Ruiz of Chile met "
        "Peruvian Foreign Minister Luis Soto in Lima on Monday.\n",
        encoding="utf-8",
    )
    with (corpus / "huge.txt").open("wb") as fh:  # 20 MB, sparse: refused from its size
        fh.truncate(20 * 1024 * 1024)
    url = f"http://127.0.0.1:{closed_port()}/article.html"
    result = run_cli("--db", f"embedded:{folder}", "ingest", str(corpus), url)
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "Traceback" not in out + result.stderr
    status = {ln.split()[1]: ln.split()[0] for ln in out.splitlines() if ln and ln[0] != " "}
    assert status[str(corpus / "huge.txt")] == "failed" and "too large: 20.0 MB" in out
    assert status[url] == "failed" and "could not connect" in out
    for name in ("cp1252.txt", "undated.txt", "xss.txt"):
        assert status[str(corpus / name)] == "new", out
    assert "note: not valid UTF-8" in out and "decoded as" in out
    assert "note: no publication date" in out
    assert "5 documents: 3 new, 0 unchanged, 0 replaced, 2 failed" in out
    assert servers_for(folder) == []


def test_no_store_process_outlives_a_command(tmp_path: Path) -> None:
    folder, tmp = tmp_path / "db", tmp_path / "tmp"
    tmp.mkdir()
    art = tmp_path / "a.txt"
    art.write_text("date 2024-05-10\n" + MEETING, encoding="utf-8")
    env_db = ("--db", f"embedded:{folder}")
    commands = [
        (*env_db, "ingest", str(art)),
        (*env_db, "query", "run", "who_met_whom", "--format", "json"),
        (*env_db, "map", "-o", str(tmp_path / "m.html")),
        (*env_db, "export", "--format", "gexf", "-o", str(tmp_path / "g.gexf")),
        ("evaluate", str(ROOT / "samples" / "gold.yaml"), str(art), "--json"),
    ]
    for args in commands:
        result = cli(*args, env={"COLUMNS": "200", "TMPDIR": str(tmp)})
        assert result.returncode == 0, f"{args}: {result.stdout}{result.stderr}"
        assert servers_for(folder) == [], f"a store process outlived {args[2:]}"
        assert redis_under(tmp) == [], f"evaluate's throwaway store outlived {args}"
        assert list(tmp.iterdir()) == [], f"{args} left {list(tmp.iterdir())}"
    assert json.loads(result.stdout)["meeting_pairs"]["gold"] > 0


def test_impossible_dates_and_a_fifo_fail_alone_while_good_files_land(tmp_path: Path) -> None:
    corpus, folder = tmp_path / "in", tmp_path / "db"
    corpus.mkdir()
    (corpus / "a_month13.md").write_text("---\ndate: 2024-13-45\n---\n" + MEETING)
    (corpus / "b_feb30.txt").write_text("date 2024-02-30\n" + MEETING.replace("Lima", "Ica"))
    (corpus / "c_good.txt").write_text("date 2024-05-10\n" + MEETING.replace("Lima", "Puno"))
    fifo = tmp_path / "stuck.txt"
    os.mkfifo(fifo)  # named explicitly: opening it would wait for a writer forever
    result = run_cli("--db", f"embedded:{folder}", "ingest", str(corpus), str(fifo), timeout=120)
    out = result.stdout + result.stderr
    assert result.returncode == 1 and "Traceback" not in out, out
    assert "field 'date': '2024-13-45' is not a date" in out
    assert "field 'date': '2024-02-30' is not a date" in out
    assert "not a regular file (a named pipe)" in out
    assert "4 documents: 1 new, 0 unchanged, 0 replaced, 3 failed" in out


def test_a_paragraph_over_a_million_characters_is_extracted(tmp_path: Path) -> None:
    # spaCy refused texts over 1,000,000 characters (its E088) although the limit is 5 MB;
    # blanks keep the extraction short, the paragraph is still one spaCy document
    article = tmp_path / "long.txt"
    article.write_text("date 2024-05-10\n" + MEETING.replace("\n", " ") + " " * 1_100_000 + "End.")
    over = tmp_path / "over.txt"
    over.write_bytes(b"a" * (5 * 1024 * 1024 + 1))
    result = run_cli("--db", f"embedded:{tmp_path / 'db'}", "ingest", str(article), str(over))
    out = result.stdout + result.stderr
    assert "E088" not in out and "Traceback" not in out, out[-2000:]
    assert "too large: 5.0 MB, the limit is 5.0 MB per document" in out
    assert "2 documents: 1 new, 0 unchanged, 0 replaced, 1 failed" in out, out[-2000:]
