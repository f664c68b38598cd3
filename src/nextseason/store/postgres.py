"""The same store on PostgreSQL (optional extra ``postgres``: psycopg 3).

The connection runs in autocommit mode; every write is one explicit transaction block that
first takes an advisory lock, so writers take turns as they do on SQLite. Migrations take
another advisory lock so two processes opening a fresh database do not race.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..errors import MissingExtraError, StoreError
from ..settings import DEFAULT, Settings
from .sql import SQLStore

_MIGRATION_LOCK = 7_312_025  # pg_advisory_xact_lock key for schema migrations
_WRITE_LOCK = 7_312_026  # ... and for writes: one writer at a time, as in SQLite

try:
    import psycopg
    from psycopg.rows import dict_row, tuple_row
except ImportError:  # pragma: no cover - exercised where the extra is missing
    psycopg = None  # type: ignore[assignment]


def _pg(sql: str) -> str:
    """Our SQL uses ``?`` placeholders; psycopg wants ``%s`` (and a literal % doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresStore(SQLStore):
    dialect = "postgres"
    seq_default = "DEFAULT"

    def __init__(self, url: str, settings: Settings = DEFAULT) -> None:
        if psycopg is None:
            raise MissingExtraError("postgres", "a PostgreSQL store")
        super().__init__(url, settings)
        try:
            self._conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as error:
            raise StoreError(f"cannot connect to PostgreSQL: {_first_line(error)}") from error
        self._transaction: Any = None
        self.migrate()

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self._conn.execute(_pg(sql), tuple(params))
        except psycopg.Error as error:
            raise StoreError(f"PostgreSQL: {_first_line(error)}") from error

    def _tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                with self._conn.cursor(row_factory=tuple_row) as cursor:
                    return cursor.execute(_pg(sql), tuple(params)).fetchall()
            except psycopg.Error as error:
                raise StoreError(f"PostgreSQL: {_first_line(error)}") from error

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        try:
            with self._conn.cursor() as cursor:
                cursor.executemany(_pg(sql), rows)
        except psycopg.Error as error:
            raise StoreError(f"PostgreSQL: {_first_line(error)}") from error

    @contextmanager
    def _write_transaction(self) -> Iterator[None]:
        """One writer at a time (a transaction-scoped advisory lock): writers then never
        deadlock on each other's rows, and the near-duplicate check sees every committed row."""
        with self._conn.transaction():
            self._execute("SELECT pg_advisory_xact_lock(?)", (_WRITE_LOCK,))
            yield

    def _lock_migrations(self) -> None:
        self._execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))

    def _close(self) -> None:
        self._conn.close()


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
