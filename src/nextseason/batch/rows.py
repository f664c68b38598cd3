"""Flat rows for Parquet: a processed document <-> a document row and claim rows.

Batch runs (local processes or Spark) write these rows; ``nextseason load`` reads them back
into ``ProcessedDocument`` records and adds them to the store, so a batch run and a local
ingest end in the same store state.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..models import Document, ProcessedDocument, Rejection
from ..store.rows import claim_from_row, document_from_row, interval_json, spans_text, value_text

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
        "boilerplate": spans_text(document.boilerplate),
        "folded": spans_text(document.folded),
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


def processed_from_rows(document: Mapping[str, Any], claims: Iterable[Mapping[str, Any]]) -> ProcessedDocument:
    """Rows of a batch run back into records, read as the store reads its own rows (same columns)."""
    ordered = sorted(claims, key=lambda row: int(row.get("ordinal") or 0))
    return ProcessedDocument(document_from_row(document), tuple(claim_from_row(row) for row in ordered))
