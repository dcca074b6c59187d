"""`diplograph evaluate GOLD.yaml PATH...`: score the extractor against a gold file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from diplograph.commands.common import console
from diplograph.errors import GoldFileError

if TYPE_CHECKING:
    from ingest.evaluate import Scores


def register(app: typer.Typer) -> None:
    @app.command("evaluate")
    def evaluate(
        gold: Annotated[
            Path,
            typer.Argument(help="Gold file (YAML: people + articles, or one entry per article)."),
        ],
        paths: Annotated[list[str], typer.Argument(help="Article files or folders.")],
        as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
        errors: Annotated[
            bool,
            typer.Option(
                "--errors",
                help="List every false pair, missed pair, inexact date and missed agreement "
                "with its quote, and a per-article table.",
            ),
        ] = False,
    ) -> None:
        """Ingest PATHs into a throwaway store and score meetings, people and agreements."""
        from ingest.evaluate import evaluate_paths

        if not gold.is_file():
            raise GoldFileError(f"gold file {gold} not found")
        try:
            scores = evaluate_paths(gold, paths)
        except ValueError as exc:
            raise GoldFileError(str(exc)) from exc
        if as_json:
            print(json.dumps(scores.model_dump(), indent=2, default=list))
            return
        t = Table(title="diplograph evaluate", show_header=True)
        t.add_column("measure")
        t.add_column("value", justify="right")
        mp = scores.meeting_pairs
        for k in ("precision", "recall", "f1"):
            t.add_row(f"meeting pairs {k}", f"{mp[k]:.3f}")
        t.add_row(
            "meeting pairs tp / fp / gold",
            f"{mp['true_positives']} / {mp['false_positives']} / {mp['gold']}",
        )
        t.add_row("per-article macro F1", f"{scores.macro_f1:.3f}")
        t.add_row("exact dates (of matched pairs)", f"{scores.exact_date_share:.3f}")
        t.add_row("people recall", f"{scores.people['recall']:.3f}")
        t.add_row("wrong merges", str(scores.people["wrong_merges"]))
        t.add_row("splits", str(scores.people["splits"]))
        t.add_row("agreement recall (name+status)", f"{scores.agreements['recall']:.3f}")
        t.add_row("agreement recall (name)", f"{scores.agreements['name_recall']:.3f}")
        for k, v in scores.corpus.items():
            t.add_row(f"corpus {k}", "ok" if v else "FAILED")
        console.print(t)
        if errors:
            _print_errors(scores)
            return
        for label, items in (
            ("missed", scores.details.get("missed_pairs")),
            ("false", scores.details.get("false_pairs")),
        ):
            for it in items or []:
                console.print(escape(f"  {label} pair: {' + '.join(it['names'])} ({it['date']})"))
        for it in scores.agreements.get("missing") or []:
            console.print(
                escape(f"  missed agreement: {it['name']} [{it['status']}] found {it['found']}")
            )


def _print_errors(scores: Scores) -> None:
    from ingest.eval_report import article_table, error_lines

    for line in [*error_lines(scores), "== per article", *article_table(scores)]:
        console.print(escape(line), soft_wrap=True, highlight=False)
