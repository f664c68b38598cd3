"""``resolve_status``: one evidence-backed Status per season, as of a date (a pure function)."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from ..models import ClaimRecord, Interval, RenewalValue
from . import facts, release, stage
from .evidence import DEFAULT, Item, ResolveSettings, evidence_of
from .model import (
    CastMember,
    Contradiction,
    Evidence,
    Fact,
    ReleaseEstimate,
    Renewal,
    SourceRecord,
    Status,
)
from .pause import collector_paused
from .selection import MergedItems, PredictionCounts, Split, index_for
from .selection import predictions as _predictions


def resolve_status(records: Sequence[ClaimRecord], work: str, season: int | None, as_of: date,
                   settings: ResolveSettings = DEFAULT) -> Status:
    """The status of ``work`` season ``season`` from the claims published on or before ``as_of``.

    ``records`` may hold claims about other works and seasons: only those about this work (by
    work key, title aliases and titles like "Squid Game 2") are used. The previous season's
    claims give its premiere as a fixed fact.

    What depends only on the selected claims (renewal, cast, contradictions, per-outlet counts)
    is worked out once per distinct selection (see ``_Season``); what depends on the date
    (premiere, estimate, stage, lapsed windows, outcomes of predictions) on every call.
    """
    with collector_paused():
        return _resolve_status(records, work, season, as_of, settings)


def _resolve_status(records: Sequence[ClaimRecord], work: str, season: int | None, as_of: date,
                    settings: ResolveSettings) -> Status:
    prep = _prepare(records, work, season, as_of, settings)
    kind, releases = prep.kind, prep.releases
    premiere = release.find_premiere(prep.release_production, season, as_of, releases, prep.premiere_basis)
    known = {"renewal_known": prep.renewal_state,  # the same claims: core's renewals
             "production_known": stage.production_stage(kind["production"], season, as_of, prep.stage_statics, split=True)}
    estimate: ReleaseEstimate | None
    if premiere is not None:
        window, support = premiere
        estimate = ReleaseEstimate(window, 0.95 if window.precision == "day" else 0.8,
                                   f"premiered {window.display()}, reported by "
                                   + ", ".join(dict.fromkeys(i.outlet for i in support)),
                                   "released", tuple(i.evidence for i in facts._top(support)))
    else:
        pre = stage.decide(prep.core, season, as_of, None, None, prep.mine, **known)  # type: ignore[arg-type]
        estimate = release.estimate(prep.release_production, season, as_of, settings,
                                    (pre.stage, pre.since), releases, prep.bounds)
    decision = stage.decide(prep.core, season, as_of, premiere, estimate, prep.mine, **known)  # type: ignore[arg-type]
    premiere_day = premiere[0].start if premiere else None
    return Status(
        work=prep.name, season=season, as_of=as_of, stage=decision.stage,
        stage_why=decision.why, stage_evidence=tuple(i.evidence for i in facts._top(decision.items)),
        release=estimate, renewal=prep.renewal, cast=prep.cast,
        lapsed=tuple(release.lapsed_windows(kind["release"], season, as_of, premiere_day, releases,
                                            prep.lapsed_basis)),
        contradictions=prep.contradictions, facts=prep.facts,
        sources=tuple(_source_records(prep.outlets, prep.predictions, as_of, premiere_day, settings)),
        timeline=prep.timeline, claims_used=len(prep.mine), articles_used=prep.articles,
        title_aliases=prep.title_aliases,
    )


class _Season(NamedTuple):
    """What resolution derives from one selection of claims alone, whatever the as-of date."""

    mine: Sequence[Item]
    kind: dict[str, list[Item]]
    releases: list[Item]
    release_production: list[Item]
    core: list[Item]
    renewal_state: tuple[str, list[Item]]
    renewal: Renewal
    cast: tuple[CastMember, ...]
    contradictions: tuple[Contradiction, ...]
    facts: tuple[Fact, ...]
    outlets: _OutletCounts
    predictions: PredictionCounts
    premiere_basis: release.PremiereBasis
    lapsed_basis: release.LapsedBasis
    timeline: tuple[Evidence, ...]
    articles: int
    name: str
    title_aliases: tuple[str, ...]
    stage_statics: list[stage.StageStatic] | None  # ``stage.stage_static`` of each of ``kind["production"]``
    bounds: list[tuple[date, str, Item]] | None  # ``release.lower_bounds`` of the season's claims


_KINDS = ("release", "production", "renewal", "cast", "delay_reason")
_PREPARED: dict[tuple[Any, ...], tuple[tuple[ClaimRecord, ...], _Season]] = {}
PREPARED_MEMO = 32  # selections kept (a web server asks about a few seasons, again and again)


def _prepare(records: Sequence[ClaimRecord], work: str, season: int | None, as_of: date,
             settings: ResolveSettings) -> _Season:
    """The as-of-independent part of a status, remembered per selection: the same record objects,
    the same number of them published by the as-of date (the set of claims published by a date
    only grows, so the count names the set), the same settings by value. The memo holds the
    records, so their ids are not reused while it is kept."""
    ids = tuple(map(id, records))
    index = index_for(records, ids, work, settings)  # per claim of these records, whatever the date
    key = (ids, work, season, bisect_right(index.all_days, as_of), _fingerprint(settings))
    found = _PREPARED.get(key)
    if found is not None:
        return found[1]
    selection = index.select(as_of, settings)
    split = selection.split(season)
    # every selected item only to name the work when the season has none of its own
    prepared = _season(split.mine or selection.items, split, work, season, settings)
    if len(_PREPARED) >= PREPARED_MEMO:
        _PREPARED.clear()
    _PREPARED[key] = (tuple(records), prepared)
    return prepared


def _fingerprint(settings: ResolveSettings) -> tuple[Any, ...]:
    """Settings by value (their mappings are rebuilt per call by the store-facing functions)."""
    out: list[Any] = []
    for name in settings.__dataclass_fields__:
        value = getattr(settings, name)
        out.append(tuple(sorted(value.items())) if isinstance(value, Mapping) else value)
    return tuple(out)


def _season(items: Sequence[Item], split: Split, work: str, season: int | None, settings: ResolveSettings) -> _Season:
    """``split``: ``selection.split_items(items, season)`` (or the same gathered from an index)."""
    mine, kind, before, spellings = split.mine, dict(split.kind), split.before, split.spellings
    for name in _KINDS:
        kind.setdefault(name, [])
    kinds = dict(kind)  # a plain dict from here on: nothing is added to a remembered selection
    renewal_status, renewal_items = stage.renewal_state(kinds["renewal"], season, split=True)
    date_fact, date_conflict = facts.renewal_date(kinds["renewal"], season)
    prev_fact, prev_conflict = facts.previous_premiere(before, season)
    conflicts = [c for c in (date_conflict, prev_conflict) if c is not None]
    conflicts += facts.delay_conflicts(kinds["delay_reason"], season)
    renewal = Renewal(
        renewal_status,
        _window_of(date_fact, kinds["renewal"], season) if date_fact else None,
        date_fact.confidence if date_fact else (1.0 if renewal_status != "unknown" else 0.0),
        tuple(i.evidence for i in facts._top(renewal_items)),
    )
    name = _display_name(mine or items, work)
    releases = split.releases
    release_production = kinds["release"] + kinds["production"]
    return _Season(
        mine, kinds, releases, release_production,
        kinds["production"] + kinds["renewal"], (renewal_status, renewal_items), renewal,
        tuple(facts.cast(kinds["cast"], season, settings, split=True)), tuple(conflicts),
        tuple(f for f in (date_fact, prev_fact) if f is not None),
        _counts(split.claims, split.reports, split.certainties, settings.certainty_prior),
        split.predictions, *release.release_bases(
            kinds["release"], kinds["production"], season, releases, split.statics,
            None if split.production_statics is None else list(map(_FIRST, split.production_statics))),
        evidence_of(mine) if settings.include_timeline else (),
        split.documents, name, tuple(sorted(spellings - {name})),
        None if split.production_statics is None else list(map(_SECOND, split.production_statics)),
        None if split.production_statics is None else [
            (*found[2], item) for item, found in zip(kinds["production"], split.production_statics)
            if found[2] is not None],
    )


def _window_of(fact: object, items: Sequence[Item], season: int | None) -> Interval | None:
    """The interval a fact's label came from (the renewal date)."""
    from .windows import label_of

    for item in items:
        value = item.claim.value
        if (item.season == season and isinstance(value, RenewalValue) and value.date is not None
                and label_of(value.date) == getattr(fact, "value", None)):
            return value.date
    return None


