"""`diplograph map` end to end: a real process on a real embedded store."""

from __future__ import annotations

import subprocess
from pathlib import Path

import networkx as nx
import pytest

from tests.helpers import cli

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "samples" / "network_demo.json"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    url = f"embedded:{tmp_path_factory.mktemp('cli-store')}"
    assert run(url, "load", str(DEMO)).returncode == 0
    return url


def run(db: str, *args: str) -> subprocess.CompletedProcess:
    return cli(*args, env={"DIPLOGRAPH_DB": db, "COLUMNS": "200"})


def test_map_around_a_named_actor(db, tmp_path):
    out = tmp_path / "xi.html"
    done = run(db, "map", "--center", "xi jinping", "--depth", "1", "-o", str(out))
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    assert "Xi Jinping: network to depth 1" in page and "vis.Network" in page
    assert not out.with_name("xi.html.tmp").exists()


def test_map_between_countries_with_filters(db, tmp_path):
    out = tmp_path / "sa-ir.html"
    done = run(
        db,
        "map",
        "--countries",
        "sa,ir",
        "--kinds",
        "talks,meeting",
        "--until",
        "2023-12",
        "-o",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    assert "Between SA and IR" in page and "event kinds: talks, meeting" in page
    assert "Saudi-Iranian talks hosted by China" in page


def test_ambiguous_and_unknown_actors_exit_2(db, tmp_path):
    done = run(db, "map", "--center", "al", "-o", str(tmp_path / "x.html"))
    assert done.returncode == 2
    assert "ali-shamkhani" in done.stderr and "musaed-al-aiban" in done.stderr
    done = run(db, "map", "--center", "Nobody Known", "-o", str(tmp_path / "x.html"))
    assert done.returncode == 2 and "no actor has the id or name 'Nobody Known'" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "x.html").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--countries", "US"], "two ISO-3166"),
        (["--since", "2024-13"], "--since"),
        (["--kinds", "party"], "unknown value(s) party"),
        (["--center", "x", "--countries", "US,CN"], "not both"),
    ],
)
def test_bad_options_are_clear(db, tmp_path, args, message):
    done = run(db, "map", *args, "-o", str(tmp_path / "x.html"))
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr


def test_empty_date_range_writes_a_page_saying_so(db, tmp_path):
    out = tmp_path / "empty.html"
    done = run(db, "map", "--since", "2031", "-o", str(out))
    assert done.returncode == 0 and "nothing found" in done.stdout
    assert "Nothing found" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_for_gephi(db, tmp_path, fmt):
    out = tmp_path / f"graph.{fmt}"
    assert run(db, "export", "--format", fmt, "-o", str(out)).returncode == 0
    g = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(out)
    assert g.number_of_nodes() == 44
    assert g.has_edge("Person:joe-biden", "Event:ev-woodside-2023-11")
