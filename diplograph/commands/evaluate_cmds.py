"""`diplograph evaluate GOLD.yaml PATH...`: score the extractor against a gold file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from diplograph.commands.common import console
from diplograph.errors import DiplographError


def register(app: typer.Typer) -> None:
    @app.command("evaluate")
    def evaluate(
        gold: Annotated[Path, typer.Argument(help="Gold file (YAML, format of seeds-gold.yaml).")],
        paths: Annotated[list[str], typer.Argument(help="Article files or folders.")],
        as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    ) -> None:
        """Ingest PATHs into a throwaway store and score meetings, people and agreements."""
        from ingest.evaluate import evaluate_paths

        if not gold.is_file():
            raise DiplographError(f"gold file {gold} not found")
        try:
            scores = evaluate_paths(gold, paths)
        except ValueError as exc:
            raise DiplographError(str(exc)) from exc
        if as_json:
            print(json.dumps(scores.model_dump(), indent=2, default=list))
            return
        from rich.table import Table

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
        t.add_row("exact dates (of matched pairs)", f"{scores.exact_date_share:.3f}")
        t.add_row("people recall", f"{scores.people['recall']:.3f}")
        t.add_row("wrong merges", str(scores.people["wrong_merges"]))
        t.add_row("splits", str(scores.people["splits"]))
        t.add_row("agreement recall (name+status)", f"{scores.agreements['recall']:.3f}")
        t.add_row("agreement recall (name)", f"{scores.agreements['name_recall']:.3f}")
        for k, v in scores.corpus.items():
            t.add_row(f"corpus {k}", "ok" if v else "FAILED")
        console.print(t)
        for label, items in (
            ("missed", scores.details.get("missed_pairs")),
            ("false", scores.details.get("false_pairs")),
        ):
            for it in items or []:
                console.print(f"  {label} pair: {it['pair'][0]} + {it['pair'][1]} ({it['date']})")
        for it in scores.agreements.get("missing") or []:
            console.print(
                escape(f"  missed agreement: {it['name']} [{it['status']}] found {it['found']}")
            )
