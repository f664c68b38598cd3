"""Cheap pre-filtering: one pass over the words of the (lowercased) text finds the trigger words of
each rule family (month names, units, digits, ...); a rule's pattern then runs only in the stretches
around its triggers. Python's regex engine tries every position of a pattern that opens with optional
groups, so scanning whole articles with thirty such patterns is what would cost the most.
"""

from __future__ import annotations

import re

from .lexicon import MONTHS, WEEKDAYS

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
TRIGGER = re.compile(r"(?<![a-z])(?:" + "|".join(sorted(WORD_CLASSES, key=len, reverse=True)) + r")(?![a-z])|\d+")

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


def windows(lower: str) -> dict[str, list[tuple[int, int]]]:
    """For each trigger class, the merged stretches [start, end) of text around its words."""
    hits: dict[str, list[tuple[int, int]]] = {}
    for token in TRIGGER.finditer(lower):
        word = token.group()
        start, end = token.start(), token.end()
        if word[0].isdigit():
            classes: frozenset[str] | list[str] = _number_classes(lower, word, start, end)
            if not classes:
                continue
        else:
            classes = WORD_CLASSES[word]
        for name in classes:
            spans = hits.get(name)
            if spans is None:
                hits[name] = [(start, end)]
            elif start - BACK <= spans[-1][1] + AHEAD:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    size = len(lower)
    return {name: [(max(0, s - BACK), min(size, e + AHEAD)) for s, e in spans] for name, spans in hits.items()}


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
    spans = sorted(span for name in classes for span in by_class.get(name, ()))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
