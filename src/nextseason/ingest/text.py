"""Plain-text articles (``.txt``), as the seeds are, and the one decoding rule for bytes.

Decoding: UTF-8 (a BOM is dropped); failing that, Windows-1252 with a note in the
document's metadata; failing that, the input is rejected. A first line
`` date YYYY-MM-DD `` is the capture's publication-date header.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import IngestError
from ..models import Document
from .dating import header_date
from .document import make_document
from .sniff import looks_binary


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # "utf-8" or "cp1252"


def decode(data: bytes, source: str) -> Decoded:
    """Text from bytes: UTF-8, else cp1252 (noted), else an IngestError."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as error:
            raise IngestError(source, "undecodable bytes",
                              f"neither UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
                              f"nor Windows-1252 ({error.reason} at byte {error.start})") from error
        return Decoded(text, "cp1252")


def read_text_bytes(data: bytes, source: str, *, url: str | None = None) -> Document:
    """A plain-text article from the bytes of a file (or a fetched text/plain page)."""
    if looks_binary(data[:8192]):
        raise IngestError(source, "binary content", "control bytes where text was expected")
    decoded = decode(data, source)
    if not decoded.text.strip():
        raise IngestError(source, "empty file", "no text")
    metadata: dict[str, str] = {}
    if decoded.encoding != "utf-8":
        metadata["encoding_note"] = "not valid UTF-8; decoded as Windows-1252"
    stated = header_date(decoded.text)
    return make_document(decoded.text, doc_id=source, source_kind="txt" if url is None else "url",
                         url=url, stated=stated, stated_basis="header", metadata=metadata)
