"""Plain-text clean-up for pasted or crawled articles: mark, never delete.

Two things are found, both as character spans of the original text (which stays as it
was captured, because claim quotes point into it by offsets):

- boilerplate lines: links to other articles ("Read more: ..."), share / subscribe /
  newsletter / cookie lines, comment forms and comment sections, author bios, ad labels,
  navigation crumbs. Later stages skip them.
- lines repeated back to back (a crawler that doubled every bullet): every later copy is
  folded onto the first one.

The rules are general shapes of web-page furniture, not strings of particular articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..models import Span

_I = re.IGNORECASE

# A whole line that is page furniture. Anchored at the start of the (stripped) line.
_LINE_SOURCES: tuple[str, ...] = (
    # links to other stories
    r"^(read|see|watch|check out)\s+(more|also|next|too|our|the full)\b.{0,200}$",
    r"^also\s+(read|see|watch|check)\b.{0,200}$",
    (r"^(related|recommended|suggested|trending|popular|latest|more)\s*"
    r"(articles?|posts?|stories|news|reads?|videos?|content|links?|coverage|from [\w .'-]{1,40})?\s*[:.]?$"),
    r"^(you|you'll)\s+(may|might|will)\s+(also\s+)?(like|enjoy|be interested)\b.{0,200}$",
    r"^more\s+(from|on|about)\s+.{1,80}$",
    r"^(don't|do not)\s+miss\b.{0,150}$",
    r"^next\s*[.:]\s+.{1,150}$",
    r"^(must[- ]reads?|editor'?s'?\s+picks?|top\s+stories|most\s+(popular|read|viewed))\s*[:.]?$",
    # calls to the reader
    r"^let\s+(us|me)\s+know\b.{0,200}$",
    r"^what\s+do\s+you\s+(make\s+of|think\s+(of|about))\b.{0,150}$",
    # comment forms
    r"^(leave|post|add|write|submit)\s+(a|your)\s+(comment|reply|response)\b.{0,120}$",
    r"^please\s+enter\s+(your|a)\s+(name|comment|email|e-mail)\b.{0,80}$",
    r"^you\s+have\s+entered\s+an\s+incorrect\s+e-?mail\b.{0,80}$",
    r"^save\s+my\s+name,?\s+e-?mail\b.{0,150}$",
    r"^your\s+e-?mail\s+address\s+will\s+not\s+be\s+published\b.{0,150}$",
    r"^required\s+fields\s+are\s+marked\b.{0,40}$",
    r"^(log\s*in|sign\s*in)\s+to\s+(comment|reply)\b.{0,80}$",
    # share / follow / subscribe / newsletter / cookies
    r"^(share|tweet|pin it|e-?mail|print)(\s+(this|on|via|article|story|post|it|to)\b.{0,40})?\s*[:.!]?$",
    r"^((facebook|twitter|x|pinterest|whatsapp|linkedin|reddit|telegram|email|copy link|share)[\s|,•·/]*){2,}$",
    r"^follow\s+(us|me)\s+(on|at)\b.{0,120}$",
    (r"^(subscribe|sign\s*up|join|register)\b.{0,80}\b(newsletter|updates|channel|inbox|mailing list|alerts|"
    r"podcast|free|today|now)\b.{0,120}$"),
    r"^(get|receive)\s+(the\s+)?(latest|our|daily|weekly)\b.{0,60}\b(newsletter|inbox|e-?mail)s?\b.{0,80}$",
    r"^(accept|reject|manage)\s+(all\s+)?cookies?\b.{0,80}$",
    # ads and navigation
    r"^(advertisement|advertisment|sponsored( content)?|ad|ads|promoted|story continues below)\s*[-–:]?\s*$",
    r"^-\s*(advertisement|advertisment)\s*-?$",
    r"^skip\s+to\s+(main\s+)?(content|navigation)\b.{0,30}$",
    r"^(click|tap)\s+here\b[^.!?]{0,150}[.!?]?$",  # one sentence: "Click here to ..." then text is text
    r"^(tags?|topics?|filed\s+under|categories|category)\s*:.{0,200}$",
    r"^(image|photo|picture|video)\s*(credit|source|via|courtesy)?\s*[:|]\s*.{0,100}$",
    r"^(image|photo)s?\s+(via|credit|courtesy of)\b.{0,100}$",
    r"^home\s*[»>/|›].{0,150}$",
    # author bios
    r"^about\s+the\s+(author|writer|contributor)\b.{0,40}$",
    r"^(this\s+(article|story|post)\s+(was\s+)?(written|written up|reported|edited)\s+by)\b.{0,100}$",
)
# one alternation, so that a line costs one match call
_LINE = re.compile("|".join(f"(?:{source})" for source in _LINE_SOURCES), _I)
# cookie notices: tested only on lines that mention cookies
_COOKIES = re.compile(r"\b(we|this (site|website)|our (site|website))\s+uses?\s+cookies\b|"
                      r"\bcookie\s+(policy|settings|preferences|notice|consent)\b", _I)
# a line of text has a lower-case letter, or is short: the cheap test before the patterns
_WORDS = re.compile(r"\w+")

# An author bio: a short line that introduces a person as a writer of the site.
_BIO = re.compile(
    r"^[A-Z][\w'.-]+(\s+[A-Z][\w'.-]+){0,3}\s+(is|has been)\s+an?\s+([\w-]+\s+){0,5}"
    r"(writer|journalist|editor|reporter|contributor|author|columnist|blogger|freelancer|critic)\b.{0,400}$"
)

# A heading that opens a comment section: everything after it is comments.
_COMMENT_SECTION = re.compile(
    r"^(\d+\s+(comments?|responses?|replies|thoughts)(\s+on\b.{0,150})?|comments?\s*[(/:]\s*\d+\s*\)?|"
    r"there\s+(are|is)\s+(\d+|no|one)\s+comments?|add\s+yours|have\s+your\s+say\W*|"
    r"comments?|(leave|post|add)\s+a\s+(comment|reply)|discussion|join the (discussion|conversation)|"
    r"what do you think\??|reader comments|view comments|show comments)\s*[:.]?$",
    _I,
)

_HEADER = re.compile(r"\A\s*date\s+\d{4}-\d{2}-\d{2}\s")


@dataclass(frozen=True, slots=True)
class Cleanup:
    boilerplate: tuple[Span, ...]
    folded: tuple[Span, ...]


def iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    start = 0
    for match in re.finditer(r"\r\n|\n|\r", text):
        yield start, match.start()
        start = match.end()
    if start < len(text):
        yield start, len(text)


def is_boilerplate_line(line: str) -> bool:
    """True when a whole line is page furniture rather than article text."""
    stripped = line.strip().strip("\u200b\ufeff").strip()
    if not stripped:
        return False
    if len(stripped) > 500:
        return False  # a paragraph: every pattern below is for short lines
    if _LINE.match(stripped):
        return True
    if "ookie" in stripped and len(stripped) < 350 and _COOKIES.search(stripped):
        return True
    return bool(_BIO.match(stripped))


def header_span(text: str) -> Span | None:
    """The capture's ` date YYYY-MM-DD ` header at the start of the text, if any."""
    match = _HEADER.match(text)
    return Span(0, match.end()) if match else None


