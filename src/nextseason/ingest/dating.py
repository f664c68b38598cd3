"""Publication dates: stated where the source says it, else inferred from the content.

Order of evidence, strongest first (``Document.published_basis``):

- ``field``      the JSONL ``published`` field
- ``header``     a first line `` date YYYY-MM-DD `` (the capture's header)
- ``html-meta``  the page's metadata (trafilatura / htmldate)
- ``byline``     a "Published ..." / "Updated ..." line in the text
- ``url``        a date in the URL path (/2023/06/15/, /2023-06-15/, /20230615...)
- ``inferred``   a range from the article's own dated events: it was written after the
                 latest event it reports as past, and before the earliest it awaits
- ``warc``       the crawl's fetch date, only when nothing else dates the page (the
                 page was published on or before it: an upper bound for inference too)
- ``unknown``    nothing bounds it: ``published`` and ``published_range`` are None

Pure functions: text and settings in, dates out.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlsplit

from ..models import Interval, Span

log = logging.getLogger(__name__)

MONTHS = {m: i + 1 for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"))}
for _name, _num in list(MONTHS.items()):
    MONTHS[_name[:3]] = _num
MONTHS["sept"] = 9

#: months after the lower bound that an article is assumed to be written within, when
#: nothing it awaits bounds it sooner; None leaves the range open. Measured by
#: benchmarks/dating.py on the dev articles: the gap between the latest past event an
#: article reports and its publication is long-tailed (12 months caught a third of them),
#: so the range stays open rather than claim a bound the text does not give.
INFER_WINDOW_MONTHS: int | None = None
#: the earliest and latest plausible years of an online news article
MIN_YEAR, MAX_YEAR = 1995, 2040


@dataclass(frozen=True, slots=True)
class Dating:
    published: date | None
    range: Interval | None
    basis: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A dated expression in the text and whether the article tells it as past or awaited."""

    start: int
    end: int
    interval: Interval
    tense: str  # "past" | "future" | "none"


# ---------------------------------------------------------------- explicit dates

_HEADER = re.compile(r"\A\s*date\s+(\d{4})-(\d{2})-(\d{2})(?=\s)")
_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
            r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY_PHRASE = re.compile(
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:"
    rf"{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})"
    rf"|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE},?\s+(\d{{4}})"
    rf"|(\d{{4}})-(\d{{2}})-(\d{{2}})"
    rf"|(\d{{1,2}})[/.-](\d{{1,2}})[/.-](\d{{4}}))",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^\W{0,3}(?:(?:first\s+)?published|posted|updated|last\s+updated|last\s+modified|date\s+published)"
    r"\b(?:\s+on)?\s*[:\-–|]?\s*(.{0,60})",
    re.IGNORECASE | re.MULTILINE,
)
_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/_-]?([01]\d)[/_-]?([0-3]\d)(?:[/_-]|\d|$)")
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/([01]\d)/")


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def header_date(text: str) -> date | None:
    """The date of a first line `` date YYYY-MM-DD ``."""
    match = _HEADER.match(text)
    return _safe_date(int(match[1]), int(match[2]), int(match[3])) if match else None


def parse_day_phrase(phrase: str) -> date | None:
    """A day written out in one of the common forms ("Feb 07, 2022", "Tue 26 Mar 2024",
    "2024-03-26", "30/08/2023"); None when none matches or it is ambiguous."""
    match = _DAY_PHRASE.search(phrase)
    if not match:
        return None
    g = match.groups()
    if g[0]:
        return _safe_date(int(g[2]), MONTHS[g[0].lower().rstrip(".")], int(g[1]))
    if g[4]:
        return _safe_date(int(g[5]), MONTHS[g[4].lower().rstrip(".")], int(g[3]))
    if g[6]:
        return _safe_date(int(g[6]), int(g[7]), int(g[8]))
    first, second, year = int(g[9]), int(g[10]), int(g[11])
    if first > 12 >= second:
        return _safe_date(year, second, first)
    if second > 12 >= first:
        return _safe_date(year, first, second)
    return None  # 03/04/2024: day-first or month-first cannot be told apart


