"""Temporal expressions of an article, found once per document and handed out per sentence.

A thin adapter over the temporal engine (``extract.timex``): it keeps only expressions that
carry a time window (DATE/TIME with an interval), and marks the ones that pin an "as of"
("as of March 2023", "in a March 2023 interview") rather than the claimed time.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..models import Interval
from . import fastre as fre

if TYPE_CHECKING:
    from .timex.finder import TimexFields

log = logging.getLogger(__name__)

_AS_OF_BEFORE = re.compile(r"(?:\bas\s+of|\bas\s+at|\bsince\s+at\s+least)\s*$", re.IGNORECASE)
_AS_OF_AFTER = re.compile(r"^\s*(?:interview|statement|report|update|post|tweet|episode\s+of|podcast|panel|appearance)\b",
                          re.IGNORECASE)


def _may_be_as_of(before: str) -> bool:
    """False only where ``_AS_OF_BEFORE`` cannot match: every match holds "as" ("as of", "as at",
    "since at least"), and an ASCII text without it in any case has none (outside ASCII, letters
    such as the long s match ASCII ones when case is ignored, so the pattern itself decides)."""
    return "as" in before.lower() or not before.isascii()


# not a window of its own: the present, or an anaphor whose referent the engine cannot know
_PRESENT = re.compile(r"(?:that|the\s+same)\s+(?:day|week|month|year|time)|(?:right\s+)?now|currently|presently|"
                      r"at\s+the\s+moment|tonight|these\s+days", re.IGNORECASE)
_YEARLESS = re.compile(r"[A-Za-z]")
_RELATIVE_YEAR = re.compile(r"(?:this|next|last)\s+year", re.IGNORECASE)


@dataclass(frozen=True, slots=True, init=False)
class TimePoint:
    start: int  # document offsets
    end: int
    text: str
    interval: Interval
    as_of: bool  # pins when a state held, not the claimed time
    relative: bool

    def __init__(self, start: int, end: int, text: str, interval: Interval, as_of: bool, relative: bool) -> None:
        # the frozen dataclass's fields written through the slots' own setters (its generated
        # __init__ looks each slot up by name again); tests/test_timex_times_shortcuts.py keeps them alike
        s = _POINT_SETTERS
        s[0](self, start)
        s[1](self, end)
        s[2](self, text)
        s[3](self, interval)
        s[4](self, as_of)
        s[5](self, relative)


_POINT_SETTERS = tuple(TimePoint.__dict__[f.name].__set__ for f in fields(TimePoint))


def _engine() -> Callable[[str, date | None], list[TimexFields]] | None:
    """The engine's ``timex_fields`` (``find_timexes`` as tuples of the fields read here)."""
    global _ENGINE
    if _ENGINE is _UNKNOWN:  # looked up once: an import statement per document costs a lookup each time
        try:
            from .timex.finder import timex_fields
        except ImportError:  # the temporal engine is not installed in this checkout
            log.warning("temporal engine unavailable: no times are extracted")
            _ENGINE = None
        else:
            _ENGINE = timex_fields
    return _ENGINE  # type: ignore[return-value]


_UNKNOWN = object()
_ENGINE: object = _UNKNOWN


def document_times(text: str, anchor: date | None) -> list[TimePoint]:
    """Every time window in the text, in order."""
    find = _engine()
    if find is None:
        return []
    try:
        found = find(text, anchor)
    except Exception:
        log.exception("temporal engine failed on a document")
        return []
    points = []
    for start, end, written, kind, interval, relative in found:
        if interval is None or (interval.start is None and interval.end is None):
            continue
        if kind not in ("DATE", "DURATION") or _PRESENT.fullmatch(written.strip()):
            continue  # a duration counts only when the engine gave it a window ("the next two months")
        before = text[max(0, start - 20):start]
        after = text[end:end + 25]
        as_of = bool(_may_be_as_of(before) and _AS_OF_BEFORE.search(before) or _AS_OF_AFTER.match(after))
        points.append(TimePoint(start, end, written, interval, as_of, relative))
    points.sort(key=lambda p: p.start)
    return _forward_future(_merge_year(points, text), text, anchor)


# a verb phrase that puts the month or day right after it in the future ("will premiere in", "coming in")
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|['’]ll|is\s+coming|are\s+coming|coming|set\s+to|slated\s+to|scheduled\s+to|due\s+to|expected\s+to)"
    r"(?:\s+[\w/+-]+){0,5}?\s+(?:in|on|this|by)\s+$", re.IGNORECASE)


def _forward_future(points: list[TimePoint], text: str, anchor: date | None) -> list[TimePoint]:
    """"will premiere in June" written in March: the coming June, even when an earlier past
    date of the article led the engine to read the bare month in that earlier year."""
    if anchor is None:
        return points
    result = []
    for point in points:
        interval = point.interval
        if (interval.precision in ("day", "month") and interval.start is not None and interval.end is not None
                and interval.end < anchor and _MONTH_NAME.search(point.text) and not _WRITTEN_YEAR.search(point.text)
                and _FUTURE_BEFORE.search(text, max(0, point.start - 60), point.start)):
            try:
                moved = Interval(interval.start.replace(year=interval.start.year + 1),
                                 interval.end.replace(year=interval.end.year + 1), interval.precision, interval.label)
            except ValueError:
                moved = interval
            if moved.end is not None and moved.end >= anchor and moved.start is not None \
                    and moved.start <= anchor + timedelta(days=366):
                point = TimePoint(point.start, point.end, point.text, moved, point.as_of, point.relative)
        result.append(point)
    return result


