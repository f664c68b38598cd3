"""``nextseason claims ID``: an article's claims as a table, each quote highlighted in context."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..models import Claim, Document

_CONTEXT = 80  # characters shown on each side of a quote


def register(group: click.Group) -> None:
    group.add_command(claims)


def describe_value(claim: Claim) -> str:
    """A short reading of a claim's value ("renewed on 6 June 2022", "Park Ji-hu as On-jo")."""
    value = claim.value
    if value is None:
        return "no date known" if claim.kind == "release" else "-"
    if claim.kind == "release":
        return value.display()  # type: ignore[union-attr]
    if claim.kind == "renewal":
        when = f" ({value.date.display()})" if value.date else ""  # type: ignore[union-attr]
        return f"{value.status}{when}"  # type: ignore[union-attr]
    if claim.kind == "production":
        when = f" {value.when.display()}" if value.when else ""  # type: ignore[union-attr]
        return f"{value.stage} {value.event}{when}"  # type: ignore[union-attr]
    if claim.kind == "cast":
        role = f" as {value.character}" if value.character else ""  # type: ignore[union-attr]
        return f"{value.person}{role} ({value.status})"  # type: ignore[union-attr]
    if claim.kind == "episodes":
        return ("at least " if value.at_least else "") + str(value.count)  # type: ignore[union-attr,operator]
    if claim.kind == "platform":
        return value.name  # type: ignore[union-attr]
    return value.reason  # type: ignore[union-attr]


def in_context(document: Document, claim: Claim, width: int = _CONTEXT) -> Text:
    """The quote in bold, with some of the text around it."""
    text = document.text
    start, end = claim.quote_start, claim.quote_end
    if not (0 <= start <= end <= len(text)) or text[start:end] != claim.quote:
        found = text.find(claim.quote) if claim.quote else -1
        start, end = (found, found + len(claim.quote)) if found >= 0 else (0, 0)
    left = max(0, start - width)
    right = min(len(text), end + width)
    shown = Text()
    shown.append(("…" if left else "") + " ".join(text[left:start].split()) + " ", style="dim")
    shown.append(" ".join(text[start:end].split()), style="bold yellow")
    shown.append(" " + " ".join(text[end:right].split()) + ("…" if right < len(text) else ""), style="dim")
    return shown


@click.command()
@click.argument("key")
@click.option("--json", "as_json", is_flag=True, help="print the claims in the exchange format")
@click.option("--kind", default=None, help="only claims of this kind (release, renewal, cast, ...)")
@click.pass_obj
def claims(obj: Any, key: str, as_json: bool, kind: str | None) -> None:
    """Show an article's claims, each with its quote highlighted in context.

    KEY is the article's id (content hash or its prefix) or its external id.

    \b
    Example:
      nextseason claims all-of-us-are-dead-s2-3
      nextseason claims 3f2a9c --kind release --json
    """
    store = obj.store()
    document = store.document(key)
    rows = [record.claim for record in store.claims_of(document.id)]
    if kind:
        rows = [claim for claim in rows if claim.kind == kind]
    if as_json:
        click.echo(json.dumps({"doc_id": document.doc_id, "claims": [c.to_exchange() for c in rows]},
                              ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False)
    title = f"{document.doc_id}: {len(rows)} claim{'s' if len(rows) != 1 else ''}"
    if not rows:
        console.print(title)
        return
    table = Table(title=title, show_lines=True)
    for column in ("work", "season", "kind", "value", "polarity", "certainty", "source", "quote in context"):
        table.add_column(column, overflow="fold")
    for claim in sorted(rows, key=lambda c: c.quote_start):
        table.add_row(claim.work, "-" if claim.season is None else str(claim.season), claim.kind,
                      describe_value(claim), claim.polarity, claim.certainty, claim.source or "-",
                      in_context(document, claim))
    console.print(table)
