"""`diplograph evaluate GOLD.yaml PATH...`: ingest into a throwaway embedded store, export,
and score against a gold file (format of shared/seeds-gold.yaml; documents matched by file stem,
or STEM:LINE for a .jsonl record).

Meeting pairs are scored at corpus level: every unordered pair of gold people of a gold meeting,
with the meeting's date; reports of one meeting in several articles (same pair, compatible
dates, or listed together under corpus.same_event) count once with the most precise date. A
predicted pair matches a gold pair with the same two people and dates compatible at the
coarser precision (an unknown date on either side is compatible). Items marked optional
neither reward nor penalise. Agreements are matched one to one within their article (by name, the
same status first, then the closest name); recall counts name and status."""

from __future__ import annotations

import re
import tempfile
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from rapidfuzz import fuzz

from graph.model import fold
from graph.records import ExportData
from ingest.eval_articles import compatible, per_article
from ingest.eval_gold import GoldError, load_gold
from ingest.names import name_key

__all__ = ["GoldError", "Scores", "evaluate_paths", "gold_key", "load_gold", "score"]


class Scores(BaseModel):
    meeting_pairs: dict[str, float | int] = Field(default_factory=dict)
    exact_date_share: float = 0.0
    macro_f1: float = 0.0
    people: dict[str, Any] = Field(default_factory=dict)
    agreements: dict[str, Any] = Field(default_factory=dict)
    corpus: dict[str, Any] = Field(default_factory=dict)
    per_article: dict[str, Any] = Field(default_factory=dict)
    details: dict[str, Any] = Field(default_factory=dict)


class GoldPerson(BaseModel):
    id: str
    name: str
    keys: set[str]
    optional: bool = False


def _person_index(gold: dict[str, Any]) -> list[GoldPerson]:
    out = []
    for p in gold["people"]:
        names = [p["name"], *(p.get("aliases") or [])]
        out.append(
            GoldPerson(
                id=p["id"],
                name=p["name"],
                keys={name_key(n) for n in names},
                optional=bool(p.get("optional")),
            )
        )
    return out


def map_actors(data: ExportData, gold_people: list[GoldPerson]) -> dict[str, list[str]]:
    """Predicted Person actor id -> gold person ids it matches by name or alias; failing an
    exact match, the one gold person whose name holds the actor's words or is held by them,
    with the same surname ("Ahmed Al Khalifa" for "Ahmed bin Ali Al Khalifa")."""
    out: dict[str, list[str]] = {}
    for a in data.actors:
        if a.type != "Person":
            continue
        keys = {name_key(n) for n in [a.name, *a.aliases]} - {""}
        out[a.id] = [g.id for g in gold_people if keys & g.keys]
        if not out[a.id]:
            best = max(((_overlap(keys, g.keys), g.id) for g in gold_people), default=(0.0, ""))
            out[a.id] = [best[1]] if best[0] > 0 else []
    return out


def _overlap(keys: set[str], gold_keys: set[str]) -> float:
    best = 0.0
    for k in keys:
        mine = k.split()
        for g in gold_keys:
            theirs = g.split()
            if not mine or not theirs or mine[-1] != theirs[-1]:
                continue
            a, b = set(mine), set(theirs)
            if not (a <= b or b <= a) or (len(a & b) < 2 and min(len(a), len(b)) > 1):
                continue
            best = max(best, len(a & b) / max(len(a), len(b)))
    return best


def _stems(gold: dict[str, Any], data: ExportData) -> tuple[dict[str, str], dict[str, str]]:
    stem_of = {d.id: gold_key(d.source or d.id) for d in data.documents}
    return stem_of, {v: k for k, v in stem_of.items()}


def _gold_items(gold: dict[str, Any]) -> list[dict[str, Any]]:
    """Gold meeting pairs over the corpus, one per real-world meeting."""
    same_groups = [set(x["sources"]) for x in (gold.get("corpus") or {}).get("same_event", [])]
    items: list[dict[str, Any]] = []
    for stem, art in gold["articles"].items():
        for opt, meetings in (
            (False, art.get("meetings") or []),
            (True, (art.get("optional") or {}).get("meetings") or []),
        ):
            for m in meetings:
                for a, b in combinations(sorted(set(m["participants"])), 2):
                    items.append(
                        {
                            "pair": (a, b),
                            "date": m.get("date"),
                            "stems": {stem},
                            "optional": opt,
                            "evidence": [(stem, m.get("evidence"))],
                        }
                    )
    merged: list[dict[str, Any]] = []
    for it in sorted(items, key=lambda i: -len(i["date"] or "")):
        for m in merged:
            if m["pair"] != it["pair"] or m["optional"] != it["optional"]:
                continue
            both_dated = bool(it["date"] and m["date"])
            same_day = both_dated and compatible(it["date"], m["date"])
            # one real-world meeting (corpus same_event) or one date: never two dates apart
            grouped = any(it["stems"] <= g and m["stems"] & g for g in same_groups)
            if (grouped and (same_day or not both_dated)) or same_day:
                m["stems"] |= it["stems"]
                m["evidence"] += it["evidence"]
                break
        else:
            merged.append(dict(it))
    return merged


