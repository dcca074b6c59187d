"""Short invented news reports for the reliability tests (names made up for this project)."""

from __future__ import annotations

from pathlib import Path

FIRST = ["Alda", "Tomas", "Irena", "Pavel", "Mirela", "Odd", "Kasia", "Joren", "Lene", "Rafa"]
LAST = ["Verhoeven", "Kelberg", "Sandvik", "Orlov", "Duarte", "Halvorsen", "Mazur", "Brandt"]
PAIRS = [("Norway", "Oslo"), ("Chile", "Santiago"), ("Poland", "Warsaw"), ("Kenya", "Nairobi")]


def article(i: int) -> str:
    a = f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}"
    b = f"{FIRST[(i + 3) % len(FIRST)]} {LAST[(i + 5) % len(LAST)]}"
    (country_a, _), (country_b, city) = PAIRS[i % 4], PAIRS[(i + 1) % 4]
    return (
        f"date 2024-{i % 12 + 1:02d}-{i % 27 + 1:02d}\n"
        f"Foreign Minister {a} of {country_a} met Foreign Minister {b} of {country_b} in "
        f"{city} on Tuesday. The two ministers discussed fisheries, rail links and student "
        f"exchanges (report {i}).\n"
    )


def write_corpus(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"report-{i:04d}.txt"
        path.write_text(article(i), encoding="utf-8")
        paths.append(path)
    return paths
