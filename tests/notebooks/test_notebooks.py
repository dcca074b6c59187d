"""The notebooks run top to bottom on a fresh embedded store (nbclient, kernel python3), and
are committed without outputs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
ALL = sorted(NOTEBOOKS.glob("*.ipynb"))


@pytest.fixture(scope="module")
def kernel(tmp_path_factory, monkeypatch_module) -> str:
    """The python3 kernel; when this machine has none, one installed in a temp folder."""
    if "python3" not in KernelSpecManager().find_kernel_specs():
        prefix = tmp_path_factory.mktemp("kernel")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "ipykernel",
                "install",
                "--prefix",
                str(prefix),
                "--name",
                "python3",
            ],
            check=True,
            capture_output=True,
        )
        monkeypatch_module.setenv("JUPYTER_PATH", str(prefix / "share" / "jupyter"))
    return "python3"


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_there_are_notebooks():
    names = [p.name for p in ALL]
    assert "01_who_met_whom.ipynb" in names and "02_network_analysis.ipynb" in names


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name} cell {i} has outputs: strip them"
            assert cell.execution_count is None, f"{path.name} cell {i} has an execution count"


@pytest.mark.slow
@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_runs_top_to_bottom(path, kernel):
    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb, kernel_name=kernel, timeout=180, resources={"metadata": {"path": str(NOTEBOOKS)}}
    ).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "nodes:" in text and "Person" in text
    kinds = {m for o in outputs for m in o.get("data", {})}
    if path.name.startswith("01"):
        assert "image/png" in kinds and "met:" in text  # the timeline plot and an ego listing
    else:
        assert "text/html" in kinds and "betweenness" in text and "1. " in text
