"""The command table is filled lazily: a resolution command imports its own area alone."""

from __future__ import annotations

import subprocess
import sys

import click

from nextseason.cli import AREAS, FAST, cli


def test_status_looked_up_in_a_fresh_process_imports_only_the_resolution_commands() -> None:
    code = ("import sys; import click; from nextseason.cli import cli; assert cli.get_command(click.Context(cli), 'status') is not None; "
            "print(' '.join(sorted(m for m in sys.modules if m.startswith('nextseason.cli.') or m == 'rich')))")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.split() == ["nextseason.cli.resolve"]


def test_listing_the_commands_registers_every_area() -> None:
    names = set(cli.list_commands(click.Context(cli)))
    assert {"status", "timeline", "sources", "seasons", "aliases"} <= names
    assert {"ingest", "serve"} <= names  # other areas' commands, registered on listing
    assert set(FAST.values()) <= set(AREAS)


def test_an_unknown_command_is_still_a_usage_error() -> None:
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, ["no-such-command"])
    assert result.exit_code == 2 and "No such command" in result.output
