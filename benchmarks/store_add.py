"""How fast the store takes documents (``add_many``), beside what its parts cost alone.

    python benchmarks/store_add.py [--docs 3000] [--words 300] [--postgres URL]

Generated articles (random words from a fixed vocabulary, about WORDS words each, every
tenth one a lightly edited copy of an earlier one so near-duplicate clusters form), two
claims each. Rows in the same run: ``add_many`` into a fresh store; the MinHash signatures
alone; and, as the floor, a bare ``executemany`` INSERT of the same texts into a one-table
SQLite file in one transaction (no hashing, no claims, no clusters).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from nextseason.models import Claim, Document, ProcessedDocument, RenewalValue
from nextseason.settings import DEFAULT
from nextseason.store import open_store
from nextseason.store.neardup import signature


def generate(count: int, words: int, seed: int = 7) -> list[ProcessedDocument]:
    rng = random.Random(seed)
    vocabulary = [f"{rng.choice('bcdfghklmnprst')}{rng.choice('aeiou')}{rng.choice('nrstl')}{i}"
                  for i in range(5000)]
    texts: list[str] = []
    for i in range(count):
        if i % 10 == 9 and texts:
            base = texts[rng.randrange(len(texts))].split()
            base[rng.randrange(len(base))] = "edited"
            texts.append(" ".join(base) + " (syndicated)")
        else:
            texts.append(" ".join(rng.choice(vocabulary) for _ in range(words)))
    items = []
    for i, text in enumerate(texts):
        doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), doc_id=f"gen-{i}", text=text,
                       url=f"https://outlet{i % 17}.test/{i}")
        claims = tuple(Claim(work=f"Show {i % 50}", season=k + 1, kind="renewal", value=RenewalValue("renewed"),
                             quote="renewed") for k in range(2))
        items.append(ProcessedDocument(doc, claims))
    return items


def timed(fn: Callable[[], Any], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def bare_insert(folder: str, items: list[ProcessedDocument], run: list[int]) -> None:
    run[0] += 1
    conn = sqlite3.connect(f"{folder}/bare{run[0]}.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE d (id TEXT PRIMARY KEY, doc_id TEXT, text TEXT)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO d VALUES (?, ?, ?)", [(p.document.id, p.document.doc_id, p.document.text)
                                                        for p in items])
    conn.execute("COMMIT")
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres", metavar="URL", help="also add into this PostgreSQL store (emptied first)")
    args = parser.parse_args()
    items = generate(args.docs, args.words)
    rows: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        run = [0]

        def add_sqlite() -> None:
            run[0] += 1
            store = open_store(f"sqlite:///{folder}/store{run[0]}.db")
            store.add_many(items)
            store.close()

        rows.append(("sqlite store.add_many (hash, cluster, claims)", timed(add_sqlite, args.repeat)))
        if args.postgres:
            def add_postgres() -> None:
                store = open_store(args.postgres)
                store._execute("TRUNCATE documents, claims, clusters")  # type: ignore[attr-defined]
                store.add_many(items)
                store.close()

            rows.append(("postgres store.add_many", timed(add_postgres, args.repeat)))
        rows.append(("MinHash signatures alone", timed(lambda: [signature(p.document, DEFAULT) for p in items],
                                                       args.repeat)))
        rows.append(("bare SQLite executemany INSERT (floor)", timed(lambda: bare_insert(folder, items, run),
                                                                     args.repeat)))
    print(f"{args.docs} documents of ~{args.words} words, 2 claims each; median of {args.repeat} runs")
    print(f"{'what':<48} {'seconds':>8} {'docs/s':>9} {'vs add_many':>12}")
    base = rows[0][1]
    for what, seconds in rows:
        print(f"{what:<48} {seconds:>8.3f} {args.docs / seconds:>9.0f} {seconds / base:>11.2f}x")


if __name__ == "__main__":
    main()
