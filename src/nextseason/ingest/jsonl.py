"""JSONL articles: one JSON object a line with ``id``, ``url``, ``published``, ``text``.

A malformed line is rejected as ``path:LINE`` and the other lines are read. Other fields
are kept as metadata, except the corpora's collection labels ``show`` and ``season``:
they say what an article was collected for, and nextseason must find that out from the
text itself, so they are dropped here and no later stage can lean on them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import IngestError
from ..models import Document, Rejection
from ..settings import Settings
from .document import make_document, parse_iso_day
from .text import decode

KNOWN_FIELDS = ("id", "url", "published", "text")
#: collection labels of the corpora: never used by the system (see the module docstring)
COLLECTION_LABELS = ("show", "season")


def read_jsonl(handle: Iterable[bytes], source: str, settings: Settings) -> Iterator[Document | Rejection]:
    """Every article of a JSONL stream; a Rejection for each line that is not one."""
    for number, raw in enumerate(handle, start=1):
        where = f"{source}:{number}"
        if not raw.strip():
            continue
        if len(raw) > settings.max_bytes:
            yield Rejection(where, "too large", f"{len(raw)} bytes > max {settings.max_bytes}")
            continue
        try:
            yield article_from_line(raw, where)
        except IngestError as error:
            yield Rejection(error.source, error.reason, error.detail)


def read_json(data: bytes, source: str) -> Iterator[Document | Rejection] | None:
    """A whole ``.json`` file: one article object, or a list of them (``path#N``, from 1).
    None when the file is not one JSON document (then it is read as JSONL)."""
    try:
        value = json.loads(decode(data, source).text)
    except (json.JSONDecodeError, IngestError):
        return None
    rows = value if isinstance(value, list) else [value]
    if isinstance(value, dict) and "text" not in value:
        return iter([Rejection(source, "not an article", "a JSON object without a \"text\" field")])
    return _rows(rows, source, single=not isinstance(value, list))


def _rows(rows: list[Any], source: str, single: bool) -> Iterator[Document | Rejection]:
    for number, row in enumerate(rows, start=1):
        where = source if single else f"{source}#{number}"
        try:
            yield article_from_line(json.dumps(row).encode("utf-8"), where)
        except IngestError as error:
            yield Rejection(error.source, error.reason, error.detail)


def article_from_line(raw: bytes, where: str) -> Document:
    """One JSONL line as a Document, or an IngestError saying why it is not one."""
    line = decode(raw, where).text
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        raise IngestError(where, "malformed JSONL line", f"{error.msg} at column {error.colno}") from error
    if not isinstance(row, dict):
        raise IngestError(where, "malformed JSONL line", f"a JSON {type(row).__name__}, not an object")
    text = row.get("text")
    if not isinstance(text, str):
        raise IngestError(where, "malformed JSONL line", "no \"text\" string")
    if not text.strip():
        raise IngestError(where, "empty article", "\"text\" is blank")
    doc_id = row.get("id")
    url = row.get("url") if isinstance(row.get("url"), str) else None
    published = row.get("published")
    stated = parse_iso_day(published)
    metadata: dict[str, Any] = {k: v for k, v in row.items()
                                if k not in KNOWN_FIELDS and k not in COLLECTION_LABELS}
    if published not in (None, "") and stated is None:
        metadata["published_unparsed"] = str(published)
    return make_document(text, doc_id=str(doc_id) if doc_id not in (None, "") else where,
                         source_kind="jsonl", url=url or None, stated=stated, stated_basis="field",
                         metadata=metadata)
