"""Property tests: any text goes through the engine, and every span points at its text."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from nextseason.extract.timex import find_timexes
from nextseason.models import Interval

WORDS = ["early", "late", "mid-", "the end of", "by", "not before", "until", "between", "and", "or", "to",
         "2024", "2025", "'24", "December", "Dec.", "May", "June 6", "6 June", "summer", "winter", "Q3",
         "first half of", "this year", "next", "last", "week", "Friday", "two months ago", "at the earliest",
         "9 p.m.", "noon", "daily", "every", "years", "about", "10", "Season 2", "episodes", "7.5/10",
         "-", "/", ",", ".", " ", "\n", "the", "of", "later this year", "earlier", "2023-02-30", "13/45/2024"]


def _check(text: str, anchor: date | None) -> None:
    for timex in find_timexes(text, anchor):
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start:timex.end] == timex.text
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        interval = timex.interval
        if interval is not None and interval.start and interval.end:
            assert interval.start <= interval.end


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_timex_any_text_goes_through(text: str, anchor: date) -> None:
    _check(text, anchor)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join),
       st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))))
def test_timex_time_words_in_any_order_go_through(text: str, anchor: date | None) -> None:
    _check(text, anchor)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=15).map(" ".join),
       st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)))
def test_timex_anchor_range_goes_through(text: str, start: date) -> None:
    window = Interval(start, date(start.year, 12, 31), "range")
    for timex in find_timexes(text, None, anchor_range=window):
        assert text[timex.start:timex.end] == timex.text
