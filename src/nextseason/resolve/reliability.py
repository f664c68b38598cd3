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
import os
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import combinations, compress, repeat
from operator import itemgetter, le
from typing import Any, NamedTuple

from ..models import ClaimRecord, EpisodesValue, Interval, PlatformValue, ProductionValue, RenewalValue
from ..text import fold, work_key
from .evidence import CERTAINTY_PRIOR, DEFAULT, Item, ResolveSettings
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
             smoothing: float = 1.0,
             similarity_for: Callable[[Hashable, Sequence[Hashable]], Similarity] | None = None,
             claim_weight: Mapping[tuple[Hashable, Hashable], float] | None = None,
             copies: bool = True) -> Discovery:
    """Truth discovery over (source, object, value) triples.

    Each round: value score = sum of the weights of its sources (+ ``rho`` x similarity-weighted
    scores of the object's other values); truth = best value; source error = share of its values
    that are not the truth (smoothed); weight = log(total error / source error) (CRH).
    ``prior`` gives starting weights; ``similarity(a, b)`` in [0, 1] lets value ``a`` support
    value ``b`` (TruthFinder's implication); ``similarity_for(object, values)`` builds one per
    object when the implication depends on the object's other values. ``claim_weight`` scales a
    single (source, object) claim, as the certainty prior scales a claim in resolution.
    """
    by_object: dict[Hashable, dict[Hashable, list[Hashable]]] = defaultdict(lambda: defaultdict(list))
    by_source: dict[Hashable, list[tuple[Hashable, Hashable]]] = defaultdict(list)
    for source, obj, value in triples:
        by_object[obj][value].append(source)
        by_source[source].append((obj, value))
    weight = {s: (prior or {}).get(s, 1.0) for s in by_source}
    sims = {obj: similarity_for(obj, list(values)) for obj, values in by_object.items()} if similarity_for else {}
    scale = claim_weight or {}
    truth: dict[Hashable, Hashable] = {}
    confidence: dict[Hashable, float] = {}
    group: dict[Hashable, Hashable] = {}
    for stage in range(2 if copies else 1):
        if stage == 1:  # copiers are found by the false values they share with the first estimate
            group = copy_groups(by_object, by_source, truth)
            weight = {s: (prior or {}).get(s, 1.0) for s in by_source}
            truth = {}
        truth, confidence, weight = _iterate(by_object, by_source, weight, sims, similarity, rho, scale,
                                             group, iterations, smoothing)
    accuracy = {s: sum(truth[o] == v for o, v in claims) / len(claims) for s, claims in by_source.items()}
    return Discovery(truth, confidence, weight, accuracy)


def _iterate(by_object: Mapping[Hashable, Mapping[Hashable, list[Hashable]]],
             by_source: Mapping[Hashable, list[tuple[Hashable, Hashable]]], weight: dict[Hashable, float],
             sims: Mapping[Hashable, Similarity], similarity: Similarity | None, rho: float,
             scale: Mapping[tuple[Hashable, Hashable], float], group: Mapping[Hashable, Hashable],
             iterations: int, smoothing: float,
             ) -> tuple[dict[Hashable, Hashable], dict[Hashable, float], dict[Hashable, float]]:
    truth: dict[Hashable, Hashable] = {}
    confidence: dict[Hashable, float] = {}
    for _round in range(iterations):
        new_truth = {}
        for obj, values in by_object.items():
            scores = _scores(obj, values, weight, sims.get(obj, similarity), rho, scale, group)
            best = max(scores, key=scores.__getitem__)
            new_truth[obj] = best
            total = sum(max(s, 0.0) for s in scores.values()) or 1.0
            confidence[obj] = max(scores[best], 0.0) / total
        if similarity is None and not sims:  # a miss is 1 or 0 (``_miss``): count them, per value
            missed: Counter[Hashable] = Counter()
            for obj, values in by_object.items():
                chosen = new_truth[obj]
                for value, sources in values.items():
                    if value != chosen:
                        missed.update(sources)
            errors = {s: (missed[s] + 0.5 * smoothing) / (len(claims) + smoothing) for s, claims in by_source.items()}
        else:
            errors = {s: (sum(_miss(o, v, new_truth[o], sims.get(o, similarity)) for o, v in claims)
                          + 0.5 * smoothing) / (len(claims) + smoothing) for s, claims in by_source.items()}
        total_error = sum(errors.values())
        weight = {s: math.log(total_error / e) for s, e in errors.items()}
        if new_truth == truth:
            break
        truth = new_truth
    return truth, confidence, weight


