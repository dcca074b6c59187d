"""POST /cypher's limits bound the work, on both engines behind a live server: nesting and
size checked before the engine sees the query, LOAD CSV refused without any connection out,
rows capped inside the query, deep parameters refused, and an overrunning query cut off
while the rest of the API keeps answering."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from api.app import create_app
from api.settings import Settings
from graph.store import GraphStore
from tests.api.conftest import API_KEY, LiveServer
from tests.fixture_graph import load_fixture

KEY = {"X-API-Key": API_KEY}

# Each parsed for 8 s to forever on FalkorDB (its parser doubles its time per level), and
# the list and CASE ones hung Neo4j's parser for minutes.
TOO_DEEP = {
    "parentheses": "RETURN " + "(" * 30 + "1" + ")" * 30 + " AS x",
    "unary minus": "RETURN " + "- " * 30 + "1 AS x",
    "NOT": "RETURN " + "NOT " * 30 + "true AS x",
    "mixed": "RETURN " + "(-" * 10 + "1" + ")" * 10 + " AS x",
    "lists": "RETURN " + "[" * 500 + "1" + "]" * 500 + " AS x",
    "maps": "RETURN " + "{a: " * 20 + "1" + "}" * 20 + " AS x",
    "CASE": "RETURN " + "CASE WHEN true THEN " * 20 + "1" + " ELSE 0 END" * 20 + " AS x",
    "comprehensions": "RETURN " + "[x IN " * 15 + "[1]" + " | x]" * 15 + " AS x",
    "functions": "RETURN " + "abs(" * 20 + "1" + ")" * 20 + " AS x",
}


def cypher(api: httpx.Client, query: str, **params: object) -> httpx.Response:
    return api.post("/cypher", headers=KEY, json={"query": query, "params": params})


@pytest.mark.parametrize("kind", sorted(TOO_DEEP))
def test_deep_nesting_is_refused_before_the_engine(api: httpx.Client, kind: str) -> None:
    start = time.monotonic()
    r = cypher(api, TOO_DEEP[kind])
    assert r.status_code == 422, r.text
    assert r.json()["code"] == "E403" and "the limit is 12" in r.json()["detail"]
    assert time.monotonic() - start < 2


def test_many_nested_expressions_add_up(api: httpx.Client) -> None:
    # 12 levels each is allowed, but 500 of them parse for ~25 s on FalkorDB
    one = "(" * 12 + "1" + ")" * 12
    r = cypher(api, "RETURN " + " + ".join([one] * 500) + " AS x")
    assert r.status_code == 422 and "nesting cost" in r.json()["detail"], r.text


def test_brackets_in_strings_comments_and_names_are_not_nesting(api: httpx.Client) -> None:
    text = "(" * 40 + "[" * 40
    query = (
        f"RETURN '{text}' AS `{'(' * 30}`, \"{text}\" AS b, // {text}\n/* {text} */"
        + " "
        + "(" * 12
        + "1"
        + ")" * 12
        + " AS c"
    )
    r = cypher(api, query)
    assert r.status_code == 200, r.text
    assert r.json()["columns"] == ["(" * 30, "b", "c"]
    assert r.json()["rows"] == [{"(" * 30: text, "b": text, "c": 1}]


def test_an_oversized_query_names_the_limit(api: httpx.Client) -> None:
    r = cypher(api, "RETURN 1 AS x" + " " * 20_000)
    assert r.status_code == 422 and "20000" in r.text.replace(",", ""), r.text


@pytest.fixture
def listener() -> Iterator[tuple[int, list[object]]]:
    """A TCP port that records every connection made to it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.settimeout(0.2)
    seen: list[object] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, addr = sock.accept()
            except OSError:
                continue
            seen.append(addr)
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield sock.getsockname()[1], seen
    stop.set()
    thread.join(2)
    sock.close()


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_load_csv_is_refused_and_connects_nowhere(
    api: httpx.Client, listener: tuple[int, list[object]], scheme: str
) -> None:
    port, seen = listener
    for query in (
        f"LOAD CSV FROM '{scheme}://127.0.0.1:{port}/x.csv' AS row RETURN row",
        f"load csv with headers from $u AS row RETURN row /* {scheme} */",
    ):
        r = cypher(api, query, u=f"{scheme}://127.0.0.1:{port}/y.csv")
        assert r.status_code == 403, r.text
        assert r.json()["code"] == "E404" and "LOAD CSV" in r.json()["detail"]
    time.sleep(0.5)
    assert seen == [], "the database connected to the listener"