def byline_date(text: str) -> date | None:
    """The date of a "Published ..." (else "Updated ...") line in the text."""
    found: list[tuple[int, date]] = []
    for match in _BYLINE.finditer(text):
        day = parse_day_phrase(match[1])
        if day is not None:
            rank = 1 if "updat" in match[0].lower() or "modif" in match[0].lower() else 0
            found.append((rank, day))
    if not found:
        return None
    return min(found, key=lambda item: item[0])[1]


_CLOCK = re.compile(r"\W{0,3}(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2})?\W*",
                    re.IGNORECASE)


def stamp_line_date(text: str, within: int = 3000) -> date | None:
    """The date of a line near the top that is only a date and a clock time ("Dec 06,
    2023 10:34 AM IST", "Tue 30 Jan 2024 | 10:02 AM"): a publication stamp. A bare date
    line may be the site's date bar on the day of the capture (``top_date_line``); a time
    of day is what a stamp adds."""
    for line in text[:within].splitlines():
        stripped = line.strip(" \t|-–•")
        if not 10 <= len(stripped) <= 60:
            continue
        match = _DAY_PHRASE.match(stripped)
        if match and match.start() == 0 and _CLOCK.fullmatch(stripped, match.end()):
            return parse_day_phrase(stripped[:match.end()])
    return None


def top_date_line(text: str, lines: int = 6) -> date | None:
    """A line near the top that is only a date ("June 6, 2022", "Friday, 27 June 2025"):
    a dateline, or the date bar of the site on the day of the capture. Either way the
    article was published on or before it."""
    seen = 0
    for line in text[:2000].splitlines():
        stripped = line.strip(" \t|-–•")
        if not stripped:
            continue
        seen += 1
        if seen > lines:
            return None
        if len(stripped) <= 40:
            match = _DAY_PHRASE.fullmatch(stripped.rstrip("."))
            if match:
                return parse_day_phrase(stripped)
    return None


def url_date(url: str | None) -> Interval | None:
    """A day (or a month) written in the URL path."""
    if not url:
        return None
    path = urlsplit(url).path
    match = _URL_DAY.search(path)
    if match:
        day = _safe_date(int(match[1]), int(match[2]), int(match[3]))
        if day is not None:
            return Interval.day(day)
    match = _URL_MONTH.search(path)
    if match:
        first = _safe_date(int(match[1]), int(match[2]), 1)
        if first is not None:
            last = _month_end(first)
            return Interval(first, last, "month", first.strftime("%B %Y"))
    return None


def _month_end(day: date) -> date:
    nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return min(date(year, month, 1) + timedelta(days=day.day - 1), _month_end(date(year, month, 1)))


# ---------------------------------------------------------------- inference

# Cues of tense. "Strong" ones (auxiliaries, modals, fixed phrases) outrank "weak" ones (a
# past participle such as "released" is also the participle of "will be released").
_STALE = r"(?:was|were|had\s+been)\s+(?:\w+\s+){0,2}?(?:originally|initially|previously|first|once)?\s*" \
         r"(?:expected|scheduled|set|slated|supposed|planned|due|meant|rumou?red|tipped|reported|said)"
# a prediction or plan told in the past ("was expected to premiere in 2025"): it may still
# be awaited or may have lapsed, so it bounds nothing
_AMBIGUOUS = re.compile(r"\b(" + _STALE + r"(?:\s+to\s+\w+)?|would|was\s+going\s+to|were\s+going\s+to)\b",
                        re.IGNORECASE)
