"""`diplograph --help` and every subcommand's --help render (rich markup in help texts can
crash them), and the command list gives each command a one-line summary."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from diplograph.cli import app

COMMANDS = [
    ["status"], ["load"], ["export"], ["reset"], ["ingest"], ["serve"], ["map"], ["evaluate"],
    ["query"], ["query", "list"], ["query", "show"], ["query", "run"],
]  # fmt: skip


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_help_renders(args: list[str]) -> None:
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def test_the_command_list_has_one_line_per_command() -> None:
    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    names = set(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
    panel = result.output.split("Commands")[1].splitlines()
    rows = [line.strip("│ ").split(" ", 1)[0] for line in panel if line.startswith("│")]
    assert sorted(rows) == sorted(names), result.output  # no wrapped continuation rows
