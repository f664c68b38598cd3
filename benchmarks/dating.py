"""How well are publication dates inferred? Run: .venv/bin/python benchmarks/dating.py

Reads ../shared/corpus/dev/articles.jsonl (and gold.jsonl) where they are.

1. Dated articles (the page states its date): hide the date (the ``published`` field and
   the `` date `` header line), infer a range from the content alone, and count how often
   the range contains the true day, and how wide it is. Beside it, in the same run, a
   baseline: the naive "latest year mentioned" range (that whole year).
2. The same articles through the whole decision (byline, URL, then inference), with the
   field and header still hidden.
3. Undated articles: the system's date or range against the annotators' ``published_estimate``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nextseason.ingest.cleanup import clean, header_span
from nextseason.ingest.dating import (
    date_document,
    find_absolute_dates,
    find_with_timex_engine,
    infer_range,
)
from nextseason.models import Interval

DEV = ROOT.parent / "shared" / "corpus" / "dev"


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def timex_engine(text: str) -> list[tuple[int, int, Interval]]:
    found = find_with_timex_engine(text)
    if found is None:
        raise RuntimeError("the temporal engine (nextseason.extract.timex) cannot be imported")
    return found


def hide_header(text: str) -> str:
    span = header_span(text)
    return text[span.end:] if span else text


def latest_year_baseline(text: str) -> Interval | None:
    years = [iv.start.year for _, _, iv in find_absolute_dates(text) if iv.start]
    if not years:
        return None
    year = max(years)
    return Interval(date(year, 1, 1), date(year, 12, 31), "year")


def score(rows: list[tuple[date, Interval | None]]) -> dict[str, Any]:
    ranged = [(truth, iv) for truth, iv in rows if iv is not None]
    closed = [(truth, iv) for truth, iv in ranged if iv.start and iv.end]
    lower = [(truth, iv) for truth, iv in ranged if iv.start]
    widths = [iv.width_days or 0 for _, iv in closed]
    return {
        "n": len(rows),
        "ranged": len(ranged),
        "closed": len(closed),
        "contains": sum(1 for truth, iv in ranged if iv.contains(truth)),
        "closed_contains": sum(1 for truth, iv in closed if iv.contains(truth)),
        "lower_ok": sum(1 for truth, iv in lower if iv.start and iv.start <= truth),
        "lower": len(lower),
        "median_width": statistics.median(widths) if widths else None,
    }


def evaluate(window: int | None = None) -> dict[str, dict[str, Any]]:
    articles = load(DEV / "articles.jsonl")
    gold = {row["doc_id"]: row for row in load(DEV / "gold.jsonl")}
    windowing: dict[str, Any] = {} if window is None else {"window_months": window or None}
    methods: dict[str, Callable[[dict[str, Any], str], Interval | None]] = {
        "baseline: latest year mentioned": lambda a, t: latest_year_baseline(t),
    }
    if find_with_timex_engine("in June 2024") is not None:
        methods["inferred from content (timex engine)"] = lambda a, t: infer_range(
            t, clean(t).boilerplate, finder=timex_engine, **windowing)
    else:
        print("(the temporal engine cannot be imported: its row is left out)")
    methods |= {
        "inferred from content (regex dates)": lambda a, t: infer_range(
            t, clean(t).boilerplate, finder=find_absolute_dates, **windowing),
        "byline, url, else inferred": lambda a, t: date_document(
            t, url=a.get("url"), skip=clean(t).boilerplate).range,
    }
    results: dict[str, dict[str, Any]] = {}
    for name, method in methods.items():
        rows = []
        for article in articles:
            if not article.get("published"):
                continue
            text = hide_header(article["text"])
            rows.append((date.fromisoformat(article["published"]), method(article, text)))
        results[f"dated, date hidden | {name}"] = score(rows)
    rows = []
    for article in articles:
        estimate = gold.get(article["id"], {}).get("published_estimate")
        if article.get("published") or not estimate:
            continue
        text = article["text"]
        rows.append((date.fromisoformat(estimate),
                     date_document(text, url=article.get("url"), skip=clean(text).boilerplate).range))
    results["undated vs published_estimate | byline, url, else inferred"] = score(rows)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", type=int, default=None,
                        help="months after the lower bound (0: open; default: the library's)")
    args = parser.parse_args()
    results = evaluate(args.window)
    print(f"{'set | method':<58} {'n':>4} {'no range':>9} {'open':>5} {'closed':>7} {'contains':>9} "
          f"{'coverage':>9} {'closed ok':>10} {'lower ok':>9} {'median days':>12}")
    for name, r in results.items():
        width = "-" if r["median_width"] is None else f"{r['median_width']:.0f}"
        print(f"{name:<58} {r['n']:>4} {r['n'] - r['ranged']:>9} {r['ranged'] - r['closed']:>5} "
              f"{r['closed']:>7} {r['contains']:>9} {r['contains'] / max(r['n'], 1):>9.1%} "
              f"{r['closed_contains']:>4}/{r['closed']:<5} {r['lower_ok']:>4}/{r['lower']:<4} {width:>12}")
    print("coverage = ranges containing the true (or estimated) day / all articles; open ranges count "
          "when they contain it; median days over closed ranges")


if __name__ == "__main__":
    main()
