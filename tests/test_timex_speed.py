"""The shortcuts that make the temporal engine fast must not change what it finds: the trie-shaped
trigger pattern matches what the plain word list matches, words and numbers found apart give the
windows of one pass, every rule run in branch form behind its first-character guard matches as
written, every rule's match holds the piece ``RULE_NEEDS`` says it holds, and the engine with all
its shortcuts returns exactly the hits of the engine without them."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date

import pytest
from conftest import DEV, SHARED
from hypothesis import example, given, settings
from hypothesis import strategies as st

from nextseason.extract.timex import anaphora, finder, lexicon, triggers
from nextseason.extract.timex.base import (
    SOURCES,
    Context,
    Hit,
    compile_fast,
    first_char_guard,
    lower_twin,
    opening_guard,
    optional_as_branch,
    search_between,
    with_priority,
)
from nextseason.extract.timex.compose import compose
from nextseason.models import Interval

OWN_SENTENCES = [
    "The show was renewed on June 6 and the new season arrives in early 2027, a year-end report said.",
    "Filming wraps in the middle of next year; the first two episodes drop the weekend of 4 July 2025.",
    "Three months ago the network said a decision would come within the next few weeks, not before 2026.",
    "Season 2 has 12 episodes. It streamed 24 hours of viewing on Friday morning, 9 p.m. ET, Dec. 3rd.",
    "In the 1990s and in the twenty-first century, sales in the third quarter of 2024 beat the year-ago period.",
    "That year the cast met again; the following month they shot scenes for about ten weeks, ahead of Christmas.",
    "Late-2023 or mid-2024, the end of this year, early next month, later this week, the past decade.",
    "Between late 2023 and the beginning of 2024; 2019-2021; 2022/23; from 2020 to 2021 at the earliest.",
    "It is expected at the start of the year 2025, on 12/05/2024, on 2024-05-12, in Q3 2025 or H2 2026.",
]
WORDS = sorted({w for s in OWN_SENTENCES for w in re.findall(r"[\w'-]+|[^\w\s]", s)} | {
    "year", "years", "end", "year-end", "year-ago", "year-earlier", "century", "weekend", "ahead", "ago", "hence",
    "later", "earlier", "the", "that", "same", "prior", "new", "eve", "valentine's", "day", "first", "last", "next",
    "past", "coming", "this", "mid", "midway", "through", "late", "early", "of", "in", "-", "/", "\n", ",", "2024",
    "'24", "May", "march", "days", "week", "month", "quarter", "period", "from", "now", "halfway", "close", "final"})


def _texts() -> list[str]:
    texts = list(OWN_SENTENCES)
    if (DEV / "articles.jsonl").is_file():
        with (DEV / "articles.jsonl").open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    tbaq = SHARED / "benchmarks" / "tempeval3" / "tbaq-cleaned"
    if tbaq.is_dir():
        from nextseason.extract.timex.te3 import read_timeml
        texts += [read_timeml(path).text for path in sorted(tbaq.rglob("*.tml"))]
    return texts


def _plain_trigger() -> re.Pattern[str]:
    words = sorted(triggers.WORD_CLASSES, key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + "|".join(words) + r")(?![a-z])|\d+")


def _reference_windows(lower: str) -> dict[str, list[tuple[int, int]]]:
    """The trigger windows as one pass of the plain pattern finds them, words and numbers in turn."""
    hits: dict[str, list[tuple[int, int]]] = {}
    for token in _plain_trigger().finditer(lower):
        word, (start, end) = token.group(), token.span()
        classes = (triggers._number_classes(lower, word, start, end) if word[0].isdigit()
                   else triggers.WORD_CLASSES[word])
        for name in classes:
            spans = hits.setdefault(name, [])
            if spans and start - triggers.BACK <= spans[-1][1] + triggers.AHEAD:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    size = len(lower)
    return {name: [(max(0, s - triggers.BACK), min(size, e + triggers.AHEAD)) for s, e in spans]
            for name, spans in hits.items()}


def _check_branch_form(lower: str) -> None:
    for rule in finder.RULES:
        written = re.compile(rule.source)
        assert [(m.span(), m.groupdict()) for m in rule.regex.finditer(lower)] == [
            (m.span(), m.groupdict()) for m in written.finditer(lower)], rule.name


def _check_needs(lower: str) -> None:
    for rule in finder.RULES:
        for match in rule.regex.finditer(lower):
            for need in triggers.RULE_NEEDS.get(rule.name, ()):
                assert need.search(lower, match.start(), match.end()), (rule.name, match.group())
    for name, word in triggers.RULE_WORDS.items():
        for need in triggers.RULE_NEEDS[name]:
            for match in need.finditer(lower):
                assert word in match.group(), (name, match.group())


def _reference_hits(text: str, anchor: date | None) -> list[Hit]:
    """The engine as it was before its shortcuts: every rule over every window of its classes,
    then the same selection, anaphora and composition."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    ctx = Context(text, anchor, lower)
    by_class = _reference_windows(lower)
    candidates = []
    for rule in finder.RULES:
        written = re.compile(rule.source)
        for begin, end in triggers.rule_spans(rule.name, by_class, len(lower)):
            for match in written.finditer(lower, begin, end):
                hit = rule.build(match, ctx)
                if hit is not None and hit.end > hit.start:
                    candidates.append(dataclasses.replace(hit, priority=rule.priority))
    return compose(anaphora.resolve(finder._select(candidates), ctx), ctx)


