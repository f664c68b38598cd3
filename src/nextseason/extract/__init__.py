"""Claim extraction: sentences -> title+season mentions -> temporal expressions -> claims.

``extract_claims`` is pure: the document and settings in, claims out, no I/O except the
(cached) user alias file.
"""

from __future__ import annotations

from ..models import Claim, Document
from ..settings import DEFAULT, Settings
from .aliases import alias_titles
from .assemble import assemble, dedupe
from .cast import find_cast
from .claims import FINDERS, View
from .mentions import assign_targets, find_works, sentence_mentions
from .sentences import split_sentences
from .times import document_times, within

__all__ = ["extract_claims"]


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
    assign_targets(works, text, spans)
    anchor = document.effective_published
    points = document_times(text, anchor)
    claims: list[Claim] = []
    for sentence in sentences:
        view = View(text, sentence, sentence_mentions(text, sentence.start, sentence.end, works),
                    within(points, sentence.start, sentence.end), anchor, works)
        for finder in FINDERS + (find_cast,):
            for found in finder(view):
                claims.extend(assemble(found, view))
    return dedupe(claims)
