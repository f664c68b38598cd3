"""Shortcuts in extract/times.py (the article's time points) give what the plain path gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nextseason.extract import times

PIECES = ["as", "AS", "aS", "a\u017f", "of", "OF", "at", "since", "SINCE", "least", "LEAST", "le\u017ft", " ", "  ",
          "\n", ",", "it", "x", "\u2019", "\u00e9"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_as_of_pattern_is_only_tried_where_it_can_match(before: str) -> None:
    if times._AS_OF_BEFORE.search(before):
        assert times._may_be_as_of(before)


def test_as_of_cue_is_found_in_any_case() -> None:
    for before in ("the show, AS OF ", "as at  ", "Since At Least ", "a\u017f of "):
        assert times._may_be_as_of(before) and times._AS_OF_BEFORE.search(before)
    assert not times._may_be_as_of("it aired on ") and not times._AS_OF_BEFORE.search("it aired on ")


def test_the_engine_is_looked_up_once() -> None:
    first = times._engine()
    assert first is not None and times._engine() is first


def test_timex_fields_are_the_fields_of_find_timexes() -> None:
    from datetime import date, datetime

    from nextseason.extract.timex import find_timexes
    from nextseason.extract.timex.finder import timex_fields

    text = ("The show's second season wraps filming by the end of 2024 , and could land in early 2025; "
            "it aired on Friday, three weeks ago, not before March 3's finale.  ")
    for anchor in (date(2024, 6, 1), datetime(2023, 1, 9, 12, 30), None):
        expected = [(t.start, t.end, t.text, t.type, t.interval, t.relative) for t in find_timexes(text, anchor)]
        assert expected and timex_fields(text, anchor) == expected


def test_time_point_init_takes_the_fields_in_order_and_stays_frozen() -> None:
    import dataclasses
    import inspect
    from datetime import date

    import pytest

    from nextseason.models import Interval

    parameters = list(inspect.signature(times.TimePoint.__init__).parameters)[1:]
    assert parameters == [f.name for f in dataclasses.fields(times.TimePoint)]
    values = (4, 12, "May 2024", Interval(date(2024, 5, 1), date(2024, 5, 31), "month", "May 2024"), False, True)
    point = times.TimePoint(*values)
    assert dataclasses.astuple(point) == dataclasses.astuple(dataclasses.replace(point)) and point.text == "May 2024"
    assert [getattr(point, name) for name in parameters] == list(values) and hash(point) == hash(times.TimePoint(*values))
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.start = 5  # type: ignore[misc]
