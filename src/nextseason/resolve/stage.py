"""The stage of a season's lifecycle, with the claims that decided it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import compress, repeat
from operator import and_, attrgetter, eq, gt, itemgetter

from ..models import Claim, Interval, ProductionValue, RenewalValue
from .evidence import Item, describe, of_kind
from .model import ReleaseEstimate

CREDIBLE = ("official", "reported")
_THRESHOLD, _KEY = itemgetter(0), itemgetter(1)  # of a ``stage_static``
_SEASON, _CLAIM = itemgetter(1), itemgetter(3)  # Item.season, Item.claim
_VALUE, _KIND, _STATUS, _POLARITY = attrgetter("value"), attrgetter("kind"), attrgetter("status"), attrgetter("polarity")


@dataclass(frozen=True, slots=True)
class StageDecision:
    stage: str
    why: str
    items: tuple[Item, ...] = ()
    since: date | None = None  # when the stage began (for the production-stage window)


def renewal_state(items: Sequence[Item], season: int | None, *, split: bool = False) -> tuple[str, list[Item]]:
    """renewed | cancelled | unknown from the newest credible renewal claims (``split``: the items
    are a split's renewal claims of the season, not tested again)."""
    renewals = of_kind(items, season, "renewal", RenewalValue, split=split)
    claims = list(map(_CLAIM, renewals))
    values = list(map(_VALUE, claims))
    statuses = list(map(_STATUS, values))
    score = {"renewed": 0.0, "cancelled": 0.0}
    for item, claim, status in zip(renewals, claims, statuses):
        if claim.polarity == "negated":
            # "not cancelled" speaks for renewal; "not renewed (yet)" speaks for neither firmly
            if status == "cancelled":
                score["renewed"] += 0.5 * item.weight
            continue
        if claim.certainty == "speculative":
            continue
        score[status] += item.weight
    if score["cancelled"] > score["renewed"]:
        return "cancelled", list(compress(renewals, map(eq, statuses, repeat("cancelled"))))
    if score["renewed"] > 0:
        return "renewed", list(compress(renewals, map(and_, map(eq, statuses, repeat("renewed")),
                                                      map(eq, map(_POLARITY, claims), repeat("affirmed")))))
    return "unknown", renewals


StageStatic = tuple[date, tuple[date, int]]  # see ``stage_static``
_NO_KEY = (date.min, -3)  # below every claim's key: the claim does not decide a stage


def stage_static(claim: Claim, published: date) -> StageStatic:
    """What ``production_stage`` ranks a claim by, for every as-of date from a threshold on:
    (threshold, key); the key is ``_NO_KEY`` for a claim that never decides a stage, and the
    threshold ``date.max`` when the key keeps depending on the as-of date (a stage that ended in
    a window still open)."""
    value = claim.value
    if claim.kind != "production" or claim.certainty == "speculative" or not isinstance(value, ProductionValue):
        return date.min, _NO_KEY
    when = value.when
    threshold = date.min
    if claim.polarity != "negated":
        if when and when.start:
            threshold = when.start  # from then on it is not a stage still to come
        if value.event == "end" and when:
            if when.end is None:
                return date.max, _NO_KEY  # the middle of the part of ``when`` up to as-of moves with it
            threshold = max(threshold, when.end)
    found = _stage_key(Item(None, None, 0.0, claim, published, ""), threshold)  # type: ignore[arg-type]
    return threshold, _NO_KEY if found is None else (found[1] or date.min, _rank(found[0]))



def production_stage(items: Sequence[Item], season: int | None, as_of: date,
                     statics: Sequence[StageStatic] | None = None, *, split: bool = False) -> StageDecision | None:
    """The stage the newest non-speculative production claims put the season in (``statics``:
    ``stage_static`` of each item, when the caller has them: the claims whose keys hold on
    ``as_of`` are then ranked in C, not one by one; ``split``: the items are a split's, all of the
    season)."""
    if statics is not None and items and (split or all(map(eq, map(_SEASON, items), repeat(season)))):
        keys = list(map(_KEY, statics))
        # the few claims whose keys still depend on the date (as-of before their threshold)
        for at in compress(range(len(keys)), map(gt, map(_THRESHOLD, statics), repeat(as_of))):
            found = _stage_key(items[at], as_of)
            keys[at] = _NO_KEY if found is None else (found[1] or date.min, _rank(found[0]))
        best_at = max(range(len(keys)), key=keys.__getitem__)  # the first of the newest, as below
        return None if keys[best_at] == _NO_KEY else _stage_of(items[best_at], as_of)
    best: Item | None = None
    best_key: tuple[date, int] | None = None
    for item in items:
        claim = item.claim
        if (item.season != season or claim.kind != "production" or claim.certainty == "speculative"
                or not isinstance(claim.value, ProductionValue)):
            continue
        found = _stage_key(item, as_of)
        if found is None:
            continue
        # the newest event wins (a recap of an old stage in a newer article does not send it back)
        key = (found[1] or date.min, _rank(found[0]))
        if best_key is None or key > best_key:
            best, best_key = item, key
    return _stage_of(best, as_of) if best is not None else None


def _stage_key(item: Item, as_of: date) -> tuple[str, date | None] | None:
    """(stage, since) of ``_stage_of`` without its words: decided for every claim, worded once."""
    claim = item.claim
    value: ProductionValue = claim.value  # type: ignore[assignment]
    when = value.when
    if claim.polarity == "negated":
        if value.stage == "filming" and value.event in ("start", "ongoing"):
            return "pre_production", (claim.as_of.end if claim.as_of and claim.as_of.end else item.published)
        return None
    if when and when.start and when.start > as_of:
        if value.stage == "filming" and value.event == "start":
            return "pre_production", item.published
        if value.event == "end":
            return value.stage, item.published
        return None
    if value.event == "end":
        nxt = {"pre_production": "filming", "filming": "post_production"}.get(value.stage, "post_production")
        return nxt, (_middle(when, as_of) if when else item.published)
    if value.event == "ongoing":
        return value.stage, (claim.as_of.end if claim.as_of and claim.as_of.end else item.published)
    return value.stage, (when.start if when and when.start else item.published)


_ORDER = ("pre_production", "filming", "post_production")


def _rank(stage: str) -> int:
    return _ORDER.index(stage) if stage in _ORDER else -1


def _middle(when: Interval, as_of: date) -> date:
    """The middle of the part of ``when`` that is not after ``as_of`` ("filming ended in 2024",
    asked in June 2024: around March)."""
    first = when.start or when.end or as_of
    last = min(when.end or as_of, as_of)
    if last < first:
        return first
    return first + (last - first) / 2


def _stage_of(item: Item, as_of: date) -> StageDecision | None:
    value = item.production
    when = value.when
    started = when.start if when and when.start else item.published
    if value.event == "ongoing":
        started = item.claim.as_of.end if item.claim.as_of and item.claim.as_of.end else item.published
    if item.claim.polarity == "negated":
        if value.stage == "filming" and value.event in ("start", "ongoing"):
            seen = item.claim.as_of.end if item.claim.as_of and item.claim.as_of.end else item.published
            return StageDecision("pre_production", "filming had not begun", (item,), seen)
        return None
    if when and when.start and when.start > as_of:
        if value.stage == "filming" and value.event == "start":
            return StageDecision("pre_production", f"filming to start {describe(item.claim.kind, item.claim.value)}", (item,),
                                 item.published)
        if value.event == "end":
            return StageDecision(value.stage, f"{describe(item.claim.kind, item.claim.value)}, still under way", (item,), item.published)
        return None
    if value.event == "end":
        nxt = {"pre_production": "filming", "filming": "post_production"}.get(value.stage, "post_production")
        end = _middle(when, as_of) if when else item.published
        return StageDecision(nxt, f"{value.stage.replace('_', '-')} ended", (item,), end)
    return StageDecision(value.stage, f"{value.stage.replace('_', '-')} {value.event}", (item,), started)


_UNSET = StageDecision("", "")  # "not computed yet" (None is a valid production stage)


def decide(items: Sequence[Item], season: int | None, as_of: date,
           premiere: tuple[Interval, Sequence[Item]] | None,
           release: ReleaseEstimate | None, others: Sequence[Item] = (), *,
           renewal_known: tuple[str, list[Item]] | None = None,
           production_known: StageDecision | None = _UNSET) -> StageDecision:
    """released > cancelled > dated > production stage > renewed > rumored > unknown.

    ``items`` are the production and renewal claims; ``others`` every claim about the season
    (the evidence of a release date; "rumored" rather than "unknown"). ``renewal_known`` and
    ``production_known`` are ``renewal_state`` and ``production_stage`` of the same claims when
    the caller has them already (resolution asks twice: before and after the estimate)."""
    if premiere is not None:
        window, support = premiere
        return StageDecision("released", f"premiered {window.display()}", tuple(support), window.start)
    renewal, renewal_items = renewal_known if renewal_known is not None else renewal_state(items, season)
    if renewal == "cancelled":
        return StageDecision("cancelled", "credible sources report it cancelled", tuple(renewal_items))
    if release is not None and release.basis == "official" and (release.window.width_days or 999) <= 31:
        return StageDecision("dated", f"officially dated: {release.label}",
                             tuple(_items_of(others or items, release)))
    prod = production_stage(items, season, as_of) if production_known is _UNSET else production_known
    if prod is not None:
        return prod
    if renewal == "renewed":
        first = min((i.published for i in renewal_items), default=None)
        return StageDecision("renewed", "renewal reported", tuple(renewal_items[:5]), first)
    season_items = [i for i in (others or items) if i.season == season]
    if season_items:
        return StageDecision("rumored", "talked about, not confirmed", tuple(season_items[-3:]),
                             season_items[0].published)
    return StageDecision("unknown", "no claims about this season")


def _items_of(items: Sequence[Item], release: ReleaseEstimate) -> list[Item]:
    wanted = {(e.doc_id, e.quote) for e in release.evidence}
    return [i for i in items if (i.record.doc_id, i.claim.quote) in wanted]