def predicted_pairs(
    data: ExportData, amap: dict[str, list[str]], stem_of: dict[str, str]
) -> list[dict[str, Any]]:
    """One item per pair of people of each predicted encounter, with its sources."""
    out: list[dict[str, Any]] = []
    for e in data.events:
        people = [p for p in e.participants if p in amap]
        for a, b in combinations(sorted(set(people)), 2):
            ga, gb = amap[a] or [f"?{a}"], amap[b] or [f"?{b}"]
            out.append(
                {
                    "pair": tuple(sorted((ga[0], gb[0]))),
                    "date": e.date,
                    "event": e.id,
                    "kind": e.kind,
                    "stems": sorted({stem_of.get(s.document, s.document) for s in e.sources}),
                    "quote": next((s.quote for s in e.sources if s.quote), None),
                    "rule": next((s.rule for s in e.sources if s.rule), None),
                }
            )
    return out


def score(gold: dict[str, Any], data: ExportData) -> Scores:
    gp = _person_index(gold)
    names = {g.id: g.name for g in gp}
    names.update({f"?{a.id}": f"{a.name} [not in gold]" for a in data.actors})
    optional_people = {g.id for g in gp if g.optional}
    amap = map_actors(data, gp)
    stem_of, doc_of_stem = _stems(gold, data)
    s = Scores()

    merged = _gold_items(gold)
    predicted = predicted_pairs(data, amap, stem_of)
    used: set[int] = set()
    tp, exact = 0, 0
    misses, inexact = [], []
    for g in sorted(merged, key=lambda m: m["optional"]):
        cands = [
            i
            for i, p in enumerate(predicted)
            if i not in used and p["pair"] == g["pair"] and compatible(p["date"], g["date"])
        ]
        if not cands:
            if not g["optional"]:
                misses.append(
                    {
                        "pair": g["pair"],
                        "names": [names[x] for x in g["pair"]],
                        "date": g["date"],
                        "articles": sorted(g["stems"]),
                        "evidence": [e for _, e in g["evidence"] if e],
                    }
                )
            continue
        best = next((i for i in cands if predicted[i]["date"] == g["date"]), cands[0])
        used.add(best)
        if g["optional"]:
            continue
        tp += 1
        p = predicted[best]
        if p["date"] == g["date"]:
            exact += 1
        else:
            inexact.append(_pred_detail(p, names) | {"gold_date": g["date"]})
    fps = [
        _pred_detail(p, names)
        for i, p in enumerate(predicted)
        if i not in used and not (set(p["pair"]) & optional_people)
    ]
    n_gold = sum(1 for g in merged if not g["optional"])
    precision = tp / (tp + len(fps)) if tp + len(fps) else 1.0
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    s.meeting_pairs = {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "true_positives": tp,
        "false_positives": len(fps),
        "gold": n_gold,
    }
    s.exact_date_share = round(exact / tp, 3) if tp else 0.0
    s.details["missed_pairs"] = misses
    s.details["false_pairs"] = fps
    s.details["inexact_dates"] = inexact
    s.people = _people_scores(gp, amap)
    s.agreements = _agreement_scores(gold, data, doc_of_stem)
    s.corpus = _corpus_checks(gold, data, amap, doc_of_stem)
    s.per_article = per_article(gold, predicted, s.agreements["per_article"], merged)
    f1s = [row["f1"] for row in s.per_article.values()]
    s.macro_f1 = round(sum(f1s) / len(f1s), 3) if f1s else 1.0
    return s


