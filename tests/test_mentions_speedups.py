"""The shortcuts of the title and season search (word gates, needed patterns, cached keys) find
exactly what the plain patterns find, sentence by sentence, on text made of the words they look for."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from hypothesis import example, given, settings
from hypothesis import strategies as st

from nextseason.extract import fastre as fre
from nextseason.extract import mentions as m
from nextseason.text import work_key

PIECES = [
    "Lantern", "Bay", "Copper", "The", "of", "the", "2", "3", "12", "two", "S2", "s3", "Part", "PART", "part", "Vol",
    "Season", "season", "SEASON", "seasons", "Series", "series", "second", "third", "final", "and", "new", "upcoming",
    "renewed", "has been renewed", "is renewed", "cancelled", "greenlit", "ordered", "picked up", "for", "a", "its",
    "is", "will", "returns", "fans", "airing", "premiered", "aired", "on", "Netflix", "Netflix's", "Max’s", "HBO",
    "show", "drama", "K-drama", "thriller", "spin-off", "sequel", "hit", "Release", "Cast", "Trailer", ":", ",", ".",
    "!", "?", "'", "\"", "“", "”", "‘", "’", "'s", " ", " ", " ", "\t", "\n", "Lee", "Park", "said", "director",
    "installment", "chapter", "run", "outing", "next", "2023", "on Monday", "Kim Min-ji", "Ji-hu", "Wednesday",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)
RAW_TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)  # (words run together too)


def spans_of(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    """Sentences as spans: the text cut at some places (and a blank left out here and there)."""
    places = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
    spans = []
    for start, end in pairwise(places):
        if start < end and text[start] == " " and end - start > 1:
            start += 1
        spans.append((start, end))
    return spans


def plain_candidates(text: str, spans: list[tuple[int, int]]) -> tuple[Counter[str], Counter[str], set[str]]:
    """``_candidates`` without any gate: every pattern over every sentence (but for two tests that
    have always decided where two patterns are tried: "S2"/"Part " written so, and " on ")."""
    strong: Counter[str] = Counter()
    weak: Counter[str] = Counter()
    named: set[str] = set()
    for start, end in spans:
        chunk = text[start:end]
        for regex, _, _ in m._STRONG:
            if regex is m._TITLE_SHORT and not re.search(r"[ \t](?:S\d|Part[ \t]|PART[ \t])", chunk) or \
                    regex is m._TITLE_AIRS and " on " not in chunk.lower():
                continue
            for match in regex.finditer(chunk):
                if title := m.clean_title(match.group("t")):
                    strong[title] += 1
        for match in m._QUOTED.finditer(chunk):
            around = chunk[max(0, match.start() - 60):match.end() + 60]
            raw = match.group("t").strip()
            if len(raw.split()) <= 7 and m._GENRE_NEAR.search(around) and fre.fullmatch(m.TITLE, raw) \
                    and (title := m.clean_title(raw)):
                weak[title] += 1
        if start - spans[0][0] < 600:
            for match in m._TITLE_LEAD.finditer(chunk):
                if title := m.clean_title(match.group("t")):
                    weak[title] += 1
        for match in m._AFTER_KIND.finditer(chunk):
            if title := m.clean_title(match.group("t")):
                weak[title] += 1
                if " " in title and match.group("t").startswith(title):
                    named.add(work_key(title))
    return strong, weak, named


@settings(max_examples=400, deadline=None)
@given(st.one_of(TEXTS, RAW_TEXTS), st.lists(st.integers(0, 400), max_size=6))
def test_title_candidates_through_the_gates_are_the_candidates_of_every_pattern(text, cuts):
    spans = spans_of(text, cuts)
    assert m._candidates(text, spans) == plain_candidates(text, spans)


def test_gates_let_each_strong_pattern_through_where_it_matches():
    text = ("Lantern Bay season 2 is coming. Copper Valley S2 soon. The third season of Lantern Bay. "
            "Copper Valley has been renewed. Lantern Bay 2: Release date\nLantern Bay's second season is near. "
            "Netflix renewed the show Copper Valley for a second run. Copper Valley premiered on Netflix in May. "
            "Netflix's Lantern Bay returns.")
    spans = spans_of(text, [i + 1 for i, c in enumerate(text) if c in ".\n"])
    strong, weak, named = m._candidates(text, spans)
    assert (strong, weak, named) == plain_candidates(text, spans)
    assert {"Lantern Bay", "Copper Valley"} <= set(strong)
    assert "Lantern Bay" in weak  # (after "Netflix's")


SEASON_PIECES = ["season", "Season", "SEASONS", "seasons", "ſeason", "İ", "K", "é", "2", "12", "two", "twenty", "and",
                 "to", "-", ",", "&", "or", " ", "\t", "x", "3", "4"]
SEASON_TEXTS = st.lists(st.sampled_from(SEASON_PIECES), max_size=24).flatmap(
    lambda pieces: st.sampled_from(["", " "]).map(lambda blank: blank.join(pieces)))


@settings(max_examples=500, deadline=None)
@given(SEASON_TEXTS, st.integers(0, 40), st.integers(0, 40))
@example("ſeason 2 and Season 3", 0, 0)  # (a long s: the word is not in the lower-cased text)
def test_season_lists_found_from_the_word_are_what_finditer_finds(text, a, b):
    start, end = min(a, len(text)), max(min(a, len(text)), len(text) - b)
    expected = [(x.span(), x.groups()) for x in m._SEASON_LIST.finditer(text, start, end)]
    assert [(x.span(), x.groups()) for x in m._season_lists(text, start, end)] == expected


def numbers_by_the_loop(first: str, more: str, table: dict[str, int]) -> tuple[int, ...]:
    values = []
    for token in [first] + fre.findall(r"\w+", more or ""):
        low = token.lower()
        value = int(low) if low.isdigit() else table.get(low) or NUMBER_WORDS.get(low)
        if value is not None and 0 < value < 40:
            values.append(value)
    if fre.search(r"\bto\b|-", more or "") and len(values) == 2 and values[1] - values[0] < 6:
        values = list(range(values[0], values[1] + 1))
    return tuple(dict.fromkeys(values))


NUMBER_WORDS = m.NUMBER_WORDS


@given(st.sampled_from(["2", "02", "0", "45", "two", "Twenty", "second", "Sophomore", "x", "٣"]),
       st.sampled_from(["", None, " and 3", "-4", " to 5"]), st.sampled_from([m.ORDINALS, m.NUMBER_WORDS]))
def test_season_numbers_of_one_number_are_what_the_loop_makes(first, more, table):
    assert m._numbers(first, more, table) == numbers_by_the_loop(first, more, table)


@given(st.lists(st.sampled_from(["The", "Lantern", "bay", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "-", ":",
                                 "É", "e\u0301", "\u0301", "ß", "x"]), max_size=12).map("".join))
def test_a_work_key_is_the_same_with_blank_runs_made_one_blank(raw):
    assert work_key(raw) == work_key(re.sub(r"\s+", " ", raw))


def test_season_mentions_take_the_work_a_surface_names_and_its_season():
    text = "Lantern  Bay season 2 is set, and the third season too. LANTERN BAY S3 later."
    works = m.Works(surfaces={"lanternbay": Counter({"Lantern Bay": 2})})
    works.pattern = m._surface_regex(["Lantern Bay"])
    found = m.sentence_mentions(text, 0, len(text), works)
    assert [(text[x.start:x.end], x.work, x.seasons) for x in found] == [
        ("Lantern  Bay season 2", "lanternbay", (2,)), ("third season", None, (3,)), ("LANTERN BAY S3", "lanternbay", (3,))]
    assert works.matched == {"Lantern  Bay": "lanternbay", "LANTERN BAY": "lanternbay"}


def cased_letters_by_each_character(text: str) -> bool:
    return not any(c.lower() != c or c.upper() != c for c in text if not c.isascii())


@settings(max_examples=500, deadline=None)
@given(st.text(st.characters(codec=None, exclude_categories=())) | st.text("aZ ’Σςſ\u212aİıßé\ud800"))
@example("Σ ends")  # (its lower() depends on what follows)
def test_a_text_with_cased_letters_outside_ascii_is_told_by_the_bytes_case(text):
    from nextseason.extract.surfaces import _ascii_cased_only

    assert _ascii_cased_only(text) == cased_letters_by_each_character(text)


SURFACE_TEXTS = st.lists(st.sampled_from(["Lantern", "Bay", "lantern", "BAY", "Copper", " ", "  ", "-", "–", ":", "'s",
                                          "2", "x", "é", "É", ".", "\n"]), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Lantern Bay", "Lantern", "Bay", "Copper-Bay", "Bay 2", "Éclair"]), min_size=1, max_size=3),
       SURFACE_TEXTS, st.lists(st.integers(0, 40), max_size=5))
def test_surface_matches_of_every_sentence_at_once_are_each_sentences_matches(surfaces, text, cuts):
    from nextseason.extract.mentions import _compiled_surfaces
    from nextseason.extract.surfaces import SurfaceMatcher

    ordered = tuple(sorted(set(surfaces), key=lambda s: (-len(s), s)))
    spans = spans_of(text, cuts)
    expected = [[x.span() for x in _compiled_surfaces(ordered).finditer(text, a, b)] for a, b in spans]
    assert SurfaceMatcher(ordered, lambda: _compiled_surfaces(ordered)).finditer_each(text, spans) == expected


HEAD_TEXTS = st.builds(
    lambda before, title, number, tail, after: before + " ".join(title) + " " + number + tail + after,
    st.sampled_from(["", "\n", "Text. ", "Text? ", "Text!\t", "text. ", " ", "Text, "]),
    st.lists(st.sampled_from(["Lantern", "Bay", "Copper", "of", "The", "2"]), min_size=1, max_size=3),
    st.sampled_from(["2", "3", "9", "1", "10"]),
    st.sampled_from([":", " :", "", " ", "\t", " Release", " release date", " Cast", " Trailer", " Update", " x", "\n",
                     "\nMore", " renewed", " Premiere"]),
    st.sampled_from(["", " more words", ". Next", "! Lantern Bay is back", ". Copper will", "?\tBay fans", "! Bay\thas", "\n"]))


@settings(max_examples=500, deadline=None)
@given(st.lists(HEAD_TEXTS, min_size=1, max_size=3).map("".join), st.lists(st.integers(0, 120), max_size=3))
def test_headline_and_lead_titles_through_the_gates_are_those_of_every_pattern(text, cuts):
    spans = spans_of(text, cuts)
    assert m._candidates(text, spans) == plain_candidates(text, spans)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["x", "X", ".", "!", "?", ":", "\"", "”", "’", "'", " ", "\t", "\n", "\u00a0", "\u2003",
                                 ";", ","]), max_size=12).map("".join), st.integers(0, 12), st.integers(0, 12))
def test_a_sentence_opening_is_what_its_pattern_finds_before_a_place(text, a, b):
    start, at = min(a, len(text)), max(min(a, len(text)), len(text) - b)
    assert m._opens_sentence(text, start, at) == (m._SENTENCE_OPENING.search(text, start, at) is not None)


def test_a_works_name_is_its_most_frequent_surface_and_follows_new_counts():
    works = m.Works(surfaces={"lanternbay": Counter({"Lantern Bay": 1, "LANTERN BAY": 3})})
    assert works.name("lanternbay") == works.name("lanternbay") == "LANTERN BAY"
    works.surfaces["lanternbay"] = Counter({"Lantern Bay": 2, "The Lantern Bay": 2})
    assert works.name("lanternbay") == "The Lantern Bay"  # (equal counts: the longer)
    assert works.name("copper") is None and works.name(None) is None


STRONG_PIECES = [
    "Lantern", "Bay", "Copper", "The", "of", "2", "two", "S2", "Part 3", "PART", "Season", "season", "Series", "second",
    "third", "final", "and", "new", "upcoming", "long-awaited", "highly anticipated", "has been renewed",
    "has officially been canceled", "is renewed", "have been greenlit", "with", "for", "its", "a", "is back",
    "will return", "returns", "is returning", "will be back", "'s", "’", "’s", ":", ",", "\"", "”", "Netflix", "renewed",
    "picked up", "ordered", "the drama", "premiered on", "started airing on", "JTBC", "installment", "chapter", "of the",
    "vs.", "–", " ", "\t", "\n",
]
STRONG_TEXTS = st.lists(st.sampled_from(STRONG_PIECES), max_size=16).flatmap(
    lambda pieces: st.sampled_from(["", " "]).map(lambda blank: blank.join(pieces)))


@settings(max_examples=1500, deadline=None)
@given(STRONG_TEXTS)
@example("Lantern Bay returns with a second season")
@example("Lantern Bay: Season 2")
@example("Lantern Bay’ new second season")
@example("Copper, the drama, has officially been canceled")
def test_a_strong_pattern_matches_only_where_its_words_and_needed_pattern_are(text):
    lower = text.lower()
    for regex, lists, needs in m._STRONG:
        if regex.search(text):
            assert all(any(word in lower for word in words) for words in lists), regex.pattern[:40]
            assert needs is None or needs.search(text), regex.pattern[:40]


WEAK_PIECES = ["series", "show", "drama", "K-drama", "spin-off", "spinoff", "spin", "Netflix's", "HBO’s", "Max's", "tvN's",
               "hit", "prequel", "Lantern", "Bay", "The", ",", " ", "\t", "is", "will", "fans", "has", "season", ".", "?"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(WEAK_PIECES), max_size=12).flatmap(
    lambda pieces: st.sampled_from(["", " ", "\t"]).map(lambda blank: blank.join(pieces))))
@example("the spin-off\tLantern Bay")
@example("a spinoff Lantern Bay")
def test_a_weak_pattern_matches_only_where_its_words_are(text):
    lower = text.lower()
    for regex, words in ((m._AFTER_KIND, m._STRONG_LISTS[-1]), (m._TITLE_LEAD, m._LEAD_WORDS)):
        if regex.search(text):
            assert any(word in lower for word in words), regex.pattern[:40]


def plain_sentence_mentions(text: str, start: int, end: int, works: m.Works) -> list[m.Mention]:
    """``sentence_mentions`` by every pattern's own finditer, with no word gate but its first
    test (a sentence without any of those words has no season mention)."""
    found, taken = [], []
    for a, b in works.pattern.finditer(text, start, end) if works.pattern else ():
        key = work_key(re.sub(r"\s+", " ", text[a:b]))
        key = works.aliases.get(key, key)
        if key not in works.surfaces or m.calendar_use(text, a, b):
            continue
        after, seasons, stop = m._AFTER_WORK.match(text, b, end), (), b
        if after and after.group("n") is not None and after.group(0).strip():
            seasons = numbers_by_the_loop(after.group("n"), "", m.ORDINALS)
        elif after and (after.group("s") or after.group("p") or after.group("d")):
            seasons = numbers_by_the_loop(after.group("s") or after.group("p") or after.group("d"), "", m.ORDINALS)
        stop = after.end() if seasons and after is not None else b
        found.append(m.Mention(a, stop, key, seasons))
        taken.append((a, stop))
    lower = text[start:end].lower()
    if not any(word in lower for word in ("season", "instal", "chapter", " s", " run", "outing")):
        return sorted(found, key=lambda x: x.start)
    for regex, first, table in ((m._SEASON_LIST, "n", m.NUMBER_WORDS), (m._ORD_SEASON, "o", m.ORDINALS)):
        for x in regex.finditer(text, start, end):
            if not any(a <= x.start() < b for a, b in taken) and (seasons := numbers_by_the_loop(x.group(first), x.group("more"), table)):
                found.append(m.Mention(x.start(), x.end(), None, seasons))
                taken.append(x.span())
    found += [m.Mention(x.start(), x.end(), None, (int(x.group("n")),)) for x in m._SHORT_SEASON.finditer(text, start, end)
              if not any(a <= x.start() < b for a, b in taken)]
    found += [m.Mention(x.start(), x.end(), None, (), "next") for x in m._RELATIVE.finditer(text, start, end)
              if not any(a <= x.start() < b for a, b in taken)]
    return sorted(found, key=lambda x: x.start)


MENTION_PIECES = ["Lantern Bay", "LANTERN  BAY", "Wednesday", "on", "season", "Season 2", "seasons 2 and 3", "seasons 2-4",
                  "third season", "first and final season", "S2", "s3", "new season", "renewed season", "next\tinstallment",
                  "final chapter", "run", "outing", "Part 2", "2", "two", "ſeason 2", "İ", "NEW SEASON", " ", "\t", ",",
                  ".", "and", "'s", "sophomore outing", "another run", "10 episodes"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(MENTION_PIECES), max_size=14).flatmap(
    lambda pieces: st.sampled_from(["", " "]).map(lambda blank: blank.join(pieces))), st.lists(st.integers(0, 200), max_size=3))
@example("Lantern Bay S2 is near; the new season and S3.", [])
def test_season_mentions_through_the_gates_are_those_of_every_pattern(text, cuts):
    works = m.Works(surfaces={"lanternbay": Counter({"Lantern Bay": 1}), "wednesday": Counter({"Wednesday": 1})})
    works.pattern = m._surface_regex(["Lantern Bay", "Wednesday"])
    spans = spans_of(text, cuts)
    for (start, end), named in zip(spans, works.pattern.finditer_each(text, spans), strict=True):
        expected = plain_sentence_mentions(text, start, end, works)
        assert m.sentence_mentions(text, start, end, works) == expected
        assert m.sentence_mentions(text, start, end, works, named) == expected


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Lantern Bay", "Lantern", "Bay", "Copper-Bay"]), min_size=1, max_size=3), SURFACE_TEXTS,
       st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=5))
def test_surface_matches_of_spans_in_any_order_are_each_spans_matches(surfaces, text, spans):
    from nextseason.extract.mentions import _compiled_surfaces
    from nextseason.extract.surfaces import SurfaceMatcher

    ordered = tuple(sorted(set(surfaces), key=lambda s: (-len(s), s)))
    spans = [(min(a, len(text)), min(b, len(text))) for a, b in spans]  # (inside the text, in any order)
    expected = [[x.span() for x in _compiled_surfaces(ordered).finditer(text, a, b)] for a, b in spans]
    assert SurfaceMatcher(ordered, lambda: _compiled_surfaces(ordered)).finditer_each(text, spans) == expected


@given(st.lists(st.sampled_from(["Wednesday", "WEDNESDAY", "May", "may", "İ", "x", " ", ",", "on ", "6", " 2024", "Lantern"]),
                max_size=6).map("".join), st.integers(0, 20), st.integers(0, 20))
def test_a_calendar_use_is_only_of_a_day_or_month_name(text, a, b):
    start, end = min(a, len(text)), max(min(a, len(text)), len(text) - b)
    if text[start:end].lower() not in m._CALENDAR_WORDS:
        assert not m.calendar_use(text, start, end)
    else:
        assert m.calendar_use(text, start, end) == bool(
            m._CALENDAR_AFTER.match(text, end) or m._CALENDAR_BEFORE.search(text[max(0, start - 12):start]))
