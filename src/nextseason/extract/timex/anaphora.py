"""Expressions that refer back to an earlier one: "the quarter", "the latest period",
"a year earlier" / "year-ago" after a quarter was named (financial news writes them so).

Resolved after selection, in text order: the last quarter named so far is the reference; with
none, the last quarter completed before the anchor.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import calendar as cal
from .base import Context, Hit, Rule, compile_rule


def build_the_quarter(m: re.Match[str], ctx: Context) -> Hit | None:
    adj = " ".join((m.group("adj") or "").lower().split())
    unit = m.group("unit").lower()
    if unit == "period" and not adj:
        return None
    kind = "year_before" if adj.startswith(("year-", "year ")) else "same"
    return Hit(m.start(), m.end(), "DATE", "XXXX-QX", None, None, True, f"anaphor_{kind}", grain="quarter")


def build_year_before(m: re.Match[str], ctx: Context) -> Hit | None:
    return Hit(m.start(), m.end(), "DATE", "XXXX-QX", None, None, True, "anaphor_year_before", grain="quarter")


def build_narrative(m: re.Match[str], ctx: Context) -> Hit | None:
    unit = m.group("unit")
    grain = "day" if unit in ("morning", "night", "evening", "afternoon") else unit
    return Hit(m.start(), m.end(), "DATE", "XXXX", None, None, True, "anaphor_narrative", grain=grain)


def build_year_end(m: re.Match[str], ctx: Context) -> Hit | None:
    if ctx.anchor is None:
        return None
    which = m.group("which") or "this"
    year = ctx.anchor.year + {"this": 0, "next": 1, "last": -1}[which]
    return Hit(m.start(), m.end(), "DATE", f"{year:04d}", "END", cal.year_part(year, "late"), True, "year_end",
               grain="year")


def rules() -> list[Rule]:
    adj = (r"(?:(?P<adj>latest|current|recent|just[-\s]ended|most\s+recent|same|year-ago|year-earlier|"
           r"comparable|year-before|year\s+earlier|year\s+ago)\s+)?")
    return [
        compile_rule("the_quarter", rf"\bthe\s+{adj}(?:fiscal\s+)?(?P<unit>quarter|period)\b", build_the_quarter, 1),
        compile_rule("year_before", r"\byear-(?:earlier|ago)\b", build_year_before, 0),
        compile_rule("narrative", r"\b(?:(?:later|earlier)\s+)?(?:that|the\s+(?P<rel>following|previous|prior|same))\s+"
                                  r"(?P<unit>day|week|month|year|morning|night|evening|afternoon)\b", build_narrative, 3),
        compile_rule("year_end", r"\b(?:(?:the\s+)?(?P<which>this|next|last)\s+)?(?:the\s+)?year[\s-]end\b", build_year_end,
                     1),
    ]


_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")


def resolve(hits: list[Hit], ctx: Context) -> list[Hit]:
    """Fill in the anaphoric quarter hits; 'a year earlier/ago' after a quarter becomes that quarter's
    year-before twin. Hits that cannot be resolved are dropped."""
    last: tuple[int, int] | None = None
    out: list[Hit] = []
    reference = None  # the last date named: what "that year" / "the following day" refer to
    for hit in hits:
        if hit.rule == "anaphor_narrative":
            resolved = _narrative(hit, reference or ctx.anchor, ctx)
            if resolved is not None:
                out.append(resolved)
            continue
        if hit.type == "DATE" and hit.interval is not None and hit.interval.start is not None \
                and hit.grain in ("day", "month", "year", "season", "quarter") and hit.rule != "day_word":
            reference = hit.interval.start
        named = _QUARTER_VALUE.match(hit.value) if "-Q" in hit.value else None  # (most values name no quarter)
        if named and not hit.rule.startswith("anaphor"):
            last = (int(named.group(1)), int(named.group(2)))
        if hit.rule.startswith("anaphor"):
            ref = last or _last_completed(ctx)
            if ref is None:
                continue
            year, quarter = ref
            if hit.rule == "anaphor_year_before":
                year -= 1
            else:
                last = ref
            hit = replace(hit, value=f"{year:04d}-Q{quarter}", interval=cal.quarter_interval(year, quarter))
        elif hit.rule == "ago" and last is not None and hit.value.isdigit() and re.fullmatch(
                r"(?i)(?:about\s+)?a\s+year\s+(?:earlier|ago)", ctx.text[hit.start:hit.end]):
            year, quarter = last
            hit = replace(hit, value=f"{year - 1:04d}-Q{quarter}",
                          interval=cal.quarter_interval(year - 1, quarter))
        out.append(hit)
    return out


def _narrative(hit: Hit, reference: object, ctx: Context) -> Hit | None:
    from datetime import date

    from .relative import unit_shift

    if not isinstance(reference, date):
        return None
    words = ctx.text[hit.start:hit.end].lower().split()
    shift = 1 if "following" in words else -1 if ("previous" in words or "prior" in words) else 0
    grain = hit.grain
    value, interval = unit_shift(reference, grain, shift)
    if "later" in words and grain in ("year", "month") and interval.end is not None:
        interval = cal.span(reference, interval.end, f"later that {grain}")
    return replace(hit, value=value, interval=interval)


def _last_completed(ctx: Context) -> tuple[int, int] | None:
    if ctx.anchor is None:
        return None
    quarter = (ctx.anchor.month - 1) // 3
    return (ctx.anchor.year, quarter) if quarter else (ctx.anchor.year - 1, 4)
