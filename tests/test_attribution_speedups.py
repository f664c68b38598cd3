"""The shortcuts of attribution (word gates before negation, source and cue patterns) give the
answers of the plain patterns run on every sentence."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from nextseason.extract import certainty

PHRASES = [  # words and phrases the negation, source and cue patterns look for, and some filler
    " ", " ", ", ", ". ", "; ", " but ", "(", ")", "“", "”", "'", "’", " - ",
    "not", "not only", "no doubt", "neither the cast nor", "don't", "can't wait", "won’t", "has yet to", "yet",
    "no reason to think", "didn't expect", "unclear", "without", "no longer", "not sure", "isn't a surprise",
    "Kim", "Lee Ha-na", "Netflix", "The", "the studio", "an insider said", "Sources told", "a source revealed",
    "according to", "according to Deadline", "per", "as per Variety", "via", "said", "says", "told Variety",
    "confirmed", "confirms", "has been confirmed", "announced", "revealed", "mentioned", "the director,",
    "added", "in an interview with", "speaking to", "season", "2", "release", "date", "filming will begin",
    "premiere", "In", "İ", "ı", "ſ", "K", "é",
]
SENTENCES = st.lists(st.sampled_from(PHRASES), min_size=1, max_size=30).map("".join)


def plain_is_negated(sentence: str, trigger_start: int, trigger_end: int, window: int = 45, inside: bool = False) -> bool:
    """is_negated as written before its word gates: every pattern on the original sentence."""
    start, end = certainty.clause_bounds(sentence, trigger_start)
    stop = trigger_end if inside else trigger_start
    before = certainty._NOT_NEGATION.sub(" ", sentence[max(start, trigger_start - window - 60):stop])
    if certainty._NEITHER_NOR.search(before) or certainty._DOUBTED.search(before):
        return True
    if certainty._NEGATION.search(before[-window:]):
        return True
    after = certainty._NOT_NEGATION.sub(" ", sentence[trigger_end:min(end, trigger_end + 60)])
    return bool(certainty._NEGATION_AFTER.match(after))


def plain_negated_before(sentence: str, position: int, window: int = 40) -> bool:
    start, _ = certainty.clause_bounds(sentence, position)
    before = certainty._NOT_NEGATION.sub(" ", sentence[max(start, position - window - 30):position])[-window:]
    return bool(certainty._NEGATION.search(before))


def plain_find_source(sentence: str) -> str | None:
    """find_source with no word gate: every source pattern searched in order."""
    for pattern in certainty._SOURCE_PATTERNS:
        for match in pattern.finditer(sentence):
            source = match.group("s").strip(" .,’'")
            if source.lower() in certainty._NOT_SOURCE or source.split()[0].lower() in {"the", "season", "it"}:
                continue
            if source.lower() in {"reports", "report", "sources", "source", "insiders"}:
                return None
            return source
    return None


@settings(max_examples=400, deadline=None)
@given(SENTENCES, st.integers(0, 200), st.integers(0, 30), st.booleans())
def test_negation_with_word_gates_is_the_negation_of_the_plain_patterns(sentence, at, width, inside):
    start = min(at, len(sentence))
    end = min(start + width, len(sentence))
    assert certainty.is_negated(sentence, start, end, inside=inside) == plain_is_negated(sentence, start, end, inside=inside)
    assert certainty.negated_before(sentence, start) == plain_negated_before(sentence, start)


@settings(max_examples=400, deadline=None)
@given(SENTENCES)
def test_source_found_through_each_patterns_words_is_the_source_of_every_pattern(sentence):
    assert certainty.find_source(sentence) == plain_find_source(sentence)


@settings(max_examples=400, deadline=None)
@given(SENTENCES)
def test_sentence_cues_official_and_speaker_are_those_of_the_plain_searches(sentence):
    cues = certainty._sentence_cues(sentence)
    stated = certainty._NOT_A_STATEMENT.sub(" ", sentence)
    assert cues.official == (certainty._OFFICIAL.search(stated) is not None)
    assert cues.named_speaker == (certainty._NAMED_SPEAKER.search(sentence) is not None)


def test_a_negation_excused_by_its_phrase_stays_excused_and_a_doubt_still_negates():
    excused = "Not only was the show renewed, fans can't wait for the release"
    assert not certainty.is_negated(excused, excused.index("renewed"), excused.index("renewed") + 7)
    doubted = "There is no reason to think the release will slip"
    assert certainty.is_negated(doubted, doubted.index("release"), doubted.index("release") + 7)
    neither = "Neither the cast nor the crew of the show has heard from the network about a release date"
    assert neither.index("release") - neither.index("nor") > 45  # (beyond the plain negation's window)
    assert certainty.is_negated(neither, neither.index("release"), neither.index("release") + 7)


def test_each_source_pattern_is_tried_only_with_its_own_words():
    assert certainty.find_source("An insider close to the show revealed that filming begins soon") == "An insider"
    assert certainty.find_source("According to Variety, filming begins in May") == "Variety"
    assert certainty.find_source("Filming begins in May, the studio hopes") is None


RELEASE_PROSE = st.lists(st.sampled_from([
    "Copper Valley", "season 2", "Netflix", "premieres", "will", "arrive", "in", "May 2025", "on June 3", "late 2024",
    "filming", "began", "in March", "was renewed", "announced", "on Monday", "the", "show", "said", "release", "date",
    ",", ".", "and", "a long stretch of words about the cast and the crew and everything else in between",
]), min_size=3, max_size=30).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(RELEASE_PROSE)
def test_release_times_skipped_for_no_release_word_near_are_those_the_owner_test_rejects(text):
    import sys

    from nextseason.extract import extract_claims
    from nextseason.models import Document

    claims_module = sys.modules["nextseason.extract.claims"]
    document = Document(id="p", doc_id="p", text="Copper Valley season 2 news.\n" + text, published=date(2024, 1, 10))
    fast = extract_claims(document)
    near = claims_module._release_near
    try:
        claims_module._release_near = lambda releases, point: True  # (every time goes to the owner test)
        assert extract_claims(document) == fast
    finally:
        claims_module._release_near = near


PRODUCTION_PROSE = st.lists(st.sampled_from([
    "filming", "is", "being", "shot", "on hold", "halted", "wrapped", "began", "in", "May", "currently", "underway",
    "production", "the", "season", "HALT", "Paused", "ſhut down", "İn", ",", ".", " ",
]), min_size=1, max_size=20).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(PRODUCTION_PROSE, st.integers(0, 60), st.integers(0, 60))
def test_a_pattern_ruled_out_of_a_scanned_sentence_has_no_match_in_any_window_of_it(text, a, b):
    import nextseason.extract  # noqa: F401 - registers the gates
    from nextseason.extract import claims, fastre

    lower = text.lower()
    fastre._SHARED.bits(lower)  # (the sentence's shared scan)
    window = text[min(a, len(text)):max(a, len(text) - b)]
    for pattern in (claims._PROD_BEING, claims._PROD_END, claims._PROD_START, claims._PROD_HALT, claims._PROD_ONGOING):
        if fastre.ruled_out_of_parts(pattern, text, lower):
            assert pattern.search(window) is None and pattern.search(text) is None


def test_the_shared_scan_tables_give_each_word_the_bits_of_the_lists_holding_it_or_a_prefix_of_it():
    import nextseason.extract  # noqa: F401 - every module's word lists
    from nextseason.extract import fastre

    shared = fastre._SHARED
    lists = [(offset + index, words) for group, offset in shared._offsets.items() for index, words in enumerate(group)]
    table = shared.table()
    own = shared._own_bits()
    for word in shared.words:
        assert table[word] == sum(1 << bit for bit, words in lists if any(word.startswith(w) for w in words))
        assert own.get(word, 0) == sum(1 << bit for bit, words in lists if word in words)


CLAUSE_PROSE = st.lists(st.sampled_from([
    " ", "  ", "\t", ";", ": ", " – ", " — ", ", but ", " but ", ", although ", ", which ", ". ", "? ", "! ", "(", ")",
    ", and the", ", and it", ", and more", "Netflix", "BUT", "ſ", "İ", "K", "é", "word", "x", ",", ".",
]), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(CLAUSE_PROSE)
def test_clause_cuts_are_the_spans_of_the_cut_patterns_matches(sentence):
    certainty._cuts.cache_clear()
    assert certainty._cuts(sentence) == tuple(m.span() for m in certainty._CLAUSE_CUT.finditer(sentence))


@settings(max_examples=200, deadline=None)
@given(SENTENCES, SENTENCES)
def test_the_network_acts_answer_kept_for_the_last_sentence_is_the_patterns_answer(first, second):
    for sentence in (first, second, first):
        plain = certainty._PLATFORM_ACTS.search(sentence) is not None
        assert certainty._platform_acts(sentence, sentence.lower()) == plain
        assert certainty._platform_acts(sentence, None) == plain
