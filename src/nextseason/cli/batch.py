"""Batch commands: ``batch`` (corpus -> Parquet, local processes or Spark) and ``load``."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from ..settings import DEFAULT


def register(group: click.Group) -> None:
    group.add_command(batch)
    group.add_command(load)


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", required=True, type=click.Path(path_type=Path), help="output folder for Parquet")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="local processes")
@click.option("--master", default=None, help="Spark master, e.g. local[4] (default: spark-submit's)")
@click.option("--json", "as_json", is_flag=True, help="print the counters as JSON")
def batch(inputs: tuple[Path, ...], out: Path, engine: str, workers: int, master: str | None,
          as_json: bool) -> None:
    """Extract claims from a whole corpus into Parquet, without a store.

    The output folder must be new or empty (an earlier run is never replaced). Inputs that
    cannot be read are listed and written to rejections.parquet; `load` adds them to the
    store's `rejections`.

    \b
    Example:
      nextseason batch crawl/ --out run1 --engine spark --master 'local[4]'
      nextseason load run1
    """
    if engine == "spark":
        from ..batch.spark import run_spark

        counters = run_spark(list(inputs), out, DEFAULT, master)
    else:
        from ..batch import run_local

        counters = run_local(list(inputs), out, DEFAULT, workers)
    if as_json:
        click.echo(json.dumps(asdict(counters)))
    else:
        _list_rejections(out, counters.rejected)
        click.echo(f"{counters.processed} documents, {counters.claims} claims, "
                   f"{counters.duplicates} duplicates, {counters.rejected} rejected -> {out}")


SHOWN_REJECTIONS = 20


def _list_rejections(out: Path, count: int) -> None:
    """Each rejected input on one line (the first ``SHOWN_REJECTIONS``), as `ingest` does."""
    if not count:
        return
    from ..batch import rejection_rows

    rows = rejection_rows(out)
    click.echo(f"rejected ({count}):")
    for row in rows[:SHOWN_REJECTIONS]:
        detail = f" ({row['detail']})" if row.get("detail") else ""
        click.echo(f"  {row['source']}: {row['reason']}{detail}")
    if len(rows) > SHOWN_REJECTIONS:
        click.echo(f"  ... and {len(rows) - SHOWN_REJECTIONS} more (`nextseason load {out}`, "
                   "then `nextseason rejections`)")


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.pass_obj
def load(state: object, folder: Path) -> None:
    """Add a batch output folder (Parquet) to the store.

    \b
    Example:
      nextseason load run1
    """
    from ..batch import load as load_rows

    counters = load_rows(folder, state.store())  # type: ignore[attr-defined]
    click.echo(f"loaded {counters.processed} documents ({counters.claims} claims), "
               f"{counters.duplicates} already stored, {counters.rejected} rejections")
