"""Values read from the whole graph (the explorer's date span and kinds) kept per app for a
few seconds: one request reads them, later ones are served from memory, and once they are
old the request that notices serves the old value while a background thread reads anew, so
at most the first request after start pays for a read that grows with the graph."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


class Snapshot(Generic[T]):
    def __init__(self, name: str) -> None:
        self.name = name
        self._value: T | None = None
        self._read_at = 0.0
        self._lock = threading.Lock()  # one first read at a time
        self._refreshing = False

    def get(self, read: Callable[[], T], ttl_s: float) -> T:
        value = self._value
        if value is None:
            with self._lock:
                if self._value is None:
                    self._value, self._read_at = read(), time.monotonic()
                return self._value
        if time.monotonic() - self._read_at > ttl_s:
            with self._lock:
                start = not self._refreshing
                self._refreshing = True
            if start:
                threading.Thread(
                    target=self._refresh, args=(read,), name=f"refresh {self.name}", daemon=True
                ).start()
        return value

    def _refresh(self, read: Callable[[], T]) -> None:
        try:
            self._value, self._read_at = read(), time.monotonic()
        except Exception:  # noqa: BLE001 - the old value serves until the next refresh
            log.debug("refreshing %s failed", self.name, exc_info=True)
        finally:
            with self._lock:
                self._refreshing = False
