"""`diplograph query list | show NAME | run NAME --param k=v ... [--format table|json|csv]`:
saved queries (queries/*.cypher), with the loader and runner the /queries endpoints use."""

from __future__ import annotations

import csv
import io
import json
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.markup import escape

from diplograph.commands.common import DbOption, console, store_from
from diplograph.errors import InputError

query_app = typer.Typer(help="Saved Cypher queries (queries/*.cypher).", no_args_is_help=True)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


@query_app.command("list")
def list_queries() -> None:
    """List the saved queries with their descriptions."""
    from rich.table import Table

    from queries.loader import load_queries

    table = Table("name", "parameters", "description")
    for name, q in sorted(load_queries().items()):
        params = ", ".join(p.name + ("" if p.required else "?") for p in q.params)
        table.add_row(name, params, escape(q.description))
    console.print(table)


@query_app.command("show")
def show(name: Annotated[str, typer.Argument(help="Query name.")]) -> None:
    """Show one query: description, parameters and Cypher."""
    from queries.loader import get_query

    q = get_query(name)
    console.print(f"[bold]{q.name}[/]: {escape(q.description)}")
    for p in q.params:
        default = "required" if p.required else f"default {json.dumps(p.default)}"
        console.print(f"  --param {p.name}=<{p.type}>  ({default}) {escape(p.comment)}")
    sys.stdout.write("\n" + q.text.rstrip() + "\n")


def _parse_params(items: list[str]) -> dict[str, str]:
    given: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InputError(f"--param {item!r}: expected NAME=VALUE")
        given[key.strip()] = value
    return given


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


@query_app.command("run")
def run(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Query name.")],
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE, repeatable.")
    ] = None,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table, json or csv")
    ] = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """Run a saved query read-only.

    Unknown, missing or wrongly typed parameters are errors
    (exit 2) naming the parameter."""
    from rich.table import Table

    from queries.loader import bind_params, get_query, run_query

    q = get_query(name)
    given = _parse_params(param or [])
    bind_params(q, given, as_text=True)  # check before opening the store
    with store_from(ctx, db) as store:
        result = run_query(store, q, given, as_text=True)
    if fmt == OutputFormat.json:
        sys.stdout.write(json.dumps(result.rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == OutputFormat.csv:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow([_cell(row.get(c)) for c in result.columns])
        sys.stdout.write(buf.getvalue())
    else:
        table = Table(*result.columns, title=q.name)
        for row in result.rows:
            table.add_row(*(escape(_cell(row.get(c))) for c in result.columns))
        console.print(table)
        console.print(
            f"{len(result.rows)} row(s)"
            + (" (truncated by the row cap)" if result.truncated else "")
        )


def register(app: typer.Typer) -> None:
    app.add_typer(query_app, name="query")