def _display_name(items: Sequence[Item], fallback: str) -> str:
    newest = items.tail(500) if isinstance(items, MergedItems) else items[-500:]
    names = Counter(i.claim.work for i in newest)  # the newest spellings
    return names.most_common(1)[0][0] if names else fallback


def prediction_outcome(window: Interval, published: date, as_of: date, premiere: date | None,
                       certainty: str = "expected") -> str:
    """came_true | lapsed | pending | report (a credible date told once it had begun)."""
    if release.is_report(certainty, window, published):
        return "report"
    if premiere is not None:
        return "came_true" if window.contains(premiere) else "lapsed"
    if window.end is not None and window.end < as_of:
        return "lapsed"
    return "pending"


_FIRST, _SECOND, _THIRD = itemgetter(0), itemgetter(1), itemgetter(2)
_START, _END = attrgetter("start"), attrgetter("end")
_OUTLET = attrgetter("outlet")
_CERTAINTY = attrgetter("claim.certainty")
_DOCUMENT = attrgetter("record.document_id")
_CLUSTER = attrgetter("record.cluster")


class _OutletCounts(NamedTuple):
    claims: Counter[str]  # claims per outlet
    reports: Counter[str]  # distinct reports (a near-duplicate cluster, else an article) per outlet
    best_prior: dict[str, float]  # the strongest certainty prior among its claims


