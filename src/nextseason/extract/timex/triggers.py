"""Cheap pre-filtering: one pass over the words of the (lowercased) text finds the trigger words of
each rule family (month names, units, digits, ...); a rule's pattern then runs only in the stretches
around its triggers. Python's regex engine tries every position of a pattern that opens with optional
groups, so scanning whole articles with thirty such patterns is what would cost the most.
"""

from __future__ import annotations

import re

from .lexicon import MONTHS, UNIT, WEEKDAYS, trie_alternation

BACK = 56  # characters before a trigger that a rule's optional prefixes may take
AHEAD = 44  # characters after it

_UNITS = ["second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "night", "nights", "week", "weeks", "weekend", "weekends", "fortnight", "fortnights", "month", "months", "quarter", "quarters", "year", "years", "decade", "decades", "century", "centuries", "millennium", "millennia", "period"]
_CLASSES: dict[str, tuple[str, ...]] = {
    "month": tuple(MONTHS),
    "weekday": tuple(WEEKDAYS),
    "unit": tuple(_UNITS),
    "season": ("spring", "summer", "fall", "autumn", "winter"),
    "relword": ("ago", "earlier", "later", "now", "hence"),
    "spelled": ("nineteen", "twenty", "thousand"),
    "ties": ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"),
    "quarter": ("quarter", "q", "half", "h", "period"),
    "dayword": ("today", "yesterday", "tomorrow", "tonight"),
    "pod": ("morning", "afternoon", "evening", "night", "overnight", "noon", "midnight", "midday"),
    "set": ("daily", "weekly", "monthly", "yearly", "nightly", "hourly", "biweekly", "every", "each", "per"),
    "holiday": ("christmas", "xmas", "new", "halloween", "valentine", "independence", "july", "boxing",
                "thanksgiving", "labor", "memorial", "election"),
    "ref": ("now", "currently", "present", "presently", "nowadays", "these", "moment", "current", "recently",
            "lately", "past", "future", "near", "recent", "coming", "distant"),
}
WORD_CLASSES: dict[str, frozenset[str]] = {}
for _name, _words in _CLASSES.items():
    for _word in _words:
        WORD_CLASSES[_word] = WORD_CLASSES.get(_word, frozenset()) | {_name}


# one pass: the trigger words (whole words only) and every number
TRIGGER = re.compile(r"(?<![a-z])" + trie_alternation(WORD_CLASSES) + r"(?![a-z])|\d+")
# the same tokens, found faster apart: a word after the character before it (a pattern that opens
# with a character class lets the engine skip letters), a word at the very start, and numbers
_WORD = re.compile(r"[^a-z](" + trie_alternation(WORD_CLASSES) + r")(?![a-z])")
_WORD_AT_START = re.compile(trie_alternation(WORD_CLASSES) + r"(?![a-z])")
_NUMBER = re.compile(r"\d+")

# which trigger classes each rule needs ("digit": any number, "year": a four-digit number)
RULE_CLASSES: dict[str, frozenset[str]] = {name: frozenset(classes.split()) for name, classes in {
    "numeric": "numsep", "month_day": "month", "day_month": "month", "month_year": "month", "month": "month",
    "weekday": "weekday", "year_part": "year apos", "week_of": "month", "year_range": "year", "narrative": "unit pod",
    "year_end": "unit", "year": "year", "short_year": "apos", "season": "season",
    "quarter": "quarter", "half": "quarter", "spelled_year": "spelled", "decade": "decadenum ties",
    "century": "unit", "the_quarter": "quarter", "year_before": "unit", "duration": "unit",
    "time": "clock pod", "day_part": "pod", "set": "set", "day_word": "dayword", "ref": "ref",
    "shift_unit": "unit", "part_rel": "unit", "ago": "relword", "window": "unit", "weekend": "unit", "ahead": "unit",
    "holiday": "holiday",
}.items()}


# Pieces that every match of a rule holds (a literal, or a tail of its pattern with the optional
# words before it left out): a window without one cannot hold a match and is not scanned, so the
# result is the same as scanning it. tests/test_timex_speed.py checks each against the rule's
# matches over whole texts.
_PART_WORDS = r"(?:earl|beginning|start|first|dawn|mid|halfway|lat|end|close|final|last)"
_DIR = r"\s+(?:ago|earlier|later|from\s+now|hence)"
_SHIFT = (r"(?:this|last|next|past|previous|coming|upcoming|current|following|present)\s+"
          r"(?:week|month|year|quarter|decade|century)")
_HOLIDAYS = (r"(?:christmas|xmas|new\s+year|halloween|valentine|independence\s+day|fourth\s+of\s+july|boxing\s+day"
             r"|thanksgiving|labor\s+day|memorial\s+day|election\s+day)")
RULE_NEEDS: dict[str, tuple[re.Pattern[str], ...]] = {name: tuple(re.compile(p) for p in patterns) for name, patterns in {
    "month_day": (r"\d",),
    "day_month": (r"\d",),
    "month_year": (r"\d|year",),
    "year_part": (_PART_WORDS,),
    "week_of": (r"week|days",),
    "year_range": (r"\d\s*[-\u2013/]\s*\d",),
    "century": (r"century",),
    "year_before": (r"year-",),
    "year_end": (r"year[\s-]end",),
    "narrative": ((r"(?:that|the\s+(?:following|previous|prior|same))\s+"
                   r"(?:day|week|month|year|morning|night|evening|afternoon)"),),
    "part_rel": (_PART_WORDS, r"year|month|week"),
    "ago": (UNIT + _DIR,),
    "window": (r"(?:past|last|next|previous|coming|following|upcoming|prior|first)\s",),
    "ahead": (r"ahead",),
    "weekend": (r"the\s+weekend",),
    "shift_unit": (_SHIFT,),
    "holiday": (_HOLIDAYS,),
}.items()}

# A word that every needed piece of the rule holds, and that few articles hold: where the whole
# text lacks it, no window can hold the piece, found by one look instead of a search per window.
RULE_WORDS: dict[str, str] = {"century": "century", "year_before": "year-", "weekend": "weekend", "ahead": "ahead"}

# per rule: its classes, its needed pieces, the key its windows are kept under for one text (the
# patterns' sources: hashing a compiled pattern hashes all its code) and its word
_PLANS: dict[str, tuple[frozenset[str], tuple[re.Pattern[str], ...], tuple[object, ...], str | None]] = {
    name: (classes, RULE_NEEDS.get(name, ()), (classes, tuple(p.pattern for p in RULE_NEEDS.get(name, ()))),
           RULE_WORDS.get(name))
    for name, classes in RULE_CLASSES.items()}


def windows(lower: str) -> dict[str, list[tuple[int, int]]]:
    """For each trigger class, the merged stretches [start, end) of text around its words."""
    hits: dict[str, list[tuple[int, int]]] = {}
    # words and numbers feed different classes, so each is scanned on its own
    first = _WORD_AT_START.match(lower)
    if first is not None:
        _add(hits, WORD_CLASSES[first.group()], 0, first.end())
    for token in _WORD.finditer(lower):
        _add(hits, WORD_CLASSES[token.group(1)], token.start(1), token.end())
    for start, end in _number_spans(lower):
        classes = _number_classes(lower, lower[start:end], start, end)
        if classes:
            _add(hits, classes, start, end)
    size = len(lower)
    return {name: [(max(0, s - BACK), min(size, e + AHEAD)) for s, e in spans] for name, spans in hits.items()}


# ``\d+`` costs the regex engine tens of nanoseconds a character; bytes methods (encode, translate,
# split, find) run in C at a few. With every character but 0-9 made a space (others first become '?',
# one byte each, so offsets hold), the numbers are the space-delimited pieces.
_DIGITS_ONLY = bytes(c if 0x30 <= c <= 0x39 else 0x20 for c in range(256))
_ASCII = bytes(range(0x80))


def _number_spans(lower: str) -> list[tuple[int, int]]:
    """The spans ``\\d+`` finds: the runs of ASCII digits, unless the text holds a digit of another script."""
    if not lower.isascii():
        others = lower.encode("utf-8", "ignore").translate(None, _ASCII).decode("utf-8")  # the non-ASCII characters
        if _NUMBER.search(others):
            return [token.span() for token in _NUMBER.finditer(lower)]
    digits = lower.encode("ascii", "replace").translate(_DIGITS_ONLY)
    spans = []
    at = 0
    for run in digits.split():  # the runs in order, only spaces between them
        at = digits.find(run, at)
        spans.append((at, at + len(run)))
        at += len(run)
    return spans


def _add(hits: dict[str, list[tuple[int, int]]], classes: frozenset[str] | list[str], start: int, end: int) -> None:
    for name in classes:
        spans = hits.get(name)
        if spans is None:
            hits[name] = [(start, end)]
        elif start - BACK <= spans[-1][1] + AHEAD:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))


