"""How fast the store answers a season's claims (what resolution asks for), per backend.

    python benchmarks/store_query.py [--claims 10000] [--noise 40000] [--postgres URL]

Fills a fresh store with CLAIMS claims for one season (spread over articles of ~5 claims)
plus NOISE claims about other works, then times ``claim_records(work_key=, season=,
published_on_or_before=)``. Measured cold (rows parsed into records, as a freshly opened
store does) and warm (nothing changed since: served from memory after a one-row check);
baselines in the same run: the bare SQL fetch of the same rows (no objects built), and the
cold query with the (work_key, season, order) index dropped.
Goal: under 50 ms at 10,000 claims.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from nextseason.models import (
    Claim,
    Document,
    Interval,
    ProcessedDocument,
    RenewalValue,
)
from nextseason.store import open_store


def fill(store: Any, claims: int, noise: int) -> None:
    items = []
    per_doc = 5
    for i in range((claims + noise) // per_doc):
        target = i * per_doc < claims
        work = "Target Show" if target else f"Other Show {i % 500}"
        text = f"Article {i} about {work}: words words words {i * 7919 % 100003}."
        doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), doc_id=f"b{i}", text=text,
                       url=f"https://site{i % 40}.test/{i}", published=date(2023, 1, 1) + timedelta(days=i % 700))
        cs = []
        for k in range(per_doc):
            if k % 2:
                value: Any = Interval(date(2025, 1 + k, 1), date(2025, 1 + k, 28), "month", None)
                cs.append(Claim(work=work, season=2, kind="release", value=value, certainty="expected",
                                quote=f"q{k}", as_of=Interval.day(date(2024, 1, 1))))
            else:
                cs.append(Claim(work=work, season=2, kind="renewal", value=RenewalValue("renewed"),
                                quote=f"q{k}"))
        items.append(ProcessedDocument(doc, tuple(cs)))
    store.add_many(items)


def median_ms(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    result = fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def measure(url: str, claims: int, noise: int, repeat: int) -> list[tuple[str, float, int]]:
    store = open_store(url)
    fill(store, claims, noise)
    as_of = date(2030, 1, 1)
    query = lambda: store.claim_records(work_key="targetshow", season=2, published_on_or_before=as_of)
    sql = ("SELECT c.*, d.doc_id, d.published, d.published_effective, d.url, d.domain, d.cluster_id "
           "FROM claims c JOIN documents d ON d.seq = c.doc_seq "
           "WHERE c.work_key = ? AND c.season = ? AND d.published_effective <= ? ORDER BY c.doc_seq, c.ordinal")
    params = ("targetshow", 2, store._date(as_of))  # type: ignore[attr-defined]
    bare = lambda: store._rows(sql, params)  # type: ignore[attr-defined]
    def cold() -> Any:
        store._records.clear()  # type: ignore[attr-defined]  # as a freshly opened store would
        return query()

    rows: list[tuple[str, float, int]] = []
    for label, fn in (("claim_records, cold (parsed from rows)", cold),
                      ("claim_records, warm (nothing changed since)", query),
                      ("bare SQL fetch, no objects (baseline)", bare)):
        ms, got = median_ms(fn, repeat)
        rows.append((label, ms, len(got)))
    store._execute("DROP INDEX claims_work_season_order")  # type: ignore[attr-defined]
    ms, got = median_ms(cold, repeat)
    rows.append(("claim_records, cold, index dropped (baseline)", ms, len(got)))
    store.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--noise", type=int, default=40_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--postgres", metavar="URL", help="also measure a PostgreSQL store (its schema is used as is)")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        results += [("sqlite", *row) for row in measure(f"sqlite:///{folder}/bench.db", args.claims,
                                                        args.noise, args.repeat)]
    if args.postgres:
        results += [("postgres", *row) for row in measure(args.postgres, args.claims, args.noise, args.repeat)]
    print(f"{args.claims} claims for the season, {args.noise} other claims; median of {args.repeat} runs")
    print(f"{'backend':<9} {'what':<46} {'median ms':>10} {'rows':>7} {'vs cold':>11}")
    cold = {b: ms for b, what, ms, _ in results if what.startswith("claim_records, cold (")}
    for backend, what, ms, n in results:
        print(f"{backend:<9} {what:<46} {ms:>10.2f} {n:>7} {ms / cold[backend]:>10.2f}x")


if __name__ == "__main__":
    main()
