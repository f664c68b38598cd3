"""Inline regular expressions compiled once (the ``re`` module's own cache is shared with the
temporal engine's many patterns and can thrash)."""

from __future__ import annotations

import re
from functools import cache


@cache
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def search(pattern: str, text: str, flags: int = 0) -> re.Match[str] | None:
    return rx(pattern, flags).search(text)


def match(pattern: str, text: str, flags: int = 0) -> re.Match[str] | None:
    return rx(pattern, flags).match(text)


def fullmatch(pattern: str, text: str, flags: int = 0) -> re.Match[str] | None:
    return rx(pattern, flags).fullmatch(text)


def sub(pattern: str, replacement: str, text: str, flags: int = 0) -> str:
    return rx(pattern, flags).sub(replacement, text)


def findall(pattern: str, text: str, flags: int = 0) -> list[str]:
    return rx(pattern, flags).findall(text)


def split(pattern: str, text: str, flags: int = 0) -> list[str]:
    return rx(pattern, flags).split(text)


def words(*literals: str) -> re.Pattern[str]:
    """A pattern that finds any of the literal (lower-case) words, factored as a trie ("mo(?:nth|re)"),
    which Python's engine scans several times faster than a plain alternation of the words."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for literal in literals:
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(_emit(trie))


def _emit(node: dict) -> str:  # type: ignore[type-arg]
    if "" in node:  # a word ends here: any match found so far will do
        return ""
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# the only characters that a case-insensitive pattern matches to an ASCII letter while lower() does
# not make them that letter: dotted and dotless i, long s, the Kelvin sign
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def may_match(gate: re.Pattern[str], text: str, lower: str | None = None) -> bool:
    """False only when no match of a pattern is possible in ``text``: ``gate`` (from ``words``)
    lists literals one of which every match holds, and none is in the lower-cased text."""
    if gate.search(text.lower() if lower is None else lower) is not None:
        return True
    return _ODD_CASE.search(text) is not None
