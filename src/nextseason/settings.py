"""One settings object; every stage takes it instead of many keyword arguments."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Settings:
    # ingest
    max_bytes: int = 5_000_000  # a page or file larger than this is rejected
    max_html_depth: int = 400  # deeper HTML nesting is rejected (parser bombs)
    fetch_timeout_s: float = 15.0
    allow_private: bool = False  # allow fetching private / loopback addresses
    # near-duplicates
    minhash_perm: int = 64
    near_duplicate_threshold: float = 0.7
    shingle_size: int = 5
    # extraction
    alias_file: Path | None = None  # user-editable aliases (titles and people)
    known_titles: tuple[str, ...] = field(default_factory=tuple)


DEFAULT = Settings()
