"""The ``timex`` command: temporal expressions of a text, or of a TempEval-3 directory."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import click

from ..errors import UsageError


def _timex_json(timex: Any) -> dict[str, Any]:
    interval = timex.interval
    return {
        "start": timex.start, "end": timex.end, "text": timex.text, "type": timex.type,
        "value": timex.value, "mod": timex.mod, "relative": timex.relative,
        "interval": None if interval is None else {
            **interval.to_json(), "precision": interval.precision, "label": interval.display()},
    }


def _print_table(timexes: list[Any], anchor: date | None) -> None:
    from rich.console import Console
    from rich.table import Table

    if not timexes:
        click.echo("no temporal expression found")
        return
    table = Table(title=f"temporal expressions (anchor {anchor.isoformat() if anchor else 'none'})")
    for column in ("span", "text", "type", "value", "mod", "interval", "label"):
        table.add_column(column)
    for t in timexes:
        interval = t.interval
        shown = "" if interval is None else (
            f"{interval.start.isoformat() if interval.start else '…'} .. "
            f"{interval.end.isoformat() if interval.end else '…'}")
        table.add_row(f"{t.start}-{t.end}", t.text, t.type, t.value, t.mod or "", shown,
                      "" if interval is None else interval.display())
    Console().print(table)


def register(group: click.Group) -> None:
    @group.command("timex")
    @click.argument("text", required=False)
    @click.option("--anchor", metavar="YYYY-MM-DD", help="the article's date (default: today)")
    @click.option("--json", "as_json", is_flag=True, help="JSON for machines")
    @click.option("--te3", "te3_dir", type=click.Path(path_type=Path), metavar="DIR",
                  help="tag every TimeML file (*.TE3input, *.tml) of DIR; one JSON line per document")
    def timex(text: str | None, anchor: str | None, as_json: bool, te3_dir: Path | None) -> None:
        """Find and normalise the temporal expressions of TEXT.

        \b
        Example:
          nextseason timex "The new season could land in the middle to late 2024" --anchor 2023-05-02
          nextseason timex --te3 te3-platinum-input > out.jsonl
        """
        from ..extract.timex import find_timexes
        from ..extract.timex.te3 import tag_directory

        if te3_dir is not None:
            if text is not None:
                raise UsageError("give either TEXT or --te3 DIR, not both")
            if not te3_dir.is_dir():
                raise UsageError(f"--te3 wants a directory, got {str(te3_dir)!r}")
            for row in tag_directory(te3_dir):
                click.echo(json.dumps(row, ensure_ascii=False))
            return
        if text is None:
            raise UsageError("give a TEXT to read (or --te3 DIR)")
        try:
            day = date.fromisoformat(anchor) if anchor else date.today()
        except ValueError as error:
            raise UsageError(f"--anchor wants YYYY-MM-DD, got {anchor!r}") from error
        found = find_timexes(text, day)
        if as_json:
            click.echo(json.dumps([_timex_json(t) for t in found], indent=2, ensure_ascii=False))
        else:
            _print_table(found, day)
