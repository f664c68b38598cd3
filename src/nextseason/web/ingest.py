"""Writes from the web: an uploaded file or a URL goes through the same ingest -> extract ->
store path as ``nextseason ingest``. Only reached with the serve-time bearer token."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..models import Document, Rejection
from ..settings import DEFAULT, Settings
from ..store import Store

_SUFFIXES = (".jsonl", ".txt", ".html", ".htm", ".warc", ".warc.gz", ".gz", ".json")


def _suffix(filename: str) -> str:
    name = filename.lower()
    for suffix in _SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return ".txt"


def _safe_name(filename: str) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(filename).name)[:80]
    return base or "upload"


def _store_all(store: Store, items: Iterable[Document | Rejection], rename: tuple[str, str] = ("", ""),
               settings: Settings = DEFAULT) -> dict[str, Any]:
    from ..pipeline import process_document

    added, duplicates, rejected, ids = 0, 0, [], []
    for item in items:
        if isinstance(item, Rejection):
            if rename[0]:
                item = Rejection(item.source.replace(rename[0], rename[1]), item.reason, item.detail)
            store.reject(item)
            rejected.append({"source": item.source, "reason": item.reason, "detail": item.detail})
            continue
        result = store.add(process_document(item, settings))
        ids.append(result.document_id)
        added += int(result.added)
        duplicates += int(not result.added)
    return {"added": added, "duplicates": duplicates, "rejected": rejected, "documents": ids,
            "links": [f"/article/{i}" for i in ids]}


def ingest_upload(store: Store, filename: str, data: bytes, settings: Settings = DEFAULT) -> dict[str, Any]:
    """Ingest one uploaded file (its kind found from its content and name)."""
    from ..ingest import read_path

    with tempfile.TemporaryDirectory(prefix="nextseason-upload-") as folder:
        path = Path(folder) / (_safe_name(filename).removesuffix(_suffix(filename)) + _suffix(filename))
        path.write_bytes(data)
        return _store_all(store, list(read_path(path, settings)), (str(path), _safe_name(filename)), settings)


def fetch_url(url: str, settings: Settings = DEFAULT) -> list[Document | Rejection]:
    """Fetch and read one page (public addresses only, size-capped); touches no store, so it
    can run on a worker thread while the server keeps answering."""
    from ..ingest import read_url

    return list(read_url(url, settings))


def ingest_url(store: Store, url: str, fetched: list[Document | Rejection] | None = None,
               settings: Settings = DEFAULT) -> dict[str, Any]:
    """Ingest one fetched page (fetching it here when ``fetched`` is not given)."""
    items = fetched if fetched is not None else fetch_url(url, settings)
    return _store_all(store, items, settings=settings)
