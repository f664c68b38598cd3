"""Rules for expressions resolved against the anchor (the article's date): "today", "this year",
"next summer", "two months ago", "later this year", "early next year", "the past two weeks",
holidays, and the vague references TimeML writes as PRESENT_REF / PAST_REF / FUTURE_REF.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ...models import Interval
from . import calendar as cal
from .anchoring import resolve_month_day, tense_at
from .base import Context, Hit, Rule, compile_rule
from .durations import in_years
from .lexicon import NUMBER, PART, UNIT, VAGUE, YEAR, number_value, part_of, unit_of, year_of

MOD = {"early": "START", "mid": "MID", "late": "END", "final": "END"}
SHIFT = {"this": 0, "current": 0, "present": 0, "last": -1, "past": -1, "previous": -1, "prior": -1,
         "next": 1, "coming": 1, "upcoming": 1, "following": 1}


def _h(m: re.Match[str], type_: str, value: str, interval: Interval | None = None, mod: str | None = None,
       rule: str = "", grain: str = "", relative: bool = True) -> Hit:
    return Hit(m.start(), m.end(), type_, value, mod, interval, relative, rule, grain=grain)


def week_value(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def unit_shift(anchor: date, grain: str, n: int) -> tuple[str, Interval]:
    """The calendar unit ``n`` units away from the anchor, as a TIMEX value and an interval."""
    if grain == "day":
        d = anchor + timedelta(days=n)
        return d.isoformat(), cal.day_interval(d)
    if grain == "week":
        d = anchor + timedelta(weeks=n)
        return week_value(d), cal.week_interval(d)
    if grain == "month":
        d = cal.add_months(anchor, n)
        return f"{d.year:04d}-{d.month:02d}", cal.month_interval(d.year, d.month)
    if grain == "quarter":
        d = cal.add_months(anchor, 3 * n)
        q = (d.month - 1) // 3 + 1
        return f"{d.year:04d}-Q{q}", cal.quarter_interval(d.year, q)
    if grain == "decade":
        start = (anchor.year // 10 + n) * 10
        return f"{start // 10:03d}X", cal.decade_interval(start)
    if grain == "century":
        c = anchor.year // 100 + n
        return f"{c:02d}", Interval(date(c * 100, 1, 1), date(c * 100 + 99, 12, 31), "range", f"the {c + 1}th century")
    y = anchor.year + n
    return f"{y:04d}", cal.year_interval(y)


# ----------------------------------------------------------------- day words


def build_day_word(m: re.Match[str], ctx: Context) -> Hit | None:
    word = m.group("w").lower()
    if ctx.anchor is None:
        return None
    shift = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[word]
    d = ctx.anchor + timedelta(days=shift)
    if word == "tonight":
        return _h(m, "TIME", d.isoformat() + "TNI", cal.day_interval(d), rule="day_word", grain="day")
    return _h(m, "DATE", d.isoformat(), cal.day_interval(d), rule="day_word", grain="day")


REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "current": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    "recent years": "PAST_REF", "recent months": "PAST_REF",
    "recent weeks": "PAST_REF", "recent days": "PAST_REF", "the near term": "FUTURE_REF",
}


_NOT_TIME_AFTER_CURRENT = re.compile(r"\s+(?:affairs|events|account|accounts|assets|liabilities)")


def build_ref(m: re.Match[str], ctx: Context) -> Hit | None:
    word = " ".join(m.group("w").lower().split())
    value = REFS[word]
    after = ctx.text[m.end():m.end() + 12].lower()
    if word.startswith("recent "):
        letter, _, _ = unit_of(word.split()[1])
        return _h(m, "DURATION", f"PX{letter}", None, rule="ref", grain="duration", relative=False)
    if word == "current" and _NOT_TIME_AFTER_CURRENT.match(after):
        return None
    interval = None
    if value == "PRESENT_REF" and ctx.anchor is not None:
        interval = cal.day_interval(ctx.anchor)
    return _h(m, "DATE", value, interval, rule="ref", grain="ref")


# ----------------------------------------------------------------- this / last / next UNIT


def build_shift_unit(m: re.Match[str], ctx: Context) -> Hit | None:
    which = m.group("which").lower()
    unit = m.group("unit").lower()
    if ctx.anchor is None:
        return None
    shift = SHIFT[which]
    if unit == "weekend":
        base = ctx.anchor + timedelta(weeks=shift)
        saturday = base - timedelta(days=base.weekday()) + timedelta(days=5)
        return _h(m, "DATE", week_value(base) + "-WE",
                  Interval(saturday, saturday + timedelta(days=1), "week", f"the weekend of {saturday:%-d %B %Y}"),
                  rule="shift_unit", grain="week")
    grain = unit_of(unit)[2]
    value, interval = unit_shift(ctx.anchor, grain, shift)
    return _h(m, "DATE", value, interval, rule="shift_unit", grain=grain)


def build_part_of_relative(m: re.Match[str], ctx: Context) -> Hit | None:
    """'later this year', 'earlier this month', 'early next year', 'the end of the year'."""
    if ctx.anchor is None:
        return None
    anchor = ctx.anchor
    part_word = " ".join(m.group("part").lower().split())
    which = (m.group("which") or "this").lower()
    if which in ("the", "that"):
        which = "this"
    unit = m.group("unit").lower()
    shift = SHIFT.get(which, 0)
    if unit == "year":
        year = anchor.year + shift
        value = f"{year:04d}"
        if part_word == "later" and shift == 0:
            return _h(m, "DATE", value, cal.span(anchor, date(year, 12, 31), f"later in {year}"), "END",
                      "part_rel", "year")
        if part_word == "earlier" and shift == 0:
            return _h(m, "DATE", value, cal.span(date(year, 1, 1), anchor, f"earlier in {year}"), "START",
                      "part_rel", "year")
        part = part_of(part_word)
        return _h(m, "DATE", value, cal.year_part(year, part), MOD[part], "part_rel", "year")
    if unit == "month":
        d = cal.add_months(anchor, shift)
        value = f"{d.year:04d}-{d.month:02d}"
        end = date(d.year, d.month, cal.last_day(d.year, d.month))
        if part_word == "later" and shift == 0:
            return _h(m, "DATE", value, cal.span(anchor, end, f"later in {d:%B %Y}"), "END", "part_rel", "month")
        if part_word == "earlier" and shift == 0:
            return _h(m, "DATE", value, cal.span(date(d.year, d.month, 1), anchor, f"earlier in {d:%B %Y}"),
                      "START", "part_rel", "month")
        part = part_of(part_word)
        part = "late" if part == "final" else part
        return _h(m, "DATE", value, cal.month_part(d.year, d.month, part), MOD[part], "part_rel", "month")
    d = anchor + timedelta(weeks=shift)
    return _h(m, "DATE", week_value(d), cal.week_interval(d), MOD.get(part_of(part_word)), "part_rel", "week")


def build_ago(m: re.Match[str], ctx: Context) -> Hit | None:
    """'two months ago', 'a year earlier', 'three weeks from now'."""
    n = number_value(m.group("n")) if m.group("n") else 1
    grain = unit_of(m.group("unit"))[2]
    direction = m.group("dir").lower()
    sign = 1 if direction in ("later", "from now", "hence", "after", "afterward", "afterwards") else -1
    if grain in ("second", "minute", "hour"):
        return None
    if n is None or ctx.anchor is None:
        word = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return _h(m, "DATE", word, None, rule="ago", grain="ref")
    if grain == "decade":
        grain, n = "year", n * 10
    if grain == "century":
        grain, n = "year", n * 100
    value, interval = unit_shift(ctx.anchor, grain, sign * n)
    return _h(m, "DATE", value, interval, rule="ago", grain=grain)


def build_window(m: re.Match[str], ctx: Context) -> Hit | None:
    """'the past two weeks', 'the next few months', 'within the next couple of months': a duration
    with the interval it covers from the anchor."""
    which = m.group("which").lower()
    n_word = m.group("n")
    if not m.group("the") and not n_word and not m.group("unit").endswith("s"):
        return None  # "next year" is a date, not a window
    plural = m.group("unit").endswith(("s", "ia"))
    n = number_value(n_word) if n_word else (None if plural else 1)
    letter, is_time, grain = unit_of(m.group("unit"))
    count = "X" if n is None else str(n)
    value = ("PT" if is_time else "P") + in_years(count, letter)
    interval = None
    if ctx.anchor is not None and n is not None and not is_time and which != "first":
        forward = which in ("next", "coming", "following", "upcoming")
        months = {"month": n, "quarter": 3 * n, "year": 12 * n, "decade": 120 * n, "century": 1200 * n}.get(grain)
        if months is not None:
            other = cal.add_months(ctx.anchor, months if forward else -months)
        else:
            days = {"day": n, "week": 7 * n}.get(grain, n)
            other = ctx.anchor + timedelta(days=days if forward else -days)
        text = " ".join(ctx.text[m.start():m.end()].split())
        interval = cal.span(ctx.anchor, other, text)
        if m.group("year") and interval.start and interval.end:
            year = year_of(m.group("year"))
            first, last = max(interval.start, date(year, 1, 1)), min(interval.end, date(year, 12, 31))
            if first > last:
                first, last = (date(year, 1, 1), date(year, 12, 31))
            interval = cal.span(first, last, text)
    hit = _h(m, "DURATION", value, interval, rule="window", grain="duration")
    if m.group("year"):  # TimeML tags "the first nine months" and "1997" apart
        year = year_of(m.group("year"))
        pieces = (Hit(m.start(), m.end("unit"), "DURATION", value, rule="window"),
                  Hit(m.start("year"), m.end("year"), "DATE", f"{year:04d}", None, cal.year_interval(year), False,
                      "year", grain="year"))
        from dataclasses import replace

        hit = replace(hit, parts=pieces)
    return hit


def build_ahead(m: re.Match[str], ctx: Context) -> Hit | None:
    n = number_value(m.group("n")) if m.group("n") else None
    letter, is_time, _ = unit_of(m.group("unit"))
    value = ("PT" if is_time else "P") + ("X" if n is None else str(n)) + letter
    return _h(m, "DURATION", value, None, rule="ahead", grain="duration", relative=False)


# ----------------------------------------------------------------- holidays

HOLIDAYS = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "xmas": (12, 25),
    "new year's eve": (12, 31), "new year's day": (1, 1), "new years eve": (12, 31),
    "new years day": (1, 1), "halloween": (10, 31), "valentine's day": (2, 14),
    "independence day": (7, 4), "the fourth of july": (7, 4), "fourth of july": (7, 4),
    "boxing day": (12, 26),
}


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    if nth > 0:
        return first + timedelta(days=offset + 7 * (nth - 1))
    last = date(year, month, cal.last_day(year, month))
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def holiday_date(name: str, year: int) -> date | None:
    name = name.replace("\u2019", "'")
    if name in HOLIDAYS:
        month, day = HOLIDAYS[name]
        return date(year, month, day)
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if name == "labor day":
        return _nth_weekday(year, 9, 0, 1)
    if name == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    if name == "election day":
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    return None


def build_holiday(m: re.Match[str], ctx: Context) -> Hit | None:
    name = " ".join(m.group("name").lower().split())
    if m.group("year"):
        year = year_of(m.group("year"))
    elif ctx.anchor is not None:
        guess = holiday_date(name, ctx.anchor.year)
        if guess is None:
            return None
        d0 = resolve_month_day(ctx.anchor, guess.month, guess.day, tense_at(ctx, m.start(), m.end()))
        year = d0.year if d0 else ctx.anchor.year
    else:
        return None
    d = holiday_date(name, year)
    if d is None:
        return None
    return _h(m, "DATE", d.isoformat(), cal.day_interval(d), rule="holiday", grain="day",
              relative=not m.group("year"))


def build_the_weekend(m: re.Match[str], ctx: Context) -> Hit | None:
    if ctx.anchor is None:
        return None
    anchor = ctx.anchor
    saturday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=5)
    if tense_at(ctx, m.start(), m.end()) != "future" and saturday > anchor:
        saturday -= timedelta(weeks=1)
    return _h(m, "DATE", week_value(saturday) + "-WE",
              Interval(saturday, saturday + timedelta(days=1), "week", f"the weekend of {saturday:%-d %B %Y}"),
              rule="weekend", grain="week")


def rules() -> list[Rule]:
    which = r"(?P<which>this|last|next|past|previous|coming|upcoming|current|following|present)"
    unit1 = r"(?P<unit>week|weekend|month|year|quarter|decade|century)"
    holiday_names = ("christmas\\s+eve|christmas\\s+day|christmas|xmas|new\\s+year['\u2019]?s\\s+(?:eve|day)"
                     "|halloween|valentine['\u2019]?s\\s+day|independence\\s+day|(?:the\\s+)?fourth\\s+of\\s+july"
                     "|boxing\\s+day|thanksgiving(?:\\s+day)?|labor\\s+day|memorial\\s+day|election\\s+day")
    refs = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in REFS), key=len, reverse=True))
    return [
        compile_rule("day_word", r"\b(?:(?:late|early)\s+)?(?P<w>today|yesterday|tomorrow|tonight)\b", build_day_word, 1),
        compile_rule("ref", rf"\b(?P<w>{refs})\b", build_ref, 0),
        compile_rule("shift_unit", rf"\b{which}\s+{unit1}\b", build_shift_unit, 2),
        compile_rule("part_rel",
                     rf"\b(?P<part>{PART}|later|earlier)[\s-]+(?:on\s+)?(?:in\s+)?(?:(?P<which>this|next|last|the)\s+|(?<=of\s))"
                     r"(?P<unit>year|month|week)\b",
                     build_part_of_relative, 3),
        compile_rule("ago",
                     rf"\b(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|less\s+than|just|only)\s+)?"
                     rf"(?:(?P<n>{NUMBER}|{VAGUE})[\s-]+)?{UNIT_GROUP}\s+"
                     r"(?P<dir>ago|earlier|later|from\s+now|hence)\b",
                     build_ago, 2),
        compile_rule("window",
                     r"\b(?P<the>the\s+)?"
                     r"(?P<which>past|last|next|previous|coming|following|upcoming|prior|first)\s+"
                     rf"(?:(?P<n>{NUMBER}|{VAGUE})[\s-]+)?{UNIT_GROUP}\b(?:\s+of\s+(?P<year>{YEAR})\b)?",
                     build_window, 2),
        compile_rule("ahead", rf"\bthe\s+(?:(?P<n>{NUMBER}|{VAGUE})\s+)?{UNIT_GROUP}\s+ahead\b", build_ahead, 2),
        compile_rule("weekend", r"\bthe\s+weekend\b", build_the_weekend, 1),
        compile_rule("holiday", rf"\b(?P<name>{holiday_names})(?:\s+(?P<year>{YEAR}))?\b", build_holiday, 1),
    ]


UNIT_GROUP = f"(?P<unit>{UNIT})"
