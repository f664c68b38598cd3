"""Claim records from a claims file of the exchange format plus its articles.

Used to develop and measure resolution on hand-annotated (gold) claims before, or beside,
extraction: ``published`` is the article's stated date, else the file's ``published_estimate``
(marked inferred); the domain comes from the URL. Collection labels (``show``, ``season``)
are never read.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from ..models import Claim, ClaimRecord, ProcessedDocument


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _infer(text: str, url: str | None) -> str | None:
    """The ingest stage's date for an article neither the file nor the annotators date."""
    try:
        from ..ingest.dating import date_document
    except ImportError:  # ingest not available: the article stays undated (left out of as-of queries)
        return None
    dating = date_document(text, url=url)
    day = dating.published or (dating.range.end or dating.range.start if dating.range else None)
    return day.isoformat() if day else None


def load_claim_records(articles: Path, claims: Path) -> list[ClaimRecord]:
    """ClaimRecords for every claim of ``claims`` (one line per article) joined to ``articles``."""
    meta = {}
    with open(articles, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                meta[row["id"]] = (row.get("url"), row.get("published"), row.get("text") or "")
    out: list[ClaimRecord] = []
    with open(claims, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            url, published, text = meta.get(row["doc_id"], (None, None, ""))
            inferred = published is None
            day = published or row.get("published_estimate") or _infer(text, url)
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            for claim in row.get("claims", []):
                out.append(ClaimRecord(
                    claim=Claim.from_exchange(claim, text), document_id=digest, doc_id=row["doc_id"],
                    published=date.fromisoformat(day) if day else None, published_inferred=inferred,
                    url=url, domain=_domain(url), cluster=None,
                ))
    return out


def load_processed(articles: Path, claims: Path) -> list[ProcessedDocument]:
    """The same claims as ProcessedDocuments, to put into a real store (``store.add_many``)."""
    from ..models import Document, Interval

    rows = {}
    with open(claims, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                rows[row["doc_id"]] = row
    out = []
    with open(articles, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            article = json.loads(line)
            gold = rows.get(article["id"], {})
            text = article.get("text") or ""
            stated = date.fromisoformat(article["published"]) if article.get("published") else None
            estimate = gold.get("published_estimate") or (None if stated else _infer(text, article.get("url")))
            inferred = Interval.day(date.fromisoformat(estimate)) if (stated is None and estimate) else None
            document = Document(
                id=hashlib.sha256(text.encode("utf-8")).hexdigest(), doc_id=article["id"], text=text,
                url=article.get("url"), published=stated,
                published_range=Interval.day(stated) if stated else inferred,
                published_basis="field" if stated else ("inferred" if inferred else "unknown"),
            )
            claims_of = tuple(Claim.from_exchange(c, text) for c in gold.get("claims", []))
            out.append(ProcessedDocument(document, claims_of))
    return out
