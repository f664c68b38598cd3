"""The default store: one SQLite file, WAL mode, one writer connection.

Every write runs in an explicit ``BEGIN IMMEDIATE`` transaction on the store's single
connection (opened in autocommit mode, so Python never opens transactions behind our back);
readers in other processes are never blocked (WAL), and a second writer waits up to the busy
timeout instead of failing at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..settings import DEFAULT, Settings
from .sql import SQLStore

BUSY_TIMEOUT_MS = 30_000


def sqlite_path(url: str) -> str:
    """``sqlite:///PATH`` (``sqlite:////abs/path`` for an absolute one) or a bare path."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):] or ":memory:"
    if url.startswith("sqlite://"):
        return url[len("sqlite://"):] or ":memory:"
    return url


def _absolute_hint(path: str) -> str:
    """A hint when a relative path was probably meant as an absolute one (three slashes)."""
    if Path(path).is_absolute() or not Path("/" + path).parent.parent.is_dir():
        return ""
    return f" (sqlite:///{path} is relative to this folder; sqlite:////{path} is /{path})"


class SQLiteStore(SQLStore):
    dialect = "sqlite"
    works_from_claims = True
    seq_default = "(SELECT COALESCE(MAX(seq), 0) + 1 FROM documents)"

    def __init__(self, url: str, settings: Settings = DEFAULT) -> None:
        super().__init__(url, settings)
        path = sqlite_path(url)
        self.path = path
        try:
            folder = Path(path).expanduser().parent
            if path != ":memory:" and not folder.is_dir():
                # one new folder level is made (`--db sqlite:///run1/news.db`); a path whose
                # folders are missing further up is a typo, and must not make a new store there
                if not folder.parent.is_dir():
                    raise StoreError(f"cannot open SQLite store {path}: the folder {folder.parent} does not exist"
                                     + _absolute_hint(path))
                folder.mkdir()
            self._conn = sqlite3.connect(str(Path(path).expanduser()) if path != ":memory:" else path,
                                         isolation_level=None, check_same_thread=False,
                                         timeout=BUSY_TIMEOUT_MS / 1000)
            self._conn.row_factory = sqlite3.Row
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self.migrate()
        except (sqlite3.Error, OSError) as error:
            raise StoreError(f"cannot open SQLite store {path}: {error}") from error

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as error:
            raise StoreError(f"SQLite: {error}") from error

    def _tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            cursor = self._conn.cursor()
            cursor.row_factory = None
            try:
                return cursor.execute(sql, params).fetchall()
            except sqlite3.Error as error:
                raise StoreError(f"SQLite: {error}") from error
            finally:
                cursor.close()

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        try:
            self._conn.executemany(sql, rows)
        except sqlite3.Error as error:
            raise StoreError(f"SQLite: {error}") from error

    @contextmanager
    def _write_transaction(self) -> Iterator[None]:
        self._execute("BEGIN IMMEDIATE")
        try:
            yield
            self._execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise

    def _lock_migrations(self) -> None:
        """BEGIN IMMEDIATE already holds the write lock."""

    def _date(self, value: date | None) -> Any:
        return None if value is None else value.isoformat()

    def _close(self) -> None:
        self._conn.close()

    def integrity_problems(self) -> list[str]:
        """What ``PRAGMA integrity_check`` and ``foreign_key_check`` report (empty when sound)."""
        problems = [r[0] for r in self._conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {tuple(r)}" for r in self._conn.execute("PRAGMA foreign_key_check")]
        return problems
