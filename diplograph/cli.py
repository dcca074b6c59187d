"""The `diplograph` command. Command groups live in diplograph/commands/, one per area."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from diplograph.commands import ingest_cmds, store_cmds
from diplograph.commands.common import err_console
from rich.markup import escape

from diplograph.errors import DiplographError

app = typer.Typer(
    name="diplograph",
    help="A knowledge graph of diplomatic relations built from news articles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Store URL for every command (also DIPLOGRAPH_DB)."),
    ] = None,
) -> None:
    ctx.obj = {"db": db}


for _module in (store_cmds, ingest_cmds):
    _module.register(app)


def main() -> None:
    try:
        code = app(standalone_mode=False)
        # without standalone mode, click returns the code of typer.Exit instead of exiting
        if isinstance(code, int) and code:
            sys.exit(code)
    except DiplographError as exc:
        err_console.print(f"[bold red]error[/] {escape(str(exc))}", highlight=False)
        sys.exit(2)
    except typer.Abort:
        err_console.print("aborted")
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # usage errors: typer vendors its own click (typer._click)
        show, code = getattr(exc, "show", None), getattr(exc, "exit_code", None)
        if callable(show) and isinstance(code, int):
            show()
            sys.exit(code)
        raise


if __name__ == "__main__":
    main()
