"""Ingest benchmark: generate N sample-like news articles (templated from varied names,
countries, cities, dates and event kinds), load them with the loaders and ingest them into a
throwaway embedded store. Reports articles per second and peak memory.

    python bench/bench_ingest.py                 # 1,000 articles
    python bench/bench_ingest.py -n 200 --tracemalloc --json

A script, not a test: figures go to docs/performance.md (section "Ingest")."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# (country, demonym, capital)
COUNTRIES = [
    ("Chile", "Chilean", "Santiago"), ("Peru", "Peruvian", "Lima"),
    ("Norway", "Norwegian", "Oslo"), ("Kenya", "Kenyan", "Nairobi"),
    ("Ghana", "Ghanaian", "Accra"), ("Japan", "Japanese", "Tokyo"),
    ("Indonesia", "Indonesian", "Jakarta"), ("Brazil", "Brazilian", "Brasilia"),
    ("Canada", "Canadian", "Ottawa"), ("Poland", "Polish", "Warsaw"),
    ("Portugal", "Portuguese", "Lisbon"), ("Morocco", "Moroccan", "Rabat"),
    ("Vietnam", "Vietnamese", "Hanoi"), ("Mexico", "Mexican", "Mexico City"),
    ("Egypt", "Egyptian", "Cairo"), ("Kazakhstan", "Kazakh", "Astana"),
    ("Austria", "Austrian", "Vienna"), ("Senegal", "Senegalese", "Dakar"),
    ("Thailand", "Thai", "Bangkok"), ("Jordan", "Jordanian", "Amman"),
    ("Finland", "Finnish", "Helsinki"), ("Argentina", "Argentine", "Buenos Aires"),
    ("Malaysia", "Malaysian", "Kuala Lumpur"), ("Ethiopia", "Ethiopian", "Addis Ababa"),
]  # fmt: skip
GIVEN = [
    "Ana", "Luis", "Ingrid", "Mateo", "Kwame", "Akosua", "Hiroshi", "Sari", "Joao", "Elena",
    "Tomasz", "Amina", "Youssef", "Linh", "Carlos", "Nadia", "Aigerim", "Lukas", "Awa",
    "Somchai", "Rania", "Mikko", "Valeria", "Farid", "Abebe", "Marta", "Ivo", "Leila",
]  # fmt: skip
FAMILY = [
    "Ruiz", "Soto", "Dahl", "Rojas", "Mensah", "Owusu", "Tanaka", "Wibowo", "Pereira",
    "Novak", "Kowalski", "Benali", "Tran", "Herrera", "Haddad", "Nurlanova", "Gruber", "Diop",
    "Chaiyaporn", "Khalil", "Virtanen", "Castillo", "Rahman", "Tadesse", "Lindqvist", "Costa",
]  # fmt: skip
TITLES = [
    "Foreign Minister", "Defence Minister", "Trade Minister", "Interior Minister",
    "Prime Minister", "President", "Energy Minister",
]  # fmt: skip
TOPICS = [
    "border trade", "energy supply", "fisheries", "student exchanges", "port investment",
    "counter-narcotics cooperation", "climate finance", "railway links", "public health",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [dt.date(2024, m, 1).strftime("%B") for m in range(1, 13)]


def person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(TITLES), f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def article(rng: random.Random, i: int) -> tuple[str, str]:
    """(file name, content) of one generated article."""
    c1, c2 = rng.sample(COUNTRIES, 2)
    (t1, n1), (t2, n2) = person(rng), person(rng)
    published = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700))
    day = rng.choice(WEEKDAYS)
    month = MONTHS[(published.month - 2) % 12]
    topic, topic2 = rng.sample(TOPICS, 2)
    city = rng.choice((c1, c2))[2]
    kind = i % 5
    if kind == 0:
        lead = f"{c1[1]} {t1} {n1} met {c2[1]} {t2} {n2} in {city} on {day} to discuss {topic}."
    elif kind == 1:
        lead = f"{n1}, {c1[0]}'s {t1}, held talks with {t2} {n2} of {c2[0]} in {city} in {month}."
    elif kind == 2:
        lead = f"{t1} {n1} of {c1[0]} spoke by phone on {day} with {c2[1]} {t2} {n2}."
    elif kind == 3:
        lead = (
            f"{c1[0]} and {c2[0]} signed a memorandum of understanding on {topic} in {city} on "
            f"{day}. {t1} {n1} and {c2[1]} {t2} {n2} signed the document."
        )
    else:
        lead = f"{c1[1]} {t1} {n1} will travel to {c2[2]} next month to meet {t2} {n2}."
    body = (
        f"{lead}\n\nOfficials said the two sides also reviewed {topic2} and agreed to keep in "
        f"close contact. {n2.split()[1]} said relations between {c1[0]} and {c2[0]} had rarely "
        "been better.\n\nRelated Articles\nAnother story about markets\n"
    )
    return f"article_{i:05d}.txt", f"date {published.isoformat()}\n{body}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=1000, help="number of articles (default 1000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--db", help="store URL (default: a throwaway embedded store)")
    ap.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    from graph.store import open_store
    from ingest.loaders import LoadFailure, load_paths
    from ingest.pipeline import ingest_articles

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="diplograph-bench-") as tmp:
        corpus = Path(tmp) / "articles"
        corpus.mkdir()
        for i in range(args.n):
            name, text = article(rng, i)
            (corpus / name).write_text(text, encoding="utf-8")
        if args.tracemalloc:
            tracemalloc.start()
        t0 = time.perf_counter()
        loaded = list(load_paths([str(corpus)]))
        t_load = time.perf_counter() - t0
        articles = [a for a in loaded if not isinstance(a, LoadFailure)]
        store = open_store(args.db or f"embedded:{Path(tmp) / 'store'}")
        try:
            t1 = time.perf_counter()
            outcomes = ingest_articles(store, articles)
            t_ingest = time.perf_counter() - t1
            counts = store.counts()
            server_peak = _server_peak_kb(store)
        finally:
            store.close()
        traced = tracemalloc.get_traced_memory()[1] if args.tracemalloc else None
    statuses: dict[str, int] = {}
    for o in outcomes:
        statuses[o.status] = statuses.get(o.status, 0) + 1
    figures = {
        "articles": args.n,
        "load_s": round(t_load, 2),
        "ingest_s": round(t_ingest, 2),
        "articles_per_s": round(len(articles) / t_ingest, 1) if t_ingest else None,
        "end_to_end_articles_per_s": round(args.n / (t_load + t_ingest), 1),
        "statuses": statuses,
        "nodes": sum(counts.nodes.values()),
        "relationships": sum(counts.relationships.values()),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "store_server_peak_rss_mb": round(server_peak / 1024, 1) if server_peak else None,
        "tracemalloc_peak_mb": round(traced / 2**20, 1) if traced is not None else None,
    }
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:>26}: {value}")
    return 0 if statuses.get("failed", 0) == 0 else 1


def _server_peak_kb(store: object) -> int | None:
    """Peak RSS (VmHWM) of the embedded FalkorDB server process, if there is one."""
    server = getattr(store, "server", None)
    pidfile = getattr(server, "pidfile", None)
    try:
        pid = int(Path(pidfile).read_text().strip()) if pidfile else 0
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


if __name__ == "__main__":
    sys.exit(main())
