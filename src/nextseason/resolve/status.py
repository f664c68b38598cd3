"""``resolve_status``: one evidence-backed Status per season, as of a date (a pure function)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date
from operator import attrgetter

from ..models import ClaimRecord, Interval, RenewalValue
from . import facts, release, stage
from .evidence import DEFAULT, Item, ResolveSettings, select
from .model import ReleaseEstimate, Renewal, SourceRecord, Status


def resolve_status(records: Sequence[ClaimRecord], work: str, season: int | None, as_of: date,
                   settings: ResolveSettings = DEFAULT) -> Status:
    """The status of ``work`` season ``season`` from the claims published on or before ``as_of``.

    ``records`` may hold claims about other works and seasons: only those about this work (by
    work key, title aliases and titles like "Squid Game 2") are used. The previous season's
    claims give its premiere as a fixed fact.
    """
    items = select(records, work, as_of, settings)
    mine, kind, before, spellings = _split(items, season)
    core = kind["production"] + kind["renewal"]  # what the stage is decided from (and the estimate)
    releases = release.release_items(kind["release"], season)  # once: every step below reads them
    premiere = release.find_premiere(kind["release"] + kind["production"], season, as_of, releases)
    renewal_status, renewal_items = stage.renewal_state(kind["renewal"], season)
    known = {"renewal_known": (renewal_status, renewal_items),  # the same claims: core's renewals
             "production_known": stage.production_stage(core, season, as_of)}
    estimate: ReleaseEstimate | None
    if premiere is not None:
        window, support = premiere
        estimate = ReleaseEstimate(window, 0.95 if window.precision == "day" else 0.8,
                                   f"premiered {window.display()}, reported by "
                                   + ", ".join(dict.fromkeys(i.outlet for i in support)),
                                   "released", tuple(i.evidence for i in facts._top(support)))
    else:
        pre = stage.decide(core, season, as_of, None, None, mine, **known)  # type: ignore[arg-type]
        estimate = release.estimate(kind["release"] + kind["production"], season, as_of, settings,
                                    (pre.stage, pre.since), releases)
    decision = stage.decide(core, season, as_of, premiere, estimate, mine, **known)  # type: ignore[arg-type]
    date_fact, date_conflict = facts.renewal_date(kind["renewal"], season)
    prev_fact, prev_conflict = facts.previous_premiere(before, season)
    conflicts = [c for c in (date_conflict, prev_conflict) if c is not None]
    conflicts += facts.delay_conflicts(kind["delay_reason"], season)
    renewal = Renewal(
        renewal_status,
        _window_of(date_fact, kind["renewal"], season) if date_fact else None,
        date_fact.confidence if date_fact else (1.0 if renewal_status != "unknown" else 0.0),
        tuple(i.evidence for i in facts._top(renewal_items)),
    )
    premiere_day = premiere[0].start if premiere else None
    name = _display_name(mine or items, work)
    return Status(
        work=name, season=season, as_of=as_of, stage=decision.stage,
        stage_why=decision.why, stage_evidence=tuple(i.evidence for i in facts._top(decision.items)),
        release=estimate, renewal=renewal, cast=tuple(facts.cast(kind["cast"], season, settings)),
        lapsed=tuple(release.lapsed_windows(kind["release"], season, as_of, premiere_day, releases)),
        contradictions=tuple(conflicts),
        facts=tuple(f for f in (date_fact, prev_fact) if f is not None),
        sources=tuple(source_records(mine, as_of, premiere_day, settings, kind["release"])),
        timeline=tuple(i.evidence for i in mine) if settings.include_timeline else (),
        claims_used=len(mine), articles_used=len(set(map(_DOCUMENT, mine))),
        title_aliases=tuple(sorted(spellings - {name})),
    )


def _split(items: Sequence[Item], season: int | None,
           ) -> tuple[list[Item], defaultdict[str, list[Item]], list[Item], set[str]]:
    """One pass: the season's claims, the same by kind, the previous season's release claims,
    and every spelling of the title."""
    mine: list[Item] = []
    kind: defaultdict[str, list[Item]] = defaultdict(list)
    before: list[Item] = []
    spellings: set[str] = set()
    previous = season - 1 if season is not None else None
    for item in items:
        claim = item.claim
        spellings.add(claim.work)
        if item.season == season:
            mine.append(item)
            kind[claim.kind].append(item)
        elif previous is not None and item.season == previous and claim.kind == "release":
            before.append(item)
    return mine, kind, before, spellings


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
    names = Counter(i.claim.work for i in items[-500:])  # the newest spellings
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


_OUTLET = attrgetter("outlet")
_CERTAINTY = attrgetter("claim.certainty")
_DOCUMENT = attrgetter("record.document_id")
_CLUSTER = attrgetter("record.cluster")


def source_records(items: Sequence[Item], as_of: date, premiere: date | None,
                   settings: ResolveSettings, releases: Sequence[Item] | None = None) -> list[SourceRecord]:
    """Each outlet's claims about this season and how its release predictions fared
    (``releases``: the release claims among ``items``, when the caller has them)."""
    from .evidence import reliability_of

    per: dict[str, Counter[str]] = defaultdict(Counter)
    prior = settings.certainty_prior
    outlets = list(map(_OUTLET, items))  # the per-claim reads below run in C (map, zip, Counter)
    claims: Counter[str] = Counter(outlets)
    # distinct reports (a near-duplicate cluster, else an article) per outlet, from the distinct
    # (outlet, cluster, article) triples: as many as articles, not claims
    triples = set(zip(outlets, map(_CLUSTER, items), map(_DOCUMENT, items)))
    reports = Counter(outlet for outlet, _ in {(o, c or d) for o, c, d in triples})
    best_prior: dict[str, float] = {}
    for outlet, certainty in set(zip(outlets, map(_CERTAINTY, items))):
        weight = prior.get(certainty, 0.5)
        if weight > best_prior.get(outlet, -1.0):
            best_prior[outlet] = weight
    # a prediction's outcome depends on its window, its certainty and whether it was written
    # once the window had begun: decided once per distinct such triple (windows are shared objects)
    outcomes: dict[tuple[int, str, bool], str] = {}
    for item in items if releases is None else releases:
        claim = item.claim
        value = claim.value
        if claim.kind == "release" and claim.polarity == "affirmed" and isinstance(value, Interval):
            key = (id(value), claim.certainty, value.start is not None and item.published >= value.start)
            outcome = outcomes.get(key)
            if outcome is None:
                outcome = outcomes[key] = prediction_outcome(value, item.published, as_of, premiere, claim.certainty)
            per[item.outlet][outcome] += 1
    for outlet, count in claims.items():
        per[outlet]["claims"] = count
    out = []
    for outlet, counts in per.items():
        learned = reliability_of(outlet, settings)
        out.append(SourceRecord(outlet, counts["claims"], reports[outlet], counts["came_true"],
                                counts["lapsed"], counts["pending"], best_prior[outlet], learned, learned))
    out.sort(key=lambda s: (-s.claims, s.outlet))
    return out
