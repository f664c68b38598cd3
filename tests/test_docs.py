"""Docs are tested: the README opens with the two commands, and names every CLI command."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import click
import pytest

from nextseason.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_exactly_the_two_commands() -> None:
    first_block = re.search(r"```bash\n(.*?)```", README, re.S)
    assert first_block is not None
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines() if line.strip()]
    assert commands == ["bash scripts/demo.sh", "bash scripts/test.sh"]


def test_ci_runs_the_readme_test_command() -> None:
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", cli.list_commands(click.Context(cli)))
def test_every_cli_command_is_documented_in_the_readme(command: str) -> None:
    assert f"nextseason {command}" in README


@pytest.mark.slow
def test_readme_demo_command_runs_and_prints_a_status_card() -> None:
    done = subprocess.run(["bash", "scripts/demo.sh"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "The Lantern Keepers" in done.stdout
    assert "Stage" in done.stdout and "Release" in done.stdout
