"""Inline regular expressions compiled once (the ``re`` module's own cache is shared with the
temporal engine's many patterns and can thrash)."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from .openings import openings as _openings


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
    return re.compile(_emit(_trie(literals)))


def _trie(literals: Iterable[str]) -> dict:  # type: ignore[type-arg]
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for literal in literals:
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def _emit(node: dict) -> str:  # type: ignore[type-arg]
    if "" in node:  # a word ends here: any match found so far will do
        return ""
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# the only characters that a case-insensitive pattern matches to an ASCII letter while lower() does
# not make them that letter: dotted and dotless i, long s, the Kelvin sign
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def odd_case(text: str) -> bool:
    """Whether the text holds a letter that a case-insensitive pattern reads as an ASCII letter
    although lower() does not make it one (then a word test on the lower-cased text proves nothing)."""
    return not text.isascii() and _ODD_CASE.search(text) is not None


def may_match(gate: re.Pattern[str], text: str, lower: str | None = None) -> bool:
    """False only when no match of a pattern is possible in ``text``: ``gate`` (from ``words``)
    lists literals one of which every match holds, and none is in the lower-cased text."""
    if gate.search(text.lower() if lower is None else lower) is not None:
        return True
    return not text.isascii() and _ODD_CASE.search(text) is not None


def lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of a case-insensitive pattern, to run over the lower-cased text
    (Python's engine runs IGNORECASE patterns several times slower): its letters lower-cased,
    escapes kept. On a text that ``plain_case`` accepts it matches exactly where the pattern
    matches, with the same spans. None when that cannot be shown here (a back-reference, a
    letter outside ASCII, a part case-sensitive on purpose such as ``(?-i:May)``: see ``_twin``)."""
    twin, exact = _twin(pattern)
    return twin if exact else None


def _twin(pattern: re.Pattern[str]) -> tuple[re.Pattern[str] | None, bool]:
    """The lower-case twin, and whether it is exact. A pattern with case-sensitive parts
    (``(?-i:...)``) gets a twin in which they ignore case: it matches wherever the pattern does
    (and maybe elsewhere), so its matches are only places to try the pattern itself."""
    known = _TWINS.get(id(pattern))
    if known is None or known[0] is not pattern:
        twin = _lowered(pattern.pattern, pattern.flags) if pattern.flags & re.IGNORECASE else (None, False)
        known = _TWINS[id(pattern)] = (pattern, *twin)
    return known[1], known[2]


# id(pattern) -> (pattern, its twin or None, exact): hashing a compiled pattern hashes all its code,
# and flag arithmetic on the RegexFlag enum is slow, both too slow to repeat for every sentence
_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None, bool]] = {}


def _lowered(source: str, flags: int) -> tuple[re.Pattern[str] | None, bool]:
    out = []
    exact = True
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":  # an escape keeps its case: \S, \W, \B, \A, \Z mean other things lower-cased
            out.append(source[index:index + 2])
            index += 2
            continue
        if source.startswith("(?P", index):  # a named group keeps its syntax
            out.append("(?P")
            index += 3
            continue
        for scoped in ("(?-i:", "(?i:"):  # a scoped flag: the twin reads it as a plain group
            if source.startswith(scoped, index):
                out.append("(?:")
                index += len(scoped)
                exact = exact and scoped == "(?i:"
                break
        else:
            out.append(char.lower() if char.isascii() else char)
            index += 1
    twin = "".join(out)
    try:
        compiled = re.compile(twin, flags & ~re.IGNORECASE)
    except re.error:
        return None, False
    if not _case_free(twin, flags & ~re.IGNORECASE) or not (exact or _relaxable(source, flags)):
        return None, False
    return compiled, exact


