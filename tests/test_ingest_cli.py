"""``nextseason ingest`` end to end, over real SQLite files."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import DEV
from ingest_samples import PARAGRAPHS, article_html, deep_html, write_warc

from nextseason.cli import cli
from nextseason.cli.ingest import estimate_items
from nextseason.store import open_store

OTHER = (
    "A third season of The Lantern Keepers is not planned yet, the showrunner told a podcast.",
    "She added that the writers room would reconvene in the summer to map out the story.",
    "Fans have campaigned online for months for the return of the minor characters.",
)


def run(db: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--db", db, "ingest", *args])
    return result.exit_code, result.output


def mixed_folder(root: Path) -> tuple[int, set[tuple[str, str]]]:
    """A folder of good inputs and each kind of bad one; returns (good articles, rejections)."""
    root.mkdir()
    (root / "sub").mkdir()
    good = 0
    (root / "note.txt").write_text(" date 2024-01-05 The Lantern Keepers is renewed.\n\nMore to come.",
                                   encoding="utf-8")
    good += 1
    (root / "sub" / "story.html").write_text(article_html(), encoding="utf-8")
    good += 1
    lines = [json.dumps({"id": "j1", "url": None, "published": "2024-02-01", "text": OTHER[0]}),
             '{"id": "j2", "text": "unterminated',
             json.dumps({"id": "j3", "url": None, "published": None, "text": OTHER[1]})]
    (root / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    good += 2
    write_warc(root / "crawl.warc.gz", [
        ("https://example.org/2024/04/02/one", article_html(title="One", paragraphs=PARAGRAPHS[::-1])),
        ("https://example.org/two", article_html(title="Two", paragraphs=OTHER))])
    good += 2
    write_warc(root / "broken.warc.gz", [
        ("https://example.org/three", article_html(title="Three", paragraphs=PARAGRAPHS[1:] + OTHER[:1])),
        ("https://example.org/four", article_html(title="Four", paragraphs=OTHER[1:] + PARAGRAPHS[:2]))],
        extra_image=False)
    data = (root / "broken.warc.gz").read_bytes()
    (root / "broken.warc.gz").write_bytes(data[:-150])
    good += 1
    (root / "empty.txt").write_bytes(b"")
    (root / "picture.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8)
    (root / "latin.txt").write_bytes(b"neither \x81 nor \x8d decodes")
    packed = gzip.compress(b"Some plain words in a text file. " * 300)
    (root / "cut.txt.gz").write_bytes(packed[: len(packed) // 2])
    (root / "huge.html").write_text(article_html(paragraphs=("word " * 1_100_000,)), encoding="utf-8")
    (root / "bomb.html").write_text(deep_html(2000), encoding="utf-8")
    rejections = {
        (f"{root / 'batch.jsonl'}:2", "malformed JSONL line"),
        (f"{root / 'broken.warc.gz'}#2", "truncated or damaged WARC"),
        (str(root / "empty.txt"), "empty file"),
        (str(root / "picture.jpg"), "binary file"),
        (str(root / "latin.txt"), "undecodable bytes"),
        (str(root / "cut.txt.gz"), "truncated or damaged gzip"),
        (str(root / "huge.html"), "too large"),
        (str(root / "bomb.html"), "HTML nested too deeply"),
    }
    return good, rejections


def test_mixed_folder_ingests_good_files_lists_each_rejection_and_exits_1(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'ns.db'}"
    good, expected = mixed_folder(tmp_path / "in")
    code, output = run(db, str(tmp_path / "in"))
    assert code == 1, output
    for source, reason in expected:
        assert reason in output
        assert Path(source.split(":")[0].split("#")[0]).name in output
    store = open_store(db)
    try:
        assert store.count_documents() == good
        assert {(r.source, r.reason) for r in store.rejections()} == expected
    finally:
        store.close()


def test_summary_counts_ingested_duplicates_and_rejected(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'ns.db'}"
    good, expected = mixed_folder(tmp_path / "in")
    code, output = run(db, "--json", str(tmp_path / "in"))
    assert code == 1
    summary = json.loads(output[output.index("{"):])
    assert (summary["ingested"], summary["duplicates"], summary["rejected"]) == (good, 0, len(expected))
    code, output = run(db, "--json", str(tmp_path / "in"))
    summary = json.loads(output[output.index("{"):])
    assert (summary["ingested"], summary["duplicates"]) == (0, good)


def test_good_inputs_only_exit_0(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'ns.db'}"
    (tmp_path / "a.txt").write_text("The Lantern Keepers returns in 2026.", encoding="utf-8")
    code, output = run(db, str(tmp_path / "a.txt"))
    assert code == 0, output
    assert "ingested" in output


def test_missing_path_is_a_rejection(tmp_path: Path) -> None:
    code, output = run(f"sqlite:///{tmp_path / 'ns.db'}", str(tmp_path / "nope.txt"))
    assert code == 1
    assert "no such file or folder" in output


@pytest.mark.slow
def test_dev_corpus_ingested_twice_keeps_the_same_article_count(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'ns.db'}"
    source = str(DEV / "articles.jsonl")
    code, output = run(db, source)
    assert code == 0, output
    store = open_store(db)
    first = store.count_documents()
    store.close()
    code, output = run(db, source)
    assert code == 0, output
    store = open_store(db)
    try:
        assert first == store.count_documents() == 161
    finally:
        store.close()


def test_without_a_terminal_progress_is_plain_lines_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("The Lantern Keepers returns in 2026.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", f"sqlite:///{tmp_path / 'ns.db'}", "ingest", str(tmp_path / "in")])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [f"ingesting {tmp_path / 'in'}"]
    assert "ingested" in result.stdout and "\x1b[" not in result.stdout


def test_progress_total_counts_jsonl_lines_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n' * 7, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Some text.", encoding="utf-8")
    assert estimate_items([str(tmp_path), "https://example.org/x"]) == 9


def test_article_whose_extraction_fails_is_stored_without_claims_and_reported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nextseason import pipeline

    real = pipeline.process_document

    def fragile(document: Any, settings: Any = None) -> Any:
        if "explode" in document.text:
            raise ValueError("a stage broke")
        return real(document) if settings is None else real(document, settings)

    monkeypatch.setattr(pipeline, "process_document", fragile)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("The Lantern Keepers returns in 2026.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("This one makes the extractor explode.", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'ns.db'}"
    code, output = run(db, str(tmp_path / "in"))
    assert code == 0, output
    assert "extraction failed (1)" in output and "ValueError: a stage broke" in output
    store = open_store(db)
    try:
        assert store.count_documents() == 2
    finally:
        store.close()


def test_a_page_without_article_text_is_one_rejection_line_without_library_warnings(tmp_path: Path) -> None:
    import subprocess
    import sys

    page = tmp_path / "blank.html"
    page.write_text("<html><head><title>x</title></head><body><div></div></body></html>", encoding="utf-8")
    script = "from nextseason.cli import main; main()"
    done = subprocess.run([sys.executable, "-c", script, "--db", f"sqlite:///{tmp_path / 'n.db'}", "ingest",
                           str(page)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "blank.html: no main text" in done.stdout
    assert "WARNING" not in done.stderr and "trafilatura" not in done.stderr, done.stderr


def test_ctrl_c_during_an_ingest_says_what_was_stored_and_exits_130(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    lines = [json.dumps({"id": f"n{i}", "published": "2025-01-02",
                         "text": f"Harbour Lights {i} was renewed for a second season; filming starts in May 2025."})
             for i in range(5000)]
    (tmp_path / "many.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    command = [sys.executable, "-c", "from nextseason.cli import main; main()",
               "--db", f"sqlite:///{tmp_path / 'n.db'}", "ingest", str(tmp_path / "many.jsonl")]
    running = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        assert running.stderr is not None
        assert running.stderr.readline().startswith("ingesting")
        time.sleep(1.5)
        running.send_signal(signal.SIGINT)
        _, err = running.communicate(timeout=60)
    finally:
        if running.poll() is None:
            running.kill()
    assert running.returncode == 130, err
    assert "interrupted:" in err and "articles stored so far" in err
    assert "Aborted" not in err and "Traceback" not in err


def test_the_summary_lines_start_at_the_margin_without_trailing_blanks(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Harbour Lights was renewed for a second season in May 2025.", encoding="utf-8")
    code, output = run(f"sqlite:///{tmp_path / 'n.db'}", str(tmp_path / "a.txt"))
    assert code == 0
    lines = [line for line in output.splitlines() if line and not line.startswith("ingesting ")]
    assert lines[0].startswith("ingested ") and lines[0].endswith(" 1")
    assert all(line == line.strip() for line in lines)