def _pred_detail(p: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    return {
        "pair": p["pair"],
        "names": [names.get(x, x) for x in p["pair"]],
        "date": p["date"],
        "kind": p["kind"],
        "articles": p["stems"],
        "quote": p["quote"],
        "rule": p["rule"],
    }


def _people_scores(gp: list[GoldPerson], amap: dict[str, list[str]]) -> dict[str, Any]:
    found: dict[str, list[str]] = defaultdict(list)
    for actor, gids in amap.items():
        for gid in gids:
            found[gid].append(actor)
    required = [g.id for g in gp if not g.optional]
    wrong = {a: g for a, g in amap.items() if len(g) > 1}
    splits = {g: a for g, a in found.items() if len(a) > 1}
    return {
        "recall": round(sum(1 for g in required if g in found) / len(required), 3)
        if required
        else 1.0,
        "missing": [g for g in required if g not in found],
        "wrong_merges": len(wrong),
        "wrong_merge_detail": wrong,
        "splits": len(splits),
        "split_detail": splits,
    }


def _agreement_scores(
    gold: dict[str, Any], data: ExportData, doc_of_stem: dict[str, str]
) -> dict[str, Any]:
    """Agreements matched one to one within their article (by name, the same status first,
    then the closest name)."""
    total = by_name = by_status = 0
    missing_ag = []
    per: dict[str, dict[str, int]] = {}
    for stem, art in gold["articles"].items():
        doc = doc_of_stem.get(stem)
        preds = [a for a in data.agreements if any(src.document == doc for src in a.sources)]
        taken: set[str] = set()  # one predicted agreement answers one gold agreement
        row = per.setdefault(stem, {"gold": 0, "found": 0, "status": 0})
        for g in art.get("agreements") or []:
            total += 1
            row["gold"] += 1
            hits = [a for a in preds if a.id not in taken and _same_agreement(g["name"], a.name)]
            hits.sort(key=lambda a: (a.status != g["status"], -_similarity(g["name"], a.name)))
            by_name += bool(hits)
            row["found"] += bool(hits)
            ok = bool(hits) and hits[0].status == g["status"]
            by_status += ok
            row["status"] += ok
            if hits:
                taken.add(hits[0].id)
            if not ok:
                missing_ag.append(
                    {
                        "article": stem,
                        "name": g["name"],
                        "status": g["status"],
                        "evidence": g.get("evidence"),
                        "found": [(a.name, a.status) for a in hits],
                    }
                )
    return {
        "recall": round(by_status / total, 3) if total else 1.0,
        "name_recall": round(by_name / total, 3) if total else 1.0,
        "gold": total,
        "missing": missing_ag,
        "predicted": [(a.name, a.status) for a in data.agreements],
        "per_article": per,
    }


def _corpus_checks(
    gold: dict[str, Any],
    data: ExportData,
    amap: dict[str, list[str]],
    doc_of_stem: dict[str, str],
) -> dict[str, bool]:
    corpus = gold.get("corpus") or {}
    checks: dict[str, bool] = {}
    for i, c in enumerate(corpus.get("same_event") or []):
        want = {doc_of_stem.get(st) for st in c["sources"]}
        ok = any(
            set(c["participants"]) <= {g for p in e.participants for g in amap.get(p, [])}
            and want <= {src.document for src in e.sources}
            for e in data.events
        )
        checks[f"same_event[{i}]"] = ok
    for i, c in enumerate(corpus.get("distinct_events") or []):
        evs = [
            e
            for e in data.events
            if set(c["participants"]) <= {g for p in e.participants for g in amap.get(p, [])}
        ]
        hit = set()
        for d in c["dates"]:
            for e in evs:
                if e.id not in hit and e.date and compatible(e.date, d):
                    hit.add(e.id)
                    break
        checks[f"distinct_events[{i}]"] = len(hit) == len(c["dates"])
    dp = corpus.get("distinct_people") or []
    if dp:
        checks["distinct_people"] = not any(len(set(g) & set(dp)) > 1 for g in amap.values())
    return checks


def gold_key(source: str) -> str:
    """The gold file's key of a document: its file stem, or STEM:LINE for a record of a .jsonl
    file (line 1 is the first), so the records of one wire file stay separate documents."""
    m = re.fullmatch(r"(?P<path>.*)\.(?:jsonl|ndjson):(?P<line>\d+)", source)
    return f"{Path(m['path']).stem}:{m['line']}" if m else Path(source).stem


def _abbrev(name: str) -> str:
    """ "Memorandum of understanding" and "MoU" are one word for the comparison."""
    return re.sub(r"\bmemorand(?:um|ums|a) of understanding\b|\bmous?\b", "mou", name)


def _similarity(gold_name: str, name: str) -> float:
    return fuzz.token_sort_ratio(_abbrev(fold(gold_name)), _abbrev(fold(name)))


def _same_agreement(gold_name: str, name: str) -> bool:
    a, b = _abbrev(fold(gold_name)), _abbrev(fold(name))
    return fuzz.token_set_ratio(a, b) >= 80 or fuzz.partial_ratio(a, b) >= 90


def evaluate_paths(gold_path: Path, paths: list[str]) -> Scores:
    from graph.falkor import EmbeddedFalkorStore
    from graph.records import export_records
    from ingest.loaders import load_paths
    from ingest.pipeline import ingest_articles

    gold = load_gold(gold_path)
    with tempfile.TemporaryDirectory(prefix="diplograph-eval-") as tmp:
        store = EmbeddedFalkorStore(tmp)
        try:
            articles = [a for a in load_paths(paths) if not hasattr(a, "reason")]
            outcomes = ingest_articles(store, articles)  # type: ignore[arg-type]
            data = export_records(store)
        finally:
            store.close()
    s = score(gold, data)
    s.details["documents"] = {o.source: o.status for o in outcomes}
    return s
