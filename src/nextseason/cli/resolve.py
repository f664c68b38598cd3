"""Resolution commands: status, timeline, sources, seasons, aliases."""

from __future__ import annotations

import json
import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import Any

import click

from ..errors import UsageError
from ..text import short_outlet


def _as_of(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise UsageError(f"--as-of wants YYYY-MM-DD, got {value!r}") from error


def _dump(data: Any) -> None:
    """Indented for a person at a terminal; compact otherwise (a pipe, a file, a program reading
    it): indentation sends ``json`` to its pure-Python encoder, several times slower on a big status."""
    if sys.stdout.isatty():
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def _short(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _who(evidence: Any) -> str:
    when = evidence.published.isoformat() if evidence.published else "undated"
    if evidence.published_inferred:
        when += "?"
    return f"{_source_name(evidence)}, {when}"


def _distinct(evidence: Any) -> list[Any]:
    """Evidence with one line per quote of an article (two claims can share a sentence)."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for ev in evidence:
        key = (ev.doc_id, ev.quote)
        if key not in seen:
            seen.add(key)
            kept.append(ev)
    return kept


def render_status(status: Any) -> str:
    """The status card a person reads."""
    season = status.season if status.season is not None else "?"
    lines = [f"{status.work} — season {season}, as of {status.as_of.strftime('%-d %B %Y')}", ""]
    lines.append(f"  Stage      {status.stage.replace('_', '-')}   ({status.stage_why})")
    for ev in _distinct(status.stage_evidence)[:2]:
        lines.append(f"             “{_short(ev.quote, 90)}” — {_who(ev)}")
    if status.release:
        rel = status.release
        lines.append(f"  Release    {rel.label}   (confidence {rel.confidence:.2f}, {rel.basis})")
        lines.extend("             " + w for w in textwrap.wrap("why: " + rel.why, 88))
        for ev in _distinct(rel.evidence)[:2]:
            lines.append(f"             “{_short(ev.quote, 90)}” — {_who(ev)} [{ev.certainty}]")
    else:
        lines.append("  Release    no window supported yet")
    renewal = status.renewal
    when = f", {renewal.date.display() if renewal.date.label else _label(renewal.date)}" if renewal.date else ""
    lines.append(f"  Renewal    {renewal.status}{when}")
    for fact in status.facts:
        if fact.field != "renewal.date":
            lines.append(f"  {fact.field.replace('_', ' ')}: {fact.value} (agreement {fact.confidence:.2f})")
    if status.lapsed:
        lines += ["", "  Lapsed predictions (windows that passed without a premiere)"]
        for item in status.lapsed:
            lines.append(f"    {_label(item.window):<28} said by {', '.join(short_outlet(c) for c in item.claimed_by[:5])}"
                         + (f" +{len(item.claimed_by) - 5}" if len(item.claimed_by) > 5 else ""))
    if status.contradictions:
        lines += ["", "  Contradictions"]
        for conflict in status.contradictions:
            lines.append(f"    {conflict.field}" + (f"  (best supported: {conflict.chosen})" if conflict.chosen else ""))
            for side in conflict.sides:
                lines.append(f"      {side.value:<26} {', '.join(side.sources[:4])}")
    if status.cast:
        lines += ["", "  Cast"]
        for member in status.cast:
            role = f" as {member.character}" if member.character else ""
            also = f"  (also: {', '.join(member.aliases)})" if member.aliases else ""
            lines.append(f"    {member.person}{role} [{member.status}]{also}")
            for why in member.joined_by:
                lines.append(f"        joined: {why}")
            if member.possibly_same:
                lines.append(f"        same role as {', '.join(member.possibly_same)}: not merged "
                             "(a stage name? add it to an alias file: `nextseason aliases --load`)")
    lines += ["", (f"  {status.claims_used} claims from {status.articles_used} articles; "
                   "`nextseason timeline` lists them with quotes")]
    return "\n".join(lines)


def _source_name(evidence: Any) -> str:
    return short_outlet(evidence.outlet or evidence.doc_id)


def _value_words(evidence: Any) -> str:
    if evidence.polarity == "affirmed":
        return str(evidence.value)
    if evidence.kind == "release" and evidence.value in ("no date", "None", ""):
        return "no date known"
    return f"not {evidence.value}"


def _label(window: Any) -> str:
    from ..resolve.windows import label_of

    return str(label_of(window))


def register(group: click.Group) -> None:
    @group.command("status")
    @click.argument("work")
    @click.option("--season", type=int, default=None, help="season number (default: the latest with claims)")
    @click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD", help="as it could be known that day")
    @click.option("--json", "as_json", is_flag=True, help="print JSON")
    @click.pass_obj
    def status_cmd(obj: Any, work: str, season: int | None, as_of: str | None, as_json: bool) -> None:
        """Where a season stands, its premiere window and the evidence.

        \b
        Example:
          nextseason status "All of Us Are Dead" --season 2 --as-of 2025-10-01
        """
        from ..resolve import status_for

        status = status_for(obj.store(), work, season, _as_of(as_of))
        if as_json:
            _dump(status.to_json())
        else:
            click.echo(render_status(status))

    @group.command("timeline")
    @click.argument("work")
    @click.option("--season", type=int, default=None)
    @click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD")
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_obj
    def timeline_cmd(obj: Any, work: str, season: int | None, as_of: str | None, as_json: bool) -> None:
        """Every claim about a season in order of publication, with quotes.

        \b
        Example:
          nextseason timeline "Squid Game" --season 2
        """
        from ..resolve import timeline

        entries = timeline(obj.store(), work, season, _as_of(as_of))
        if as_json:
            _dump([e.to_json() for e in entries])
            return
        if not entries:
            click.echo("no claims about that season yet", err=True)
        for ev in entries:
            click.echo(f"{ev.published.isoformat() if ev.published else '????-??-??'}"
                       f"{'?' if ev.published_inferred else ' '} {_source_name(ev):<24.24} "
                       f"{ev.kind:<12} {_value_words(ev)} [{ev.certainty}]")
            click.echo(f"{'':12}“{_short(ev.quote, 110)}”")

    @group.command("sources")
    @click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD")
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_obj
    def sources_cmd(obj: Any, as_of: str | None, as_json: bool) -> None:
        """Each outlet's record: claims, predictions that came true or lapsed, reliability.

        \b
        Example:
          nextseason sources --as-of 2025-01-01
        """
        from ..resolve import sources

        rows = sources(obj.store(), _as_of(as_of))
        if as_json:
            _dump([r.to_json() for r in rows])
            return
        if not rows:
            click.echo("no sources yet: add articles with `nextseason ingest PATH`", err=True)
            return
        click.echo(f"{'outlet':<32}{'claims':>7}{'reports':>8}{'true':>6}{'lapsed':>7}{'pending':>8}"
                   f"{'learned':>8}{'reliab.':>8}")
        for r in rows:
            click.echo(f"{r.outlet[:31]:<32}{r.claims:>7}{r.reports:>8}{r.came_true:>6}{r.lapsed:>7}"
                       f"{r.pending:>8}{r.learned:>8.2f}{r.reliability:>8.2f}")

    @group.command("seasons")
    @click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD")
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_obj
    def seasons_cmd(obj: Any, as_of: str | None, as_json: bool) -> None:
        """All tracked seasons with their stage and premiere window.

        \b
        Example:
          nextseason seasons --as-of 2024-06-01
        """
        from ..resolve import seasons

        rows = seasons(obj.store(), _as_of(as_of))
        if as_json:
            _dump([r.to_json() for r in rows])
            return
        if not rows:
            click.echo("no seasons tracked yet: add articles with `nextseason ingest PATH`", err=True)
            return
        table = [(r.work, f"s{r.season}" if r.season is not None else "-", r.stage.replace("_", "-"),
                  r.release.label if r.release else "-", f"{r.claims} claim{'s' if r.claims != 1 else ''}")
                 for r in rows]
        widths = [max(len(row[i]) for row in table) for i in range(4)]
        for row in table:
            click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[4])

    @group.command("aliases")
    @click.option("--load", "load", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                  help="read an alias file ('person: Lomon = Park Solomon', 'work: X = Y') into the store")
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_obj
    def aliases_cmd(obj: Any, load: Path | None, as_json: bool) -> None:
        """Alias groups of people and titles, each with what joined it.

        \b
        Example:
          nextseason aliases --load aliases.txt
        """
        from ..resolve.service import alias_groups, load_alias_file

        store = obj.store()
        if load is not None:
            added = load_alias_file(store, load)
            click.echo(f"loaded {added} aliases from {load}", err=True)
        groups = alias_groups(store)
        if as_json:
            _dump([g.to_json() for g in groups])
            return
        for g in groups:
            scope = f"  [{g.scope}]" if g.scope else ""
            click.echo(f"{g.kind:<7} {g.canonical}" + (f"  = {', '.join(g.members[1:])}" if len(g.members) > 1 else "")
                       + scope)
            for why in g.joined_by:
                click.echo(f"{'':10}joined: {why}")
