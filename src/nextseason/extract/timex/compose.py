"""Composition of found expressions: ranges ("between X and Y", "X to Y", "end of 2023 or
beginning of 2024") and bounds ("by the end of 2023", "not before 2025", "2025 at the earliest",
"not until 2026", "as early as", "until 2026", "after", "since").

A composed hit spans the whole phrase; its ``core`` (or its ``parts``, for a range) keeps what
a TimeML annotator tags, which is what the TempEval output writes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...models import Interval
from . import calendar as cal
from .base import Context, Hit, compile_fast, lower_twin, search_between

DATE_GRAINS = frozenset({"day", "week", "month", "season", "quarter", "half", "year", "decade"})
_BOUND_GRAINS = DATE_GRAINS | {"range"}

RANGE_GAP = re.compile(r"\s*,?\s*(?:-|\u2013|\u2014|to|through|thru|until|till|into|and|(?:and\s*/\s*)?or"
                       r"(?:\s+(?:even|possibly|perhaps|maybe|potentially))?)\s*$", re.IGNORECASE)
RANGE_LEAD = compile_fast(r"(?:\b(?:sometime\s+|somewhere\s+|anywhere\s+)?(?P<lead>between|from)\s+)$", re.IGNORECASE)

BOUND_BEFORE = compile_fast(
    r"\b(?P<word>by|before|no\s+later\s+than|not\s+later\s+than|prior\s+to|ahead\s+of|not\s+before|no\s+earlier\s+than"
    r"|not\s+until|not\s+till|as\s+early\s+as|as\s+soon\s+as|until|till|after|since|starting(?:\s+in|\s+from)?"
    r"|beginning\s+in|from|in\s+or\s+after|on\s+or\s+after|on\s+or\s+before|through|up\s+to)"
    r"\s+(?:(?:sometime|some\s+time|early|at\s+least)\s+)?(?:in\s+|on\s+)?$",
    re.IGNORECASE)
_BOUND_BEFORE_LOWER = lower_twin(BOUND_BEFORE)
BOUND_AFTER = re.compile(
    r"(?P<tail>,?\s*(?:at\s+the\s+(?:very\s+)?earliest|or\s+later|or\s+after|or\s+beyond|onwards?|and\s+beyond"
    r"|and\s+later|at\s+the\s+(?:very\s+)?latest|or\s+earlier|or\s+sooner|or\s+before))", re.IGNORECASE)
NEGATION = compile_fast(r"(?:\bnot\b|n['\u2019]t\b|\bnever\b|\bno\s+sooner\b)", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?;\n]\s")


def _is_date(hit: Hit) -> bool:
    return hit.type == "DATE" and hit.interval is not None and hit.grain in DATE_GRAINS


def compose(hits: list[Hit], ctx: Context) -> list[Hit]:
    """Join ranges, then apply bounds; returns hits in text order."""
    return [_bound(hit, ctx) for hit in _ranges(hits, ctx)]


def _ranges(hits: list[Hit], ctx: Context) -> list[Hit]:
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        if i + 1 < len(hits) and _is_date(a) and _is_date(hits[i + 1]):
            joined = _join(a, hits[i + 1], ctx)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _join(a: Hit, b: Hit, ctx: Context) -> Hit | None:
    gap = ctx.text[a.end:b.start]
    if len(gap) > 22 or not RANGE_GAP.fullmatch(gap):
        return None
    word = gap.strip(" ,").lower().split()[0] if gap.strip(" ,") else ""
    word = "or" if word.startswith("and/") or word == "and" and "or" in gap.lower().split() else word
    lead = RANGE_LEAD.search(ctx.text, max(0, a.start - 30), a.start)
    if word == "and" and not (lead and lead.group("lead").lower() == "between"):
        return None
    if word in ("until", "till", "through", "thru") and not lead:
        return None
    if word == "or" and not (a.grain == b.grain or {a.grain, b.grain} <= {"year", "season", "half", "quarter"}):
        return None
    a = _inherit_year(a, b)
    assert a.interval is not None and b.interval is not None
    if a.interval.start and b.interval.start and b.interval.start < a.interval.start:
        if word != "or":
            return None
        a, b = b, a
    assert a.interval is not None and b.interval is not None
    interval = cal.either(a.interval, b.interval) if word == "or" else cal.join(a.interval, b.interval)
    start = lead.start() if lead and word != "or" else min(a.start, b.start)
    return Hit(start, max(a.end, b.end), "DATE", a.value, None, interval, a.relative or b.relative, "range",
               max(a.priority, b.priority), parts=(a, b), grain="range")


def _inherit_year(a: Hit, b: Hit) -> Hit:
    """'March to May 2025': a year-less first end takes the year of the second."""
    if not a.relative or b.interval is None or b.interval.start is None or a.interval is None:
        return a
    if b.relative and not b.rule.startswith("season"):
        return a
    if a.grain == "season" and b.grain == "season" and a.rule == "season" and a.interval.start is not None:
        code = a.value[-2:]
        year = b.interval.start.year + (1 if b.value.endswith("WI") else 0)
        if code == "WI" or year < 1:
            return a
        return replace(a, value=f"{year:04d}-{code}", interval=cal.season_interval(year, code))
    if a.grain == "day" and b.grain == "day" and a.interval.start is not None and not b.relative:
        first = cal.safe_date(b.interval.start.year, a.interval.start.month, a.interval.start.day)
        if first is None:
            return a
        if first > b.interval.start:
            first = cal.safe_date(first.year - 1, first.month, first.day) or first
        return replace(a, value=first.isoformat(), interval=cal.day_interval(first), relative=False)
    if a.grain != "month" or b.relative or a.interval.start is None or not re.fullmatch(r"\d{4}-\d\d", a.value):
        return a
    month = a.interval.start.month
    year = b.interval.start.year - (1 if month > b.interval.start.month else 0)
    interval = cal.month_interval(year, month)
    if a.interval.precision == "third" and a.interval.end is not None:
        interval = Interval(a.interval.start.replace(year=year), a.interval.end.replace(year=year), "third",
                            (a.interval.label or "").rsplit(" ", 1)[0] + f" {year}")
    return replace(a, value=f"{year:04d}-{month:02d}", interval=interval, relative=False)


def _clause_before(ctx: Context, start: int, width: int = 60) -> str:
    window = ctx.text[max(0, start - width):start]
    cut = None
    for cut in SENTENCE_END.finditer(window):
        pass
    return window[cut.end():] if cut is not None else window


def _bound(hit: Hit, ctx: Context) -> Hit:
    if hit.interval is None or hit.type != "DATE" or hit.grain not in _BOUND_GRAINS:
        return hit
    target = hit.interval
    anchor = ctx.anchor
    tail = BOUND_AFTER.match(ctx.text, hit.end)
    if tail:
        words = tail.group("tail").lower()
        if "earliest" in words or "later" in words or "after" in words or "beyond" in words or "onward" in words:
            interval, mod = cal.from_on(target), "ON_OR_AFTER"
        else:
            interval, mod = cal.by_end(anchor, target), "ON_OR_BEFORE"
        return _bounded(hit, hit.start, tail.end(), interval, mod)
    head = search_between(BOUND_BEFORE, _BOUND_BEFORE_LOWER, ctx, max(0, hit.start - 40), hit.start)
    if head is None:
        return hit
    word = " ".join(head.group("word").lower().split())
    negated = bool(NEGATION.search(_clause_before(ctx, head.start())))
    bounded, bound_mod = _bound_interval(word, negated, anchor, target)
    if bounded is None:
        return hit
    return _bounded(hit, head.start(), hit.end, bounded, bound_mod)


def _bound_interval(word: str, negated: bool, anchor: object, target: Interval) -> tuple[Interval | None, str | None]:
    from datetime import date

    d = anchor if isinstance(anchor, date) else None
    if word in ("not before", "no earlier than", "not until", "not till", "as early as", "as soon as",
                "in or after", "on or after", "starting", "starting in", "starting from", "beginning in"):
        return cal.from_on(target), "ON_OR_AFTER"
    if word in ("until", "till") and negated:
        return cal.from_on(target), "ON_OR_AFTER"
    if word in ("by", "no later than", "not later than", "on or before", "through", "up to"):
        if word == "by" and target.precision == "day" and d is None:
            return None, None
        interval = cal.by_end(d, target)
        if target.precision == "part" and target.label and target.label.startswith("late "):
            interval = Interval(interval.start, interval.end, interval.precision,
                                f"by end of {target.label[5:]}")
        return interval, "ON_OR_BEFORE"
    if word in ("before", "prior to", "ahead of"):
        if negated:
            return cal.from_on(target), "ON_OR_AFTER"
        if target.precision == "part" and (target.label or "").startswith("late "):
            return cal.by_end(d, target), "BEFORE"  # "before the end of 2024" runs to its last day
        return cal.before(d, target), "BEFORE"
    if word in ("until", "till"):
        return cal.until(d, target), "ON_OR_BEFORE"
    if word == "after":
        return cal.after(target), "AFTER"
    return None, None


def _bounded(hit: Hit, start: int, end: int, interval: Interval, mod: str | None) -> Hit:
    """``replace(hit, start=..., end=..., interval=..., mod=..., core=..., rule=...)``, field by field
    (``dataclasses.replace`` reads the fields' list on every call; tests/test_timex_speed.py checks)."""
    return Hit(start, end, hit.type, hit.value, mod, interval, hit.relative, hit.rule + "+bound", hit.priority,
               hit.core if hit.core is not None else (hit.start, hit.end), hit.parts, hit.grain)
