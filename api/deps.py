"""Dependencies of the routers: the store (one per app lifespan) and the settings."""

from __future__ import annotations

import hmac
import threading
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request

from api.settings import Settings
from diplograph.errors import DiplographError, StoreUnavailable
from graph.store import GraphStore

StoreFactory = Callable[[], GraphStore]


class StoreHolder:
    """Holds the app's store and brings it back after its server went away.

    A store that cannot be opened at startup is opened on a later request. A request that
    fails with StoreUnavailable marks the store lost (`lost()`); the next request reconnects
    it first (an embedded server that died is started again, by this process if nobody else
    did). While one request reconnects, the others get 503 at once instead of queueing."""

    def __init__(self, factory: StoreFactory | None, store: GraphStore | None = None) -> None:
        self.factory = factory
        self.store = store
        self.owned = store is None  # a store handed in by the caller is closed by the caller
        self._lock = threading.Lock()
        self._lost = False

    def get(self) -> GraphStore:
        store = self.store
        if store is not None and not self._lost:
            return store
        if not self._lock.acquire(timeout=0.05):
            raise StoreUnavailable("the store is being reconnected", hint="try again in a moment")
        try:
            if self.store is None:
                self.store = self._open()
            elif self._lost:
                self.store.reconnect()
            self._lost = False
            return self.store
        finally:
            self._lock.release()

    def lost(self) -> None:
        """A request saw the store's server go away: reconnect before the next one."""
        if self.store is not None:
            self._lost = True

    def _open(self) -> GraphStore:
        if self.factory is None:
            raise StoreUnavailable("the API has no store", hint="restart the server")
        try:
            return self.factory()
        except DiplographError:
            raise
        except Exception as exc:  # a driver's own connection error: same meaning
            raise StoreUnavailable(
                f"cannot open the store: {exc}",
                hint="check that the database runs and DIPLOGRAPH_DB is right",
            ) from exc

    def close(self) -> None:
        if self.owned and self.store is not None:
            self.store.close()
            self.store = None


def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def get_store(request: Request) -> GraphStore:
    return request.app.state.store_holder.get()  # type: ignore[no-any-return]


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]


def require_api_key(
    request: Request,
    x_api_key: Annotated[
        str | None, Header(description="the key set in DIPLOGRAPH_API_KEY")
    ] = None,
) -> None:
    """Endpoints that run user Cypher or write are off unless DIPLOGRAPH_API_KEY is set, and
    then need that key in X-API-Key (compared in constant time)."""
    settings: Settings = request.app.state.settings
    if not settings.api_key:
        raise HTTPException(
            404,
            f"{request.method} {request.url.path} is off: start the server with "
            "DIPLOGRAPH_API_KEY set to enable it",
        )
    given = (x_api_key or "").encode("utf-8", "surrogateescape")
    if not hmac.compare_digest(given, settings.api_key.encode("utf-8")):
        raise HTTPException(
            401,
            "missing or wrong X-API-Key header",
            headers={"WWW-Authenticate": "X-API-Key"},
        )


ApiKeyDep = Depends(require_api_key)
