"""Apache Spark runner: the same per-record function, mapped over a corpus on a cluster.

JSONL inputs are split by line (``textFile``), so one large crawl export spreads over
every executor; other inputs (HTML, WARC, text files) are distributed as a list of paths,
each executor reading its own files, as cc-pyspark does with WARC paths. The output is the
Parquet layout of ``nextseason.batch`` (folders of part files), which ``load`` reads.
This is the only module that imports pyspark.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..errors import IngestError, MissingExtraError
from ..ingest import iter_files
from ..ingest.jsonl import article_from_line
from ..models import Rejection
from ..settings import DEFAULT, Settings
from . import RecordResult, prepare_out, process_record
from .rows import CLAIM_COLUMNS, DOCUMENT_COLUMNS, REJECTION_COLUMNS, Counters

log = logging.getLogger(__name__)


def _spark() -> Any:
    try:
        import pyspark  # noqa: F401
        from pyspark.sql import SparkSession
    except ImportError as error:
        raise MissingExtraError("spark", "the Spark batch mode") from error
    return SparkSession


def process_line(numbered: tuple[str, int], settings: Settings = DEFAULT) -> RecordResult:
    """One JSONL line (with its 0-based index in the input) through the pipeline."""
    line, index = numbered
    where = f"line {index + 1}"
    try:
        document = article_from_line(line.encode("utf-8"), where)
    except IngestError as error:
        return process_record(Rejection(error.source, error.reason, error.detail), settings)
    return process_record(document, settings)


def process_path(path: str, settings: Settings = DEFAULT) -> Iterator[RecordResult]:
    from ..ingest import read_path

    for item in read_path(path, settings):
        yield process_record(item, settings)


def _split_inputs(paths: Sequence[str | Path]) -> tuple[list[str], list[str]]:
    lines: list[str] = []
    files: list[str] = []
    for root in paths:
        for file in iter_files(Path(root)):
            (lines if file.suffix.lower() == ".jsonl" else files).append(str(file.resolve()))
    return lines, files


def _schema(columns: Sequence[str]) -> Any:
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    ints = {"season", "ordinal", "quote_start", "quote_end"}
    return StructType([StructField(name, LongType() if name in ints else StringType(), True)
                       for name in columns])


def run_spark(paths: Sequence[str | Path], out: str | Path, settings: Settings = DEFAULT,
              master: str | None = None) -> Counters:
    """Run the corpus through Spark (``master`` such as ``local[2]``; None: spark-submit's)."""
    session_class = _spark()
    target = prepare_out(out).resolve()  # before Spark starts: a bad --out fails in a moment
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors run this same environment
    builder = (session_class.builder.appName("nextseason-batch")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.ui.enabled", "false"))
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    try:
        return _run(spark, paths, target, settings)
    finally:
        spark.stop()


def _run(spark: Any, paths: Sequence[str | Path], out: Path, settings: Settings) -> Counters:
    context = spark.sparkContext
    line_files, other_files = _split_inputs(paths)
    parts = []
    if line_files:
        lines = context.textFile(",".join(line_files)).filter(lambda line: line.strip() != "")
        parts.append(lines.zipWithIndex().map(lambda numbered: process_line(numbered, settings)))
    if other_files:
        files = context.parallelize(other_files, max(1, min(len(other_files), 64)))
        parts.append(files.flatMap(lambda path: list(process_path(path, settings))))
    if not parts:
        results = context.emptyRDD()
    else:
        results = parts[0] if len(parts) == 1 else context.union(parts)
    results = results.cache()
    documents = results.filter(lambda r: r.document is not None)
    # the same content twice is one document (the store would skip it on load too)
    unique = documents.map(lambda r: (r.document["id"], r)).reduceByKey(lambda a, b: a)
    duplicates = documents.count() - unique.count()
    _save(spark, unique.map(lambda kv: _ordered(kv[1].document, DOCUMENT_COLUMNS)),
          DOCUMENT_COLUMNS, out / "documents.parquet")
    _save(spark, unique.flatMap(lambda kv: [_ordered(c, CLAIM_COLUMNS) for c in kv[1].claims]),
          CLAIM_COLUMNS, out / "claims.parquet")
    rejected = results.filter(lambda r: r.rejection is not None)
    _save(spark, rejected.map(lambda r: _ordered(r.rejection, REJECTION_COLUMNS)),
          REJECTION_COLUMNS, out / "rejections.parquet")
    processed = unique.count()
    claims = int(unique.map(lambda kv: len(kv[1].claims)).sum()) if processed else 0
    counters = Counters(processed=processed, duplicates=duplicates, rejected=rejected.count(), claims=claims)
    out.mkdir(parents=True, exist_ok=True)
    (out / "counters.json").write_text(json.dumps(asdict(counters)) + "\n", encoding="utf-8")
    results.unpersist()
    return counters


def _ordered(row: dict[str, Any], columns: Iterable[str]) -> tuple[Any, ...]:
    return tuple(row.get(name) for name in columns)


def _save(spark: Any, rdd: Any, columns: Sequence[str], path: Path) -> None:
    frame = spark.createDataFrame(rdd, schema=_schema(columns))
    frame.write.mode("overwrite").parquet(str(path))
