"""``nextseason ingest PATH_OR_URL...``: read articles, extract their claims, store them.

Each document goes through the pure per-document function (``pipeline.process_document``)
and is written in batches (``store.add_many``); every input that could not be read is
recorded with ``store.reject``. The command ends with a summary and exits 1 when anything
was rejected.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from ..models import Document, ProcessedDocument, Rejection
from ..settings import DEFAULT, Settings

log = logging.getLogger(__name__)

BATCH = 200
_URL = re.compile(r"^https?://", re.IGNORECASE)


def register(group: click.Group) -> None:
    group.add_command(ingest)


@dataclass(slots=True)
class Tally:
    read: int = 0  # documents and rejections seen so far
    ingested: int = 0
    duplicates: int = 0
    clustered: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    extraction_failures: list[str] = field(default_factory=list)  # stored without claims

    @property
    def rejected(self) -> int:
        return len(self.rejections)


def read_inputs(inputs: Iterable[str], settings: Settings) -> Iterator[tuple[str, Document | Rejection]]:
    """(input, item) for every document or rejection of every file, folder or URL."""
    from ..ingest import read_path, read_url

    for given in inputs:
        items = read_url(given, settings) if _URL.match(given) else read_path(Path(given), settings)
        for item in items:
            yield given, item


def process(document: Document, settings: Settings) -> tuple[ProcessedDocument, str | None]:
    """The per-document function. When claim extraction fails on an article, the article
    is still stored (without claims: ``nextseason reprocess`` can extract them later) and
    the failure is returned, to be logged and shown in the summary: a bug in one stage
    must not lose the article, nor stop the rest of the ingest."""
    from ..pipeline import process_document

    try:
        return process_document(document, settings), None
    except Exception as error:  # third-party and stage bugs alike: reported, the article kept
        log.exception("claim extraction failed on %s", document.doc_id)
        return ProcessedDocument(document, ()), f"{document.doc_id}: {type(error).__name__}: {error}"


def ingest_inputs(inputs: Iterable[str], store: Any, settings: Settings,
                  on_item: Callable[[str, Tally], None] | None = None, batch: int = BATCH,
                  tally: Tally | None = None) -> Tally:
    """Read, process and store everything in ``inputs``; the counts of what happened.

    Documents are gathered ``batch`` at a time; when the store can say which of them it
    already holds (an optional ``known_ids(ids) -> set``), those are counted as duplicates
    without running extraction on them again.
    """
    tally = Tally() if tally is None else tally  # the caller's, to report on after an interrupt
    waiting: list[Document] = []

    def reject(rejection: Rejection) -> None:
        store.reject(rejection)
        tally.rejections.append(rejection)

    def flush() -> None:
        known: set[str] = set(store.known_ids([d.id for d in waiting])) if hasattr(store, "known_ids") else set()
        processed: list[ProcessedDocument] = []
        for document in waiting:
            if document.id in known:
                tally.duplicates += 1
                continue
            outcome, failure = process(document, settings)
            if failure is not None:
                tally.extraction_failures.append(failure)
            processed.append(outcome)
        for result in store.add_many(processed):
            if result.added:
                tally.ingested += 1
                tally.clustered += result.cluster is not None
            else:
                tally.duplicates += 1
        waiting.clear()

    for given, item in read_inputs(inputs, settings):
        tally.read += 1
        if isinstance(item, Rejection):
            reject(item)
        else:
            waiting.append(item)
            if len(waiting) >= batch:
                flush()
        if on_item is not None:
            on_item(given, tally)
    flush()
    return tally


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH_OR_URL...")
@click.option("--allow-private", is_flag=True,
              help="allow fetching URLs on private, loopback or link-local addresses")
@click.option("--json", "as_json", is_flag=True, help="print the summary as JSON")
@click.pass_obj
def ingest(obj: Any, inputs: tuple[str, ...], allow_private: bool, as_json: bool) -> None:
    """Ingest articles from files, folders (recursively) and URLs.

    Reads .jsonl (one article a line: id, url, published, text), .txt, .html/.htm and
    .warc/.warc.gz, each recognised by its content as well as its name. Exits 1 when any
    input was rejected (each is listed with its reason; see also `nextseason rejections`).

    \b
    Example:
      nextseason ingest articles.jsonl pages/ crawl.warc.gz
      nextseason ingest https://example.com/news/story.html
    """
    settings: Settings = getattr(obj, "settings", None) or DEFAULT
    if allow_private:
        settings = dataclasses.replace(settings, allow_private=True)
    store = obj.store()
    started = time.perf_counter()
    tally = Tally()
    try:
        if sys.stderr.isatty() and not as_json:
            _with_progress_bar(inputs, store, settings, tally)
        else:
            ingest_inputs(inputs, store, settings, on_item=_plain_progress(), tally=tally)
    except KeyboardInterrupt:
        click.echo(f"interrupted: {tally.ingested} articles stored so far; the same command again "
                   "continues (stored articles are skipped)", err=True)
        sys.exit(130)
    elapsed = time.perf_counter() - started
    if as_json:
        click.echo(json.dumps(_summary_json(tally, elapsed), ensure_ascii=False, indent=2))
    else:
        _print_summary(tally, elapsed)
    if tally.rejected:
        sys.exit(1)


def estimate_items(inputs: Iterable[str]) -> int:
    """About how many items the inputs hold: a JSONL file's lines, one for any other file
    (a WARC may hold more: the bar then grows) and one for a URL."""
    from ..ingest import iter_files

    total = 0
    for given in inputs:
        if _URL.match(given) or not Path(given).exists():
            total += 1
            continue
        for file in iter_files(Path(given)):
            if file.suffix.lower() in (".jsonl", ".ndjson"):
                with file.open("rb") as handle:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
            else:
                total += 1
    return max(total, 1)


def _with_progress_bar(inputs: tuple[str, ...], store: Any, settings: Settings, tally: Tally) -> Tally:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[counts]}"), TimeElapsedColumn())
    total = estimate_items(inputs)
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("ingesting", total=total, counts="")

        def on_item(given: str, tally: Tally) -> None:
            progress.update(task, completed=tally.read, total=max(total, tally.read),
                            description=_short(given), counts=f"{tally.rejected} rejected")

        ingest_inputs(inputs, store, settings, on_item=on_item, tally=tally)
        progress.update(task, completed=tally.read, total=tally.read)
    return tally


def _plain_progress(every: int = 1000) -> Callable[[str, Tally], None]:
    """Plain lines on stderr: one per input started, one every ``every`` items."""
    seen: set[str] = set()

    def on_item(given: str, tally: Tally) -> None:
        if given not in seen:
            seen.add(given)
            click.echo(f"ingesting {given}", err=True)
        if tally.read % every == 0:
            click.echo(f"  {tally.read} items read, {tally.rejected} rejected", err=True)

    return on_item


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else "…" + text[-(width - 1):]


def _summary_json(tally: Tally, elapsed: float) -> dict[str, Any]:
    return {
        "ingested": tally.ingested,
        "duplicates": tally.duplicates,
        "rejected": tally.rejected,
        "clusters_joined": tally.clustered,
        "extraction_failures": tally.extraction_failures,
        "seconds": round(elapsed, 3),
        "rejections": [{"source": r.source, "reason": r.reason, "detail": r.detail}
                       for r in tally.rejections],
    }


def _print_summary(tally: Tally, elapsed: float) -> None:
    from . import console as make_console

    console = make_console(highlight=False, soft_wrap=True)
    if tally.rejections:
        # one line each, never wrapped, so that a long path stays whole (and greppable)
        click.echo(f"rejected ({tally.rejected}):")
        for rejection in tally.rejections:
            detail = f" ({rejection.detail})" if rejection.detail else ""
            click.echo(f"  {rejection.source}: {rejection.reason}{detail}")
    if tally.extraction_failures:
        click.echo(f"stored without claims, extraction failed ({len(tally.extraction_failures)}):")
        for failure in tally.extraction_failures:
            click.echo(f"  {failure}")
    summary = Table(show_header=False, show_edge=False, box=None, pad_edge=False)
    summary.add_column(justify="left")
    summary.add_column(justify="right")
    summary.add_row("ingested", str(tally.ingested))
    summary.add_row("duplicates", str(tally.duplicates))
    summary.add_row("rejected", str(tally.rejected))
    summary.add_row("near-duplicate clusters joined", str(tally.clustered))
    summary.add_row("seconds", f"{elapsed:.2f}")
    console.print(summary)