def copy_groups(by_object: Mapping[Hashable, Mapping[Hashable, list[Hashable]]],
                by_source: Mapping[Hashable, list[tuple[Hashable, Hashable]]],
                truth: Mapping[Hashable, Hashable], min_common: int = 5, min_same: float = 0.9, min_shared_minority: float = 0.1) -> dict[Hashable, Hashable]:
    """Sources that copy one another (AccuCopy's signal, simplified): on the objects they share they
    give the same value almost always, including a share of values that are not the current
    estimate of the truth (agreeing on true values is what independent accurate sources do).
    Returns {source: group id} for sources in a group of two or more."""
    plurality = truth
    # A pair can be joined only if it shares at least two values that are not the estimate of the
    # truth: such pairs are found from the (small) groups of minority values, and only for them
    # are the shared objects and agreements counted (as the pairs of claims, in sorted order,
    # that the full pairwise count would give). Quadratic only in the size of minority groups.
    minority: Counter[tuple[Hashable, Hashable]] = Counter()
    held: dict[Hashable, dict[Hashable, dict[Hashable, int]]] = defaultdict(dict)  # source -> obj -> value counts
    for obj, values in by_object.items():
        claims = sorted(((s, v) for v, sources in values.items() for s in sources), key=lambda c: repr(c[0]))
        if len(claims) > 200:
            continue  # very popular objects say little about copying and cost quadratic time
        by_value: dict[Hashable, list[Hashable]] = defaultdict(list)
        for source, value in claims:
            by_value[value].append(source)
            mine = held[source].setdefault(obj, {})
            mine[value] = mine.get(value, 0) + 1
        for value, group in by_value.items():
            if len(group) > 1 and value != plurality.get(obj):
                minority.update(combinations(group, 2))
    parent: dict[Hashable, Hashable] = {}

    def find(x: Hashable) -> Hashable:
        while parent.get(x, x) != x:
            x = parent[x]
        return x
    for pair, shared in minority.items():
        if shared < 2 or pair[0] == pair[1]:
            continue  # joining a source with itself changes nothing
        common, same = _agreement(held[pair[0]], held[pair[1]])
        if common >= min_common and same >= min_same * common and shared >= max(2.0, min_shared_minority * common):
            ra, rb = find(pair[0]), find(pair[1])
            if ra != rb:
                parent[rb] = ra
    members: Counter[Hashable] = Counter(find(s) for s in by_source)
    return {s: find(s) for s in by_source if members[find(s)] > 1}


def _agreement(first: Mapping[Hashable, Mapping[Hashable, int]],
               second: Mapping[Hashable, Mapping[Hashable, int]]) -> tuple[int, int]:
    """(pairs of claims on shared objects, pairs giving the same value) of two sources."""
    if len(first) > len(second):
        first, second = second, first
    common = same = 0
    for obj, values in first.items():
        other = second.get(obj)
        if other:
            common += sum(values.values()) * sum(other.values())
            same += sum(count * other.get(value, 0) for value, count in values.items())
    return common, same


def _miss(obj: Hashable, value: Hashable, truth: Hashable, similarity: Similarity | None) -> float:
    """A claim's error: 0 when it is the truth, less when it is implied by it (a partial answer)."""
    if value == truth:
        return 0.0
    if similarity is None:
        return 1.0
    return 1.0 - min(1.0, max(0.0, similarity(value, truth)))


def _scores(obj: Hashable, values: Mapping[Hashable, list[Hashable]], weight: Mapping[Hashable, float],
            similarity: Similarity | None, rho: float,
            scale: Mapping[tuple[Hashable, Hashable], float],
            group: Mapping[Hashable, Hashable]) -> dict[Hashable, float]:
    if not group and not scale:  # as below: each source once (its repeated claims add nothing)
        base = {value: sum([max(0.0, w) for w in map(weight.__getitem__, dict.fromkeys(sources))])
                for value, sources in values.items()}
    else:
        base = {}
        for value, sources in values.items():
            best: dict[Hashable, float] = {}
            for source in sources:  # a group of copiers counts once: its best member
                key = group.get(source, source)
                best[key] = max(best.get(key, 0.0), weight[source] * scale.get((source, obj), 1.0))
            base[value] = sum(best.values())
    if similarity is None or len(base) < 2:
        return base
    return {v: score + rho * sum(similarity(other, v) * base[other] for other in base if other != v)
            for v, score in base.items()}


