"""Stores: SQLite (default) and Postgres behind one interface (``base.Store``)."""

from __future__ import annotations

from .base import AddResult, Alias, ArticleSummary, Store, StoredRejection

__all__ = ["AddResult", "Alias", "ArticleSummary", "Store", "StoredRejection", "open_store", "default_url"]


def default_url() -> str:
    from pathlib import Path

    import platformdirs

    folder = Path(platformdirs.user_data_dir("nextseason"))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'nextseason.db'}"


def open_store(url: str | None) -> Store:
    """Open (and migrate) the store at ``url``. (Implemented by the foundation work, issue 2.)"""
    raise NotImplementedError
