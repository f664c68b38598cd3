"""The store commands (articles, show, rejections, export-claims, reprocess) over real stores.

Articles are written for these tests, about invented shows.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import date
from typing import Any

import pytest
from click.testing import CliRunner, Result
from test_store_contract import SYNDICATED_A, SYNDICATED_B, UNRELATED, pg_schema_url  # noqa: F401

from nextseason.cli import cli
from nextseason.models import (
    Claim,
    Document,
    Interval,
    ProcessedDocument,
    Rejection,
    RenewalValue,
    Span,
)
from nextseason.pipeline import process_document
from nextseason.store import open_store

BODY = (
    "Harbor Lights will be back for a third season, the broadcaster announced on Friday.\n"
    "Read more: our guide to this autumn's dramas\n"
    "The cast returns in full, and the writers say the new season opens in early 2026.\n"
)


def doc(text: str, doc_id: str, **extra: Any) -> Document:
    fields: dict[str, Any] = {"url": "https://www.paper.test/story", "published": date(2025, 5, 2)}
    fields.update(extra)
    return Document(id=hashlib.sha256(text.encode()).hexdigest(), doc_id=doc_id, text=text, **fields)


def renewal(text: str) -> Claim:
    quote = "will be back for a third season"
    start = text.index(quote)
    return Claim(work="Harbor Lights", season=3, kind="renewal", value=RenewalValue("renewed"),
                 certainty="official", source="the broadcaster", quote=quote, quote_start=start,
                 quote_end=start + len(quote))


def release(text: str) -> Claim:
    quote = "the new season opens in early 2026"
    start = text.index(quote)
    return Claim(work="Harbor Lights", season=3, kind="release",
                 value=Interval(date(2026, 1, 1), date(2026, 4, 30), "third", "early 2026"),
                 certainty="expected", quote=quote, quote_start=start, quote_end=start + len(quote))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest) -> str:
    """A filled store: a dated article with claims, an undated one, two syndicated copies."""
    url = str(request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_schema_url"))
    store = open_store(url)
    boiler = BODY.index("Read more")
    store.add(ProcessedDocument(doc(BODY, "first", title="Harbor Lights renewed",
                                    boilerplate=(Span(boiler, BODY.index("\n", boiler) + 1),)),
                                (renewal(BODY), release(BODY))))
    store.add(ProcessedDocument(doc(UNRELATED, "undated", title="Cooking show ends", url="https://blog.test/p",
                                    published=None, published_basis="inferred",
                                    published_range=Interval(date(2025, 1, 1), date(2025, 3, 31), "range"))))
    store.add(ProcessedDocument(doc(SYNDICATED_A, "wire-a", title="Lantern Street shoots", url="https://one.test/a")))
    store.add(ProcessedDocument(doc(SYNDICATED_B, "wire-b", title="Lantern Street films", url="https://two.test/b")))
    store.reject(Rejection("inbox/broken.warc.gz", "truncated gzip", "stream ended at byte 812"))
    store.close()
    return url


def run(db: str, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", db, *args], env={"COLUMNS": "200"})


def test_articles_table_marks_inferred_dates_and_counts_claims(db: str) -> None:
    result = run(db, "articles")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    first = next(line for line in lines if "Harbor Lights" in line)
    undated = next(line for line in lines if "Cooking show" in line)
    assert "2025-05-02" in first and "paper.test" in first and " 2 " in first
    assert "~2025-03-31" in undated and "blog.test" in undated


def test_articles_json_lists_every_article_in_ingestion_order(db: str) -> None:
    result = run(db, "articles", "--json")
    rows = json.loads(result.output)
    assert [r["doc_id"] for r in rows] == ["first", "undated", "wire-a", "wire-b"]
    assert rows[0]["claims"] == 2 and rows[0]["published_inferred"] is False
    assert rows[1]["published"] == "2025-03-31" and rows[1]["published_inferred"] is True
    assert rows[2]["cluster"] is not None and rows[2]["cluster"] == rows[3]["cluster"]
    assert rows[0]["cluster"] is None


def test_articles_clusters_groups_the_syndicated_copies(db: str) -> None:
    as_json = json.loads(run(db, "articles", "--clusters", "--json").output)
    assert [[m["doc_id"] for m in members] for members in as_json.values()] == [["wire-a", "wire-b"]]
    table = run(db, "articles", "--clusters").output
    assert "1 near-duplicate cluster\n" in table and "one.test" in table and "two.test" in table
    assert "paper.test" not in table


def test_show_prints_metadata_date_basis_claims_and_text(db: str) -> None:
    result = run(db, "show", "first")
    assert result.exit_code == 0, result.output
    assert "Harbor Lights renewed" in result.output
    assert "2025-05-02 (stated" in result.output
    assert "Read more: our guide" in result.output  # boilerplate is shown (dimmed), never dropped
    assert "early 2026" in result.output


def test_show_json_has_boilerplate_spans_and_inferred_range(db: str) -> None:
    short_id = json.loads(run(db, "articles", "--json").output)[1]["id"][:8]
    shown = json.loads(run(db, "show", short_id, "--json").output)
    assert shown["doc_id"] == "undated"
    assert shown["published"] is None and shown["published_inferred"] is True
    assert shown["published_range"]["end"] == "2025-03-31" and shown["published_basis"] == "inferred"
    first = json.loads(run(db, "show", "first", "--json").output)
    (start, end), = first["boilerplate"]
    assert first["text"][start:end].startswith("Read more")
    assert [c["kind"] for c in first["claims"]] == ["renewal", "release"]


def test_show_unknown_article_is_one_line_and_exit_1(db: str) -> None:
    result = run(db, "show", "no-such-thing")
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "no-such-thing" in result.output


def test_rejections_table_and_json(db: str) -> None:
    table = run(db, "rejections").output
    assert "broken.warc.gz" in table and "truncated gzip" in table
    rows = json.loads(run(db, "rejections", "--json").output)
    assert [(r["source"], r["reason"], r["detail"]) for r in rows] == [
        ("inbox/broken.warc.gz", "truncated gzip", "stream ended at byte 812")]


def test_export_claims_jsonl_is_one_line_per_article_in_ingestion_order(db: str) -> None:
    result = run(db, "export-claims", "--format", "claims-jsonl")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["doc_id"] for line in lines] == ["first", "undated", "wire-a", "wire-b"]
    assert [set(line) for line in lines] == [{"doc_id", "claims"}] * 4
    assert lines[0]["claims"] == [renewal(BODY).to_exchange(), release(BODY).to_exchange()]
    assert lines[0]["claims"][1]["value"] == {"start": "2026-01-01", "end": "2026-04-30"}
    assert all(line["claims"] == [] for line in lines[1:])


def test_export_claims_unchanged_after_adding_the_same_articles_again(db: str) -> None:
    before = run(db, "export-claims").output
    store = open_store(db)
    results = store.add_many([ProcessedDocument(doc(BODY, "first")), ProcessedDocument(doc(UNRELATED, "x"))])
    store.close()
    assert [r.added for r in results] == [False, False]
    assert run(db, "export-claims").output == before


def test_export_claims_csv_and_json(db: str) -> None:
    rows = list(csv.DictReader(io.StringIO(run(db, "export-claims", "--format", "csv").output)))
    assert [(r["doc_id"], r["kind"]) for r in rows] == [("first", "renewal"), ("first", "release")]
    assert json.loads(rows[1]["value"]) == {"start": "2026-01-01", "end": "2026-04-30"}
    assert BODY[int(rows[0]["quote_start"]):int(rows[0]["quote_end"])] == rows[0]["quote"]
    whole = json.loads(run(db, "export-claims", "--format", "json").output)
    assert [d["doc_id"] for d in whole] == ["first", "undated", "wire-a", "wire-b"]


def test_export_claims_rejects_an_unknown_format_as_usage_error(db: str) -> None:
    assert run(db, "export-claims", "--format", "xml").exit_code == 2


def test_reprocess_replaces_claims_with_what_extraction_finds_now(db: str) -> None:
    store = open_store(db)
    expected = {d.doc_id: [c.to_exchange() for c in process_document(d).claims] for d in store.documents()}
    store.close()
    result = run(db, "reprocess")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in run(db, "export-claims").output.splitlines()]
    assert {line["doc_id"]: line["claims"] for line in lines} == expected
    assert len(lines) == 4  # articles stay; only their claims were recomputed


def test_reprocess_of_one_article_leaves_the_others(db: str) -> None:
    store = open_store(db)
    seeded = doc("Some more text about Harbor Lights.", "extra")
    store.add(ProcessedDocument(seeded, (Claim(work="Harbor Lights", season=3, kind="renewal",
                                               value=RenewalValue("renewed")),)))
    store.close()
    assert run(db, "reprocess", "undated").exit_code == 0
    counts = {a["doc_id"]: a["claims"] for a in json.loads(run(db, "articles", "--json").output)}
    assert counts["first"] == 2 and counts["extra"] == 1


@pytest.mark.parametrize("command", ["articles", "show", "rejections", "export-claims", "reprocess"])
def test_every_store_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output


def test_reprocess_failure_keeps_old_claims_and_exits_1(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import nextseason.pipeline

    def broken(document: Document, settings: Any = None) -> ProcessedDocument:
        if document.doc_id == "first":
            raise ValueError("extraction blew up")
        return ProcessedDocument(document)

    monkeypatch.setattr(nextseason.pipeline, "process_document", broken)
    result = run(db, "reprocess")
    assert result.exit_code == 1
    assert "first" in result.output and "extraction blew up" in result.output
    counts = {a["doc_id"]: a["claims"] for a in json.loads(run(db, "articles", "--json").output)}
    assert counts["first"] == 2


def test_articles_limit_shows_the_most_recent(db: str) -> None:
    rows = json.loads(run(db, "articles", "--json", "--limit", "2").output)
    assert [r["doc_id"] for r in rows] == ["wire-a", "wire-b"]
    assert "the last 2 of 4 articles" in run(db, "articles", "--limit", "2").output
    assert run(db, "articles", "--limit", "0").exit_code == 2


def run_narrow(db: str, *args: str) -> Result:
    """As in a pipe or an 80-column terminal."""
    return CliRunner().invoke(cli, ["--db", db, *args], env={"COLUMNS": "80"})


def test_articles_table_at_80_columns_keeps_one_line_per_article_with_its_claim_count(db: str) -> None:
    result = run_narrow(db, "articles")
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if "paper.test" in line or "blog.test" in line]
    assert len(rows) == 2  # a long title is cut with an ellipsis, never wrapped over many lines
    assert all(len(line.rstrip()) <= 80 for line in result.output.splitlines())
    first = next(line for line in rows if "paper.test" in line)
    assert "Harbor Lights" in first and " 2 " in first


def test_articles_without_title_show_the_file_name_not_the_whole_path(tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    store = open_store(url)
    store.add(ProcessedDocument(doc(BODY, "inbox/autumn/2025/harbor-lights-renewal.txt", title=None)))
    store.close()
    output = run(url, "articles").output
    assert "harbor-lights-renewal.txt" in output and "inbox/autumn" not in output


def test_rejections_at_80_columns_keep_the_whole_source_path_and_the_reason(db: str) -> None:
    output = run_narrow(db, "rejections").output
    assert "inbox/broken.warc.gz" in output
    assert "truncated gzip: stream ended at byte 812" in output
    assert "T" not in output.split("inbox")[0].splitlines()[-1]  # the time reads '2026-01-02 10:11'


def test_show_lists_each_claim_in_words_with_its_quote(db: str) -> None:
    output = run_narrow(db, "show", "first").output
    assert "Harbor Lights s3: renewed" in output
    assert "Harbor Lights s3: early 2026" in output
    assert "“will be back for a third season”" in output
    assert '{"' not in output  # no raw JSON values


def test_show_says_how_an_inferred_date_was_reached_once(db: str) -> None:
    output = run(db, "show", "undated").output
    line = next(line for line in output.splitlines() if line.startswith("published"))
    assert "inferred from the events it reports" in line and "2025-03-31" in line
    assert line.count("inferred") == 1


def test_articles_of_an_empty_store_says_how_to_add_some(tmp_path: Any) -> None:
    result = run(f"sqlite:///{tmp_path / 'empty.db'}", "articles")
    assert result.exit_code == 0
    assert result.output.strip() == "no articles yet: `nextseason ingest PATH_OR_URL...` adds some"


def test_a_store_path_in_a_missing_folder_is_one_line_and_creates_nothing(tmp_path: Any) -> None:
    missing = tmp_path / "typo" / "deeper"
    result = run(f"sqlite:///{missing / 'news.db'}", "articles")
    assert result.exit_code == 1
    assert "does not exist" in result.output and result.output.strip().count("\n") == 0
    assert not (tmp_path / "typo").exists()


def test_show_with_a_too_short_id_prefix_says_how_long_it_must_be(db: str) -> None:
    result = run(db, "show", "ab")
    assert result.exit_code == 1 and "4+ characters" in result.output


def test_one_article_and_one_rejection_are_counted_in_the_singular(tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'one.db'}"
    store = open_store(url)
    store.add(ProcessedDocument(doc(BODY, "only", title="Harbor Lights renewed")))
    store.reject(Rejection("inbox/x.txt", "empty file"))
    store.close()
    assert run(url, "articles").output.startswith("1 article\n")
    assert run(url, "rejections").output.startswith("1 rejected input\n")


def test_an_id_shared_by_two_articles_lists_their_hashes_to_choose_from(tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'twice.db'}"
    store = open_store(url)
    first = doc(BODY, "story-1", title="First version")
    second = doc(BODY + "Update: the premiere moved to March.\n", "story-1", title="Updated version")
    store.add_many([ProcessedDocument(first), ProcessedDocument(second)])
    store.close()
    result = run(url, "show", "story-1")
    assert result.exit_code == 2
    assert first.id[:10] in result.output and second.id[:10] in result.output
    assert result.output.strip().count("\n") == 0
    assert run(url, "show", second.id[:10]).exit_code == 0


def test_articles_piped_into_a_reader_that_stops_early_exits_0_quietly(tmp_path: Any) -> None:
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'many.db'}"
    store = open_store(url)
    store.add_many([ProcessedDocument(doc(f"Story number {i} about a long-running drama.", f"s{i}",
                                          title=f"A rather long headline for story number {i}"))
                    for i in range(2000)])
    store.close()
    command = [sys.executable, "-c", "from nextseason.cli import main; main()", "--db", url, "articles"]
    running = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert running.stdout is not None and running.stderr is not None
    assert running.stdout.readline().startswith(b"2000 articles")
    running.stdout.close()  # as `| head -1` does
    err = running.stderr.read().decode()
    assert running.wait(timeout=60) == 0, err
    assert "Traceback" not in err and "Broken pipe" not in err


def test_reprocess_ends_with_one_summary_line(db: str) -> None:
    result = run_narrow(db, "reprocess")
    assert result.exit_code == 0
    assert result.output.strip().splitlines()[-1].startswith("reprocessed 4 articles: ")
    assert "┃" not in result.output


def test_show_at_80_columns_never_cuts_the_id_short(tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'meta.db'}"
    store = open_store(url)
    document = doc(BODY, "first", title="Harbor Lights renewed", published_basis="field",
                   metadata={"a_rather_long_metadata_field_name": "x"})
    store.add(ProcessedDocument(document))
    store.close()
    output = run_narrow(url, "show", "first").output
    assert "…" not in output.split("doc_id")[0]
    assert document.id in "".join(output.split("doc_id")[0].split())
    assert "2025-05-02 (stated in the input)" in output
