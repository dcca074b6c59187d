"""Helpers shared by the graph and CLI tests: awkward records, and a look at the processes
serving a data folder that does not use diplograph's own code (so it can check that code)."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from graph.records import ExportData, parse_data

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "records.json"

# Strings that break naive quoting: quotes of both kinds, backslashes, markup, newlines,
# Cypher-looking text and non-Latin scripts.
NASTY = 'Say "hi" & it\'s <b>bold</b> \\ back\\slash $x {y} // -- `tick`\n2nd line'


def tricky_records() -> dict[str, Any]:
    """A records file touching every field: unicode names, quotes, < and >, null places,
    dates of day, month and year precision, and a date with none."""
    return copy.deepcopy(
        {
            "actors": [
                {"id": "CN", "type": "Country", "name": "中国", "aliases": ["China", "PRC"]},
                {"id": "FR", "type": "Country", "name": "France"},
                {"id": "NO", "type": "Country", "name": "Norge <Norway>", "aliases": []},
                {
                    "id": "p-jose",
                    "type": "Person",
                    "name": "José Ñúñez-Ōtsuka 李明",
                    "aliases": ['"Pepe" O\'Neil', "Жозе"],
                    "country": "FR",
                    "titles": ["<b>Minister</b> & <i>Envoy</i>", "Ministre d'État"],
                },
                {
                    "id": "p-anon",
                    "type": "Person",
                    "name": NASTY,
                    "aliases": [],
                    "country": None,
                    "titles": [],
                },
                {
                    "id": "p-li",
                    "type": "Person",
                    "name": '李 "明" 李',
                    "country": "CN",
                    "titles": ["Vice-Minister"],
                },
                {
                    "id": "org-mfa",
                    "type": "Organization",
                    "name": "Ministère des Affaires étrangères",
                    "aliases": ["Quai d'Orsay", "MFA \\ FR"],
                    "country": "FR",
                    "kind": "ministry",
                },
                {
                    "id": "org-forum",
                    "type": "Organization",
                    "name": 'Forum <Nordic> "Arctic"',
                    "kind": "intergovernmental",
                },
            ],
            "events": [
                {
                    "id": "ev-day",
                    "kind": "meeting",
                    "date": "2025-07-10",
                    "date_precision": "day",
                    "title": 'Talks on <trade> & "fish"',
                    "place": "Zürich <HQ>",
                    "participants": ["p-jose", "p-li", "org-mfa"],
                    "roles": {"p-jose": "host", "p-li": "guest"},
                    "sources": [
                        {
                            "document": "doc-1",
                            "quote": NASTY,
                            "start": 0,
                            "end": 41,
                            "rule": "curated",
                            "confidence": 0.75,
                        },
                        {"document": "doc-1", "quote": "second quote", "start": 50, "end": 62},
                    ],
                },
                {
                    "id": "ev-month",
                    "kind": "call",
                    "date": "2025-07",
                    "date_precision": "month",
                    "title": None,
                    "place": None,
                    "participants": ["p-jose", "p-anon"],
                    "sources": [{"document": "doc-2", "quote": None}],
                },
                {
                    "id": "ev-year",
                    "kind": "summit",
                    "date": "2024",
                    "place": None,
                    "participants": ["CN", "FR", "NO", "org-forum"],
                    "roles": {"NO": "host"},
                },
                {
                    "id": "ev-undated",
                    "kind": "other",
                    "date": None,
                    "place": "Tromsø",
                    "participants": ["NO"],
                },
            ],
            "agreements": [
                {
                    "id": "ag-day",
                    "name": 'Memorandum "on fisheries" <draft>',
                    "kind": "mou",
                    "status": "signed",
                    "date": "2025-07-10",
                    "topics": ["fisheries", "pêche", "<quota>"],
                    "parties": ["FR", "CN"],
                    "signatories": ["p-jose", "p-li"],
                    "event": "ev-day",
                    "sources": [{"document": "doc-1", "quote": "signed <it>", "start": 70}],
                },
                {
                    "id": "ag-month",
                    "name": "Working group on Arctic shipping",
                    "kind": "working_group",
                    "status": "agreed",
                    "date": "2025-07",
                    "date_precision": "month",
                    "parties": ["NO", "org-forum"],
                },
                {
                    "id": "ag-year",
                    "name": "Déclaration commune",
                    "kind": "declaration",
                    "status": "in_force",
                    "date": "2024",
                    "parties": ["FR"],
                    "event": "ev-year",
                },
            ],
            "documents": [
                {
                    "id": "doc-1",
                    "title": 'Report: "fish" & <trade>',
                    "source": "https://example.org/a?b=1&c=<2>",
                    "published": "2025-07-12",
                },
                {
                    "id": "doc-2",
                    "title": None,
                    "source": "/data/notes/été.txt",
                    "published": "2025-07",
                },
                {"id": "doc-3", "title": "Undated", "source": None, "published": None},
            ],
        }
    )


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def canonical(data: ExportData | dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    """Records keyed by section and id, with reference lists sorted (the export sorts them)
    and sources in a fixed order, for a field-for-field comparison."""
    if isinstance(data, dict):
        data = parse_data(data)
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for section in ("actors", "events", "agreements", "documents"):
        records = {}
        for rec in getattr(data, section):
            d = rec.model_dump()
            for key in ("participants", "parties", "signatories"):
                if key in d:
                    d[key] = sorted(d[key])
            if "sources" in d:
                d["sources"] = sorted(
                    d["sources"], key=lambda s: (s["document"], s["start"] or 0, s["quote"] or "")
                )
            records[d["id"]] = d
        out[section] = records
    return out


# -- processes ------------------------------------------------------------------


def servers_for(folder: Path) -> list[int]:
    """Live (non-zombie) redis-server processes whose command line names the socket in
    `folder`. Reads /proc directly instead of using graph.embedded."""
    needle = str(folder.resolve() / "falkordb.sock").encode()
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            cmdline = (entry / "cmdline").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if b"redis-server" in cmdline and needle in cmdline and state != "Z":
            found.append(int(entry.name))
    return found


def wait_until(predicate: Any, timeout: float = 10.0, step: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return bool(predicate())


def cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run `python -m diplograph ARGS` from the repository root, as a user would."""
    full_env = {k: v for k, v in os.environ.items() if k != "DIPLOGRAPH_DB"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "diplograph", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


HOLDER = """
import sys
from graph.store import open_store
store = open_store(sys.argv[1])
print(store.server.pid, store.server.owned, flush=True)
sys.stdin.readline()  # hold the store until told to stop
store.close()
print("closed", flush=True)
"""


class Holder:
    """A separate Python process that opens an embedded store and keeps it open."""

    def __init__(self, folder: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, f"embedded:{folder}"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().split()
        if not line:
            raise RuntimeError(
                f"holder failed: {self.proc.stderr.read() if self.proc.stderr else ''}"
            )
        self.server_pid, self.owner = int(line[0]), line[1] == "True"

    def release(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "closed"
        self.proc.wait(timeout=30)

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=30)
