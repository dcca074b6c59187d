"""Options and helpers shared by the CLI commands."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

if (
    TYPE_CHECKING
):  # the store (pydantic, drivers) is imported when a command runs: --help stays fast
    from graph.store import GraphStore

console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        # "\\[" : rich markup would take "[/graph]" for a closing tag and crash --help
        help="Store URL: embedded:PATH (default ./diplograph-data), "
        "falkordb://host:port\\[/graph], bolt://host:port or neo4j://host:port. "
        "Also DIPLOGRAPH_DB.",
        show_default=False,
    ),
]


def db_url(ctx: typer.Context, db: str | None) -> str | None:
    """--db given on the command wins over --db given before it, then DIPLOGRAPH_DB."""
    if db:
        return db
    root = ctx.find_root()
    return (root.obj or {}).get("db") if isinstance(root.obj, dict) else None


@contextmanager
def store_from(ctx: typer.Context, db: str | None) -> Iterator[GraphStore]:
    from graph.store import open_store

    store = open_store(db_url(ctx, db))
    try:
        yield store
    finally:
        store.close()