def test_trie_trigger_pattern_matches_what_the_word_list_matches() -> None:
    plain = _plain_trigger()
    for text in _texts():
        lower = text.lower()
        assert [m.span() for m in triggers.TRIGGER.finditer(lower)] == [m.span() for m in plain.finditer(lower)]


def test_windows_found_apart_are_the_windows_of_one_pass() -> None:
    for text in _texts():
        lower = text.lower()
        assert triggers.windows(lower) == _reference_windows(lower)


def test_words_and_numbers_feed_different_classes() -> None:
    """What lets windows() scan words and numbers apart: no class gets tokens from both."""
    number_classes = {"year", "numsep", "clock", "decadenum", "apos"}
    word_classes = set().union(*triggers.WORD_CLASSES.values())
    assert not number_classes & word_classes
    for text in ("1999 2024/25 9:30 pm 1990s '24", "x 12-5 7am 80's \u201924"):
        tokens = [m for m in re.finditer(r"\d+", text)]
        found = set().union(*(triggers._number_classes(text, m.group(), *m.span()) for m in tokens))
        assert found <= number_classes


def test_with_priority_is_replace_of_the_priority() -> None:
    part = Hit(1, 2, "DATE", "2024")
    hit = Hit(3, 9, "DATE", "2024-05", "START", Interval(date(2024, 5, 1), date(2024, 5, 10), "part", "early May 2024"),
              True, "month", 1, (4, 9), (part,), "month")
    assert with_priority(hit, 3) == dataclasses.replace(hit, priority=3)
    assert [f.name for f in dataclasses.fields(Hit)] == ["start", "end", "type", "value", "mod", "interval",
                                                          "relative", "rule", "priority", "core", "parts", "grain"]


def test_bounded_is_replace_of_the_bound_fields() -> None:
    from nextseason.extract.timex import compose as composing

    part = Hit(1, 2, "DATE", "2024")
    wide = Interval(date(2024, 1, 1), None, "open", "2024 or later")
    for core in (None, (4, 9)):
        hit = Hit(3, 9, "DATE", "2024", None, Interval(date(2024, 1, 1), date(2024, 12, 31), "year", "2024"), True,
                  "year", 2, core, (part,), "year")
        assert composing._bounded(hit, 0, 12, wide, "ON_OR_AFTER") == dataclasses.replace(
            hit, start=0, end=12, interval=wide, mod="ON_OR_AFTER", core=core or (3, 9), rule="year+bound")


def test_hit_init_takes_the_fields_in_order_with_their_defaults_and_stays_frozen() -> None:
    import inspect

    parameters = list(inspect.signature(Hit.__init__).parameters.values())[1:]
    fields = dataclasses.fields(Hit)
    assert [p.name for p in parameters] == [f.name for f in fields]
    assert [p.default for p in parameters] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields]
    values = (3, 9, "DATE", "2024-05", "START", None, True, "month", 1, (4, 9), (), "month")
    hit = Hit(*values)
    assert dataclasses.astuple(hit) == values and hit == Hit(**{f.name: v for f, v in zip(fields, values)})
    assert hash(hit) == hash(dataclasses.replace(hit))
    with pytest.raises(dataclasses.FrozenInstanceError):
        hit.start = 4  # type: ignore[misc]