# ---------------------------------------------------------------- on a store's claims

_work_key = lru_cache(maxsize=4096)(work_key)  # a store has a few hundred titles, read per claim
_fold = lru_cache(maxsize=4096)(fold)


def _fact_triples(records: Sequence[ClaimRecord]) -> list[tuple[str, tuple[Any, ...], str]]:
    """(outlet, fixed-fact object, value) for the claims that state fixed facts."""
    out: dict[tuple[str, tuple[Any, ...]], str] = {}
    for record in records:
        for outlet, obj, value in _facts_of(record):
            out[(outlet, obj)] = value
    return [(outlet, obj, value) for (outlet, obj), value in out.items()]


def _facts_of(record: ClaimRecord) -> list[tuple[str, tuple[Any, ...], str]]:
    """The (outlet, fixed-fact object, value) triples one claim states (none for most)."""
    claim, outlet = record.claim, record.domain or record.doc_id
    if claim.polarity != "affirmed" or record.published is None:
        return []
    base = (_work_key(claim.work), claim.season)
    value = claim.value
    if isinstance(value, RenewalValue):
        out: list[tuple[str, tuple[Any, ...], str]] = [(outlet, base + ("renewal",), value.status)]
        if value.date and value.date.start and (value.date.width_days or 999) <= 31:
            out.append((outlet, base + ("renewal.month",), value.date.start.strftime("%Y-%m")))
        return out
    if isinstance(value, Interval) and claim.kind == "release" and value.start and value.end:
        if record.published >= value.start and (value.width_days or 999) <= 31:
            return [(outlet, base + ("premiere.month",), value.start.strftime("%Y-%m"))]
    elif isinstance(value, EpisodesValue):
        return [(outlet, base + ("episodes",), str(value.count))]
    elif isinstance(value, PlatformValue):
        return [(outlet, base + ("platform",), _fold(value.name))]
    return []


def track_record(records: Sequence[ClaimRecord], as_of: date,
                 settings: ResolveSettings = DEFAULT) -> dict[str, Counter[str]]:
    """Per outlet: release predictions that came true, lapsed, or are pending as of ``as_of``."""
    from .release import PredictionKey, find_premiere, prediction_key
    from .status import prediction_outcome

    groups: dict[tuple[str, int | None], list[Item]] = defaultdict(list)
    prior = settings.certainty_prior
    make = tuple.__new__
    for record in records:  # only release and production claims bear on premieres and predictions
        published, claim = record.published, record.claim
        if published is None or published > as_of or (
                claim.kind != "release" and not isinstance(claim.value, ProductionValue)):
            continue
        groups[(_work_key(claim.work), claim.season)].append(
            make(Item, (record, claim.season, prior.get(claim.certainty, 0.5), claim, published,
                        record.domain or record.doc_id)))
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for (_work, season), items in groups.items():
        found = find_premiere(items, season, as_of)
        premiere = found[0].start if found else None
        outcomes: dict[PredictionKey, str] = {}  # one outcome per prediction group, as in status
        for item in items:
            key = prediction_key(item)
            if key is None:
                continue
            outcome = outcomes.get(key)
            if outcome is None:
                value = item.claim.value
                assert isinstance(value, Interval)  # prediction_key holds only for release windows
                outcome = outcomes[key] = prediction_outcome(value, item.published, as_of, premiere,
                                                             item.claim.certainty)
            out[item.outlet][outcome] += 1
    return out


def combine(prior: float, agree: int, facts: int, came_true: int, lapsed: int, strength: float = 4.0) -> float:
    """Smoothed reliability: the prior counts as ``strength`` observations."""
    value = (prior * strength + agree + came_true) / (strength + facts + came_true + lapsed)
    return min(0.98, max(0.15, value))


_CACHE: dict[tuple[str, int, date | None], dict[str, float]] = {}


