"""`nextseason claims ID`: an ingested article's claims as a table, and as exchange JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from nextseason.cli import cli

ARTICLE = {
    "id": "lantern-s2",
    "url": "https://example.org/lantern-keepers-season-2",
    "published": "2024-03-10",
    "text": (
        "The Lantern Keepers season 2 has been renewed by Netflix. "
        "Filming on The Lantern Keepers season 2 began in February 2024, and the new season "
        "is set to premiere in late 2025. Mina Park as Hae-won and Daniel Ortiz as Rook will return."
    ),
}


def run(db: str, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", db, *args], env={"COLUMNS": "220"})


@pytest.fixture
def db(tmp_path: Path) -> str:
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'claims.db'}"
    result = run(url, "ingest", str(source))
    assert result.exit_code == 0, result.output
    return url


def test_claims_table_shows_kinds_values_and_quotes(db: str) -> None:
    result = run(db, "claims", "lantern-s2")
    assert result.exit_code == 0, result.output
    for expected in ("renewal", "production", "release", "cast", "Mina Park", "The Lantern Keepers"):
        assert expected in result.output


def test_claims_json_is_the_exchange_format_with_exact_quotes(db: str) -> None:
    result = run(db, "claims", "lantern-s2", "--json")
    assert result.exit_code == 0, result.output
    row = json.loads(result.output)
    assert row["doc_id"] == "lantern-s2"
    kinds = {claim["kind"] for claim in row["claims"]}
    assert {"renewal", "production", "release", "cast"} <= kinds
    release = [c for c in row["claims"] if c["kind"] == "release"]
    assert release[0]["value"] == {"start": "2025-09-01", "end": "2025-12-31"}
    for claim in row["claims"]:
        assert claim["quote"] in ARTICLE["text"]


def test_claims_kind_filter_keeps_only_that_kind(db: str) -> None:
    row = json.loads(run(db, "claims", "lantern-s2", "--json", "--kind", "cast").output)
    assert row["claims"] and all(claim["kind"] == "cast" for claim in row["claims"])


def test_claims_of_unknown_article_is_one_line_and_exit_1(db: str) -> None:
    result = run(db, "claims", "no-such-article")
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1
