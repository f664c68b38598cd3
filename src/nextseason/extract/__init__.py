"""Claim extraction: sentences -> title+season mentions -> temporal expressions -> claims.

``extract_claims`` is pure: the document and settings in, claims out, no I/O except the
(cached) user alias file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from ..models import Claim, Document
from ..settings import DEFAULT, Settings
from . import assemble as assemble_module
from . import cast as cast_module
from . import claims as claims_module
from . import delay as delay_module
from . import fastre as fre
from . import renewal as renewal_module
from .aliases import alias_titles
from .assemble import assemble, dedupe
from .cast import document_roles, document_words
from .certainty import announces
from .claims import View, finder_words, finders
from .mentions import Mention, assign_targets, find_works, title_times
from .sentences import Sentence, list_entry, not_prose, split_sentences
from .times import TimePoint, document_times, estimate_anchor, latest_anchor, reyear_bare_dates, within

__all__ = ["extract_claims"]

_FINDERS = finders()
# patterns searched sentence by sentence whose needed literals most sentences lack: the shared
# scan of the sentence rules them out without a search (fastre.gate; one registration, one scan)
fre.gate(claims_module.RELEASE, claims_module.PRODUCTION, claims_module._ANNOUNCE, claims_module._OTHER_EVENT,
         claims_module._PROD_START, claims_module._PROD_END, claims_module._PROD_BEING, claims_module._PROD_HALT,
         claims_module._VIEWS, delay_module._DELAY_CUE, *(pattern for _, pattern in delay_module._REASONS),
         assemble_module._SUPERSEDED, renewal_module._NOT_YET, cast_module._NOT_CAST, cast_module._FIRST_ONLY)
_FINDER_WORDS = fre.WordLists(finder_words())  # (one scan of a sentence tells which finders' words it holds)
# the finders due, in order, by [whether the sentence holds a time][the finders' word bits it holds]
_DUE = tuple(tuple(tuple(finder for index, (finder, _, times_suffice) in enumerate(_FINDERS)
                         if times_suffice and timed or bits >> index & 1) for bits in range(1 << len(_FINDERS)))
             for timed in (False, True))


def extract_claims(document: Document, settings: Settings = DEFAULT) -> list[Claim]:
    """All claims the article makes, one per distinct (work, season, kind, value, polarity)."""
    text = document.text
    sentences = split_sentences(document)
    if not sentences:
        return []
    spans = [(s.start, s.end) for s in sentences]
    known = tuple(settings.known_titles) + alias_titles(settings.alias_file)
    works = find_works(text, spans, known)
    if works.subject is None:
        return []
    mentions = assign_targets(works, text, spans)
    anchor, points = _anchor_and_times(document)
    points = title_times(text, works, points)  # "Wednesday" the show is not a Wednesday
    shared = _Lazy({"roles": lambda: document_roles(text), "words": lambda: document_words(text)})
    claims: list[Claim] = []
    official_line = -10  # the last sentence that reported an announcement
    intro = ""  # the last sentence that is not a "Person as Character" list line
    previous: tuple[str, ...] = ()  # the sentences before (for "they will all be back")
    named_before: tuple[Mention, ...] = ()  # the season mentions of the sentence before
    for position, (sentence, sentence_mentions) in enumerate(zip(sentences, mentions)):
        if not_prose(sentence.text):
            continue
        sentence_mentions = _this_season(text, sentence_mentions, named_before)
        named_before = tuple(m for m in sentence_mentions if m.seasons)
        entry = list_entry(sentence.text)
        if not entry:
            intro = sentence.text
        times = within(points, sentence.start, sentence.end)
        lower = sentence.text.lower()
        present = _FINDER_WORDS.present(lower)
        due = _DUE[bool(times)][present]
        notes = {"intro": intro if entry else "", "previous": previous, "lower": lower,
                 "official_context": sentence.index - official_line <= 2}
        previous = previous[-2:] + (sentence.text,)
        if announces(sentence.text, lower):
            official_line = sentence.index
        if not due:
            continue  # (no finder's words: no view to build)
        view = View(text, sentence, sentence_mentions, times, anchor, works,
                    _Notes(shared, neighbours=partial(_neighbours, sentences, position, points)))
        view.notes.update(notes)
        for finder in due:  # the finders whose words the sentence holds, in order
            for found in finder(view):
                claims.extend(assemble(found, view))
    return dedupe(claims)


def _neighbours(sentences: list[Sentence], position: int, points: list[TimePoint]) -> tuple[tuple[str, list[TimePoint]], ...]:
    """The sentences before and after on the same line, with their times ("announced Monday")."""
    sentence = sentences[position]
    return tuple((other.text, within(points, other.start, other.end)) for other in
                 (sentences[position - 1] if position else None, sentences[position + 1] if position + 1 < len(sentences) else None)
                 if other is not None and other.line_start == sentence.line_start)


class _Lazy:
    """Values computed on first use, then kept (per document: what only some finders read)."""

    def __init__(self, makers: dict[str, Callable[[], Any]]) -> None:
        self.makers = makers
        self.values: dict[str, Any] = {}

    def get(self, key: str) -> Any:
        if key not in self.values:
            self.values[key] = self.makers[key]()
        return self.values[key]


_ABSENT = object()


class _Notes(dict[str, Any]):
    """A sentence's notes; the document's shared entries ("roles", "words") and the sentence's
    neighbours are computed when a finder first reads them (``get``), not for every sentence."""

    def __init__(self, shared: _Lazy, **makers: Callable[[], Any]) -> None:
        super().__init__()
        self.shared = shared
        self.own = _Lazy(makers)

    def get(self, key: str, default: Any = None) -> Any:
        value = dict.get(self, key, _ABSENT)  # (most reads: an entry of the sentence's own; dict.get: no super object)
        if value is not _ABSENT:
            return value
        if key in self.shared.makers:
            return self.shared.get(key)
        if key in self.own.makers:
            return self.own.get(key)
        return dict.get(self, key, default)


_THIS = re.compile(r"\b(?:this|that)[ \t]+$", re.IGNORECASE)


def _this_season(text: str, mentions: list[Mention], before: tuple[Mention, ...]) -> list[Mention]:
    """"Title 3 is dated. This upcoming season has six episodes": a demonstrative "this ... season"
    is the one season the sentence before named."""
    seasons = {s for m in before for s in m.seasons if s >= 2}
    works = {m.work for m in before if m.work}
    if len(seasons) != 1 or len(works) > 1:
        return mentions
    (season,) = seasons
    return [Mention(m.start, m.end, m.work or next(iter(works), None), (season,), None)
            if m.relative and not m.seasons and _THIS.search(text, max(0, m.start - 8), m.start) else m
            for m in mentions]


_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d{2}\b")


def _anchor_and_times(document: Document) -> tuple[date | None, list[TimePoint]]:
    """The date relative expressions are read against, and the article's times.

    The stated date, else the end of a narrow inferred range; with neither (or a wide or
    open range) the latest explicitly dated past event the article mentions, kept inside the
    range.
    """
    known = document.published
    window = document.published_range
    if known is None and window is not None and window.end is not None and (window.width_days or 10**6) <= 92:
        known = window.end
    if known is not None:
        return known, document_times(document.text, known)
    not_before = window.start if window is not None else None
    first_anchor = window.end if window is not None and window.end else not_before
    first = document_times(document.text, first_anchor)
    anchor = estimate_anchor(document.text, first, not_before)
    if window is not None and window.end is not None and (anchor is None or anchor > window.end):
        anchor = window.end
    latest = latest_anchor(document.text, first)  # "will be released in the summer of 2024": written before it ends
    if latest is not None and not_before is not None and latest < not_before:
        latest = None
    if anchor is not None and latest is not None and anchor > latest:
        anchor = latest
    if window is not None and window.end is not None and (latest is None or window.end < latest):
        latest = window.end
    if anchor is None or anchor == first_anchor or (first_anchor is not None and not any(
            point.relative or not _YEAR_WRITTEN.search(point.text) for point in first)):
        return anchor, reyear_bare_dates(first, anchor, latest, document.text)  # nothing would be read differently: the first pass stands
    return anchor, reyear_bare_dates(document_times(document.text, anchor), anchor, latest, document.text)
