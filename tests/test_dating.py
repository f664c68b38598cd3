"""Publication dates: stated, read from bylines and URLs, inferred from content."""

from __future__ import annotations

import importlib.util
from datetime import date
from typing import Any

import pytest
from conftest import DEV, ROOT

from nextseason.ingest.dating import (
    add_months,
    byline_date,
    date_document,
    find_absolute_dates,
    header_date,
    infer_range,
    parse_day_phrase,
    stamp_line_date,
    tense_of,
    top_date_line,
    url_date,
)
from nextseason.models import Interval

# Floors for the dating benchmark on the dev articles (benchmarks/dating.py). Measured
# 2026-11-30: content-only inference covers 66.3% of the dated articles (their date
# hidden), its lower bound is right 47 times out of 49; the whole decision covers 69.6%
# of them and 72.5% of the undated articles' estimates. Lowering a floor is a reviewed change.
FLOOR_INFERRED_COVERAGE = 0.65
FLOOR_LOWER_BOUND_PRECISION = 0.94
FLOOR_DECISION_COVERAGE = 0.69
FLOOR_UNDATED_COVERAGE = 0.72


@pytest.mark.parametrize("phrase, expected", [
    ("Feb 07, 2022 17:08 pm", date(2022, 2, 7)),
    ("Tue 26 Mar 2024, 5:55 PM", date(2024, 3, 26)),
    ("MAY 04, 2021 06:48 PM IST", date(2021, 5, 4)),
    ("- March 26, 2024 01:20 pm", date(2024, 3, 26)),
    ("30/08/2023", date(2023, 8, 30)),
    ("2024-06-12T10:00", date(2024, 6, 12)),
    ("03/04/2024", None),  # day-first or month-first: cannot tell
    ("no date here", None),
])
def test_day_phrases_in_common_forms(phrase: str, expected: date | None) -> None:
    assert parse_day_phrase(phrase) == expected


def test_header_line_date() -> None:
    assert header_date(" date 2023-12-08 Some text") == date(2023, 12, 8)
    assert header_date("The date 2023-12-08 is in a sentence") is None


def test_published_line_beats_updated_line() -> None:
    text = "Headline\nUpdated: June 3, 2024\nPublished on May 30, 2024\nBody text."
    assert byline_date(text) == date(2024, 5, 30)
    assert byline_date("Updated - 12 January 2025\nBody") == date(2025, 1, 12)


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/2023/06/15/some-story/", Interval.day(date(2023, 6, 15))),
    ("https://example.org/article/2022-06-06/story", Interval.day(date(2022, 6, 6))),
    ("https://example.org/news/20231213-story", Interval.day(date(2023, 12, 13))),
    ("https://example.org/2021/05/story", Interval(date(2021, 5, 1), date(2021, 5, 31), "month", "May 2021")),
    ("https://example.org/story-about-2024", None),
    (None, None),
])
def test_dates_in_urls(url: str | None, expected: Interval | None) -> None:
    assert url_date(url) == expected


def test_absolute_dates_found_with_precision() -> None:
    text = "It began on 6 June 2022, aired in March 2023 and returns in 2025 (not 20250 or $2024)."
    found = [(text[s:e], iv.precision) for s, e, iv in find_absolute_dates(text)]
    assert found == [("6 June 2022", "day"), ("March 2023", "month"), ("2025", "year")]


@pytest.mark.parametrize("sentence, expected", [
    ("The first season premiered on Netflix in January 2022.", "past"),
    ("Season two will be released in 2025.", "future"),
    ("Netflix confirmed the renewal back in June 2022.", "past"),
    ("Filming is expected to begin in March 2024.", "future"),
    ("The season was expected to premiere in 2025.", "ambiguous"),
    ("A look at the 2024 lineup.", "none"),
    ("The premiere has been pushed back to 2026.", "future"),
    ("The finale has not been postponed to 2026.", "none"),
    ("The crew was told to start shooting in 2025.", "future"),
    ("The drama, which wrapped filming in May 2024, is now eyeing a spring debut.", "past"),
    ("The drama will be released in May 2024, the studio hopes.", "future"),
    ("The studio unveiled its upcoming lineup for 2026 yesterday.", "future"),
    ("Shooting began on the upcoming season in June 2025, with a photo.", "past"),
    ("The network confirmed in June 2022 that more was coming next year.", "past"),
    ("The sequel was announced to be released in 2027.", "future"),
    ("A pilot was made. In 2023, the cast met for a table read.", "past"),
    ("Good news. In 2027, the cast will reunite.", "future"),
])
def test_tense_of_the_clause_around_a_date(sentence: str, expected: str) -> None:
    [(start, end, _)] = find_absolute_dates(sentence)
    assert tense_of(sentence, start, end) == expected


def test_inferred_range_is_after_the_latest_past_event_and_before_the_first_awaited() -> None:
    text = ("The first season premiered in January 2022. Netflix announced the renewal on June 6, 2023. "
            "The new season will arrive in 2024.")
    found = infer_range(text)
    assert found is not None
    assert (found.start, found.end) == (date(2023, 6, 6), date(2024, 12, 31))
    assert found.label and "inferred" in found.label


def test_inferred_range_stays_open_when_nothing_is_awaited() -> None:
    found = infer_range("The show premiered in March 2020 and was a hit.")
    assert found == Interval(date(2020, 3, 1), None, "open", "March 2020 or later (inferred)")
    capped = infer_range("The show premiered in March 2020 and was a hit.", window_months=6)
    assert capped is not None and capped.end == date(2020, 9, 1)


