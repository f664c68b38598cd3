"""Tense-aware anchoring: which year a "June 6" or a "Friday" falls in, given the article date.

The tense is read from the words before the expression (back to the start of its sentence,
at most a short window), nearest cue first; when none is found, from the words just after it.
"was renewed on June 6" in an article of August 2023 is 2023-06-06; "premieres on June 6" is
2024-06-06 once that day has passed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .base import Context
from .calendar import safe_date

WINDOW = 90

FUTURE_WORDS = frozenset((
    "will", "'ll", "shall", "gonna", "upcoming", "forthcoming", "next", "expected", "expects",
    "scheduled", "slated", "planned", "tipped", "poised", "premieres", "arrives", "debuts", "launches",
    "airs", "lands", "returns", "begins", "starts", "opens", "streams", "drops", "hits", "bows",
    "await", "awaits", "awaiting", "would", "tomorrow", "tentatively", "anticipated", "hopefully",
    "hoping", "hopes", "aims", "aiming",
))
PAST_WORDS = frozenset((
    "was", "were", "had", "did", "been", "ago", "last", "previously", "yesterday", "earlier",
    "premiered", "aired", "debuted", "released", "launched", "announced", "renewed", "confirmed",
    "revealed", "said", "told", "began", "started", "ended", "finished", "wrapped", "dropped",
    "arrived", "returned", "cancelled", "canceled", "happened", "occurred", "took", "came", "went",
    "made", "died", "reported", "unveiled", "shared", "posted", "teased", "broke", "ran", "saw", "met",
    "bought", "sold", "won", "lost", "left", "got", "gave", "held", "kept", "led", "paid", "spent",
    "thought", "wrote", "built", "brought", "fell", "rose", "grew", "became", "chose", "drove", "flew",
    "knew", "meant", "sent", "shot", "spoke", "stood", "struck", "taught", "threw", "wore",
))
# present tense: the expression is read at the anchor's own time (nearest reading)
PRESENT_WORDS = frozenset(["is", "are", "am", "remains", "remain", "stands"])
# future auxiliaries strong enough to move a weekday forward
STRICT_FUTURE = frozenset(["will", "'ll", "shall", "wo", "next", "upcoming", "scheduled", "slated", "tomorrow"])
# two-word cues ("set to", "is to") that announce the future
FUTURE_PAIRS = frozenset({("set", "to"), ("due", "to"), ("plans", "to"), ("plan", "to"), ("is", "to"),
                          ("are", "to"), ("going", "to"), ("due", "on"), ("due", "in"), ("set", "for"),
                          ("until", "at"), ("as", "soon"), ("as", "early")})
_WORD = re.compile(r"[A-Za-z']+")
_STOP = re.compile(r"[.!?;\n]\s")
_WEAK_PAST = re.compile(r"[a-z]{3,}ed$")
_NOT_PAST_ED = frozenset({"need", "speed", "seed", "feed", "indeed", "proceed", "exceed", "succeed", "bed", "red",
                          "hundred", "based", "related", "reduced", "limited", "united", "interested",
                          "concerned", "advanced", "detailed", "fixed", "mixed", "armed", "used", "so-called"})


def _classify(lows: list[str], i: int) -> str | None:
    """'future' / 'past' for a strong cue at lows[i] (the words lowercased); 'weak-past' for another
    -ed verb."""
    w = lows[i]
    nxt = lows[i + 1] if i + 1 < len(lows) else ""
    if (w, nxt) in FUTURE_PAIRS:
        return "future"
    if w in FUTURE_WORDS:
        return "future"
    if w in PAST_WORDS:
        if w in ("been",) or (i > 0 and lows[i - 1] in ("be", "being")):
            return None
        return "past"
    if w in PRESENT_WORDS:
        return "present"
    if w.endswith(("n't", "n’t")):
        base = w[:-3]
        if base in {"wo", "will"}:
            return "future"
        if base in {"was", "were", "did", "had", "has", "have"}:
            return "past"
    if w.endswith("ed") and _WEAK_PAST.search(w) and w not in _NOT_PAST_ED:  # (the cheap half of the test first)
        return "weak-past"
    return None


DETERMINERS = frozenset((
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these",
    "those",
))


def _scan(words: list[str], indices: range | list[int], backwards: bool = True) -> str | None:
    """The nearest tense cue. Going back, an infinitive ("decided to admit ... in March") reads
    at the anchor's time; an -ed word after a determiner ("the reduced dividend") is no verb."""
    lows = [w.lower() for w in words]
    for i in indices:
        w = lows[i]
        if backwards and w == "to" and i + 1 < len(words) and words[i + 1][:1].islower() \
                and lows[i + 1] not in DETERMINERS:
            return "present"
        found = _classify(lows, i)
        if found == "weak-past" and i > 0 and lows[i - 1] in DETERMINERS:
            continue
        if found:
            return found
    return None


