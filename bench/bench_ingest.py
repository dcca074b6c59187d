"""Ingest benchmark on invented agency-style reports (bench/agency_articles.py: headline,
dateline, 8-14 paragraphs, 250-450 words): the same articles are ingested with one job and
with N jobs into throwaway embedded stores, and tokenized by spaCy's blank English pipeline
with the sentencizer (the floor: no extraction can be faster than reading the text once), all
in one run. Reports articles/s and each as a ratio to the floor, the extraction time per
article on one core, and checks that both runs wrote the same graph.

    python bench/bench_ingest.py                  # 300 articles, --jobs 1 and the cores
    python bench/bench_ingest.py -n 100 --jobs 2 --json

A script, not a test: figures go to docs/performance.md (section "Ingest")."""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from agency_articles import article  # noqa: E402


def main() -> int:
    from ingest.parallel import default_jobs, warm_up

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=300, help="number of articles (default 300)")
    ap.add_argument("--jobs", type=int, default=default_jobs(), help="N (default: the cores)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    import spacy

    from graph.records import export_json
    from graph.store import open_store
    from ingest.loaders import LoadFailure, load_paths
    from ingest.pipeline import extract_article, ingest_articles

    rng = random.Random(args.seed)
    figures: dict[str, object] = {"articles": args.n, "jobs": args.jobs}
    with tempfile.TemporaryDirectory(prefix="diplograph-bench-") as tmp:
        corpus = Path(tmp) / "articles"
        corpus.mkdir()
        for i in range(args.n):
            name, text = article(rng, i)
            (corpus / name).write_text(text, encoding="utf-8")
        loaded = list(load_paths([str(corpus)]))
        articles = [a for a in loaded if not isinstance(a, LoadFailure)]
        figures["words_per_article"] = round(
            sum(len(a.text.split()) for a in articles) / len(articles)
        )

        floor = spacy.blank("en")
        floor.add_pipe("sentencizer")
        floor(articles[0].text)  # warm
        t, c = time.perf_counter(), time.process_time()
        for a in articles:
            floor(a.text)
        floor_rate = len(articles) / (time.perf_counter() - t)
        floor_cpu_rate = len(articles) / (time.process_time() - c)
        figures["tokenizer_floor_articles_per_s"] = round(floor_rate, 1)
        figures["tokenizer_floor_cpu_ms_per_article"] = round(1e3 / floor_cpu_rate, 3)

        warm_up()  # the lexicons, matchers and word lists, loaded once per process
        extract_article(articles[0])
        t, c = time.perf_counter(), time.process_time()
        for a in articles:
            extract_article(a)
        figures["extract_ms_per_article"] = round(
            (time.perf_counter() - t) / len(articles) * 1e3, 1
        )
        figures["extract_cpu_ms_per_article"] = round(
            (time.process_time() - c) / len(articles) * 1e3, 2
        )

        exports = []
        for jobs in (1, args.jobs):
            store = open_store(f"embedded:{Path(tmp) / f'store-{jobs}'}")
            server = getattr(getattr(store, "server", None), "pid", None)
            try:
                server_cpu = _cpu_of(server)
                workers_cpu = _cpu(resource.RUSAGE_CHILDREN)
                t, c = time.perf_counter(), _cpu(resource.RUSAGE_SELF)
                outcomes = ingest_articles(store, articles, jobs=jobs)
                rate = len(articles) / (time.perf_counter() - t)
                cpu = {
                    "writer": _cpu(resource.RUSAGE_SELF) - c,
                    "server": _cpu_of(server) - server_cpu,
                    "workers": _cpu(resource.RUSAGE_CHILDREN) - workers_cpu,  # reaped ones
                }
                exports.append(export_json(store))
            finally:
                store.close()
            failed = sum(o.status == "failed" for o in outcomes)
            figures[f"jobs{jobs}_articles_per_s"] = round(rate, 1)
            figures[f"jobs{jobs}_ratio_to_floor"] = round(rate / floor_rate, 3)
            figures[f"jobs{jobs}_failed"] = failed
            for part, seconds in cpu.items():
                figures[f"jobs{jobs}_cpu_{part}_ms_per_article"] = round(
                    seconds / len(articles) * 1e3, 2
                )
            bound = max(sum(cpu.values()) / jobs, cpu["writer"] + cpu["server"])
            figures[f"jobs{jobs}_idle_estimate_articles_per_s"] = round(len(articles) / bound, 1)
            figures[f"jobs{jobs}_idle_estimate_ratio_to_floor"] = round(
                len(articles) / bound / floor_cpu_rate, 3
            )
        figures["same_graph"] = exports[0] == exports[-1]
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:>32}: {value}")
    return 0 if figures["same_graph"] else 1


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _cpu_of(pid: int | None) -> float:
    """CPU seconds of a running process (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


if __name__ == "__main__":
    sys.exit(main())
