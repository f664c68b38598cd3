"""Commands over the store: articles, show, rejections, export-claims, reprocess."""

from __future__ import annotations

import csv
import io
import json
import logging
import sys
from collections.abc import Iterable
from typing import Any

import click
from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ..models import Claim, Document, Interval

log = logging.getLogger(__name__)

ID_WIDTH = 10  # hex digits of an id shown in listings: `show` takes any unique prefix


def register(group: click.Group) -> None:
    for command in (articles, show, rejections, export_claims, reprocess):
        group.add_command(command)


def _console() -> Console:
    from . import console

    result: Console = console(highlight=False, soft_wrap=False)
    return result


def _day(summary_day: Any, inferred: bool) -> str:
    if summary_day is None:
        return "?"
    return ("~" if inferred else "") + str(summary_day.isoformat())


def _title(title: str | None, doc_id: str) -> str:
    """The article's title, else its file's name (the last part of a path id), else its id."""
    if title:
        return title
    name = doc_id.rstrip("/").rsplit("/", 1)[-1]
    return name or doc_id


def _listing(title: str) -> Table:
    """A table that reads well at 80 columns and in a pipe: no vertical rules, one line a row."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True, show_edge=False)
    table.caption = title  # printed above it by _print_listing, without padding to the width
    return table


def _print_listing(table: Table) -> None:
    click.echo(str(table.caption))
    table.caption = None
    _console().print(table)


def _count(n: int, noun: str) -> str:
    """'1 article', '2 articles'."""
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _line(value: str) -> Text:
    """A cell kept to one line, cut with an ellipsis when the column is too narrow."""
    return Text(value, no_wrap=True, overflow="ellipsis")


def _dump(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


# ------------------------------------------------------------------ articles


@click.command()
@click.option("--json", "as_json", is_flag=True, help="print JSON instead of a table")
@click.option("--clusters", is_flag=True, help="show near-duplicate clusters (copies of one story)")
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="only the N most recently ingested articles")
@click.pass_obj
def articles(obj: Any, as_json: bool, clusters: bool, limit: int | None) -> None:
    """List stored articles: date ("~" = inferred), source, title, claim count.

    \b
    Example:
      nextseason articles
      nextseason articles --clusters --json
    """
    store = obj.store()
    rows = store.articles()
    if clusters:
        _show_clusters(store.clusters(), {a.id: a for a in rows}, as_json)
        return
    total = len(rows)
    if limit is not None:
        rows = rows[-limit:]
    if as_json:
        _dump([_summary_json(a) for a in rows])
        return
    if not rows:
        click.echo("no articles yet: `nextseason ingest PATH_OR_URL...` adds some")
        return
    shown = (f"the last {len(rows)} of {_count(total, 'article')}" if len(rows) < total
             else _count(total, "article"))
    table = _listing(shown)
    table.add_column("id", style="cyan", no_wrap=True, min_width=ID_WIDTH)
    table.add_column("date", no_wrap=True, min_width=11)
    table.add_column("claims", justify="right", no_wrap=True, min_width=6)
    table.add_column("source", min_width=6, max_width=22)
    with_clusters = any(a.cluster for a in rows)
    if with_clusters:
        table.add_column("cluster", style="magenta", no_wrap=True, min_width=13)
    table.add_column("title", min_width=20)
    for a in rows:
        cells = [a.id[:ID_WIDTH], _day(a.published, a.published_inferred), str(a.claims), _line(a.domain or "-")]
        table.add_row(*cells, *([a.cluster or ""] if with_clusters else []), _line(_title(a.title, a.doc_id)))
    _print_listing(table)


def _summary_json(a: Any) -> dict[str, Any]:
    return {"id": a.id, "doc_id": a.doc_id, "title": a.title, "url": a.url, "domain": a.domain,
            "published": a.published.isoformat() if a.published else None,
            "published_inferred": a.published_inferred, "claims": a.claims, "cluster": a.cluster}


def _show_clusters(found: dict[str, list[str]], by_id: dict[str, Any], as_json: bool) -> None:
    if as_json:
        _dump({cluster: [_summary_json(by_id[i]) for i in ids if i in by_id] for cluster, ids in found.items()})
        return
    console = _console()
    if not found:
        console.print("no near-duplicate clusters")
        return
    table = _listing(_count(len(found), "near-duplicate cluster"))
    table.add_column("cluster", style="magenta", no_wrap=True, min_width=13)
    table.add_column("id", style="cyan", no_wrap=True, min_width=ID_WIDTH)
    table.add_column("date", no_wrap=True, min_width=11)
    table.add_column("source", min_width=6, max_width=22)
    table.add_column("title", min_width=20)
    for cluster, ids in found.items():
        for n, member in enumerate(ids):
            a = by_id[member]
            table.add_row(cluster if n == 0 else "", a.id[:ID_WIDTH],
                          _day(a.published, a.published_inferred), _line(a.domain or "-"),
                          _line(_title(a.title, a.doc_id)), end_section=n == len(ids) - 1)
    _print_listing(table)


# ------------------------------------------------------------------ show


@click.command()
@click.argument("key", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="print JSON instead of text")
@click.pass_obj
def show(obj: Any, key: str, as_json: bool) -> None:
    """One article: metadata, publication date and its basis, claims, text.

    ID is the content hash (or 4+ characters of it) or the article's own id. Boilerplate
    lines are dimmed; lines folded as back-to-back repeats are dimmed and struck through.

    \b
    Example:
      nextseason show 3fa2c1
    """
    store = obj.store()
    document = store.document(key)
    records = store.claims_of(document.id)
    cluster = next((c for c, ids in store.clusters().items() if document.id in ids), None)
    if as_json:
        _dump(_document_json(document, cluster, [r.claim for r in records]))
        return
    console = _console()
    console.print(_metadata_table(document, cluster))
    if records:
        console.print(_claims_list([r.claim for r in records]))
    else:
        console.print("no claims")
    console.print(Text("\n" + "-" * 20 + " text " + "-" * 20, style="bold"))
    console.print(_styled_text(document))


BASIS_WORDS = {
    "field": "stated in the input", "header": "stated in its header line", "html-meta": "stated in the page",
    "byline": "stated in its byline", "url": "read from its URL", "warc": "on or before the crawl",
    "inferred": "inferred from the events it reports", "unknown": "nothing dates it",
}


def _published_line(document: Document) -> str:
    basis = BASIS_WORDS.get(document.published_basis, document.published_basis)
    if document.published:
        stated = basis if document.published_basis not in ("unknown", "inferred") else "stated"
        return f"{document.published.isoformat()} ({stated})"
    rng = document.published_range
    if rng is not None:
        shown = rng.display().removesuffix(" (inferred)")
        return f"~{shown} ({basis}; counted as {document.effective_published} for --as-of)"
    return f"unknown ({basis})"


def _metadata_table(document: Document, cluster: str | None) -> Table:
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    rows = [("id", document.id), ("doc_id", document.doc_id), ("title", document.title or "-"),
            ("url", document.url or "-"), ("source", document.domain or "-"),
            ("published", _published_line(document)), ("kind", document.source_kind),
            ("cluster", cluster or "-"),
            ("boilerplate", f"{len(document.boilerplate)} lines"), ("folded", f"{len(document.folded)} lines")]
    rows += [(f"meta.{k}", json.dumps(v, ensure_ascii=False, default=str) if not isinstance(v, str) else v)
             for k, v in document.metadata.items()]
    for name, value in rows:
        table.add_row(name, Text(str(value), overflow="fold"))  # an id or URL is never cut short
    return table


def _value_text(claim: Claim) -> str:
    value = claim.value
    if value is None:
        return "-"
    if isinstance(value, Interval):
        return value.display()
    return json.dumps(claim.value_json(), ensure_ascii=False)


def _claims_list(claims: list[Claim]) -> Group:
    """One line per claim (kind, work and season, value, certainty), its quote indented under it."""
    from ..resolve.evidence import describe

    parts: list[Any] = [Text(_count(len(claims), "claim"), style="bold")]
    for c in claims:
        season = f" s{c.season}" if c.season is not None else ""
        head = Text(f"{c.kind:<12} ", style="cyan")
        head.append(f"{c.work}{season}: {describe(c.kind, c.value, c.polarity)}")
        head.append(f"  [{c.certainty}]", style="dim")
        parts.append(Padding(head, (0, 0, 0, 2)))
        parts.append(Padding(Text(f"“{c.quote}”", style="italic"), (0, 0, 0, 6)))
    return Group(*parts)


def _styled_text(document: Document) -> Text:
    text = Text(document.text)
    for span in document.boilerplate:
        text.stylize("dim", span.start, span.end)
    for span in document.folded:
        text.stylize("dim strike", span.start, span.end)
    return text


def _document_json(document: Document, cluster: str | None, claims: list[Claim]) -> dict[str, Any]:
    rng = document.published_range
    return {
        "id": document.id, "doc_id": document.doc_id, "title": document.title, "url": document.url,
        "domain": document.domain, "source_kind": document.source_kind,
        "published": document.published.isoformat() if document.published else None,
        "published_range": ({**rng.to_json(), "precision": rng.precision, "label": rng.label}
                            if rng else None),
        "published_basis": document.published_basis,
        "published_inferred": document.published is None and document.effective_published is not None,
        "cluster": cluster, "metadata": dict(document.metadata),
        "boilerplate": [[s.start, s.end] for s in document.boilerplate],
        "folded": [[s.start, s.end] for s in document.folded],
        "claims": [c.to_exchange() | {"quote_start": c.quote_start, "quote_end": c.quote_end}
                   for c in claims],
        "text": document.text,
    }


# ------------------------------------------------------------------ rejections


@click.command()
@click.option("--json", "as_json", is_flag=True, help="print JSON instead of a table")
@click.pass_obj
def rejections(obj: Any, as_json: bool) -> None:
    """Inputs that could not be ingested, each with its reason and when.

    An input stored since (a file fixed and ingested again) drops off the list.

    \b
    Example:
      nextseason rejections --json
    """
    rows = obj.store().rejections()
    if as_json:
        _dump([{"id": r.id, "source": r.source, "reason": r.reason, "detail": r.detail, "at": r.at}
               for r in rows])
        return
    console = _console()
    if not rows:
        console.print("no rejections")
        return
    table = _listing(_count(len(rows), "rejected input"))
    table.add_column("when (UTC)", no_wrap=True, min_width=16)
    table.add_column("source", overflow="fold", ratio=1)
    table.add_column("why", ratio=1)
    for r in rows:
        why = f"{r.reason}: {r.detail}" if r.detail else r.reason
        table.add_row(_minute(r.at), Text(r.source, overflow="fold"), Text(why))
    _print_listing(table)


def _minute(stamp: str) -> str:
    """``2026-11-30T20:50:28+00:00`` as ``2026-11-30 20:50`` (the stored stamps are UTC)."""
    return stamp[:16].replace("T", " ") if len(stamp) >= 16 and stamp[10:11] == "T" else stamp


# ------------------------------------------------------------------ export-claims

CSV_FIELDS = ("doc_id", "work", "season", "kind", "value", "polarity", "certainty", "as_of_start",
              "as_of_end", "source", "quote", "quote_start", "quote_end", "published", "url")


@click.command("export-claims")
@click.option("--format", "fmt", type=click.Choice(["claims-jsonl", "json", "csv"]), default="claims-jsonl",
              show_default=True, help="claims-jsonl: one line per article (spec/claims.md)")
@click.pass_obj
def export_claims(obj: Any, fmt: str) -> None:
    """Print every article's claims in ingestion order.

    claims-jsonl is the exchange format: one line per article,
    {"doc_id": ..., "claims": [...]}, an article without claims included.

    \b
    Example:
      nextseason export-claims --format claims-jsonl > claims.jsonl
    """
    pairs = obj.store().claims_by_article()
    if fmt == "claims-jsonl":
        for document, claims in pairs:
            click.echo(json.dumps({"doc_id": document.doc_id, "claims": [c.to_exchange() for c in claims]},
                                  ensure_ascii=False))
    elif fmt == "json":
        _dump([{"doc_id": d.doc_id, "claims": [c.to_exchange() for c in cs]} for d, cs in pairs])
    else:
        _write_csv(pairs)


def _write_csv(pairs: Iterable[tuple[Document, list[Claim]]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for document, claims in pairs:
        for c in claims:
            writer.writerow({
                "doc_id": document.doc_id, "work": c.work, "season": c.season, "kind": c.kind,
                "value": json.dumps(c.value_json(), ensure_ascii=False), "polarity": c.polarity,
                "certainty": c.certainty,
                "as_of_start": c.as_of.start.isoformat() if c.as_of and c.as_of.start else "",
                "as_of_end": c.as_of.end.isoformat() if c.as_of and c.as_of.end else "",
                "source": c.source or "", "quote": c.quote, "quote_start": c.quote_start,
                "quote_end": c.quote_end, "published": document.effective_published or "",
                "url": document.url or "",
            })
        if buffer.tell() > 1 << 16:
            click.echo(buffer.getvalue(), nl=False)
            buffer.seek(0)
            buffer.truncate()
    click.echo(buffer.getvalue(), nl=False)


# ------------------------------------------------------------------ reprocess


@click.command()
@click.argument("keys", nargs=-1, metavar="[ID]...")
@click.pass_obj
def reprocess(obj: Any, keys: tuple[str, ...]) -> None:
    """Re-extract claims from stored articles (all, or the IDs given), replacing the old ones.

    Use it after claim extraction improves: the articles stay, their claims are recomputed.
    An article whose extraction fails keeps its old claims; the command then exits 1.

    \b
    Example:
      nextseason reprocess
    """
    from ..pipeline import process_document

    store = obj.store()
    documents = [store.document(k) for k in keys] if keys else store.documents()
    total = len(keys) if keys else store.count_documents()
    before = after = done = 0
    failed: list[tuple[str, str]] = []
    for document in _progress(documents, total, "reprocessing"):
        old = len(store.claims_of(document.id))
        try:
            processed = process_document(document)
        except Exception as error:  # one article's failure keeps its old claims, and is reported
            log.exception("reprocessing %s failed", document.doc_id)
            failed.append((document.doc_id, f"{type(error).__name__}: {error}"))
            continue
        store.replace_claims(processed)
        before += old
        after += len(processed.claims)
        done += 1
    click.echo(f"reprocessed {_count(done, 'article')}: {before} claims before, {after} after"
               + (f"; {len(failed)} failed (their old claims kept):" if failed else ""))
    for doc_id, why in failed:
        click.echo(f"  {doc_id}: {why}")
    if failed:
        sys.exit(1)


def _progress(items: Iterable[Document], total: int, label: str) -> Iterable[Document]:
    """A progress bar on a terminal; plain lines on stderr every 500 items otherwise."""
    if sys.stderr.isatty():
        from rich.progress import track

        yield from track(items, total=total, description=label, console=Console(stderr=True))
        return
    for n, item in enumerate(items, 1):
        yield item
        if n % 500 == 0:
            click.echo(f"{label}: {n}/{total}", err=True)
