"""Rules for durations ("about 10 months", "a two-year deal"), times of day ("9 p.m. Tuesday",
"Friday morning") and sets ("weekly", "every year"). Quantities that only look like durations
("24 hours of viewing", "12 episodes") are left out.
"""

from __future__ import annotations

import re
from datetime import date

from . import calendar as cal
from .anchoring import resolve_month_day, resolve_weekday, tense_at, weekday_tense
from .base import Context, Hit, Rule, compile_fast, compile_rule, lower_twin, search_between
from .lexicon import (
    DAY_NUM,
    MONTH,
    NUMBER,
    UNIT,
    VAGUE,
    WEEKDAY,
    day_of,
    month_of,
    number_value,
    unit_of,
    weekday_of,
)

APPROX = {"about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
          "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
          "under": "LESS_THAN", "up to": "EQUAL_OR_LESS", "more than": "MORE_THAN", "over": "MORE_THAN",
          "at least": "EQUAL_OR_MORE"}
# what follows a count of hours/days that makes it a quantity rather than a span of time
NOT_TIME_AFTER = re.compile(
    r"\s+(?:of\s+(?:viewing|viewership|watch\s*time|streaming|footage|content|video|"
    r"binge|binging|watching)|(?:were\s+)?(?:viewed|watched|streamed))", re.IGNORECASE)
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
                "midday": "MI"}


_DECIMAL = re.compile(r"\d+\.\d+")
_PUBLICATION_AFTER = re.compile(r"\s+(?:newspaper|paper|magazine|show|series|column|podcast|episode|release)",
                                re.IGNORECASE)
BARE_CUE = compile_fast(r"\b(?:for|over|within|took|take|takes|lasted|spent|spend)\s+$", re.IGNORECASE)
_BARE_CUE_LOWER = lower_twin(BARE_CUE)
AGE = re.compile(r"(?:-old\b|\s+old\b|-olds\b|\s+of\s+age\b)", re.IGNORECASE)


def in_years(count: str, letter: str) -> str:
    """Decades and centuries as TempEval writes them: "two decades" P20Y, "decades" PXY."""
    factor = {"DE": 10, "CE": 100, "ML": 1000}.get(letter)
    if factor is None:
        return count + letter
    if count.isdigit():
        return f"{int(count) * factor}Y"
    return "XY" if letter == "DE" else "XC" if letter == "CE" else "XL"


def build_duration(m: re.Match[str], ctx: Context) -> Hit | None:
    if not m.group("n") and not m.group("unit").lower().endswith(("s", "ies", "ia")):
        return None  # a bare singular unit ("day", "the year") is never a duration (see below)
    if NOT_TIME_AFTER.match(ctx.text, m.end()) or AGE.match(ctx.text, m.end()) or m.group(0).endswith("-old"):
        return None
    n_word = m.group("n")
    unit = m.group("unit")
    letter, is_time, _ = unit_of(unit)
    if unit.startswith("second") and not (n_word and n_word[0].isdigit()):
        return None  # "a second season" is an ordinal, not a second of time
    if unit.startswith("quarter") and (ctx.text[m.start("unit") - 1] == "-" or ctx.text.startswith(" of", m.end())
                                       and (n_word or "").lower() in ("one", "two", "three", "a")):
        return None  # "three-quarters of" is a fraction
    if letter == "WE":
        letter = "WE"
    if n_word:
        if n_word.lower().startswith("half"):
            return None
        n = number_value(n_word)
        if n is None and _DECIMAL.fullmatch(n_word):
            count = n_word
        else:
            count = "X" if n is None else str(n)
    else:
        if not unit.lower().endswith(("s", "ies", "ia")) or not search_between(
                BARE_CUE, _BARE_CUE_LOWER, ctx, max(0, m.start() - 16), m.start()):
            return None  # a bare unit ("day", "the weekend", "years") is rarely a duration
        count = "X"
    value = ("PT" if is_time else "P") + in_years(count, letter)
    lead = (m.group("lead") or "").lower()
    mod = APPROX.get(" ".join(lead.split())) if lead else None
    return Hit(m.start(), m.end(), "DURATION", value, mod, None, False, "duration", grain="duration")


def build_time(m: re.Match[str], ctx: Context) -> Hit | None:
    """'7:15 p.m.', '9 a.m. Tuesday', 'noon Thursday'."""
    if m.group("noon"):
        hour, minute = (24, 0) if m.group("noon").lower() == "midnight" else (12, 0)
    else:
        hour = int(m.group("hh"))
        minute = int(m.group("mm") or 0)
        if hour > 12 or minute > 59:
            return None
        pm = m.group("ampm").lower().startswith("p")
        hour = (hour % 12) + (12 if pm else 0)
    day = _day_of(m, ctx)
    if day is None:
        prefix = "XXXX-XX-XX" if ctx.anchor is None else ctx.anchor.isoformat()
        interval = None  # a clock time alone says nothing about the day
    else:
        prefix, interval = day.isoformat(), cal.day_interval(day)
    return Hit(m.start(), m.end(), "TIME", f"{prefix}T{hour:02d}:{minute:02d}", None, interval, True, "time",
               grain="time")