def test_rows_are_capped_by_the_query_itself(api: httpx.Client) -> None:
    # 2M rows took 45 s when the whole result was built, shipped and parsed before the cap
    start = time.monotonic()
    r = cypher(api, "UNWIND range(1, 2000000) AS x RETURN x, 2 * x AS double")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["truncated"] is True and len(body["rows"]) == 1000
    assert body["columns"] == ["x", "double"] and body["rows"][0] == {"x": 1, "double": 2}
    assert time.monotonic() - start < 8


def test_column_order_survives_the_cap(api: httpx.Client) -> None:
    r = cypher(api, "MATCH (p:Person {id: 'p-sato'}) RETURN p.name, 2 AS b, 1 AS a LIMIT 1")
    assert r.status_code == 200, r.text
    assert r.json()["columns"] == ["p.name", "b", "a"]
    assert list(r.json()["rows"][0]) == ["p.name", "b", "a"]


def test_deeply_nested_parameters_are_422(api: httpx.Client) -> None:
    deep: object = 1
    for _ in range(900):
        deep = [deep]
    r = cypher(api, "RETURN size($p) AS n", p=deep)
    assert r.status_code == 422, r.text
    assert r.json()["code"] == "E201" and "nested deeper than 16" in r.json()["detail"]
    ok: object = 1
    for _ in range(10):
        ok = {"k": ok}
    assert cypher(api, "RETURN $p.k.k AS v", p=ok).status_code == 200


@pytest.fixture
def short_api(store: GraphStore) -> Iterator[httpx.Client]:
    """A live server over the test store whose ad-hoc queries get 1 s."""
    load_fixture(store)
    server = LiveServer(create_app(store, Settings(api_key=API_KEY, query_timeout_s=1.0)))
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            yield client
    finally:
        server.stop()


def test_an_overrunning_query_is_cut_off_while_the_api_answers(short_api: httpx.Client) -> None:
    # 10^10 rows: no engine finishes this within the 1 s allowed, however fast the machine
    # (a 30M-item count once finished inside 1 s on a warm Neo4j)
    slow = (
        "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y "
        "WITH x, y WHERE (x + y) % 7 = 0 RETURN count(*) AS n"
    )
    outcome: dict[str, object] = {}

    def run() -> None:
        start = time.monotonic()
        outcome["response"] = short_api.post("/cypher", headers=KEY, json={"query": slow})
        outcome["elapsed"] = time.monotonic() - start

    assert short_api.get("/health").status_code == 200  # a first request opens connections
    thread = threading.Thread(target=run)
    thread.start()
    time.sleep(0.3)
    waits = []
    while thread.is_alive():
        start = time.monotonic()
        assert short_api.get("/health").status_code == 200
        waits.append(time.monotonic() - start)
        time.sleep(0.1)
    thread.join()
    # the other database thread serves the rest of the API; FalkorDB pauses other graph
    # reads for 2-5 s at times while it builds a huge list (PING is not affected), hence
    # the median (Neo4j answers in 0.5-1 s while its JVM builds the list on a loaded machine)
    assert waits and sorted(waits)[len(waits) // 2] < 1.0, waits
    response = outcome["response"]
    assert isinstance(response, httpx.Response)
    assert response.status_code == 504 and response.json()["code"] == "E108", response.text
    assert float(outcome["elapsed"]) < 4.0  # type: ignore[arg-type]
