"""What kind of input a file is, by its content as well as by its name.

Content wins over the name: a ``.txt`` holding a web page is read as HTML, a ``.gz``
holding a WARC as a WARC, and a file whose bytes are not text is rejected whatever it is
called. The name decides only between kinds the content cannot tell apart.
"""

from __future__ import annotations

import gzip
import re
import zlib
from pathlib import Path

HEAD_BYTES = 8192

_HTML_START = re.compile(rb"\A\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(rb"<(html|head|body|div|p|article|meta|title)\b[^>]*>", re.IGNORECASE)
_CONTROL = set(range(9)) | {11, 12} | set(range(14, 32)) | {127}
_BOMS = (b"\xef\xbb\xbf",)

NAME_KINDS = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".txt": "txt", ".text": "txt", ".md": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".warc": "warc",
}


def name_kind(path: Path) -> str | None:
    """The kind a file's name says it is (``x.warc.gz`` is a WARC), or None."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return NAME_KINDS.get(suffixes[-1]) if suffixes else None


def is_gzip(head: bytes) -> bool:
    return head[:2] == b"\x1f\x8b"


def gunzip_head(head: bytes) -> bytes:
    """The first bytes of a gzip stream's content (as much as ``head`` holds)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, HEAD_BYTES)
    except zlib.error:
        return b""


def looks_binary(head: bytes) -> bool:
    """NUL bytes or many control characters: not text in any encoding we read."""
    if not head:
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for byte in head if byte in _CONTROL)
    return control > max(2, len(head) // 100)


def content_kind(head: bytes) -> str | None:
    """The kind the first bytes show: warc, html, jsonl, txt, binary, empty; None if unsure."""
    for bom in _BOMS:
        head = head.removeprefix(bom)
    if not head.strip():
        return "empty"
    if head.startswith(b"WARC/"):
        return "warc"
    if looks_binary(head):
        return "binary"
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head[:HEAD_BYTES])) >= 3:
        return "html"
    first = head.lstrip()[:1]
    if first == b"{":
        return "jsonl"
    return None


def sniff(path: Path, head: bytes) -> str:
    """The kind of ``path`` from its first bytes and its name.

    Returns one of: jsonl, txt, html, warc, gzip (a gzip stream to open and sniff
    again), binary, empty.
    """
    if not head:
        return "empty"
    if is_gzip(head):
        inner = gunzip_head(head)
        if inner.startswith(b"WARC/"):
            return "warc"
        return "gzip"
    by_content = content_kind(head)
    by_name = name_kind(path)
    if by_content in ("warc", "binary", "empty", "html"):
        return by_content
    if by_content == "jsonl":
        # a text file may start with a brace; the name breaks the tie toward plain text
        return "txt" if by_name == "txt" else "jsonl"
    if by_name in ("jsonl", "warc"):
        return by_name  # the reader will reject what it cannot parse, line by line or record by record
    return "txt"


def open_maybe_gzip(path: Path) -> bytes:
    """The bytes of a file, ungzipped when it is gzip (raises OSError/EOFError when truncated)."""
    with path.open("rb") as handle:
        data = handle.read()
    if is_gzip(data[:2]):
        return gzip.decompress(data)
    return data
