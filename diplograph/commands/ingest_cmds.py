"""`diplograph ingest PATH|URL…`: load articles (files, folders, URLs), run the extraction
pipeline on them, print one status line per document and a summary. Exit code 1 when any
document failed (the others are still written)."""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape

from diplograph.commands.common import DbOption, console, store_from
from diplograph.errors import DiplographError, StoreUnavailable

if TYPE_CHECKING:  # imported when the command runs, so that --help stays fast
    from ingest.article import Article, IngestOutcome

_STYLE = {"new": "green", "unchanged": "dim", "replaced": "yellow", "failed": "bold red"}
# Loader notes the user must see under a document's status line: an encoding that was detected
# rather than read as UTF-8, and a missing publication date (relative dates stay unresolved).
_SHOWN_NOTES = ("not valid UTF-8", "decoded as", "no publication date")


def _pipeline() -> Callable[..., list[IngestOutcome]]:
    """ingest.pipeline is imported only when needed (it loads spaCy and the lexicons)."""
    try:
        module = importlib.import_module("ingest.pipeline")
    except ModuleNotFoundError as exc:
        if exc.name != "ingest.pipeline":
            raise
        raise DiplographError(
            "the extraction pipeline (ingest/pipeline.py) is not available in this installation",
            hint="install a diplograph version that includes the extraction pipeline",
        ) from exc
    fn: Callable[..., list[IngestOutcome]] = module.ingest_articles
    return fn


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def status_line(outcome: IngestOutcome) -> str:
    """One line per document, e.g. `new       a.txt  2 people, 1 event, 0 agreements`."""
    style = _STYLE.get(outcome.status, "")
    head = f"[{style}]{outcome.status:<9}[/] {escape(outcome.source)}"
    if outcome.status == "failed":
        reason = outcome.reason or "unknown error"
        # loader reasons already start with the source; don't print it twice
        if reason.startswith(outcome.source + ": "):
            reason = reason[len(outcome.source) + 2 :]
        return f"{head}  [red]{escape(reason)}[/]"
    people = "1 person" if outcome.people == 1 else f"{outcome.people} people"
    counts = f"{people}, {_n(outcome.events, 'event')}, {_n(outcome.agreements, 'agreement')}"
    return f"{head}  [dim]{counts}[/]"


def note_lines(article: Article) -> list[str]:
    return [
        f"          [yellow]note:[/] {escape(n)}"
        for n in article.notes
        if n.startswith(_SHOWN_NOTES)
    ]


def summary_line(outcomes: list[IngestOutcome]) -> str:
    by_status = Counter(o.status for o in outcomes)
    parts = ", ".join(f"{by_status[s]} {s}" for s in ("new", "unchanged", "replaced", "failed"))
    people = sum(o.people for o in outcomes)
    events = _n(sum(o.events for o in outcomes), "event")
    agreements = _n(sum(o.agreements for o in outcomes), "agreement")
    return (
        f"{_n(len(outcomes), 'document')}: {parts}; "
        f"{'1 person' if people == 1 else f'{people} people'}, {events}, {agreements}"
    )


def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files (.txt .md .html .jsonl), folders (walked recursively) or http(s) URLs.",
            metavar="PATH|URL",
            show_default=False,
        ),
    ],
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Extraction processes (default: the number of cores). The graph is the "
            "same for any number.",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Ingest news articles into the graph (files, folders, URLs).

    Finds people, organizations, meetings and agreements and writes them to the graph with
    the source behind every fact. Re-ingesting an unchanged document
    changes nothing; a changed version of the same source replaces its facts."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    from ingest.article import IngestOutcome
    from ingest.loaders import LoadFailure, load_paths

    ingest_articles = _pipeline()
    outcomes: list[IngestOutcome] = []
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,  # piped output (logs, tests): status lines only
    )

    notes: dict[str, list[str]] = {}

    def report(outcome: IngestOutcome) -> None:
        outcomes.append(outcome)
        progress.console.print(status_line(outcome), highlight=False, soft_wrap=True)
        for line in notes.get(outcome.source, []) if outcome.status != "failed" else []:
            progress.console.print(line, highlight=False, soft_wrap=True)

    with store_from(ctx, db) as store, progress:
        task = progress.add_task("loading", total=None)
        articles: list[Article] = []
        for item in load_paths(paths):
            if isinstance(item, LoadFailure):
                report(IngestOutcome(source=item.source, status="failed", reason=item.reason))
            else:
                articles.append(item)
                notes[item.source] = note_lines(item)
            progress.advance(task)
        progress.update(task, description="extracting", total=len(articles), completed=0)
        reported: list[Any] = []

        def on_outcome(outcome: IngestOutcome) -> None:
            reported.append(outcome)
            report(outcome)
            progress.advance(task)

        if jobs is None:
            from ingest.parallel import default_jobs

            jobs = default_jobs()
        try:
            returned = (
                ingest_articles(store, articles, on_outcome=on_outcome, jobs=jobs)
                if articles
                else []
            )
        except StoreUnavailable:
            progress.stop()
            console.print(summary_line(outcomes), highlight=False, soft_wrap=True)
            raise  # one coded line, exit 2 (diplograph.cli.main)
        for outcome in returned[len(reported) :] if not reported else []:
            report(outcome)  # a pipeline that returns outcomes without calling back
    if not outcomes:
        console.print("no documents found (supported: .txt .md .html .htm .jsonl, http(s) URLs)")
        raise typer.Exit(1)
    console.print(summary_line(outcomes), highlight=False, soft_wrap=True)
    if any(o.status == "failed" for o in outcomes):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(ingest)