def _relaxable(source: str, flags: int) -> bool:
    """Whether ignoring case in the pattern's case-sensitive parts can only let it match more: no
    negation inside them ([^A-Z], a negative lookaround), and none of them inside a negative lookaround."""
    sre = importlib.import_module("re._constants")

    def ok(items: Any, scoped: bool, negated: bool) -> bool:
        for op, av in items:
            if op is sre.NOT_LITERAL and scoped or op is sre.IN and scoped and any(k is sre.NEGATE for k, _ in av):
                return False
            if op is sre.SUBPATTERN:
                inner = scoped or bool(av[2] & re.IGNORECASE)
                if inner and negated or not ok(av[3].data, inner, negated):
                    return False
            elif op is sre.BRANCH:
                if not all(ok(alternative.data, scoped, negated) for alternative in av[1]):
                    return False
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                if not ok(av[2].data, scoped, negated):
                    return False
            elif op in (sre.ASSERT, sre.ASSERT_NOT) and (
                    op is sre.ASSERT_NOT and scoped or not ok(av[1].data, scoped, negated or op is sre.ASSERT_NOT)):
                return False
        return True

    try:
        return bool(ok(importlib.import_module("re._parser").parse(source, flags).data, False, False))
    except Exception:  # noqa: BLE001 - any surprise in a private module: no twin
        return False


def _case_free(source: str, flags: int) -> bool:
    """No upper-case letter, scoped flag, back-reference or cased letter outside ASCII in the pattern."""
    sre = importlib.import_module("re._constants")  # the parser behind re.compile
    parser = importlib.import_module("re._parser")

    def cased(code: int) -> bool:
        char = chr(code)
        return char != char.lower() or (code > 127 and char != char.upper())

    def free(items: Any) -> bool:
        for op, av in items:
            if op in (sre.LITERAL, sre.NOT_LITERAL):
                if cased(av):
                    return False
            elif op is sre.IN:
                for kind, value in av:
                    if kind is sre.LITERAL and cased(value) or kind is sre.RANGE and any(
                            cased(code) for code in range(value[0], value[1] + 1)):
                        return False
                    if kind not in (sre.LITERAL, sre.RANGE, sre.CATEGORY, sre.NEGATE):
                        return False
            elif op is sre.SUBPATTERN:
                if av[1] or av[2] or not free(av[3].data):
                    return False
            elif op is sre.BRANCH:
                if not all(free(alternative.data) for alternative in av[1]):
                    return False
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                if not free(av[2].data):
                    return False
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                if not free(av[1].data):
                    return False
            elif op not in (sre.AT, sre.ANY, sre.CATEGORY):
                return False
        return True

    try:
        parsed = parser.parse(source, flags)
        return not parsed.state.flags & re.IGNORECASE and bool(free(parsed.data))  # (no inline "(?i)")
    except Exception:  # noqa: BLE001 - any surprise in a private module: no twin, the pattern itself runs
        return False


def plain_case(text: str, lower: str) -> bool:
    """Whether a ``lowered`` twin over ``lower`` finds what its pattern finds over ``text``: the
    lower-casing kept every offset and made no letter ASCII that was not (dotted I, Kelvin sign)."""
    global _PLAIN
    known = _PLAIN
    if known[0] is text and known[1] is lower:
        return known[2]
    plain = len(lower) == len(text) and (text.isascii() or _ODD_CASE.search(text) is None)
    _PLAIN = (text, lower, plain)  # (the same article is asked about sentence by sentence)
    return plain


_PLAIN: tuple[str, str, bool] = ("", "", True)


