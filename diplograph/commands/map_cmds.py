"""`diplograph map`: an interactive relationship map as one offline HTML page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from diplograph.commands.common import DbOption, console, store_from
from diplograph.errors import InputError

EVENT_KINDS = ("meeting", "visit", "call", "talks", "summit", "signing", "exercise", "other")
ACTOR_TYPES = ("Person", "Country", "Organization")


def _date(value: str | None, option: str) -> str | None:
    from graph.model import check_date

    try:
        checked = check_date(value)
        if checked:  # a real calendar date: 2024-13 or 2024-02-30 are refused
            dt.date.fromisoformat((checked + "-01-01")[:10])
        return checked
    except ValueError as exc:
        raise InputError(
            f"{option}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD): {exc}"
        ) from exc


def _csv(value: str | None, allowed: tuple[str, ...], option: str) -> tuple[str, ...] | None:
    if not value:
        return None
    items = tuple(v.strip() for v in value.split(",") if v.strip())
    lookup = {a.lower(): a for a in allowed}
    bad = [v for v in items if v.lower() not in lookup]
    if bad:
        raise InputError(
            f"{option}: unknown value(s) {', '.join(bad)}; choose from {', '.join(allowed)}"
        )
    return tuple(lookup[v.lower()] for v in items)


def _countries(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    codes = [c.strip().upper() for c in value.split(",") if c.strip()]
    if len(codes) != 2 or not all(len(c) == 2 and c.isalpha() for c in codes):
        raise InputError(
            f"--countries: expected two ISO-3166 alpha-2 codes like PK,BH, not {value!r}"
        )
    return codes[0], codes[1]


def map_command(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write.")] = Path(
        "map.html"
    ),
    center: Annotated[
        str | None, typer.Option("--center", help="Actor id or name at the centre.")
    ] = None,
    countries: Annotated[
        str | None, typer.Option("--countries", help="Two country codes, e.g. PK,BH.")
    ] = None,
    depth: Annotated[int, typer.Option("--depth", min=1, max=5, help="Hops from --center.")] = 2,
    since: Annotated[
        str | None, typer.Option("--since", help="From this date (YYYY[-MM[-DD]]).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Up to this date, inclusive.")
    ] = None,
    kinds: Annotated[
        str | None, typer.Option("--kinds", help="Event kinds, comma separated.")
    ] = None,
    actor_types: Annotated[
        str | None, typer.Option("--actor-types", help="Person,Country,Organization.")
    ] = None,
    min_meetings: Annotated[
        int, typer.Option("--min-meetings", min=1, help="Keep people who met someone this often.")
    ] = 1,
    max_nodes: Annotated[
        int, typer.Option("--max-nodes", min=10, help="Keep the most connected nodes.")
    ] = 1000,
    db: DbOption = None,
) -> None:
    """Draw an interactive map as one HTML page that works offline.

    Around one actor (--center), between two countries (--countries), or the whole graph,
    optionally filtered."""
    from graph.maps import map_html
    from graph.network import Filters

    if center and countries:
        raise InputError("give --center or --countries, not both")
    filters = Filters(
        since=_date(since, "--since"),
        until=_date(until, "--until"),
        kinds=_csv(kinds, EVENT_KINDS, "--kinds"),
        actor_types=_csv(actor_types, ACTOR_TYPES, "--actor-types"),
        min_meetings=min_meetings,
    )
    pair = _countries(countries)
    with store_from(ctx, db) as store:
        page = map_html(
            store, center=center, countries=pair, depth=depth, filters=filters, max_nodes=max_nodes
        )
    tmp = output.with_name(output.name + ".tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(output)  # never leave a half-written page
    if '<div id="empty">' in page:
        console.print(f"nothing found for these filters; wrote an empty map to {output}")
    else:
        console.print(f"wrote {output}")


def register(app: typer.Typer) -> None:
    app.command("map")(map_command)
