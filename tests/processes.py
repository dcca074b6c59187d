"""Real processes the reliability tests kill: `diplograph serve` and a Neo4j of their own on
a fixed port (so that it can be killed with SIGKILL and started again where it was)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.api.conftest import free_port
from tests.neo4j_server.plugin import JAR, JVM_OPTS, READY, java_cmd

ROOT = Path(__file__).resolve().parent.parent


class Serve:
    """`python -m diplograph serve` on a free port, as a user starts it."""

    def __init__(self, db: str, *args: str, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("DIPLOGRAPH_")}
        full_env.update(env or {})
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "diplograph", "--db", db, "serve", "--port", str(self.port)]
            + list(args),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            env=full_env,
        )
        deadline = time.monotonic() + 300  # workers import everything: slow on a busy machine
        while True:
            try:
                httpx.get(f"{self.url}/queries", timeout=2)
                return
            except httpx.TransportError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    out = self.stop()
                    raise RuntimeError(f"serve did not come up:\n{out}") from None
                time.sleep(0.2)

    def get(self, path: str) -> httpx.Response:
        return httpx.get(f"{self.url}{path}", timeout=60)

    def stop(self) -> str:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        return self.proc.stdout.read() if self.proc.stdout else ""


def wait_for_status(serve: Serve, path: str, status: int, timeout: float) -> list[int]:
    """GET `path` until it answers `status`; the statuses seen on the way (0: no answer)."""
    seen: list[int] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            code = serve.get(path).status_code
        except httpx.TransportError:
            code = 0
        seen.append(code)
        if code == status:
            return seen
        time.sleep(0.2)
    raise AssertionError(f"{path} never answered {status}; seen {seen[-20:]}")


class OwnNeo4j:
    """A Neo4j test server on a fixed port with a data folder that outlives it."""

    def __init__(self, home: Path) -> None:
        java = java_cmd()
        if java is None or not JAR.exists():
            pytest.skip("Neo4j unavailable: needs Java and the launcher jar (see the plugin)")
        self.java = java
        self.home = home
        self.port = free_port()
        # no auth: the launcher sets its password at each start, which a second start of
        # the same folder refuses
        self.url = f"bolt://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.start()

    def start(self, timeout: float = 180) -> None:
        log = self.home.with_suffix(".log")
        log_file = log.open("wb")
        self.proc = subprocess.Popen(
            [self.java, *JVM_OPTS, "-jar", str(JAR), "--port", str(self.port)]
            + ["--home", str(self.home), "--no-auth", "--exit-on-stdin-eof"],
            stdin=subprocess.PIPE,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log_file.close()
        deadline = time.monotonic() + timeout
        while not READY.search(log.read_text(errors="replace")):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                pytest.fail(f"own Neo4j did not start:\n{log.read_text(errors='replace')}")
            time.sleep(0.2)
        log.write_text("")  # the next start looks for a new READY line

    def kill(self) -> None:
        if self.proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(30)
            self.proc = None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(OSError):
                if self.proc.stdin:
                    self.proc.stdin.close()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(60)
        self.kill()