def test_article_without_dates_says_it_cannot_be_bounded() -> None:
    dating = date_document("Fans want more episodes. Nobody knows when they will come.")
    assert (dating.published, dating.range, dating.basis) == (None, None, "unknown")


def test_fetch_date_caps_the_range_and_is_the_last_resort() -> None:
    capped = date_document("Filming began in May 2024.", fetched=date(2024, 7, 1))
    assert capped.basis == "inferred" and capped.range == Interval(
        date(2024, 5, 1), date(2024, 7, 1), "range", "May 2024 to Jul 2024 (inferred)")
    bare = date_document("No dates at all.", fetched=date(2024, 7, 1))
    assert bare.basis == "warc" and bare.range is not None and bare.range.end == date(2024, 7, 1)


def test_inferred_range_ends_no_later_than_the_day_the_article_is_read() -> None:
    text = "Shooting wrapped in May 2026, and the new episodes should arrive in early 2028."
    dating = date_document(text, today=date(2026, 8, 10))
    assert dating.basis == "inferred" and dating.range is not None
    assert (dating.range.start, dating.range.end) == (date(2026, 5, 1), date(2026, 8, 10))
    assert dating.range.label == "May 2026 to Aug 2026 (inferred)"
    unchanged = date_document(text, today=date(2030, 1, 1))
    assert unchanged.range == date_document(text).range


def test_ingested_file_is_never_dated_after_the_day_it_was_ingested() -> None:
    from nextseason.ingest.document import make_document

    month = date.today().replace(day=1)
    text = f"A headline\n\nFilming ended in {month:%B %Y}. The new season will arrive in {month.year + 2}."
    document = make_document(text, doc_id="a.txt", source_kind="txt")
    assert document.effective_published is not None
    assert document.effective_published <= date.today()


def test_evidence_order_stated_header_byline_url_inferred() -> None:
    text = " date 2024-02-02 Published: March 1, 2024\nIt premiered in 2020."
    url = "https://example.org/2024/01/15/story"
    assert date_document(text, url=url, stated=date(2024, 1, 1)).basis == "field"
    assert date_document(text, url=url).basis == "header"
    assert date_document(text[17:], url=url).basis == "byline"
    assert date_document("It premiered in 2020.", url=url).published == date(2024, 1, 15)
    assert date_document("It premiered in 2020.").basis == "inferred"


def test_date_line_at_the_top_bounds_the_inferred_range_from_above() -> None:
    text = "Friday, June 27, 2025\nA headline\n\nThe show premiered in 2022 and fans want more."
    assert top_date_line(text) == date(2025, 6, 27)
    assert top_date_line("A headline\n\nIt aired on June 27, 2025 to acclaim.") is None
    dating = date_document(text)
    assert dating.basis == "inferred" and dating.range is not None
    assert (dating.range.start, dating.range.end) == (date(2022, 1, 1), date(2025, 6, 27))


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 11, 15), 3) == date(2025, 2, 15)


def _benchmark() -> Any:
    path = ROOT / "benchmarks" / "dating.py"
    spec = importlib.util.spec_from_file_location("dating_benchmark", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (DEV / "articles.jsonl").exists(), reason="dev corpus not present")
def test_dating_coverage_on_dev_articles_stays_above_the_pinned_floors() -> None:
    results = _benchmark().evaluate()
    inferred = results["dated, date hidden | inferred from content (regex dates)"]
    assert inferred["contains"] / inferred["n"] >= FLOOR_INFERRED_COVERAGE
    assert inferred["lower_ok"] / inferred["lower"] >= FLOOR_LOWER_BOUND_PRECISION
    decision = results["dated, date hidden | byline, url, else inferred"]
    assert decision["contains"] / decision["n"] >= FLOOR_DECISION_COVERAGE
    undated = results["undated vs published_estimate | byline, url, else inferred"]
    assert undated["contains"] / undated["n"] >= FLOOR_UNDATED_COVERAGE



def test_an_open_inferred_range_stays_open_and_an_awaited_end_is_capped_at_today() -> None:
    past_only = date_document("The show premiered in March 2020 and was a hit.", today=date(2026, 8, 10))
    assert past_only.range == Interval(date(2020, 3, 1), None, "open", "March 2020 or later (inferred)")
    awaited_only = date_document("The new season will arrive in 2027.", today=date(2026, 8, 10))
    assert awaited_only.range is not None
    assert (awaited_only.range.start, awaited_only.range.end) == (None, date(2026, 8, 10))


def test_date_stamp_of_an_embedded_post_is_a_past_lower_bound() -> None:
    text = ("Season three is on its way, the showrunner wrote.\n"
            "All done here, see you soon pic.twitter.com/AbC123xyzMarch 3, 2025\n"
            "\u2014 A Showrunner (@a_showrunner) March 3, 2025\nFans will have to wait.")
    found = infer_range(text)
    assert found is not None and found.start == date(2025, 3, 3)
    assert infer_range("Fans discuss the 2025 slate on a forum.") is None


def test_a_date_line_with_a_clock_time_is_a_publication_stamp() -> None:
    text = "Site name\nA headline about a show\nBy A Writer\nMar 04, 2024 09:15 AM EST\nThe show premiered in 2021."
    assert stamp_line_date(text) == date(2024, 3, 4)
    assert stamp_line_date("Header\nWed 5 Jun 2024 | 7:30 PM\nBody") == date(2024, 6, 5)
    assert stamp_line_date("Friday, June 27, 2025\nA headline\nBody") is None  # no time: maybe the site's date bar
    dating = date_document(text)
    assert (dating.published, dating.basis) == (date(2024, 3, 4), "byline")
