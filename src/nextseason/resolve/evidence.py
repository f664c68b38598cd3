"""Claim records as weighted evidence: selection for a season as of a date, copy discount."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from functools import lru_cache
from itertools import compress, repeat
from operator import attrgetter, eq, ge, itemgetter
from typing import Any, NamedTuple

from ..models import (
    CastValue,
    Claim,
    ClaimRecord,
    DelayValue,
    EpisodesValue,
    Interval,
    PlatformValue,
    ProductionValue,
    RenewalValue,
)
from ..store.rows import slot_writer
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
    include_timeline: bool = False  # Status.timeline: every claim (``timeline()`` asks for it)


DEFAULT = ResolveSettings()


def of_kind(items: Sequence[Item], season: int | None, kind: str, value_type: type, *,
            split: bool = False) -> list[Item]:
    """The items about ``season`` whose claim is of ``kind`` with a ``value_type`` value.

    ``split``: the caller hands a split's claims of that season and kind (only the values' type is
    checked). A list that passes whole, the usual case, is checked in C rather than item by item."""
    claims = list(map(_ITEM_CLAIM, items))
    if ((split or (all(map(eq, map(_ITEM_SEASON, items), repeat(season)))
                   and all(map(eq, map(_CLAIM_KIND, claims), repeat(kind)))))
            and all(map(isinstance, map(_CLAIM_VALUE, claims), repeat(value_type)))):
        return list(items)
    return [i for i in items if i.season == season and i.claim.kind == kind and isinstance(i.claim.value, value_type)]


_ITEM_SEASON, _ITEM_CLAIM = itemgetter(1), itemgetter(3)  # Item.season, Item.claim
_CLAIM_KIND, _CLAIM_VALUE = attrgetter("kind"), attrgetter("value")


class Item(NamedTuple):
    """A selected claim record with its season (title-implied when needed) and base weight.

    A NamedTuple rather than a dataclass: resolution makes one per claim (10,000 for a busy
    season) and a tuple is several times cheaper to build; it is immutable all the same."""

    record: ClaimRecord
    season: int | None
    weight: float  # certainty prior x outlet reliability (x inferred-date factor)
    claim: Claim
    published: date
    outlet: str

    @property
    def evidence(self) -> Evidence:
        return to_evidence(self.record, self.weight)

    @property
    def window(self) -> Interval:
        """The interval of a release claim (only called on those that carry one)."""
        value = self.claim.value
        if not isinstance(value, Interval):
            raise TypeError(f"{self.claim.kind} claim has no window")
        return value

    @property
    def cast(self) -> CastValue:
        value = self.claim.value
        if not isinstance(value, CastValue):
            raise TypeError(f"{self.claim.kind} claim is not a cast claim")
        return value

    @property
    def renewal(self) -> RenewalValue:
        value = self.claim.value
        if not isinstance(value, RenewalValue):
            raise TypeError(f"{self.claim.kind} claim is not a renewal claim")
        return value

    @property
    def production(self) -> ProductionValue:
        value = self.claim.value
        if not isinstance(value, ProductionValue):
            raise TypeError(f"{self.claim.kind} claim is not a production claim")
        return value

    @property
    def span(self) -> tuple[date, date]:
        """Both ends of a closed release window (only called on closed ones)."""
        window = self.window
        if window.start is None or window.end is None:
            raise TypeError("open window")
        return window.start, window.end


@lru_cache(maxsize=4096)
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


_EVIDENCE: dict[tuple[int, float], tuple[ClaimRecord, Evidence]] = {}
EVIDENCE_MEMO = 65_536  # evidence records kept: a store's records are the same objects call after call


def to_evidence(record: ClaimRecord, weight: float) -> Evidence:
    """The claim record as evidence with its weight (remembered per record object and weight:
    a status shows the same few thousand quotes every time it is asked; what does not depend on
    the weight is remembered per record object, for the next weights)."""
    key = (id(record), weight)
    found = _EVIDENCE.get(key)
    if found is not None and found[0] is record:  # the memo holds the record: its id is not reused
        return found[1]
    known = _FIELDS.get(key[0])
    if known is None or known[0] is not record:
        claim = record.claim
        if len(_FIELDS) >= EVIDENCE_MEMO:
            _FIELDS.clear()
        known = _FIELDS[key[0]] = (record, (
            claim.kind, describe(claim.kind, claim.value), claim.polarity, claim.certainty, claim.quote,
            record.domain, claim.source, record.published, record.published_inferred, record.url, record.doc_id,
            record.cluster), claim.work, claim.season)
    kind, value, polarity, certainty, quote, outlet, source, published, inferred, url, doc_id, cluster = known[1]
    evidence = _EVIDENCE_OF(kind, value, polarity, certainty, quote, outlet, source, published, inferred, url,
                            doc_id, cluster, weight, known[2], known[3])
    if len(_EVIDENCE) >= EVIDENCE_MEMO:
        _EVIDENCE.clear()
    _EVIDENCE[key] = (record, evidence)
    return evidence


_RECORD, _WEIGHT = itemgetter(0), itemgetter(2)  # Item.record, Item.weight


def evidence_of(items: Sequence[Item]) -> tuple[Evidence, ...]:
    """``tuple(i.evidence for i in items)``, read in C (map) rather than per property call."""
    return tuple(map(to_evidence, map(_RECORD, items), map(_WEIGHT, items)))


def strongest(items: Sequence[Item], count: int, key: Callable[[Item], Any]) -> list[Item]:
    """``heapq.nlargest(count, items, key)``, documented as ``sorted(items, key=key,
    reverse=True)[:count]``, for a ``key`` that starts with the weight: only items weighing at
    least the ``count``-th weight can be among the first ``count``; they are picked in C (in their
    order) and sorted alone."""
    if len(items) <= count:
        return sorted(items, key=key, reverse=True)
    weights = list(map(_WEIGHT, items))
    least = sorted(weights, reverse=True)[count - 1]
    return sorted(compress(items, map(ge, weights, repeat(least))), key=key, reverse=True)[:count]


# Evidence made through its slots' setters (``store.rows.slot_writer``): a status makes thousands
_EVIDENCE_OF: Callable[..., Evidence] = slot_writer(Evidence, tuple(f.name for f in fields(Evidence)))

# record id -> (record, the evidence fields before the weight, work, season)
_FIELDS: dict[int, tuple[ClaimRecord, tuple[Any, ...], str, int | None]] = {}


def canonical_title(title: str, settings: ResolveSettings) -> str:
    return settings.title_aliases.get(work_key(title), title)


_PUBLISHED = itemgetter(4)  # Item.published, read without a Python call


def select(records: Sequence[ClaimRecord], work: str, as_of: date,
           settings: ResolveSettings) -> list[Item]:
    """The claims about ``work`` (any season) that could be known on ``as_of``, copies counted once.

    Within one near-duplicate cluster, the same (season, kind, value, polarity) counts once: the
    earliest copy stays. One pass: the title test and the weight are decided once per distinct
    title and per distinct (certainty, outlet, inferred) respectively.
    """
    chosen: dict[tuple[object, ...], Item] = {}
    out: list[Item] = []
    titles: dict[str, tuple[bool, int | None]] = {}  # a handful of spellings: decide each once
    weights: dict[str, dict[str, float]] = {}  # certainty -> outlet -> weight (dated articles)
    prior, reliability = settings.certainty_prior, settings.reliability
    default, inferred = settings.default_reliability, settings.inferred_date_factor
    make = tuple.__new__
    for record in records:
        published = record.published
        if published is None or published > as_of:
            continue
        claim = record.claim
        title = claim.work
        decided = titles.get(title)
        if decided is None:
            decided = titles[title] = split_title(canonical_title(title, settings), work)
        if not decided[0]:
            continue
        season = claim.season if claim.season is not None else decided[1]
        outlet = record.domain or record.doc_id
        by_outlet = weights.get(claim.certainty)
        if by_outlet is None:
            by_outlet = weights[claim.certainty] = {}
        weight = by_outlet.get(outlet)
        if weight is None:
            weight = by_outlet[outlet] = prior.get(claim.certainty, 0.5) * reliability.get(outlet, default)
        if record.published_inferred:
            weight *= inferred
        item = make(Item, (record, season, weight, claim, published, outlet))
        if record.cluster is None:
            out.append(item)
            continue
        key2 = (record.cluster, season, claim.kind, claim.value, claim.polarity)
        old = chosen.get(key2)
        if old is None or weight > old.weight or (
                weight == old.weight and (published, record.doc_id) < (old.published, old.record.doc_id)):
            chosen[key2] = item  # one copy per cluster: the strongest, then the earliest
    out.extend(chosen.values())
    out.sort(key=_PUBLISHED)  # stable: same-day claims keep the store's order
    return out
