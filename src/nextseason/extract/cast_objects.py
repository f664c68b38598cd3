"""Where a cast verb points: "returns to the series" is casting, "returns to Broadway",
"joined Instagram", "joins Kim on the podcast" and "will star in the film Dawn" are not.

A "join" or "return to" cue counts when the words after it name the show, its cast or a season
(or a title the article mentions); a "will star in" cue does not count when a film, a play or
another kind of production follows.
"""

from __future__ import annotations

import re

_SHOW_WORDS = re.compile(
    r"\b(?:cast|casts|season|seasons|series|show|drama|ensemble|line-?up|production|franchise|project|role|roles|"
    r"character|part|fold|set|sequel|spinoff|spin-off|instal?lment|chapter|episodes?|as)\b|\bS\d", re.IGNORECASE)
_JOIN = re.compile(r"join(?:s|ed|ing)?$", re.IGNORECASE)
_RETURN_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_OTHER_WORK = re.compile(
    r"\s+in\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?(?:\w+\s+){0,2}?(?:film|movie|play|musical|biopic|documentary|"
    r"stage|commercial|music\s+video|album|video\s+game)\b", re.IGNORECASE)
_WILL_STAR = re.compile(r"will\s+(?:also\s+)?(?:star|appear|feature)$", re.IGNORECASE)


def elsewhere(s: str, start: int, end: int, titles: list[tuple[int, int]]) -> bool:
    """Whether the cue s[start:end] points at something other than the show."""
    cue = s[start:end]
    after = s[end:end + 60]
    titled = any(end <= a < end + 40 for a, _ in titles)
    if _WILL_STAR.search(cue):
        return bool(_OTHER_WORK.match(after)) and not titled
    if _JOIN.search(cue):
        return not (titled or _SHOW_WORDS.search(after[:30]) or not after.strip(" \t.,;!?\"”’"))
    if cue.lower().startswith("return") and _PLOT_RETURN.match(after):
        return True  # "Dana returns home", "returns from the dead": the story, not the cast
    to = _RETURN_TO.match(after) if cue.lower().startswith("return") else None
    if to is not None:
        rest = _DETERMINER.sub("", after[to.end():])
        return not (titled or _SHOW_WORDS.match(rest) or _TO_PLAY.match(after[to.end():]))
    return False


_PLOT_RETURN = re.compile(r"\s+(?:home|from\s+the\s+dead|from\s+(?:the\s+)?(?:war|exile|prison|hell))\b", re.IGNORECASE)
_TO_PLAY = re.compile(r"(?:play|portray|reprise|star|appear|voice|film|shoot|lead|front|helm)\b", re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:the|his|her|their|its)\s+(?:\w+\s+)?", re.IGNORECASE)
