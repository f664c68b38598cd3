"""Flat rows for Parquet: a processed document <-> a document row and claim rows.

Batch runs (local processes or Spark) write these rows; ``nextseason load`` reads them back
into ``ProcessedDocument`` records and adds them to the store, so a batch run and a local
ingest end in the same store state.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..models import Claim, Document, Interval, ProcessedDocument, Rejection, Span
from ..store.rows import interval_json, value_text

DOCUMENT_COLUMNS = (
    "id", "doc_id", "url", "title", "text", "published", "published_start", "published_end",
    "published_precision", "published_label", "published_basis", "boilerplate", "folded",
    "source_kind", "metadata",
)
CLAIM_COLUMNS = (
    "document_id", "ordinal", "work", "season", "kind", "value", "polarity", "certainty",
    "as_of", "source", "quote", "quote_start", "quote_end",
)
REJECTION_COLUMNS = ("source", "reason", "detail")


@dataclass(frozen=True, slots=True)
class Counters:
    """What a batch run did, cc-pyspark style: nothing is dropped without being counted."""

    processed: int = 0
    duplicates: int = 0
    rejected: int = 0
    claims: int = 0

    def __add__(self, other: Counters) -> Counters:
        return Counters(self.processed + other.processed, self.duplicates + other.duplicates,
                        self.rejected + other.rejected, self.claims + other.claims)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _spans(spans: Iterable[Span]) -> str:
    return json.dumps([[s.start, s.end] for s in spans])


def document_row(document: Document) -> dict[str, Any]:
    published = document.published_range
    return {
        "id": document.id,
        "doc_id": document.doc_id,
        "url": document.url,
        "title": document.title,
        "text": document.text,
        "published": _iso(document.published),
        "published_start": _iso(published.start) if published else None,
        "published_end": _iso(published.end) if published else None,
        "published_precision": published.precision if published else None,
        "published_label": published.label if published else None,
        "published_basis": document.published_basis,
        "boilerplate": _spans(document.boilerplate),
        "folded": _spans(document.folded),
        "source_kind": document.source_kind,
        "metadata": json.dumps(dict(document.metadata), default=str, ensure_ascii=False),
    }


def claim_rows(processed: ProcessedDocument) -> list[dict[str, Any]]:
    rows = []
    for ordinal, claim in enumerate(processed.claims):
        rows.append({
            "document_id": processed.document.id,
            "ordinal": ordinal,
            "work": claim.work,
            "season": claim.season,
            "kind": claim.kind,
            "value": value_text(claim.value),  # intervals keep precision and label
            "polarity": claim.polarity,
            "certainty": claim.certainty,
            "as_of": json.dumps(interval_json(claim.as_of)) if claim.as_of else None,
            "source": claim.source,
            "quote": claim.quote,
            "quote_start": claim.quote_start,
            "quote_end": claim.quote_end,
        })
    return rows


def rejection_row(rejection: Rejection) -> dict[str, Any]:
    return {"source": rejection.source, "reason": rejection.reason, "detail": rejection.detail}


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def document_from_row(row: Mapping[str, Any]) -> Document:
    published_range = None
    if row.get("published_start") or row.get("published_end") or row.get("published_precision"):
        published_range = Interval(_day(row.get("published_start")), _day(row.get("published_end")),
                                   row.get("published_precision") or "range", row.get("published_label"))
    return Document(
        id=row["id"], doc_id=row["doc_id"], text=row["text"], url=row.get("url"), title=row.get("title"),
        published=_day(row.get("published")), published_range=published_range,
        published_basis=row.get("published_basis") or "unknown",
        boilerplate=tuple(Span(a, b) for a, b in json.loads(row.get("boilerplate") or "[]")),
        folded=tuple(Span(a, b) for a, b in json.loads(row.get("folded") or "[]")),
        source_kind=row.get("source_kind") or "jsonl",
        metadata=json.loads(row.get("metadata") or "{}"),
    )


def _is_nan(value: Any) -> bool:
    """A missing number read back through pandas is NaN, not None."""
    return isinstance(value, float) and math.isnan(value)


def claim_from_row(row: Mapping[str, Any]) -> Claim:
    season = row.get("season")
    exchange = {
        "work": row["work"],
        "season": None if season is None or _is_nan(season) else int(season),
        "kind": row["kind"],
        "value": json.loads(row["value"]) if row.get("value") else None,
        "polarity": row["polarity"],
        "certainty": row["certainty"],
        "as_of": json.loads(row["as_of"]) if row.get("as_of") else None,
        "source": row.get("source"),
        "quote": row.get("quote") or "",
        "quote_start": int(row.get("quote_start") or 0),
        "quote_end": int(row.get("quote_end") or 0),
    }
    return Claim.from_exchange(exchange)


def processed_from_rows(document: Mapping[str, Any], claims: Iterable[Mapping[str, Any]]) -> ProcessedDocument:
    ordered = sorted(claims, key=lambda row: int(row.get("ordinal") or 0))
    return ProcessedDocument(document_from_row(document), tuple(claim_from_row(row) for row in ordered))