def _merge_year(points: list[TimePoint], text: str) -> list[TimePoint]:
    """"June 27 this year": a day or month without a year takes the year written after it."""
    result: list[TimePoint] = []
    skip = False
    for index, point in enumerate(points):
        if skip:
            skip = False
            continue
        following = points[index + 1] if index + 1 < len(points) else None
        if (following is not None and _RELATIVE_YEAR.fullmatch(following.text.strip())  # (the rare test first)
                and _YEARLESS.search(point.text) and not fre.search(r"\d{4}", point.text)
                and fre.fullmatch(r"[\s,]*", text[point.end:following.start])
                and point.interval.start and point.interval.end and following.interval.start):
            year = following.interval.start.year
            try:
                interval = Interval(point.interval.start.replace(year=year), point.interval.end.replace(year=year),
                                    point.interval.precision, point.interval.label)
            except ValueError:
                interval = point.interval
            result.append(TimePoint(point.start, following.end, text[point.start:following.end], interval,
                                    point.as_of, True))
            skip = True
            continue
        result.append(point)
    return result


_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE)
_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d{2}\b|'\d{2}\b|\byear\b", re.IGNORECASE)


_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+$|['’]s\s+$", re.IGNORECASE)


def reyear_bare_dates(points: list[TimePoint], anchor: date | None = None,
                      latest: date | None = None, text: str = "") -> list[TimePoint]:
    """In an article whose date is uncertain, "November 26" (a month or day without a year)
    takes the year of the nearest time that writes its year out, not the guessed anchor's.

    A day read as past ("was released on Dec 1") keeps its year when the written year would
    put it after ``latest``, the last day the article can have been written. A year that only
    describes a work ("the 2017 Spanish hit") is no reference."""
    explicit = [(p.start, p.interval.start.year) for p in points
                if not p.relative and p.interval.start is not None and fre.search(r"\b(?:19|20)\d{2}\b", p.text)
                and not (fre.fullmatch(r"(?:19|20)\d{2}", p.text.strip())
                         and _ATTRIBUTIVE.search(text, max(0, p.start - 6), p.start))]
    if not explicit:
        return points
    result = []
    for point in points:
        interval = point.interval
        if (interval.precision in ("day", "month") and interval.start is not None and interval.end is not None
                and interval.start.year == interval.end.year and _MONTH_NAME.search(point.text)
                and not _WRITTEN_YEAR.search(point.text)):
            year = min(explicit, key=lambda e: abs(e[0] - point.start))[1]
            impossible = (anchor is not None and latest is not None and interval.end <= anchor
                          and year > interval.start.year and interval.start.year + 1 == year
                          and interval.start.replace(year=year, day=1) > latest)
            if year != interval.start.year and not impossible:
                try:
                    interval = Interval(interval.start.replace(year=year), interval.end.replace(year=year),
                                        interval.precision, interval.label)
                except ValueError:
                    pass
                point = TimePoint(point.start, point.end, point.text, interval, point.as_of, point.relative)
        result.append(point)
    return result


def within(points: list[TimePoint], start: int, end: int) -> list[TimePoint]:
    """The points inside [start, end) (``points`` sorted by start)."""
    starts = [p.start for p in points]
    index = bisect.bisect_left(starts, start)
    result = []
    while index < len(points) and points[index].start < end:
        if points[index].end <= end:
            result.append(points[index])
        index += 1
    return result


_FUTURE_CUE = re.compile(
    r"\b(?:will|set\s+to|slated|scheduled|expected|coming|arriv\w+|premieres|to\s+premiere|to\s+release|upcoming|"
    r"until|by|before|could|might|(?-i:may)|should|likely|planned|plans?|due|next)\b[^.]{0,40}$",
    re.IGNORECASE)


def latest_anchor(text: str, points: list[TimePoint]) -> date | None:
    """For an undated article: it was written before the end of the earliest explicit time it
    still awaits ("will be released in the summer of 2024")."""
    best: date | None = None
    for point in points:
        interval = point.interval
        if point.relative or interval.end is None or interval.precision == "year":
            continue
        if not fre.search(r"\b(?:19|20)\d{2}\b", point.text):
            continue
        if not _AWAITS.search(text[max(0, point.start - 60):point.start]):
            continue
        if best is None or interval.end < best:
            best = interval.end
    return best


_AWAITS = re.compile(r"\b(?:will|set\s+to|slated|scheduled|expected|to\s+premiere|to\s+be\s+released|upcoming|"
                     r"is\s+coming|are\s+coming|arrives|premieres|should)\b[^.]{0,40}$", re.IGNORECASE)


def estimate_anchor(text: str, points: list[TimePoint], not_before: date | None = None) -> date | None:
    """For an undated article: the latest explicitly dated past event it mentions.

    Used only when neither a stated date nor a closed inferred range is known.
    """
    best: date | None = None
    for point in points:
        interval = point.interval
        if point.relative or interval.end is None or interval.start is None:
            continue
        if not fre.search(r"\b(?:19|20)\d{2}\b", point.text) or interval.precision not in ("day", "month"):
            continue
        if _FUTURE_CUE.search(text[max(0, point.start - 60):point.start]):
            continue
        if best is None or interval.end > best:
            best = interval.end
    if best is not None and (best.month, best.day) != (12, 31):  # (the next day would be another year)
        best += timedelta(days=1)  # written after the latest event it tells as past: that event is past
    if best is not None and not_before is not None and best < not_before:
        best = not_before
    return best or not_before
