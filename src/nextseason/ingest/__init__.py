"""Ingest: files, folders and URLs in, ``Document``s (or ``Rejection``s) out.

    read_path(path, settings) -> Iterator[Document | Rejection]   files, folders (recursively)
    read_url(url, settings)   -> Iterator[Document | Rejection]   one page fetched with httpx

One module per input kind (jsonl, text, html, warc, fetch), the kind found by content as
well as by name (sniff), clean-up marks (cleanup) and publication dates (dating). Readers
are pure: bytes and settings in, documents out; nothing here touches a store. Every input
that cannot be read gives a Rejection with where and why; good inputs beside it are read.
"""

from __future__ import annotations

import codecs
import gzip
import io
import logging
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..errors import IngestError
from ..models import Document, Rejection
from ..settings import DEFAULT, Settings
from .document import content_id, make_document, normalise
from .sniff import HEAD_BYTES, content_kind, name_kind, sniff

__all__ = ["content_id", "iter_files", "make_document", "normalise", "read_file", "read_path", "read_url"]

log = logging.getLogger(__name__)


def iter_files(path: Path) -> Iterator[Path]:
    """The files under ``path`` (itself when a file), sorted, hidden ones left out."""
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                yield child
    else:
        yield path


def read_path(path: str | Path, settings: Settings = DEFAULT) -> Iterator[Document | Rejection]:
    """Every article in a file or a folder (recursively), and a Rejection for each input
    that cannot be read."""
    path = Path(path)
    if not path.exists():
        yield Rejection(str(path), "no such file or folder")
        return
    for file in iter_files(path):
        yield from read_file(file, settings)


def read_file(path: Path, settings: Settings = DEFAULT) -> Iterator[Document | Rejection]:
    """The articles of one file, whatever kind its content shows it to be."""
    source = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as error:
        yield Rejection(source, "cannot read", error.strerror or str(error))
        return
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        yield from _read_utf16(path, size, source, settings)
        return
    kind = sniff(path, head)
    try:
        if kind == "empty":
            raise IngestError(source, "empty file", f"{size} bytes, no text")
        if kind == "binary":
            raise IngestError(source, "binary file", "not text, HTML, JSONL or WARC")
        if kind == "jsonl" and path.suffix.lower() == ".json" and size <= settings.max_bytes:
            from .jsonl import read_json

            whole = read_json(path.read_bytes(), source)
            if whole is not None:
                yield from whole
                return
        if kind in ("jsonl", "warc"):
            yield from _stream_kind(path, kind, source, settings)
            return
        if kind == "gzip":  # capped once ungzipped (a JSONL inside is streamed, line by line)
            yield from _read_gzip(path, source, settings)
            return
        if size > settings.max_bytes:
            raise IngestError(source, "too large", f"{size} bytes > max {settings.max_bytes}")
        yield _read_bytes(path.read_bytes(), kind, source, settings)
    except IngestError as error:
        yield Rejection(error.source, error.reason, error.detail)
    except OSError as error:
        yield Rejection(source, "cannot read", error.strerror or str(error))


def _read_utf16(path: Path, size: int, source: str, settings: Settings) -> Iterator[Document | Rejection]:
    """A file in UTF-16 (it starts with a byte-order mark): read again as UTF-8."""
    try:
        if size > settings.max_bytes:
            raise IngestError(source, "too large", f"{size} bytes > max {settings.max_bytes}")
        try:
            data = path.read_bytes().decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as error:
            raise IngestError(source, "undecodable bytes", f"bad UTF-16 at byte {error.start}") from error
        kind = content_kind(data[:HEAD_BYTES]) or name_kind(path) or "txt"
        if kind in ("empty", "binary"):
            raise IngestError(source, "empty file" if kind == "empty" else "binary file", "UTF-16 file")
        if kind in ("jsonl", "warc"):
            from .jsonl import read_jsonl
            from .warc import read_warc

            yield from (read_warc if kind == "warc" else read_jsonl)(io.BytesIO(data), source, settings)
            return
        yield _read_bytes(data, kind, source, settings)
    except IngestError as error:
        yield Rejection(error.source, error.reason, error.detail)
    except OSError as error:
        yield Rejection(source, "cannot read", error.strerror or str(error))


def _stream_kind(path: Path, kind: str, source: str, settings: Settings) -> Iterator[Document | Rejection]:
    from .jsonl import read_jsonl
    from .warc import read_warc

    with path.open("rb") as handle:
        if kind == "warc":
            yield from read_warc(handle, source, settings)
        else:
            yield from read_jsonl(handle, source, settings)


def _read_gzip(path: Path, source: str, settings: Settings) -> Iterator[Document | Rejection]:
    """A gzip file that is not a WARC: what is inside, JSONL streamed, one page capped."""
    inner = path.with_suffix("") if path.suffix.lower() == ".gz" else path
    try:
        with gzip.open(path, "rb") as handle:
            head = handle.peek(HEAD_BYTES)[:HEAD_BYTES]
            kind = content_kind(head) or name_kind(inner) or "txt"
            if kind == "jsonl" and name_kind(inner) == "txt":
                kind = "txt"
            if kind == "jsonl":
                from .jsonl import read_jsonl

                yield from read_jsonl(handle, source, settings)
                return
            data = handle.read(settings.max_bytes + 1)
    except (EOFError, OSError, zlib.error) as error:
        raise IngestError(source, "truncated or damaged gzip", f"{type(error).__name__}: {error}") from error
    if len(data) > settings.max_bytes:
        raise IngestError(source, "too large", f"over max {settings.max_bytes} bytes once ungzipped")
    if kind == "empty":
        raise IngestError(source, "empty file", "the gzip stream holds no text")
    if kind == "binary":
        raise IngestError(source, "binary file", "the gzip stream holds no text")
    if kind == "warc":
        from .warc import read_warc

        yield from read_warc(io.BytesIO(data), source, settings)
        return
    yield _read_bytes(data, kind, source, settings)


def _read_bytes(data: bytes, kind: str, source: str, settings: Settings) -> Document:
    if kind == "html":
        from .html import read_html_bytes

        return read_html_bytes(data, source, settings)
    from .text import read_text_bytes

    return read_text_bytes(data, source)


def read_url(url: str, settings: Settings = DEFAULT) -> Iterator[Document | Rejection]:
    """One page fetched by URL (an HTML page, or plain text)."""
    from .fetch import fetch
    from .html import read_html_bytes
    from .text import read_text_bytes

    try:
        page = fetch(url, settings)
        fetched = page.fetched_at.date()
        if page.content_type in ("text/plain", "text/markdown"):
            document = read_text_bytes(page.body, url, url=page.url)
        elif page.content_type in ("text/html", "application/xhtml+xml", "") or b"<html" in page.body[:4096].lower():
            document = read_html_bytes(page.body, url, settings, url=page.url, fetched=fetched,
                                       source_kind="url")
        else:
            raise IngestError(url, "unsupported content type", page.content_type)
    except IngestError as error:
        yield Rejection(error.source, error.reason, error.detail)
        return
    yield document