def tense_at(ctx: Context, start: int, end: int | None = None) -> str | None:
    """'past', 'future', 'weak-past' (an -ed word only) or None for the expression at ``start``."""
    if start in ctx.tense_cache:
        return ctx.tense_cache[start]
    text = ctx.text
    window = text[max(0, start - WINDOW):start]
    cut = None
    for cut in _STOP.finditer(window):
        pass
    if cut is not None:
        window = window[cut.end():]
    words = _WORD.findall(window)
    result = _scan(words, range(len(words) - 1, -1, -1))
    if result is None and end is not None:
        after = text[end:end + 60]
        stop = _STOP.search(after)
        if stop:
            after = after[:stop.start()]
        later = _WORD.findall(after)
        found = _scan(later, range(len(later)), backwards=False)
        result = found
    ctx.tense_cache[start] = result
    return result


def resolve_month_day(anchor: date, month: int, day: int, tense: str | None) -> date | None:
    """The year of a year-less day: by tense, else the nearest one to the anchor."""
    candidates = [safe_date(anchor.year + k, month, day) for k in (-1, 0, 1)]
    this = candidates[1]
    if this is None:  # 29 February
        leap = [c for c in candidates if c is not None]
        return min(leap, key=lambda c: abs((c - anchor).days)) if leap else None
    if tense == "past" and (this - anchor).days > 31:
        return candidates[0]
    if tense == "weak-past" and (this - anchor).days > 45:
        return candidates[0]
    if tense == "future" and (anchor - this).days > 3:
        return candidates[2]
    if tense in (None, "weak-past", "present"):
        delta = (this - anchor).days
        if delta > (200 if tense == "present" else 150):
            return candidates[0]
        if delta < -250:
            return candidates[2]
    return this


def resolve_month(anchor: date, month: int, tense: str | None) -> int:
    """The year of a year-less month: by tense; without one, news leans to the past."""
    delta = month - anchor.month
    if tense == "past":
        return anchor.year - (1 if delta > 0 else 0)
    if tense == "weak-past":
        return anchor.year - (1 if delta > 2 else 0)
    if tense == "future":
        return anchor.year + (1 if delta < 0 else 0)
    if delta > 5:
        return anchor.year - 1
    if delta < -6:
        return anchor.year + 1
    return anchor.year


def weekday_tense(ctx: Context, start: int, end: int) -> str | None:
    """'future' only when a firm future cue ("will", "next", "scheduled") precedes the weekday in
    its clause, or a "will" follows it; news reports weekdays in the past by default."""
    window = ctx.text[max(0, start - WINDOW):start]
    cut = None
    for cut in _STOP.finditer(window):
        pass
    if cut is not None:
        window = window[cut.end():]
    lows = [w.lower() for w in _WORD.findall(window)]
    for i in range(len(lows) - 1, -1, -1):
        w = lows[i]
        if w in STRICT_FUTURE or w.startswith("won") and w.endswith("t") or (
                w, lows[i + 1] if i + 1 < len(lows) else "") in FUTURE_PAIRS:
            return "future"
        if w in FUTURE_WORDS and w not in ("would", "hopes", "hoping", "aims", "aiming"):
            return "future"
        found = _classify(lows, i)
        if found in ("past", "weak-past", "present"):
            return found
    after = ctx.text[end:end + 40].lower()
    if _FUTURE_AFTER.match(after):
        return "future"
    return None


_FUTURE_AFTER = re.compile(r"\W*(?:\w+\s+){0,3}?(?:will|'ll|is\s+scheduled|is\s+set)\b")


def resolve_weekday(anchor: date, weekday: int, tense: str | None, which: str | None = None) -> date:
    """A weekday: the most recent one (news default), or the next one in the future tense.

    ``which`` is 'last', 'next' or 'this' when the text says so.
    """
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7
    if which == "last":
        return anchor - timedelta(days=back or 7)
    if which == "next":
        return anchor + timedelta(days=forward or 7)
    if which in ("this", "coming"):
        return anchor + timedelta(days=forward)
    if tense == "future":
        return anchor + timedelta(days=forward)
    return anchor - timedelta(days=back)
