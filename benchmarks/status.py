"""Status latency at 10,000 claims for one season, through a real SQLite store.

Generates synthetic articles (own made-up titles and sentences) carrying N claims about one
season, stores them in a fresh SQLite file, then times, for a spread of as-of dates:
- store:   ``store.claim_records(...)`` alone (the floor: reading the rows),
- resolve: ``resolve_status`` on records already in memory,
- status:  ``status_for(store, ...)`` end to end (store lookups, learned reliability cached per
           as-of date after its first use, resolution).
The first status call per as-of date (reliability learned from scratch) is reported as "cold";
"status_cpu" is the CPU time of the status calls (the machine may be shared: wall time then
includes waiting for a core). Before timing, the load average is printed.

usage: python benchmarks/status.py [--claims 10000] [--repeat 40] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from nextseason.models import (
    CastValue,
    Claim,
    Document,
    Interval,
    ProcessedDocument,
    ProductionValue,
    RenewalValue,
)
from nextseason.resolve import resolve_status, status_for
from nextseason.resolve.reliability import _CACHE
from nextseason.store import open_store

WORK = "The Lantern Keepers"
START = date(2022, 1, 1)


def _window(rng: random.Random, day: date) -> Interval:
    year = day.year + rng.choice((0, 1, 1, 2))
    kind = rng.random()
    if kind < 0.3:
        return Interval(date(year, 1, 1), date(year, 12, 31), "year")
    if kind < 0.6:
        month = rng.randint(1, 12)
        return Interval(date(year, month, 1), date(year, month, 28), "month")
    return Interval(date(year, 1, 1), date(year, 4, 30), "third")


def _claim(rng: random.Random, day: date) -> Claim:
    certainty = rng.choice(("official", "reported", "expected", "speculative"))
    roll = rng.random()
    if roll < 0.35:
        return Claim(WORK, 2, "release", _window(rng, day), rng.choice(("affirmed",) * 6 + ("negated",)),
                     certainty, quote="the new season could arrive then")
    if roll < 0.5:
        stage = rng.choice(("pre_production", "filming", "post_production"))
        return Claim(WORK, 2, "production", ProductionValue(stage, rng.choice(("start", "end", "ongoing")),
                     Interval.day(day - timedelta(days=rng.randint(0, 60)))), "affirmed", certainty,
                     quote="cameras are rolling again")
    if roll < 0.65:
        return Claim(WORK, 2, "renewal", RenewalValue("renewed", Interval.day(date(2022, 6, rng.choice((6, 7))))),
                     "affirmed", certainty, quote="the streamer ordered more episodes")
    person = rng.choice(("Mara Quill", "Mara-Quill", "Ode Varn", "Ode Vaarn", "Lio Tesk", "Tam Oru", "Tam Ooru"))
    return Claim(WORK, 2, "cast", CastValue(person, rng.choice((None, "Wren", "Ash"))), "affirmed", certainty,
                 quote="she returns as the keeper")


def build(path: Path, claims: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    url = f"sqlite:///{path}"
    store = open_store(url)
    docs, per_doc, made = [], 10, 0
    while made < claims:
        day = START + timedelta(days=rng.randint(0, 1200))
        text = f"synthetic article {made} about the lantern keepers, written {day.isoformat()}"
        n = min(per_doc, claims - made)
        outlet = f"outlet{rng.randint(1, 60)}.example"
        doc = Document(hashlib.sha256(text.encode()).hexdigest(), f"syn-{made}", text,
                       url=f"https://{outlet}/{made}", published=day, published_range=Interval.day(day),
                       published_basis="field")
        docs.append(ProcessedDocument(doc, tuple(_claim(rng, day) for _ in range(n))))
        made += n
    store.add_many(docs)
    store.close()
    return url


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(url: str, repeat: int) -> dict[str, dict[str, float]]:
    store = open_store(url)
    days = [START + timedelta(days=1210 + 30 * i) for i in range(8)]  # after every claim: all 10,000 count
    timings: dict[str, list[float]] = {"store": [], "resolve": [], "status": [], "cold": [], "status_cpu": []}
    for day in days:  # cold: reliability learned for this as-of date from scratch
        _CACHE.clear()
        t0 = time.perf_counter()
        status_for(store, WORK, 2, day)
        timings["cold"].append(time.perf_counter() - t0)
    for i in range(repeat):
        day = days[i % len(days)]
        t0 = time.perf_counter()
        records = store.claim_records(work_key="lanternkeepers", published_on_or_before=day)
        t1 = time.perf_counter()
        resolve_status(records, WORK, 2, day)
        t2 = time.perf_counter()
        c2 = time.process_time()
        status_for(store, WORK, 2, day)
        t3 = time.perf_counter()
        timings["status_cpu"].append(time.process_time() - c2)
        timings["store"].append(t1 - t0)
        timings["resolve"].append(t2 - t1)
        timings["status"].append(t3 - t2)
    store.close()
    return {k: {"median_ms": round(statistics.median(v) * 1000, 1), "p95_ms": round(_p(v, 0.95) * 1000, 1),
                "runs": len(v)} for k, v in timings.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = build(Path(tmp) / "bench.db", args.claims)
        result = measure(url, args.repeat)
    if args.json:
        print(json.dumps({"claims": args.claims, **result}))
        return 0
    import os

    print(f"{args.claims} claims about one season, real SQLite store; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'what':<10}{'runs':>6}{'median ms':>11}{'p95 ms':>9}")
    for key in ("store", "resolve", "status", "status_cpu", "cold"):
        r = result[key]
        print(f"{key:<10}{r['runs']:>6}{r['median_ms']:>11}{r['p95_ms']:>9}")
    ratio = result["status"]["median_ms"] / max(result["store"]["median_ms"], 0.1)
    print(f"status / store-read ratio (median): {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