_STRONG_PAST = re.compile(
    r"\b(was|were|had|did|has\s+been|have\s+been|ago|last|since|earlier|previously|"
    r"already|recently|back\s+in|originally|so\s+far|to\s+date|as\s+of)\b",
    re.IGNORECASE,
)
_STRONG_FUTURE = re.compile(
    r"\b(will|won't|wo\s+n't|shall|'ll|set\s+to|set\s+for|slated|scheduled|expected|expects?|expecting|"
    r"should|could|might|may|plans?\s+to|planning|aims?|aiming|"
    r"hopes?\s+to|hoping|going\s+to|is\s+due|are\s+due|due\s+(?:in|on|out)|anticipated|"
    r"likely|eyeing|targeting|at\s+the\s+earliest|until|ahead\s+of|awaited|awaiting|yet\s+to|not\s+yet|"
    r"predicted|estimated|tentatively|projected|next|later\s+this|when\s+in|sometime|some\s+time|upcoming|forthcoming|"
    r"(?<!not\s)(?<!n't\s)(?<!not\sbeen\s)(?<!never\sbeen\s)"  # "has not been pushed to 2026" awaits nothing
    r"(?:pushed|moved|delayed|postponed|bumped)(?:\s+back)?\s+(?:to|until|into)|"
    r"to\s+(?:start|begin|premiere|release|return|air|debut|arrive|launch|film|shoot|resume)|to\s+be\s+\w+ed)\b",
    re.IGNORECASE,
)
_WEAK_PAST = re.compile(
    r"\b(premiered|debuted|released|aired|announced|confirmed|revealed|renewed|cancell?ed|began|begun|"
    r"started|wrapped|ended|concluded|dropped|launched|unveiled|shared|said|told|reported|posted|"
    r"arrived|landed|returned|finished|came\s+out|took\s+place|held|won|teased|streamed|kicked\s+off|"
    r"made|wrote|published|stated|explained|added|noted|disclosed|updated|hit|became|rated|ranked)\b",
    re.IGNORECASE,
)
_WEAK_FUTURE = re.compile(
    r"\b(premieres|debuts|arrives|returns|lands|drops|launches|starts|begins|hits|comes|release\s+date|"
    r"coming\s+(?:to|in|on|out|back))\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[.!?;:]\s|\n|\s[-–—]\s|\s(?:and|but|while|whereas|although|though|however|which|after|before|"
    r"when)\s",
    re.IGNORECASE,
)

TimexFinder = Callable[[str], Iterable[tuple[int, int, Interval]]]


def find_with_timex_engine(text: str) -> list[tuple[int, int, Interval]] | None:
    """Absolute dated expressions from the temporal engine, or None when it is missing."""
    try:
        from ..extract.timex import find_timexes
    except ImportError:
        return None
    found: list[tuple[int, int, Interval]] = []
    for timex in find_timexes(text, None):
        interval = timex.interval
        if (timex.type == "DATE" and not timex.relative and interval is not None
                and interval.start is not None and interval.end is not None):
            found.append((timex.start, timex.end, interval))
    return found


_YEAR = re.compile(r"(?<![\w$£€#/.,-])((?:19|20)\d\d)(?![\w%/]|\.\d|,\d|-\d\d?(?!\d))")
_DAY_THEN_YEAR = re.compile(
    rf"(?:\b{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_MONTH_RE},?\s+|\b(\d{{1,2}})[/.-](\d{{1,2}})[/.-])$",
    re.IGNORECASE,
)
_MONTH_THEN_YEAR = re.compile(rf"\b{_MONTH_RE}\s*,?\s+(?:of\s+)?$", re.IGNORECASE)
_ISO_AFTER_YEAR = re.compile(r"-(\d{2})-(\d{2})(?!\d)")


def find_absolute_dates(text: str) -> list[tuple[int, int, Interval]]:
    """Days, months and years written out in full: the cheap finder dating uses.

    Every date of interest holds a four-digit year, so the scan looks for years and
    then reads the few characters before (a day and month, or a month) and after
    (an ISO ``-MM-DD``) each one."""
    found: list[tuple[int, int, Interval]] = []
    for match in re.finditer(r"(?<!\d)(?:19|20)\d\d(?!\d)", text):
        year = int(match[0])
        if not MIN_YEAR <= year <= MAX_YEAR:
            continue
        start, end = match.span()
        iso = _ISO_AFTER_YEAR.match(text, end)
        if iso:
            day = _safe_date(year, int(iso[1]), int(iso[2]))
            if day is not None:
                found.append((start, iso.end(), Interval.day(day)))
                continue
        before = text[max(0, start - 32):start]
        lead = _DAY_THEN_YEAR.search(before)
        if lead:
            g = lead.groups()
            if g[0]:
                day = _safe_date(year, MONTHS[g[0].lower().rstrip(".")], int(g[1]))
            elif g[3]:
                day = _safe_date(year, MONTHS[g[3].lower().rstrip(".")], int(g[2]))
            else:
                day = parse_day_phrase(f"{g[4]}/{g[5]}/{year}")
            if day is not None:
                found.append((start - len(before) + lead.start(), end, Interval.day(day)))
                continue
        lead = _MONTH_THEN_YEAR.search(before)
        if lead:
            first = date(year, MONTHS[lead[1].lower().rstrip(".")], 1)
            found.append((start - len(before) + lead.start(), end, Interval(first, _month_end(first), "month")))
            continue
        if _YEAR.match(text, start):  # a bare year, not part of a number, sum or range
            found.append((start, end, Interval(date(year, 1, 1), date(year, 12, 31), "year")))
    return found


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, start - 300), start)), default=0)
    if left == 0 and start > 300:
        left = start - 300
    match = _CLAUSE_BREAK.search(text, end, min(len(text), end + 300))
    return left, (match.start() if match else min(len(text), end + 300))


