"""A real uvicorn server per engine on 127.0.0.1, serving the app over the test store; each
test gets the fixture graph freshly loaded and an httpx client."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn

from api.app import create_app
from api.settings import Settings
from graph.store import GraphStore
from tests.fixture_graph import load_fixture

API_KEY = "test-key-1234"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """uvicorn in a thread; `url` is its base URL."""

    def __init__(self, app: object) -> None:
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        config = uvicorn.Config(
            app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="session")
def live_servers() -> Iterator[dict[int, LiveServer]]:
    servers: dict[int, LiveServer] = {}
    yield servers
    for s in servers.values():
        s.stop()


def server_for(store: GraphStore, servers: dict[int, LiveServer]) -> LiveServer:
    if id(store) not in servers:
        servers[id(store)] = LiveServer(create_app(store, Settings(api_key=API_KEY)))
    return servers[id(store)]


@pytest.fixture
def api(store: GraphStore, live_servers: dict[int, LiveServer]) -> Iterator[httpx.Client]:
    """A client of the live API over the fixture graph (on each engine)."""
    load_fixture(store)
    server = server_for(store, live_servers)
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client
