"""Small text helpers shared by every layer (no imports from the package)."""

from __future__ import annotations

import difflib
import unicodedata


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form: 'All of Us Are Dead' -> 'allofusaredead'."""
    if text.isascii():  # (NFKD leaves ASCII as it is, and casefold is lower there)
        return "".join(filter(str.isalnum, text.lower()))
    return "".join(filter(str.isalnum, unicodedata.normalize("NFKD", text).casefold()))


def work_key(title: str) -> str:
    """The key under which a work's claims are grouped and looked up (loose match)."""
    key = fold(title)
    if key.startswith("the") and len(key) > 6:
        key = key[3:]
    return key


def suggest(query: str, titles: list[str], most: int = 3) -> list[str]:
    """Tracked titles close to a search that matched nothing ('lantern kepers'), best first:
    the whole title, or a run of its words as long as the search, compared folded."""
    needle = fold(query)
    size = max(1, len(query.split()))
    scored: dict[str, float] = {}
    for title in titles:
        words = title.split()
        spans = [fold(" ".join(words[i:i + size])) for i in range(max(1, len(words) - size + 1))]
        best = max(difflib.SequenceMatcher(None, needle, span).ratio() for span in [fold(title), *spans])
        if best >= 0.75:
            scored[title] = max(best, scored.get(title, 0.0))
    return sorted(scored, key=lambda t: (-scored[t], t))[:most]


def short_outlet(outlet: str | None) -> str:
    """An outlet as shown in tables: a domain as it is; a file path (the outlet of an
    article read from a file) by its file name, since the folders repeat on every row."""
    if not outlet:
        return ""
    if "/" in outlet and "://" not in outlet:
        return outlet.rstrip("/").rsplit("/", 1)[-1] or outlet
    return outlet
