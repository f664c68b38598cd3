"""Batch mode: the pure per-document function mapped over a corpus, written as Parquet.

    process_record(item, settings) -> RecordResult        the per-record function (no store)
    run_local(paths, out, settings, workers) -> Counters  local processes (default)
    spark.run_spark(paths, out, settings, master)          Apache Spark (extra 'spark')
    load(out, store) -> Counters                           Parquet rows into a store

Both runners write ``documents.parquet``, ``claims.parquet`` and ``rejections.parquet``
under the output folder (Spark writes them as folders of part files) and ``counters.json``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import MissingExtraError, NextseasonError
from ..ingest import read_path
from ..models import Document, Rejection
from ..pipeline import process_document
from ..settings import DEFAULT, Settings
from .rows import (
    CLAIM_COLUMNS,
    DOCUMENT_COLUMNS,
    REJECTION_COLUMNS,
    Counters,
    claim_rows,
    document_row,
    processed_from_rows,
    rejection_row,
)

log = logging.getLogger(__name__)

__all__ = ["Counters", "RecordResult", "load", "process_record", "run_local"]


@dataclass(frozen=True, slots=True)
class RecordResult:
    """The rows one input record gives: a document and its claims, or a rejection."""

    document: dict[str, Any] | None = None
    claims: list[dict[str, Any]] = field(default_factory=list)
    rejection: dict[str, Any] | None = None


def process_record(item: Document | Rejection, settings: Settings = DEFAULT) -> RecordResult:
    """The per-record function both runners share. Never raises for a bad document:
    a failure becomes a rejection row with its reason, and is counted."""
    if isinstance(item, Rejection):
        return RecordResult(rejection=rejection_row(item))
    try:
        processed = process_document(item, settings)
    except Exception as error:
        log.exception("extraction failed for %s", item.doc_id)
        return RecordResult(rejection=rejection_row(
            Rejection(item.doc_id, "extraction failed", f"{type(error).__name__}: {error}")))
    return RecordResult(document_row(processed.document), claim_rows(processed))


def _pyarrow() -> Any:
    try:
        import pyarrow  # type: ignore[import-untyped]
        import pyarrow.parquet  # type: ignore[import-untyped]
    except ImportError as error:
        raise MissingExtraError("parquet", "batch Parquet output") from error
    return pyarrow


def _write(out: Path, name: str, rows: list[dict[str, Any]], columns: Sequence[str]) -> None:
    pa = _pyarrow()
    table = pa.Table.from_pylist(rows, schema=_schema(pa, columns)) if rows else \
        pa.Table.from_pylist([], schema=_schema(pa, columns))
    pa.parquet.write_table(table, out / f"{name}.parquet")


def _schema(pa: Any, columns: Sequence[str]) -> Any:
    ints = {"season", "ordinal", "quote_start", "quote_end"}
    return pa.schema([(name, pa.int64() if name in ints else pa.string()) for name in columns])


def _chunks(items: Iterable[Document | Rejection], size: int) -> Iterator[list[Document | Rejection]]:
    chunk: list[Document | Rejection] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _process_chunk(chunk: list[Document | Rejection], settings: Settings) -> list[RecordResult]:
    return [process_record(item, settings) for item in chunk]


def run_local(paths: Sequence[str | Path], out: str | Path, settings: Settings = DEFAULT,
              workers: int = 1) -> Counters:
    """Read every input, extract claims in ``workers`` processes, write Parquet to ``out``."""
    out = prepare_out(out)
    items = (item for path in paths for item in read_path(path, settings))
    documents: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    rejections: list[dict[str, Any]] = []
    seen: set[str] = set()
    counters = Counters()

    def collect(results: Iterable[RecordResult]) -> None:
        nonlocal counters
        for result in results:
            if result.rejection is not None:
                rejections.append(result.rejection)
                counters += Counters(rejected=1)
            elif result.document is not None:
                if result.document["id"] in seen:
                    counters += Counters(duplicates=1)
                    continue
                seen.add(result.document["id"])
                documents.append(result.document)
                claims.extend(result.claims)
                counters += Counters(processed=1, claims=len(result.claims))

    if workers <= 1:
        collect(process_record(item, settings) for item in items)
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = (pool.submit(_process_chunk, chunk, settings) for chunk in _chunks(items, 64))
            for future in list(futures):
                collect(future.result())
    _write(out, "documents", documents, DOCUMENT_COLUMNS)
    _write(out, "claims", claims, CLAIM_COLUMNS)
    _write(out, "rejections", rejections, REJECTION_COLUMNS)
    (out / "counters.json").write_text(json.dumps(asdict(counters)) + "\n", encoding="utf-8")
    return counters


def prepare_out(out: str | Path) -> Path:
    """``out`` as an empty or new folder for a run. A file there, or the output of an
    earlier run (which a new run would silently replace), is a user error."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise NextseasonError(f"{out}: exists and is not a folder (choose another --out)")
    earlier = [name for name in OUTPUTS if (out / name).exists()]
    if earlier:
        raise NextseasonError(f"{out}: already holds a batch output ({earlier[0]}); "
                              "remove it or choose another --out")
    out.mkdir(parents=True, exist_ok=True)
    return out


OUTPUTS = ("documents.parquet", "claims.parquet", "rejections.parquet", "counters.json")


def _read_rows(path: Path) -> list[dict[str, Any]]:
    pa = _pyarrow()
    if not path.exists():
        raise NextseasonError(f"{path}: not found (is this a batch output folder?)")
    try:
        rows: list[dict[str, Any]] = pa.parquet.read_table(path).to_pylist()
    except (OSError, pa.ArrowException) as error:
        raise NextseasonError(f"{path}: not a readable Parquet file ({error})") from error
    return rows


def rejection_rows(out: str | Path) -> list[dict[str, Any]]:
    """The rejections a batch run wrote (source, reason, detail)."""
    return _read_rows(Path(out) / "rejections.parquet")


def load(out: str | Path, store: Any) -> Counters:
    """Add the documents, claims and rejections of a batch output folder to ``store``."""
    from ..models import Rejection as _Rejection

    out = Path(out)
    documents = _read_rows(out / "documents.parquet")
    by_document: dict[str, list[dict[str, Any]]] = {}
    for row in _read_rows(out / "claims.parquet"):
        by_document.setdefault(row["document_id"], []).append(row)
    counters = Counters()
    batch = [processed_from_rows(row, by_document.get(row["id"], [])) for row in documents]
    for result, processed in zip(store.add_many(batch), batch):
        if result.added:
            counters += Counters(processed=1, claims=len(processed.claims))
        else:
            counters += Counters(duplicates=1)
    for row in _read_rows(out / "rejections.parquet"):
        store.reject(_Rejection(row["source"], row["reason"], row.get("detail")))
        counters += Counters(rejected=1)
    return counters
