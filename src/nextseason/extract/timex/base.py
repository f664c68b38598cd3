"""The records shared by the rule modules: a rule, the context it runs in, and what it finds."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from ...models import Interval


@dataclass(frozen=True, slots=True, init=False)
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

    def __init__(self, start: int, end: int, type: str, value: str, mod: str | None = None,
                 interval: Interval | None = None, relative: bool = False, rule: str = "", priority: int = 0,
                 core: tuple[int, int] | None = None, parts: tuple[Hit, ...] = (), grain: str = "") -> None:
        # What the frozen dataclass would write, field by field, through the slots' own setters: its
        # generated __init__ goes through object.__setattr__, which looks each slot up by name again,
        # and the engine makes a Hit for every candidate (tests/test_timex_speed.py keeps the two alike).
        s = _HIT_SETTERS
        s[0](self, start)
        s[1](self, end)
        s[2](self, type)
        s[3](self, value)
        s[4](self, mod)
        s[5](self, interval)
        s[6](self, relative)
        s[7](self, rule)
        s[8](self, priority)
        s[9](self, core)
        s[10](self, parts)
        s[11](self, grain)

    @property
    def core_span(self) -> tuple[int, int]:
        return self.core if self.core is not None else (self.start, self.end)


_HIT_SETTERS = tuple(Hit.__dict__[f.name].__set__ for f in fields(Hit))  # the slots' descriptors, in field order


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
    return Rule(name, compile_fast(pattern), build, priority, pattern)


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` of an equivalent pattern that Python's engine runs faster: behind a lookahead
    on the characters a match can begin with (and go on with), optional groups as empty branches. The lookahead is
    compiled with the same flags, so case-insensitive patterns fold it the same way."""
    fast = opening_guard(pattern) + optional_as_branch(pattern)
    SOURCES[fast] = pattern
    return re.compile(fast, flags)


SOURCES: dict[str, str] = {}  # each fast form's pattern as written (the tests compare the two)


def lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-sensitive form of a case-insensitive ``compile_fast`` pattern written in lower case,
    for ASCII text lower-cased: there it matches where the pattern matches over the text, at the
    same offsets (Python's engine runs case-insensitive patterns several times slower). Outside
    ASCII, ignoring case pairs letters such as the long s with ASCII ones: such text keeps the pattern."""
    source = SOURCES[pattern.pattern]
    if re.search(r"[A-Z]", re.sub(r"\\.|\(\?P", "", source)):
        raise ValueError(f"not written in lower case: {source!r}")
    return compile_fast(source, pattern.flags & ~re.IGNORECASE)


def search_between(pattern: re.Pattern[str], twin: re.Pattern[str], ctx: Context, begin: int,
                   end: int) -> re.Match[str] | None:
    """``pattern.search(ctx.text, begin, end)``, by its ``lower_twin`` over ``ctx.lower`` where the
    stretch (and the character before it, which a word boundary reads) is ASCII."""
    if len(ctx.lower) == len(ctx.text) and ctx.text[begin - 1 if begin else 0:end].isascii():
        return twin.search(ctx.lower, begin, end)
    return pattern.search(ctx.text, begin, end)


def first_char_guard(pattern: str) -> str:
    """``(?=[...])``: the characters a match of the pattern can begin with, as a lookahead that
    turns away every other position at once (a pattern opening with ``\\b`` and optional words
    is otherwise tried in full at every word's end). '' when the pattern is beyond this analysis
    (or can match nothing), which only costs speed."""
    try:
        sre = importlib.import_module("re._constants")  # the parser behind re.compile
        parsed = importlib.import_module("re._parser").parse(pattern)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return ""
        found, nullable = _first(parsed.data, sre)
    except Exception:  # noqa: BLE001 - any surprise in a private module: no guard, same matches
        return ""
    if found is None or nullable or not found:
        return ""
    return "(?=[" + "".join(sorted(found)) + "])"


def _first(items: Any, sre: Any) -> tuple[set[str] | None, bool]:
    """The class pieces a sequence can begin with, and whether it can match the empty string."""
    found: set[str] = set()
    for op, av in items:
        piece: set[str] | None
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width
        if op is sre.LITERAL:
            piece, nullable = {_char(av)}, False
        elif op is sre.IN:
            piece, nullable = _class_pieces(av, sre), False
        elif op is sre.BRANCH:
            piece, nullable = set(), False
            for alternative in av[1]:
                sub, empty = _first(alternative.data, sre)
                if sub is None:
                    return None, False
                piece |= sub
                nullable = nullable or empty
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:
            piece, nullable = _first(av[3].data, sre)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            piece, nullable = _first(av[2].data, sre)
            nullable = nullable or av[0] == 0
        else:
            return None, False
        if piece is None:
            return None, False
        found |= piece
        if not nullable:
            return found, False
    return found, True


def opening_guard(pattern: str) -> str:
    """``(?=[...][...])``: the characters a match can begin with and those its second character can
    be, when every match is two characters or more (a pattern whose opening words all begin with
    common letters, say "last", "the", "early", still turns away most words by their second letter);
    else ``first_char_guard``. The pair is checked apart, so the guard lets through some pairs no
    match begins with, which only costs speed."""
    try:
        sre = importlib.import_module("re._constants")
        parsed = importlib.import_module("re._parser").parse(pattern)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return ""
        opening = _opening(parsed.data, sre)
    except Exception:  # noqa: BLE001 - as in first_char_guard
        opening = None
    if opening is None:
        return first_char_guard(pattern)
    first, second, nullable, single = opening
    if nullable or single or not first or not second:
        return first_char_guard(pattern)
    return "(?=[" + "".join(sorted(first)) + "][" + "".join(sorted(second)) + "])"


_Opening = tuple[set[str], set[str], bool, bool]


def _opening(items: Any, sre: Any) -> _Opening | None:
    """Of a sequence: the class pieces its first character can be, those its second can be, whether
    it can match '' and whether it can match exactly one character. None: beyond this analysis."""
    first: set[str] = set()
    second: set[str] = set()
    nullable, single = True, False  # the empty sequence so far
    for op, av in items:
        if not nullable and not single:
            break  # two characters are already taken: what follows cannot change the first two
        item = _item_opening(op, av, sre)
        if item is None:
            return None
        f, s, n, one = item
        second = second | (f if single else set()) | (s if nullable else set())
        first = first | (f if nullable else set())
        nullable, single = nullable and n, (single and n) or (nullable and one)
    return first, second, nullable, single


def _item_opening(op: Any, av: Any, sre: Any) -> _Opening | None:
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), set(), True, False  # zero width (left unchecked: the guard only gets wider)
    if op is sre.LITERAL:
        return {_char(av)}, set(), False, True
    if op is sre.IN:
        pieces = _class_pieces(av, sre)
        return None if pieces is None else (pieces, set(), False, True)
    if op is sre.SUBPATTERN and not av[1] and not av[2]:
        return _opening(av[3].data, sre)
    if op is sre.BRANCH:
        alternatives = [_opening(alternative.data, sre) for alternative in av[1]]
        if any(a is None for a in alternatives):
            return None
        return (set().union(*(a[0] for a in alternatives)), set().union(*(a[1] for a in alternatives)),  # type: ignore[index]
                any(a[2] for a in alternatives), any(a[3] for a in alternatives))  # type: ignore[index]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, body = av
        inner = _opening(body.data, sre)
        if inner is None or high < 1:
            return None
        f, s, n, one = inner
        return (f, s | (f if one and high >= 2 else set()), low == 0 or n, one and (low <= 1 or n))
    return None


def _char(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _class_pieces(items: Any, sre: Any) -> set[str] | None:
    pieces: set[str] = set()
    categories = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}
    for op, av in items:
        if op is sre.LITERAL:
            pieces.add(_char(av))
        elif op is sre.RANGE:
            pieces.add(_char(av[0]) + "-" + _char(av[1]))
        elif op is sre.CATEGORY and av in categories:
            pieces.add(categories[av])
        else:
            return None  # a negated class or another category: no guard
    return pieces


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
