"""`diplograph serve`: the HTTP API with uvicorn, in one process or in N worker processes."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from diplograph.commands.common import DbOption, console, db_url

MAX_WORKERS = 32


def default_workers() -> int:
    """One worker per core this process may run on (the store server shares them)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


def serve(
    ctx: typer.Context,
    host: Annotated[
        str, typer.Option(help="Address to bind (default: this machine only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=MAX_WORKERS,
            help="Worker processes, each with its own store connection "
            "(default: the number of cores).",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs).

    The store opens with the server and closes when it stops; an embedded store runs as
    long as the server does. With several workers, this process starts the embedded store's
    server and every worker is a client of it. POST /cypher and POST /documents stay off
    unless DIPLOGRAPH_API_KEY is set."""
    import uvicorn

    from api.app import create_app
    from api.settings import Settings
    from graph.store import open_store, resolve_url

    settings = Settings()
    url = resolve_url(db_url(ctx, db) or settings.db_url)
    count = workers or default_workers()
    if host not in ("127.0.0.1", "localhost", "::1"):
        console.print(
            f"[yellow]warning[/] listening on {host}: the API is reachable from the network"
        )
    plural = "s" if count > 1 else ""
    console.print(
        f"serving the diplograph API on http://{host}:{port} (docs: /docs), {count} worker{plural}"
    )
    if count == 1:
        uvicorn.run(create_app(url, settings), host=host, port=port, log_level="info")
        return
    # Workers are new processes that build the app from the environment. An embedded store's
    # server is started here, before them, so it lives as long as `serve` and they share it
    # (one server, many clients) instead of the first worker owning it.
    os.environ["DIPLOGRAPH_DB"] = url
    store = open_store(url) if url.lower().startswith("embedded:") else None
    try:
        from uvicorn.supervisors import Multiprocess

        from diplograph.commands.tcp_workers import TcpConfig

        config = TcpConfig(
            "api.app:create_app",
            factory=True,
            workers=count,
            host=host,
            port=port,
            log_level="info",
        )
        Multiprocess(config, sockets=[config.bind_socket()]).run()
    except KeyboardInterrupt:
        pass
    finally:
        if store is not None:
            store.close()


def register(app: typer.Typer) -> None:
    app.command()(serve)
