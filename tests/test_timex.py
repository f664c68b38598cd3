"""The temporal engine: every row of the INTERVAL convention table of spec/claims.md, the cases
the table does not cover, and the examples of the issue. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from nextseason.extract.timex import find_timexes, interval_of
from nextseason.models import Interval

D = date(2023, 3, 10)  # an article date used where the row does not care


def _span(expression: str, anchor: date = D) -> tuple[str | None, str | None] | None:
    interval = interval_of(expression, anchor)
    if interval is None:
        return None
    return (interval.start.isoformat() if interval.start else None,
            interval.end.isoformat() if interval.end else None)


# ---------------------------------------------------------------- the convention table


@pytest.mark.parametrize(("expression", "start", "end"), [
    ("2024", "2024-01-01", "2024-12-31"),
    ("December 2024", "2024-12-01", "2024-12-31"),
    ("June 6, 2022", "2022-06-06", "2022-06-06"),
    ("6 June 2022", "2022-06-06", "2022-06-06"),
    ("Q1 2025", "2025-01-01", "2025-03-31"),
    ("the first quarter of 2025", "2025-01-01", "2025-03-31"),
    ("first half of 2025", "2025-01-01", "2025-06-30"),
    ("the second half of 2024", "2024-07-01", "2024-12-31"),
    ("the latter half of 2025", "2025-07-01", "2025-12-31"),
    ("spring 2025", "2025-03-01", "2025-05-31"),
    ("summer 2025", "2025-06-01", "2025-08-31"),
    ("fall 2025", "2025-09-01", "2025-11-30"),
    ("autumn 2025", "2025-09-01", "2025-11-30"),
    ("winter 2025", "2024-12-01", "2025-02-28"),
    ("early 2027", "2027-01-01", "2027-04-30"),
    ("the beginning of 2027", "2027-01-01", "2027-04-30"),
    ("mid-2024", "2024-05-01", "2024-08-31"),
    ("the middle of 2024", "2024-05-01", "2024-08-31"),
    ("midway through 2024", "2024-05-01", "2024-08-31"),
    ("midway through the year 2024", "2024-05-01", "2024-08-31"),
    ("late 2024", "2024-09-01", "2024-12-31"),
    ("the end of 2024", "2024-09-01", "2024-12-31"),
    ("early December 2024", "2024-12-01", "2024-12-10"),
    ("mid-December 2024", "2024-12-11", "2024-12-20"),
    ("late December 2024", "2024-12-21", "2024-12-31"),
    ("the middle to late 2024", "2024-05-01", "2024-12-31"),
    ("end of 2023 or beginning of 2024", "2023-09-01", "2024-04-30"),
    ("anywhere between the close of 2023 and the beginning of 2024", "2023-09-01", "2024-04-30"),
    ("2025 at the earliest", "2025-01-01", None),
    ("not before 2025", "2025-01-01", None),
])
def test_timex_convention_table_row(expression: str, start: str, end: str | None) -> None:
    assert _span(expression) == (start, end)


def test_timex_by_the_end_of_a_year_runs_from_the_article_date() -> None:
    assert _span("by the end of 2023", date(2023, 3, 10)) == ("2023-03-10", "2023-12-31")


def test_timex_before_a_year_ends_the_day_before_it() -> None:
    assert _span("before 2024", date(2023, 3, 10)) == ("2023-03-10", "2023-12-31")


@pytest.mark.parametrize(("expression", "start", "end"), [
    ("this year", "2023-01-01", "2023-12-31"),
    ("next year", "2024-01-01", "2024-12-31"),
    ("later this year", "2023-03-10", "2023-12-31"),
])
def test_timex_relative_years_resolve_against_the_article_date(expression: str, start: str, end: str) -> None:
    assert _span(expression, date(2023, 3, 10)) == (start, end)


@pytest.mark.parametrize("expression", ["the second half of a later year", "soon", "someday"])
def test_timex_vague_expressions_have_no_interval(expression: str) -> None:
    assert interval_of(expression, D) is None


# ---------------------------------------------------------------- cases the table does not cover


@pytest.mark.parametrize(("expression", "start", "end"), [
    ("early summer 2025", "2025-06-01", "2025-06-30"),
    ("late summer 2025", "2025-08-01", "2025-08-31"),
    ("late October 2025", "2025-10-21", "2025-10-31"),
    ("the final days of 2024", "2024-12-21", "2024-12-31"),
    ("the final months of 2021", "2021-09-01", "2021-12-31"),
    ("not until 2026", "2026-01-01", None),
    ("as early as 2026", "2026-01-01", None),
    ("the end of 2023 at the earliest", "2023-09-01", None),
])
def test_timex_uncovered_cases_follow_the_annotators(expression: str, start: str, end: str | None) -> None:
    assert _span(expression) == (start, end)


def test_timex_this_week_is_the_monday_to_sunday_week_of_the_article() -> None:
    assert _span("this week", date(2024, 12, 26)) == ("2024-12-23", "2024-12-29")  # a Thursday


def test_timex_last_week_is_the_week_before() -> None:
    assert _span("last week", date(2025, 1, 2)) == ("2024-12-23", "2024-12-29")


def test_timex_earlier_this_year_runs_to_the_article_date() -> None:
    assert _span("earlier this year", date(2023, 8, 15)) == ("2023-01-01", "2023-08-15")


def test_timex_within_the_next_couple_of_months_adds_two_months() -> None:
    assert _span("within the next couple of months", date(2023, 8, 15)) == ("2023-08-15", "2023-10-15")


def test_timex_by_mid_month_ends_on_the_twentieth() -> None:
    assert _span("by mid-February", date(2024, 1, 10)) == ("2024-01-10", "2024-02-20")


# ---------------------------------------------------------------- examples of the issue


def _only(text: str, anchor: date = D):  # type: ignore[no-untyped-def]
    found = find_timexes(text, anchor)
    assert len(found) == 1, found
    return found[0]


def test_timex_early_year_keeps_its_precision_and_label() -> None:
    timex = _only("The show could be back in early 2027.")
    assert (timex.text, timex.type, timex.value, timex.mod) == ("early 2027", "DATE", "2027", "START")
    assert timex.interval == Interval(date(2027, 1, 1), date(2027, 4, 30), "part", "early 2027")


def test_timex_month_label_reads_like_a_person() -> None:
    assert _only("It lands in December 2024.").interval.display() == "December 2024"  # type: ignore[union-attr]


def test_timex_late_year_at_the_earliest_is_open_ended() -> None:
    timex = _only("Fans should expect it in late 2023, at the earliest.")
    assert timex.interval is not None
    assert (timex.interval.start, timex.interval.end) == (date(2023, 9, 1), None)
    assert timex.mod == "ON_OR_AFTER"


def test_timex_past_tense_keeps_the_day_in_the_article_year() -> None:
    timex = _only("The drama was renewed on June 6 after a strong debut.", date(2023, 8, 20))
    assert timex.value == "2023-06-06"


def test_timex_future_tense_moves_a_passed_day_to_next_year() -> None:
    timex = _only("The second season premieres on June 6 on the streamer.", date(2023, 8, 20))
    assert timex.value == "2024-06-06"


def test_timex_negated_this_year_is_still_this_year() -> None:
    timex = _only("A new season won't be materializing this year.", date(2024, 2, 1))
    assert timex.value == "2024"


@pytest.mark.parametrize(("text", "value", "start", "end"), [
    ("They will film next summer.", "2024-SU", "2024-06-01", "2024-08-31"),
    ("Production wrapped two months ago.", "2023-07", "2023-07-01", "2023-07-31"),
    ("It streams later this year.", "2023", "2023-09-15", "2023-12-31"),
])
def test_timex_relative_examples(text: str, value: str, start: str, end: str) -> None:
    timex = _only(text, date(2023, 9, 15))
    assert timex.value == value and timex.relative
    assert timex.interval is not None and timex.interval.to_json() == {"start": start, "end": end}


def test_timex_following_months_of_a_year_stay_inside_it() -> None:
    timex = _only("Shooting runs through the following two months of 2023.", date(2023, 10, 20))
    assert timex.type == "DURATION" and timex.value == "P2M"
    assert timex.interval is not None and timex.interval.end == date(2023, 12, 20)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("The cast returns some time between 2025 and 2026.", "2025-01-01", "2026-12-31"),
    ("Filming runs from March to May 2025.", "2025-03-01", "2025-05-31"),
    ("It is pencilled in for 2025 to 2026.", "2025-01-01", "2026-12-31"),
    ("Look for it until 2026.", "2023-03-10", "2026-12-31"),
    ("It will not arrive until 2026.", "2026-01-01", None),
])
def test_timex_ranges_and_bounds(text: str, start: str, end: str | None) -> None:
    timex = _only(text)
    assert timex.interval is not None
    assert timex.interval.to_json() == {"start": start, "end": end}


def test_timex_duration_with_approximation() -> None:
    timex = _only("The shoot took about 10 months.")
    assert (timex.type, timex.value, timex.mod, timex.interval) == ("DURATION", "P10M", "APPROX", None)


def test_timex_clock_time_with_weekday() -> None:
    timex = _only("The trailer drops at 9 p.m. Tuesday.", date(2024, 5, 1))  # a Wednesday
    assert (timex.type, timex.value) == ("TIME", "2024-05-07T21:00")


@pytest.mark.parametrize(("text", "value"), [("New episodes arrive weekly.", "P1W"),
                                             ("The cast meets every year.", "P1Y")])
def test_timex_sets(text: str, value: str) -> None:
    timex = _only(text)
    assert (timex.type, timex.value) == ("SET", value)


@pytest.mark.parametrize("text", [
    "Season 2 is coming.",
    "It will have 12 episodes.",
    "Squid Game 456 was the player's number.",
    "Critics rated it 7.5/10.",
    "Viewers logged 24 hours of viewing in a day.",
    "A 6-year-old girl watched.",
])
def test_timex_things_that_are_not_times(text: str) -> None:
    assert not [t for t in find_timexes(text, D) if t.interval is not None and t.type == "DATE"]
    assert not [t for t in find_timexes(text, D) if t.text.lower().startswith(("season", "12", "456", "7.5", "24"))]


def test_timex_soon_and_someday_have_no_interval() -> None:
    assert all(t.interval is None for t in find_timexes("The season is coming soon, someday at last.", D))


def test_timex_anchor_range_widens_relative_expressions() -> None:
    window = Interval(date(2023, 11, 1), date(2024, 2, 28), "range")
    found = find_timexes("It returns next year, in March 2025.", None, anchor_range=window)
    relative, absolute = found
    assert relative.interval is not None
    assert (relative.interval.start, relative.interval.end) == (date(2024, 1, 1), date(2025, 12, 31))
    assert "uncertain" in (relative.interval.label or "")
    assert absolute.interval is not None and absolute.interval.start == date(2025, 3, 1)


def test_timex_without_anchor_absolute_dates_still_resolve() -> None:
    timex = _only("It premiered on January 28, 2022.", None)  # type: ignore[arg-type]
    assert timex.value == "2022-01-28"


def test_timex_spans_point_at_their_text() -> None:
    text = "On Friday, Dec. 1, the studio said filming begins in early 2025 and lasts six months."
    for timex in find_timexes(text, date(2023, 11, 28)):
        assert text[timex.start:timex.end] == timex.text


# ---------------------------------------------------------------- more phrasings news uses


@pytest.mark.parametrize(("text", "anchor", "start", "end"), [
    ("It should launch around summer or fall next year.", date(2024, 11, 2), "2025-06-01", "2025-11-30"),
    ("The finale is scheduled for June 27 this year.", date(2025, 1, 30), "2025-06-27", "2025-06-27"),
    ("Expect it in the early summer of next year.", date(2023, 12, 6), "2024-06-01", "2024-06-30"),
    ("It could land in late 2024 or even early 2025.", date(2023, 11, 14), "2024-09-01", "2025-04-30"),
    ("A premiere in mid to late April looks likely.", date(2025, 12, 3), "2026-04-11", "2026-04-30"),
    ("The first season ran from August 21 to Oct. 23, 2022.", date(2024, 3, 5), "2022-08-21", "2022-10-23"),
    ("It will be out this winter.", date(2022, 9, 27), "2022-12-01", "2023-02-28"),
    ("It should start streaming later on in the year.", date(2024, 3, 5), "2024-03-05", "2024-12-31"),
    ("A return is planned for the first quarter of next year.", date(2023, 10, 5), "2024-01-01", "2024-03-31"),
    ("It has been streaming since March this year.", date(2020, 4, 15), "2020-03-01", "2020-03-31"),
])
def test_timex_news_phrasings(text: str, anchor: date, start: str, end: str) -> None:
    found = [t for t in find_timexes(text, anchor) if t.interval is not None]
    assert found and found[-1].interval.to_json() == {"start": start, "end": end}  # type: ignore[union-attr]


def test_timex_a_second_season_is_not_a_duration() -> None:
    assert find_timexes("Fans want a second season.", D) == []


def test_timex_an_infinitive_is_read_at_the_article_date() -> None:
    timex = _only("The studio has decided to shoot the finale in early March.", date(2023, 2, 10))
    assert timex.value == "2023-03"


def test_timex_last_month_day_is_the_previous_one() -> None:
    assert _only("He was last seen on set last Oct. 23.", date(2024, 5, 6)).value == "2023-10-23"


def test_timex_weekday_in_news_is_the_past_one_unless_future_is_said() -> None:
    anchor = date(2024, 5, 1)  # a Wednesday
    assert _only("The network confirmed the news Monday.", anchor).value == "2024-04-29"
    assert _only("The network will confirm the news on Monday.", anchor).value == "2024-05-06"


def test_timex_te3_value_of_a_quarter_after_a_named_quarter() -> None:
    found = find_timexes("Profit in the third quarter of 2023 rose from a year earlier.", date(2023, 11, 2))
    assert [t.value for t in found] == ["2023-Q3", "2022-Q3"]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("It should arrive before the end of 2024.", "2024-05-15", "2024-12-31"),
    ("The show returns no later than March.", "2024-05-15", "2025-03-31"),
    ("It could come as soon as next year.", "2025-01-01", None),
    ("Filming wraps mid-next year.", "2025-05-01", "2025-08-31"),
    ("Plans call for a 2025 or 2026 release.", "2025-01-01", "2026-12-31"),
    ("The festival will run December 26 and 27.", "2024-12-26", "2024-12-27"),
    ("It was a hit in the 2009-2010 season.", "2009-01-01", "2010-12-31"),
])
def test_timex_bounds_and_ranges_in_running_text(text: str, start: str, end: str | None) -> None:
    timex = _only(text, date(2024, 5, 15))
    assert timex.interval is not None and timex.interval.to_json() == {"start": start, "end": end}


def test_timex_narrative_that_year_refers_to_the_last_named_date() -> None:
    found = find_timexes("It was shot in June 2021 and aired later that year.", date(2024, 5, 15))
    assert [t.value for t in found] == ["2021-06", "2021"]
    assert found[1].interval is not None and found[1].interval.end == date(2021, 12, 31)


def test_timex_every_weekday_is_a_set() -> None:
    timex = _only("Episodes drop every Friday.")
    assert (timex.type, timex.value, timex.interval) == ("SET", "XXXX-WXX-5", None)


def test_timex_a_datetime_anchor_counts_as_its_day() -> None:
    from datetime import datetime

    assert _only("It returns next year.", datetime(2024, 1, 1, 12, 0)).value == "2025"  # type: ignore[arg-type]


def test_timex_week_of_a_month_is_its_nth_seven_days() -> None:
    timex = _only("It lands the first week of December 2024.")
    assert timex.interval is not None and timex.interval.to_json() == {"start": "2024-12-01", "end": "2024-12-07"}
    assert timex.interval.label == "the first week of December 2024"


def test_timex_short_year_takes_a_part() -> None:
    assert _span("late '24") == ("2024-09-01", "2024-12-31")


def test_timex_later_in_the_current_year_runs_from_the_article_date() -> None:
    assert _span("later in 2024", date(2024, 5, 1)) == ("2024-05-01", "2024-12-31")
    assert _span("later in 2025", date(2024, 5, 1)) == ("2025-09-01", "2025-12-31")
