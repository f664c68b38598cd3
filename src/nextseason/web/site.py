"""The web site's access to the store and to resolution, with caches keyed by data version.

Each serving thread gets its own store connection (SQLite connections stay on their thread).
Resolved statuses are cached per (work, season, as-of) and dropped as soon as the store's
version (documents and aliases) changes, so the pages are never stale.
"""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from ..errors import NotFoundError
from ..models import ClaimRecord, Document
from ..settings import DEFAULT, Settings
from ..store import Store, open_store
from ..text import work_key
from .present import slugify

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Tracked:
    """A season the store has claims about."""

    work: str
    season: int
    slug: str
    key: str  # work_key(work)


class _LRU:
    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[Any, Any] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: Any, make: Callable[[], T]) -> T:
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]  # type: ignore[no-any-return]
        value = make()
        with self.lock:
            self.items[key] = value
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self.lock:
            self.items.clear()


class Site:
    """Everything the views read: one per app."""

    def __init__(self, db_url: str, *, token: str | None = None, today: date | None = None,
                 settings: Settings = DEFAULT) -> None:
        self.db_url = db_url
        self.settings = settings
        self.token = token
        self._today = today
        self._local = threading.local()
        self._stores: list[Store] = []
        self._lock = threading.Lock()
        self._version: tuple[int, int, int] | None = None
        self.cache = _LRU(2048)
        self.background = True  # long computations run on a thread while pages say so
        self._pending: set[Any] = set()
        self._pool: ThreadPoolExecutor | None = None

    # ------------------------------------------------------------ store access
    def store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.db_url, self.settings)
            self._local.store = store
            with self._lock:
                self._stores.append(store)
        return store

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            for store in self._stores:
                try:
                    store.close()
                except Exception:
                    log.debug("store close failed", exc_info=True)
            self._stores.clear()
        self._local = threading.local()

    def today(self) -> date:
        return self._today or date.today()

    def version(self) -> tuple[int, int, int]:
        """Changes whenever a document or an alias is added (or, for SQLite, anything is written,
        such as re-extracted claims); caches are keyed on it."""
        store = self.store()
        version = (store.count_documents(), len(store.aliases()), self._file_stamp())
        if version != self._version:
            self._version = version
            self.cache.clear()
        return version

    def _file_stamp(self) -> int:
        """The SQLite file's (and its write-ahead log's) modification time, 0 for other stores."""
        if not self.db_url.startswith("sqlite:///"):
            return 0
        path = self.db_url.removeprefix("sqlite:///").split("?", 1)[0]
        stamp = 0
        for name in (path, path + "-wal"):
            try:
                stamp = max(stamp, os.stat(name).st_mtime_ns)
            except OSError:
                continue
        return stamp

    def cached(self, key: Any, make: Callable[[], T]) -> T:
        version = self._version if self._version is not None else self.version()
        return self.cache.get((version, key), make)

    def forget(self, key: Any) -> None:
        with self.cache.lock:
            self.cache.items.pop((self._version, key), None)

    def when_ready(self, key: Any, make: Callable[[], T]) -> T | None:
        """The cached value, or None while it is computed on a background thread (started here).

        With ``background`` off (tests, benchmarks of the slow path) it is computed in place.
        """
        if not self.background:
            return self.cached(key, make)
        full = (self._version if self._version is not None else self.version(), key)
        with self.cache.lock:
            if full in self.cache.items:
                return self.cache.items[full]  # type: ignore[no-any-return]
        with self._lock:
            if full in self._pending:
                return None
            self._pending.add(full)

        def run() -> None:
            try:
                self.cache.get(full, make)
            except Exception:  # the page shows the history as missing; the log says why
                log.exception("background computation %r failed", key)
            finally:
                with self._lock:
                    self._pending.discard(full)

        self._executor().submit(run)
        return None

    def _executor(self) -> ThreadPoolExecutor:
        """One background worker: long computations queue instead of competing for the CPU."""
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nextseason-web")
            return self._pool

    def invalidate(self) -> None:
        self._version = None
        self.cache.clear()

    # ------------------------------------------------------------ seasons
    def tracked(self) -> list[Tracked]:
        return self.cached(("tracked",), self._tracked)

    def _tracked(self) -> list[Tracked]:
        """Seasons as resolution groups them (title aliases and "Title 2" spellings joined)."""
        from ..resolve import seasons

        try:
            pairs = [(s.work, s.season) for s in seasons(self.store(), self.today())]
        except Exception:  # one bad season must not take every page down
            log.exception("resolution could not list the seasons; listing stored titles instead")
            pairs = list(self.store().works())
        seen: dict[tuple[str, int], Tracked] = {}
        for work, season in pairs:
            if season is None or not work.strip():
                continue
            key = work_key(work)
            if key and (key, season) not in seen:
                seen[(key, season)] = Tracked(work, season, slugify(work), key)
        return sorted(seen.values(), key=lambda t: (t.work.casefold(), t.season))

    def find(self, slug: str, season: int) -> Tracked:
        key = work_key(slug.replace("-", " "))
        for item in self.tracked():
            if item.season == season and (item.key == key or item.slug == slug):
                return item
        raise NotFoundError(f"no season {season} of {slug!r} is tracked")

    def status(self, item: Tracked, as_of: date) -> dict[str, Any]:
        """The resolved status (``Status.to_json()``) of a season as of a day, cached."""
        return self.cached(("status", item.key, item.season, as_of), lambda: self._resolve(item, as_of))

    def _resolve(self, item: Tracked, as_of: date) -> dict[str, Any]:
        from ..resolve import status_for

        status = status_for(self.store(), item.work, item.season, as_of)
        return status.to_json()

    def records(self, item: Tracked, as_of: date) -> list[ClaimRecord]:
        """The season's claims published on or before ``as_of``, under every spelling of its title."""
        def load() -> list[ClaimRecord]:
            from ..resolve.aliases import split_title
            from ..resolve.service import find_work

            _, spellings = find_work(self.store(), item.work)
            out: list[ClaimRecord] = []
            for key in sorted({work_key(t) for t in spellings}):
                for record in self.store().claim_records(work_key=key, published_on_or_before=as_of):
                    season = record.claim.season
                    if season is None:
                        season = split_title(record.claim.work, item.work)[1]
                    if season == item.season:
                        out.append(record)
            return out
        if as_of < self.today():  # a past day: filter today's list instead of asking the store again
            return [r for r in self.records(item, self.today())
                    if r.published is not None and r.published <= as_of]
        return self.cached(("records", item.key, item.season, as_of), load)

    def document(self, key: str) -> Document:
        return self.cached(("doc", key), lambda: self.store().document(key))
