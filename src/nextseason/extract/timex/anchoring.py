"""Tense-aware anchoring: which year a "June 6" or a "Friday" falls in, given the article date.

The tense is read from the words before the expression (back to the start of its sentence,
at most a short window), nearest cue first; when none is found, from the words just after it.
"was renewed on June 6" in an article of August 2023 is 2023-06-06; "premieres on June 6" is
2024-06-06 once that day has passed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .base import Context
from .calendar import safe_date

WINDOW = 90

FUTURE_WORDS = frozenset("""
will 'll wo shall gonna upcoming coming forthcoming next expected expect expects set slated scheduled
planned plans plan plans aims aiming hopes hoping likely tipped poised due premieres premiere arrives
arrive returns return debuts debut launches launch drops drop hits lands airs releases begins starts
opens streams until await awaits awaiting would could might may should tomorrow tentatively
""".split())
PAST_WORDS = frozenset("""
was were had did been ago last previously yesterday earlier premiered aired debuted released launched
announced renewed confirmed revealed said told began started ended finished wrapped dropped arrived
returned cancelled canceled canceled happened occurred took came went made died since reported
unveiled shared posted teased broke hit ran saw
""".split())
# words ending in -ed that announce the future rather than the past
FUTURE_ED = frozenset({"expected", "scheduled", "slated", "planned", "rumored", "rumoured", "tipped",
                       "anticipated", "predicted", "projected", "tentatively", "speculated"})
_WORD = re.compile(r"[A-Za-z']+")
_STOP = re.compile(r"[.!?;\n]\s")


def _classify(word: str) -> str | None:
    w = word.lower()
    if w in FUTURE_WORDS or w in FUTURE_ED:
        return "future"
    if w in PAST_WORDS:
        return "past"
    if len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        return "past"
    if w.endswith("n't"):
        base = w[:-3]
        if base in {"wo", "will"}:
            return "future"
        if base in {"was", "were", "did", "had", "has", "have"}:
            return "past"
    return None


def tense_at(ctx: Context, start: int, end: int | None = None) -> str | None:
    """'past', 'future' or None for the expression starting at ``start``."""
    if start in ctx.tense_cache:
        return ctx.tense_cache[start]
    text = ctx.text
    window = text[max(0, start - WINDOW):start]
    cut = None
    for cut in _STOP.finditer(window):
        pass
    if cut is not None:
        window = window[cut.end():]
    result = None
    for word in reversed(_WORD.findall(window)):
        result = _classify(word)
        if result:
            break
    if result is None and end is not None:
        after = text[end:end + 60]
        stop = _STOP.search(after)
        if stop:
            after = after[:stop.start()]
        for word in _WORD.findall(after):
            result = _classify(word)
            if result:
                break
    ctx.tense_cache[start] = result
    return result


def resolve_month_day(anchor: date, month: int, day: int, tense: str | None) -> date | None:
    """The year of a year-less day: by tense, else the nearest one to the anchor."""
    candidates = [safe_date(anchor.year + k, month, day) for k in (-1, 0, 1)]
    this = candidates[1]
    if this is None:  # 29 February
        leap = [c for c in candidates if c is not None]
        return min(leap, key=lambda c: abs((c - anchor).days)) if leap else None
    if tense == "past" and this > anchor:
        return candidates[0]
    if tense == "future" and this < anchor:
        return candidates[2]
    if tense is None:
        delta = (this - anchor).days
        if delta > 200:
            return candidates[0]
        if delta < -250:
            return candidates[2]
    return this


def resolve_month(anchor: date, month: int, tense: str | None) -> int:
    """The year of a year-less month."""
    if tense == "past" and month > anchor.month:
        return anchor.year - 1
    if tense == "future" and month < anchor.month:
        return anchor.year + 1
    if tense is None:
        delta = month - anchor.month
        if delta > 6:
            return anchor.year - 1
        if delta < -8:
            return anchor.year + 1
    return anchor.year


def resolve_weekday(anchor: date, weekday: int, tense: str | None, which: str | None = None) -> date:
    """A weekday: the most recent one (news default), or the next one in the future tense.

    ``which`` is 'last', 'next' or 'this' when the text says so.
    """
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7
    if which == "last":
        return anchor - timedelta(days=back or 7)
    if which == "next":
        return anchor + timedelta(days=forward or 7)
    if which in ("this", "coming"):
        return anchor + timedelta(days=forward)
    if tense == "future":
        return anchor + timedelta(days=forward)
    return anchor - timedelta(days=back)
