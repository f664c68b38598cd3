"""Source reliability: a prior by certainty, truth discovery, and a track record.

``discover`` is the truth-discovery core, in the line of TruthFinder (Yin et al. 2008) and
CRH (Li et al. 2014): it iterates between the confidence of each value (a vote weighted by the
sources' weights, plus support from similar values) and each source's weight (CRH: the log of
the total error over the source's error). It works on any (source, object, value) triples and is
measured on third-party sets by ``benchmarks/truth_discovery.py``.

``learned_reliability`` applies it to the claims of a store (fixed facts: renewal status and
date, reported premieres, episode counts, platforms), adds each outlet's track record of release
predictions that came true or lapsed, and smooths toward the prior.
"""

from __future__ import annotations

import logging
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, Hashable, Mapping, Sequence

from ..models import ClaimRecord, EpisodesValue, Interval, PlatformValue, RenewalValue
from ..text import fold, work_key
from .evidence import CERTAINTY_PRIOR, DEFAULT, Item, ResolveSettings, to_evidence
from .model import SourceRecord

log = logging.getLogger(__name__)

Similarity = Callable[[Hashable, Hashable], float]


@dataclass(frozen=True, slots=True)
class Discovery:
    truth: Mapping[Hashable, Hashable]  # object -> chosen value
    confidence: Mapping[Hashable, float]  # object -> confidence of the chosen value
    weight: Mapping[Hashable, float]  # source -> weight (CRH)
    accuracy: Mapping[Hashable, float]  # source -> share of its values that agree with the truth


def majority(triples: Sequence[tuple[Hashable, Hashable, Hashable]]) -> dict[Hashable, Hashable]:
    """Plain voting: the most claimed value per object (ties: the first seen)."""
    votes: dict[Hashable, Counter[Hashable]] = defaultdict(Counter)
    for _source, obj, value in triples:
        votes[obj][value] += 1
    return {obj: counter.most_common(1)[0][0] for obj, counter in votes.items()}


def discover(triples: Sequence[tuple[Hashable, Hashable, Hashable]], *,
             similarity: Similarity | None = None, rho: float = 0.5,
             prior: Mapping[Hashable, float] | None = None, iterations: int = 20,
             smoothing: float = 1.0) -> Discovery:
    """Truth discovery over (source, object, value) triples.

    Each round: value score = sum of the weights of its sources (+ ``rho`` x similarity-weighted
    scores of the object's other values); truth = best value; source error = share of its values
    that are not the truth (smoothed); weight = log(total error / source error) (CRH).
    ``prior`` gives starting weights; ``similarity(a, b)`` in [0, 1] lets close values support
    each other (TruthFinder's implication).
    """
    by_object: dict[Hashable, dict[Hashable, list[Hashable]]] = defaultdict(lambda: defaultdict(list))
    by_source: dict[Hashable, list[tuple[Hashable, Hashable]]] = defaultdict(list)
    for source, obj, value in triples:
        by_object[obj][value].append(source)
        by_source[source].append((obj, value))
    weight = {s: (prior or {}).get(s, 1.0) for s in by_source}
    truth: dict[Hashable, Hashable] = {}
    confidence: dict[Hashable, float] = {}
    for _round in range(iterations):
        new_truth = {}
        for obj, values in by_object.items():
            scores = _scores(values, weight, similarity, rho)
            best = max(scores, key=lambda v: scores[v])
            new_truth[obj] = best
            total = sum(max(s, 0.0) for s in scores.values()) or 1.0
            confidence[obj] = max(scores[best], 0.0) / total
        errors = {s: (sum(truth_val != v for o, v in claims if (truth_val := new_truth[o]) is not None)
                      + 0.5 * smoothing) / (len(claims) + smoothing) for s, claims in by_source.items()}
        total_error = sum(errors.values())
        weight = {s: math.log(total_error / e) for s, e in errors.items()}
        if new_truth == truth:
            break
        truth = new_truth
    accuracy = {s: sum(truth[o] == v for o, v in claims) / len(claims) for s, claims in by_source.items()}
    return Discovery(truth, confidence, weight, accuracy)


def _scores(values: Mapping[Hashable, list[Hashable]], weight: Mapping[Hashable, float],
            similarity: Similarity | None, rho: float) -> dict[Hashable, float]:
    base = {v: sum(weight[s] for s in sources) for v, sources in values.items()}
    if similarity is None or len(base) < 2:
        return base
    return {v: score + rho * sum(similarity(other, v) * base[other] for other in base if other != v)
            for v, score in base.items()}


# ---------------------------------------------------------------- on a store's claims


def _fact_triples(records: Sequence[ClaimRecord]) -> list[tuple[str, tuple[Any, ...], str]]:
    """(outlet, fixed-fact object, value) for the claims that state fixed facts."""
    out: dict[tuple[str, tuple[Any, ...]], str] = {}
    for record in records:
        claim, outlet = record.claim, record.domain or record.doc_id
        if claim.polarity != "affirmed" or record.published is None:
            continue
        base = (work_key(claim.work), claim.season)
        value = claim.value
        if isinstance(value, RenewalValue):
            out[(outlet, base + ("renewal",))] = value.status
            if value.date and value.date.start and (value.date.width_days or 999) <= 31:
                out[(outlet, base + ("renewal.month",))] = value.date.start.strftime("%Y-%m")
        elif isinstance(value, Interval) and claim.kind == "release" and value.start and value.end:
            if record.published >= value.start and (value.width_days or 999) <= 31:
                out[(outlet, base + ("premiere.month",))] = value.start.strftime("%Y-%m")
        elif isinstance(value, EpisodesValue):
            out[(outlet, base + ("episodes",))] = str(value.count)
        elif isinstance(value, PlatformValue):
            out[(outlet, base + ("platform",))] = fold(value.name)
    return [(outlet, obj, value) for (outlet, obj), value in out.items()]


