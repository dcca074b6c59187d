"""`diplograph load` on a file big enough to be written in many chunks: a load killed midway
is finished by running it again (both engines), a bad file writes nothing however big, and a
store that dies under a load gives a coded error, never a traceback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.load import load_file
from graph.records import export_records
from graph.store import GraphStore
from tests.helpers import ROOT

EVENTS = 3000
CHUNK = "40"  # records per write: ~100 writes, so a kill lands midway


def big_records(n_events: int = EVENTS, people: int = 200) -> dict:
    """Invented records in the export's section order (documents after the events that
    cite them)."""
    actors: list[dict] = [{"id": c, "type": "Country", "name": f"Land {c}"} for c in ("FR", "JP")]
    actors += [
        {
            "id": f"p-{i}",
            "type": "Person",
            "name": f"Person {i}",
            "country": ("FR", "JP", "KE")[i % 3],
        }
        for i in range(people)
    ]
    events = [
        {
            "id": f"ev-{k}",
            "kind": "meeting",
            "date": f"20{10 + k % 15}-0{1 + k % 9}-1{k % 10}",
            "place": f"Town {k % 40}",
            "participants": [f"p-{k % people}", f"p-{(k * 7 + 1) % people}"],
            "roles": {f"p-{k % people}": "host"},
            "sources": [{"document": f"doc-{k // 4}", "quote": f"They met ({k}).", "start": k}],
        }
        for k in range(n_events)
    ]
    agreements = [
        {"id": f"ag-{k}", "name": f"Accord {k}", "parties": ["FR", "JP"], "event": f"ev-{k}"}
        for k in range(0, n_events, 50)
    ]
    documents = [{"id": f"doc-{d}", "title": f"Report {d}"} for d in range(n_events // 4)]
    return {"actors": actors, "events": events, "agreements": agreements, "documents": documents}


@pytest.fixture
def store_url(request: pytest.FixtureRequest, store: GraphStore) -> Iterator[str]:
    """The URL of the `store` fixture's (empty) store, for a `diplograph` subprocess."""
    if store.backend == "neo4j":
        yield request.getfixturevalue("neo4j_url")
    else:
        yield store.url


def start_load(path: Path, url: str, *extra: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "DIPLOGRAPH_DB"}
    return subprocess.Popen(
        [sys.executable, "-m", "diplograph", "load", str(path), "--db", url, *extra],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def events_in(store: GraphStore) -> int:
    return int(store.read("MATCH (e:Event) RETURN count(e) AS n").rows[0]["n"])


def wait_for_events(store: GraphStore, proc: subprocess.Popen[str], least: int) -> int:
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        n = events_in(store)
        if n >= least:
            return n
        time.sleep(0.05)
    raise AssertionError(f"the load wrote no events in time (exit {proc.poll()})")


def test_a_load_killed_midway_completes_when_run_again(
    store: GraphStore, store_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps(big_records()), encoding="utf-8")
    proc = start_load(path, store_url, "--chunk-size", CHUNK)
    wait_for_events(store, proc, 200)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    partial = events_in(store)
    assert 0 < partial < EVENTS, "the kill did not land midway"

    again = start_load(path, store_url, "--chunk-size", CHUNK)
    out, err = again.communicate(timeout=600)
    assert again.returncode == 0, err
    assert f"{EVENTS} events" in out
    completed = export_records(store)
    store.reset()
    load_file(store, path)  # the same file, uninterrupted
    assert completed == export_records(store)
    assert len(completed.events) == EVENTS


def test_a_bad_record_at_the_end_of_a_big_file_writes_nothing(
    store: GraphStore, tmp_path: Path
) -> None:
    raw = big_records()
    raw["documents"][-1]["published"] = "2025-02-30"
    raw["agreements"][-1]["event"] = "ev-nowhere"
    before = store.counts()
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(Exception, match=r"documents\[749\] \(id 'doc-749'\)\.published") as info:
        load_file(store, path, chunk=40)
    assert "nothing from this file was written" in str(info.value)
    assert store.counts() == before
    raw["documents"][-1]["published"] = "2025-02-28"  # now only the reference is wrong
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(Exception, match="unknown event id 'ev-nowhere'"):
        load_file(store, path, chunk=40)
    assert store.counts() == before


def test_a_dangling_reference_counts_every_record_that_makes_it(
    store: GraphStore, tmp_path: Path
) -> None:
    raw = big_records(n_events=40)
    for ev in raw["events"][:5]:
        ev["sources"][0]["document"] = "doc-gone"
    path = tmp_path / "refs.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(Exception) as info:
        load_file(store, path)
    message = str(info.value)
    assert "events[0] (id 'ev-0').sources: unknown document id 'doc-gone'" in message
    assert "(and 4 more record(s))" in message


def test_a_truncated_big_file_is_a_syntax_error_that_writes_nothing(
    store: GraphStore, store_url: str, tmp_path: Path
) -> None:
    text = json.dumps(big_records(), indent=1)
    path = tmp_path / "cut.json"
    path.write_text(text[: len(text) - 200], encoding="utf-8")
    before = store.counts()
    proc = start_load(path, store_url)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 2
    assert "[E201]" in err and "invalid JSON" in err and "Traceback" not in err
    assert store.counts() == before


def test_a_store_that_dies_under_a_load_is_a_coded_error_and_a_rerun_finishes(
    tmp_path: Path,
) -> None:
    from graph.store import open_store

    path = tmp_path / "big.json"
    path.write_text(json.dumps(big_records()), encoding="utf-8")
    url = f"embedded:{tmp_path / 'data'}"
    proc = start_load(path, url, "--chunk-size", CHUNK)  # starts (owns) the server
    deadline = time.monotonic() + 120
    pidfile = tmp_path / "data" / "falkordb.pid"
    while not pidfile.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    watcher = open_store(url)  # a second client of the same server
    try:
        wait_for_events(watcher, proc, 200)
        os.kill(int(pidfile.read_text().strip()), signal.SIGKILL)
    finally:
        watcher.close()
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 2, err
    assert "[E110]" in err and "run the same command again" in err
    assert "Traceback" not in err
    again = start_load(path, url, "--chunk-size", "500")
    out, err = again.communicate(timeout=600)
    assert again.returncode == 0, err
    with open_store(url) as store:
        completed = export_records(store)
        store.reset()
        load_file(store, path)
        assert completed == export_records(store)
