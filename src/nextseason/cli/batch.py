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
@click.option("--workers", type=int, default=1, show_default=True, help="local processes")
@click.option("--master", default=None, help="Spark master, e.g. local[4] (default: spark-submit's)")
@click.option("--json", "as_json", is_flag=True, help="print the counters as JSON")
def batch(inputs: tuple[Path, ...], out: Path, engine: str, workers: int, master: str | None,
          as_json: bool) -> None:
    """Extract claims from a whole corpus into Parquet, without a store.

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
        click.echo(f"{counters.processed} documents, {counters.claims} claims, "
                   f"{counters.duplicates} duplicates, {counters.rejected} rejected -> {out}")


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
