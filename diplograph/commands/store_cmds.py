"""Store commands: status, load, export, reset."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from diplograph.commands.common import DbOption, console, store_from
from diplograph.errors import InputError


class ExportFormat(StrEnum):
    json = "json"
    graphml = "graphml"
    gexf = "gexf"


def status(ctx: typer.Context, db: DbOption = None) -> None:
    """Show the backend and node and relationship counts by label and type."""
    with store_from(ctx, db) as store:
        counts = store.counts()
        console.print(f"backend: {store.describe()}", highlight=False, soft_wrap=True)
    from rich.table import Table

    table = Table("label / type", "count", title="nodes and relationships")
    for label, n in sorted(counts.nodes.items()):
        table.add_row(label, str(n))
    table.add_section()
    for rel, n in sorted(counts.relationships.items()):
        table.add_row(rel, str(n))
    console.print(table)
    nodes, rels = sum(counts.nodes.values()), sum(counts.relationships.values())
    console.print(f"total: {nodes} nodes, {rels} relationships", highlight=False)


def load(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="Records file in the export format (JSON).")],
    chunk_size: Annotated[
        int, typer.Option("--chunk-size", min=1, help="Records per write (one transaction each).")
    ] = 1000,  # graph/load.py CHUNK_RECORDS: not imported here, so --help stays fast
    db: DbOption = None,
) -> None:
    """Load curated records (actors, events, agreements, documents).

    The whole file is checked first; a file with any problem writes nothing. Then it is written
    in chunks: a load stopped midway is finished by running the same command again."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskID,
        TextColumn,
        TimeElapsedColumn,
    )

    from graph.load import check_file, write_checked

    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,  # piped output (logs, tests): the summary only
    )
    tasks: dict[str, TaskID] = {}

    def on_progress(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            label = "checking (MB)" if stage == "checking" else "writing records"
            tasks[stage] = progress.add_task(label, total=total)
        scale = 2**20 if stage == "checking" else 1
        progress.update(tasks[stage], completed=done // scale, total=total // scale)

    with progress:
        # the whole file is checked before the store opens: a bad file starts nothing
        counts, refs = check_file(file, on_progress)
        with store_from(ctx, db) as store:
            labels = refs.check(store, str(file))
            write_checked(store, file, counts, refs, labels, on_progress, chunk_size)
    console.print(
        f"loaded {file}: {counts['actors']} actors, {counts['events']} events, "
        f"{counts['agreements']} agreements, {counts['documents']} documents",
        highlight=False,
        soft_wrap=True,
    )


def export(
    ctx: typer.Context,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="json, graphml or gexf")
    ] = ExportFormat.json,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File to write (default: stdout).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Export the graph as JSON, GraphML or GEXF.

    JSON has the shape docs/export-format.md describes; GraphML and GEXF are for Gephi."""
    from graph.records import export_json

    with store_from(ctx, db) as store:
        if fmt == ExportFormat.json:
            text = export_json(store) + "\n"
        else:
            from graph.export import graph_to_networkx, write_network

            text = write_network(graph_to_networkx(store), fmt.value)
    if output is None:
        sys.stdout.write(text)
        return
    tmp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(output)  # never leave a half-written file
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"cannot write {output}: {exc.strerror or exc}") from exc
    console.print(f"wrote {output}", highlight=False, soft_wrap=True)


def reset(
    ctx: typer.Context,
    yes: Annotated[bool, typer.Option("--yes", help="Confirm deleting everything.")] = False,
    db: DbOption = None,
) -> None:
    """Delete every node and relationship in the store."""
    if not yes:
        console.print("reset deletes the whole graph; run again with --yes to confirm")
        raise typer.Exit(1)
    with store_from(ctx, db) as store:
        store.reset()
        console.print(f"reset {store.describe()}", highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.command()(status)
    app.command()(load)
    app.command()(export)
    app.command()(reset)
