"""Find an article's title surfaces without compiling a regular expression per article.

``SurfaceMatcher`` finds what ``re.compile(r"(?<![\\w])(?:A|B|...)(?![\\w])", re.IGNORECASE)``
finds with ``finditer(text, start, end)``, where each alternative is one surface whose words
(split at ``[\\s\\-–—:]+``) are joined by ``[\\s\\-–—:]+``, tried in the order given. Compiling
that pattern costs more than the rest of the title search, and every article has its own.

The match is exact when neither the text nor the surfaces hold a cased letter outside ASCII
(curly quotes, dashes and Hangul are fine): then ignoring case is comparing lower-cased
strings of the same length. Otherwise the regular expression is compiled after all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from .fastre import lowered_text

_SPLIT = re.compile(r"[\s\-–—:]+")
_SEPARATORS = frozenset("-–—:")


def _word(char: str) -> bool:
    """A regex word character (``\\w`` of a str pattern)."""
    return char.isalnum() or char == "_"


def _ascii_cased_only(text: str) -> bool:
    """No letter outside ASCII has another case (so lower() keeps offsets and IGNORECASE is ==)."""
    if text.isascii():
        return True
    # the characters outside ASCII, by dropping the ASCII bytes of the UTF-8 form (never inside a
    # longer character's bytes): no per-character work over the whole article
    others = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    return not any(c.lower() != c or c.upper() != c for c in set(others))


_ASCII_BYTES = bytes(range(128))


# (an article's text is asked about by each of its matchers; the surfaces go through the plain
# function, so that they do not push the article out of the cache)
_text_ascii_cased_only = lru_cache(maxsize=4)(_ascii_cased_only)


class SurfaceMatcher:
    """The surfaces of one article, matched as the alternation of them would match."""

    __slots__ = ("_fallback", "_lower", "_parts", "_regex", "_starts", "_text", "_where")

    def __init__(self, surfaces: tuple[str, ...], fallback: Callable[[], re.Pattern[str]]) -> None:
        self._parts = tuple(tuple(p.lower() for p in _SPLIT.split(s) if p) for s in surfaces)
        self._fallback = fallback
        self._regex: re.Pattern[str] | None = None
        if not all(self._parts) or not all(_ascii_cased_only(s) for s in surfaces):
            self._regex = fallback()
        self._text: str | None = None
        self._lower = ""
        self._starts: list[int] = []  # where some surface's first word begins in the text, sorted
        self._where: dict[int, list[int]] = {}  # such a place -> the surfaces (indexes, in order) beginning there

    def finditer(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of each match in text[start:end], left to right, without overlaps."""
        return self.finditer_each(text, ((start, end),))[0]

    def finditer_each(self, text: str, spans: Iterable[tuple[int, int]]) -> list[list[tuple[int, int]]]:
        """``[self.finditer(text, start, end) for start, end in spans]``, in one call (an article's
        sentences: most hold no place where a surface begins)."""
        if self._regex is None and text is not self._text:
            if not _text_ascii_cased_only(text):
                self._regex = self._fallback()
            else:
                self._read(text)
        if self._regex is not None:
            return [[match.span() for match in self._regex.finditer(text, start, end)] for start, end in spans]
        every: list[list[tuple[int, int]]] = []
        starts, count = self._starts, len(self._starts)
        for start, end in spans:
            found: list[tuple[int, int]] = []
            every.append(found)
            index = bisect.bisect_left(starts, start)
            position = start
            while index < count and starts[index] < end:
                at = starts[index]
                index += 1
                if at < position:
                    continue
                for which in self._where[at]:  # the first surface (in the given order) that matches here
                    parts = self._parts[which]
                    stop = self._match(text, parts, at, end) if at + len(parts[0]) <= end else -1
                    if stop >= 0:
                        found.append((at, stop))
                        position = stop
                        break
        return every

    def _read(self, text: str) -> None:
        """Every place in the text where a surface's first word begins (the leftmost match of the
        alternation is at the first of these places where one of its surfaces matches)."""
        self._text, self._lower = text, lowered_text(text)  # (the article's, lower-cased once for all who ask)
        where: dict[int, list[int]] = {}
        for which, parts in enumerate(self._parts):
            at = self._lower.find(parts[0])
            while at >= 0:
                where.setdefault(at, []).append(which)
                at = self._lower.find(parts[0], at + 1)
        self._where = where
        self._starts = sorted(where)

    def _match(self, text: str, parts: tuple[str, ...], at: int, end: int) -> int:
        """The end of the alternative matched at ``at`` (its first word is there), or -1.

        The lookbehind sees the text before ``start`` (as re's does); the lookahead and the
        separators stop at ``end``. Separators are matched greedily: a word holds none, so
        giving one back could not let the next word match."""
        if at > 0 and _word(text[at - 1]):
            return -1
        stop = at + len(parts[0])
        for part in parts[1:]:
            gap = stop
            while gap < end and (text[gap] in _SEPARATORS or text[gap].isspace()):
                gap += 1
            if gap == stop or not self._lower.startswith(part, gap, end):
                return -1
            stop = gap + len(part)
        return -1 if stop < end and _word(text[stop]) else stop
