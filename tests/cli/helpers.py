"""Run the real `diplograph` command in a subprocess from the project root."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "PYTHONPATH": str(ROOT)}
    env.pop("DIPLOGRAPH_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "diplograph", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def has_pipeline() -> bool:
    return importlib.util.find_spec("ingest.pipeline") is not None


def has_command(name: str) -> bool:
    import typer

    from diplograph.cli import app

    group = typer.main.get_command(app)
    return name in getattr(group, "commands", {})
