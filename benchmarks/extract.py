#!/usr/bin/env python3
"""Articles per second of the per-document extraction function on the dev corpus.

usage: extract.py [CORPUS_DIR] [--repeats 5]

Rows, each measured in this run (median of the interleaved repeats, process CPU time on one core):
  baseline  sentence splitting + temporal expressions (the floor any extractor pays)
  extract   extract_claims: sentences, titles, seasons, times, the seven kinds, dedupe
  pipeline  process_document (what ingest and batch call per document)
Documents are built once by the ingest readers before timing. A later pass can find caches
keyed by content warm (the title pattern compiled for an article with accented capitals,
per-sentence results when they fit); "first pass" is the first timed pass of each step, closer
to an ingest that sees each article once.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from nextseason.extract import extract_claims
from nextseason.extract.sentences import split_sentences
from nextseason.extract.times import document_times
from nextseason.ingest import read_path
from nextseason.models import Document
from nextseason.pipeline import process_document
from nextseason.settings import DEFAULT

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def baseline(document: Document) -> None:
    split_sentences(document)
    document_times(document.text, document.effective_published)


def extract(document: Document) -> None:
    extract_claims(document, DEFAULT)


def pipeline(document: Document) -> None:
    process_document(document, DEFAULT)


def timed(function, documents: list[Document]) -> float:
    """Articles per CPU-second of this process for one pass (CPU time, so that other work on a
    shared machine does not count against the step)."""
    start = time.process_time()
    for document in documents:
        function(document)
    return len(documents) / max(time.process_time() - start, 1e-9)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    documents = [d for d in read_path(args.corpus / "articles.jsonl", DEFAULT) if isinstance(d, Document)]
    if not documents:
        print(f"no documents in {args.corpus}", file=sys.stderr)
        return 1
    for document in documents[:5]:  # warm caches (compiled regexes, imports)
        extract(document)
    steps = (("baseline", baseline), ("extract", extract), ("pipeline", pipeline))
    rates: dict[str, list[float]] = {name: [] for name, _ in steps}
    for _ in range(args.repeats):  # interleaved, so that a slow spell hits every step alike
        for name, function in steps:
            rates[name].append(timed(function, documents))
    rows = [(name, statistics.median(rates[name])) for name, _ in steps]
    base = rows[0][1]
    chars = sum(len(d.text) for d in documents) / len(documents)
    print(f"{len(documents)} articles (mean {chars:.0f} characters), median of {args.repeats} runs, CPU time of one core")
    print(f"{'step':<10} {'articles/s':>11} {'ms/article':>11} {'vs baseline':>12} {'first pass':>11}")
    for name, rate in rows:
        print(f"{name:<10} {rate:>11.1f} {1000 / rate:>11.2f} {rate / base:>11.2f}x {rates[name][0]:>11.1f}")
    goal = 300
    print(f"goal: {goal} articles/s per core for extract: {'met' if rows[1][1] >= goal else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
