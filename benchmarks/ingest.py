"""Ingest speed: articles per second, beside baselines measured in the same run.

Run: .venv/bin/python benchmarks/ingest.py [--repeat 5] [--pages 300] [--copies 20]

Rows:
- JSONL plain text: our reader (decode, parse, clean-up marks, content hash, dating) over
  ../shared/corpus/dev/articles.jsonl copied ``--copies`` times, beside ``json.loads`` +
  sha256 alone (the floor any reader pays). No claim extraction.
- JSONL into SQLite: the same reader, then ``store.add_many`` in batches of 200 (no claim
  extraction; near-duplicate signatures included), into a fresh SQLite file.
- HTML pages: generated pages (ours, a few hundred), our reader (sniff, size and depth
  guards, decode, trafilatura, clean-up, hash, dating) beside trafilatura alone with the
  same options on the same pages.
- real pages (``--real``): the same two rows over the 181 pages of
  ../shared/benchmarks/article-extraction-benchmark/html (read where they are).
Times are CPU seconds of this one process (``time.process_time``: one core, and not
disturbed by other work on a shared machine), medians of ``--repeat`` interleaved runs.
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
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nextseason.errors import IngestError
from nextseason.ingest import read_path
from nextseason.ingest.html import DATE_PARAMS, read_html_bytes
from nextseason.models import Document, ProcessedDocument
from nextseason.settings import Settings

DEV = ROOT.parent / "shared" / "corpus" / "dev" / "articles.jsonl"
REAL = ROOT.parent / "shared" / "benchmarks" / "article-extraction-benchmark" / "html"

SUBJECTS = ("The streamer", "The studio", "A spokesperson", "The showrunner", "The lead actor", "A producer",
            "The network", "The director", "An executive", "The writers")
VERBS = ("confirmed", "said", "hinted", "told reporters", "announced", "revealed", "suggested", "explained")
CLAIMS = ("the new season will arrive next spring", "filming starts in the autumn", "scripts are nearly done",
          "most of the cast will return", "the premiere is planned for early next year",
          "post-production will take about eight months", "the story picks up a year after the finale",
          "two new characters join the family", "the budget is larger than before",
          "the final episode was shot last week")
SHOWS = ("The Lantern Keepers", "Harbor of Glass", "Night Orchard", "The Ninth Province", "Paper Crowns",
         "Saltwind", "The Quiet Engine", "Copper Valley")
MONTHS = ("January", "March", "May", "June", "September", "November")


def sentence(rng: random.Random) -> str:
    return (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} that {rng.choice(CLAIMS)} for "
            f"{rng.choice(SHOWS)}, in {rng.choice(MONTHS)} {rng.randint(2019, 2026)}.")


def page(rng: random.Random, number: int) -> bytes:
    show = rng.choice(SHOWS)
    paragraphs = "".join(f"<p>{' '.join(sentence(rng) for _ in range(rng.randint(2, 5)))}</p>\n"
                         for _ in range(rng.randint(4, 14)))
    links = "".join(f'<li><a href="/story/{rng.randint(1, 9999)}">{rng.choice(SHOWS)} news</a></li>'
                    for _ in range(rng.randint(5, 25)))
    comments = "".join(f"<div class=\"comment\"><p>{sentence(rng)}</p></div>" for _ in range(rng.randint(0, 6)))
    meta = (f'<meta property="article:published_time" content="{rng.randint(2019, 2026)}-0{rng.randint(1, 9)}-1'
            f'{rng.randint(0, 9)}">' if rng.random() < 0.7 else "")
    html = (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{show} season "
            f"{rng.randint(2, 5)}: what we know ({number})</title>{meta}"
            f"<meta name=\"author\" content=\"Staff Writer\"><script>var x = {number};</script></head><body>"
            f"<header><nav><ul>{links}</ul></nav></header><main><article><h1>{show} update</h1>"
            f"<div class=\"byline\">By Staff Writer</div>{paragraphs}</article>"
            f"<aside><h3>Related articles</h3><ul>{links}</ul></aside>"
            f"<section class=\"comments\"><h3>Comments</h3>{comments}</section></main>"
            f"<footer><p>Copyright Example Media. All rights reserved.</p></footer></body></html>")
    return html.encode("utf-8")


def median_times(actions: list[Callable[[], object]], repeat: int) -> list[float]:
    """Median CPU seconds of each action, the actions interleaved run by run (so that
    load from other processes on a shared machine falls on all of them alike)."""
    times: list[list[float]] = [[] for _ in actions]
    for _ in range(repeat):
        for index, action in enumerate(actions):
            started = time.process_time()
            action()
            times[index].append(time.process_time() - started)
    return [statistics.median(t) for t in times]


def jsonl_rows(path: Path, repeat: int) -> list[tuple[str, int, float]]:
    settings = Settings()
    lines = path.read_bytes().count(b"\n")

    def ours() -> None:
        for item in read_path(path, settings):
            assert isinstance(item, Document)

    def floor() -> None:
        with path.open("rb") as handle:
            for line in handle:
                hashlib.sha256(json.loads(line)["text"].encode("utf-8")).hexdigest()

    ours()  # warm up (imports)
    floor_s, ours_s = median_times([floor, ours], repeat)
    return [("JSONL: json.loads + sha256 alone (floor)", lines, floor_s),
            ("JSONL: nextseason reader (no extraction)", lines, ours_s)]


def store_row(path: Path, repeat: int) -> tuple[str, int, float]:
    from nextseason.store import open_store

    settings = Settings()
    lines = path.read_bytes().count(b"\n")
    times = []
    for _ in range(max(1, repeat // 2)):
        with tempfile.TemporaryDirectory() as folder:
            store = open_store(f"sqlite:///{folder}/bench.db", settings)
            started = time.process_time()
            batch: list[ProcessedDocument] = []
            for item in read_path(path, settings):
                assert isinstance(item, Document)
                batch.append(ProcessedDocument(item, ()))
                if len(batch) >= 200:
                    store.add_many(batch)
                    batch = []
            store.add_many(batch)
            times.append(time.process_time() - started)
            store.close()
    return ("JSONL: reader + SQLite add_many (no extraction)", lines, statistics.median(times))


def html_rows(pages: list[bytes], repeat: int, label: str = "HTML") -> list[tuple[str, int, float]]:
    import trafilatura

    settings = Settings()

    def alone() -> None:
        for data in pages:
            trafilatura.bare_extraction(data.decode("utf-8", "replace"), with_metadata=True, include_comments=False,
                                        include_tables=True, date_extraction_params=DATE_PARAMS)

    def ours() -> None:
        for number, data in enumerate(pages):
            try:
                read_html_bytes(data, f"page{number}.html", settings)
            except IngestError:
                pass  # a page without main text is a rejection: it still cost its time

    alone()  # warm both up (imports, caches)
    ours()
    alone_s, ours_s = median_times([alone, ours], repeat)
    return [(f"{label}: trafilatura alone, same options", len(pages), alone_s),
            (f"{label}: nextseason reader", len(pages), ours_s)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--copies", type=int, default=20, help="copies of the dev articles in the JSONL")
    parser.add_argument("--real", action="store_true", help="also time the real pages of the shared benchmark")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "articles.jsonl"
        data = DEV.read_bytes()
        corpus.write_bytes(data * args.copies)
        rows = jsonl_rows(corpus, args.repeat)
        rows.append(store_row(corpus, args.repeat))
    pages = [page(rng, n) for n in range(args.pages)]
    rows += html_rows(pages, args.repeat)
    if args.real:
        import gzip

        real = [gzip.decompress(p.read_bytes()) for p in sorted(REAL.glob("*.html.gz"))]
        rows += html_rows(real, args.repeat, "real HTML")
    print(f"{'what':<52} {'items':>7} {'median cpu s':>12} {'items/s':>9} {'ratio':>7}")
    baselines = {name.split(":")[0]: seconds for name, _, seconds in rows
                 if "alone" in name or "floor" in name}
    for name, items, seconds in rows:
        ratio = seconds / baselines[name.split(":")[0]]
        print(f"{name:<52} {items:>7} {seconds:>12.3f} {items / seconds:>9.0f} {ratio:>6.2f}x")
    print("ratio: time over the baseline of its group (JSONL: json.loads + sha256; HTML: trafilatura alone)")


if __name__ == "__main__":
    main()
