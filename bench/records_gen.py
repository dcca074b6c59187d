"""A large records file (docs/export-format.md) of invented actors, events, agreements and
documents, written as a stream so that a million events never sit in memory.

    python bench/records_gen.py OUT.json --events 1000000 --people 20000

Sections come in the export's order (actors, events, agreements, documents), so sources name
documents that appear later in the file, as in a real export. Deterministic for a seed."""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

COUNTRIES = [
    "FR", "JP", "DE", "BR", "KE", "IN", "CA", "MX", "EG", "ID",
    "NO", "AR", "VN", "GH", "PL", "TR", "AU", "CL", "MA", "PH",
]  # fmt: skip
KINDS = ["meeting", "visit", "call", "talks", "summit", "signing"]
TITLES = ["Foreign Minister", "Trade Minister", "Prime Minister", "Ambassador", "President"]
EVENTS_PER_DOCUMENT = 4
EVENTS_PER_AGREEMENT = 20


def _date(rng: random.Random) -> str:
    return f"{2000 + rng.randrange(26)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"


def actors(people: int) -> Iterator[dict[str, Any]]:
    for code in COUNTRIES:
        yield {"id": code, "type": "Country", "name": f"Country {code}", "aliases": []}
    for i in range(people):
        yield {
            "id": f"person-{i}",
            "type": "Person",
            "name": f"Person {i} Example",
            "aliases": [f"P. {i}"],
            "country": COUNTRIES[i % len(COUNTRIES)],
            "titles": [TITLES[i % len(TITLES)]],
        }
    for i in range(max(1, people // 100)):
        yield {
            "id": f"org-{i}",
            "type": "Organization",
            "name": f"Ministry {i}",
            "kind": "ministry",
            "country": COUNTRIES[i % len(COUNTRIES)],
        }


def events(n: int, people: int, rng: random.Random) -> Iterator[dict[str, Any]]:
    for k in range(n):
        who = rng.sample(range(people), rng.choice((2, 2, 3)))
        parts = [f"person-{p}" for p in who]
        quote = f"Person {who[0]} Example met Person {who[1]} Example to discuss trade."
        start = rng.randrange(0, 3000)
        yield {
            "id": f"ev-{k}",
            "kind": rng.choice(KINDS),
            "date": _date(rng),
            "title": f"Talks {k}",
            "place": f"City {rng.randrange(300)}",
            "participants": parts,
            "roles": {parts[0]: "host", parts[1]: "guest"},
            "sources": [
                {
                    "document": f"doc-{k // EVENTS_PER_DOCUMENT}",
                    "quote": quote,
                    "start": start,
                    "end": start + len(quote),
                    "rule": "curated",
                    "confidence": 0.9,
                }
            ],
        }


def agreements(n_events: int, people: int, rng: random.Random) -> Iterator[dict[str, Any]]:
    for k in range(0, n_events, EVENTS_PER_AGREEMENT):
        yield {
            "id": f"ag-{k}",
            "name": f"Memorandum on Trade {k}",
            "kind": "mou",
            "status": "signed",
            "date": _date(rng),
            "topics": ["trade"],
            "parties": sorted(rng.sample(COUNTRIES, 2)),
            "signatories": [f"person-{rng.randrange(people)}"],
            "event": f"ev-{k}",
            "sources": [{"document": f"doc-{k // EVENTS_PER_DOCUMENT}", "quote": "signed"}],
        }


def documents(n_events: int, rng: random.Random) -> Iterator[dict[str, Any]]:
    for d in range((n_events + EVENTS_PER_DOCUMENT - 1) // EVENTS_PER_DOCUMENT):
        yield {
            "id": f"doc-{d}",
            "title": f"Report {d}",
            "source": f"https://news.example/{d}",
            "published": _date(rng),
        }


def write_records(out: TextIO, n_events: int, people: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    sections = {
        "actors": actors(people),
        "events": events(n_events, people, rng),
        "agreements": agreements(n_events, people, rng),
        "documents": documents(n_events, rng),
    }
    out.write("{\n")
    for s, (name, items) in enumerate(sections.items()):
        out.write(f'  "{name}": [\n')
        for i, item in enumerate(items):
            out.write(("" if i == 0 else ",\n") + "    " + json.dumps(item, ensure_ascii=False))
        out.write("\n  ]" + (",\n" if s < len(sections) - 1 else "\n"))
    out.write("}\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--events", type=int, default=150_000)
    ap.add_argument("--people", type=int, default=3_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    with args.out.open("w", encoding="utf-8") as f:
        write_records(f, args.events, args.people, args.seed)


if __name__ == "__main__":
    main()
