"""Release windows: labels with their precision, arithmetic on intervals, lapsed predictions.

Windows are ``nextseason.models.Interval`` values. They are shown as a person would say them
("early 2027", "late 2026 to early 2027", "December 2024"), never as a fake day.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

from ..models import Interval

_MONTH_END = {m: calendar.monthrange(2001, m)[1] for m in range(1, 13)}
_PARTS = (  # (start month, end month, words) for labelled parts of a year
    (1, 4, "early {y}"), (5, 8, "mid {y}"), (9, 12, "late {y}"),
    (1, 3, "Q1 {y}"), (4, 6, "Q2 {y}"), (7, 9, "Q3 {y}"), (10, 12, "Q4 {y}"),
    (1, 6, "first half of {y}"), (7, 12, "second half of {y}"),
    (3, 5, "spring {y}"), (6, 8, "summer {y}"), (9, 11, "fall {y}"),
)
_PRECISION = {"early": "third", "mid": "third", "late": "third", "Q1": "quarter", "Q2": "quarter",
              "Q3": "quarter", "Q4": "quarter", "first": "half", "second": "half",
              "spring": "season", "summer": "season", "fall": "season"}


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _is_month_start(day: date) -> bool:
    return day.day == 1


def _is_month_end(day: date) -> bool:
    return day == month_end(day.year, day.month)


def _span_label(start: date, end: date) -> tuple[str, str] | None:
    """(label, precision) when start..end is exactly a named span, else None."""
    if start == end:
        return f"{start.day} {start.strftime('%B %Y')}", "day"
    if not (_is_month_start(start) and _is_month_end(end)):
        return None
    if start.year == end.year:
        y = start.year
        if start.month == end.month:
            return start.strftime("%B %Y"), "month"
        if start.month == 1 and end.month == 12:
            return str(y), "year"
        for first, last, words in _PARTS:
            if start.month == first and end.month == last:
                text = words.format(y=y)
                return text, _PRECISION[text.split()[0]]
    if (start.month, end.month, end.year - start.year) == (12, 2, 1):
        return f"winter {end.year}", "season"
    return None


def _start_words(day: date) -> str:
    """How the beginning of an open-ended or joined range reads."""
    if day.month == 1 and day.day == 1:
        return str(day.year)
    for first, _last, words in _PARTS[:3]:
        if day.month == first and day.day == 1:
            return words.format(y=day.year)
    if day.day == 1:
        return day.strftime("%B %Y")
    return f"{day.day} {day.strftime('%B %Y')}"


def _end_words(day: date) -> str:
    if day.month == 12 and day.day == 31:
        return str(day.year)
    for _first, last, words in _PARTS[:3]:
        if day.month == last and _is_month_end(day):
            return words.format(y=day.year)
    if _is_month_end(day):
        return day.strftime("%B %Y")
    return f"{day.day} {day.strftime('%B %Y')}"


@lru_cache(maxsize=8192)
def label_of(window: Interval) -> str:
    """A person's reading of a window, keeping its precision ("early 2027")."""
    start, end = window.start, window.end
    if start is None and end is None:
        return "open"
    if start is None:
        return f"by {_end_words(end)}" if end else "open"
    if end is None:
        return f"{_start_words(start)} or later"
    named = _span_label(start, end)
    if named:
        return named[0]
    first, last = _start_words(start), _end_words(end)
    if start.year == end.year and last == str(end.year):
        last = f"late {end.year}" if start.day == 1 and start.month in (1, 5) else f"the end of {end.year}"
        if first.endswith(f" {start.year}") and first.split()[0] in ("early", "mid"):
            return f"{first.split()[0]} to {last}"
    return first if first == last else f"{first} to {last}"


def precision_of(window: Interval) -> str:
    if window.start is None or window.end is None:
        return "open"
    named = _span_label(window.start, window.end)
    return named[1] if named else "range"


@lru_cache(maxsize=16384)
def make(start: date | None, end: date | None) -> Interval:
    """An interval with its precision and label filled in (intervals are frozen: equal ends share one)."""
    bare = Interval(start, end)
    return Interval(start, end, precision_of(bare), label_of(bare))


def intersect(a: Interval, b: Interval) -> Interval | None:
    start = max((d for d in (a.start, b.start) if d), default=None)
    end = min((d for d in (a.end, b.end) if d), default=None)
    if start and end and start > end:
        return None
    return make(start, end)


def subtract(window: Interval, cut: Interval) -> Interval | None:
    """``window`` minus ``cut``, kept as one interval: the larger remaining side (or None)."""
    if not window.overlaps(cut):
        return window
    left = right = None
    if cut.start is not None and (window.start is None or window.start < cut.start):
        left = make(window.start, cut.start - timedelta(days=1))
    if cut.end is not None and (window.end is None or cut.end < window.end):
        right = make(cut.end + timedelta(days=1), window.end)
    if left and right:  # a hole in the middle: keep the later side (premieres slip, rarely advance)
        return right
    return left or right


def clip_from(window: Interval, day: date) -> Interval | None:
    """The part of ``window`` on or after ``day`` (None when it ends before)."""
    if window.end is not None and window.end < day:
        return None
    if window.start is not None and window.start >= day:
        return window
    return make(day, window.end)


def is_lapsed(window: Interval, as_of: date) -> bool:
    return window.end is not None and window.end < as_of


def add_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