def track_record(records: Sequence[ClaimRecord], as_of: date,
                 settings: ResolveSettings = DEFAULT) -> dict[str, Counter[str]]:
    """Per outlet: release predictions that came true, lapsed, or are pending as of ``as_of``."""
    from .release import find_premiere
    from .status import prediction_outcome

    groups: dict[tuple[str, int | None], list[Item]] = defaultdict(list)
    for record in records:
        if record.published is None or record.published > as_of:
            continue
        weight = settings.certainty_prior.get(record.claim.certainty, 0.5)
        groups[(work_key(record.claim.work), record.claim.season)].append(
            Item(record, record.claim.season, weight, to_evidence(record, weight)))
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for (_work, season), items in groups.items():
        found = find_premiere(items, season, as_of)
        premiere = found[0].start if found else None
        for item in items:
            value = item.claim.value
            if item.claim.kind == "release" and item.claim.polarity == "affirmed" and isinstance(value, Interval):
                out[item.outlet][prediction_outcome(value, item.published, as_of, premiere,
                                                    item.claim.certainty)] += 1
    return out


def combine(prior: float, agree: int, facts: int, came_true: int, lapsed: int, strength: float = 4.0) -> float:
    """Smoothed reliability: the prior counts as ``strength`` observations."""
    value = (prior * strength + agree + came_true) / (strength + facts + came_true + lapsed)
    return min(0.98, max(0.15, value))


_CACHE: dict[tuple[str, int, date | None], dict[str, float]] = {}


def _all_records(store: Any, as_of: date | None) -> list[ClaimRecord]:
    return list(store.claim_records(published_on_or_before=as_of))


def outlet_records_from(records: Sequence[ClaimRecord], as_of: date,
                        settings: ResolveSettings = DEFAULT) -> list[SourceRecord]:
    """Each outlet's record over the given claims (the pure part of ``outlet_records``)."""
    records = [r for r in records if r.published is not None and r.published <= as_of]
    triples = _fact_triples(records)
    contested = {obj for obj, n in Counter(o for _s, o, _v in triples).items() if n >= 2}
    found = discover([t for t in triples if t[1] in contested]) if contested else None
    agree: Counter[str] = Counter()
    facts: Counter[str] = Counter()
    for outlet, obj, value in triples:
        if found is not None and obj in found.truth:
            facts[outlet] += 1
            agree[outlet] += found.truth[obj] == value
    record = track_record(records, as_of, settings)
    claims: Counter[str] = Counter()
    reports: dict[str, set[str]] = defaultdict(set)
    prior_sum: Counter[str] = Counter()
    for r in records:
        outlet = r.domain or r.doc_id
        claims[outlet] += 1
        reports[outlet].add(r.cluster or r.document_id)
        prior_sum[outlet] += settings.certainty_prior.get(r.claim.certainty, 0.5)
    out = []
    for outlet in claims:
        prior = prior_sum[outlet] / claims[outlet]
        learned = agree[outlet] / facts[outlet] if facts[outlet] else settings.default_reliability
        tr = record.get(outlet, Counter())
        out.append(SourceRecord(outlet, claims[outlet], len(reports[outlet]), tr["came_true"], tr["lapsed"],
                                tr["pending"], prior, learned,
                                combine(settings.default_reliability, agree[outlet], facts[outlet],
                                        tr["came_true"], tr["lapsed"])))
    out.sort(key=lambda s: (-s.claims, s.outlet))
    return out


def outlet_records(store: Any, as_of: date) -> list[SourceRecord]:
    return outlet_records_from(_all_records(store, as_of), as_of)


def learned_reliability(store: Any, as_of: date | None) -> dict[str, float]:
    """{outlet: reliability} as could be learned on ``as_of`` (cached per store size and date)."""
    try:
        size = int(store.count_documents())
    except (AttributeError, NotImplementedError):
        size = -1
    key = (str(getattr(store, "url", id(store))), size, as_of)
    if key not in _CACHE:
        if len(_CACHE) > 256:
            _CACHE.clear()
        day = as_of or date.today()
        _CACHE[key] = {s.outlet: s.reliability for s in outlet_records_from(_all_records(store, as_of), day)}
    return _CACHE[key]


def reliability_from_records(records: Sequence[ClaimRecord], as_of: date) -> dict[str, float]:
    """{outlet: reliability} from the given records (pure; for harnesses without a store)."""
    return {s.outlet: s.reliability for s in outlet_records_from(records, as_of)}


__all__ = ["CERTAINTY_PRIOR", "Discovery", "combine", "discover", "learned_reliability", "majority",
           "outlet_records", "outlet_records_from", "reliability_from_records", "track_record"]
