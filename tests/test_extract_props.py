"""Property tests: any text goes through extraction, and every quote points into the text."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from nextseason.extract import extract_claims
from nextseason.models import Document, Interval
from nextseason.settings import Settings

WORDS = st.sampled_from([
    "Copper", "Valley", "season", "2", "two", "second", "Netflix", "premieres", "in", "May", "2025",
    "will", "return", "not", "renewed", "filming", "began", "Park", "Ji-hu", "as", "On-jo", ",", ".",
    "could", "according", "to", "reports", "episodes", "10", "strike", "delayed", "\n", "“", "”",
    "the", "show", "cast", "joins", "late", "2024", "no", "release", "date", "?", "Read", "more:",
])
PROSE = st.lists(WORDS, max_size=60).map(" ".join)
SETTINGS = Settings()


def check(document: Document) -> None:
    for claim in extract_claims(document, SETTINGS):
        assert document.text[claim.quote_start:claim.quote_end] == claim.quote
        assert claim.quote and claim.quote in document.text
        assert claim.kind in ("renewal", "release", "production", "cast", "episodes", "platform", "delay_reason")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2040, 12, 31))))
def test_any_string_goes_through_without_an_exception(text, published):
    check(Document(id="p", doc_id="p", text=text, published=published))


@settings(max_examples=300, deadline=None)
@given(PROSE, st.one_of(st.none(), st.dates(date(2015, 1, 1), date(2030, 12, 31))))
def test_quotes_of_claim_like_prose_are_exact_spans(text, published):
    check(Document(id="p", doc_id="p", text=text, published=published))


@settings(max_examples=100, deadline=None)
@given(PROSE, st.dates(date(2015, 1, 1), date(2030, 12, 31)))
def test_an_inferred_date_range_is_enough(text, day):
    check(Document(id="p", doc_id="p", text=text, published_range=Interval(day, None, "open")))
