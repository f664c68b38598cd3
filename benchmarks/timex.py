"""The temporal engine beside dateparser, in one run on the same texts.

Run: .venv/bin/python benchmarks/timex.py [--docs N] [--repeat R]

1. Accuracy on the INTERVAL conventions of spec/claims.md: every release claim of
   ../shared/corpus/dev/gold.jsonl with a value; its quote, anchored on the article's date
   (``published``, else the annotators' ``published_estimate``), goes through each engine and
   the interval of the last date found is compared to the gold interval: strict (equal) and
   lenient (overlap >= half of the union, open ends clipped to 5 years, as score_claims.py does).
   dateparser gives datetimes; its ``period`` (day / month / year) is mapped to that day,
   month or year.
2. Speed: expressions/s and documents/s over the dev articles (same texts for both), the
   median of R runs, in CPU seconds of this one process (rates per core, unaffected by other
   load on the machine). dateparser runs on the first N articles only (it is slow); the rates
   are per second either way.
Reads the shared files where they are; writes nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nextseason.extract.timex import find_timexes
from nextseason.extract.timex.calendar import day_interval, month_interval, year_interval
from nextseason.models import Interval

DEV = ROOT.parent / "shared" / "corpus" / "dev"
Span = tuple[date | None, date | None]


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def release_cases() -> list[tuple[str, date, Span]]:
    """(quote, anchor, gold interval) for every dated release claim of the dev gold."""
    articles = {a["id"]: a for a in load(DEV / "articles.jsonl")}
    cases = []
    for row in load(DEV / "gold.jsonl"):
        article = articles.get(row["doc_id"], {})
        stamp = article.get("published") or row.get("published_estimate")
        if not stamp:
            continue
        anchor = date.fromisoformat(str(stamp)[:10]) if len(str(stamp)) >= 10 else date(int(str(stamp)[:4]), 7, 1)
        for claim in row["claims"]:
            value = claim.get("value")
            if claim["kind"] != "release" or not value or not claim.get("quote"):
                continue
            gold = tuple(date.fromisoformat(v) if v else None for v in (value.get("start"), value.get("end")))
            cases.append((claim["quote"], anchor, gold))
    return cases  # type: ignore[return-value]


# ---------------------------------------------------------------- the two engines


def ours(text: str, anchor: date) -> list[Interval]:
    return [t.interval for t in find_timexes(text, anchor) if t.interval is not None and t.type in ("DATE", "TIME")]


def _dateparser() -> tuple[Callable[..., Any], Any]:
    try:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates
    except ImportError:  # pragma: no cover - the bench extra installs it
        sys.exit("install 'nextseason[bench]' (dateparser) for this benchmark")
    return search_dates, DateDataParser


def theirs(text: str, anchor: date) -> list[Interval]:
    search_dates, parser_class = _dateparser()
    settings = {"RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["en"], settings=settings) or []
        parser = parser_class(languages=["en"], settings=settings)
        out = []
        for phrase, moment in found:
            period = parser.get_date_data(phrase).period or "day"
            day = moment.date()
            if period == "year":
                out.append(year_interval(day.year))
            elif period == "month":
                out.append(month_interval(day.year, day.month))
            else:
                out.append(day_interval(day))
    return out


# ---------------------------------------------------------------- scoring


def _clip(span: Span, horizon: date) -> tuple[date, date]:
    start, end = span
    return (start or date(horizon.year - 5, horizon.month, 1), end or horizon + timedelta(days=5 * 365))


def lenient(system: Span, gold: Span) -> bool:
    horizon = gold[0] or gold[1] or date.today()
    s0, s1 = _clip(system, horizon)
    g0, g1 = _clip(gold, horizon)
    overlap = (min(s1, g1) - max(s0, g0)).days + 1
    union = (max(s1, g1) - min(s0, g0)).days + 1
    return overlap > 0 and overlap * 2 >= union


def accuracy(engine: Callable[[str, date], list[Interval]], cases: list[tuple[str, date, Span]]) -> dict[str, float]:
    strict = loose = found = 0
    for quote, anchor, gold in cases:
        intervals = engine(quote, anchor)
        if not intervals:
            continue
        found += 1
        best = intervals[-1]  # the same policy for both engines: the last date of the quote
        span = (best.start, best.end)
        strict += span == gold
        loose += lenient(span, gold)
    n = len(cases) or 1
    return {"found": found / n, "strict": strict / n, "lenient": loose / n}


def speed(engine: Callable[[str, date], list[Interval]], texts: list[tuple[str, date]], repeat: int,
          count_all: Callable[[str, date], int]) -> dict[str, float]:
    timings = []
    for _ in range(repeat):
        began = time.process_time()  # CPU time of this process: "per core", whatever else runs
        for text, anchor in texts:
            engine(text, anchor)
        timings.append(time.process_time() - began)
    seconds = statistics.median(timings)
    expressions = sum(count_all(text, anchor) for text, anchor in texts)
    return {"docs_per_s": len(texts) / seconds, "expr_per_s": expressions / seconds, "seconds": seconds,
            "expressions": expressions}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=25, help="articles for dateparser's speed run (default 25)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs, the median is kept (default 3)")
    args = parser.parse_args()
    if not DEV.is_dir():
        sys.exit(f"shared dev corpus not found at {DEV}")
    cases = release_cases()
    articles = load(DEV / "articles.jsonl")
    gold_rows = {row["doc_id"]: row for row in load(DEV / "gold.jsonl")}
    texts = []
    for article in articles:
        stamp = article.get("published") or gold_rows.get(article["id"], {}).get("published_estimate") or "2024-01-01"
        texts.append((article["text"], date.fromisoformat(str(stamp)[:10])))
    subset = texts[: args.docs]

    acc_ours, acc_theirs = accuracy(ours, cases), accuracy(theirs, cases)
    all_ours = speed(lambda t, a: find_timexes(t, a), texts, args.repeat, lambda t, a: len(find_timexes(t, a)))
    sub_ours = speed(lambda t, a: find_timexes(t, a), subset, args.repeat, lambda t, a: len(find_timexes(t, a)))
    search_dates, _ = _dateparser()

    def dp_search(text: str, anchor: date) -> list[Any]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return search_dates(text, languages=["en"],
                                settings={"RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day)}) or []

    sub_theirs = speed(dp_search, subset, max(1, args.repeat // 3), lambda t, a: len(dp_search(t, a)))
    quotes = [(q, a) for q, a, _ in cases]
    q_ours = speed(lambda t, a: find_timexes(t, a), quotes, args.repeat, lambda t, a: len(find_timexes(t, a)))
    q_theirs = speed(dp_search, quotes, 1, lambda t, a: len(dp_search(t, a)))

    print(f"release claims with a dated value in dev gold: {len(cases)}   articles: {len(texts)}")
    print()
    print(f"{'INTERVAL accuracy (release quotes)':<40}{'nextseason':>12}{'dateparser':>12}")
    for key in ("found", "strict", "lenient"):
        print(f"{'  ' + key:<40}{acc_ours[key]:>12.3f}{acc_theirs[key]:>12.3f}")
    print()
    print(f"{'speed (median of runs, per CPU second)':<40}{'nextseason':>12}{'dateparser':>12}{'ratio':>9}")
    rows = [
        (f"  articles/s (first {len(subset)} articles)", sub_ours["docs_per_s"], sub_theirs["docs_per_s"]),
        (f"  expressions/s (first {len(subset)} articles)", sub_ours["expr_per_s"], sub_theirs["expr_per_s"]),
        (f"  quotes/s ({len(quotes)} release quotes)", q_ours["docs_per_s"], q_theirs["docs_per_s"]),
        ("  expressions/s (release quotes)", q_ours["expr_per_s"], q_theirs["expr_per_s"]),
    ]
    for label, a, b in rows:
        print(f"{label:<40}{a:>12.1f}{b:>12.1f}{a / b if b else float('inf'):>8.1f}x")
    print(f"{f'  articles/s (all {len(texts)} articles)':<40}{all_ours['docs_per_s']:>12.1f}{'-':>12}")
    print(f"{'  expressions found (all articles)':<40}{all_ours['expressions']:>12d}{'-':>12}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
