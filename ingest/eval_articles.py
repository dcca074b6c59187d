"""The per-article table of `diplograph evaluate`: meeting pairs, exact dates and agreements
within each article, so that one long article does not hide the others.

Within an article, the gold pairs are those of its own meetings and the predicted pairs those
of encounters sourced from it. A predicted pair that matches no gold pair of the article but
an optional one, or a gold pair of another report of the same meeting, is not counted as
false. An article with neither gold nor predicted pairs scores F1 1."""

from __future__ import annotations

from itertools import combinations
from typing import Any


def compatible(a: str | None, b: str | None) -> bool:
    """Dates equal at the coarser precision; an unknown date is compatible with any."""
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _gold_by_article(gold: dict[str, Any]) -> dict[str, tuple[list[Any], set[Any]]]:
    out: dict[str, tuple[list[Any], set[Any]]] = {}
    for stem, art in gold["articles"].items():
        items: list[tuple[tuple[str, str], str | None]] = []
        optional: set[tuple[str, str]] = set()
        for m in art.get("meetings") or []:
            for a, b in combinations(sorted(set(m["participants"])), 2):
                if ((a, b), m.get("date")) not in items:
                    items.append(((a, b), m.get("date")))
        for m in (art.get("optional") or {}).get("meetings") or []:
            optional |= set(combinations(sorted(set(m["participants"])), 2))
        out[stem] = (items, optional)
    return out


def per_article(
    gold: dict[str, Any],
    predicted: list[dict[str, Any]],
    agreements: dict[str, dict[str, int]],
    merged: list[dict[str, Any]] | None = None,
) -> dict[str, dict[str, Any]]:
    """Article stem -> {gold, tp, fp, fn, precision, recall, f1, exact, agreements_gold,
    agreements_found, agreements_status}. `merged` (the corpus items, one per real meeting)
    makes a date exact when it is the meeting's date told by another, more precise report."""
    told = {(st, m["pair"], m["date"]) for m in merged or [] for st in m["stems"]}
    by_art = _gold_by_article(gold)
    every = [it for items, _ in by_art.values() for it in items]
    preds: dict[str, list[tuple[tuple[str, str], str | None]]] = {}
    for p in predicted:
        for stem in p["stems"]:
            row = preds.setdefault(stem, [])
            if (p["pair"], p["date"]) not in row:
                row.append((p["pair"], p["date"]))
    out: dict[str, dict[str, Any]] = {}
    for stem in sorted(set(by_art) | set(preds)):
        items, optional = by_art.get(stem, ([], set()))
        used: set[int] = set()
        tp = fp = exact = 0
        # dated predictions first, so an undated duplicate does not take a dated slot
        for pair, date in sorted(preds.get(stem, []), key=lambda it: 0 if it[1] else 1):
            slots = [
                i
                for i, (gp, gd) in enumerate(items)
                if i not in used and gp == pair and compatible(date, gd)
            ]
            if slots:
                best = next((i for i in slots if items[i][1] == date), slots[0])
                used.add(best)
                tp += 1
                exact += items[best][1] == date or (stem, pair, date) in told
            elif pair in optional or any(gp == pair and compatible(date, gd) for gp, gd in every):
                continue
            else:
                fp += 1
        fn = len(items) - len(used)
        ag = agreements.get(stem, {})
        out[stem] = {
            "gold": len(items),
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
            "recall": round(tp / len(items), 3) if items else 1.0,
            "f1": round(2 * tp / (2 * tp + fp + fn), 3) if tp + fp + fn else 1.0,
            "exact": exact,
            "agreements_gold": ag.get("gold", 0),
            "agreements_found": ag.get("found", 0),
            "agreements_status": ag.get("status", 0),
        }
    return out