_ALL: dict[str, tuple[int, list[ClaimRecord]]] = {}  # store -> (generation, every claim record)


def _all_records(store: Any, as_of: date | None) -> list[ClaimRecord]:
    """Every claim of the store published by ``as_of``: the store's rows are read once per store
    generation (it does not keep an answer for all works itself), then filtered here."""
    generation = store_generation(store) if hasattr(store, "generation") else -1
    key = store_key(store)
    if generation < 0 or key is None:
        return list(store.claim_records(published_on_or_before=as_of))
    every = _kept_records(store, key, generation)
    if as_of is None:
        return list(every)
    return [r for r in every if r.published is not None and r.published <= as_of]


def _kept_records(store: Any, key: str, generation: int) -> list[ClaimRecord]:
    """Every claim of the store as of ``generation``, kept per store (not to be changed: callers
    that keep or change it take a copy)."""
    found = _ALL.get(key)
    if found is None or found[0] != generation:
        if len(_ALL) > 8:
            _ALL.clear()
        found = _ALL[key] = (generation, list(store.claim_records()))  # a list of its own
    return found[1]


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
    prior_sum: dict[str, float] = defaultdict(float)
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
    """{outlet: reliability} as could be learned on ``as_of``, cached per store generation (which
    changes whenever the store is written) and date; stores without one: per number of articles.

    The same as ``outlet_records_from(every claim published by as_of)``, through a ``Learning``
    kept per store generation: what depends only on the claims published by the date is worked
    out once per such set, and only the outcomes of predictions are decided per date."""
    name = store_key(store)
    day = as_of or date.today()
    if name is None:
        return {s.outlet: s.reliability for s in outlet_records_from(_all_records(store, as_of), day)}
    generation = store_generation(store)
    key = (name, generation, as_of)
    if key not in _CACHE:
        if len(_CACHE) > 256:
            _CACHE.clear()
        _CACHE[key] = _learning(store, name, generation).reliability(day)
    return _CACHE[key]


_LEARNING: dict[str, tuple[int, Learning]] = {}  # store -> (generation, its Learning)


def _learning(store: Any, name: str, generation: int) -> Learning:
    found = _LEARNING.get(name)
    if found is None or found[0] != generation or generation < 0:
        # read only (a Learning keeps a tuple of its own)
        records = (_kept_records(store, name, generation) if generation >= 0 and hasattr(store, "generation")
                   else _all_records(store, None))
        known = found[1] if found is not None else None
        if (known is not None and len(known.records) < len(records)
                and tuple(records[:len(known.records)]) == known.records):
            learning = known.extended(records)  # the same claims and more: a store read after a write
        else:
            learning = Learning(records)
        if len(_LEARNING) > 8:
            _LEARNING.clear()
        found = _LEARNING[name] = (generation, learning)
    return found[1]



_Group = tuple[int | None, Sequence[Item], Any, Any]  # season, items, premiere basis, _Outlets


class _Known(NamedTuple):
    """What reliability learning derives from one set of claims (those published by a date)."""

    outlets: list[str]  # every outlet with a claim, most claims first (as ``outlet_records_from``)
    agree: Counter[str]  # fixed facts on which the outlet gave the discovered truth
    facts: Counter[str]  # contested fixed facts the outlet stated
    groups: dict[tuple[str, int | None], _Group]  # per (work key, season): season, release/production
    # items, premiere basis, predictions per outlet


