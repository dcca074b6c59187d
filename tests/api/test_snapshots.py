"""A snapshot is read once, served from memory while fresh, and once old it is served as it
was while one background read replaces it (the request never waits for that read)."""

from __future__ import annotations

import threading
import time

from api.snapshots import Snapshot


def test_read_once_then_served_then_refreshed_in_the_background() -> None:
    reads: list[float] = []
    release = threading.Event()

    def read() -> int:
        reads.append(time.monotonic())
        if len(reads) > 1:
            release.wait(5)  # a slow read of a large graph
        return len(reads)

    snap: Snapshot[int] = Snapshot("test")
    assert snap.get(read, ttl_s=0.2) == 1 and snap.get(read, ttl_s=0.2) == 1
    assert len(reads) == 1
    time.sleep(0.3)
    start = time.monotonic()
    assert [snap.get(read, ttl_s=0.2) for _ in range(5)] == [1] * 5  # old value, no wait
    assert time.monotonic() - start < 1.0
    release.set()
    deadline = time.monotonic() + 5
    while snap.get(read, ttl_s=10) != 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert snap.get(read, ttl_s=10) == 2 and len(reads) == 2  # one refresh, not five


def test_a_failed_refresh_keeps_the_old_value() -> None:
    calls = {"n": 0}

    def read() -> str:
        calls["n"] += 1
        if calls["n"] > 1:
            raise RuntimeError("store gone")
        return "span"

    snap: Snapshot[str] = Snapshot("test")
    assert snap.get(read, ttl_s=0.0) == "span"
    time.sleep(0.05)
    assert snap.get(read, ttl_s=0.0) == "span"
    time.sleep(0.2)
    assert snap.get(read, ttl_s=0.0) == "span" and calls["n"] >= 2
