"""The `diplograph` command. Command groups live in diplograph/commands/, one per area."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.markup import escape

from diplograph.commands import (
    evaluate_cmds,
    ingest_cmds,
    map_cmds,
    query_cmds,
    serve_cmds,
    store_cmds,
)
from diplograph.commands.common import err_console
from diplograph.errors import DiplographError

app = typer.Typer(
    name="diplograph",
    help="A knowledge graph of diplomatic relations built from news articles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Store URL for every command (also DIPLOGRAPH_DB)."),
    ] = None,
) -> None:
    ctx.obj = {"db": db}


for _module in (store_cmds, ingest_cmds, query_cmds, serve_cmds, map_cmds, evaluate_cmds):
    _module.register(app)


def main() -> None:
    """Entry point: expected failures (DiplographError) print one clear message, exit 2."""
    try:
        app()  # standalone: usage errors print and exit 2, Ctrl-C exits 130
    except DiplographError as exc:
        err_console.print(f"[bold red]error[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
