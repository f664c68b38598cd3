"""Temporal expressions: find them in text, normalise them to TimeML TIMEX3 and to the INTERVAL
conventions of spec/claims.md, anchored on the article's date with the verb's tense.

    >>> from datetime import date
    >>> from nextseason.extract.timex import find_timexes, interval_of
    >>> [t.value for t in find_timexes("It returns in early 2027.", date(2025, 3, 1))]
    ['2027']
    >>> interval_of("later this year", date(2023, 8, 15)).to_json()
    {'start': '2023-08-15', 'end': '2023-12-31'}

Modules: ``lexicon`` (words and regex fragments), ``calendar`` (interval conventions),
``anchoring`` (tense), ``absolute`` / ``relative`` / ``durations`` (rules), ``compose``
(ranges and bounds), ``finder`` (the engine), ``te3`` (TempEval-3 reader and writer).
"""

from __future__ import annotations

from .finder import find_hits, find_timexes, interval_of

__all__ = ["find_hits", "find_timexes", "interval_of"]
