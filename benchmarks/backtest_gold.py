"""Backtest resolution on hand-annotated (gold) claims, the queries of shared/eval/backtest.py.

For every season with a known premiere P in outcomes.jsonl and as-of dates P-540, -365, -180,
-90, -30, +30 (only dates on or after the season's first dated article), ``resolve_status`` is
asked for the window and stage from the gold claims published on or before the date. The two
naive strategies of backtest.py (newest article's narrowest window, most claimed window) are
scored on the same queries in the same run. Premieres are read for scoring only.

usage: python benchmarks/backtest_gold.py [CORPUS_DIR] [--rows] [--json] [--learn] [--db URL]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from nextseason.resolve import DEFAULT, resolve_status
from nextseason.resolve.gold import load_claim_records
from nextseason.resolve.reliability import reliability_from_records
from nextseason.text import fold

OFFSETS = (-540, -365, -180, -90, -30, 30)
DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def _judge(start, end, premiere):
    if start is None or end is None:
        return {"hit": False, "width": None}
    return {"hit": start <= premiere <= end, "width": (end - start).days + 1}


def _naive(records, show, season, as_of):
    windows = [(r.published, (r.claim.value.start, r.claim.value.end)) for r in records
               if not r.published_inferred and r.published <= as_of and r.claim.kind == "release"
               and r.claim.polarity == "affirmed" and r.claim.season == season
               and fold(r.claim.work) == fold(show) and r.claim.value is not None
               and r.claim.value.start and r.claim.value.end]
    if not windows:
        return None, None
    newest_day = max(d for d, _ in windows)
    newest = min((w for d, w in windows if d == newest_day), key=lambda w: (w[1] - w[0]).days)
    common = Counter(w for _, w in windows).most_common(1)[0][0]
    return newest, common


def run(corpus: Path, learn: bool, db: str | None = None) -> list[dict]:
    gold_records = load_claim_records(corpus / "articles.jsonl", corpus / "gold.jsonl")
    records = gold_records
    if db:  # the pipeline's own claims (ingested without labels); baselines stay on gold claims
        from nextseason.store import open_store

        store = open_store(db)
        records = store.claim_records()
        store.close()
    articles = _rows(corpus / "articles.jsonl")
    rows = []
    for outcome in _rows(corpus / "outcomes.jsonl"):
        if not outcome.get("premiere"):
            continue
        show, season = outcome["show"], outcome["season"]
        premiere = date.fromisoformat(outcome["premiere"])
        first = min((date.fromisoformat(a["published"]) for a in articles if a.get("published")
                     and fold(a["show"]) == fold(show) and a["season"] == season), default=None)
        for offset in OFFSETS:
            as_of = premiere + timedelta(days=offset)
            if first is None or as_of < first:
                continue
            settings = DEFAULT
            if learn:
                settings = replace(DEFAULT, reliability=reliability_from_records(records, as_of))
            status = resolve_status(records, show, season, as_of, settings)
            window = status.release.window if status.release else None
            row = {"show": show, "season": season, "offset": offset, "as_of": str(as_of),
                   "stage": status.stage, "stage_ok": (status.stage == "released") == (premiere <= as_of),
                   "system": _judge(window.start if window else None, window.end if window else None, premiere),
                   "window": status.release.label if status.release else None,
                   "basis": status.release.basis if status.release else None}
            newest, common = _naive(gold_records, show, season, as_of)
            row["newest_article"] = _judge(*(newest or (None, None)), premiere)
            row["most_claimed"] = _judge(*(common or (None, None)), premiere)
            rows.append(row)
    return rows


def summary(rows: list[dict]) -> dict:
    out = {}
    for key in ("system", "newest_article", "most_claimed"):
        widths = [r[key]["width"] for r in rows if r[key]["width"] is not None]
        out[key] = {"queries": len(rows), "hit_rate": round(sum(r[key]["hit"] for r in rows) / len(rows), 3),
                    "median_width_days": statistics.median(widths) if widths else None}
    out["stage_accuracy"] = round(sum(r["stage_ok"] for r in rows) / len(rows), 3)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEV)
    parser.add_argument("--rows", action="store_true", help="print every query")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--learn", action="store_true", help="learn outlet reliability as of each date")
    parser.add_argument("--by-season", action="store_true", help="hit rates per season")
    parser.add_argument("--db", help="resolve the claims of this store (extracted) instead of gold claims")
    args = parser.parse_args(argv)
    rows = run(args.corpus, args.learn, args.db)
    result = summary(rows)
    if args.json:
        print(json.dumps({"summary": result, "rows": rows}, indent=2))
        return 0
    if args.rows:
        for r in rows:
            s = r["system"]
            print(f"{r['show'][:24]:<24} s{r['season']} {r['offset']:>5}d {'HIT ' if s['hit'] else 'miss'} "
                  f"{r['stage']:<15} {r['basis'] or '-':<16} {r['window']}")
    print(f"{'strategy':<16}{'queries':>8}{'hit rate':>10}{'median width':>14}")
    for key in ("system", "newest_article", "most_claimed"):
        s = result[key]
        print(f"{key:<16}{s['queries']:>8}{s['hit_rate']:>10.3f}{s['median_width_days']!s:>14}")
    print(f"stage accuracy (system): {result['stage_accuracy']:.3f}")
    if args.by_season:
        seasons = sorted({(r["show"], r["season"]) for r in rows})
        print(f"{'season':<28}{'queries':>8}{'system':>8}{'newest':>8}{'claimed':>8}")
        for show, season in seasons:
            mine = [r for r in rows if (r["show"], r["season"]) == (show, season)]
            rate = {k: sum(r[k]["hit"] for r in mine) / len(mine)
                    for k in ("system", "newest_article", "most_claimed")}
            print(f"{show[:24] + ' s' + str(season):<28}{len(mine):>8}{rate['system']:>8.2f}"
                  f"{rate['newest_article']:>8.2f}{rate['most_claimed']:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
