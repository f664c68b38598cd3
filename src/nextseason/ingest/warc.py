"""WARC archives (``.warc``, ``.warc.gz``): every HTML response record becomes a Document,
with the record's target URL and fetch date (``WARC-Date``) kept.

A record that cannot be read (over the size cap, not a page) is rejected as
``path#N`` (N counts records from 1) and the others are read. A truncated archive
yields everything before the damage and one rejection for the rest.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from typing import IO, Any

from ..errors import IngestError
from ..models import Document, Rejection
from ..settings import Settings
from .document import parse_iso_day
from .html import read_html_bytes

log = logging.getLogger(__name__)

class TruncatedRecord(IngestError):
    """The archive ends inside this record: nothing after it can be read."""


_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(handle: IO[bytes], source: str, settings: Settings) -> Iterator[Document | Rejection]:
    """Every HTML response record of a (possibly gzipped) WARC stream."""
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
    from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]

    number = 0
    records = iter(ArchiveIterator(handle))
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as error:
            yield Rejection(f"{source}#{number + 1}", "truncated or damaged WARC",
                            f"{type(error).__name__}: {error}")
            return
        number += 1
        try:
            item = _record(record, f"{source}#{number}", settings)
        except TruncatedRecord as error:
            yield Rejection(error.source, error.reason, error.detail)
            return
        except IngestError as error:
            yield Rejection(error.source, error.reason, error.detail)
            continue
        except (EOFError, OSError, zlib.error, ValueError) as error:
            yield Rejection(f"{source}#{number}", "truncated or damaged WARC",
                            f"{type(error).__name__}: {error}")
            return
        if item is not None:
            yield item


def _record(record: Any, where: str, settings: Settings) -> Document | None:
    """A Document for an HTML response record; None for records that are not pages."""
    if record.rec_type != "response":
        return None
    http = record.http_headers
    if http is None:
        return None
    content_type = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type and content_type not in _HTML_TYPES:
        return None
    status = http.get_statuscode() or ""
    if not status.startswith("2"):
        log.debug("%s: skipping HTTP %s response", where, status)
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    fetched = parse_iso_day(record.rec_headers.get_header("WARC-Date"))
    stream = record.content_stream()
    data = stream.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        raise IngestError(where, "too large", f"record payload over max {settings.max_bytes} bytes")
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:  # the archive ended before the record's declared Content-Length
        raise TruncatedRecord(where, "truncated or damaged WARC",
                              f"record ends {missing} bytes short of its declared length")
    if not data.strip():
        raise IngestError(where, "empty record", "the response has no body")
    extra: dict[str, Any] = {"warc_record": where}
    return read_html_bytes(data, where, settings, url=url, fetched=fetched, source_kind="warc", extra=extra)

