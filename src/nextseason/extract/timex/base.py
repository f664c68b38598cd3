"""The records shared by the rule modules: a rule, the context it runs in, and what it finds."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from ...models import Interval


@dataclass(frozen=True, slots=True)
class Hit:
    """One candidate expression before composition (ranges, bounds) and output.

    ``start``/``end`` is the whole phrase ("by the end of 2023"); ``core`` the part a TimeML
    annotator tags ("the end of 2023"); ``parts`` the separately tagged pieces of a range.
    """

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    interval: Interval | None = None
    relative: bool = False
    rule: str = ""
    priority: int = 0
    core: tuple[int, int] | None = None
    parts: tuple[Hit, ...] = ()
    # for composing ranges: the granularity the value is written at (year, month, day, ...)
    grain: str = ""

    @property
    def core_span(self) -> tuple[int, int]:
        return self.core if self.core is not None else (self.start, self.end)


@dataclass(slots=True)
class Context:
    """What a rule needs besides its match: the text and the anchor date (article date)."""

    text: str
    anchor: date | None
    lower: str = ""
    tense_cache: dict[int, str | None] = field(default_factory=dict)


Builder = Callable[[re.Match[str], Context], "Hit | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    build: Builder
    priority: int = 0
    source: str = ""  # the pattern as written (``regex`` runs an equivalent, faster form)


def with_priority(hit: Hit, priority: int) -> Hit:
    """``dataclasses.replace(hit, priority=priority)``, without its per-field reflection (the engine
    does this for most candidates; tests/test_timex_speed.py keeps the two in step)."""
    return Hit(hit.start, hit.end, hit.type, hit.value, hit.mod, hit.interval, hit.relative, hit.rule, priority,
               hit.core, hit.parts, hit.grain)


def compile_rule(name: str, pattern: str, build: Builder, priority: int = 0) -> Rule:
    """Rules match the lowercased text (IGNORECASE makes Python's regex engine several times slower);
    builders read case from ``Context.text`` at the same offsets."""
    return Rule(name, re.compile(optional_as_branch(pattern)), build, priority, pattern)


def optional_as_branch(pattern: str) -> str:
    """``(?:X)?`` written as ``(?:X|)``: the same matches (X first, then nothing), but Python's
    engine runs a branch faster than a repeat of a group. Capturing groups keep their ``?`` (an
    empty branch would capture ''), as do lazy and possessive forms."""
    opening: list[int] = []
    closes: dict[int, int] = {}  # position of ')' -> position of its '('
    i, in_class = 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 2 if pattern.startswith("]", i + 1) else 3 if pattern.startswith("^]", i + 1) else 1
            continue
        elif char == "(":
            opening.append(i)
        elif char == ")":
            closes[i] = opening.pop()
        i += 1
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if (i in closes and pattern.startswith("?", i + 1) and not pattern.startswith(("??", "?+"), i + 1)
                and pattern.startswith("(?:", closes[i])):
            out.append("|)")
            i += 2
            continue
        out.append(pattern[i])
        i += 1
    return "".join(out)
