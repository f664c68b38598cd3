"""Small text helpers shared by every layer (no imports from the package)."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form: 'All of Us Are Dead' -> 'allofusaredead'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed.casefold() if c.isalnum())


def work_key(title: str) -> str:
    """The key under which a work's claims are grouped and looked up (loose match)."""
    key = fold(title)
    if key.startswith("the") and len(key) > 6:
        key = key[3:]
    return key
