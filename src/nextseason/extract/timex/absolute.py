"""Rules for dates written with a calendar name: days, months, years, seasons, quarters, halves,
parts of a year or month ("early 2027", "the end of 2023", "middle to late 2024"), decades.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ...models import Interval
from . import calendar as cal
from .anchoring import resolve_month, resolve_month_day, resolve_weekday, tense_at, weekday_tense
from .base import Context, Hit, Rule, compile_fast, compile_rule, lower_twin
from .lexicon import (
    DAY_NUM,
    MONTH,
    MONTH_NAMES,
    PART,
    SEASON,
    SEASONS,
    SHORT_YEAR,
    WEEKDAY,
    YEAR,
    day_of,
    month_of,
    part_of,
    weekday_of,
    year_of,
)

PART_WORD = r"(?:early|mid|middle|late|end|beginning|start)"
MOD = {"early": "START", "mid": "MID", "late": "END", "final": "END"}
_YEAR_REF = rf"(?:{YEAR}|{SHORT_YEAR})"

# words before a bare month name that make it a month ("in May", not "you may")
MONTH_CUE = compile_fast(
    r"(?:\b(?:in|on|of|by|since|until|till|through|from|to|and|or|last|next|this|early|mid|late|during"
    r"|before|after|between|around|until|as of|for|into|throughout|late-|mid-|early-|every|each|that|the|than"
    r"|about|circa|til|till)"
    r"[\s-]*)$", re.IGNORECASE)
_MONTH_CUE_LOWER = lower_twin(MONTH_CUE)  # (for an ASCII stretch: see base.lower_twin)
CAPITALISED_ONLY = {"may", "march", "jan", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                    "feb"}


def _hit(m: re.Match[str], type_: str, value: str, interval: object = None, mod: str | None = None,
         rule: str = "", grain: str = "", relative: bool = False, start: int | None = None) -> Hit:
    return Hit(m.start() if start is None else start, m.end(), type_, value, mod, interval,  # type: ignore[arg-type]
               relative, rule, grain=grain)


def _month_ok(ctx: Context, m: re.Match[str], group: str = "mon") -> bool:
    """Month names must be capitalised; 'may'/'march' as verbs are not months."""
    return ctx.text[m.start(group)].isupper()


def _day_value(d: date) -> str:
    return d.isoformat()


# ----------------------------------------------------------------- days


def build_month_day(m: re.Match[str], ctx: Context) -> Hit | None:
    month_word, day_word, year_word = m.group("mon"), m.group("day"), m.group("year")
    if not _month_ok(ctx, m):
        return None
    month, day = month_of(month_word), day_of(day_word)
    rel = m.group("rel") if "rel" in m.re.groupindex else None
    if rel and ctx.anchor is not None:
        d = cal.safe_date(ctx.anchor.year + {"this": 0, "next": 1, "last": -1}[rel], month, day)
        relative = True
    elif year_word:
        d = cal.safe_date(year_of(year_word), month, day)
        relative = False
    elif ctx.anchor is not None:
        which = m.group("which") if "which" in m.re.groupindex else None
        tense = {"last": "past", "next": "future", "this": "present"}.get(which or "") or tense_at(
            ctx, m.start(), m.end())
        d = resolve_month_day(ctx.anchor, month, day, tense)
        relative = True
    else:
        return Hit(m.start(), m.end(), "DATE", f"XXXX-{month:02d}-{day:02d}", rule="month_day", grain="day")
    if d is None:
        return None
    hit = _hit(m, "DATE", _day_value(d), cal.day_interval(d), rule="month_day", grain="day", relative=relative)
    second = m.group("day2") if "day2" in m.re.groupindex else None
    if second:
        other = cal.safe_date(d.year, d.month, day_of(second))
        if other is None or other <= d:
            return None
        first_piece = replace(hit, end=m.end("day"))
        second_piece = Hit(m.start("day2"), m.end("day2"), "DATE", _day_value(other), None, cal.day_interval(other),
                           relative, "month_day", grain="day")
        label = f"{d.day}-{other.day} {MONTH_NAMES[d.month]} {d.year}"
        return Hit(m.start(), m.end(), "DATE", hit.value, None, cal.span(d, other, label), relative, "month_day",
                   parts=(first_piece, second_piece), grain="range")
    return hit


def build_numeric(m: re.Match[str], ctx: Context) -> Hit | None:
    if m.group("iso"):
        d = cal.safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    else:
        a, b, y = int(m.group("a")), int(m.group("b")), m.group("yy")
        year = year_of(y) if len(y) in (2, 4) else 0
        month, day = (a, b) if a <= 12 else (b, a)
        d = cal.safe_date(year, month, day)
    if d is None:
        return None
    return _hit(m, "DATE", _day_value(d), cal.day_interval(d), rule="numeric", grain="day")


def build_weekday_date(m: re.Match[str], ctx: Context) -> Hit | None:
    """A bare weekday ("on Friday"), optionally with last/next/this."""
    which = (m.group("which") or "").lower() or None
    if m.group("wd").endswith(".") and not ctx.text[m.start("wd")].isupper():
        return None
    weekday = weekday_of(m.group("wd"))
    if ctx.anchor is None:
        return Hit(m.start(), m.end(), "DATE", "XXXX-WXX-" + str(weekday + 1), rule="weekday", grain="day")
    possessive = m.group(0).endswith(("'s", "\u2019s"))
    tense = None if possessive else weekday_tense(ctx, m.start(), m.end())
    d = resolve_weekday(ctx.anchor, weekday, tense, which)
    return _hit(m, "DATE", _day_value(d), cal.day_interval(d), rule="weekday", grain="day", relative=True)


# ----------------------------------------------------------------- months and years


def build_month_year(m: re.Match[str], ctx: Context) -> Hit | None:
    if not _month_ok(ctx, m):
        return None
    month = month_of(m.group("mon"))
    if m.group("year"):
        year = year_of(m.group("year"))
    elif ctx.anchor is not None:
        rel = m.group("rel").lower().split()[-1]
        year = ctx.anchor.year + {"this": 0, "last": -1, "previous": -1, "next": 1, "following": 1}[rel]
    else:
        return None
    part = part_of(m.group("part")) if m.group("part") else None
    value = f"{year:04d}-{month:02d}"
    if part:
        return _hit(m, "DATE", value, cal.month_part(year, month, part if part != "final" else "late"),
                    MOD[part], "month_year", "month")
    return _hit(m, "DATE", value, cal.month_interval(year, month), rule="month_year", grain="month")


def build_month(m: re.Match[str], ctx: Context) -> Hit | None:
    word = m.group("mon")
    if not _month_ok(ctx, m):
        return None
    lower = word.lower().rstrip(".")
    before = ctx.text[max(0, m.start() - 14):m.start()]
    which = (m.group("which") or "").lower()
    part = part_of(m.group("part")) if m.group("part") else None
    if lower in CAPITALISED_ONLY and not (which or part or (
            _MONTH_CUE_LOWER.search(before.lower()) if before.isascii() else MONTH_CUE.search(before))):
        return None
    if len(lower) <= 4 and lower not in ("may", "june", "july") and not word.endswith(".") and not which:
        return None  # a bare abbreviation ("Jan") without its period is too often something else
    if lower == "may" and _MAY_VERB_AFTER.match(ctx.text[m.end():m.end() + 8]):
        return None
    month = month_of(word)
    if ctx.anchor is None:
        return _hit(m, "DATE", f"XXXX-{month:02d}", rule="month", grain="month")
    if which == "last":
        year = ctx.anchor.year - (1 if month >= ctx.anchor.month else 0)
    elif which in ("next", "coming"):
        year = ctx.anchor.year + (1 if month <= ctx.anchor.month else 0)
    elif which == "this":
        year = ctx.anchor.year
    else:
        year = resolve_month(ctx.anchor, month, tense_at(ctx, m.start(), m.end()))
    value = f"{year:04d}-{month:02d}"
    if part:
        interval = cal.month_part(year, month, part if part != "final" else "late")
        if m.group("first"):
            first = part_of(m.group("first"))
            joined = cal.join(cal.month_part(year, month, "late" if first == "final" else first), interval)
            return _hit(m, "DATE", value, Interval(joined.start, joined.end, "range",
                                                   f"{first} to {part} {MONTH_NAMES[month]} {year}"),
                        None, "month", "month", relative=True)
        return _hit(m, "DATE", value, interval, MOD[part], "month", "month", relative=True)
    return _hit(m, "DATE", value, cal.month_interval(year, month), rule="month", grain="month", relative=True)


_NOT_YEAR_BEFORE = compile_fast(
    r"(?:\b(?:season|episode|ep|no|number|vol|volume|part|chapter|game|room|route|flight|model|version|v"
    r"|page|pages|issue|#|\$|£|€|top|rank|ranked|over|under|about|nearly|almost|some|than|of\s+the)\s*[.:#]?\s*"
    r"|[$£€#\d.,:/]|\d\s)$", re.IGNORECASE)
_NOT_YEAR_AFTER = re.compile(
    r"^(?:\s*(?:%|percent|per\s*cent|people|persons|fans|viewers|votes|users|episodes?|pages|words|"
    r"units|copies|miles|km|kilometers|meters|feet|points|members|employees|jobs|students|homes|deaths|cases|"
    r"troops|soldiers|dollars|won|yen|hours|minutes|\bx\b|[/:]\d|[.,]\d|-\d\d\d))", re.IGNORECASE)


_NOT_YEAR_BEFORE_LOWER = lower_twin(_NOT_YEAR_BEFORE)
_YEAR_CUE_BEFORE = re.compile(r"(?:in|of|by|since|until|the|year|to|and|or|from)\s+$", re.IGNORECASE)


def year_context_ok(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 16):start]
    not_year = (_NOT_YEAR_BEFORE_LOWER.search(before.lower()) if before.isascii()  # (see base.lower_twin)
                else _NOT_YEAR_BEFORE.search(before))
    if not_year and not _YEAR_CUE_BEFORE.search(before):
        return False
    return not _NOT_YEAR_AFTER.match(text[end:end + 14])


def build_year(m: re.Match[str], ctx: Context) -> Hit | None:
    ystart = m.start("year")
    if not year_context_ok(ctx.text, ystart, m.end("year")):
        return None
    year = year_of(m.group("year"))
    return _hit(m, "DATE", f"{year:04d}", cal.year_interval(year), rule="year", grain="year")


def build_year_range(m: re.Match[str], ctx: Context) -> Hit | None:
    """'2009-2010', '2023-24', '2023/24': one range, tagged as two years."""
    if not year_context_ok(ctx.text, m.start("y1"), m.end("y2")):
        return None
    first = int(m.group("y1"))
    second_word = m.group("y2")
    second = int(second_word) if len(second_word) == 4 else first // 100 * 100 + int(second_word)
    if not first < second <= first + 20:
        return None
    a = Hit(m.start("y1"), m.end("y1"), "DATE", f"{first:04d}", None, cal.year_interval(first), False, "year",
            grain="year")
    b = Hit(m.start("y2"), m.end("y2"), "DATE", f"{second:04d}", None, cal.year_interval(second), False, "year",
            grain="year")
    interval = Interval(date(first, 1, 1), date(second, 12, 31), "range", f"{first} to {second}")
    return Hit(m.start(), m.end(), "DATE", a.value, None, interval, False, "year_range", parts=(a, b),
               grain="range")


def build_short_year(m: re.Match[str], ctx: Context) -> Hit | None:
    year = year_of(m.group("year"))
    return Hit(m.start("year"), m.end(), "DATE", f"{year:04d}", None, cal.year_interval(year), False,
               "short_year", grain="year")


def build_year_part(m: re.Match[str], ctx: Context) -> Hit | None:
    """'early 2027', 'the end of 2023', 'mid-2024', 'middle to late 2024'."""
    if not year_context_ok(ctx.text, m.start("year"), m.end("year")):
        return None
    year = year_of(m.group("year"))
    part = part_of(m.group("part"))
    interval = cal.year_part(year, part)
    word = m.group("part").split()[0]
    if word in ("later", "earlier") and ctx.anchor is not None and ctx.anchor.year == year:
        # "later in 2024" written in 2024 runs from the article's day, like "later this year"
        if word == "later":
            interval = cal.span(ctx.anchor, date(year, 12, 31), f"later in {year}")
        else:
            interval = cal.span(date(year, 1, 1), ctx.anchor, f"earlier in {year}")
    if m.group("first"):
        first = part_of(m.group("first"))
        joined = cal.join(cal.year_part(year, first), interval)
        words = {"early": "early", "mid": "middle", "late": "late", "final": "late"}
        interval = Interval(joined.start, joined.end, "range", f"{words[first]} to {words[part]} {year}")
        return _hit(m, "DATE", f"{year:04d}", interval, None, "year_part_range", "year")
    return _hit(m, "DATE", f"{year:04d}", interval, MOD[part], "year_part", "year")


# (the inline patterns of the builders, compiled once: ``re``'s own cache costs a lookup per call)
_MAY_VERB_AFTER = re.compile(r"\s+(?:be|have|not|also|well|never|soon|still|yet|want|need)\b", re.IGNORECASE)
_SEASON_CUE_BEFORE = re.compile(r"\b(?:in|during|this|last|next|by|until|since|through|the|of|over|around|for|before"
                                r"|after|or|and|into)\s+(?:the\s+)?$", re.IGNORECASE)
_FALL_VERB_AFTER = re.compile(r"\s+(?:of|in|from|to|into|out|apart|behind|short|back|off)\b", re.IGNORECASE)
SEASON_NOUN_AFTER = re.compile(r"\s+(?:release|premiere|debut|launch|return|arrival|window|finale|slate|schedule"
                               r"|lineup|line-up|drop)", re.IGNORECASE)


def build_week_of(m: re.Match[str], ctx: Context) -> Hit | None:
    """'the first week of December (2024)': days 1-7, 8-14, 15-21, 22-28, or the last seven."""
    if not _month_ok(ctx, m):
        return None
    month = month_of(m.group("mon"))
    if m.group("year"):
        year, relative = year_of(m.group("year")), False
    elif ctx.anchor is not None:
        year, relative = resolve_month(ctx.anchor, month, tense_at(ctx, m.start(), m.end())), True
    else:
        return None
    nth = m.group("nth")
    last = cal.last_day(year, month)
    if nth in ("last", "final"):
        first_day = last - 6
    else:
        first_day = 1 + 7 * ({"first": 1, "second": 2, "third": 3, "fourth": 4}[nth] - 1)
    start = date(year, month, first_day)
    end = date(year, month, min(first_day + 6, last))
    text = " ".join(ctx.text[m.start():m.end()].split())
    interval = Interval(start, end, "week", f"{text}" if m.group("year") else f"{text} {year}")
    if m.group("unit") == "weekend":
        saturday = start + timedelta(days=(5 - start.weekday()) % 7)
        interval = Interval(saturday, saturday + timedelta(days=1), "week", interval.label)
    iso = start.isocalendar()
    return _hit(m, "DATE", f"{iso[0]:04d}-W{iso[1]:02d}", interval, rule="week_of", grain="week",
                relative=relative)


def build_season(m: re.Match[str], ctx: Context) -> Hit | None:
    code = SEASONS[m.group("season").lower()]
    bare = not (m.group("year") or m.group("which") or m.group("part") or m.group("rel"))
    if bare and not SEASON_NOUN_AFTER.match(ctx.text, m.end()) and not _SEASON_CUE_BEFORE.search(
            ctx.text[max(0, m.start() - 12):m.start()]):
        return None
    if bare and code == "FA" and _FALL_VERB_AFTER.match(ctx.text[m.end():m.end() + 8]):
        return None
    part = part_of(m.group("part")) if m.group("part") else None
    part = "late" if part == "final" else part
    which = (m.group("which") or "").lower()
    year_word = m.group("year")
    relative = False
    if year_word:
        year = year_of(year_word)
    elif ctx.anchor is None:
        return _hit(m, "DATE", f"XXXX-{code}", rule="season", grain="season")
    elif m.group("rel"):
        relative = True
        year = ctx.anchor.year + {"this": 0, "next": 1, "last": -1}[m.group("rel")]
    else:
        relative = True
        year = _season_year(ctx, m, code, which)
    interval = cal.season_interval(year, code, part)
    return _hit(m, "DATE", f"{year:04d}-{code}", interval, MOD.get(part or ""), "season", "season",
                relative=relative)


def _season_year(ctx: Context, m: re.Match[str], code: str, which: str) -> int:
    assert ctx.anchor is not None
    anchor = ctx.anchor
    # the season containing the anchor, counted by its year label (winter: the year of its January)
    # winter is named by the year of its January; from September on, "this winter" is the coming one
    current = anchor.year + (1 if code == "WI" and anchor.month >= 9 else 0)
    start = cal.season_interval(current, code)
    if which in ("last", "past", "previous"):
        return current if start.end and start.end < anchor else current - 1
    if which in ("next", "coming", "upcoming"):
        return current if start.start and start.start > anchor else current + 1
    tense = tense_at(ctx, m.start(), m.end())
    if which == "this":  # "this spring will mark ...", said in December: the coming spring
        return current + 1 if tense == "future" and start.end and (anchor - start.end).days > 60 else current
    if tense == "past" and start.start and start.start > anchor:
        return current - 1
    if tense == "future" and start.end and start.end < anchor:
        return current + 1
    if tense is None and start.end and start.end < anchor and SEASON_NOUN_AFTER.match(ctx.text, m.end()):
        return current + 1  # "a summer release" named after that summer is the next one
    return current


def build_quarter(m: re.Match[str], ctx: Context) -> Hit | None:
    q_word = (m.group("q") or m.group("qn") or "").lower()
    quarter = {"first": 1, "1st": 1, "1": 1, "second": 2, "2nd": 2, "2": 2, "third": 3, "3rd": 3, "3": 3,
               "fourth": 4, "4th": 4, "4": 4, "final": 4, "last": 4}.get(q_word)
    if quarter is None:
        return None
    relative = False
    rel = m.group("rel")
    if m.group("year"):
        year = year_of(m.group("year"))
    elif ctx.anchor is None:
        return _hit(m, "DATE", f"XXXX-Q{quarter}", rule="quarter", grain="quarter")
    elif rel:
        relative = True
        year = ctx.anchor.year + {"next": 1, "last": -1}.get(rel, 0)
    else:
        relative = True
        year = ctx.anchor.year
        current = (ctx.anchor.month - 1) // 3 + 1
        if quarter > current and tense_at(ctx, m.start(), m.end()) == "past":
            year -= 1
    return _hit(m, "DATE", f"{year:04d}-Q{quarter}", cal.quarter_interval(year, quarter), rule="quarter",
                grain="quarter", relative=relative)


def build_half(m: re.Match[str], ctx: Context) -> Hit | None:
    word = (m.group("h") or m.group("hn") or "").lower()
    half = 1 if word in ("first", "1", "front", "former", "early") else 2
    if m.group("year"):
        year, relative = year_of(m.group("year")), False
    elif ctx.anchor is None:
        return None
    else:
        rel = (m.group("rel") or "").lower()
        year = ctx.anchor.year + (1 if rel == "next" else -1 if rel in ("last", "previous") else 0)
        relative = True
    return _hit(m, "DATE", f"{year:04d}-H{half}", cal.half_interval(year, half), rule="half", grain="half",
                relative=relative)


DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}


def build_decade(m: re.Match[str], ctx: Context) -> Hit | None:
    digits = m.group("dec") or ""
    if m.group("word"):
        start = 1900 + 10 * DECADE_WORDS[m.group("word").lower()]
        return _hit(m, "DATE", f"{start // 10:03d}", cal.decade_interval(start), rule="decade", grain="decade")
    if len(digits) == 2:
        start = (1900 if int(digits) >= 30 else 2000) + int(digits)
    else:
        start = int(digits)
    return _hit(m, "DATE", f"{start // 10:03d}X", cal.decade_interval(start), rule="decade", grain="decade")


_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
SPELLED_YEAR = (rf"(?P<cent>nineteen|twenty)[\s-]+(?P<yy>(?:{'|'.join(_TENS)})(?:[\s-]+(?:{'|'.join(_ONES)}))?"
                rf"|{'|'.join(_TEENS)}|oh[\s-]+(?:{'|'.join(_ONES)}))"
                rf"|(?:the\s+year\s+)?two\s+thousand(?:\s+and)?(?:[\s-]+(?P<y2k>{'|'.join(_ONES + _TEENS)}))?")


def spelled_year(m: re.Match[str]) -> int:
    if m.group("cent"):
        base = 1900 if m.group("cent").lower() == "nineteen" else 2000
        words = m.group("yy").lower().replace("-", " ").split()
        if words[0] == "oh":
            words = words[1:]
        n = 0
        for w in words:
            n += _TENS.index(w) * 10 + 20 if w in _TENS else (_TEENS.index(w) + 10 if w in _TEENS else _ONES.index(w) + 1)
        return base + n
    extra = (m.group("y2k") or "").lower()
    return 2000 + (_ONES.index(extra) + 1 if extra in _ONES else _TEENS.index(extra) + 10 if extra else 0)


def build_spelled_year(m: re.Match[str], ctx: Context) -> Hit | None:
    year = spelled_year(m)
    if m.group("mon"):
        if not _month_ok(ctx, m):
            return None
        month = month_of(m.group("mon"))
        return _hit(m, "DATE", f"{year:04d}-{month:02d}", cal.month_interval(year, month), rule="spelled",
                    grain="month")
    if m.group("season"):
        code = SEASONS[m.group("season").lower()]
        return _hit(m, "DATE", f"{year:04d}-{code}", cal.season_interval(year, code), rule="spelled",
                    grain="season")
    return _hit(m, "DATE", f"{year:04d}", cal.year_interval(year), rule="spelled", grain="year")


def rules() -> list[Rule]:
    return _day_rules() + _period_rules()


def _day_rules() -> list[Rule]:
    wd_prefix = rf"(?:{WEEKDAY},?\s+)?"
    return [
        compile_rule("numeric",
                     r"(?<![\d/.-])(?:(?P<iso>(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d))"
                     r"|(?P<a>[01]?\d|3[01]|[12]\d)/(?P<b>[0-3]?\d)/(?P<yy>(?:19|20)?\d\d))(?![\d/]|\.\d)",
                     build_numeric, 3),
        compile_rule("month_day",
                     rf"\b{wd_prefix}(?:(?P<which>last|next|this)\s+)?(?P<mon>{MONTH})\s*(?P<day>{DAY_NUM})(?!\d|:\d|\.\d)"
                     rf"(?:\s*(?:and|or|-|\u2013|to|through)\s*(?P<day2>{DAY_NUM})(?![\d:%]|\.\d|\s+(?:percent|episodes?|million)))?"
                     rf"(?:(?:,|\s+of|,?\s+in)?\s*(?P<year>{_YEAR_REF})(?!\d)|,?\s+(?P<rel>this|next|last)\s+year\b)?",
                     build_month_day, 3),
        compile_rule("day_month",
                     rf"\b{wd_prefix}(?:the\s+)?(?P<day>{DAY_NUM})\s+(?:of\s+)?(?P<mon>{MONTH})"
                     rf"(?:,?\s*(?P<year>{_YEAR_REF})(?!\d))?",
                     build_month_day, 3),
        compile_rule("month_year",
                     rf"\b(?:(?P<part>{PART})[\s-]+)?(?P<mon>{MONTH})(?:,?\s+of|,)?\s+(?:(?P<year>{_YEAR_REF})(?!\d)"
                     r"|(?P<rel>this|last|next|the\s+following|the\s+previous)\s+year\b)",
                     build_month_year, 2),
        compile_rule("month",
                     rf"\b(?:(?P<which>last|next|this)\s+)?(?:(?P<first>{PART_WORD})(?:\s*(?:\u2013|to|or|through)\s*|\s+-\s+))?"
                     rf"(?:(?P<part>{PART})(?:-ish)?[\s-]+)?(?P<mon>{MONTH})(?![\w-])",
                     build_month, 1),
        compile_rule("weekday",
                     rf"\b(?:(?:early|late)\s+)?(?:(?P<which>last|next|this|coming)\s+)?(?P<wd>{WEEKDAY})(?:['\u2019]s)?",
                     build_weekday_date, 1),
    ]


def _period_rules() -> list[Rule]:
    return [
        compile_rule("year_part",
                     rf"\b(?:(?P<first>{PART_WORD}|the\s+(?:middle|beginning|start|end))\s*(?:-|\u2013|to|or|through|into)\s*)?"
                     rf"(?P<part>{PART})(?:[\s-]+|(?<=mid)-?)(?:(?:on\s+)?in\s+|of\s+)?(?:the\s+year\s+)?(?P<year>{YEAR}|{SHORT_YEAR})(?!\d)",
                     build_year_part, 2),
        compile_rule("week_of",
                     rf"\b(?:the\s+)?(?P<nth>first|second|third|fourth|last|final)\s+(?P<unit>week|weekend|days)\s+of\s+"
                     rf"(?P<mon>{MONTH})(?:,?\s+(?P<year>{_YEAR_REF})(?!\d))?",
                     build_week_of, 2),
        compile_rule("year",
                     rf"(?<![\w$\u00a3\u20ac.,/-])(?:(?:the\s+)?(?:fiscal\s+(?:year\s+)?|(?:calendar\s+|model\s+)?year\s+))?(?P<year>{YEAR})"
                     r"(?![\w%]|[.,]\d)",
                     build_year, 0),
        compile_rule("year_range", rf"(?<![\w$.,/-])(?P<y1>{YEAR})\s*[-\u2013/]\s*(?P<y2>{YEAR}|\d\d)(?![\w%/-]|[.,]\d)",
                     build_year_range, 1),
        compile_rule("short_year", rf"\b(?:in|of|since|by|until|till|for|early|late|mid|summer|spring|fall)[\s-]+"
                                   rf"(?P<year>{SHORT_YEAR})", build_short_year, 0),
        compile_rule("season",
                     rf"\b(?:(?P<which>this|next|last|past|previous|coming|upcoming)\s+)?(?:(?P<part>{PART})[\s-]+)?"
                     rf"(?:the\s+)?(?P<season>{SEASON})(?![\w-])(?:(?:\s+of|,)?\s+(?P<year>{_YEAR_REF})(?!\d)"
                     r"|(?:\s+of)?\s+(?P<rel>this|next|last)\s+year\b)?",
                     build_season, 1),
        compile_rule("quarter",
                     rf"\b(?:(?:the\s+)?(?:(?P<ypre>{YEAR})\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+"
                     rf"(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?P<rel>this|next|last|the)\s+year(?!\s+{_YEAR_REF})|(?:\s+of\s+the\s+year)?"
                     rf"(?:\s*(?:of\s+)?(?:fiscal\s+)?(?P<year>{_YEAR_REF}))?)"
                     rf"|q(?P<qn>[1-4])(?:\s*(?:of\s+)?(?P<year2>{_YEAR_REF}))?)(?!\w)",
                     _quarter_with_year2, 2),
        compile_rule("half",
                     rf"\b(?:(?:the\s+)?(?P<h>first|second|latter|back|front|former)\s+half\s+of\s+(?:the\s+year\s+)?"
                     rf"(?:(?P<year>{YEAR})|(?P<rel>this|next|last|the)\s+year)|h(?P<hn>[12])\s+(?P<year2>{YEAR}))(?!\w)",
                     _half_with_year2, 2),
        compile_rule("spelled_year",
                     rf"\b(?:(?P<mon>{MONTH})\s+(?:of\s+)?|(?:the\s+)?(?P<season>{SEASON})\s+of\s+)?(?:{SPELLED_YEAR})\b",
                     build_spelled_year, 1),
        compile_rule("decade", r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<dec>1[89]\d0|20\d0)['\u2019]?s"
                               r"|['\u2019](?P<dec2>\d0)s|(?<=the\s)(?P<word>twenties|thirties|forties|fifties|sixties"
                               r"|seventies|eighties|nineties))\b", _decade2, 1),
        compile_rule("century", r"\b(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b", build_century, 1),
    ]


def _quarter_with_year2(m: re.Match[str], ctx: Context) -> Hit | None:
    merged = _Merged(m, {"year": m.group("year") or m.group("year2") or m.group("ypre")})
    return build_quarter(merged, ctx)  # type: ignore[arg-type]


def _half_with_year2(m: re.Match[str], ctx: Context) -> Hit | None:
    return build_half(_Merged(m, {"year": m.group("year") or m.group("year2")}), ctx)  # type: ignore[arg-type]


def _decade2(m: re.Match[str], ctx: Context) -> Hit | None:
    return build_decade(_Merged(m, {"dec": m.group("dec") or m.group("dec2")}), ctx)  # type: ignore[arg-type]


def build_century(m: re.Match[str], ctx: Context) -> Hit | None:
    n = int(m.group("c"))
    if not 1 <= n <= 22:
        return None
    first = (n - 1) * 100
    interval = Interval(date(max(first, 1), 1, 1), date(first + 99, 12, 31), "range", f"the {m.group('c')}th century")
    return _hit(m, "DATE", f"{n - 1:02d}", interval, rule="century", grain="century")


class _Merged:
    """A match with some groups overridden (alternative spellings captured in other groups)."""

    def __init__(self, match: re.Match[str], extra: dict[str, str | None]) -> None:
        self._m, self._extra = match, extra

    def group(self, name: str) -> str | None:
        return self._extra[name] if name in self._extra else self._m.group(name)

    def start(self, name: str | int = 0) -> int:
        return self._m.start(name)

    def end(self, name: str | int = 0) -> int:
        return self._m.end(name)
