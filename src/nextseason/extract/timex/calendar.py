"""Calendar arithmetic and the INTERVAL conventions of spec/claims.md, with human labels.

Every function is pure: it takes years, months, days and returns an ``Interval`` whose
precision and label keep the coarseness of the expression ("early 2027", never 1 Jan 2027).
The most used ones keep their recent results (an ``Interval`` is frozen, so sharing one is safe).
"""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta
from functools import lru_cache

from ...models import Interval
from .lexicon import MONTH_NAMES, SEASON_NAMES


@lru_cache(maxsize=4096)
def last_day(year: int, month: int) -> int:
    return _cal.monthrange(year, month)[1]


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, last_day(year, month)))


def safe_date(year: int, month: int, day: int) -> date | None:
    if not 1 <= month <= 12 or not 1 <= day <= last_day(max(1, min(year, 9999)), month):
        return None
    if not 1 <= year <= 9999:
        return None
    return date(year, month, day)


@lru_cache(maxsize=4096)
def day_interval(day: date) -> Interval:
    return Interval(day, day, "day", day.strftime("%-d %B %Y"))


@lru_cache(maxsize=4096)
def year_interval(year: int) -> Interval:
    return Interval(date(year, 1, 1), date(year, 12, 31), "year", str(year))


@lru_cache(maxsize=4096)
def month_interval(year: int, month: int) -> Interval:
    return Interval(date(year, month, 1), date(year, month, last_day(year, month)), "month",
                    f"{MONTH_NAMES[month]} {year}")


@lru_cache(maxsize=4096)
def year_part(year: int, part: str) -> Interval:
    """early = Jan-Apr, mid = May-Aug, late = Sep-Dec; 'final' (days) = 21-31 December."""
    if part == "early":
        return Interval(date(year, 1, 1), date(year, 4, 30), "part", f"early {year}")
    if part == "mid":
        return Interval(date(year, 5, 1), date(year, 8, 31), "part", f"mid-{year}")
    if part == "final":
        return Interval(date(year, 12, 21), date(year, 12, 31), "third", f"the final days of {year}")
    return Interval(date(year, 9, 1), date(year, 12, 31), "part", f"late {year}")


@lru_cache(maxsize=4096)
def month_part(year: int, month: int, part: str) -> Interval:
    """early / mid / late month = days 1-10 / 11-20 / 21-end."""
    name = f"{MONTH_NAMES[month]} {year}"
    if part == "early":
        return Interval(date(year, month, 1), date(year, month, 10), "third", f"early {name}")
    if part == "mid":
        return Interval(date(year, month, 11), date(year, month, 20), "third", f"mid-{name}")
    return Interval(date(year, month, 21), date(year, month, last_day(year, month)), "third", f"late {name}")


def season_interval(year: int, code: str, part: str | None = None) -> Interval:
    """spring Mar-May, summer Jun-Aug, fall Sep-Nov, winter Y = Dec Y-1 .. Feb Y."""
    first = {"SP": (year, 3), "SU": (year, 6), "FA": (year, 9), "WI": (year - 1, 12)}[code]
    label = f"{SEASON_NAMES[code]} {year}"
    if part is not None:
        offset = {"early": 0, "mid": 1, "late": 2}[part]
        start = add_months(date(first[0], first[1], 1), offset)
        word = "mid-" if part == "mid" else f"{part} "
        return Interval(start, date(start.year, start.month, last_day(start.year, start.month)), "month",
                        f"{word}{label}")
    start = date(first[0], first[1], 1)
    end_month = add_months(start, 2)
    return Interval(start, date(end_month.year, end_month.month, last_day(end_month.year, end_month.month)),
                    "season", label)


@lru_cache(maxsize=4096)
def quarter_interval(year: int, quarter: int) -> Interval:
    start = date(year, 3 * quarter - 2, 1)
    end_month = 3 * quarter
    return Interval(start, date(year, end_month, last_day(year, end_month)), "quarter", f"Q{quarter} {year}")


@lru_cache(maxsize=4096)
def half_interval(year: int, half: int) -> Interval:
    if half == 1:
        return Interval(date(year, 1, 1), date(year, 6, 30), "half", f"first half of {year}")
    return Interval(date(year, 7, 1), date(year, 12, 31), "half", f"second half of {year}")


def week_interval(day: date) -> Interval:
    """The Monday-Sunday week containing the day."""
    monday = day - timedelta(days=day.weekday())
    return Interval(monday, monday + timedelta(days=6), "week", f"week of {monday.strftime('%-d %B %Y')}")


def decade_interval(start_year: int) -> Interval:
    return Interval(date(start_year, 1, 1), date(start_year + 9, 12, 31), "range", f"the {start_year}s")


def join(first: Interval, second: Interval) -> Interval:
    """A range from the start of the first to the end of the second ("middle to late 2024")."""
    start = first.start if second.start is None or (first.start and first.start <= second.start) else second.start
    end = second.end if first.end is None or (second.end and second.end >= first.end) else first.end
    if first.start is None or second.start is None:
        start = None
    if first.end is None or second.end is None:
        end = None
    label = f"{first.display()} to {second.display()}"
    if first.label and second.label:
        a, b = first.label.split(), second.label.split()
        if len(a) == 2 and len(b) == 2 and a[1] == b[1]:
            label = f"{a[0]} to {b[0]} {a[1]}"
        elif first.precision == "part" and second.precision == "part" and a[-1] == b[-1]:
            label = f"{' '.join(a[:-1]) if len(a) > 1 else a[0]} to {second.label}"
        else:
            label = f"{first.label} to {second.label}"
    return Interval(start, end, "range", label)


def either(first: Interval, second: Interval) -> Interval:
    """'end of 2023 or beginning of 2024': the span covering both."""
    joined = join(first, second)
    return Interval(joined.start, joined.end, "range", f"{first.display()} or {second.display()}")


def by_end(anchor: date | None, target: Interval) -> Interval:
    """'by the end of 2023' / 'by 2024': D .. end of the target."""
    start = anchor if anchor is not None and target.end is not None and anchor <= target.end else None
    return Interval(start, target.end, "open" if start is None else "range", f"by {target.display()}")


def before(anchor: date | None, target: Interval) -> Interval:
    """'before 2024': D .. the day before the target starts."""
    end = target.start - timedelta(days=1) if target.start else None
    start = anchor if anchor is not None and end is not None and anchor <= end else None
    return Interval(start, end, "open" if start is None else "range", f"before {target.display()}")


def from_on(target: Interval, label: str | None = None) -> Interval:
    """'2025 at the earliest', 'not before 2025', 'not until 2026': start of X .. open."""
    return Interval(target.start, None, "open", label or f"{target.display()} or later")


def after(target: Interval) -> Interval:
    start = target.end + timedelta(days=1) if target.end else None
    return Interval(start, None, "open", f"after {target.display()}")


def until(anchor: date | None, target: Interval) -> Interval:
    start = anchor if anchor is not None and target.end is not None and anchor <= target.end else None
    return Interval(start, target.end, "open" if start is None else "range", f"until {target.display()}")


def since(anchor: date | None, target: Interval) -> Interval:
    end = anchor if anchor is not None and target.start is not None and anchor >= target.start else None
    return Interval(target.start, end, "open" if end is None else "range", f"since {target.display()}")


def span(start: date, end: date, label: str, precision: str = "range") -> Interval:
    if end < start:
        start, end = end, start
    return Interval(start, end, precision, label)
