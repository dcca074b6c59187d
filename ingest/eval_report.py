"""The error listing of `diplograph evaluate --errors`: every false pair, missed pair, inexact
date and missed agreement with the quote behind it, and the rows of the per-article table."""

from __future__ import annotations

from typing import Any

from ingest.evaluate import Scores

ARTICLE_COLUMNS = ("article", "pairs", "tp", "fp", "fn", "P", "R", "F1", "dates", "agreements")


def _quote(text: str | None, limit: int = 240) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _pair(item: dict[str, Any]) -> str:
    return " + ".join(item["names"])


def error_lines(s: Scores) -> list[str]:
    """Plain lines, one section per kind of error, each item followed by its quote."""
    d = s.details
    out: list[str] = []
    false_pairs = d.get("false_pairs") or []
    out.append(f"== false pairs ({len(false_pairs)})")
    for x in false_pairs:
        out.append(
            f"FALSE  {_pair(x)}  date={x['date']}  kind={x['kind']}  "
            f"article={','.join(x['articles'])}  rule={x['rule']}"
        )
        out.append(f'       "{_quote(x["quote"])}"')
    missed = d.get("missed_pairs") or []
    out.append(f"== missed pairs ({len(missed)})")
    for x in missed:
        out.append(f"MISSED {_pair(x)}  gold date={x['date']}  article={','.join(x['articles'])}")
        for e in x.get("evidence") or []:
            out.append(f'       "{_quote(e)}"')
    inexact = d.get("inexact_dates") or []
    out.append(f"== matched pairs with an inexact date ({len(inexact)})")
    for x in inexact:
        out.append(
            f"DATE   {_pair(x)}  gold={x['gold_date']}  predicted={x['date']}  "
            f"article={','.join(x['articles'])}  rule={x['rule']}"
        )
        out.append(f'       "{_quote(x["quote"])}"')
    agreements = s.agreements.get("missing") or []
    out.append(f"== missed agreements ({len(agreements)})")
    for x in agreements:
        found = "; ".join(f"{n} [{st}]" for n, st in x["found"]) or "nothing by that name"
        out.append(f"AGREE  {x['article']}: {x['name']} [{x['status']}]  found: {found}")
        if x.get("evidence"):
            out.append(f'       "{_quote(x["evidence"])}"')
    return out


def article_rows(s: Scores) -> list[tuple[str, ...]]:
    """One row per article (ARTICLE_COLUMNS), then the totals."""
    rows: list[tuple[str, ...]] = []
    for stem, r in s.per_article.items():
        rows.append(
            (
                stem,
                str(r["gold"]),
                str(r["tp"]),
                str(r["fp"]),
                str(r["fn"]),
                f"{r['precision']:.2f}",
                f"{r['recall']:.2f}",
                f"{r['f1']:.2f}",
                f"{r['exact']}/{r['tp']}",
                f"{r['agreements_found']}/{r['agreements_gold']}",
            )
        )
    mp = s.meeting_pairs
    found = sum(r["agreements_found"] for r in s.per_article.values())
    rows.append(
        (
            f"all {len(s.per_article)} (macro F1 {s.macro_f1:.3f})",
            str(mp["gold"]),
            str(mp["true_positives"]),
            str(mp["false_positives"]),
            str(int(mp["gold"]) - int(mp["true_positives"])),
            f"{mp['precision']:.2f}",
            f"{mp['recall']:.2f}",
            f"{mp['f1']:.2f}",
            f"{s.exact_date_share:.2f}",
            f"{found}/{s.agreements['gold']}",
        )
    )
    return rows


def article_table(s: Scores) -> list[str]:
    """The per-article table as aligned plain lines (pairs: gold pairs; dates: exact of
    matched; agreements: found by name of gold)."""
    rows = [ARTICLE_COLUMNS, *article_rows(s)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(ARTICLE_COLUMNS))]
    lines = []
    for k, r in enumerate(rows):
        cells = [c.ljust(widths[0]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)]
        lines.append("  ".join(cells).rstrip())
        if k == 0 or k == len(rows) - 2:
            lines.append("-" * len(lines[-1]))
    return lines
