"""From captured text to a ``Document``: identity, clean-up marks and publication date.

Every reader ends here, so all kinds of input get the same identity (a content hash of
the normalised text), the same boilerplate and repeat marks, and the same dating rules.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from typing import Any

from ..models import Document, Span
from .cleanup import clean
from .dating import date_document

_NEWLINES = re.compile(r"\r\n?")


def normalise(text: str) -> str:
    """The form that identifies an article: NFC, \\n line breaks, no blank ends."""
    return _NEWLINES.sub("\n", unicodedata.normalize("NFC", text)).strip()


def content_id(text: str) -> str:
    """sha256 hex of the normalised text: the same article read twice has the same id."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def make_document(text: str, *, doc_id: str, source_kind: str, url: str | None = None,
                  title: str | None = None, stated: date | None = None, stated_basis: str = "field",
                  fetched: date | None = None, metadata: Mapping[str, Any] | None = None) -> Document:
    """A Document for ``text`` (kept exactly as given), with its marks and date."""
    marks = clean(text)
    dating = date_document(text, url=url, stated=stated, stated_basis=stated_basis,
                           fetched=fetched, skip=marks.boilerplate, today=date.today())
    return Document(
        id=content_id(text),
        doc_id=doc_id,
        text=text,
        url=url,
        title=title or first_line_title(text, marks.boilerplate),
        published=dating.published,
        published_range=dating.range,
        published_basis=dating.basis,
        boilerplate=marks.boilerplate,
        folded=marks.folded,
        source_kind=source_kind,
        metadata=dict(metadata or {}),
    )


_DATE_HEADER = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s*$")


def first_line_title(text: str, boilerplate: tuple[Span, ...] = ()) -> str | None:
    """A plain-text article's title: its first short line that is not a date header or boilerplate."""
    offset = 0
    for line in text.split("\n")[:8]:
        start, offset = offset, offset + len(line) + 1
        stripped = line.strip()
        if not stripped or _DATE_HEADER.match(stripped):
            continue
        if any(span.start <= start < span.end for span in boilerplate):
            continue
        return stripped if len(stripped) <= 160 and not stripped.endswith((".", ",", ";")) else None
    return None


def parse_iso_day(value: Any) -> date | None:
    """``YYYY-MM-DD`` (or an ISO timestamp starting with it) as a date, else None."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