def _outlet_counts(items: Sequence[Item], prior: Mapping[str, float]) -> _OutletCounts:
    outlets = list(map(_OUTLET, items))  # the per-claim reads below run in C (map, zip, Counter)
    # distinct reports per outlet from the distinct (outlet, cluster, article) triples: as many
    # as articles, not claims
    triples = set(zip(outlets, map(_CLUSTER, items), map(_DOCUMENT, items)))
    reports = Counter(outlet for outlet, _ in {(o, c or d) for o, c, d in triples})
    return _counts(Counter(outlets), reports, set(zip(outlets, map(_CERTAINTY, items))), prior)


def _counts(claims: Counter[str], reports: Counter[str], certainties: set[tuple[str, str]],
            prior: Mapping[str, float]) -> _OutletCounts:
    best_prior: dict[str, float] = {}
    for outlet, certainty in certainties:
        weight = prior.get(certainty, 0.5)
        if weight > best_prior.get(outlet, -1.0):
            best_prior[outlet] = weight
    return _OutletCounts(claims, reports, best_prior)


def source_records(items: Sequence[Item], as_of: date, premiere: date | None,
                   settings: ResolveSettings, releases: Sequence[Item] | None = None) -> list[SourceRecord]:
    """Each outlet's claims about this season and how its release predictions fared
    (``releases``: the release claims among ``items``, when the caller has them)."""
    counts = _outlet_counts(items, settings.certainty_prior)
    return _source_records(counts, PredictionCounts.of(_predictions(items if releases is None else releases)),
                           as_of, premiere, settings)


def _source_records(counts: _OutletCounts, predictions: PredictionCounts, as_of: date,
                    premiere: date | None, settings: ResolveSettings) -> list[SourceRecord]:
    from .evidence import reliability_of

    alike_of, alikes, outlet_of = _alike_columns(predictions.table)
    outcomes: list[str] = []  # per (window ends, report or not): predictions alike share an outcome
    for start, end, report in alikes:
        if report:  # as ``prediction_outcome``, from the window alone
            outcomes.append("report")
        elif premiere is not None:
            outcomes.append("came_true" if (start is None or start <= premiere) and (end is None or premiere <= end)
                            else "lapsed")
        else:
            outcomes.append("lapsed" if end is not None and end < as_of else "pending")
    # claims per outlet of each outcome, a pair at a time (a pair: one outlet, one outcome class)
    tallies: dict[str, dict[str, int]] = {"came_true": {}, "lapsed": {}, "pending": {}, "report": {}}
    predicting: dict[str, None] = {}  # the outlets with a prediction, in order of their first pair
    for number, count in predictions.counts.items():
        if count:
            outlet, tally = outlet_of[number], tallies[outcomes[alike_of[number]]]
            tally[outlet] = tally.get(outlet, 0) + count
            predicting[outlet] = None
    came_true, lapsed, pending = tallies["came_true"], tallies["lapsed"], tallies["pending"]
    claims, reports, best_prior = counts
    out = []
    for outlet in {**dict.fromkeys(claims), **predicting}:  # an outlet may predict only
        learned = reliability_of(outlet, settings)
        out.append(SourceRecord(outlet, claims.get(outlet, 0), reports[outlet], came_true.get(outlet, 0),
                                lapsed.get(outlet, 0), pending.get(outlet, 0), best_prior[outlet], learned, learned))
    out.sort(key=lambda s: (-s.claims, s.outlet))
    return out


_ALIKE: dict[int, tuple[Sequence[Any], tuple[list[int], list[tuple[date | None, date | None, bool]], list[str]]]] = {}


def _alike_columns(table: Sequence[tuple[Interval, bool, str]],
                   ) -> tuple[list[int], list[tuple[date | None, date | None, bool]], list[str]]:
    """Per prediction pair of ``table``: the number of its (window ends, report or not) class, the
    classes, and its outlet; remembered per table object (an index's table does not change once
    made: ``selection._Index.pairs``; the memo holds it, so its id is not reused)."""
    found = _ALIKE.get(id(table))
    if found is not None and found[0] is table:
        return found[1]
    # an index grown by a write copies its parent's table and appends to it: the columns of the
    # longest remembered table that this one starts with grow by the rest
    start, alike_of, outlets = 0, list[int](), list[str]()
    numbered: dict[tuple[date | None, date | None, bool], int] = {}
    for kept, (old_of, old_alikes, old_outlets) in _ALIKE.values():
        size = len(old_of)
        if start < size <= len(table) and len(kept) == size and table[:size] == kept:
            start, alike_of, numbered, outlets = size, old_of, dict(zip(old_alikes, range(len(old_alikes)))), old_outlets
    rest = table[start:]
    windows = list(map(_FIRST, rest))
    alike_of = [*alike_of, *(numbered.setdefault(key, len(numbered))
                             for key in zip(map(_START, windows), map(_END, windows), map(_SECOND, rest)))]
    columns = (alike_of, list(numbered), [*outlets, *map(_THIRD, rest)])
    if len(_ALIKE) >= 8:
        _ALIKE.clear()
    _ALIKE[id(table)] = (table, columns)
    return columns
