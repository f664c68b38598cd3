"""The engine: run every rule over the text, keep the best non-overlapping candidates, compose
ranges and bounds, and return ``Timex`` records.

Patterns are compiled once at import, in a faster equivalent form (``base.compile_fast``). A rule
runs only in the windows around its trigger words (``triggers``), and not in a window that lacks
a piece every match of it holds (``triggers.RULE_NEEDS``), so an article with no digits and no
month names costs little. tests/test_timex_speed.py checks that none of this changes a result.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import replace
from datetime import date, datetime

from ...models import Interval, Timex
from . import absolute, anaphora, durations, relative, triggers
from .base import Builder, Context, Hit, Rule, with_priority
from .compose import compose

log = logging.getLogger(__name__)

RULES: tuple[Rule, ...] = tuple(absolute.rules() + relative.rules() + durations.rules() + anaphora.rules())
_PLAN = tuple((rule.name, rule.regex, rule.build, rule.priority) for rule in RULES)
# the rules each trigger class can wake (rules without classes scan every text)
_WAKES: dict[str, tuple[int, ...]] = {}
for _i, _rule in enumerate(RULES):
    for _name in triggers.RULE_CLASSES.get(_rule.name, ()):
        _WAKES[_name] = (*_WAKES.get(_name, ()), _i)
_ALWAYS = frozenset(i for i, rule in enumerate(RULES) if rule.name not in triggers.RULE_CLASSES)


def find_hits(text: str, anchor: date | None) -> list[Hit]:
    """All expressions in the text as composed hits, in text order."""
    lower, found = _scan(text)
    ctx = Context(text, anchor, lower)
    candidates: list[Hit] = []
    for build, priority, matches in found:  # in rule order, as candidates of equal rank keep it
        for match in matches:
            hit = build(match, ctx)
            if hit is not None and hit.end > hit.start:
                candidates.append(hit if hit.priority == priority else with_priority(hit, priority))
    chosen = anaphora.resolve(_select(candidates), ctx)
    return compose(chosen, ctx)


_Found = list[tuple[Builder, int, list[re.Match[str]]]]
# The last text scanned and what its rules matched. The matches do not depend on the anchor, and an
# undated article is read twice with two anchors (times.document_times): the second pass only builds.
_last_scan: tuple[str, str, _Found] = ("", "", [])


def _scan(text: str) -> tuple[str, _Found]:
    """The lowercased text, and per rule that matched (in rule order) its builder, priority and matches."""
    global _last_scan
    last_text, lower, found = _last_scan
    if last_text == text:
        return lower, found
    lower = text.lower()
    if len(lower) != len(text):  # a few characters lowercase to two; keep offsets aligned
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found = []
    by_class = triggers.windows(lower)
    cache: dict[object, list[tuple[int, int]]] = {}
    awake = _ALWAYS.union(*(_WAKES.get(name, ()) for name in by_class))  # a rule with no window finds nothing
    for index in sorted(awake):
        name, regex, build, priority = _PLAN[index]
        matches: list[re.Match[str]] = []
        for begin, finish in triggers.spans_to_scan(name, by_class, lower, cache):
            _find_all(regex, lower, begin, finish, matches)
        if matches:
            found.append((build, priority, matches))
    _last_scan = (text, lower, found)  # one assignment: a reader sees the old pair or the new one
    return lower, found


def _find_all(regex: re.Pattern[str], text: str, begin: int, finish: int, found: list[re.Match[str]]) -> None:
    """Add ``regex.finditer(text, begin, finish)`` to ``found``: one ``search`` from the end of each
    match (a stretch without a match, the common case, costs one call instead of an iterator's setup)."""
    match = regex.search(text, begin, finish)
    while match is not None:
        end = match.end()
        if end == match.start():  # an empty match: finditer's own way of moving past it, from there on
            found.extend(regex.finditer(text, end, finish))
            return
        found.append(match)
        match = regex.search(text, end, finish)


def _select(candidates: list[Hit]) -> list[Hit]:
    """Longest first (then rule priority, then leftmost); drop anything overlapping a kept hit."""
    ordered = sorted(candidates, key=lambda h: (-(h.end - h.start), -h.priority, h.start))
    starts: list[int] = []  # kept spans, sorted by start (they never overlap)
    ends: list[int] = []
    taken: list[Hit] = []
    for hit in ordered:
        i = bisect.bisect_right(starts, hit.start)
        if i and ends[i - 1] > hit.start:
            continue
        if i < len(starts) and starts[i] < hit.end:
            continue
        starts.insert(i, hit.start)
        ends.insert(i, hit.end)
        taken.append(hit)
    taken.sort(key=lambda h: h.start)
    return taken


def to_timex(hit: Hit, text: str) -> Timex:
    start, end = _trimmed(hit, text)
    return Timex(start, end, text[start:end], hit.type, hit.value, hit.mod,  # type: ignore[arg-type]
                 hit.interval, hit.relative)


def _trimmed(hit: Hit, text: str) -> tuple[int, int]:
    start, end = hit.start, hit.end
    # trim whitespace and trailing punctuation a pattern may have swallowed
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    while start < end and text[start] in " \t\n":
        start += 1
    if end - start > 3 and text[end - 2:end] in ("'s", "\u2019s") and hit.rule != "decade":
        end -= 2
    return start, end


TimexFields = tuple[int, int, str, str, "Interval | None", bool]  # start, end, text, type, interval, relative


def timex_fields(text: str, anchor: date | None) -> list[TimexFields]:
    """``find_timexes(text, anchor)`` as plain tuples of the fields most readers keep (the
    article's time points: extract/times.py), without a ``Timex`` record made for each."""
    if isinstance(anchor, datetime):
        anchor = anchor.date()
    found = []
    for hit in find_hits(text, anchor):
        start, end = _trimmed(hit, text)
        found.append((start, end, text[start:end], hit.type, hit.interval, hit.relative))
    return found


def find_timexes(text: str, anchor: date | None, *, anchor_range: Interval | None = None) -> list[Timex]:
    """Every temporal expression of the text, with TIMEX3 type/value/mod and a claims.md INTERVAL.

    ``anchor`` is the article's date; when only a range is known (``anchor_range``), relative
    expressions are resolved at both ends and their intervals widened to cover both readings.
    """
    if isinstance(anchor, datetime):
        anchor = anchor.date()
    if anchor is None and anchor_range is not None and (anchor_range.start or anchor_range.end):
        return _widened(text, anchor_range)
    return [to_timex(hit, text) for hit in find_hits(text, anchor)]


def _widened(text: str, window: Interval) -> list[Timex]:
    first = window.start or window.end
    last = window.end or window.start
    assert first is not None and last is not None
    early = find_timexes(text, first)
    if first == last:
        return early
    late = {(t.start, t.end): t for t in find_timexes(text, last)}
    out: list[Timex] = []
    for timex in early:
        other = late.get((timex.start, timex.end))
        if not timex.relative or other is None or other.interval == timex.interval:
            out.append(timex)
            continue
        out.append(replace(timex, value=other.value, interval=_union(timex.interval, other.interval)))
    return out


def _union(a: Interval | None, b: Interval | None) -> Interval | None:
    if a is None or b is None:
        return a or b
    start = None if a.start is None or b.start is None else min(a.start, b.start)
    end = None if a.end is None or b.end is None else max(a.end, b.end)
    label = a.display() if a.display() == b.display() else f"{a.display()} to {b.display()}"
    return Interval(start, end, "range", f"{label} (article date uncertain)")


def interval_of(expression: str, anchor: date) -> Interval | None:
    """The INTERVAL of one expression ("early 2027", "later this year"): of its widest timex."""
    timexes = [t for t in find_timexes(expression, anchor) if t.interval is not None]
    if not timexes:
        return None
    return max(timexes, key=lambda t: t.end - t.start).interval
