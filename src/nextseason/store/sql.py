"""The store logic shared by SQLite and Postgres: the backends differ only in how they
connect, open a write transaction, write parameters and name a few column types.

Write path of ``add``: the MinHash signature is computed outside any transaction; then, in
ONE transaction, the content hash is checked (a duplicate adds nothing), the in-memory LSH
index catches up with documents other writers stored, the near-duplicate cluster is chosen,
and the document and all its claims are inserted. A process killed at any point leaves
either the whole document with its claims or nothing.
"""

from __future__ import annotations

import logging
import re
import threading
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NamedTuple, Self

from ..errors import NotFoundError, StoreError, UsageError
from ..models import Claim, ClaimRecord, Document, ProcessedDocument, Rejection
from ..settings import DEFAULT, Settings
from . import neardup
from .base import AddResult, Alias, ArticleSummary, StoredRejection
from .collector import collector_paused
from .rows import (
    CLAIM_COLUMNS,
    DOCUMENT_COLUMNS,
    RECORD_COLUMNS,
    Row,
    claim_from_row,
    claim_params,
    day,
    document_from_row,
    document_params,
    record_from_tuple,
)

log = logging.getLogger(__name__)

BATCH = 200  # documents per transaction in add_many and per page when reading documents
CACHED_KEYS = 256  # (work_key, season) answers kept in memory until the store changes
# every claim with its id, article number and work key first (the incremental read)
_EVERY_SQL = (f"SELECT c.id, c.doc_seq, c.work_key, {', '.join(RECORD_COLUMNS)} FROM claims c "
              "JOIN documents d ON d.seq = c.doc_seq")
_RECORD_SQL = f"SELECT {', '.join(RECORD_COLUMNS)} FROM claims c JOIN documents d ON d.seq = c.doc_seq"  # integer join


class _AllClaims(NamedTuple):
    """Every claim of the store as read for one generation, with where the next read starts."""

    generation: int
    records: tuple[ClaimRecord, ...]
    keys: tuple[str, ...]  # each claim's stored work key
    last_id: int  # the highest claim id read
    last_seq: int  # the highest article ingestion number read
    works: Counter[tuple[str, int | None, str]]  # claims per (work key, season, title as written)
    rewrites: int  # the store's count of rewrites (``_rewrote``) before the claims were read


def _work_counts(records: Sequence[ClaimRecord], keys: Sequence[str]) -> Counter[tuple[str, int | None, str]]:
    return Counter(zip(keys, (r.claim.season for r in records), (r.claim.work for r in records)))


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return re.sub(r"(://[^/:@]*):[^/@]*@", r"\1:***@", url)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def migrations(dialect: str) -> list[tuple[int, str, str]]:
    """The numbered migration files for a dialect: (version, name, SQL), in order."""
    found = []
    # the package's own folder (it is installed as files: importlib.resources would cost a fresh
    # process some 15 ms of imports for the same listing)
    for item in (Path(__file__).parent / "migrations").iterdir():
        match = re.fullmatch(rf"(\d+)_(\w+)\.{dialect}\.sql", item.name)
        if match:
            found.append((int(match.group(1)), match.group(2), item.read_text(encoding="utf-8")))
    return sorted(found)


def statements(script: str) -> list[str]:
    """A migration script split into statements (comments dropped; no ';' inside literals)."""
    body = re.sub(r"--[^\n]*", "", script)
    return [s.strip() for s in body.split(";") if s.strip()]


