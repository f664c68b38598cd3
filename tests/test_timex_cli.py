"""The ``nextseason timex`` command: a table for people, JSON for machines, TempEval-3 lines."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from nextseason.cli import cli

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>demo</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-08-20" functionInDocument="CREATION_TIME">August 20, 2023</TIMEX3></DCT>
<TEXT>
The studio said on Friday that the show returns in early 2025 &amp; will run six episodes.
</TEXT>
</TimeML>
"""


def test_timex_command_prints_a_table() -> None:
    result = CliRunner().invoke(cli, ["timex", "It returns in early 2027.", "--anchor", "2025-03-01"])
    assert result.exit_code == 0, result.output
    assert "early 2027" in result.output and "2027-01-01" in result.output


def test_timex_command_json_gives_interval_and_label() -> None:
    result = CliRunner().invoke(cli, ["timex", "not before 2025", "--anchor", "2023-03-10", "--json"])
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.output)
    assert row["value"] == "2025" and row["mod"] == "ON_OR_AFTER"
    assert row["interval"] == {"start": "2025-01-01", "end": None, "precision": "open", "label": "2025 or later"}


def test_timex_command_te3_offsets_point_into_the_text_element(tmp_path: Path) -> None:
    (tmp_path / "demo.tml.TE3input").write_text(TIMEML, encoding="utf-8")
    result = CliRunner().invoke(cli, ["timex", "--te3", str(tmp_path)])
    assert result.exit_code == 0, result.output
    row = json.loads(result.output)
    assert row["doc"] == "demo"
    text = "\nThe studio said on Friday that the show returns in early 2025 & will run six episodes.\n"
    spans = [text[t["start"]:t["end"]] for t in row["timexes"]]
    assert spans == ["Friday", "early 2025"]
    assert [t["value"] for t in row["timexes"]] == ["2023-08-18", "2025"]


def test_timex_command_bad_anchor_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["timex", "2024", "--anchor", "tomorrow"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_timex_command_needs_text_or_te3() -> None:
    assert CliRunner().invoke(cli, ["timex"]).exit_code == 2
