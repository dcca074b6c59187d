"""The status and summary lines of `diplograph ingest` (no pipeline needed)."""

from __future__ import annotations

from rich.console import Console

from diplograph.commands.ingest_cmds import status_line, summary_line
from ingest.article import IngestOutcome


def plain(markup: str) -> str:
    console = Console(width=300, no_color=True)
    with console.capture() as cap:
        console.print(markup, highlight=False, soft_wrap=True)
    return cap.get().rstrip("\n")


def test_status_lines() -> None:
    new = IngestOutcome(source="a/x.txt", status="new", people=1, events=2, agreements=1)
    assert plain(status_line(new)) == "new       a/x.txt  1 person, 2 events, 1 agreement"
    failed = IngestOutcome(source="b[1].txt", status="failed", reason="b[1].txt: empty file")
    # the source is printed once, and square brackets are not taken for markup
    assert plain(status_line(failed)) == "failed    b[1].txt  empty file"


def test_summary_counts_every_status() -> None:
    outcomes = [
        IngestOutcome(source="a", status="new", people=2, events=1),
        IngestOutcome(source="b", status="unchanged"),
        IngestOutcome(source="c", status="failed", reason="c: binary file"),
    ]
    assert summary_line(outcomes) == (
        "3 documents: 1 new, 1 unchanged, 0 replaced, 1 failed; 2 people, 1 event, 0 agreements"
    )