def finditer_folded(pattern: re.Pattern[str], text: str, lower: str | None = None,
                    start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """``list(pattern.finditer(text, start, end))``, found by the pattern's lower-case twin where
    there is one: each place the twin finds is tried by the pattern itself, for its exact match
    (with groups in the text's case)."""
    end = len(text) if end is None else end
    plan = _PLANS.get(id(pattern))
    if plan is None or plan[0] is not pattern:
        plan = _plan(pattern)
    if plan[1] is not None:
        lower = text.lower() if lower is None else lower
        known = _PLAIN  # (plain_case's answer for the text asked about last, read here without a call)
        if known[2] and known[0] is text and known[1] is lower or plain_case(text, lower):
            if not start and end == len(lower) and id(pattern) in _GATED and _ruled_out(pattern, lower):
                return []  # (a sentence without any literal the pattern needs)
            found: list[re.Match[str]] = []
            position = start
            while True:
                match = _next(plan, text, lower, position, end)
                if match is None:
                    return found
                if match.end() == match.start():  # (after an empty match finditer moves on its own way)
                    break
                found.append(match)
                position = match.end()
    return finditer_fast(pattern, text, start, end)  # (a case-sensitive pattern: by its locator where it has one)


# id(pattern) -> (pattern, its twin, exact, the twin's locator, whether the locator leaves the first place)
_Plan = tuple[re.Pattern[str], "re.Pattern[str] | None", bool, "re.Pattern[str] | None", bool]
_PLANS: dict[int, _Plan] = {}


def _plan(pattern: re.Pattern[str]) -> _Plan:
    twin, exact = _twin(pattern)
    located = None if twin is None else _locator(twin)
    plan = _PLANS[id(pattern)] = (pattern, twin, exact, *(located or (None, False)))
    return plan


def _next(plan: _Plan, text: str, lower: str, position: int, end: int) -> re.Match[str] | None:
    """The pattern's leftmost match in [position, end): the twin's first place (found by its
    locator where it has one), or (for a twin that matches more) the first of its places where
    the pattern matches."""
    pattern, twin, exact, locator, bounded = plan
    assert twin is not None
    while True:
        hit = None
        if bounded and not position:  # (a match at the very start has no character before it to find)
            hit = twin.match(lower, position, end)
        if hit is not None:
            at, stop = hit.span()
        elif locator is not None:  # (a bounded one reads from the character before the first place)
            hit = locator.search(lower, position - 1 if bounded and position else position, end)
            if hit is None:
                return None
            at, stop = hit.span(1)
        else:
            hit = twin.search(lower, position, end)
            if hit is None:
                return None
            at, stop = hit.span()
        match = pattern.match(text, at, end)
        if match is not None and (not exact or match.end() == stop):
            return match
        if exact:
            return pattern.search(text, position, end)  # (cannot happen: the twin's match is the pattern's)
        position = at + 1


def _twin_span(twin: re.Pattern[str], lower: str, position: int, end: int) -> tuple[int, int] | None:
    """The span of ``twin.search(lower, position, end)``, found by the twin's locator where it has one."""
    plan = _locator(twin)
    if plan is None:
        hit = twin.search(lower, position, end)
        return None if hit is None else hit.span()
    locator, bounded = plan
    if bounded and not position:  # (a match at the very start has no character before it to find)
        first = twin.match(lower, position, end)
        if first is not None:
            return first.span()
    hit = locator.search(lower, position - 1 if bounded and position else position, end)  # (see _next)
    return None if hit is None else hit.span(1)


def search_folded(pattern: re.Pattern[str], text: str, lower: str | None = None) -> re.Match[str] | None:
    """``pattern.search(text)``, by the lower-case twin where there is one (see ``finditer_folded``)."""
    plan = _PLANS.get(id(pattern))
    if plan is None or plan[0] is not pattern:
        plan = _plan(pattern)
    if plan[1] is not None:
        lower = text.lower() if lower is None else lower
        known = _PLAIN  # (see finditer_folded)
        if known[2] and known[0] is text and known[1] is lower or plain_case(text, lower):
            if id(pattern) in _GATED and _ruled_out(pattern, lower):
                return None  # (a sentence without any literal the pattern needs)
            return _next(plan, text, lower, 0, len(text))
    return search_fast(pattern, text)  # (a case-sensitive pattern: by its locator where it has one)


@lru_cache(maxsize=2)  # (the article being read)
def lowered_text(text: str) -> str:
    """The lower-cased text, once per article for the sentence-by-sentence searches over it."""
    return text.lower()


class WordLists:
    """Which of several lists of literal (lower-case) words have a word in a text, found in one
    scan instead of one search per list: at every place where some word begins, the longest word
    beginning there; every word that begins there is a prefix of it.

    Every instance reads one shared scan of the words of all instances, kept for the last texts
    asked about (the same sentence is asked about by several modules): the longest word of them
    all at a place begins with every word of one list that begins there, so each list's answer
    is the same as from a scan of its own words. The shared scan keeps, for each text, the bits of
    every instance's lists at once (each instance owns a run of bits); an instance shifts out its own."""

    def __init__(self, lists: tuple[tuple[str, ...], ...]) -> None:
        words = sorted({word for words in lists for word in words})
        if not all(words):
            raise ValueError("an empty word is in every text")
        self._width = len(lists)
        self._mask = (1 << self._width) - 1
        self._offset = _SHARED.add(tuple(tuple(words) for words in lists), words)
        self._scan = re.compile("(?=(" + _longest_first(words) + "))").findall  # (for a long text: a whole article)

    def among(self, bits: int) -> int:
        """This instance's bits out of the shared scan's bits of a text (``_SharedScan.known``)."""
        return bits >> self._offset & self._mask

    def present(self, lower: str) -> int:
        """Bit i set when list i has a word in ``lower``."""
        if len(lower) <= 1000:
            return _SHARED.bits(lower) >> self._offset & self._mask
        table = _SHARED.table()
        found = 0
        for word in set(self._scan(lower)):  # (its own words: each is one of the shared words)
            found |= table[word]
        return found >> self._offset & self._mask


class _SharedScan:
    """The words of every ``WordLists``, and for the last texts scanned the bits of the lists
    (of every instance) that have a word in them."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.version = 0
        self._scan = re.compile("(?!)").findall
        self._found: dict[str, int] = {}
        self._offsets: dict[tuple[tuple[str, ...], ...], int] = {}  # lists -> the first of their bits
        self._table: tuple[int, dict[str, int]] = (-1, {})  # (version, word -> bits of the lists it begins with a word of)
        self._automaton: tuple[int, Any] = (-1, None)  # (version, an Aho-Corasick automaton of the words)

    def add(self, lists: tuple[tuple[str, ...], ...], words: list[str]) -> int:
        """Take the words of an instance's lists; the first of its bits (equal lists share them)."""
        offset = self._offsets.get(lists)
        if offset is not None:
            return offset
        offset = sum(len(known) for known in self._offsets)
        self._offsets[lists] = offset
        if not self.words.issuperset(words):
            self.words.update(words)
            self._scan = re.compile("(?=(" + _longest_first(sorted(self.words)) + "))").findall
        self.version += 1
        self._found = {}  # (a new store in one step: safe beside another thread reading the old one)
        return offset

    def _own_bits(self) -> dict[str, int]:
        """Each word with the bits of the lists that hold it."""
        own: dict[str, int] = {}
        for lists, offset in self._offsets.items():
            for index, words in enumerate(lists):
                for word in set(words):
                    own[word] = own.get(word, 0) | 1 << offset + index
        return own

    def table(self) -> dict[str, int]:
        version, table = self._table
        if version != self.version:  # (the lists holding a word that begins the word: its prefixes' own bits)
            own = self._own_bits()
            table = {word: _or(own.get(word[:size], 0) for size in range(1, len(word) + 1)) for word in self.words}
            self._table = (self.version, table)
        return table

    def automaton(self) -> Any:
        """An Aho-Corasick automaton (``pyahocorasick``) of the words, each with the bits of the lists
        that hold it; None without the package (the regular scan then runs)."""
        version, automaton = self._automaton
        if version != self.version:
            automaton = None if _AHOCORASICK is None else _AHOCORASICK.Automaton()
            if automaton is not None:
                own = self._own_bits()
                for word in self.words:
                    automaton.add_word(word, own.get(word, 0))
                automaton.make_automaton()
            self._automaton = (self.version, automaton)
        return automaton

    def known(self, lower: str) -> int | None:
        """The bits of a text scanned already (None for one not scanned lately)."""
        return self._found.get(lower)

    def bits(self, lower: str) -> int:
        store = self._found  # (the store of this version: an answer read before a new instance came goes with it)
        found = store.get(lower)
        if found is None:
            if len(store) >= 256:  # (room for the sentences of the article being read; clearing is atomic)
                store.clear()
            automaton = self.automaton()
            found = 0
            if automaton is not None:  # every place of every word: the lists holding a word that begins at a
                for _, bits in automaton.iter(lower):  # place are those of a prefix of the longest word there
                    found |= bits
            else:
                table, scan = self.table(), self._scan
                for word in set(scan(lower)):
                    found |= table.get(word, 0)  # (a word added since the table was read is in no list of it)
            store[lower] = found
        return found


def _or(values: Iterable[int]) -> int:
    found = 0
    for value in values:
        found |= value
    return found


try:
    _AHOCORASICK: Any = importlib.import_module("ahocorasick")
except ImportError:  # (optional: the regular scan finds the same words)
    _AHOCORASICK = None
_SHARED = _SharedScan()

# id(pattern) -> (pattern, the word lists holding its needed literals, its bit among them)
_GATED: dict[int, tuple[re.Pattern[str], WordLists, int]] = {}


def gate(*patterns: re.Pattern[str]) -> None:
    """Let the folded searches rule a case-insensitive pattern out of a text that the shared scan
    has read already (a sentence) and that holds none of the literals every match holds (``needs``),
    without searching: for patterns searched sentence by sentence whose literals most lack."""
    chosen = [(pattern, found) for pattern in patterns
              if pattern.flags & re.IGNORECASE and (found := needs(pattern)) and _twin(pattern)[0] is not None]
    if chosen:
        lists = WordLists(tuple(found for _, found in chosen))
        for index, (pattern, _) in enumerate(chosen):
            _GATED[id(pattern)] = (pattern, lists, 1 << index)


def ruled_out_of_parts(pattern: re.Pattern[str], text: str, lower: str) -> bool:
    """No part of ``text`` (a slice: a window of a sentence) holds a match of a gated pattern: the
    shared scan read ``lower``, the text's lower-cased form of the same offsets, and found none of
    the literals every match holds (a part holds no more literals than the whole)."""
    return id(pattern) in _GATED and plain_case(text, lower) and _ruled_out(pattern, lower)


def _ruled_out(pattern: re.Pattern[str], lower: str) -> bool:
    """The pattern is gated and the shared scan read ``lower`` and found none of its literals."""
    gated = _GATED.get(id(pattern))
    if gated is None or gated[0] is not pattern:
        return False
    bits = _SHARED.known(lower)
    return bits is not None and not gated[1].among(bits) & gated[2]


def _longest_first(words: list[str]) -> str:
    """A trie of the words in which a longer word is tried before a word that ends on the way."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit_longest(trie)


def _emit_longest(node: dict) -> str:  # type: ignore[type-arg]
    branches = [re.escape(char) + _emit_longest(child) for char, child in sorted(node.items()) if char]
    if "" in node:
        branches.append("")  # (last: the word that ends here, once no longer one matched)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# ---------------------------------------------------------------- locators
# Python's engine skips along the text quickly only for a pattern that opens with a literal or a
# set of characters; one that opens with "\b" or a lookahead is tried at every position. A locator
# finds the same first match by opening with a set of characters: either those that can begin a
# match, the match itself read by a lookahead inside a one-character lookbehind
# ("[ap](?<=(?=PATTERN)(?s:.))"), or, for a pattern that opens at a word boundary with a word
# character, the character before it ("[^A-Za-z0-9_](?=(PATTERN))", a match at the search's first
# position tried apart). Group 1 of a locator's match is the pattern's match.

# (rough share of each character in English prose, for the choice of locator)
_SHARE = dict(zip("etaoinshrdlcumwfgypbvkjxqz", (10, 7.5, 6.5, 6, 5.7, 5.5, 5.1, 4.9, 4.9, 3.5, 3.3, 2.3, 2.3, 2, 2, 1.8,
                                                 1.6, 1.6, 1.6, 1.2, 0.8, 0.6, 0.2, 0.2, 0.1, 0.1)))
_SPACE_SHARE = 17.0
_LOCATORS: dict[int, tuple[re.Pattern[str], tuple[re.Pattern[str], bool] | None]] = {}


def _locator(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], bool] | None:
    """The locator of a case-sensitive pattern and whether it leaves the first position to a match
    of the pattern itself; None where none is known to be faster (kept per pattern)."""
    known = _LOCATORS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _LOCATORS[id(pattern)] = (pattern, _make_locator(pattern))
    return known[1]


def _make_locator(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], bool] | None:
    if pattern.flags & (re.IGNORECASE | re.VERBOSE | re.LOCALE | re.MULTILINE | re.ASCII):
        return None
    try:
        data = importlib.import_module("re._parser").parse(pattern.pattern, pattern.flags).data
        first = _first(data)
        if first is not None and first[1] or _skips_already(data):
            return None  # (a match may be empty, or the engine skips along already)
        share = 100.0 if first is None else _share(first[0])
        if share > 20 and _after_non_word(data, False):
            opening = _openings(data)  # (a word start that opens with none of them is passed over at once)
            ahead = "" if opening is None else \
                "(?=" + "|".join(([_emit(_trie(opening[0]))] if opening[0] else []) + sorted(opening[1])) + ")"
            return re.compile("[^A-Za-z0-9_]" + ahead + "(?=(" + pattern.pattern + "))", pattern.flags), True
        if first is not None and share <= 35:
            chars = "".join(_set_source(item) for item in first[0])
            return re.compile("[" + chars + "](?<=(?=(" + pattern.pattern + "))(?s:.))", pattern.flags), False
    except Exception:  # noqa: BLE001 - any surprise in a private module: no locator, the pattern itself runs
        return None
    return None


def _first(items: Any) -> tuple[list[tuple[Any, Any]], bool] | None:
    """The set items (parser form) one of which begins every match of a parsed sequence, and
    whether the sequence can match the empty string; None when any character may begin it."""
    sre = importlib.import_module("re._constants")
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is sre.LITERAL:
            return [*out, (op, av)], False
        if op is sre.IN:
            if any(kind not in (sre.LITERAL, sre.RANGE, sre.CATEGORY) for kind, _ in av):
                return None  # (a negated set)
            return [*out, *av], False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # (no width: the next item begins the match)
        if op is sre.SUBPATTERN and not av[1] and not av[2]:
            subs = [av[3].data]
        elif op is sre.BRANCH:
            subs = [alternative.data for alternative in av[1]]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            subs = [av[2].data]
        else:
            return None
        empty = op is not sre.SUBPATTERN and op is not sre.BRANCH and av[0] == 0
        for sub in subs:
            found = _first(sub)
            if found is None:
                return None
            out.extend(found[0])
            empty = empty or found[1]
        if not empty:
            return out, False
    return out, True


def _skips_already(items: Any) -> bool:
    """The pattern opens with a literal or a set, with alternatives that each do (the engine's own fast skip),
    or at the start of the text (tried once)."""
    sre = importlib.import_module("re._constants")
    while items and items[0][0] is sre.SUBPATTERN:
        items = items[0][1][3].data
    if not items:
        return False
    op, av = items[0]
    if op is sre.AT and av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
        return True  # (anchored at the start: the engine tries one place)
    if op is sre.BRANCH:
        return all(alternative.data and alternative.data[0][0] is sre.LITERAL for alternative in av[1])
    return bool(op in (sre.LITERAL, sre.IN))


def _share(items: list[tuple[Any, Any]]) -> float:
    """A rough share of the positions of prose at which one of the items stands (blanks count once)."""
    sre = importlib.import_module("re._constants")
    codes: set[int] = set()
    categories: set[Any] = set()
    for kind, value in items:
        if kind is sre.CATEGORY:
            if value is not sre.CATEGORY_SPACE and value is not sre.CATEGORY_DIGIT:
                return 100.0
            categories.add(value)
        else:
            codes.update([value] if kind is sre.LITERAL else range(value[0], value[1] + 1))
    blank = sre.CATEGORY_SPACE in categories or any(chr(c).isspace() for c in codes)
    digit = sre.CATEGORY_DIGIT in categories
    return (_SPACE_SHARE if blank else 0.0) + (3.0 if digit else 0.0) + sum(
        _SHARE.get(chr(c), 0.3) for c in codes if not chr(c).isspace() and not (digit and chr(c).isdigit()))


def _wordy(item: tuple[Any, Any]) -> bool:
    """The item holds only word characters (``\\w``)."""
    sre = importlib.import_module("re._constants")
    kind, value = item
    if kind is sre.CATEGORY:
        return value in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT)
    codes = [value] if kind is sre.LITERAL else range(value[0], value[1] + 1)
    return all(chr(c).isalnum() or c == 95 for c in codes)


def _after_non_word(items: Any, boundary: bool) -> bool:
    """Every match begins after a character that is no word character (``\\W``), or at the first
    place searched: a word boundary before a word character, or a lookbehind that ends with a
    character that is no word character."""
    sre = importlib.import_module("re._constants")
    for index, (op, av) in enumerate(items):
        if op is sre.AT:
            if av is not sre.AT_BOUNDARY:
                return False
            boundary = True
        elif op is sre.ASSERT and av[0] < 0:
            if av[1].data and _non_word_set(av[1].data[-1]):
                return True
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            continue
        elif op is sre.SUBPATTERN:
            return _after_non_word(av[3].data, boundary)
        elif op is sre.BRANCH:
            return all(_after_non_word(alternative.data, boundary) for alternative in av[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            return _after_non_word(av[2].data, boundary)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):  # (optional: a match begins with it or with what follows)
            return _after_non_word(av[2].data, boundary) and _after_non_word(items[index + 1:], boundary)
        elif op is sre.LITERAL:
            return boundary and _wordy((op, av))
        elif op is sre.IN:
            return boundary and all(kind is not sre.NEGATE and _wordy((kind, value)) for kind, value in av)
        else:
            return False
    return False


def _non_word_set(item: tuple[Any, Any]) -> bool:
    """A one-character item (parser form) that only matches characters that are no word characters."""
    sre = importlib.import_module("re._constants")
    op, av = item
    if op is sre.LITERAL:
        return not (chr(av).isalnum() or av == 95)
    if op is not sre.IN or any(kind is sre.NEGATE for kind, _ in av):
        return False
    for kind, value in av:
        if kind is sre.CATEGORY:
            if value not in (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD):
                return False
        elif kind is sre.LITERAL:
            if chr(value).isalnum() or value == 95:
                return False
        elif kind is sre.RANGE:
            if any(chr(c).isalnum() or c == 95 for c in range(value[0], value[1] + 1)):
                return False
        else:
            return False
    return True


def _set_source(item: tuple[Any, Any]) -> str:
    sre = importlib.import_module("re._constants")
    kind, value = item
    if kind is sre.LITERAL:
        return f"\\U{value:08x}"
    if kind is sre.RANGE:
        return f"\\U{value[0]:08x}-\\U{value[1]:08x}"
    return {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
            sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}[value]


def search_fast(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """``pattern.search(text, start, end)`` of a case-sensitive pattern, by its locator where it has one."""
    end = len(text) if end is None else end
    plan = _locator(pattern)
    if plan is None:
        return pattern.search(text, start, end)
    span = _twin_span(pattern, text, start, end)
    return None if span is None else pattern.match(text, span[0], end)


def finditer_fast(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """``list(pattern.finditer(text, start, end))`` of a case-sensitive pattern, by its locator
    where it has one (a pattern with a locator never matches the empty string): ``search_fast``
    from the end of each match, with the locator looked up once."""
    end = len(text) if end is None else end
    plan = _locator(pattern)
    if plan is None:
        return list(pattern.finditer(text, start, end))
    locator, bounded = plan
    found: list[re.Match[str]] = []
    while True:
        match = pattern.match(text, start, end) if bounded and not start else None  # (see _twin_span)
        if match is None:
            hit = locator.search(text, start - 1 if bounded and start else start, end)
            if hit is None:
                return found
            match = pattern.match(text, hit.start(1), end)
            if match is None:
                return found
        found.append(match)
        start = match.end()



# ---------------------------------------------------------------- necessary literals

def needs(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literals one of which every match of the pattern holds, lower-case ones to look for in the
    lower-cased text for a pattern that ignores case (through its twin: a twin that matches more
    needs no more than the pattern); None when none are known (kept per pattern)."""
    known = _NEEDS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _NEEDS[id(pattern)] = (pattern, _make_needs(pattern))
    return known[1]


_NEEDS: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def _make_needs(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    source: re.Pattern[str] | None = pattern
    if pattern.flags & re.IGNORECASE:
        source = _twin(pattern)[0]
    if source is None or source.flags & (re.VERBOSE | re.LOCALE | re.IGNORECASE):
        return None
    try:
        found = _necessary(importlib.import_module("re._parser").parse(source.pattern, source.flags).data)
    except Exception:  # noqa: BLE001 - any surprise in a private module: no literals, every text is scanned
        return None
    if not found:
        return None
    return tuple(sorted(word for word in found if not any(other in word and other != word for other in found)))


def _necessary(items: Any) -> set[str] | None:
    """A set of literals one of which every match of a parsed sequence holds: the most telling of
    its runs of literal characters and of its groups (an alternation needs one of each branch's)."""
    sre = importlib.import_module("re._constants")
    options: list[set[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append({"".join(run)})
            run = []
        inner: set[str] | None = None
        if op is sre.SUBPATTERN and not av[1] and not av[2]:
            inner = _necessary(av[3].data)
        elif op is sre.BRANCH:
            branches = [_necessary(alternative.data) for alternative in av[1]]
            if all(branches):
                inner = set().union(*(branch for branch in branches if branch))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            inner = _necessary(av[2].data)
        if inner:
            options.append(inner)
    if not options:
        return None
    return max(options, key=lambda words: (min(len(word) for word in words), -len(words)))
