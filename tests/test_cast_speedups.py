"""The shortcuts of the cast finder find exactly what running every pattern finds."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from nextseason.extract import cast, cast_article, cast_pairs, cast_recast, cast_roles
from nextseason.extract import fastre as fre

# words around recasting verbs, and words that are almost those verbs ("over" in "however")
PIECES = ["Dana Kim", "Lee", "Park Min-jae", "Ray's", " ", " ", "\t", ",", ".", "will", "is", "was", "has been",
          "replaces", "replacing", "succeeds", "take over", "takes over", "took over", "taking over", "from",
          "the role", "in place of", "instead of", "exit", "departure", "stepping", "stepped", "steps", "away",
          "down", "back", "in", "recast", "be", "with", "set to step", "however", "overall", "Stepping", "Exit"]
SENTENCES = st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join)


def every_pattern(s: str) -> dict[int, str]:
    """The statuses with every pattern run (no literal gates)."""
    statuses: dict[int, str] = {}
    for status, patterns in (("leaving", cast_recast._OLD), ("new", cast_recast._NEW)):
        for pattern in patterns:
            for match in pattern.finditer(s):
                statuses.setdefault(match.start("n"), status)
    return statuses


@settings(max_examples=600, deadline=None)
@given(SENTENCES)
def test_recast_statuses_with_literal_gates_find_what_every_pattern_finds(s):
    assert cast_recast.recast_statuses(s) == every_pattern(s)


def test_recast_statuses_place_the_new_and_the_old_name():
    s = "Dana Kim replaces Lee Ho as the captain, taking over from Lee Ho after his exit"
    statuses = cast_recast.recast_statuses(s)
    assert statuses[s.index("Dana Kim")] == "new"
    assert statuses[s.index("Lee Ho")] == "leaving"


# ------------------------------------------------------------------ the name finder's shortcuts

NAME_PIECES = ["Dana", "Kim", "Park Min-jae", "Ray's", "McKay", "O'Neil", "J.", "de", "la", "van", "der", "The",
               "Walking", "Dead's", " ", " ", "  ", "\t", ",", ".", "and", "as", "the", "director", "played by",
               "aka", "Played", "character", "role of", "showrunner", "by", "told", "according to", "such as",
               "well as", "\u212a", "İ", "ſ", "ı", "Kim’s", "“", "Bé", "has", "season", "(", ")", "\n"]
NAME_TEXTS = st.lists(st.sampled_from(NAME_PIECES), max_size=24).map(" ".join)


def name_runs_plainly(s: str) -> list[tuple[int, int]]:
    """The runs as the finder first found them: every long run split by NAME."""
    runs = []
    for run in cast._LONG_RUN.finditer(s):
        long = cast._LONG_RUN.fullmatch(s, run.start(), run.end())
        if run.group().count(" ") > 3 and long is not None and cast._POSSESSIVE.search(run.group()):
            runs.append(long.span())
        else:
            runs.extend(m.span() for m in cast.NAME.finditer(s, run.start(), run.end()))
    return runs


@settings(max_examples=800, deadline=None)
@given(NAME_TEXTS)
def test_name_runs_keep_a_short_run_whole_as_name_would(s):
    assert [m.span() for m in cast._name_runs(s)] == name_runs_plainly(s)
    assert [m.group() for m in cast._name_runs(s)] == [s[a:b] for a, b in name_runs_plainly(s)]


@settings(max_examples=800, deadline=None)
@given(NAME_TEXTS.map(lambda s: s[-45:]))
def test_role_before_with_its_word_gate_finds_what_the_pattern_finds(before):
    assert cast._role_before(before) == (cast._ROLE_BEFORE.search(before) is not None)


def test_role_before_sees_a_role_word_and_lets_other_text_pass():
    assert cast._role_before("the series, directed by ")
    assert cast._role_before("who returns as ")
    assert not cast._role_before("the new season will bring back ")


# ------------------------------------------------------------------ the article's role evidence

EVIDENCE_PIECES = ["Mara", "Quill", "Reyes", "Kim", "Ji-woo", "O'Neil", "J.", "Xplayed", "Nicholas", "Longnameofsomeone",
                   "Averyveryverylongcapitalisednamethatgoesonandon", "Anotherquitelongcapitalisedname",
                   " ", " ", "  ", "\t", "\n", ",", ".", "(", ")", "as", "plays", "playing", "reprising", "played",
                   "portrayed", "voiced", "by", "who", "is", "was", "will be", "the", "and", "a", "word", "x"]
EVIDENCE_TEXTS = st.lists(st.sampled_from(EVIDENCE_PIECES), max_size=80).map(" ".join) | \
    st.lists(st.sampled_from(EVIDENCE_PIECES), max_size=80).map("".join)


@settings(max_examples=800, deadline=None)
@given(EVIDENCE_TEXTS)
def test_name_led_evidence_found_from_its_closing_words_is_what_finditer_finds(text):
    cases = ((cast_roles._PERSON_EVIDENCE[0][0], cast_roles._AS_VERB, ""),
             (cast_roles._CHARACTER_EVIDENCE[1][0], cast_roles._PLAYED_BY, ""),
             (cast_pairs.PAIR, cast_pairs._OPENING, ")"))
    for pattern, gate, closing in cases:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in cast_pairs.led_by_names(pattern, text, gate, closing)] == expected


@settings(max_examples=500, deadline=None)
@given(EVIDENCE_TEXTS)
def test_character_evidence_with_its_gates_is_what_finditer_finds(text):
    for pattern, _ in cast_roles._CHARACTER_EVIDENCE:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in cast_roles._character_matches(pattern, text)] == expected


def test_name_led_evidence_reads_a_long_line_of_names():
    text = "In the new season " + "Mara Quill as Dana, " * 12 + "and Kim Ji-woo (Reyes), played by Lee Ho."
    for pattern, gate, closing in ((cast_roles._PERSON_EVIDENCE[0][0], cast_roles._AS_VERB, ""),
                                   (cast_pairs.PAIR, cast_pairs._OPENING, ")")):
        found = cast_pairs.led_by_names(pattern, text, gate, closing)
        assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)] and found


def test_name_led_evidence_finds_four_long_names_that_reach_far_back():
    # (the 80 characters before "as" hold only the end of the first name and the three after it)
    name = " ".join(("Avery" * 4, "Bernadette" + "x" * 14, "Constantine" + "x" * 13, "Dominique" + "x" * 15))
    text = f"x {name} as Dana"
    found = cast_pairs.led_by_names(cast_roles._PERSON_EVIDENCE[0][0], text, cast_roles._AS_VERB)
    assert [m.group("n") for m in found] == [name]


# ------------------------------------------------------------------ the article memos


@settings(max_examples=500, deadline=None)
@given(NAME_TEXTS)
def test_a_remembered_clean_name_is_the_name_cleaned_afresh(raw):
    first = cast._clean_name(raw)
    assert first == cast._clean_run(raw) == cast._clean_name(raw)


def test_full_names_and_common_words_are_remembered_per_article_only():
    from types import SimpleNamespace

    one = SimpleNamespace(text="Matt Smith will return. Smith said so, by the blue harbor.")
    two = SimpleNamespace(text="Dana Smith joins the cast; Smith is new.")
    assert cast._full_name(one, "Smith") == "Matt Smith"
    assert cast._full_name(two, "Smith") == "Dana Smith"
    assert cast._full_name(one, "Smith") == "Matt Smith"
    assert cast_article.common_words("Blue Harbor", one.text)
    assert not cast_article.common_words("Blue Harbor", two.text)
    assert cast_article.common_words("Blue Harbor", one.text)


SLOT_PIECES = ["Kim", "Lee Ho", "who", "that", "Who", "plays", "played", "PORTRAYS", "portrayed", "showrunner", "Creators",
               "co-creator", "director", "writer/producer", "composers", "hasn't", "has not", "have yet to", "didn't",
               "did not", "officially", "announced", "confirmed", "said", "decided", "whether", "If", "ıf", "ſhowrunner",
               " ", "\t", ",", "the", "and"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SLOT_PIECES), max_size=12).map(" ".join))
@example("Lee, who portrays Dana Kim")
@example("the composers Lee Ho")
@example("it hasn't said if Kim")
def test_a_slot_or_doubt_match_holds_one_of_its_gate_words(s):
    lower = s.lower()
    odd = fre.odd_case(s)
    for start in range(len(s) + 1):  # (where a name may begin)
        if cast._NOT_A_CAST_SLOT.search(s, max(0, start - 60), start):
            assert odd or any(word in lower for word in cast._SLOT_WORDS)
        if cast._UNCONFIRMED.search(s, 0, start):
            assert odd or any(word in lower for word in cast._DOUBT_WORDS)