class SQLStore(ABC):
    """A Store over a DB-API connection; subclasses provide the dialect."""

    dialect: str
    seq_default: str  # SQL for the next ingestion sequence number
    # ``works`` may count the claims kept in memory: only where Python orders as the SQL does
    # (SQLite: NULL first, text by code point; PostgreSQL orders text by the database's collation)
    works_from_claims = False
    url: str

    def __init__(self, url: str, settings: Settings = DEFAULT) -> None:
        self.url = url
        self.settings = settings
        self._lock = threading.RLock()
        self._index: neardup.NearDuplicateIndex | None = None
        self._in_transaction = False
        # (work key, season) -> (generation, read, length of the read's claims it was filtered from, claims)
        self._records: dict[tuple[str | None, int | None], tuple[int, int, int, tuple[ClaimRecord, ...]]] = {}
        self._all: _AllClaims | None = None  # every claim, kept per generation and read incrementally
        self._reads = 0  # full reads of every claim: a filtered answer extends only within one read

    # ------------------------------------------------------------ dialect hooks

    @abstractmethod
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement; return the cursor (rows as mappings)."""

    @abstractmethod
    def _tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run a query; rows as plain tuples (the fast path for many rows)."""

    @abstractmethod
    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    @abstractmethod
    @contextmanager
    def _write_transaction(self) -> Iterator[None]:
        """One write transaction (SQLite: BEGIN IMMEDIATE; Postgres: a transaction block)."""

    @abstractmethod
    def _lock_migrations(self) -> None:
        """Inside the migration transaction: keep other processes from migrating at once."""

    @abstractmethod
    def _close(self) -> None: ...

    def _date(self, value: date | None) -> Any:
        return value

    # ------------------------------------------------------------ plumbing

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._lock:
            return list(self._execute(sql, params).fetchall())

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        with self._lock:
            return self._execute(sql, params).fetchone()  # type: ignore[no-any-return]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction; nested uses join the outer one."""
        with self._lock:
            if self._in_transaction:
                yield
                return
            self._in_transaction = True
            try:
                with self._write_transaction():
                    yield
            except BaseException:
                self._index = None  # it may hold documents that were rolled back
                raise
            finally:
                self._in_transaction = False

    def migrate(self) -> int:
        """Apply the numbered migrations not applied yet; return the schema version.

        An up-to-date store is only read (no write lock), so opening one never waits on a
        running ingest."""
        known = migrations(self.dialect)
        latest = known[-1][0] if known else 0
        self._execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                      "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        current = self.schema_version()
        if current > latest:
            raise StoreError(f"the store {redact(self.url)} is at schema version {current}; this nextseason "
                             f"knows up to {latest}: upgrade nextseason")
        if current == latest:
            return current
        with self.transaction():
            self._lock_migrations()
            current = self.schema_version()  # another process may have migrated meanwhile
            for version, name, script in known:
                if version <= current:
                    continue
                log.info("migrating %s to version %d (%s)", redact(self.url), version, name)
                for statement in statements(script):
                    self._execute(statement)
                self._execute("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                              (version, name, now()))
                current = version
        return current

    def schema_version(self) -> int:
        row = self._one("SELECT MAX(version) AS v FROM schema_version")
        return int(row["v"]) if row and row["v"] is not None else 0

    def close(self) -> None:
        with self._lock:
            self._close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ writes

    def add(self, processed: ProcessedDocument) -> AddResult:
        return self.add_many([processed])[0]

    def add_many(self, items: Iterable[ProcessedDocument]) -> list[AddResult]:
        """Add documents with their claims, up to ``BATCH`` per transaction.

        When a batch cannot be written, its documents are retried one per transaction: every
        document before the one that fails is stored, then that failure is raised."""
        results: list[AddResult] = []
        batch: list[ProcessedDocument] = []
        for item in items:
            batch.append(item)
            if len(batch) >= BATCH:
                results.extend(self._add_batch_or_each(batch))
                batch = []
        if batch:
            results.extend(self._add_batch_or_each(batch))
        return results

    def _add_batch_or_each(self, batch: list[ProcessedDocument]) -> list[AddResult]:
        try:
            return self._add_batch(batch)
        except StoreError:
            if len(batch) == 1:
                raise
            log.warning("a batch of %d documents failed; writing them one by one", len(batch))
            return [self._add_batch([item])[0] for item in batch]

    def _add_batch(self, batch: list[ProcessedDocument]) -> list[AddResult]:
        """Signatures are computed before the write lock is taken, except for known duplicates.
        Inside the transaction no other writer can add documents (the write lock), so the
        LSH index catches up once per batch and the generation is bumped once."""
        ids = [p.document.id for p in batch]
        known = {r["id"] for r in self._rows(
            f"SELECT id FROM documents WHERE id IN ({', '.join('?' * len(ids))})", ids)}
        signatures = [None if p.document.id in known else neardup.signature(p.document, self.settings)
                      for p in batch]
        with self.transaction():
            index = self._ensure_index()
            results = [self._write(p, s, index, p.document.id in known) for p, s in zip(batch, signatures)]
            if any(r.added for r in results):
                self._bump()
            # an input that reads now (a file fixed since) is no longer a rejection
            sources = sorted({p.document.doc_id for p in batch})
            self._execute(f"DELETE FROM rejections WHERE source IN ({', '.join('?' * len(sources))})", sources)
        return results

    def _write(self, processed: ProcessedDocument, signature: Any, index: neardup.NearDuplicateIndex,
               known: bool) -> AddResult:
        document = processed.document
        if not document.id:
            raise StoreError(f"document {document.doc_id!r} has no content hash")
        if known or document.id in index:  # stored before, or earlier in this batch
            return self._duplicate(document.id)
        cluster = self._cluster_for(signature, index) if signature is not None else None
        columns = ", ".join(("seq",) + DOCUMENT_COLUMNS)
        marks = ", ".join("?" * len(DOCUMENT_COLUMNS))
        params = document_params(document, neardup.to_bytes(signature), cluster, now(), self._date)
        inserted = self._execute(
            f"INSERT INTO documents ({columns}) VALUES ({self.seq_default}, {marks}) "
            "ON CONFLICT (id) DO NOTHING RETURNING seq", params).fetchone()
        if inserted is None:  # the same content earlier in this batch, or stored meanwhile
            return self._duplicate(document.id)
        seq = int(inserted["seq"])
        self._insert_claims(document.id, seq, processed.claims)
        if signature is not None:
            index.add(document.id, signature)
        if seq == index.last_seq + 1:  # no document of another writer in between: skip re-reading it
            index.last_seq = seq
        return AddResult(True, document.id, cluster)

    def _duplicate(self, document_id: str) -> AddResult:
        row = self._one("SELECT cluster_id FROM documents WHERE id = ?", (document_id,))
        return AddResult(False, document_id, row["cluster_id"] if row else None)

    def _insert_claims(self, document_id: str, doc_seq: int, claims: Sequence[Claim]) -> None:
        if not claims:
            return
        sql = (f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}) "
               f"VALUES ({', '.join('?' * len(CLAIM_COLUMNS))})")
        self._executemany(sql, [claim_params(document_id, doc_seq, i, c) for i, c in enumerate(claims)])

    def _bump(self) -> None:
        """Inside a write transaction: tell every reader (any process) that claims changed."""
        self._execute("UPDATE store_state SET generation = generation + 1 WHERE id = 1")

    def _rewrote(self) -> None:
        """Inside a write transaction: claims already stored changed (replaced, or their article
        joined a near-duplicate cluster), not only new ones added; readers then read every claim."""
        self._execute("UPDATE store_state SET rewrites = rewrites + 1 WHERE id = 1")

    def _rewrites(self) -> int:
        row = self._one("SELECT rewrites FROM store_state WHERE id = 1")
        return int(row["rewrites"]) if row else 0

    def generation(self) -> int:
        """Changes whenever any writer adds documents or replaces claims (see ``_bump``)."""
        row = self._one("SELECT generation FROM store_state WHERE id = 1")
        return int(row["generation"]) if row else 0

    def _ensure_index(self) -> neardup.NearDuplicateIndex:
        """The LSH index, built lazily and brought up to date with stored signatures."""
        if self._index is None:
            self._index = neardup.NearDuplicateIndex(self.settings.near_duplicate_threshold,
                                                     self.settings.minhash_perm)
        rows = self._rows("SELECT id, minhash, seq FROM documents WHERE seq > ? ORDER BY seq",
                          (self._index.last_seq,))
        self._index.add_rows((r["id"], neardup.from_bytes(r["minhash"]), int(r["seq"])) for r in rows)
        return self._index

    def _cluster_for(self, signature: Any, index: neardup.NearDuplicateIndex) -> str | None:
        """The cluster of the most similar stored document, creating it when that one was alone."""
        nearest = index.nearest(signature)
        if nearest is None:
            return None
        other_id, score = nearest
        row = self._one("SELECT cluster_id FROM documents WHERE id = ?", (other_id,))
        if row is None:
            return None
        if row["cluster_id"] is not None:
            return str(row["cluster_id"])
        cluster = "c" + other_id[:12]
        self._execute("INSERT INTO clusters (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
                      (cluster, now()))
        self._execute("UPDATE documents SET cluster_id = ? WHERE id = ?", (cluster, other_id))
        self._rewrote()
        log.info("near-duplicate of %s (similarity %.2f): cluster %s", other_id[:12], score, cluster)
        return cluster

    def replace_claims(self, processed: ProcessedDocument) -> None:
        """Re-extraction: replace the claims of an already stored document."""
        document_id = processed.document.id
        with self.transaction():
            row = self._one("SELECT seq FROM documents WHERE id = ?", (document_id,))
            if row is None:
                raise NotFoundError(f"no stored article {document_id[:12]}")
            self._execute("DELETE FROM claims WHERE document_id = ?", (document_id,))
            self._insert_claims(document_id, int(row["seq"]), processed.claims)
            self._rewrote()
            self._bump()

    def reject(self, rejection: Rejection) -> None:
        """Record a rejected input; the same source and reason again only updates it."""
        with self.transaction():
            self._execute(
                "INSERT INTO rejections (source, reason, detail, at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (source, reason) DO UPDATE SET detail = excluded.detail, at = excluded.at",
                (rejection.source, rejection.reason, rejection.detail, now()))

    def set_alias(self, alias: Alias) -> None:
        with self.transaction():
            self._execute(
                "INSERT INTO aliases (kind, name, canonical, origin) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (kind, name) DO UPDATE SET canonical = excluded.canonical, "
                "origin = excluded.origin",
                (alias.kind, alias.name, alias.canonical, alias.origin))

    # ------------------------------------------------------------ reads

    def rejections(self) -> list[StoredRejection]:
        rows = self._rows("SELECT id, source, reason, detail, at FROM rejections ORDER BY id")
        return [StoredRejection(int(r["id"]), r["source"], r["reason"], r["detail"], str(r["at"]))
                for r in rows]

    def document(self, key: str) -> Document:
        """By content hash, a unique prefix of it (4+ characters), or external doc_id."""
        key = key.strip()
        rows = self._rows("SELECT * FROM documents WHERE id = ? OR doc_id = ? ORDER BY seq LIMIT 4",
                          (key, key))
        if not rows and len(key) >= 4 and re.fullmatch(r"[0-9a-fA-F]+", key):
            rows = self._rows("SELECT * FROM documents WHERE id LIKE ? ORDER BY seq LIMIT 4",
                              (key.lower() + "%",))
        if not rows:
            short = len(key) < 4 and re.fullmatch(r"[0-9a-fA-F]+", key)
            raise NotFoundError(f"no stored article {key!r}" + (" (an id prefix needs 4+ characters)" if short else ""))
        exact = [r for r in rows if r["id"] == key]
        if len(rows) > 1 and not exact:
            some = ", ".join(str(r["id"])[:10] for r in rows[:3]) + (", ..." if len(rows) > 3 else "")
            raise UsageError(f"{key!r} matches several articles ({some}); give more of the content hash")
        return document_from_row(exact[0] if exact else rows[0])

    def documents(self) -> Iterator[Document]:
        """Every stored document, in ingestion order (read a page at a time)."""
        last = 0
        while True:
            rows = self._rows("SELECT * FROM documents WHERE seq > ? ORDER BY seq LIMIT ?", (last, BATCH))
            if not rows:
                return
            for row in rows:
                yield document_from_row(row)
            last = int(rows[-1]["seq"])

    def count_documents(self) -> int:
        row = self._one("SELECT COUNT(*) AS n FROM documents")
        return int(row["n"]) if row else 0

    def count_claims(self) -> int:
        row = self._one("SELECT COUNT(*) AS n FROM claims")
        return int(row["n"]) if row else 0

    def articles(self) -> list[ArticleSummary]:
        rows = self._rows(
            "SELECT d.id, d.doc_id, d.title, d.url, d.domain, d.published, d.published_effective, "
            "d.cluster_id, (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id) AS claims "
            "FROM documents d ORDER BY d.seq")
        return [ArticleSummary(
            id=r["id"], doc_id=r["doc_id"], title=r["title"], url=r["url"], domain=r["domain"],
            published=day(r["published_effective"]),
            published_inferred=r["published"] is None and r["published_effective"] is not None,
            claims=int(r["claims"]), cluster=r["cluster_id"]) for r in rows]

    def clusters(self) -> dict[str, list[str]]:
        """Near-duplicate clusters: cluster id -> document ids (in ingestion order)."""
        found: dict[str, list[str]] = {}
        for row in self._rows("SELECT id, cluster_id FROM documents WHERE cluster_id IS NOT NULL "
                              "ORDER BY seq"):
            found.setdefault(row["cluster_id"], []).append(row["id"])
        return {k: v for k, v in found.items() if len(v) > 1}

    def claims_of(self, document_id: str) -> list[ClaimRecord]:
        rows = self._tuples(f"{_RECORD_SQL} WHERE c.document_id = ? ORDER BY c.ordinal", (document_id,))
        return [record_from_tuple(r) for r in rows]

    def claim_records(self, *, work_key: str | None = None, season: int | None = None,
                      published_on_or_before: date | None = None) -> list[ClaimRecord]:
        """Claims with their article context, in ingestion order. ``season=None`` means any
        season; with ``published_on_or_before``, articles whose date cannot be bounded are
        left out. Answers for a work are kept in memory until any writer changes the claims."""
        with collector_paused():  # a first read parses tens of thousands of objects that live on
            records = self._claim_records(work_key, season)
        if published_on_or_before is None:
            return list(records)
        return [r for r in records if r.published is not None and r.published <= published_on_or_before]

    def _claim_records(self, work_key: str | None, season: int | None) -> tuple[ClaimRecord, ...]:
        generation = self.generation()
        key = (work_key, season)
        cached = self._records.get(key)
        if cached is not None and cached[0] == generation:
            return cached[3]
        if self._all is not None or work_key is None:
            # every claim is kept (the status of a season reads them all to learn reliability):
            # a work's claims are the same record objects, filtered, and extended after a write
            every = self._every_claim(generation)
            old: tuple[ClaimRecord, ...] = ()
            start = 0
            if cached is not None and cached[1] == self._reads:  # derived from this read: extend it
                old, start = cached[3], cached[2]
            records = old + tuple(r for r, k in zip(every.records[start:], every.keys[start:])
                                  if (work_key is None or k == work_key)
                                  and (season is None or r.claim.season == season))
            if len(self._records) >= CACHED_KEYS:
                self._records.clear()
            self._records[key] = (generation, self._reads, len(every.records), records)
            return records
        where: list[str] = []
        params: list[Any] = []
        if work_key is not None:
            where.append("c.work_key = ?")
            params.append(work_key)
        if season is not None:
            where.append("c.season = ?")
            params.append(season)
        sql = _RECORD_SQL + (" WHERE " + " AND ".join(where) if where else "")
        records = tuple(record_from_tuple(r) for r in self._tuples(sql + " ORDER BY c.doc_seq, c.ordinal",
                                                                   params))
        if len(self._records) >= CACHED_KEYS:
            self._records.clear()
        self._records[key] = (generation, -1, 0, records)
        return records

    def _every_claim(self, generation: int) -> _AllClaims:
        """Every claim, in ingestion order, as of ``generation``: after a write, only the claims
        added since the last read are read and parsed (the others stay the same objects), unless
        claims were replaced or a stored article joined a near-duplicate cluster (then all)."""
        with self._lock:
            return self._read_every_claim(generation)

    def _read_every_claim(self, generation: int) -> _AllClaims:
        known = self._all
        if known is not None and known.generation == generation:
            return known
        if known is not None:
            added = self._added_since(known)
            if added is not None:
                new = tuple(record_from_tuple(t[3:]) for t in added)
                works = known.works.copy()
                works.update(_work_counts(new, [t[2] for t in added]))
                self._all = _AllClaims(generation, known.records + new, known.keys + tuple(t[2] for t in added),
                                       max([known.last_id, *(int(t[0]) for t in added)]),
                                       max([known.last_seq, *(int(t[1]) for t in added)]), works, known.rewrites)
                return self._all
        rewrites = self._rewrites()  # before the claims: a rewrite while they are read shows next time
        rows = self._tuples(f"{_EVERY_SQL} ORDER BY c.doc_seq, c.ordinal")
        self._reads += 1
        records = tuple(record_from_tuple(t[3:]) for t in rows)
        keys = tuple(t[2] for t in rows)
        self._all = _AllClaims(generation, records, keys,
                               max((int(t[0]) for t in rows), default=0), max((int(t[1]) for t in rows), default=0),
                               _work_counts(records, keys), rewrites)
        return self._all

    def _added_since(self, known: _AllClaims) -> list[tuple[Any, ...]] | None:
        """The rows of claims added after ``known`` was read, or None when anything else changed."""
        if self._rewrites() != known.rewrites:
            return None  # claims were replaced, or a stored article joined a near-duplicate cluster
        added = self._tuples(f"{_EVERY_SQL} WHERE c.id > ? ORDER BY c.doc_seq, c.ordinal", (known.last_id,))
        if any(int(t[1]) <= known.last_seq for t in added):
            return None  # claims added to an article read before: not at the end of the order
        return added

    def claims_by_article(self) -> Iterator[tuple[Document, list[Claim]]]:
        """Every article with its claims, in ingestion order (for exports)."""
        last = 0
        while True:
            docs = self._rows("SELECT * FROM documents WHERE seq > ? ORDER BY seq LIMIT ?", (last, BATCH))
            if not docs:
                return
            top = int(docs[-1]["seq"])
            claims: dict[str, list[Claim]] = {}
            for row in self._rows("SELECT c.* FROM claims c JOIN documents d ON d.id = c.document_id "
                                  "WHERE d.seq > ? AND d.seq <= ? ORDER BY d.seq, c.ordinal", (last, top)):
                claims.setdefault(row["document_id"], []).append(claim_from_row(row))
            for row in docs:
                yield document_from_row(row), claims.get(row["id"], [])
            last = top

    def works(self) -> list[tuple[str, int | None]]:
        """Distinct (work, season) pairs that have claims, the work as most articles write it."""
        if self._all is not None and self.works_from_claims:  # counted from the claims kept (read after a write)
            counts = self._every_claim(self.generation()).works
            order = sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][1] is not None, kv[0][1] or 0,
                                                           -kv[1], kv[0][2]))
            found: dict[tuple[str, int | None], str] = {}
            for (key, season, work), _count in order:
                found.setdefault((key, season), work)
            return [(work, season) for (_, season), work in found.items()]
        rows = self._rows("SELECT work_key, season, work, COUNT(*) AS n FROM claims "
                          "GROUP BY work_key, season, work ORDER BY work_key, season, n DESC, work")
        seen: dict[tuple[str, int | None], str] = {}
        for row in rows:
            seen.setdefault((row["work_key"], row["season"]), row["work"])
        return [(work, season) for (_, season), work in seen.items()]

    def aliases(self) -> list[Alias]:
        rows = self._rows("SELECT kind, name, canonical, origin FROM aliases ORDER BY kind, canonical, name")
        return [Alias(r["kind"], r["name"], r["canonical"], r["origin"]) for r in rows]
