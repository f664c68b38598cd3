"""Words of time: month, weekday, season and number names, and the regex fragments built from them.

Everything here is data plus a few pure look-ups; the patterns that use the fragments live in
``patterns.py`` (absolute dates) and ``relative.py`` / ``durations.py``.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}

NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a dozen": 12, "dozen": 12, "half a": 0, "single": 1,
}
VAGUE_NUMBERS = ("a few", "few", "several", "many", "some", "a number of", "numerous", "the last few",
                 "the next few", "a handful of")

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "last": 4, "final": 4,
}

# unit word -> (TIMEX3 duration letter, is a time unit (PT...), granularity name)
UNITS: dict[str, tuple[str, bool, str]] = {
    "second": ("S", True, "second"), "sec": ("S", True, "second"),
    "minute": ("M", True, "minute"), "min": ("M", True, "minute"),
    "hour": ("H", True, "hour"), "hr": ("H", True, "hour"),
    "day": ("D", False, "day"), "night": ("D", False, "day"),
    "week": ("W", False, "week"), "weekend": ("WE", False, "week"),
    "fortnight": ("W", False, "week"),
    "month": ("M", False, "month"), "quarter": ("Q", False, "quarter"),
    "season": ("S", False, "season"),
    "year": ("Y", False, "year"), "decade": ("DE", False, "decade"),
    "century": ("CE", False, "century"), "centurie": ("CE", False, "century"),
    "millennium": ("ML", False, "millennium"),
}


def alternation(words: object) -> str:
    """A regex alternation of the words, longest first, escaped (a space matches any whitespace),
    written as a trie: "a(?:\\s+(?:couple|few)|n)?" matches what "a\\s+couple|a\\s+few|an|a" matches."""
    return trie_alternation([w.split(" ") for w in {str(w) for w in words}], " ")  # type: ignore[attr-defined]


def trie_alternation(words: object, space: str | None = None) -> str:
    """A regex for exactly the words, factored as a trie ("mon(?:day|th)?"), so that Python's engine,
    which tries each branch of an alternation in turn, tries a shared prefix once.

    Where several words match at one place they are prefixes of one another, and the longer is
    tried first, as a longest-first alternation tries them. ``words`` are strings or, with
    ``space``, lists of pieces joined by ``\\s+``."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:  # type: ignore[attr-defined]
        node = trie
        pieces = [char for char in str(word)] if space is None else _spaced(word)
        for piece in pieces:
            node = node.setdefault(piece, {})
        node[""] = {}
    return "(?:" + _emit(trie) + ")"


def _spaced(parts: list[str]) -> list[str]:
    pieces: list[str] = []
    for i, part in enumerate(parts):
        if i:
            pieces.append(r"\s+")
        pieces.extend(re.escape(char) for char in part)
    return pieces


def _emit(node: dict) -> str:  # type: ignore[type-arg]
    branches = [(piece if piece == r"\s+" or len(piece) > 1 else re.escape(piece)) + _emit(node[piece])
                for piece in sorted(node) if piece]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
    return body


_MONTH_FULL = ("january|february|march|april|may|june|july|august|september|october|november|december")
# "Jan." / "Jan" / "Sept." ; abbreviations need not end in a period, but must end the word
MONTH = (r"(?:" + _MONTH_FULL + r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?![a-z]))")
WEEKDAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
           r"|(?:mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.(?!\w))")
SEASON = r"(?:spring|summer|fall|autumn|winter)"
YEAR = r"(?:1[6-9]\d\d|20\d\d|21\d\d)"
SHORT_YEAR = r"(?:['\u2019]\d\d)(?!\w)"
DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
ORDINAL_DAY_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
    "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}
NUM_WORD = alternation(NUMBERS)
VAGUE = alternation(VAGUE_NUMBERS)
NUMBER = (r"(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?(?!\d)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
          r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\b)?|" + NUM_WORD + r")")
UNIT = (r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|weekends?|fortnights?"
        r"|months?|quarters?|years?|decades?|centuries|century|millenni(?:um|a))")

# parts of a period: early / mid / late and their phrasal forms
PART_EARLY = (r"(?:early|earlier|the\s+(?:very\s+)?(?:beginning|start|first\s+part|early\s+part|dawn)\s+of"
              r"|(?:the\s+)?(?:beginning|start)\s+of|beginning|start)")
PART_MID = (r"(?:mid|middle|the\s+middle\s+of|(?:the\s+)?middle\s+(?:part\s+)?of|midway\s+through|halfway\s+through"
            r"|the\s+middle\s+part\s+of)")
PART_LATE = (r"(?:late|later|the\s+(?:very\s+)?(?:end|close|tail\s+end|latter\s+part|last\s+part)\s+of"
             r"|(?:the\s+)?(?:end|close)\s+of|end|the\s+final\s+(?:days|weeks)\s+of|the\s+final\s+months\s+of"
             r"|the\s+last\s+(?:days|weeks|months)\s+of)")


def part_of(word: str) -> str:
    """'early' / 'the beginning of' -> 'early'; 'mid' -> 'mid'; 'the end of' -> 'late'."""
    w = " ".join(word.lower().split())
    if "final days" in w or "last days" in w or "final weeks" in w or "last weeks" in w:
        return "final"
    if w.startswith(("mid", "the mid", "halfway", "middle", "the middle")):
        return "mid"
    if any(k in w for k in ("early", "earl", "begin", "start", "first", "dawn")):
        return "early"
    return "late"


_DIGITS = re.compile(r"\d+")
_DECIMAL = re.compile(r"\d+\.\d+")


def number_value(text: str) -> int | None:
    """'two' -> 2, '10' -> 10, 'twenty-five' -> 25, 'a few' -> None (vague)."""
    t = " ".join(text.lower().replace("-", " ").split())
    if not t:
        return None
    if _DIGITS.fullmatch(t):
        return int(t)
    if _DECIMAL.fullmatch(t):
        return None
    if t in NUMBERS:
        return NUMBERS[t]
    total = 0
    for word in t.split():
        if word not in NUMBERS:
            return None
        total += NUMBERS[word]
    return total


def unit_of(word: str) -> tuple[str, bool, str]:
    w = word.lower().rstrip(".")
    if w.startswith("millenni"):
        return UNITS["millennium"]
    if w == "centuries":
        return UNITS["century"]
    if w.endswith("s") and w[:-1] in UNITS:
        w = w[:-1]
    return UNITS[w]


def month_of(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_of(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".")]


_NON_DIGIT = re.compile(r"\D")


def day_of(word: str) -> int:
    w = word.lower()
    if w in ORDINAL_DAY_WORDS:
        return ORDINAL_DAY_WORDS[w]
    return int(_NON_DIGIT.sub("", w))


def year_of(word: str) -> int:
    w = word.strip().lstrip("'\u2019")
    y = int(w)
    if len(w) == 2:
        return 2000 + y if y < 50 else 1900 + y
    return y

PART = f"(?:{PART_EARLY}|{PART_MID}|{PART_LATE})"