def test_rules_run_in_branch_form_match_as_written() -> None:
    for text in _texts():
        _check_branch_form(text.lower())


def test_optional_group_becomes_an_empty_branch_only_where_that_is_the_same() -> None:
    assert optional_as_branch(r"(?:a\s+)?b(?P<x>c)?(?:d(?:e)?)?") == r"(?:a\s+|)b(?P<x>c)?(?:d(?:e|)|)"
    assert optional_as_branch(r"[(?:]x(?:y)??(?:z)?+\(?:w\)?") == r"[(?:]x(?:y)??(?:z)?+\(?:w\)?"
    assert optional_as_branch(r"[]a)](?:b)?[^]c)](?:d)?") == r"[]a)](?:b|)[^]c)](?:d|)"


def _longest_first(words: object) -> re.Pattern[str]:
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return re.compile("(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + r")(?:\s+x)?")


NUMBER_PIECES = sorted({piece for w in list(lexicon.NUMBERS) + list(lexicon.VAGUE_NUMBERS) for piece in w.split()}
                       | {" ", "  ", "\n", "x", "-", "of"})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NUMBER_PIECES), max_size=20).map(" ".join))
def test_number_words_as_a_trie_match_what_the_longest_first_list_matches(text: str) -> None:
    for words in (lexicon.NUMBERS, lexicon.VAGUE_NUMBERS):
        trie = re.compile(lexicon.alternation(words) + r"(?:\s+x)?")
        plain = _longest_first(words)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_first_char_guard_lists_the_characters_a_match_can_begin_with() -> None:
    assert first_char_guard(r"\b(?:about\s+|)(?:\d+|two)\s+days") == r"(?=[\d\x61\x74])"
    assert first_char_guard(r"(?<=x)(?:[a-c]|q)?z") == r"(?=[\x61-\x63\x71\x7a])"
    assert re.fullmatch(r"\(\?=\[.*\]\)", first_char_guard(r"['\u2019]\d\d"))


def test_opening_guard_lists_the_first_and_second_characters_of_a_match() -> None:
    assert opening_guard(r"\b(?:about\s+|)(?:\d+|two)\s+days") == r"(?=[\d\x61\x74][\d\s\x62\x77])"
    assert opening_guard(r"(?:ab)+c?") == r"(?=[\x61][\x62])"
    assert opening_guard(r"(?<=x)a?(?=y)[bc]d") == r"(?=[\x61\x62\x63][\x62\x63\x64])"


def test_opening_guard_falls_back_to_the_first_character_where_a_match_can_be_one_character() -> None:
    for pattern in (r"a?b", r"[a-c]*z", r"\d+", r"(?:a|bc)", r"a(?:b|)", r"a\b"):
        assert opening_guard(pattern) == first_char_guard(pattern), pattern
    for pattern in (r"a.b", r"a[^b]", r"(?i)ab", r"a(?:(b)|)\1"):
        assert opening_guard(pattern) == first_char_guard(pattern), pattern