class Learning:
    """Reliability learning over one store generation's claims, for any as-of date.

    Per claim, once: its fixed-fact triples and, for release and production claims, its item and
    prediction key (``extended`` adds the claims of a longer list that starts with the same ones:
    a store read after a write). Per set of claims published by a date (named by how many: the
    set only grows with the date): truth discovery, agreement counts, per-season premiere bases
    and prediction counts (for a past date, filtered from per-season ``_Timeline``s and per-outlet
    claim days worked out once, not read again claim by claim). Per date: the premiere of each season, one outcome per prediction
    group, the smoothed reliability."""

    def __init__(self, records: Sequence[ClaimRecord] = (), settings: ResolveSettings = DEFAULT) -> None:
        self.settings = settings
        self.records: tuple[ClaimRecord, ...] = ()
        self.days: list[date] = []  # sorted
        self.published: list[date] = []  # of the dated claims, in store order
        self.outlets: list[str] = []  # the same claims' outlets
        self.facts: list[tuple[date, str, tuple[Any, ...], str]] = []  # (day, outlet, object, value)
        self.groups: dict[tuple[str, int | None], tuple[list[Item], list[Any]]] = {}  # items, their keys
        self.first: dict[Any, tuple[Interval, date, str]] = {}  # prediction key -> window, day, certainty
        self._known: dict[int, _Known] = {}
        # of every claim, once worked out: claims per outlet, and the last value each outlet gave
        # each fixed fact (grown by ``extended`` instead of counted again)
        self._every_claims: Counter[str] | None = None
        self._every_triples: dict[tuple[str, tuple[Any, ...]], str] | None = None
        self._by_window: dict[int, tuple[_Outlets, Counter[str], list[tuple[Interval, list[tuple[str, int]]]]]] = {}
        # for the claims published by a past date, worked out once when first asked: per group,
        # its ``_Timeline``; per outlet, the days of its claims (sorted)
        self._timelines: dict[tuple[str, int | None], _Timeline] = {}
        self._outlet_days: dict[str, list[date]] | None = None
        self._fact_columns: tuple[list[date], list[tuple[str, tuple[Any, ...]]], list[str]] | None = None  # of ``facts``
        self._add(records)

    def extended(self, records: Sequence[ClaimRecord]) -> Learning:
        """The learning of ``records``, whose first ``len(self.records)`` are this one's records."""
        new = Learning((), self.settings)
        new.records, new.days, new.published = self.records, list(self.days), list(self.published)
        new.outlets, new.facts, new.first = list(self.outlets), list(self.facts), dict(self.first)
        new.groups = {key: (list(items), list(keys)) for key, (items, keys) in self.groups.items()}
        touched, facts_added = new._add(records[len(self.records):])
        if self._every_claims is not None:
            new._every_claims = Counter(self._every_claims)
            new._every_claims.update(new.outlets[len(self.outlets):])
        if self._every_triples is not None:
            new._every_triples = dict(self._every_triples)
            for _day, outlet, obj, value in new.facts[len(self.facts):]:
                new._every_triples[(outlet, obj)] = value
        full = self._known.get(len(self.days))
        if full is not None and self.days:  # every claim then is every claim now but the new ones
            new._known[len(new.days)] = new._grown(full, touched, facts_added, self._by_window)
        return new

    def _add(self, records: Sequence[ClaimRecord]) -> tuple[dict[tuple[str, int | None], list[Item]], bool]:
        """Take in more claims; returns the release and production items added per group, and
        whether any claim states a fixed fact."""
        from .release import prediction_key

        touched: dict[tuple[str, int | None], list[Item]] = {}
        facts_before = len(self.facts)

        self.records = self.records + tuple(records)
        prior, make = self.settings.certainty_prior, tuple.__new__
        days = []
        for record in records:
            published, claim = record.published, record.claim
            if published is None:
                continue
            outlet = record.domain or record.doc_id
            days.append(published)
            self.outlets.append(outlet)
            self.facts.extend((published, *fact) for fact in _facts_of(record))
            if claim.kind != "release" and not isinstance(claim.value, ProductionValue):
                continue
            item = make(Item, (record, claim.season, prior.get(claim.certainty, 0.5), claim, published, outlet))
            key = prediction_key(item)
            group = (_work_key(claim.work), claim.season)
            items, keys = self.groups.setdefault(group, ([], []))
            items.append(item)
            keys.append(key)
            touched.setdefault(group, []).append(item)
            if key is not None and key not in self.first:
                self.first[key] = (claim.value, published, claim.certainty)  # type: ignore[assignment]
        self.published.extend(days)
        if self.days and days and min(days) < self.days[-1]:
            self.days = sorted(self.days + days)
        else:
            self.days.extend(sorted(days))
        return touched, len(self.facts) > facts_before

    def reliability(self, as_of: date) -> dict[str, float]:
        from .release import find_premiere

        known = self._for(bisect_right(self.days, as_of))
        came_true: Counter[str] = Counter()
        lapsed: Counter[str] = Counter()
        for season, items, basis, predictions in known.groups.values():
            found = find_premiere(items, season, as_of, basis.releases, basis)
            premiere = found[0].start if found else None
            if premiere is None:  # as ``prediction_outcome``: lapsed when the window ended before the date
                for outlet, ends in predictions.ends.items():
                    lapsed[outlet] += bisect_left(ends, as_of)
                continue
            totals, by_window = self._windows_of(predictions)
            lapsed.update(totals)  # each prediction lapsed, but for those whose window holds the premiere
            for window, entries in by_window:
                if window.contains(premiere):
                    for outlet, count in entries:
                        came_true[outlet] += count
                        lapsed[outlet] -= count
        default, out = self.settings.default_reliability, {}
        for outlet in known.outlets:
            out[outlet] = combine(default, known.agree[outlet], known.facts[outlet], came_true[outlet], lapsed[outlet])
        return out

    def _windows_of(self, predictions: _Outlets) -> tuple[Counter[str], list[tuple[Interval, list[tuple[str, int]]]]]:
        """The predictions' claims per outlet, and their (outlet, claims) per window object (the
        store shares equal windows: a premiere is tested once per window), kept per ``_Outlets``."""
        found = self._by_window.get(id(predictions))
        if found is None or found[0] is not predictions:
            totals: Counter[str] = Counter()
            grouped: dict[int, tuple[Interval, list[tuple[str, int]]]] = {}
            for outlet, window, count in predictions.windows:
                totals[outlet] += count
                grouped.setdefault(id(window), (window, []))[1].append((outlet, count))
            if len(self._by_window) >= 256:
                self._by_window.clear()
            found = self._by_window[id(predictions)] = (predictions, totals, list(grouped.values()))
        return found[1], found[2]

    def _for(self, count: int) -> _Known:
        found = self._known.get(count)
        if found is None:
            if len(self._known) >= 64:
                self._known.clear()
            found = self._known[count] = self._derive(count)
        return found

    def _derive(self, count: int) -> _Known:
        every = count == len(self.days)
        last = self.days[count - 1] if count else date.min
        agree, facts = self._agreement(every, last)
        if every:
            groups = {group: self._group(group[1], items, keys) for group, (items, keys) in self.groups.items()}
            claims = self._every_claims = self._every_claims or Counter(self.outlets)
            return _Known(sorted(claims, key=lambda o: (-claims[o], o)), agree, facts, groups)
        groups = {}
        full = self._known.get(len(self.days))  # its premiere bases are those of each group's every claim
        for group, (items, keys) in self.groups.items():
            timeline = self._timelines.get(group)
            if timeline is None:
                whole = full.groups[group][2] if full is not None else None
                timeline = self._timelines[group] = _Timeline(group[1], items, keys, self.first, whole)
            found = timeline.by(last)
            if found is not None:
                groups[group] = found
        if self._outlet_days is None:
            self._outlet_days = defaultdict(list)
            for outlet, day in zip(self.outlets, self.published):
                self._outlet_days[outlet].append(day)
            for days in self._outlet_days.values():
                days.sort()
        counts = {outlet: bisect_right(days, last) for outlet, days in self._outlet_days.items()}
        return _Known(sorted((o for o, n in counts.items() if n), key=lambda o: (-counts[o], o)), agree, facts, groups)

    def _grown(self, full: _Known, touched: dict[tuple[str, int | None], list[Item]], facts_added: bool,
               by_window: dict[int, Any] | None = None) -> _Known:
        """``_derive`` of every claim, from that of every claim but the ``touched`` items (and, unless
        ``facts_added``, the same fixed facts): the premiere bases of the seasons grow, and so do
        their predictions per window (``by_window``: the ``_windows_of`` of ``full``'s, when known)."""
        agree, facts = self._agreement(True, date.min) if facts_added else (full.agree, full.facts)
        groups = dict(full.groups)
        for group, added in touched.items():
            items, keys = self.groups[group]
            old = full.groups.get(group)
            if old is None:
                groups[group] = self._group(group[1], items, keys)
                continue
            added_keys = keys[len(keys) - len(added):]
            more = self._predictions(Counter(zip(map(_ITEM_OUTLET, added), added_keys)))
            grown = old[3].grown(more)
            groups[group] = (group[1], items, old[2].extended(items, added), grown)
            kept = (by_window or {}).get(id(old[3]))
            if kept is not None and kept[0] is old[3]:  # the old predictions per window, and the new ones
                self._by_window[id(grown)] = (grown, *_grown_windows(kept[1], kept[2], more))
        claims = self._every_claims = self._every_claims or Counter(self.outlets)
        return _Known(sorted(claims, key=lambda o: (-claims[o], o)), agree, facts, groups)

    def _agreement(self, every: bool, last: date) -> tuple[Counter[str], Counter[str]]:
        """Per outlet: contested fixed facts on which it gave the discovered truth, and all it stated."""
        if every and self._every_triples is not None:
            triples = self._every_triples
        else:
            if self._fact_columns is None or len(self._fact_columns[0]) != len(self.facts):
                self._fact_columns = (list(map(_FIRST, self.facts)), [(f[1], f[2]) for f in self.facts],
                                      [f[3] for f in self.facts])
            days, pairs, values = self._fact_columns
            if not every:
                kept = list(map(le, days, repeat(last)))
                pairs, values = list(compress(pairs, kept)), list(compress(values, kept))
            triples = dict(zip(pairs, values))  # each (outlet, object)'s last value, where first stated
            if every:
                self._every_triples = triples
        contested = {obj for obj, n in Counter(map(_SECOND, triples)).items() if n >= 2}
        stated = tuple((s, o, v) for (s, o), v in triples.items() if o in contested)
        agree: Counter[str] = Counter()
        facts: Counter[str] = Counter()
        if stated:
            truth = _discovered(stated).truth
            for outlet, obj, value in stated:
                facts[outlet] += 1
                agree[outlet] += truth[obj] == value
        return agree, facts

    def _group(self, season: int | None, items: list[Item], keys: list[Any], basis: Any = None) -> _Group:
        from .release import PremiereBasis, release_items

        if basis is None:
            basis = PremiereBasis(items, season, release_items(items, season))
        return season, items, basis, self._predictions(Counter(zip(map(_ITEM_OUTLET, items), keys)))

    def _predictions(self, pairs: Counter[tuple[str, Any]]) -> _Outlets:
        """The predictions (``release.prediction_key``) counted per outlet, as ``reliability``
        scores them: reports are neither true nor lapsed; without a premiere, the others lapse
        when their window ends before the date (per outlet: the window ends in order, with the
        running count of claims); with one, each window came true or lapsed."""
        windows: list[tuple[str, Interval, int]] = []
        ends: dict[str, list[date]] = defaultdict(list)
        for (outlet, key), count in pairs.items():
            window = _predicted(self.first, key)
            if window is None:
                continue
            windows.append((outlet, window, count))
            if window.end is not None:
                ends[outlet].extend([window.end] * count)
        for found in ends.values():
            found.sort()
        return _Outlets(windows, dict(ends))