# the date stamp of an embedded social post ("... — A Name (@handle) May 2, 2024"): the
# post was made that day, so the article quoting it is no older
_EMBED_STAMP = re.compile(r"(?:\(@\w{1,40}\)|pic\.twitter\.com/\S+|https?://t\.co/\S+)[^\n]{0,25}$",
                          re.IGNORECASE)


# a verb in the simple past right before the date ("which wrapped filming in October
# 2024, ..."): it tells that date as past, whatever the rest of the clause awaits; not
# when an auxiliary makes it a participle ("will be released in")
_SIMPLE_PAST = re.compile(
    r"([\w']+)\s+(?:premiered|debuted|wrapped|ended|began|started|aired|dropped|launched|"
    r"concluded|finished|arrived|landed|returned|renewed|confirmed|announced|revealed|unveiled|"
    r"said|told|shared|teased|reported)\s+(?:[\w']+\s+){0,4}?"
    r"(?:in|on|back\s+in)\s+(?:(?:late|early|mid)-?\s*)?$", re.IGNORECASE)
_AUXILIARIES = frozenset((
    "be", "been", "being", "is", "are", "was", "were", "will", "would", "to", "could", "should",
    "might", "may", "must", "shall", "has", "have", "had", "not", "never", "once", "if", "when",
    "until", "before"))


_LEAD_IN = re.compile(r"(?:^|[.!?]\s+|\n)(?:In|Back\s+in|On)\s+$")


def tense_of(text: str, start: int, end: int) -> str:
    """Whether the clause around ``text[start:end]`` tells it as past or as awaited:
    the strong cue nearest to the expression wins, else the nearest weak one. The date
    stamp of an embedded post is past."""
    if _EMBED_STAMP.search(text, max(0, start - 80), start):
        return "past"
    if _LEAD_IN.search(text, max(0, start - 12), start) and text.startswith(",", end) and \
            not _STRONG_FUTURE.search(text, end, min(len(text), end + 60)):
        return "past"
    simple = _SIMPLE_PAST.search(text, max(0, start - 60), start)
    if simple and simple[1].lower() not in _AUXILIARIES:
        return "past"
    left, right = _clause(text, start, end)
    for cues in (((_AMBIGUOUS, "ambiguous"), (_STRONG_PAST, "past"), (_STRONG_FUTURE, "future")),
                 ((_WEAK_PAST, "past"), (_WEAK_FUTURE, "future"))):
        best: tuple[int, str] | None = None
        for pattern, tense in cues:
            for match in pattern.finditer(text, left, right):
                if start <= match.start() < end:
                    continue
                distance = start - match.end() if match.end() <= start else match.start() - end
                if best is None or max(distance, 0) < best[0]:
                    best = (max(distance, 0), tense)
        if best is not None:
            return best[1]
    return "none"


def mentions(text: str, skip: Sequence[Span] = (),
             finder: TimexFinder | None = None) -> list[Mention]:
    """Every absolute dated expression outside the ``skip`` spans, with its tense.

    ``finder`` defaults to ``find_absolute_dates`` (days, months, years written in full):
    on the dev articles it bounds dates as well as the full temporal engine
    (``find_with_timex_engine``) at a twentieth of the cost (benchmarks/dating.py), and
    ingest must stay fast. Relative expressions cannot help here: there is no anchor yet.
    """
    return [Mention(start, end, interval, tense_of(text, start, end))
            for start, end, interval in _dated(text, skip, finder)]


def _dated(text: str, skip: Sequence[Span], finder: TimexFinder | None) -> list[tuple[int, int, Interval]]:
    found = (finder or find_absolute_dates)(text)
    return [(start, end, interval) for start, end, interval in found
            if interval.start is not None and interval.end is not None
            and not any(s.start <= start < s.end for s in skip)]


