"""Stores: SQLite (default) and Postgres behind one interface (``base.Store``).

``open_store(url)`` picks the backend from the URL: ``sqlite:///PATH`` (or a bare path)
for SQLite, ``postgresql://...`` for Postgres (the optional extra ``postgres``).
"""

from __future__ import annotations

from ..errors import UsageError
from ..settings import DEFAULT, Settings
from .base import AddResult, Alias, ArticleSummary, Store, StoredRejection

__all__ = ["AddResult", "Alias", "ArticleSummary", "Store", "StoredRejection", "default_url", "open_store"]


def default_url() -> str:
    from pathlib import Path

    import platformdirs

    folder = Path(platformdirs.user_data_dir("nextseason"))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'nextseason.db'}"


def open_store(url: str | None, settings: Settings = DEFAULT) -> Store:
    """Open (and migrate) the store at ``url`` (the default SQLite file when None)."""
    url = (url or "").strip() or default_url()
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme in ("postgresql", "postgres"):
        from .postgres import PostgresStore

        return PostgresStore(url, settings)
    if scheme in ("sqlite", ""):
        from .sqlite import SQLiteStore

        return SQLiteStore(url, settings)
    raise UsageError(f"unknown database URL {url!r}: use sqlite:///PATH or postgresql://...")
