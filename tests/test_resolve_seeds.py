"""The seeds plus the dev corpus (gold claims) through a real SQLite store and the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from nextseason.cli import cli
from nextseason.resolve import status_for
from nextseason.resolve.gold import load_processed
from nextseason.store import open_store

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"

pytestmark = pytest.mark.skipif(not (DEV / "gold.jsonl").exists(), reason="shared corpus not present")


@pytest.fixture(scope="module")
def gold_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('gold') / 'gold.db'}"
    store = open_store(url)
    for folder in (SEEDS, DEV):
        store.add_many(load_processed(folder / "articles.jsonl", folder / "gold.jsonl"))
    store.close()
    aliases = tmp_path_factory.mktemp("aliases") / "aliases.txt"
    aliases.write_text("# stage names\nperson: Lomon = Park Solomon\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", url, "aliases", "--load", str(aliases)])
    assert result.exit_code == 0, result.output
    return url


def _status(url: str, *args: str) -> dict:
    result = CliRunner().invoke(cli, ["--db", url, "status", *args, "--json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_seed_season_as_of_october_2025_is_filming_with_a_2027_window(gold_db: str) -> None:
    data = _status(gold_db, "all of us are dead", "--season", "2", "--as-of", "2025-10-01")
    assert data["stage"] == "filming"
    release = data["release"]
    assert release["start"] >= "2027-01-01" and release["end"] <= "2027-12-31"


def test_seed_season_lists_lapsed_2023_and_2024_predictions_with_who(gold_db: str) -> None:
    lapsed = _status(gold_db, "All of Us Are Dead", "--season", "2", "--as-of", "2025-10-01")["lapsed"]
    years = {item["end"][:4] for item in lapsed}
    assert {"2023", "2024"} <= years
    assert all(item["claimed_by"] for item in lapsed)


def test_seed_season_shows_the_renewal_date_contradiction(gold_db: str) -> None:
    data = _status(gold_db, "All of Us Are Dead", "--season", "2", "--as-of", "2025-10-01")
    (conflict,) = [c for c in data["contradictions"] if c["field"] == "renewal.date"]
    assert {"6 June 2022", "June 2022", "6 June 2023"} <= set(conflict["values"])
    assert data["renewal"]["status"] == "renewed"
    assert data["renewal"]["date"] == {"start": "2022-06-06", "end": "2022-06-06"}


def test_seed_season_groups_returning_actors_across_spellings(gold_db: str) -> None:
    cast = _status(gold_db, "All of Us Are Dead", "--season", "2", "--as-of", "2025-10-01")["cast"]
    groups = {c["person"]: set(c["aliases"]) | {c["person"]} for c in cast}
    joined = [g for g in groups.values() if {"Park Ji-hu", "Park Ji Hoo", "Park Ji Hu"} <= g]
    assert joined, groups
    assert any({"Cho Yi-hyun", "Choi Yi Hyun"} <= g for g in groups.values())
    assert any({"Lomon", "Park Solomon"} <= g for g in groups.values())  # through the alias file
    assert all(c["joined_by"] for c in cast if c["aliases"])


def test_squid_game_two_is_released_a_month_after_its_premiere(gold_db: str) -> None:
    store = open_store(gold_db)
    try:
        status = status_for(store, "Squid Game", 2, date(2025, 1, 25))
    finally:
        store.close()
    assert status.stage == "released"
    assert status.release is not None and status.release.window.start == status.release.window.end


@pytest.mark.parametrize("args", [["No Such Show"], ["All of Us Are Dead", "--season", "9"]])
def test_unknown_work_or_season_is_one_line_and_exit_1(gold_db: str, args: list[str]) -> None:
    result = CliRunner().invoke(cli, ["--db", gold_db, "status", *args])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_as_of_is_a_usage_error(gold_db: str) -> None:
    result = CliRunner().invoke(cli, ["--db", gold_db, "status", "Squid Game", "--as-of", "soon"])
    assert result.exit_code == 2


def test_human_status_card_shows_window_precision(gold_db: str) -> None:
    result = CliRunner().invoke(cli, ["--db", gold_db, "status", "All of Us Are Dead", "--season", "2",
                                      "--as-of", "2025-10-01"])
    assert result.exit_code == 0
    assert "early 2027" in result.output and "Lapsed predictions" in result.output


@pytest.mark.parametrize("command", [
    ["timeline", "Squid Game", "--season", "2"], ["sources"], ["seasons", "--as-of", "2024-06-01"], ["aliases"],
])
def test_other_commands_run_and_print_json(gold_db: str, command: list[str]) -> None:
    result = CliRunner().invoke(cli, ["--db", gold_db, *command, "--json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)


def test_timeline_is_in_publication_order(gold_db: str) -> None:
    result = CliRunner().invoke(cli, ["--db", gold_db, "timeline", "Squid Game", "--season", "3", "--json"])
    days = [e["published"] for e in json.loads(result.stdout)]
    assert days == sorted(days) and days


def test_title_with_a_season_number_finds_that_season(gold_db: str) -> None:
    data = _status(gold_db, "Squid Game 2", "--as-of", "2024-01-01")
    assert data["season"] == 2 and data["work"] == "Squid Game"


def test_without_a_season_the_latest_discussed_season_is_shown(gold_db: str) -> None:
    assert _status(gold_db, "Sweet Home", "--as-of", "2024-08-01")["season"] == 3