def _day_of(m: re.Match[str], ctx: Context) -> date | None:
    word = (m.group("wd") or "").lower()
    if ctx.anchor is not None and "md" in m.re.groupindex and m.group("md"):
        return resolve_month_day(ctx.anchor, month_of(m.group("mon")), day_of(m.group("md")),
                                 tense_at(ctx, m.start(), m.end()))
    if not word or ctx.anchor is None:
        return None
    if word in ("today", "tonight"):
        return ctx.anchor
    if word in ("yesterday", "tomorrow"):
        from datetime import timedelta

        return ctx.anchor + timedelta(days=-1 if word == "yesterday" else 1)
    return resolve_weekday(ctx.anchor, weekday_of(word), weekday_tense(ctx, m.start(), m.end()))


def build_day_part(m: re.Match[str], ctx: Context) -> Hit | None:
    """'Friday morning', 'yesterday afternoon', 'this evening', 'late Tuesday night'."""
    part = PARTS_OF_DAY[m.group("pod").lower()]
    word = m.group("wd").lower()
    if ctx.anchor is None:
        return None
    if word == "this":
        day = ctx.anchor
    elif word == "last":
        from datetime import timedelta

        day = ctx.anchor - timedelta(days=1)
    else:
        day = _day_of(m, ctx) or ctx.anchor
    return Hit(m.start(), m.end(), "TIME", f"{day.isoformat()}T{part}", None, cal.day_interval(day), True,
               "day_part", grain="time")


SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
        "nightly": "P1D", "hourly": "PT1H", "quarterly": "P3M", "biweekly": "P2W"}


def build_set(m: re.Match[str], ctx: Context) -> Hit | None:
    if m.group("adv"):
        word = m.group("adv").lower()
        if word in ("weekly", "monthly", "daily", "quarterly") and _PUBLICATION_AFTER.match(
                ctx.text[m.end():m.end() + 14]):
            return None
        return Hit(m.start(), m.end(), "SET", SETS[word], None, None, False, "set", grain="set")
    unit = m.group("unit")
    letter, is_time, _ = unit_of(unit)
    if unit.lower() in ("weekend",):
        letter = "WE"
    n = number_value(m.group("n")) if m.group("n") else 1
    value = ("PT" if is_time else "P") + str(n or 1) + letter
    return Hit(m.start(), m.end(), "SET", value, None, None, False, "set", grain="set")


def rules() -> list[Rule]:
    lead = (r"(?:(?P<lead>about|around|roughly|approximately|some|nearly|almost|less\s+than|under|up\s+to|"
            r"more\s+than|over|at\s+least)\s+)?")
    unit = f"(?P<unit>{UNIT})"
    day_word = (rf"(?:(?P<wd>{WEEKDAY}|today|tonight|yesterday|tomorrow)"
                rf"|(?P<mon>{MONTH})\s*(?P<md>{DAY_NUM})(?!\d))")
    return [
        compile_rule("duration",
                     rf"\b{lead}(?:the\s+|an?\s+(?=(?:few|couple|dozen|handful|number)\b))?"
                     rf"(?:(?:{NUMBER}\s*(?:to|or|-|\u2013)\s*)?(?P<n>{NUMBER}|{VAGUE}|\d+\.\d+)[\s-]+)?(?:more\s+|full\s+|long\s+|straight\s+|additional\s+|trading\s+|business\s+|working\s+)?"
                     rf"{unit}(?:-long|-old)?\b",
                     build_duration, 0),
        compile_rule("time",
                     r"\b(?:(?:about|around|approximately|shortly\s+(?:before|after))\s+)?"
                     r"(?:(?P<hh>[01]?\d)(?::(?P<mm>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\.?)(?!\w)|(?P<noon>noon|midnight|midday))"
                     r"(?:\s+(?:[ecmp][sd]?t|et|pt|gmt|utc|local\s+time)\b)?"
                     rf"(?:,?\s+(?:on\s+)?{day_word})?",
                     build_time, 2),
        compile_rule("day_part",
                     rf"\b(?:(?:early|late)\s+)?(?P<wd>{WEEKDAY}|this|yesterday|tomorrow|last(?=\s+night))\s+"
                     r"(?P<pod>morning|afternoon|evening|night|overnight)\b",
                     build_day_part, 3),
        compile_rule("set",
                     r"\b(?:(?P<adv>daily|weekly|monthly|yearly|nightly|hourly|biweekly)"
                     rf"|(?:every|each)\s+(?P<swd>{WEEKDAY})|(?:every|each|per)\s+(?:(?P<n>{NUMBER})\s+)?(?P<unit>day|week|weekend|month|year|"
                     r"hour|minute|morning|night|quarter|days|weeks|months|years|hours|quarters))\b",
                     _build_set_safe, 1),
    ]


def _build_set_safe(m: re.Match[str], ctx: Context) -> Hit | None:
    if m.group("swd"):
        day = weekday_of(m.group("swd")) + 1
        return Hit(m.start(), m.end(), "SET", f"XXXX-WXX-{day}", None, None, False, "set", grain="set")
    unit = m.group("unit")
    if unit and unit.lower() in ("morning", "night"):
        return Hit(m.start(), m.end(), "SET", "XXXX-XX-XXT" + PARTS_OF_DAY[unit.lower()], None, None, False, "set",
                   grain="set")
    return build_set(m, ctx)
