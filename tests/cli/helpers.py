"""Run the real `diplograph` command in a subprocess from the project root."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

from tests.helpers import cli

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return cli(*args, env={"COLUMNS": "200", "NO_COLOR": "1"}, timeout=timeout)


def has_pipeline() -> bool:
    return importlib.util.find_spec("ingest.pipeline") is not None


def has_command(name: str) -> bool:
    import typer

    from diplograph.cli import app

    group = typer.main.get_command(app)
    return name in getattr(group, "commands", {})
