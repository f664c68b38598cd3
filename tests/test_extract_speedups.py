"""The fast paths of title search and the word gates find exactly what the regular expressions find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nextseason.extract import fastre as fre
from nextseason.extract.mentions import _compiled_surfaces, _mid_sentence, _subtitled
from nextseason.extract.surfaces import SurfaceMatcher

PLAIN = [  # no letter outside ASCII with another case: the matcher's own path
    "Lantern", "Bay", "lantern", "BAY", "Copper", "Valley", " ", "  ", "\t", "-", "–", "—", ":", "'s", "’s",
    "2", "_", "x", "“", ",", ".", "season", "\u00a0", "of", "the", "The", "한",
]
ODD = ["é", "É", "ſ", "ı", "K", "İ"]  # cased letters outside ASCII: the compiled pattern's path
TEXTS = st.lists(st.sampled_from(PLAIN), max_size=30).map("".join)
ODD_TEXTS = st.lists(st.sampled_from(PLAIN + ODD), max_size=30).map("".join)
PLAIN_SURFACES = ["Lantern Bay", "Lantern", "Copper Valley", "Copper-Valley", "Bay: Copper", "The Lantern",
                  "Valley 2", "lantern bay", "x", "Bay's"]
SURFACES = st.lists(st.sampled_from(PLAIN_SURFACES), min_size=1, max_size=4)
ODD_SURFACES = st.lists(st.sampled_from([*PLAIN_SURFACES, "Éclair", "ſea"]), min_size=1, max_size=4)


def regex_spans(surfaces: tuple[str, ...], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _compiled_surfaces(surfaces).finditer(text, start, end)]


def same_as_regex(surfaces: list[str], text: str, a: int, b: int) -> SurfaceMatcher:
    ordered = tuple(sorted(set(surfaces), key=lambda s: (-len(s), s)))
    start = min(a, len(text))  # a cut off the front and one off the back
    end = max(start, len(text) - b)
    matcher = SurfaceMatcher(ordered, lambda: _compiled_surfaces(ordered))
    assert matcher.finditer(text, start, end) == regex_spans(ordered, text, start, end)
    return matcher


@settings(max_examples=500, deadline=None)
@given(SURFACES, TEXTS, st.integers(0, 12), st.integers(0, 12))
def test_surface_matcher_finds_what_the_alternation_finds(surfaces, text, a, b):
    matcher = same_as_regex(surfaces, text, a, b)
    assert matcher._regex is None  # its own path, not the compiled pattern


@settings(max_examples=200, deadline=None)
@given(ODD_SURFACES, ODD_TEXTS, st.integers(0, 12), st.integers(0, 12))
def test_surface_matcher_with_other_cased_letters_finds_what_the_alternation_finds(surfaces, text, a, b):
    same_as_regex(surfaces, text, a, b)


def test_surface_matcher_ignores_case_and_joins_words_across_dashes_and_blanks():
    text = "I loved LANTERN  bay. Lantern–Bay 2 soon; Lanternbay not."
    surfaces = ("Lantern Bay", "Lantern")  # longest first: it wins where both match
    matcher = SurfaceMatcher(surfaces, lambda: _compiled_surfaces(surfaces))
    assert [text[a:b] for a, b in matcher.finditer(text, 0, len(text))] == ["LANTERN  bay", "Lantern–Bay"]


def test_surface_matcher_stops_at_the_end_it_is_given():
    text = "Lantern Bay"
    surfaces = ("Lantern Bay", "Lantern")
    matcher = SurfaceMatcher(surfaces, lambda: _compiled_surfaces(surfaces))
    assert matcher.finditer(text, 0, 9) == [(0, 7)]
    assert matcher.finditer(text, 0, 5) == []  # a word cut by the end is no match


def test_surface_matcher_does_not_match_inside_a_match():
    text = "Lantern Bay and Bay"
    surfaces = ("Lantern Bay", "Bay")
    matcher = SurfaceMatcher(surfaces, lambda: _compiled_surfaces(surfaces))
    assert matcher.finditer(text, 0, len(text)) == regex_spans(surfaces, text, 0, len(text)) == [(0, 11), (16, 19)]


@settings(max_examples=300, deadline=None)
@given(ODD_TEXTS, st.sampled_from(["Bay", "Lantern", "x", "2", "Bay's"]))
def test_mid_sentence_agrees_with_its_regex(text, surface):
    expected = re.search(r"(?:[a-z,;]|['’]s)[ \t]+[\"“‘']?" + re.escape(surface) + r"\b", text) is not None
    assert _mid_sentence(text, {surface: 1}) == expected  # type: ignore[arg-type]


def test_a_subtitle_after_a_title_and_a_colon_is_a_work_of_its_own():
    text = "Lantern Bay: The Reckoning is coming. Lantern Bay: what next?"
    spans = [(0, 37), (38, len(text))]
    found = _subtitled(text, spans, {"lanternbay": {"Lantern Bay": 2}}, ())  # type: ignore[dict-item]
    assert found == ("Lantern Bay: The Reckoning",)


@settings(max_examples=300, deadline=None)
@given(ODD_TEXTS)
def test_word_gate_never_rules_out_a_case_insensitive_match(text):
    pattern = re.compile(r"\b(?:lantern|bay|season)\b", re.IGNORECASE)
    gate = fre.words("lantern", "bay", "season")
    if pattern.search(text):
        assert fre.may_match(gate, text)


def test_word_gate_rules_out_a_text_without_the_words():
    gate = fre.words("renew", "cancel")
    assert not fre.may_match(gate, "Filming began in May.")
    assert fre.may_match(gate, "It was RENEWED.")
    assert fre.may_match(gate, "It was renewed.".replace("e", "E"))


def module_patterns() -> list[re.Pattern[str]]:
    from nextseason.extract import (
        assemble,
        cast,
        certainty,
        claims,
        delay,
        mentions,
        renewal,
        sentences,
        times,
    )

    found = []
    for module in (assemble, cast, certainty, claims, delay, mentions, renewal, sentences, times):
        found.extend(value for value in vars(module).values() if isinstance(value, re.Pattern))
    return found


PATTERNS = module_patterns()
CUE_WORDS = [
    "Renewed", "renewal", "CANCELLED", "season", "Season 2", "second", "will", "won't", "n’t", "not", "No", "date",
    "release", "Premieres", "filming", "Production", "wrapped", "said", "told", "According to", "reports", "per",
    "Netflix", "the streamer", "could", "May", "may", "expected", "officially", "confirmed", "that", "is", "was",
    "has", "been", "back", "for", "a", "third", "episodes", "10", "2024", "in", "on", " ", "  ", ", ", ". ", ";",
    ": ", " – ", "(", ")", "\"", "“", "’s", "é", "É", "ſ", "ı", "K", "İ", "\u00a0", "\n", "see", "See", "Lantern Bay",
    "S", "including", "as", "Kim", "joins", "the cast", "return", "maybe",
]
CUE_TEXTS = st.lists(st.sampled_from(CUE_WORDS), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(CUE_TEXTS)
def test_lower_case_twins_find_what_their_case_insensitive_patterns_find(text):
    for pattern in PATTERNS:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in fre.finditer_folded(pattern, text)] == expected, pattern.pattern
        cut = (len(text) // 3, len(text) - len(text) // 4)  # (searches between two offsets too)
        assert [(m.span(), m.groups()) for m in fre.finditer_folded(pattern, text, None, *cut)] == \
            [(m.span(), m.groups()) for m in pattern.finditer(text, *cut)], pattern.pattern
        first = pattern.search(text)
        again = fre.search_folded(pattern, text)
        assert (again and (again.span(), again.groups())) == (first and (first.span(), first.groups())), pattern.pattern


def test_most_case_insensitive_cue_patterns_have_a_lower_case_twin():
    insensitive = [p for p in PATTERNS if p.flags & re.IGNORECASE]
    twins = [p for p in insensitive if fre.lowered(p) is not None]
    assert len(twins) >= 0.8 * len(insensitive)
    assert fre.lowered(re.compile(r"(?-i:May)|june", re.IGNORECASE)) is None  # case-sensitive on purpose
    assert fre._twin(re.compile(r"(?-i:May)|june", re.IGNORECASE))[0] is not None  # (only a place to try it)
    assert fre._twin(re.compile(r"(?!(?-i:May))\w+", re.IGNORECASE))[0] is None  # ignoring case would match less
    assert fre.lowered(re.compile(r"\bA[A-Z]\S", re.IGNORECASE)).pattern == r"\ba[a-z]\S"  # escapes keep their case


def test_a_text_that_lower_casing_would_change_in_length_or_make_ascii_keeps_the_pattern():
    pattern = re.compile(r"\bis\b", re.IGNORECASE)
    for text in ("İS it", "ıs it", "ſ is"):
        assert [m.span() for m in fre.finditer_folded(pattern, text)] == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcXYZ 09_-éÉßﬁİıſK’Ⅻ²\u00a0", max_size=16))
def test_fold_is_the_nfkd_casefold_of_the_letters_and_digits(text):
    import unicodedata

    from nextseason.text import fold

    assert fold(text) == "".join(c for c in unicodedata.normalize("NFKD", text).casefold() if c.isalnum())


FINDER_TEXTS = st.lists(st.sampled_from([
    "set", "set to", "season", "re", "new", "renew", "the stream", "streamer", "air", "date", "window", " ", "as",
    " as ", "eps", " eps", "episode", "pushed", "push", "l-r", "from left", "cast", "shot", "shoot", "no", "x",
    "due to", "due", "back", "return", "confirm", "once again", "netflix", "max", "mbc", "table read",
]), max_size=25).map("".join)


@settings(max_examples=400, deadline=None)
@given(FINDER_TEXTS)
def test_one_scan_tells_which_finders_words_a_sentence_holds(lower):
    from nextseason.extract.claims import finder_words

    lists = finder_words()
    found = fre.WordLists(lists).present(lower)
    assert [bool(found >> i & 1) for i in range(len(lists))] == [any(w in lower for w in words) for words in lists]


def test_word_lists_see_a_short_word_inside_a_longer_one_and_overlapping_words():
    lists = (("set",), ("set to",), ("to",), ("ton",), ("one",))
    present = fre.WordLists(lists).present("all set; tone")
    assert [bool(present >> i & 1) for i in range(5)] == [True, False, True, True, True]


@settings(max_examples=200, deadline=None)
@given(CUE_TEXTS)
def test_locators_find_what_their_case_sensitive_patterns_find(text):
    from nextseason.extract import cast_roles

    evidence = [p for p, _ in cast_roles._PERSON_EVIDENCE + cast_roles._CHARACTER_EVIDENCE] + [cast_roles._PEOPLE_LIST]
    for pattern in [*PATTERNS, *(fre._twin(p)[0] for p in PATTERNS), *evidence]:
        if pattern is None or pattern.flags & re.IGNORECASE:
            continue
        for cut in ((0, len(text)), (len(text) // 3, len(text) - len(text) // 4)):
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text, *cut)]
            assert [(m.span(), m.groups()) for m in fre.finditer_fast(pattern, text, *cut)] == expected, pattern.pattern
            first = pattern.search(text, *cut)
            again = fre.search_fast(pattern, text, *cut)
            assert (again and (again.span(), again.groups())) == (first and (first.span(), first.groups())), pattern.pattern


def test_a_locator_opens_with_the_characters_that_can_begin_a_match():
    at_boundary = fre._locator(re.compile(r"\b(?:netflix|hbo|max|amazon|prime\s+video)\b"))
    assert at_boundary is not None and at_boundary[1]  # many letters: the character before the word
    rare = fre._locator(re.compile(r"\b(?:played|voiced)\s+by"))
    assert rare is not None and not rare[1] and rare[0].pattern.startswith("[")
    assert fre._locator(re.compile(r"[A-Z]\w+")) is None  # the engine skips along already
    assert fre._locator(re.compile(r"\b\w*")) is None  # may be empty
    assert fre._locator(re.compile(r"\bx", re.IGNORECASE)) is None  # (only case-sensitive patterns)
    # a match after a lookbehind that ends with a blank also begins after a character that is no word character
    after_that = fre._locator(re.compile(r"(?=[rsw]|(?<=that\s))\b(?:renew\w*|said|(?<=that\s)[\w':]+\s+will)"))
    assert after_that is not None and after_that[1]
    assert fre._locator(re.compile(r"(?<=that)[\w':]+")) is None
    text = "Kim was voiced by Lee; Park played  by Choi. replayed by x"
    pattern = re.compile(r"\b(?:played|voiced)\s+by")
    assert [m.span() for m in fre.finditer_fast(pattern, text)] == [m.span() for m in pattern.finditer(text)]


CAST_TEXTS = st.lists(st.sampled_from([
    "Kim Ha", "Lee", " ", "  ", "\t", ", ", "(", ")", "as", " as ", "roles", "like", "such as", "including", "known",
    "Known for", "famous", "starred in", "series", "Series", "shows", "SHOWS", "film", "play", "played by", "producer",
    "an executive producer", "are", "is", "hits", "movies", "actor", "actress", "stars", "cast members", "starring",
    "voiced by", "who is", "—", ":", "the", "ſ", "K", "İ", "é",
]), max_size=25).map("".join)


@settings(max_examples=300, deadline=None)
@given(CAST_TEXTS)
def test_cast_word_gates_never_rule_out_a_match(text):
    from nextseason.extract import cast, cast_roles

    gates = cast._gates(text, text.lower())
    for bit, pattern in ((1, cast._SLOT_LIST_BEFORE), (2, cast._KNOWN_FROM), (4, cast._TITLE_BEFORE),
                         (8, cast._CREW_AFTER), (16, cast._SHOWS_AFTER)):
        if not gates & bit:
            assert all(pattern.search(text, 0, end) is None for end in range(len(text) + 1)), pattern.pattern
    for pattern, literals in cast_roles._PERSON_EVIDENCE + cast_roles._CHARACTER_EVIDENCE + (
            (cast_roles._PEOPLE_LIST, cast_roles._PEOPLE_LIST_GATE),):
        if not cast_roles._holds(text, literals):
            assert pattern.search(text) is None, pattern.pattern


BREAK_TEXTS = st.lists(st.sampled_from([
    ".", "!", "?", " ", "  ", "\n", "\"", "“", "”", "’", "'", ")", "]", "(", "[", "A", "Ab", "ab", "abc", "0", "#", "@", "Mr", "x.",
]), max_size=16).map("".join)


@settings(max_examples=500, deadline=None)
@given(BREAK_TEXTS, st.integers(0, 8), st.integers(0, 8))
def test_sentence_breaks_are_the_break_patterns_matches(text, a, b):
    from nextseason.extract.sentences import _BREAK, breaks

    start = min(a, len(text))
    end = max(start, len(text) - b)
    assert [(m.span(), m.group()) for m in breaks(text, start, end)] == \
        [(m.span(), m.group()) for m in _BREAK.finditer(text, start, end)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "ab", "A", "é", "É", "'", "’", "-", "_", "1", " ", "ba", "abc", "\n", ".", "ß"]),
                max_size=14).map("".join),
       st.sampled_from(["ab", "ba", "abc", "a'b", "ab-", "a", "é", "ab’", "b-a"]))
def test_a_word_written_in_lower_case_is_found_where_it_is_written(text, word):
    from nextseason.extract import cast, cast_article

    assert cast_article.written_lower(text, word) == (word in cast.document_words(text))


@settings(max_examples=300, deadline=None)
@given(CUE_TEXTS)
def test_a_text_without_a_patterns_needed_literals_holds_no_match(text):
    from nextseason.extract import cast

    lower = text.lower()
    for pattern in [*PATTERNS, *(p for _, p in cast._CUES)]:
        words = fre.needs(pattern)
        if words is None or (pattern.flags & re.IGNORECASE and not fre.plain_case(text, lower)):
            continue
        haystack = lower if pattern.flags & re.IGNORECASE else text
        if not any(word in haystack for word in words):
            assert pattern.search(text) is None, (pattern.pattern, words)


def test_needed_literals_of_an_alternation_take_one_from_each_branch():
    assert fre.needs(re.compile(r"\b(?:played|voiced)\s+by\b")) == ("played", "voiced")
    assert fre.needs(re.compile(r"(?:ab|cd)e+")) == ("ab", "cd")
    assert fre.needs(re.compile(r"a|b*")) is None  # (the second branch needs nothing)
    assert fre.needs(re.compile(r"Season\s+\d", re.IGNORECASE)) == ("season",)


LEAD_TEXTS = st.lists(st.sampled_from([
    "Lantern", "Bay", " ", "\t", "\n", ".", "!", "?", ". ", "is", " is ", "will", "season", "fans", "2", " 2",
    ":", "Trailer", "the", "of", "x", "'s",
]), max_size=20).map("".join)


@settings(max_examples=400, deadline=None)
@given(LEAD_TEXTS)
def test_title_patterns_at_line_starts_find_what_finditer_finds(chunk):
    from nextseason.extract import mentions

    for pattern, marks in ((mentions._TITLE_LEAD, "!?."), (mentions._TITLE_HEAD, "")):
        expected = [(m.span(), m.groups()) for m in pattern.finditer(chunk)]
        assert [(m.span(), m.groups()) for m in mentions._at_line_starts(pattern, chunk, marks)] == expected


@settings(max_examples=300, deadline=None)
@given(CUE_TEXTS, st.integers(0, 200), st.sampled_from(["release", "platform", "production", "cast"]), st.booleans())
def test_certainty_read_through_the_sentences_word_gates_is_the_certainty_without_them(sentence, at, kind, past):
    from nextseason.extract import certainty

    start, end = certainty.clause_bounds(sentence, min(at, len(sentence)))
    gated = certainty.certainty_of(sentence, start, end, past_fact=past, source=None, kind=kind)
    bits = certainty._CLAUSE_BIT
    try:
        certainty._CLAUSE_BIT = {key: -1 for key in bits}  # (every clause pattern searched)
        assert certainty.certainty_of(sentence, start, end, past_fact=past, source=None, kind=kind) == gated
    finally:
        certainty._CLAUSE_BIT = bits


@settings(max_examples=300, deadline=None)
@given(CUE_TEXTS)
def test_gated_patterns_find_in_a_scanned_sentence_what_they_find_without_the_gate(text):
    import nextseason.extract  # noqa: F401 - registers the gates

    assert fre._GATED
    lower = text.lower()
    fre._SHARED.bits(lower)  # (the sentence read by the shared scan, as every sentence is)
    def span(match: re.Match[str] | None) -> tuple[int, int] | None:
        return None if match is None else match.span()

    for pattern, _, _ in list(fre._GATED.values()):
        assert span(fre.search_folded(pattern, text, lower)) == span(pattern.search(text))
        assert [m.span() for m in fre.finditer_folded(pattern, text, lower)] == [m.span() for m in pattern.finditer(text)]


def test_a_gated_pattern_is_ruled_out_of_a_scanned_sentence_without_its_literals():
    from nextseason.extract import delay

    lower = "the weather was mild all week."
    fre._SHARED.bits(lower)
    assert fre._ruled_out(delay._DELAY_CUE, lower)
    assert not fre._ruled_out(delay._DELAY_CUE, "the shoot was delayed.")  # (not scanned: never ruled out)


PAIR_TEXTS = st.lists(st.sampled_from([
    "Mara", "Quill", "Reyes", " ", "\t", "\n", "(", ")", "Captain", "the", "-", "Ji-woo", ".", "’s", "x",
]), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(PAIR_TEXTS)
def test_name_pairs_found_line_by_line_are_the_pairs_of_the_whole_text(text):
    from nextseason.extract import cast_pairs

    expected = [(m.span(), m.groups()) for m in cast_pairs.PAIR.finditer(text)]
    assert [(m.span(), m.groups()) for m in cast_pairs._pair_matches(text)] == expected


ROLE_TEXTS = st.lists(st.sampled_from([
    "Mara", "Quill", "Reyes", " ", "\t", "\n", "as", " as ", "plays", "reprising", "Kim", "-", "Ji-woo", ".", "’s",
    "x", "alias", "has",
]), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(ROLE_TEXTS)
def test_person_evidence_found_line_by_line_is_the_evidence_of_the_whole_text(text):
    from nextseason.extract import cast_roles

    pattern = cast_roles._PERSON_EVIDENCE[0][0]
    expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groups()) for m in cast_roles.led_by_names(pattern, text, cast_roles._AS_VERB)] == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["actor", "Actress", "cast", "members", " ", "\t", "\n", "x", "stars", "ab"]),
                max_size=120).map("".join), st.integers(0, 400))
def test_actor_before_a_pair_reads_the_tail_as_the_whole_text(text, end):
    from nextseason.extract import cast_pairs

    end = min(end, len(text))
    assert cast_pairs._actor_before(text, end) == (cast_pairs._ACTOR_BEFORE.search(text, 0, end) is not None)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Kim", "'", "’", "s", "\n", "x", "S"]), max_size=6).map("".join))
def test_possessive_ending_is_the_patterns(word):
    from nextseason.extract.mentions import _possessive

    assert _possessive(word) == (re.search(r"['’]s?$", word) is not None)


SCAN_TEXTS = st.lists(st.sampled_from([
    "season", "seasons", "renew", "renewed", " as ", "as", "said", "netflix", "first", "series", "the", " ", "\t",
    "e", "s", "a", "on", " on ", "’", "'", "2", "é", "played", "return", "cancel", "x",
]), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(SCAN_TEXTS)
def test_the_shared_word_scan_sets_the_bit_of_each_list_that_has_a_word_in_the_text(text):
    import nextseason.extract  # noqa: F401 - every module's word lists registered

    shared = fre._SHARED
    expected = 0
    for lists, offset in shared._offsets.items():
        for index, words in enumerate(lists):
            if any(word in text for word in words):
                expected |= 1 << offset + index
    assert shared.bits(text) == expected
    assert shared.automaton() is not None  # (the fast path is the one checked: pyahocorasick is installed)


def test_a_word_start_locator_looks_ahead_for_the_literals_every_match_opens_with():
    from re import _parser  # type: ignore[attr-defined]

    def openings(source):
        return fre._openings(_parser.parse(source, 0).data)

    assert openings(r"(?=[ps])\b(?:prem(?:iere|ieres)|stream\w*|pushed\s+back)") == (
        {"premiere", "stream", "pushed"}, set())  # ("premieres" opens with "premiere")
    # an alternative that opens with any word character after a plain lookbehind: the lookbehind
    assert openings(r"\b(?:renew\w*|(?<=that\s)[\w':]+\s+will)") == ({"renew"}, {r"(?<=that\s)"})
    assert openings(r"\b(?:renew\w*|(?<=th[ae]t)[\w':]+\s+will)") is None
    assert openings(r"\b\w+") is None
    # an optional opening: a match opens with it or with what follows; a repeat with its first round
    assert openings(r"\b(?:(?:tv\s+|web\s+)?premiere|(?:re)+run)") == ({"tv", "web", "premiere", "re"}, set())
    assert openings(r"\b(?:(?:tv\s+)?\w+|drop)") is None
    optional = re.compile(r"(?=[tpdsaeo])\b(?:(?:tv\s+|so\s+)?premieres?|drops?|airs?|ends?|opens?)")
    assert fre._locator(optional) is not None and fre._locator(optional)[1]
    text = "tv premiere; stv premieres, so premiere airs. tvpremiere xdrop tv  premieres; ends, reopens"
    assert [m.span() for m in fre.finditer_fast(optional, text)] == [m.span() for m in optional.finditer(text)]
    renewal = re.compile(r"(?=[rw]|(?<=that\s))\b(?:renew\w*|(?<=that\s)[\w':]+\s+will)")
    text = "It said that Kim will renew; that  Lee will stay; whatthat Park will go. renewed"
    assert [m.span() for m in fre.finditer_fast(renewal, text)] == [m.span() for m in renewal.finditer(text)]
    pattern = re.compile(r"\b(?:netflix|hbo|max|amazon|prime\s+video)\b")
    locator = fre._locator(pattern)
    assert locator is not None and locator[1]
    assert locator[0].pattern.startswith("[^A-Za-z0-9_](?=(?:amazon|hbo|max|netflix|prime))(?=(")
    text = "On max, then hboo and hbo; prime  video, amazonian amazon."
    assert [m.span() for m in fre.finditer_fast(pattern, text)] == [m.span() for m in pattern.finditer(text)]