def test_first_char_guard_is_left_out_where_it_cannot_be_sure() -> None:
    for pattern in (r"a?", r"[^a]b", r".b", r"(?i)ab", r"(?:(a)|)\1b", r"\Wb", r"(?>ab)c", r"a*+b"):
        assert first_char_guard(pattern) == "", pattern


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1 -'\n", max_size=12))
def test_first_char_guard_keeps_the_matches(text: str) -> None:
    for pattern in (r"\b(?:a\s+|1)?b", r"(?:-|')?\d?a", r"(?<=b)a+|\s1"):
        guarded = re.compile(first_char_guard(pattern) + pattern)
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab1 -'\n", max_size=14))
def test_opening_guard_keeps_the_matches(text: str) -> None:
    for pattern in (r"\b(?:a\s+|1)?b1?", r"(?:-|')?\d?a(?:b|)", r"(?<=b)a+|\s1", r"(?:ab|1)*-b", r"\b(?:a|)(?:b|)\s*1",
                    r"a{0,2}b{2}", r"(?:a\b|1)(?:\s|b)", r"1+a", r"(?:1|ab){2,}"):
        guarded = re.compile(opening_guard(pattern) + pattern)
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in re.finditer(pattern, text)], pattern


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="kKsSiI\u017f\u0130\u0131\u212a t-", max_size=12))
def test_case_blind_patterns_fold_their_guard_the_same_way(text: str) -> None:
    for pattern in (r"\bks\s*$", r"(?:\bsi\b|k)", r"(?:-|t)?[i-k]s"):
        fast = compile_fast(pattern, re.IGNORECASE)
        plain = re.compile(pattern, re.IGNORECASE)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_cue_patterns_compiled_fast_match_as_written() -> None:
    from nextseason.extract.timex import absolute, compose, durations

    cues = [compose.RANGE_LEAD, compose.BOUND_BEFORE, compose.NEGATION, absolute.MONTH_CUE,
            absolute._NOT_YEAR_BEFORE, durations.BARE_CUE]
    pairs = [(cue, re.compile(SOURCES[cue.pattern], cue.flags)) for cue in cues]
    for text in _texts()[:200]:
        for end in range(0, len(text), 37):
            window = (max(0, end - 40), end)
            for fast, plain in pairs:
                assert _span(fast.search(text, *window)) == _span(plain.search(text, *window))
                assert _span(fast.match(text, end)) == _span(plain.match(text, end))


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


def test_trie_alternation_prefers_the_longer_word() -> None:
    pattern = re.compile(triggers.trie_alternation(["a", "ab", "abc", "b"]))
    assert [m.group() for m in pattern.finditer("abc ab a b abd")] == ["abc", "ab", "a", "b", "ab"]


def test_every_rule_match_holds_the_piece_its_windows_are_filtered_on() -> None:
    for text in _texts():
        _check_needs(text.lower())


def test_engine_finds_what_it_found_before_its_shortcuts() -> None:
    for text in OWN_SENTENCES + _texts()[:120]:
        for anchor in (date(2024, 8, 15), None):
            assert finder.find_hits(text, anchor) == _reference_hits(text, anchor)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join))
def test_shortcuts_hold_on_time_words_in_any_order(text: str) -> None:
    lower = text.lower()
    assert [m.span() for m in triggers.TRIGGER.finditer(lower)] == [m.span() for m in _plain_trigger().finditer(lower)]
    assert triggers.windows(lower) == _reference_windows(lower)
    _check_needs(lower)
    _check_branch_form(lower)
    assert finder.find_hits(text, date(2024, 8, 15)) == _reference_hits(text, date(2024, 8, 15))


@pytest.mark.parametrize("name", sorted(triggers.RULE_NEEDS))
def test_every_needed_piece_belongs_to_a_known_rule(name: str) -> None:
    assert name in {rule.name for rule in finder.RULES}


@pytest.mark.parametrize("name", sorted(triggers.RULE_WORDS))
def test_a_rule_word_gates_only_a_rule_with_needed_pieces(name: str) -> None:
    assert triggers.RULE_NEEDS.get(name)


DIGITS_OF_OTHER_SCRIPTS = "\u0663\u06f5\u0967\uff12\U0001d7ce"  # Arabic-Indic, Persian, Devanagari, fullwidth, math


@settings(max_examples=400, deadline=None)
@given(st.tuples(st.lists(st.sampled_from(WORDS + ["2024", "12", "7", "'99", "caf\u00e9", "\u2019s", "\u2014", "?",
                                                  "A1", "\ud800", "x", *DIGITS_OF_OTHER_SCRIPTS]), max_size=30),
                 st.sampled_from(["", " ", "-", "\u00e9"])).map(lambda words_sep: words_sep[1].join(words_sep[0])))
def test_windows_found_with_bytes_methods_are_those_of_the_regex_pass(text: str) -> None:
    """Numbers are found as runs of ASCII digits in a translated copy: the same as ``\\d+`` on any text,
    digits of other scripts and characters that are not ASCII included."""
    for candidate in (text, text.lower()):
        assert triggers.windows(candidate) == _reference_windows(candidate)


