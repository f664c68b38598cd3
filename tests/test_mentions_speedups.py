"""The shortcuts of the title and season search (word gates, needed patterns, cached keys) find
exactly what the plain patterns find, sentence by sentence, on text made of the words they look for."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
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
    for start, end in zip(places, places[1:]):
        if start < end and text[start] == " " and end - start > 1:
            start += 1
        spans.append((start, end))
    return spans


def plain_candidates(text: str, spans: list[tuple[int, int]]) -> tuple[Counter[str], Counter[str], set[str]]:
    """``_candidates`` without any gate: every pattern over every sentence."""
    strong: Counter[str] = Counter()
    weak: Counter[str] = Counter()
    named: set[str] = set()
    for start, end in spans:
        chunk = text[start:end]
        for regex, _, _ in m._STRONG:
            for match in regex.finditer(chunk):
                if title := m.clean_title(match.group("t")):
                    strong[title] += 1
        for match in m._QUOTED.finditer(chunk):
            around = chunk[max(0, match.start() - 60):match.end() + 60]
            raw = match.group("t").strip()
            if len(raw.split()) <= 7 and m._GENRE_NEAR.search(around) and fre.fullmatch(m.TITLE, raw):
                if title := m.clean_title(raw):
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
