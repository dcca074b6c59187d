"""pytest plugin: a real Neo4j 5.26 for the tests (registered in tests/conftest.py).

Session fixture `neo4j_url` -> "bolt://neo4j:<password>@127.0.0.1:PORT". It builds the
launcher in this folder with Maven if the jar is missing or older than its sources, starts
it once per test session on a free port, and stops it at the end. Three things make sure
no JVM outlives the tests: the fixture's teardown (also run after Ctrl-C), an atexit hook,
and the launcher's --exit-on-stdin-eof (its stdin is a pipe from this process, so it ends
even if pytest is killed with SIGKILL).

- DIPLOGRAPH_TEST_NEO4J_URL=bolt://user:pass@host:port uses an already running Neo4j instead
  (its data is deleted by the tests!).
- Where Neo4j cannot start (no java or mvn, build or start failure) the Neo4j tests skip with
  the reason; with CI=true they fail instead, since CI must test Neo4j for real.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
POM = HERE / "pom.xml"
SOURCES = [POM, *sorted((HERE / "src").rglob("*.java"))]
JAR = HERE / "target" / "neo4j-test-server.jar"
ENV_URL = "DIPLOGRAPH_TEST_NEO4J_URL"
USER, PASSWORD = "neo4j", "diplograph-test"  # the launcher's defaults (Neo4jTestServer.java)
START_TIMEOUT_S = float(os.environ.get("DIPLOGRAPH_TEST_NEO4J_START_TIMEOUT", "180"))
BUILD_TIMEOUT_S = 900
JVM_OPTS = ["-Xmx1g", "-XX:+UseSerialGC"]  # modest: test graphs are small, cores are few
READY = re.compile(r"^READY bolt://127\.0\.0\.1:(\d+)\b.*$", re.M)

timings: dict[str, float] = {}  # shown in the terminal summary


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def unavailable(reason: str) -> None:
    """Skip (locally) or fail (CI) every test that needs Neo4j."""
    if in_ci():
        pytest.fail(f"Neo4j is required when CI=true, but: {reason}", pytrace=False)
    pytest.skip(f"Neo4j unavailable: {reason}")


def java_cmd() -> str | None:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


def jar_is_fresh() -> bool:
    if not JAR.exists():
        return False
    built = JAR.stat().st_mtime
    return all(src.stat().st_mtime <= built for src in SOURCES)


def build_jar() -> str | None:
    """Build the launcher if needed; the reason it cannot be had, or None."""
    if jar_is_fresh():
        return None
    mvn = shutil.which("mvn")
    if mvn is None:
        return f"{JAR} is missing and Maven (mvn) is not installed to build it"
    start = time.monotonic()
    try:
        proc = subprocess.run(
            [mvn, "-q", "-B", "-f", str(POM), "package", "-DskipTests"],
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT_S,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return f"the Maven build of {POM} took longer than {BUILD_TIMEOUT_S} s"
    timings["maven build"] = time.monotonic() - start
    if proc.returncode != 0 or not JAR.exists():
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-20:])
        return f"the Maven build of {POM} failed (exit {proc.returncode}):\n{tail}"
    return None


class Neo4jServer:
    """One launcher JVM in its own process group."""

    def __init__(self, java: str) -> None:
        self.log = Path(tempfile.mkstemp(prefix="diplograph-neo4j-", suffix=".log")[1])
        self._log_file = self.log.open("wb")
        self.proc = subprocess.Popen(
            [java, *JVM_OPTS, "-jar", str(JAR), "--port", "0", "--exit-on-stdin-eof"],
            stdin=subprocess.PIPE,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own group: Ctrl-C goes to pytest, which stops it
        )
        atexit.register(self.stop)
        self.port = 0

    def wait_ready(self, timeout_s: float) -> str | None:
        """Wait for the READY line; the reason it did not come, or None."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            match = READY.search(self.log.read_text(errors="replace"))
            if match:
                self.port = int(match.group(1))
                return None
            if self.proc.poll() is not None:
                return f"the launcher exited with {self.proc.returncode}:\n{self.tail()}"
            time.sleep(0.1)
        return f"no READY line from the launcher within {timeout_s:g} s:\n{self.tail()}"

    def tail(self, lines: int = 30) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        if self.proc.poll() is None:
            # closing stdin asks for a clean shutdown; then SIGTERM, then SIGKILL
            with contextlib.suppress(OSError):
                if self.proc.stdin:
                    self.proc.stdin.close()
            for sig in (None, signal.SIGTERM, signal.SIGKILL):
                if sig is not None:
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(self.proc.pid, sig)
                try:
                    self.proc.wait(timeout=30)
                    break
                except subprocess.TimeoutExpired:
                    continue
        self._log_file.close()
        with contextlib.suppress(OSError):
            self.log.unlink()
        atexit.unregister(self.stop)


@pytest.fixture(scope="session")
def neo4j_url() -> Iterator[str]:
    """URL of a running Neo4j (credentials included) for this test session."""
    external = os.environ.get(ENV_URL)
    if external:
        yield external
        return
    java = java_cmd()
    if java is None:
        unavailable("Java is not installed (the launcher needs Java 17+)")
    reason = build_jar()
    if reason:
        unavailable(reason)
    start = time.monotonic()
    server = Neo4jServer(str(java))
    try:
        reason = server.wait_ready(START_TIMEOUT_S)
        if reason:
            unavailable(reason)
        timings["neo4j start"] = time.monotonic() - start
        yield f"bolt://{USER}:{PASSWORD}@127.0.0.1:{server.port}"
    finally:
        server.stop()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if timings:
        text = ", ".join(f"{k} {v:.1f} s" for k, v in timings.items())
        terminalreporter.write_line(f"neo4j test server: {text}")
