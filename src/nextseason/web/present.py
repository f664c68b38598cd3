"""How things read on a page: claim values in words, slugs, safe links, stage colours.

Nothing here touches the store; every function is pure and small.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any
from urllib.parse import quote, urlsplit

from ..models import (
    CastValue,
    Claim,
    DelayValue,
    EpisodesValue,
    Interval,
    PlatformValue,
    ProductionValue,
    RenewalValue,
)

STAGE_LABELS: dict[str, str] = {
    "rumored": "Rumoured", "renewed": "Renewed", "pre_production": "Pre-production",
    "filming": "Filming", "post_production": "Post-production", "dated": "Date set",
    "released": "Released", "cancelled": "Cancelled", "unknown": "Unknown",
}
_CONTROL = re.compile(r"[\x00-\x20\x7f]")
STAGE_ORDER = ("rumored", "renewed", "pre_production", "filming", "post_production", "dated", "released")


def window_label(window: Interval | None) -> str:
    """A window as a person says it ("early 2027"), never a fake day."""
    if window is None:
        return "no window"
    try:
        from ..resolve.windows import label_of
    except ImportError:  # resolution not installed: the model's own reading
        return window.display()
    return label_of(window)


def window_label_json(value: dict[str, Any] | None) -> str:
    if not value:
        return "no window"
    if value.get("label"):
        return str(value["label"])
    return window_label(Interval.from_json(value))


def claim_value_label(claim: Claim) -> str:
    """The value of a claim in words."""
    value = claim.value
    if claim.kind == "release":
        return window_label(value) if isinstance(value, Interval) else "a release date"
    if isinstance(value, RenewalValue):
        return value.status + (f" ({window_label(value.date)})" if value.date else "")
    if isinstance(value, ProductionValue):
        words = {"start": "starts", "end": "ends", "ongoing": "under way"}[value.event]
        when = f" ({window_label(value.when)})" if value.when else ""
        return f"{value.stage.replace('_', '-')} {words}{when}"
    if isinstance(value, CastValue):
        role = f" as {value.character}" if value.character else ""
        return f"{value.person}{role} ({value.status})"
    if isinstance(value, EpisodesValue):
        return f"{'at least ' if value.at_least else ''}{value.count} episodes"
    if isinstance(value, PlatformValue):
        return f"on {value.name}"
    if isinstance(value, DelayValue):
        return f"delayed: {value.reason}"
    return "unspecified"


def slugify(title: str) -> str:
    """A readable URL part for a title: 'The Lantern Keepers' -> 'the-lantern-keepers'."""
    ascii_form = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_form.lower()).strip("-")
    if slug:
        return slug
    return quote(re.sub(r"\W+", "-", title.casefold()).strip("-") or "untitled", safe="")


def season_path(work: str, season: int | None) -> str:
    return f"/season/{slugify(work)}/{season if season is not None else 0}"


def safe_url(url: str | None) -> str | None:
    """The URL when it is an absolute http(s) link, else None (rendered as plain text)."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if _CONTROL.search(url):
        return None
    return url


def parse_day(text: str | None) -> date | None:
    if not text:
        return None
    return date.fromisoformat(text)


def percent(value: float | None) -> str:
    return "" if value is None else f"{round(value * 100)}%"


PRECISION_WORDS: dict[str, str] = {
    "day": "exact day", "week": "a week", "month": "a month", "third": "a third of a year",
    "season": "a season", "quarter": "a quarter", "part": "part of a year", "half": "half a year",
    "year": "a year", "range": "", "open": "",  # a range or open window says so in its label
}


def precision_words(precision: str | None) -> str:
    """How coarse a window is, in words a reader knows ('part' -> 'part of a year')."""
    if not precision:
        return ""
    return PRECISION_WORDS.get(precision, precision)


BASIS_WORDS: dict[str, str] = {
    "inferred": "inferred from the events it reports", "warc": "on or before the crawl date",
    "unknown": "no date found", "url": "read from its URL",
}


def basis_words(basis: str | None) -> str:
    return BASIS_WORDS.get(basis or "unknown", basis or "unknown")


def other_names(names: list[str], work: str) -> list[str]:
    """A title's aliases worth showing: not the title itself in other capitals or
    punctuation ('ALL OF US ARE DEAD'), each spelling once."""
    from ..text import fold

    seen = {fold(work)}
    out: list[str] = []
    for name in names:
        key = fold(name)
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out
