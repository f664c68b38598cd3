"""Stores for tests, benchmarks and demos of the web face.

``load_gold`` fills a store from hand-annotated claims (the exchange format) joined to their
articles, so the pages can be shown before or beside extraction; the collection labels of an
articles file (``show``, ``season``) are never read. ``load_synthetic`` writes made-up articles
about made-up seasons with a chosen number of claims, for load tests.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..models import Certainty, Claim, Document, Interval, ProcessedDocument
from ..store import Store


def _document(row: dict[str, Any], published_estimate: str | None) -> Document:
    text = row.get("text") or ""
    published = date.fromisoformat(row["published"]) if row.get("published") else None
    estimate = date.fromisoformat(published_estimate) if published_estimate else None
    day = published or estimate
    from ..ingest.cleanup import clean
    from ..ingest.document import content_id

    return Document(
        id=content_id(text), doc_id=str(row["id"]), text=text, boilerplate=clean(text).boilerplate,
        url=row.get("url"), title=row.get("title"), published=published,
        published_range=Interval(day, day, "day") if day else None,
        published_basis="field" if published else ("inferred" if estimate else "unknown"),
    )


def gold_documents(articles: Path, gold: Path, limit: int | None = None) -> Iterator[ProcessedDocument]:
    rows: dict[str, dict[str, Any]] = {}
    with open(articles, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                rows[str(row["id"])] = {k: row.get(k) for k in ("id", "url", "published", "text", "title")}
    count = 0
    with open(gold, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            entry = json.loads(line)
            row = rows.get(str(entry["doc_id"]))
            if row is None:
                continue
            text = row.get("text") or ""
            claims = tuple(Claim.from_exchange(c, text) for c in entry.get("claims", []))
            yield ProcessedDocument(_document(row, entry.get("published_estimate")), claims)
            count += 1
            if limit is not None and count >= limit:
                return


def load_gold(store: Store, articles: Path, gold: Path, limit: int | None = None) -> int:
    """Add the gold-annotated articles to ``store``; returns how many were added."""
    return sum(1 for r in store.add_many(gold_documents(articles, gold, limit)) if r.added)


_OUTLETS = ("example-trade.com", "fan-blog.example.org", "streaming-news.example.net",
            "tv-daily.example.com", "gossip.example.io")
_CERTAINTY: tuple[Certainty, ...] = ("official", "reported", "expected", "speculative")


def synthetic_documents(claims: int, *, works: int = 5, per_article: int = 10,
                        seed: int = 7) -> Iterator[ProcessedDocument]:
    """Made-up articles about made-up seasons: ``claims`` release and renewal claims in all."""
    rng = random.Random(seed)
    start = date(2022, 1, 1)
    made = 0
    number = 0
    while made < claims:
        number += 1
        work = f"Synthetic Show {number % works + 1}"
        published = start + timedelta(days=rng.randrange(0, 1400))
        sentences: list[str] = []
        found: list[Claim] = []
        for _ in range(min(per_article, claims - made)):
            year = published.year + rng.choice((0, 1, 1, 2))
            month = rng.randrange(1, 13)
            window = Interval(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]),
                              "month")
            sentence = f"Season 2 of {work} could arrive in {window.start:%B %Y} say people who follow it."
            offset = sum(len(s) + 1 for s in sentences)
            sentences.append(sentence)
            found.append(Claim(work=work, season=2, kind="release", value=window,
                               certainty=rng.choice(_CERTAINTY), quote=sentence,
                               quote_start=offset, quote_end=offset + len(sentence)))
            made += 1
        text = " ".join(sentences)
        outlet = rng.choice(_OUTLETS)
        document = Document(
            id=hashlib.sha256(f"{number}:{text}".encode()).hexdigest(), doc_id=f"synthetic-{number}",
            text=text, url=f"https://{outlet}/news/{number}", title=f"{work}: news {number}",
            published=published, published_range=Interval(published, published, "day"),
            published_basis="field")
        yield ProcessedDocument(document, tuple(found))


def load_synthetic(store: Store, claims: int, **options: Any) -> int:
    return sum(1 for r in store.add_many(synthetic_documents(claims, **options)) if r.added)