def _predicted(first: Mapping[Any, tuple[Interval, date, str]], key: Any) -> Interval | None:
    """The window a prediction key (``release.prediction_key``) predicts, from the first claim
    with that key (``Learning.first``); None for no prediction, and for a report of a date that
    had begun (neither true nor lapsed)."""
    from .release import is_report

    if key is None:
        return None
    window, published, certainty = first[key]
    return None if is_report(certainty, window, published) else window


def _grown_windows(totals: Counter[str], by_window: list[tuple[Interval, list[tuple[str, int]]]], more: _Outlets,
                   ) -> tuple[Counter[str], list[tuple[Interval, list[tuple[str, int]]]]]:
    """``Learning._windows_of`` of predictions grown by ``more``, from that of the predictions
    before (``totals``, ``by_window``): the windows ``more`` names take in its entries (new lists:
    the old ones stay as they were), new windows come after the others."""
    totals = Counter(totals)
    grouped = {id(window): (window, entries) for window, entries in by_window}
    copied: set[int] = set()
    for outlet, window, count in more.windows:
        totals[outlet] += count
        key = id(window)
        if key not in grouped:
            grouped[key] = (window, [])
            copied.add(key)
        elif key not in copied:
            grouped[key] = (window, list(grouped[key][1]))
            copied.add(key)
        grouped[key][1].append((outlet, count))
    return totals, list(grouped.values())


