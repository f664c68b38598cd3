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
