"""Batch mode: the per-record function, the local runner, Parquet round trip, Spark."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from nextseason.batch import load, process_record, run_local
from nextseason.batch.rows import document_from_row, document_row, processed_from_rows, claim_rows
from nextseason.ingest import read_path
from nextseason.models import Document, Rejection
from nextseason.pipeline import process_document
from nextseason.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [
        {"id": "a", "url": "https://example.org/a", "published": "2025-03-02",
         "text": "Netflix has renewed Harbour Lights for a second season. Season 2 is expected in early 2026."},
        {"id": "b", "url": None, "published": None,
         "text": "Filming on Harbour Lights season 2 began in May 2025, the cast said."},
    ]
    body = "\n".join(json.dumps(line) for line in lines) + "\n{not json\n"
    (folder / "news.jsonl").write_text(body, encoding="utf-8")
    return folder


def test_process_record_turns_a_rejection_into_a_row() -> None:
    result = process_record(Rejection("x.jsonl:3", "malformed JSONL line", "bad"))
    assert result.document is None and result.rejection == {
        "source": "x.jsonl:3", "reason": "malformed JSONL line", "detail": "bad"}


def test_rows_round_trip_documents_and_claims() -> None:
    for item in read_path(SAMPLES):
        assert isinstance(item, Document)
        processed = process_document(item)
        again = processed_from_rows(document_row(processed.document), claim_rows(processed))
        assert again.document == processed.document
        assert again.claims == processed.claims


def test_document_row_keeps_inferred_publication_range() -> None:
    undated = [d for d in read_path(SAMPLES) if isinstance(d, Document) and d.published is None]
    assert undated, "the samples include an undated article"
    for document in undated:
        assert document_from_row(document_row(document)).published_range == document.published_range


def test_local_batch_writes_parquet_that_loads_into_a_store(tmp_path: Path, sqlite_url: str) -> None:
    counters = run_local([_corpus(tmp_path)], tmp_path / "out", workers=2)
    assert (counters.processed, counters.rejected) == (2, 1)
    assert json.loads((tmp_path / "out" / "counters.json").read_text())["processed"] == 2
    store = open_store(sqlite_url)
    try:
        loaded = load(tmp_path / "out", store)
        assert (loaded.processed, loaded.rejected) == (2, 1)
        assert store.count_documents() == 2
        assert load(tmp_path / "out", store).duplicates == 2  # loading again adds nothing
        assert store.count_documents() == 2
    finally:
        store.close()


def test_local_batch_matches_a_plain_ingest(tmp_path: Path, sqlite_url: str) -> None:
    counters = run_local([SAMPLES], tmp_path / "out")
    direct = [process_document(d) for d in read_path(SAMPLES) if isinstance(d, Document)]
    assert counters.processed == len(direct)
    assert counters.claims == sum(len(p.claims) for p in direct)


@pytest.mark.slow
def test_spark_batch_gives_the_same_rows_as_the_local_runner(tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    corpus = _corpus(tmp_path)
    local = run_local([corpus, SAMPLES], tmp_path / "local")
    done = subprocess.run(
        [sys.executable, "-m", "nextseason.cli.run", "batch", str(corpus), str(SAMPLES),
         "--out", str(tmp_path / "spark"), "--engine", "spark", "--master", "local[1]", "--json"],
        capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    spark = json.loads(done.stdout.strip().splitlines()[-1])
    assert spark == {"processed": local.processed, "duplicates": local.duplicates,
                     "rejected": local.rejected, "claims": local.claims}
    import pyarrow.parquet as pq

    ids = sorted(pq.read_table(tmp_path / "spark" / "documents.parquet").column("id").to_pylist())
    assert ids == sorted(pq.read_table(tmp_path / "local" / "documents.parquet").column("id").to_pylist())


def _batch_cli(*args: str) -> Any:
    from click.testing import CliRunner

    from nextseason.cli import cli

    return CliRunner().invoke(cli, ["batch", *args])


def test_batch_lists_each_rejected_input_on_its_own_line(tmp_path: Path) -> None:
    result = _batch_cli(str(_corpus(tmp_path)), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "rejected (1):" in result.output
    assert "news.jsonl:3: malformed JSONL line" in result.output


def test_batch_never_replaces_an_earlier_run(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    run_local([corpus], tmp_path / "out")
    before = (tmp_path / "out" / "documents.parquet").read_bytes()
    result = _batch_cli(str(SAMPLES), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "already holds a batch output" in result.output
    assert (tmp_path / "out" / "documents.parquet").read_bytes() == before


def test_batch_out_that_is_a_file_is_one_line_and_exit_1(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    result = _batch_cli(str(_corpus(tmp_path)), "--out", str(tmp_path / "taken"))
    assert result.exit_code == 1 and "not a folder" in result.output
    assert "Traceback" not in result.output and "internal error" not in result.output


def test_batch_needs_at_least_one_worker(tmp_path: Path) -> None:
    assert _batch_cli(str(_corpus(tmp_path)), "--out", str(tmp_path / "o"), "--workers", "0").exit_code == 2


def test_loading_a_damaged_parquet_file_is_one_line_and_exit_1(tmp_path: Path, sqlite_url: str) -> None:
    from click.testing import CliRunner

    from nextseason.cli import cli

    run_local([_corpus(tmp_path)], tmp_path / "out")
    (tmp_path / "out" / "claims.parquet").write_bytes(b"junk")
    result = CliRunner().invoke(cli, ["--db", sqlite_url, "load", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "claims.parquet: not a readable Parquet file" in result.output
    assert "internal error" not in result.output
