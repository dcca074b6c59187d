"""The lexer-level checks of ad-hoc Cypher (api/cypher_guard.py): nesting is measured on
code only, never inside strings, comments or escaped names, and prefix operators count."""

from __future__ import annotations

import pytest

from api.cypher_guard import MAX_NESTING, check, return_columns, shape, with_row_cap
from diplograph.errors import QueryRefused, QueryTooComplex


@pytest.mark.parametrize(
    ("query", "depth"),
    [
        ("MATCH (n:Person) WHERE n.id = $id RETURN n.name AS name", 1),
        ("RETURN " + "(" * 7 + "1" + ")" * 7, 7),
        ("RETURN - - - 1", 3),
        ("RETURN -(-(-(1)))", 6),
        ("RETURN NOT NOT (NOT true)", 4),
        ("RETURN 1 - -1, - 2 * - 3", 1),  # signs end at the next operator or comma
        ("MATCH (a)-[:R]->(b)<-[:S]-(c) RETURN a", 2),  # an arrow's `-` counts once at most
        ("WITH {a: [1, {b: -1}]} AS m RETURN m", 4),
        ("RETURN CASE WHEN x THEN CASE WHEN y THEN 1 END END", 2),
        ("RETURN - a.b[- a.b[1]]", 4),  # a property dot does not end a sign
        ("RETURN NOT a.x = 1 AND NOT b.y = 2 AND NOT c.z = 3", 1),
        ("RETURN '(((((' AS s, \"[[[[\" AS t, `{{{{` AS u // ((((\n/* [[[[ */", 0),
        ("RETURN 'it\\'s ((((' AS s", 0),
        ("RETURN `a``((((` AS s", 0),
    ],
)
def test_nesting_depth(query: str, depth: int) -> None:
    assert shape(query).depth == depth


def test_limits_name_themselves() -> None:
    with pytest.raises(QueryTooComplex, match=f"the limit is {MAX_NESTING}"):
        check("RETURN " + "[" * (MAX_NESTING + 1) + "1" + "]" * (MAX_NESTING + 1))
    with pytest.raises(QueryTooComplex, match="nesting cost"):
        check("RETURN " + ", ".join(["(" * 12 + "1" + ")" * 12] * 8))
    with pytest.raises(QueryTooComplex, match="20,000"):
        check("RETURN 1" + " " * 20_000)
    check("RETURN " + "(" * MAX_NESTING + "1" + ")" * MAX_NESTING)  # allowed


@pytest.mark.parametrize(
    "query",
    [
        "LOAD CSV FROM 'https://example.org/x.csv' AS r RETURN r",
        "load  csv\nWITH HEADERS FROM $url AS r RETURN r",
        "CALL { LOAD CSV FROM 'file:///x' AS r RETURN r } RETURN r",
        "WITH 1 AS x /* c */ LOAD /* c */ CSV FROM 'http://h/' AS r RETURN r",
    ],
)
def test_load_csv_is_refused(query: str) -> None:
    with pytest.raises(QueryRefused, match="LOAD CSV"):
        check(query)


@pytest.mark.parametrize(
    "query",
    ["RETURN 'LOAD CSV' AS s", "RETURN 1 AS `LOAD`, 2 AS csv", "// LOAD CSV\nRETURN 1"],
)
def test_load_csv_in_text_is_not_refused(query: str) -> None:
    check(query)


def test_row_cap_wraps_queries_that_return_rows() -> None:
    query = "MATCH (n) RETURN n.name, count(*) AS c ORDER BY c DESC; "
    found = check(query)
    assert with_row_cap(query, found, 10) == (
        "CALL {\nMATCH (n) RETURN n.name, count(*) AS c ORDER BY c DESC\n}\nRETURN * LIMIT 11"
    )
    assert return_columns(query, found) == ["n.name", "c"]
    for bare in ("CALL db.labels()", "EXPLAIN MATCH (n) RETURN n", "MATCH (n) SET n.x = 1"):
        assert with_row_cap(bare, check(bare), 10) == bare


def test_return_columns_of_the_last_top_level_return() -> None:
    query = (
        "CALL { MATCH (a) RETURN a AS inner } "
        "RETURN DISTINCT inner.id AS id, [x IN [1, 2] | x] AS xs, `odd name` LIMIT 3"
    )
    assert return_columns(query, check(query)) == ["id", "xs", "`odd name`"]
    assert return_columns("RETURN *", check("RETURN *")) == []