def _number_classes(lower: str, word: str, start: int, end: int) -> list[str]:
    classes = []
    if len(word) == 4:
        classes.append("year")
    after = lower[end:end + 5]
    if after[:1] in ("/", "-") and after[1:2].isdigit():
        classes.append("numsep")
    if after[:1] == ":" or "m" in after and ("a" in after or "p" in after):
        classes.append("clock")
    if after[:1] == "s" or after[:2] in ("'s", "\u2019s"):
        classes.append("decadenum")
    if start and lower[start - 1] in "'\u2019":
        classes.append("apos")
    return classes


def rule_spans(rule: str, by_class: dict[str, list[tuple[int, int]]], size: int) -> list[tuple[int, int]]:
    """The stretches a rule must scan: the union of its classes' windows (whole text if unknown)."""
    classes = RULE_CLASSES.get(rule)
    if classes is None:
        return [(0, size)]
    return _merge(classes, by_class)


def spans_to_scan(rule: str, by_class: dict[str, list[tuple[int, int]]], lower: str,
                  cache: dict[object, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """``rule_spans`` less the stretches that lack a piece every match of the rule holds
    (``RULE_NEEDS``); ``cache`` keeps, for one text, the windows by class set and needed pieces."""
    plan = _PLANS.get(rule)
    if plan is None:
        return [(0, len(lower))]
    classes, needs, key, word = plan
    spans = cache.get(classes)
    if spans is None:
        spans = cache[classes] = _merge(classes, by_class)
    if not needs or not spans:
        return spans
    found = cache.get(key)
    if found is None:
        found = spans if word is None or word in lower else []
        for need in needs:
            search = need.search
            found = [(b, f) for b, f in found if search(lower, b, f) is not None]
        cache[key] = found
    return found


def _merge(classes: frozenset[str], by_class: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    if len(classes) == 1:
        for name in classes:
            return by_class.get(name, [])
    spans = sorted(span for name in classes for span in by_class.get(name, ()))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
