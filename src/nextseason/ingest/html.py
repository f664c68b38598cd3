"""HTML pages: main text, title and metadata with trafilatura (comments excluded); the
publication date from the page's markup by htmldate (which trafilatura runs for its
metadata; asked here for the original date, from markup only: with its extensive search
htmldate would take any date in the body text, such as a premiere the article mentions).

Before any parsing, two cheap guards: the size cap and a scan of the tag nesting depth,
so that a parser bomb (thousands of nested elements) is rejected, not parsed.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..errors import IngestError
from ..models import Document
from ..settings import Settings
from .dating import url_date
from .document import make_document, parse_iso_day
from .text import decode

# an opening or closing tag's name; HTML ignores the "/" of a self-closed <div/>, so it
# nests like any other
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)|<!--")
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w-]+)", re.IGNORECASE)
# elements that never contain others, or whose end tag HTML lets an author leave out:
# they do not deepen the tree in a way a scan of the source can count
_NOT_NESTING = frozenset(
    b"area base br col embed hr img input link meta param source track wbr "
    b"p li dt dd tr td th option optgroup thead tbody tfoot colgroup rp rt".split()
)
# elements whose content is text, not tags: the scan jumps to their end tag
_RAW = {name: re.compile(b"</" + name, re.IGNORECASE) for name in (b"script", b"style", b"textarea", b"title")}
#: htmldate's options: the original (not the last-modified) date, from the markup only
DATE_PARAMS = {"original_date": True, "extensive_search": False}


def nesting_depth(data: bytes, limit: int) -> int:
    """The deepest element nesting of an HTML source, counted from its tags (stops
    counting once ``limit`` is passed). Cheap: a scan of the tags, no parse."""
    depth = deepest = position = 0
    search = _TAG.search
    while True:
        match = search(data, position)
        if match is None:
            return deepest
        position = match.end()
        if match.group(2) is None:  # a comment: "<" inside it is not a tag
            end_comment = data.find(b"-->", position)
            position = len(data) if end_comment < 0 else end_comment + 3
            continue
        name = match.group(2).lower()
        if name in _RAW:
            if not match.group(1):  # skip a script's or style's body: "<" there is not a tag
                close = _RAW[name].search(data, position)
                position = len(data) if close is None else close.start() + 2
            continue
        if name in _NOT_NESTING:
            continue
        if match.group(1):
            depth = depth - 1 if depth else 0
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > limit:
                return deepest


def decode_html(data: bytes, source: str) -> str:
    """The page's text: its declared charset when it decodes cleanly, else the usual rule."""
    declared = _CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        if name not in ("utf-8", "utf8"):
            try:
                return data.decode(name)
            except (LookupError, UnicodeDecodeError):
                pass
    return decode(data, source).text


def read_html_bytes(data: bytes, source: str, settings: Settings, *, url: str | None = None,
                    fetched: date | None = None, source_kind: str = "html",
                    extra: dict[str, Any] | None = None) -> Document:
    """A Document from one HTML page (a file, a WARC record or a fetched URL)."""
    if len(data) > settings.max_bytes:
        raise IngestError(source, "too large", f"{len(data)} bytes > max {settings.max_bytes}")
    # too few "<" to nest deeper than the limit: no need to scan
    if data.count(b"<") > settings.max_html_depth and nesting_depth(data, settings.max_html_depth) > \
            settings.max_html_depth:
        raise IngestError(source, "HTML nested too deeply",
                          f"more than {settings.max_html_depth} levels of elements")
    page = decode_html(data, source)
    extracted = _extract(page, source, url)
    text = (extracted.text or "").strip("\n")
    if not text.strip():
        raise IngestError(source, "no main text", "trafilatura found no article text in the page")
    metadata: dict[str, Any] = dict(extra or {})
    for key in ("author", "sitename", "hostname", "description", "categories", "tags", "language"):
        value = getattr(extracted, key, None)
        if value:
            metadata[key] = value
    page_url = url or getattr(extracted, "url", None) or None
    stated = parse_iso_day(getattr(extracted, "date", None))
    from_url = url_date(page_url)
    basis = "url" if stated is not None and from_url is not None and from_url.start == stated else "html-meta"
    if fetched is not None:
        metadata["fetched"] = fetched.isoformat()
    return make_document(text, doc_id=url or source, source_kind=source_kind, url=page_url,
                         title=getattr(extracted, "title", None) or None, stated=stated,
                         stated_basis=basis, fetched=fetched, metadata=metadata)


def _extract(page: str, source: str, url: str | None) -> Any:
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                                                include_tables=True, date_extraction_params=DATE_PARAMS)
    except Exception as error:  # third-party boundary: any failure of the extractor is a rejection
        raise IngestError(source, "HTML extraction failed", f"{type(error).__name__}: {error}") from error
    if extracted is None:
        raise IngestError(source, "no main text", "trafilatura found no article text in the page")
    return extracted

