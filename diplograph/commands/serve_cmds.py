"""`diplograph serve`: the HTTP API with uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from diplograph.commands.common import DbOption, console, db_url


def serve(
    ctx: typer.Context,
    host: Annotated[
        str, typer.Option(help="Address to bind (default: this machine only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    db: DbOption = None,
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs).

    The store opens with the server and closes when it stops; an embedded store runs as
    long as the server does. POST /cypher and POST /documents stay off unless
    DIPLOGRAPH_API_KEY is set."""
    import uvicorn

    from api.app import create_app
    from api.settings import Settings

    settings = Settings()
    app = create_app(db_url(ctx, db) or settings.db_url, settings)
    if host not in ("127.0.0.1", "localhost", "::1"):
        console.print(
            f"[yellow]warning[/] listening on {host}: the API is reachable from the network"
        )
    console.print(f"serving the diplograph API on http://{host}:{port} (docs: /docs)")
    uvicorn.run(app, host=host, port=port, log_level="info")


def register(app: typer.Typer) -> None:
    app.command()(serve)
