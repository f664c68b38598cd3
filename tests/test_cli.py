"""The CLI's promises: one line and exit 1 for user errors, exit 2 for usage errors, no tracebacks."""

from __future__ import annotations

from click.testing import CliRunner

from nextseason.cli import cli


def test_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["no-such-command"])
    assert result.exit_code == 2


def test_unknown_work_is_one_line_and_exit_1(sqlite_url: str) -> None:
    result = CliRunner().invoke(cli, ["--db", sqlite_url, "status", "No Such Show", "--season", "9",
                                      "--as-of", "2025-01-01", "--json"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


def test_unexpected_error_prints_one_line_without_traceback(tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "not-a-db"
    folder.mkdir()  # a folder where the SQLite file should be: the store cannot open it
    result = CliRunner().invoke(cli, ["--db", f"sqlite:///{folder}", "articles"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.stderr.strip().count("\\n") == 0


def test_help_lists_an_example() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0 and "Example" in result.output


def test_misspelled_work_suggests_the_tracked_title(sqlite_url: str) -> None:
    from pathlib import Path

    samples = Path(__file__).resolve().parents[1] / "samples"
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", sqlite_url, "ingest", str(samples)]).exit_code == 0
    result = runner.invoke(cli, ["--db", sqlite_url, "status", "Lantern Kepers", "--season", "2"])
    assert result.exit_code == 1
    assert "did you mean 'The Lantern Keepers'" in result.stderr


def test_seasons_on_an_empty_store_says_how_to_add_articles(sqlite_url: str) -> None:
    result = CliRunner().invoke(cli, ["--db", sqlite_url, "seasons"])
    assert result.exit_code == 0
    assert "nextseason ingest" in result.stderr