class _Timeline:
    """A group's claims as ``Learning._group`` reads them for any date, worked out once: their
    premiere bases (``release.PremiereTimeline``) and their predictions that are not reports,
    by day, with per outlet the days and window ends of its own (window ends are kept where set)."""

    def __init__(self, season: int | None, items: Sequence[Item], keys: Sequence[Any],
                 first: Mapping[Any, tuple[Interval, date, str]], whole: Any = None) -> None:
        """``whole``: the premiere basis of all ``items``, when known."""
        from .release import PremiereTimeline

        self.season, self.premieres = season, PremiereTimeline(items, season, whole)
        windows: dict[Any, Interval | None] = {}  # per key: its window, None for reports
        for key in keys:
            if key not in windows:
                windows[key] = _predicted(first, key)
        predictions = sorted(((item.published, item.outlet, window) for item, window in zip(items, map(windows.__getitem__, keys))
                              if window is not None), key=_FIRST)
        self.days = [day for day, _outlet, _window in predictions]
        self.windows = [(outlet, window, 1) for _day, outlet, window in predictions]
        self.ends: dict[str, tuple[list[date], list[date]]] = {}
        for day, outlet, window in predictions:
            if window.end is not None:
                days, ends = self.ends.setdefault(outlet, ([], []))
                days.append(day)
                ends.append(window.end)

    def by(self, last: date) -> _Group | None:
        """``Learning._group`` of the group's claims published on or before ``last`` (None when
        there are none): the predictions are one entry per claim (``_Outlets`` counts add up)."""
        basis = self.premieres.by(last)
        if basis is None:
            return None
        ends = {}
        for outlet, (days, found) in self.ends.items():
            count = bisect_right(days, last)
            if count:
                ends[outlet] = sorted(found[:count])
        return self.season, basis.items, basis, _Outlets(self.windows[:bisect_right(self.days, last)], ends)


