"""The Store interface. SQLite is the default implementation, Postgres the same contract.

Every implementation passes ``tests/test_store_contract.py``. Writes are idempotent:
a document is identified by its content hash, so adding it twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from ..models import Claim, ClaimRecord, Document, ProcessedDocument, Rejection


@dataclass(frozen=True, slots=True)
class AddResult:
    added: bool  # False: the same content was already stored (a duplicate)
    document_id: str
    cluster: str | None = None  # near-duplicate cluster it joined (None when alone)


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: str
    doc_id: str
    title: str | None
    url: str | None
    domain: str | None
    published: date | None
    published_inferred: bool
    claims: int
    cluster: str | None


@dataclass(frozen=True, slots=True)
class StoredRejection:
    id: int
    source: str
    reason: str
    detail: str | None
    at: str  # ISO timestamp when it was rejected


@dataclass(frozen=True, slots=True)
class Alias:
    kind: str  # "work" or "person"
    name: str
    canonical: str
    origin: str  # "file" | "user" | ...


class Store(Protocol):
    """What the rest of nextseason needs from a database."""

    url: str

    def add(self, processed: ProcessedDocument) -> AddResult: ...

    def add_many(self, items: Iterable[ProcessedDocument]) -> list[AddResult]: ...

    def replace_claims(self, processed: ProcessedDocument) -> None:
        """Re-extraction: replace the claims of an already stored document."""

    def reject(self, rejection: Rejection) -> None: ...

    def rejections(self) -> list[StoredRejection]: ...

    def document(self, key: str) -> Document:
        """By content hash, its prefix, or external doc_id. Raises NotFoundError."""

    def documents(self) -> Iterable[Document]: ...

    def articles(self) -> list[ArticleSummary]: ...

    def clusters(self) -> dict[str, list[str]]:
        """Near-duplicate clusters: cluster id -> document ids (only clusters of 2+)."""

    def claims_of(self, document_id: str) -> list[ClaimRecord]: ...

    def claim_records(self, *, work_key: str | None = None, season: int | None = None,
                      published_on_or_before: date | None = None) -> list[ClaimRecord]:
        """Claims with their article context; ``work_key`` is ``nextseason.text.work_key(title)``."""

    def works(self) -> list[tuple[str, int | None]]:
        """Distinct (work, season) pairs that have claims."""

    def aliases(self) -> list[Alias]: ...

    def set_alias(self, alias: Alias) -> None: ...

    def count_documents(self) -> int: ...

    def count_claims(self) -> int: ...

    def claims_by_article(self) -> Iterator[tuple[Document, list[Claim]]]:
        """Every article with its claims, in ingestion order (for exports)."""

    def schema_version(self) -> int: ...

    def generation(self) -> int:
        """A counter that changes whenever any writer (any process) adds documents or
        replaces claims: a cheap key for caches of anything computed from claims."""

    def close(self) -> None: ...