def clean(text: str) -> Cleanup:
    """Boilerplate spans and folded repeats of ``text`` (which is left untouched)."""
    boilerplate: list[Span] = []
    folded: list[Span] = []
    header = header_span(text)
    if header is not None:
        boilerplate.append(header)
    previous: str | None = None
    comments_from: int | None = None
    half = len(text) // 2
    for start, end in iter_lines(text):
        if header is not None and start < header.end:
            start = min(header.end, end)
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            continue  # blank lines neither break nor make a repeat
        repeat = repeated_prefix(previous, stripped) if previous is not None else 0
        previous = stripped
        if repeat:
            lead = len(line) - len(line.lstrip())
            folded.append(Span(start, start + lead + repeat if repeat < len(stripped) else end))
            if repeat >= len(stripped):
                continue
        if comments_from is None and start >= half and _COMMENT_SECTION.match(stripped):
            comments_from = start
        if comments_from is not None or is_boilerplate_line(line):
            boilerplate.append(Span(start, end))
    return Cleanup(_merge(boilerplate), tuple(folded))


def _key(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def repeated_prefix(previous: str, line: str) -> int:
    """How many leading characters of ``line`` repeat ``previous`` (0 when none do).

    The whole line when both say the same words (punctuation and spacing aside); else
    the part of ``line`` that repeats the tail of ``previous`` after a label or sentence
    break ("Label: some text" followed by "some text Next label: ..."), when that part
    is at least four words long.
    """
    if line == previous or (abs(len(line) - len(previous)) <= 8 and _key(line) == _key(previous)):
        return len(line)
    head = line[:20]
    if head not in previous:
        return 0
    for match in _TAIL_BREAK.finditer(previous):
        tail = previous[match.end():].strip()
        if len(tail) >= 20 and tail.count(" ") >= 3 and line.startswith(tail):
            return len(tail)
    return 0


_TAIL_BREAK = re.compile(r"[:.!?]\s+|\s[-–—|]\s")


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    return tuple(sorted(spans, key=lambda s: s.start))