def infer_range(text: str, skip: Sequence[Span] = (), *, not_after: date | None = None,
                finder: TimexFinder | None = None,
                window_months: int | None = INFER_WINDOW_MONTHS) -> Interval | None:
    """The range the article was probably written in, from the events it reports.

    Lower bound: the start of the latest event it tells as past. Upper bound: the end of
    the earliest event it still awaits, ``window_months`` after the lower bound (None: open),
    or ``not_after``, whichever comes first. None when nothing bounds it from below.
    The tense of a date is read only when it could move a bound (latest first, earliest first).
    """
    found = _dated(text, skip, finder)
    lower: date | None = None
    for start, end, interval in sorted(found, key=lambda item: item[2].start, reverse=True):  # type: ignore[arg-type, return-value]
        if not_after is not None and interval.start > not_after:  # type: ignore[operator]
            continue
        if tense_of(text, start, end) == "past":
            lower = interval.start
            break
    candidates: list[date] = []
    for start, end, interval in sorted(found, key=lambda item: item[2].end):  # type: ignore[arg-type, return-value]
        if lower is not None and interval.end < lower:  # type: ignore[operator]
            continue
        if tense_of(text, start, end) == "future":
            candidates.append(interval.end)  # type: ignore[arg-type]
            break
    if not_after is not None:
        candidates.append(not_after)
    if lower is None:
        if not candidates:
            return None
        first = min(candidates)
        return Interval(None, first, "open", f"on or before {first:%-d %B %Y} (inferred)")
    if window_months is not None:
        candidates.append(add_months(lower, window_months))
    if not candidates:
        return Interval(lower, None, "open", f"{lower:%B %Y} or later (inferred)")
    upper = min(candidates)
    return Interval(lower, upper, "range", _label(lower, upper))


def _label(lower: date, upper: date) -> str:
    if (lower.year, lower.month) == (upper.year, upper.month):
        return f"{lower:%B %Y} (inferred)"
    return f"{lower:%b %Y} to {upper:%b %Y} (inferred)"


def cap_range(interval: Interval, today: date | None) -> Interval:
    """``interval`` ending no later than ``today`` when its end lies after it (an article
    is not written after it is read). An open end stays open: "March 2024 or later" keeps
    counting from March 2024 for --as-of, as measured above; a start after ``today`` is
    left alone, since no cap can mend it."""
    lower, upper = interval.start, interval.end
    if today is None or upper is None or upper <= today or (lower is not None and lower > today):
        return interval
    if lower is None:
        return Interval(None, today, "open", f"on or before {today:%-d %B %Y} (inferred)")
    return Interval(lower, today, "range", _label(lower, today))


# ---------------------------------------------------------------- the whole decision


def date_document(text: str, *, url: str | None = None, stated: date | None = None,
                  stated_basis: str = "field", fetched: date | None = None,
                  skip: Sequence[Span] = (), finder: TimexFinder | None = None,
                  today: date | None = None) -> Dating:
    """The publication date of an article: stated, else inferred, else unknown.

    ``today`` (the day it is read) caps an inferred range: an article cannot have been
    written after it was ingested, however far ahead the events it awaits lie."""
    if stated is not None:
        return Dating(stated, Interval.day(stated), stated_basis)
    header = header_date(text)
    if header is not None:
        return Dating(header, Interval.day(header), "header")
    byline = byline_date(text) or stamp_line_date(text)
    if byline is not None:
        return Dating(byline, Interval.day(byline), "byline")
    from_url = url_date(url)
    if from_url is not None:
        day = from_url.start if from_url.precision == "day" else None
        return Dating(day, from_url, "url")
    dateline = top_date_line(text)
    bound = min(d for d in (fetched, dateline) if d is not None) if (fetched or dateline) else None
    inferred = infer_range(text, skip, not_after=bound, finder=finder)
    if inferred is not None and (inferred.start is not None or fetched is None):
        return Dating(None, cap_range(inferred, today), "inferred")
    if fetched is not None:
        return Dating(None, Interval(None, fetched, "open", f"on or before {fetched:%-d %B %Y}"), "warc")
    return Dating(None, None, "unknown")
