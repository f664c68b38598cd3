"""End-to-end quality through the real CLI, exactly as the shared evaluation scripts drive it.

    python benchmarks/endtoend.py [--shared ../shared] [--skip-backtest] [--json]

1. claims: ingest each corpus (seeds, dev) into a fresh SQLite file, export claims, score
   them with ``shared/eval/score_claims.py`` against the hand-made gold;
2. backtest: ``shared/eval/backtest.py`` on the dev corpus, beside the two naive strategies
   it measures over the gold claims in the same run;
3. the All of Us Are Dead scenario of issue 5: seeds + the dev articles about that season,
   status as of 2025-10-01, each expected property checked.

Nothing here is tuned on: it reads the shared data where it lies and prints what it measures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# the project's environment when it exists (scripts/demo.sh and scripts/test.sh make .venv)
_PYTHON = ROOT / ".venv" / "bin" / "python"
CLI = [str(_PYTHON) if _PYTHON.exists() else sys.executable, "-m", "nextseason.cli.run"]


def _run(*args: str, db: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, "--db", db, *args], capture_output=True, text=True, timeout=900)


def _bare_jsonl(rows: list[dict[str, Any]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:  # what a real article has: no collection labels
            handle.write(json.dumps({k: row.get(k) for k in ("id", "url", "published", "text")}) + "\n")
    return path


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_claims(shared: Path, corpus: str, tmp: Path) -> dict[str, Any]:
    folder = shared / "corpus" / corpus
    db = f"sqlite:///{tmp / (corpus + '.db')}"
    _run("ingest", str(_bare_jsonl(_read(folder / "articles.jsonl"), tmp / f"{corpus}.jsonl")), db=db)
    exported = _run("export-claims", "--format", "claims-jsonl", db=db)
    out = tmp / f"{corpus}-claims.jsonl"
    out.write_text(exported.stdout, encoding="utf-8")
    scored = subprocess.run([sys.executable, str(shared / "eval" / "score_claims.py"),
                             str(folder / "gold.jsonl"), str(out), "--json"],
                            capture_output=True, text=True, timeout=300)
    result: dict[str, Any] = json.loads(scored.stdout)
    return result


def backtest(shared: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, str(shared / "eval" / "backtest.py"), str(shared / "corpus" / "dev"),
                           "--gold", str(shared / "corpus" / "dev" / "gold.jsonl"),
                           "--cmd", " ".join(CLI), "--json"], capture_output=True, text=True, timeout=3000)
    if done.returncode != 0:
        raise SystemExit(f"backtest failed: {done.stderr[-2000:]}")
    summary: dict[str, Any] = json.loads(done.stdout)["summary"]
    return summary


def scenario(shared: Path, tmp: Path) -> dict[str, bool]:
    """Issue 5's All of Us Are Dead check, as of 2025-10-01, through the CLI."""
    rows = _read(shared / "corpus" / "seeds" / "articles.jsonl")
    rows += [r for r in _read(shared / "corpus" / "dev" / "articles.jsonl") if r.get("show") == "All of Us Are Dead"]
    db = f"sqlite:///{tmp / 'aouad.db'}"
    _run("ingest", str(_bare_jsonl(rows, tmp / "aouad.jsonl")), db=db)
    done = _run("status", "All of Us Are Dead", "--season", "2", "--as-of", "2025-10-01", "--json", db=db)
    status = json.loads(done.stdout) if done.returncode == 0 else {}
    release = status.get("release") or {}
    lapsed_years = {(w.get("end") or "")[:4] for w in status.get("lapsed", [])}
    groups = [{c["person"], *c.get("aliases", [])} for c in status.get("cast", [])]
    folded = [{"".join(ch for ch in name.casefold() if ch.isalpha()) for name in group} for group in groups]
    park = any({"parkjihu", "parkjihoo"} <= group for group in folded)
    return {
        "stage is filming": status.get("stage") == "filming",
        "window in 2027": bool(release.get("start", "")[:4] == "2027" or release.get("end", "")[:4] == "2027"),
        "2023 prediction lapsed": "2023" in lapsed_years,
        "2024 prediction lapsed": "2024" in lapsed_years,
        "renewal date contradiction": any(c.get("field", "").startswith("renewal")
                                          for c in status.get("contradictions", [])),
        "Park Ji-hu spellings grouped": park,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--skip-backtest", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for corpus in ("seeds", "dev"):
            report[f"claims-{corpus}"] = score_claims(args.shared, corpus, tmp)
        report["scenario"] = scenario(args.shared, tmp)
    if not args.skip_backtest:
        report["backtest"] = backtest(args.shared)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    _print(report)
    return 0


def _print(report: dict[str, Any]) -> None:
    for corpus in ("seeds", "dev"):
        scores = report[f"claims-{corpus}"]
        print(f"\nclaims on {corpus}: kind, strict P/R/F1, lenient F1")
        for kind, row in scores["strict"].items():
            lenient = scores["lenient"][kind]
            print(f"  {kind:<13} {row['precision']:.3f} {row['recall']:.3f} {row['f1']:.3f}   {lenient['f1']:.3f}")
        print(f"  certainty accuracy {scores.get('certainty_accuracy')}")
    print("\nAll of Us Are Dead S2 as of 2025-10-01")
    for check, ok in report["scenario"].items():
        print(f"  {'ok ' if ok else 'NO '} {check}")
    if "backtest" in report:
        summary = report["backtest"]
        print("\nbacktest (dev)         hit rate  median width  answered/queries")
        for name in ("system", "newest_article", "most_claimed"):
            row = summary.get(name) or {}
            print(f"  {name:<20} {row.get('hit_rate')!s:>8}  {row.get('median_width_days')!s:>12}  "
                  f"{row.get('answered')}/{row.get('queries')}")
        print(f"  stage accuracy {summary.get('stage_accuracy')}, errors {summary.get('errors')}")


if __name__ == "__main__":
    sys.exit(main())
