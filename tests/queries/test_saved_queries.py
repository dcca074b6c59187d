"""Every saved query on both engines, with the rows expected on the fixture graph; and the
loader's checks of names, headers and parameters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from diplograph.errors import InputError
from graph.store import GraphStore
from queries.loader import (
    QueryParamError,
    UnknownQuery,
    bind_params,
    get_query,
    load_queries,
    parse_query_file,
    run_query,
)
from tests.fixture_graph import load_fixture

# name -> (parameters, columns to compare, expected rows as tuples in order)
CASES: dict[str, tuple[dict[str, Any], tuple[str, ...], list[tuple]]] = {
    "meetings_between": (
        {"a": "p-durand", "b": "p-sato"},
        ("event", "date", "place"),
        [
            ("ev-nairobi-2025", "2025-01-20", "Nairobi"),
            ("ev-tokyo-2024", "2024-09-05", "Tokyo"),
            ("ev-paris-2024", "2024-03-12", "Paris"),
        ],
    ),
    "actor_meetings": (
        {"actor": "p-weber", "since": "2024-06-15"},  # the June call (month precision) overlaps
        ("event", "met"),
        [
            ("ev-tokyo-signing-2025", ["p-sato"]),
            ("ev-tokyo-talks-2025", ["o-mofa-jp", "p-sato"]),
            ("ev-berlin-2025", ["p-rocha"]),
            ("ev-call-2024", ["p-durand"]),
        ],
    ),
    "meetings_in_period": (
        {"since": "2025-02", "until": "2025-12-31", "kind": "meeting"},
        ("event", "person_a", "person_b"),
        [("ev-berlin-2025", "p-rocha", "p-weber")],
    ),
    "who_met_whom": (
        {"since": "2025-02", "until": "2025-12"},
        ("date", "person_a", "person_b", "place"),
        [
            ("2025-05-03", "Kenji Sato", "Jonas Weber", "Tokyo"),
            ("2025-05-02", "Kenji Sato", "Jonas Weber", "Tokyo"),
            ("2025-02-14", "Helena Rocha", "Jonas Weber", "Berlin"),
        ],
    ),
    "bilateral_timeline": (
        {"a": "FR", "b": "JP"},
        ("type", "id"),
        [
            ("event", "ev-paris-2024"),
            ("agreement", "ag-fr-jp-maritime"),
            ("event", "ev-tokyo-2024"),
            ("agreement", "ag-nairobi-declaration"),
            ("event", "ev-nairobi-2025"),
        ],
    ),
    "agreements_by_party": (
        {"party": "JP", "status": "signed"},
        ("agreement", "parties"),
        [("ag-jp-de-equipment", ["DE", "JP"])],
    ),
    "frequent_counterparts": (
        {"actor": "p-sato", "limit": 2},
        ("id", "events", "last_contact"),
        [("p-durand", 3, "2025-01-20"), ("p-weber", 2, "2025-05-03")],
    ),
    "first_last_contact": (
        {"a": "p-durand", "b": "p-sato"},
        ("events", "first_contact", "last_contact"),
        [(3, "2024-03-12", "2025-01-20")],
    ),
    "common_contacts": (
        {"a": "p-durand", "b": "p-weber"},
        ("id", "events_with_a", "events_with_b"),
        [("p-rocha", 1, 1), ("p-sato", 3, 2)],
    ),
    "country_engagements": (
        {"country": "JP"},
        ("country", "events"),
        [("FR", 3), ("DE", 2), ("BR", 1), ("KE", 1)],
    ),
    "events_in_place": (
        {"place": "TOKYO", "since": "2025"},
        ("event", "participants"),
        [
            ("ev-tokyo-signing-2025", ["p-sato", "p-weber"]),
            ("ev-tokyo-talks-2025", ["o-mofa-jp", "p-sato", "p-weber"]),
        ],
    ),
    "visits_abroad_by_title": (
        {"title": "president"},
        ("event", "person", "host_country", "place"),
        [("ev-brasilia-2023", "p-otieno", "BR", "Brasília")],
    ),
    "brokers_between": (
        {"a": "FR", "b": "DE"},
        ("broker", "contacts_a", "contacts_b"),
        [("p-rocha", 1, 1), ("p-sato", 1, 1)],
    ),
    "co_signatories": (
        {"actor": "p-sato"},
        ("id", "agreements", "agreement_ids"),
        [("p-durand", 1, ["ag-fr-jp-maritime"]), ("p-weber", 1, ["ag-jp-de-equipment"])],
    ),
    "event_sources": (
        {"fact": "ev-tokyo-talks-2025"},
        ("document", "quote"),
        [("doc-4", "Weber held talks with Sato at the foreign ministry.")],
    ),
    "actor_agreements": (
        {"actor": "p-otieno", "status": "in_force"},
        ("agreement", "role"),
        [("ag-br-ke-agri", "SIGNED")],
    ),
}


def _sorted_lists(row: tuple) -> tuple:
    # collect() order is not part of either engine's contract: compare lists as sorted
    return tuple(sorted(v) if isinstance(v, list) else v for v in row)


def test_every_query_has_a_case() -> None:
    names = set(load_queries())
    assert len(names) >= 12
    assert names == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_saved_query_rows(store: GraphStore, name: str) -> None:
    load_fixture(store)
    params, columns, expected = CASES[name]
    result = run_query(store, get_query(name), params)
    got = [_sorted_lists(tuple(row[c] for c in columns)) for row in result.rows]
    assert got == [_sorted_lists(e) for e in expected]


def test_who_met_whom_without_period_lists_every_pair(store: GraphStore) -> None:
    load_fixture(store)
    rows = run_query(store, get_query("who_met_whom"), {}).rows
    assert len(rows) == 15  # every pair of people at each of the eight events
    assert (rows[0]["date"], rows[-1]["date"]) == ("2025-05-03", "2023")
    assert all(r["person_a"] and r["person_b"] for r in rows)


def test_cli_style_text_params_are_converted(store: GraphStore) -> None:
    load_fixture(store)
    q = get_query("frequent_counterparts")
    rows = run_query(store, q, {"actor": "p-sato", "limit": "1"}, as_text=True).rows
    assert [r["id"] for r in rows] == ["p-durand"]


def test_bad_params_name_each_problem() -> None:
    q = get_query("meetings_between")
    with pytest.raises(QueryParamError) as err:
        bind_params(q, {"a": 3, "since": "last week", "zzz": 1}, as_text=False)
    assert set(err.value.problems) == {"a", "b", "since", "zzz"}
    assert "required" in err.value.problems["b"]
    assert "unknown" in err.value.problems["zzz"]
    with pytest.raises(QueryParamError) as err:
        bind_params(
            get_query("frequent_counterparts"), {"actor": "x", "limit": "ten"}, as_text=True
        )
    assert "integer" in err.value.problems["limit"]
    with pytest.raises(QueryParamError):
        bind_params(
            get_query("frequent_counterparts"), {"actor": "x", "limit": True}, as_text=False
        )
    with pytest.raises(QueryParamError):
        bind_params(q, {"a": "x\x00y", "b": "y"}, as_text=False)


def test_defaults_apply() -> None:
    bound = bind_params(get_query("frequent_counterparts"), {"actor": "x"}, as_text=False)
    assert bound == {"actor": "x", "limit": 10}


@pytest.mark.parametrize("name", ["../etc/passwd", "meetings_between.cypher", "Nope", "", "a/b"])
def test_query_names_are_validated(name: str) -> None:
    with pytest.raises(UnknownQuery):
        get_query(name)


def test_unknown_query_lists_known_ones() -> None:
    with pytest.raises(UnknownQuery, match="meetings_between"):
        get_query("no_such_query")


def test_header_errors_name_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "q.cypher"
    bad.write_text("// name: q\n// param: a: strng\nRETURN 1 AS x\n")
    with pytest.raises(InputError, match=r"q\.cypher:2.*unknown type 'strng'"):
        parse_query_file(bad)
    bad.write_text("// name: other\nRETURN 1 AS x\n")
    with pytest.raises(InputError, match="differs from the file name"):
        parse_query_file(bad)
    bad.write_text("// param: n: int = x\n// name: q\nRETURN 1 AS x\n")
    with pytest.raises(InputError, match=r"q\.cypher:1.*integer"):
        parse_query_file(bad)


def test_saved_queries_run_read_only(store: GraphStore, tmp_path: Path) -> None:
    from diplograph.errors import ReadOnlyViolation

    (tmp_path / "sneaky.cypher").write_text("// name: sneaky\nCREATE (:Person {id: 'x'})\n")
    q = get_query("sneaky", folder=tmp_path)
    with pytest.raises(ReadOnlyViolation):
        run_query(store, q, {})
    assert store.counts().nodes.get("Person", 0) == 0


def test_who_met_whom_pages_by_events(store: GraphStore) -> None:
    """who_met_whom reads the newest `limit` events (after `offset`), not every pair."""
    load_fixture(store)
    q = get_query("who_met_whom")
    first = run_query(store, q, {"limit": 1}).rows
    assert [(r["date"], r["person_a"], r["person_b"]) for r in first] == [
        ("2025-05-03", "Kenji Sato", "Jonas Weber")
    ]
    second = run_query(store, q, {"limit": 1, "offset": 1}).rows
    assert [r["date"] for r in second] == ["2025-05-02"]
    every = run_query(store, q, {"limit": 8}).rows
    pages = [run_query(store, q, {"limit": 3, "offset": o}).rows for o in (0, 3, 6)]
    assert [r for page in pages for r in page] == every


@pytest.mark.parametrize(
    ("name", "params", "cap"),
    [
        ("meetings_in_period", {"since": "2000", "until": "2030"}, 1),
        ("bilateral_timeline", {"a": "FR", "b": "JP"}, 2),
        ("events_in_place", {"place": "o"}, 1),
        ("brokers_between", {"a": "FR", "b": "DE"}, 1),
        ("actor_meetings", {"actor": "p-durand"}, 2),
        ("agreements_by_party", {"party": "JP"}, 1),
        ("actor_agreements", {"actor": "p-sato"}, 1),
        ("common_contacts", {"a": "p-durand", "b": "p-weber"}, 1),
        ("visits_abroad_by_title", {"title": "president"}, 1),
        ("meetings_between", {"a": "p-durand", "b": "p-sato"}, 2),
        ("co_signatories", {"actor": "p-sato"}, 1),
        ("event_sources", {"fact": "ev-tokyo-talks-2025"}, 1),
        ("country_engagements", {"country": "JP"}, 2),
        ("frequent_counterparts", {"actor": "p-sato"}, 1),
        ("who_met_whom", {}, 2),
    ],
)
def test_unbounded_queries_have_a_limit(
    store: GraphStore, name: str, params: dict[str, Any], cap: int
) -> None:
    load_fixture(store)
    q = get_query(name)
    spec = q.param("limit")
    assert spec is not None and spec.type == "int" and not spec.required and spec.default
    full = run_query(store, q, params).rows
    capped = run_query(store, q, {**params, "limit": cap}).rows
    assert len(capped) == min(cap, len(full)) and capped == full[: len(capped)]


def test_only_single_row_queries_lack_a_limit() -> None:
    """A query that lists rows takes a `limit` (with a default): at a million events none
    returns an unbounded list."""
    unbounded = {n for n, q in load_queries().items() if q.param("limit") is None}
    assert unbounded == {"first_last_contact"}  # one row: a count, a first and a last date