def test_number_spans_fall_back_to_the_regex_for_digits_of_other_scripts() -> None:
    for digit in DIGITS_OF_OTHER_SCRIPTS:
        text = f"in 20{digit}4 or 2025, caf\u00e9 {digit}{digit} 7"
        assert triggers._number_spans(text) == [m.span() for m in re.finditer(r"\d+", text)]


def test_a_second_pass_over_the_same_text_finds_what_a_fresh_pass_finds() -> None:
    """The engine keeps the last text's rule matches (they do not depend on the anchor): reading the
    same text again with another anchor builds from them, and must equal reading it afresh."""
    text = OWN_SENTENCES[0] + " " + OWN_SENTENCES[2] + " It aired last Friday and returns next March."
    for first, second in ((date(2024, 8, 15), date(2021, 2, 1)), (None, date(2023, 12, 31)), (date(2020, 1, 1), None)):
        finder.find_hits(text, first)
        again = finder.find_hits(text, second)
        finder.find_hits("something else entirely, in 1999", None)  # another text replaces the kept one
        assert again == finder.find_hits(text, second) == _reference_hits(text, second)


CUE_PIECES = ["By", "before", "NOT", "not", "until", "Since", "in", "ON", "early", "sometime", "at least", "no later than",
              "season", "Episode", "of the", "For", "took", "spent", "mid-", "Than", "$", "#", " ", "  ", "\n", ",", ".",
              "2024", "May", "\u017fince", "\u017fpent", "\u212a", "\u00e9", "x", "1"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(CUE_PIECES), max_size=16).map("".join), st.integers(0, 80))
@example("Out \u017fince  ", 11)  # the long s reads as an s when case is ignored, and lower() keeps it
@example("\u017feason 2024", 7)
@example("it \u017fpent  ", 10)
def test_lower_twins_find_what_the_case_blind_patterns_find(text: str, cut: int) -> None:
    """Cues are looked for with case-sensitive twins over the lower-cased text where it is ASCII:
    the same spans and words as the case-blind patterns themselves."""
    from nextseason.extract.timex import absolute, durations
    from nextseason.extract.timex import compose as composing

    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    end = min(cut, len(text))
    for pattern, twin, width in ((composing.BOUND_BEFORE, composing._BOUND_BEFORE_LOWER, 40),
                                 (durations.BARE_CUE, durations._BARE_CUE_LOWER, 16),
                                 (absolute.MONTH_CUE, absolute._MONTH_CUE_LOWER, 14)):
        begin = max(0, end - width)
        fast = search_between(pattern, twin, Context(text, None, lower), begin, end)
        plain = pattern.search(text, begin, end)
        assert _span(fast) == _span(plain)
        assert fast is None or plain is None or fast.group().lower() == plain.group().lower()
    before = text[max(0, end - 14):end]
    assert bool(absolute._MONTH_CUE_LOWER.search(before.lower()) if before.isascii()
                else absolute.MONTH_CUE.search(before)) == bool(absolute.MONTH_CUE.search(before))
    before = text[max(0, end - 16):end]
    expected = not (absolute._NOT_YEAR_BEFORE.search(before) and not absolute._YEAR_CUE_BEFORE.search(before)) and \
        not absolute._NOT_YEAR_AFTER.match(text[end:end + 14])
    assert absolute.year_context_ok(text, end, end) == expected


def test_lower_twin_refuses_a_pattern_with_capitals() -> None:
    with pytest.raises(ValueError):
        lower_twin(compile_fast(r"\bMay\b", re.IGNORECASE))
    assert lower_twin(compile_fast(r"(?P<w>by|\Snot)\s+$", re.IGNORECASE)).search("x BY  ".lower()) is not None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab x-\n", max_size=16), st.integers(0, 16), st.integers(0, 16))
def test_find_all_lists_what_finditer_finds(text: str, begin: int, finish: int) -> None:
    for pattern in (r"a+", r"\bab?", r"a*", r"(?:ab|)", r"\b", r"x*?", r"(?<=a)b*|x", r"a|(?=b)"):
        regex = re.compile(pattern)
        found: list[re.Match[str]] = []
        finder._find_all(regex, text, begin, finish, found)
        assert [m.span() for m in found] == [m.span() for m in regex.finditer(text, begin, finish)], pattern
