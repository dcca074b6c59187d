"""Checks on ad-hoc Cypher (POST /cypher) before it reaches the engine, and the row cap put
into the query itself.

FalkorDB's parser backtracks: its time doubles with each level of expression nesting
(brackets, unary minus or plus, NOT, CASE), and the query timeout does not cover parsing.
Measured on the embedded store (2 cores, loaded): 12 levels 0.05-0.3 s, 16 levels 1-2 s,
18 levels 8-13 s, 20 mixed `(-` levels 21 s; sibling expressions add up (520 expressions of
12 levels fit in 20,000 characters: ~25 s). Hence three limits, checked by a lexer that knows
strings, comments and `escaped` identifiers (a bracket inside them is text, not nesting):

- MAX_QUERY_CHARS characters;
- MAX_NESTING levels at any point (each bracket, CASE and prefix operator is a level);
- MAX_NESTING_COST: every level opened at depth d costs 2**d, summed over the query, which
  bounds the parse time of many moderately nested expressions too.

`LOAD CSV` is refused outright: it makes the database fetch a URL (any host: SSRF) or read
files, which is never a read of the graph."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from diplograph.errors import QueryRefused, QueryTooComplex

MAX_QUERY_CHARS = 20_000
MAX_NESTING = 12
MAX_NESTING_COST = 2**15

# words after which `-` / `+` is a sign (prefix), not a subtraction: they end no operand
_EXPRESSION_BEFORE = {
    "RETURN",
    "WITH",
    "WHERE",
    "AND",
    "OR",
    "XOR",
    "NOT",
    "IN",
    "IS",
    "WHEN",
    "THEN",
    "ELSE",
    "CASE",
    "UNWIND",
    "AS",
    "SKIP",
    "LIMIT",
    "ORDER",
    "BY",
    "DISTINCT",
    "CONTAINS",
    "STARTS",
    "ENDS",
    "SET",
    "MATCH",
    "OPTIONAL",
    "CALL",
    "YIELD",
    "UNION",
    "ALL",
    "ASC",
    "DESC",
    "ASCENDING",
    "DESCENDING",
    "EXISTS",
    "MERGE",
    "CREATE",
    "DELETE",
    "DETACH",
    "REMOVE",
    "FOREACH",
    "ON",
    "LOAD",
    "CSV",
    "FROM",
    "HEADERS",
    "FIELDTERMINATOR",
    "USE",
    "EXPLAIN",
    "PROFILE",
}
# words that end every pending prefix operator of the current bracket (NOT binds looser
# than comparisons, tighter than AND / OR / XOR)
_ENDS_ALL_PREFIXES = _EXPRESSION_BEFORE - {"NOT", "IN", "IS", "CONTAINS", "STARTS", "ENDS"}
_CASE_PARTS = {"WHEN", "THEN", "ELSE"}
_BINARY_WORDS = {"IN", "IS", "CONTAINS", "STARTS", "ENDS"}
_OPEN = {"(": ")", "[": "]", "{": "}"}
_CLOSE = {")", "]", "}"}
_OPERATOR_CHARS = set("+-*/%^=<>~")  # a property dot or label colon ends no sign


@dataclass
class Token:
    kind: str  # word, number, string, name (escaped identifier), param, punct
    text: str
    start: int
    after_dot: bool = False  # a property key (`n.count`), never a keyword


def tokens(query: str) -> Iterator[Token]:
    """Cypher tokens, skipping whitespace and comments. An unterminated string, comment or
    escaped name runs to the end of the query (the engine reports the error)."""
    i, n = 0, len(query)
    prev_dot = False
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
            continue
        if query.startswith("//", i):
            end = query.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if query.startswith("/*", i):
            end = query.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        if c in "'\"":
            j = i + 1
            while j < n and query[j] != c:
                j += 2 if query[j] == "\\" else 1
            yield Token("string", query[i : j + 1], i)
            i, prev_dot = j + 1, False
            continue
        if c == "`":
            j = i + 1
            while j < n:
                if query[j] == "`":
                    if query.startswith("``", j):  # a doubled backtick is a literal one
                        j += 2
                        continue
                    break
                j += 1
            yield Token("name", query[i : j + 1], i, after_dot=prev_dot)
            i, prev_dot = j + 1, False
            continue
        if c.isalpha() or c == "_" or c == "$":
            j = i + 1
            if c == "$" and j < n and query[j] == "`":
                j = query.find("`", j + 1)
                j = n if j < 0 else j + 1
            else:
                while j < n and (query[j].isalnum() or query[j] == "_"):
                    j += 1
            yield Token("param" if c == "$" else "word", query[i:j], i, after_dot=prev_dot)
            i, prev_dot = j, False
            continue
        if c.isdigit():
            j = i + 1
            while j < n and (query[j].isalnum() or query[j] in "._"):
                if query[j] == "." and not (j + 1 < n and query[j + 1].isdigit()):
                    break
                j += 1
            yield Token("number", query[i:j], i)
            i, prev_dot = j, False
            continue
        yield Token("punct", c, i)
        prev_dot = c == "."
        i += 1


@dataclass
class _Frame:
    closer: str  # ")", "]", "}" or "END"
    prefixes: list[str] = field(default_factory=list)  # pending "-", "+" or "NOT"


@dataclass
class Shape:
    """What the checks learned about a query."""

    depth: int = 0  # deepest nesting
    cost: int = 0  # sum of 2**depth over every level opened
    returns: bool = False  # a RETURN outside any bracket: the query yields rows
    # the items of the last top-level RETURN: [(start, end)] offsets into the query
    return_items: list[tuple[int, int]] = field(default_factory=list)
    first_word: str = ""
    loads_csv: bool = False


def _is_operand_end(tok: Token | None) -> bool:
    if tok is None:
        return False
    if tok.kind in ("number", "string", "name", "param"):
        return True
    if tok.kind == "word":
        return tok.after_dot or tok.text.upper() not in _EXPRESSION_BEFORE
    return tok.text in _CLOSE


def shape(query: str) -> Shape:  # noqa: C901 (one pass, one branch per kind of token)
    """Measure nesting (and find LOAD CSV and a top-level RETURN) in one pass."""
    out = Shape()
    frames = [_Frame("")]
    prev: Token | None = None
    pending = 0  # prefixes pending in all frames (kept as a count: no sum per token)

    def opened() -> None:
        d = len(frames) - 1 + pending
        out.depth = max(out.depth, d)
        out.cost += 2 ** min(d, 64)

    for tok in tokens(query):
        outer = len(frames) == 1
        word = tok.text.upper() if tok.kind == "word" and not tok.after_dot else ""
        top = frames[-1]
        if word and not out.first_word:
            out.first_word = word
        if word == "CSV" and prev is not None and prev.text.upper() == "LOAD":
            out.loads_csv = True
        if tok.kind == "punct" and tok.text in _OPEN:
            frames.append(_Frame(_OPEN[tok.text]))
            opened()
        elif word == "CASE":
            frames.append(_Frame("END"))
            opened()
        elif (tok.kind == "punct" and tok.text in _CLOSE) or (word == "END" and len(frames) > 1):
            if len(frames) > 1:
                pending -= len(frames.pop().prefixes)
        elif word == "NOT" or (tok.text in ("-", "+") and not _is_operand_end(prev)):
            top.prefixes.append(word or tok.text)
            pending += 1
            opened()
        elif tok.text in (",", "|", ";") or word in _ENDS_ALL_PREFIXES or word in _CASE_PARTS:
            pending -= len(top.prefixes)
            top.prefixes.clear()
        elif (tok.kind == "punct" and tok.text in _OPERATOR_CHARS) or word in _BINARY_WORDS:
            while top.prefixes and top.prefixes[-1] != "NOT":  # a sign ends at an operator
                top.prefixes.pop()
                pending -= 1
        if outer or len(frames) == 1:  # a token of the top level, or a bracket back to it
            _track_return(out, tok, word, outer and len(frames) == 1)
        prev = tok
    return out


_RETURN_ENDS = {"ORDER", "SKIP", "LIMIT", "UNION"}


def _track_return(out: Shape, tok: Token, word: str, top_level: bool) -> None:
    """Follow the items of the last top-level RETURN (split at top-level commas)."""
    if word == "RETURN" and top_level:
        out.returns = True
        out.return_items = [(-1, -1)]  # the next token starts the first item
        return
    if not out.return_items or out.return_items[-1] == (-2, -2):
        return
    if word == "DISTINCT" and out.return_items[-1][0] < 0:
        return
    if word in _RETURN_ENDS or tok.text == ";":
        out.return_items.append((-2, -2))  # the RETURN's items end here
        return
    if tok.text == "," and top_level:
        out.return_items.append((-1, -1))
        return
    start, _ = out.return_items[-1]
    out.return_items[-1] = (tok.start if start < 0 else start, tok.start + len(tok.text))


def return_columns(query: str, found: Shape) -> list[str]:
    """The column names the last top-level RETURN gives (an alias, else the item's text as
    the engines name it); empty for `RETURN *` or when unsure."""
    names = []
    for start, end in found.return_items:
        if start < 0:
            continue
        item = query[start:end]
        if item == "*":
            return []
        words = list(tokens(item))
        if len(words) >= 3 and words[-2].kind == "word" and words[-2].text.upper() == "AS":
            alias = words[-1].text
            names.append(alias[1:-1].replace("``", "`") if alias.startswith("`") else alias)
        else:
            names.append(item)
    return names


def check(query: str) -> Shape:
    """Refuse a query over a limit (QueryTooComplex, naming it) or one that loads CSV
    (QueryRefused); otherwise its shape."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryTooComplex(
            f"the query has {len(query):,} characters, the limit is {MAX_QUERY_CHARS:,}",
            hint="send large values as parameters ($name) instead of inside the query",
        )
    found = shape(query)
    if found.depth > MAX_NESTING:
        raise QueryTooComplex(
            f"the query nests expressions {found.depth} levels deep, the limit is "
            f"{MAX_NESTING} (each bracket, CASE, NOT and sign is a level)",
            hint="use WITH to name intermediate values instead of nesting them",
        )
    if found.cost > MAX_NESTING_COST:
        raise QueryTooComplex(
            f"the query's nesting cost is {found.cost:,}, the limit is {MAX_NESTING_COST:,} "
            "(each level opened at depth d costs 2^d: many deeply nested expressions)",
            hint="nest less, or split the query",
        )
    if found.loads_csv:
        raise QueryRefused(
            "LOAD CSV is not allowed here: it makes the database read files or URLs",
            hint="load data with `diplograph ingest` or `diplograph load`",
        )
    return found


def with_row_cap(query: str, found: Shape, cap: int) -> str:
    """The query with its rows capped by the engine (cap + 1 rows, to tell that it was cut),
    so a huge result is never built, shipped or parsed (FalkorDB builds a whole result
    before it sends it: 2M rows took 45 s and 2.6 GB). Queries that end with no RETURN
    (a bare procedure call) or are EXPLAIN / PROFILE / USE are left as they are. `RETURN *`
    sorts the columns by name: see `return_columns` for the order the query gave."""
    if not found.returns or found.first_word in ("EXPLAIN", "PROFILE", "USE"):
        return query
    body = query.rstrip().rstrip(";")
    return f"CALL {{\n{body}\n}}\nRETURN * LIMIT {cap + 1}"