class _Outlets(NamedTuple):
    windows: list[tuple[str, Interval, int]]  # (outlet, window, claims) of predictions that are not reports
    ends: dict[str, list[date]]  # outlet -> the window end of each of those claims, in order

    def grown(self, more: _Outlets) -> _Outlets:
        """These predictions and ``more``."""
        ends = dict(self.ends)
        for outlet, found in more.ends.items():
            ends[outlet] = sorted([*ends.get(outlet, ()), *found])
        return _Outlets([*self.windows, *more.windows], ends)


_DISCOVERED: dict[tuple[tuple[str, tuple[Any, ...], str], ...], Discovery] = {}
DISCOVERED_MEMO = 32  # truth discoveries kept, by their exact (ordered) input


def _discovered(triples: tuple[tuple[str, tuple[Any, ...], str], ...]) -> Discovery:
    """``discover(triples)``, remembered: after a write, the contested facts are often those of
    before (a new claim restating what its outlet said), and the dates of a store share them."""
    found = _DISCOVERED.get(triples)
    if found is None:
        if len(_DISCOVERED) >= DISCOVERED_MEMO:
            _DISCOVERED.clear()
        found = _DISCOVERED[triples] = discover(triples)
    return found


_ITEM_OUTLET = itemgetter(5)
_FIRST = itemgetter(0)
_SECOND = itemgetter(1)


_NONE: Counter[str] = Counter()


def store_key(store: Any) -> str | None:
    """What names a store's contents across store objects (threads open their own): a SQLite
    file by its absolute path, another database by its URL; None for an in-memory or unnamed
    store (its contents are its object's alone: nothing is remembered for it)."""
    path = getattr(store, "path", None)
    if isinstance(path, str):
        return None if path in ("", ":memory:") else "sqlite:" + os.path.abspath(os.path.expanduser(path))
    url = getattr(store, "url", None)
    return str(url) if url else None


def store_generation(store: Any) -> int:
    """The store's write generation (``Store.generation``), else its number of articles."""
    for name in ("generation", "count_documents"):
        try:
            return int(getattr(store, name)())
        except (AttributeError, NotImplementedError):
            continue
    return -1


def reliability_from_records(records: Sequence[ClaimRecord], as_of: date) -> dict[str, float]:
    """{outlet: reliability} from the given records (pure; for harnesses without a store)."""
    return {s.outlet: s.reliability for s in outlet_records_from(records, as_of)}


__all__ = ["CERTAINTY_PRIOR", "Discovery", "combine", "discover", "learned_reliability", "majority",
           "outlet_records", "outlet_records_from", "reliability_from_records", "track_record"]
