"""Sentences of an article with their character offsets, skipping boilerplate lines.

A sentence keeps its exact span in ``Document.text`` so that every quote cut from it is an
exact substring. Lines marked as boilerplate or folded by ingest are skipped, and so are
lines that look like navigation, link titles or a comment section (for documents that did
not go through ingest's clean-up).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Document, Span

_HEADER = re.compile(r"\A\s*date \d{4}-\d{2}-\d{2}\s")
# a line that is a link title, navigation or an ad, not article prose
_NAV_LINE = re.compile(
    r"^\s*(?:read (?:more|also|next)|also read|related(?: articles?| stories| posts)?\b|"
    r"more from|see also|recommended|advertisement|sponsored|sign up|subscribe|click here|"
    r"follow us|share (?:this|on)|photo:|image:|credit:|source:|watch:|tags?:|"
    r"you may also like|trending|popular now|up next|must read)",
    re.IGNORECASE,
)
# a short prompt sentence opening a line of prose ("Click here to read the full article. ...")
_AFTER_PROMPT = re.compile(r"\s*(?:advertisement|sponsored|click here|sign up|subscribe|follow us)\b[^.!?\n]{0,60}[.!?]\s+(?=[A-Z\"“‘])",
                           re.IGNORECASE)
# from a line like this on, the page is a comment section
_COMMENTS = re.compile(r"^\s*(?:comments?\s*(?:/\s*\d+)?|\d+\s+comments?|leave a (?:comment|reply)|"
                       r"join the conversation|add a comment)\s*$", re.IGNORECASE)
# (it ends at the full stop, and no match is longer than 8 characters: only the tail is searched)
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"Vol|Ep|etc|approx|U\.S|U\.K|e\.g|i\.e)|\b[A-Z])\.$"
)
# a full stop and a space before a capital; or, in text captured without the space, a full stop
# right after a lower-case word and right before a capitalised one ("the scripts.The video")
_BREAK = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9#@])|(?<=[a-z][a-z][.!?])[”’]?(?=[\"“]?[A-Z][A-Za-z])")


_STOP = re.compile(r"[.!?]")


def breaks(text: str, start: int, end: int) -> list[re.Match[str]]:
    """``list(_BREAK.finditer(text, start, end))``, trying only the places where a match can begin:
    at a full stop (or ! ?) or right after one (the engine would try every place, for the lookbehind)."""
    found: list[re.Match[str]] = []
    position = start
    empty_at = -1  # (after an empty match the next may not be empty at the same place)
    for stop in _STOP.finditer(text, max(0, start - 1), end):
        for at in (stop.start(), stop.start() + 1):
            if at < position or at > end or at == empty_at:
                continue
            match = _BREAK.match(text, at, end)
            if match is None:
                continue
            found.append(match)
            position = match.end()
            empty_at = at if match.end() == at else -1
    return found


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    line_start: int  # offset of the sentence's line (paragraph) in the document
    index: int  # position of the sentence in the article


def _inside(spans: tuple[Span, ...], start: int, end: int) -> bool:
    return any(span.start <= start and end <= span.end for span in spans)


def _lines(text: str) -> list[tuple[int, int]]:
    lines = []
    offset = 0
    for line in text.split("\n"):
        lines.append((offset, offset + len(line)))
        offset += len(line) + 1
    return lines


def body_lines(document: Document) -> list[tuple[int, int]]:
    """(start, end) of each line that carries article prose."""
    text = document.text
    skip = document.boilerplate + document.folded
    header = _HEADER.match(text)
    result = []
    for start, end in _lines(text):
        if header and start == 0:
            start = header.end()
        line = text[start:end]
        if not line.strip() or _inside(skip, start, end):
            continue
        if _COMMENTS.match(line):
            break
        if _NAV_LINE.match(line):
            prose = _AFTER_PROMPT.match(line)
            if prose is None or len(line) - prose.end() < 20:
                continue
            start += prose.end()  # "Click here to read the full article. The show's end is near.": keep the prose
        result.append((start, end))
    return result


def split_sentences(document: Document) -> list[Sentence]:
    """Every sentence of the article body, in order, with exact offsets."""
    text = document.text
    sentences: list[Sentence] = []
    for line_start, line_end in body_lines(document):
        cursor = line_start
        for match in breaks(text, line_start, line_end):
            if match.group()[:2] == ". " and _ABBREV.search(text, max(cursor, match.start() - 11), match.start() + 1):
                continue
            _add(sentences, text, cursor, match.start() + len(match.group().rstrip()), line_start)
            cursor = match.end()
        _add(sentences, text, cursor, line_end, line_start)
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int, line_start: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 3:
        return
    sentences.append(Sentence(start, end, text[start:end], line_start, len(sentences)))


_NAME_WORD = r"[A-Z][\w'’.]*(?:-[\w'’]+)*"
_CAST_ENTRY = re.compile(rf"[-–•*\s]*{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}[ \t]+as[ \t]+(?:the[ \t]+)?"
                         rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}[.;,]?")
_WORDS = re.compile(r"[A-Za-z][\w'’-]*")
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "is", "as", "by", "with", "vs"}


def list_entry(text: str) -> bool:
    """A cast-list line, "Person as Character"."""
    stripped = text.strip()
    return " as " in stripped and len(stripped) < 90 and _CAST_ENTRY.fullmatch(stripped) is not None


# a sentence that sends the reader elsewhere ("Or, check out the new films coming in 2025.")
_PROMPT = re.compile(r"\W*(?:(?:or|and|also|plus)\W+)?(?:check\s+out|read\s+(?:more|about|our)|see\s+(?:also|our)|"
                     r"don['’]t\s+miss|find\s+out\s+more|sign\s+up|subscribe)\b", re.IGNORECASE)


_CAST_LABEL = re.compile(r"(?:(?:notable|main|returning|new|full|confirmed|series|season\s+\w+)\s+)?(?:cast|starring)\s*:\s*\S",
                         re.IGNORECASE)


def not_prose(text: str) -> bool:
    """A question, or a title-case heading (a headline, a section title): not a claim."""
    stripped = text.rstrip()
    if stripped.endswith("?") or _PROMPT.match(stripped):
        return True
    if stripped.endswith((".", "!", "”", '"', "’")):
        return False  # (before the label test: either way, not a heading)
    if _CAST_LABEL.match(stripped):
        return False  # "Main cast: A, B, C": a labelled list is content, however capitalised
    words = [w for w in _WORDS.findall(stripped) if w.lower() not in _SMALL_WORDS]
    if " as " in stripped and len(words) <= 8 and _CAST_ENTRY.fullmatch(stripped):
        return False  # a cast-list line, "Person as Character"
    if len(words) < 3:
        return len(words) <= 2

    capitals = sum(1 for w in words if w[0].isupper())
    return capitals / len(words) > 0.8
