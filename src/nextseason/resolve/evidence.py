"""Claim records as weighted evidence: selection for a season as of a date, copy discount."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Mapping, Sequence

from ..models import (CastValue, ClaimRecord, DelayValue, EpisodesValue, Interval, PlatformValue,
                      ProductionValue, RenewalValue)
from ..text import work_key
from .aliases import split_title
from .model import Evidence
from .windows import label_of

CERTAINTY_PRIOR: Mapping[str, float] = {
    "official": 1.0, "reported": 0.7, "expected": 0.5, "speculative": 0.25,
}


@dataclass(frozen=True, slots=True)
class ResolveSettings:
    """How resolution weighs evidence. ``reliability`` is learned per outlet (see reliability.py)."""

    certainty_prior: Mapping[str, float] = field(default_factory=lambda: dict(CERTAINTY_PRIOR))
    reliability: Mapping[str, float] = field(default_factory=dict)
    default_reliability: float = 0.7
    inferred_date_factor: float = 0.9  # an undated article's inferred date is less sure
    half_life_days: float = 180.0  # recency: how fast an evolving claim loses weight
    title_aliases: Mapping[str, str] = field(default_factory=dict)  # work_key(spelling) -> canonical title
    person_aliases: Mapping[str, str] = field(default_factory=dict)  # person spelling -> canonical
    include_timeline: bool = True


DEFAULT = ResolveSettings()


@dataclass(frozen=True, slots=True)
class Item:
    """A selected claim record with its season (title-implied when needed) and base weight."""

    record: ClaimRecord
    season: int | None
    weight: float  # certainty prior x outlet reliability (x inferred-date factor)
    evidence: Evidence

    @property
    def published(self) -> date:
        assert self.record.published is not None
        return self.record.published

    @property
    def claim(self):  # type: ignore[no-untyped-def]
        return self.record.claim

    @property
    def outlet(self) -> str:
        return self.record.domain or self.record.doc_id


def describe(kind: str, value: object, polarity: str = "affirmed") -> str:
    """A claim's value in words."""
    text: str
    if value is None:
        text = "no date" if kind == "release" else "unspecified"
    elif isinstance(value, Interval):
        text = label_of(value)
    elif isinstance(value, RenewalValue):
        text = value.status + (f" ({label_of(value.date)})" if value.date else "")
    elif isinstance(value, ProductionValue):
        text = f"{value.stage.replace('_', '-')} {value.event}" + (
            f" ({label_of(value.when)})" if value.when else "")
    elif isinstance(value, CastValue):
        text = value.person + (f" as {value.character}" if value.character else "") + f" ({value.status})"
    elif isinstance(value, EpisodesValue):
        text = ("at least " if value.at_least else "") + f"{value.count} episodes"
    elif isinstance(value, PlatformValue):
        text = value.name
    elif isinstance(value, DelayValue):
        text = value.reason
    else:
        text = str(value)
    return ("not " + text) if polarity == "negated" else text


def reliability_of(outlet: str | None, settings: ResolveSettings) -> float:
    if outlet is None:
        return settings.default_reliability
    return settings.reliability.get(outlet, settings.default_reliability)


def to_evidence(record: ClaimRecord, weight: float) -> Evidence:
    claim = record.claim
    return Evidence(
        kind=claim.kind, value=describe(claim.kind, claim.value), polarity=claim.polarity,
        certainty=claim.certainty, quote=claim.quote, outlet=record.domain, source=claim.source,
        published=record.published, published_inferred=record.published_inferred, url=record.url,
        doc_id=record.doc_id, cluster=record.cluster, weight=weight, work=claim.work, season=claim.season,
    )


def canonical_title(title: str, settings: ResolveSettings) -> str:
    return settings.title_aliases.get(work_key(title), title)


def select(records: Sequence[ClaimRecord], work: str, as_of: date,
           settings: ResolveSettings) -> list[Item]:
    """The claims about ``work`` (any season) that could be known on ``as_of``, copies counted once.

    Within one near-duplicate cluster, the same (season, kind, value, polarity) counts once: the
    earliest copy stays.
    """
    chosen: dict[tuple[object, ...], Item] = {}
    for record in records:
        if record.published is None or record.published > as_of:
            continue
        same, implied = split_title(canonical_title(record.claim.work, settings), work)
        if not same:
            continue
        claim = record.claim
        season = claim.season if claim.season is not None else implied
        weight = settings.certainty_prior.get(claim.certainty, 0.5) * reliability_of(record.domain, settings)
        if record.published_inferred:
            weight *= settings.inferred_date_factor
        key = (record.cluster or record.document_id, season, claim.kind, repr(claim.value), claim.polarity)
        old = chosen.get(key)
        if old is not None and (old.published, old.record.doc_id) <= (record.published, record.doc_id):
            if weight <= old.weight:
                continue
        chosen[key] = Item(record, season, weight, to_evidence(record, weight))
    return sorted(chosen.values(), key=lambda i: (i.published, i.record.doc_id))
