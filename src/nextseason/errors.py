"""One exception tree for the whole package.

    NextseasonError
    ├── UsageError            bad arguments from a user (CLI exits 2)
    ├── NotFoundError         unknown work, season, article or source (CLI exits 1)
    ├── IngestError           an input could not be read; carries where and why
    │   └── FetchError        a URL could not be fetched (network, size, address policy)
    ├── StoreError            the database could not be opened, migrated or written
    └── MissingExtraError     an optional part is not installed ("install 'nextseason[spark]'")

Third-party exceptions are translated at the boundary where they occur, with ``raise ... from``.
"""

from __future__ import annotations


class NextseasonError(Exception):
    """Root of every error nextseason raises on purpose."""


class UsageError(NextseasonError):
    pass


class NotFoundError(NextseasonError):
    pass


class IngestError(NextseasonError):
    def __init__(self, source: str, reason: str, detail: str | None = None) -> None:
        super().__init__(f"{source}: {reason}" + (f" ({detail})" if detail else ""))
        self.source = source
        self.reason = reason
        self.detail = detail


class FetchError(IngestError):
    pass


class StoreError(NextseasonError):
    pass


class MissingExtraError(NextseasonError):
    def __init__(self, extra: str, what: str) -> None:
        super().__init__(f"install 'nextseason[{extra}]' for {what}")
        self.extra = extra
