"""Fixed facts by weighted agreement among independent sources, and the contradictions."""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from operator import itemgetter
from typing import Any

from ..models import CastValue, DelayValue, Interval, RenewalValue
from .aliases import AliasGroup, group_people_cached, name_parts, roman_key
from .evidence import Item, ResolveSettings, of_kind, strongest
from .model import CastMember, Contradiction, Fact, Side
from .windows import label_of, make


def vote_interval(pairs: Sequence[tuple[Interval, Item]], field: str) -> tuple[Fact | None, Contradiction | None]:
    """Weighted agreement over interval values: a claim supports every value it overlaps;
    the best-supported, narrowest value wins. Non-overlapping values make a contradiction."""
    if not pairs:
        return None, None
    values: dict[tuple[date | None, date | None], list[Item]] = defaultdict(list)
    for window, item in pairs:
        values[(window.start, window.end)].append(item)
    windows = {k: make(*k) for k in values}
    own = {k: _independent_weight(items) for k, items in values.items()}
    score: dict[tuple[date | None, date | None], float] = {}
    for key, window in windows.items():
        score[key] = sum(own[other] for other in values if windows[other].overlaps(window))
    total = sum(own.values()) or 1.0
    best = max(score, key=lambda k: (score[k], -(windows[k].width_days or 99_999)))
    support = [i for k, items in values.items() if windows[k].overlaps(windows[best]) for i in items]
    fact = Fact(field, label_of(windows[best]), min(1.0, score[best] / total),
                tuple(i.evidence for i in _top(support)))
    conflict = None
    if any(not windows[k].overlaps(windows[best]) for k in values):
        sides = tuple(Side(label_of(windows[k]), own[k],
                           tuple(dict.fromkeys(i.outlet for i in items)), tuple(i.evidence for i in _top(items)))
                      for k, items in sorted(values.items(), key=lambda kv: -score[kv[0]]))
        conflict = Contradiction(field, sides, label_of(windows[best]))
    return fact, conflict


_PUBLISHED = itemgetter(4)  # Item.published
_WEIGHT_PUBLISHED = itemgetter(2, 4)  # (Item.weight, Item.published)
_OUTLET = itemgetter(5)  # Item.outlet
_RECORD = itemgetter(0)  # Item.record
EVIDENCE_PER_ITEM = 12  # quotes shown per value, cast member or side (the timeline has them all)


def _top(items: Sequence[Item]) -> list[Item]:
    """The strongest, then newest, pieces of evidence."""
    if len(items) <= EVIDENCE_PER_ITEM:
        return list(items)
    return strongest(items, EVIDENCE_PER_ITEM, _WEIGHT_PUBLISHED)  # as a stable sort on (-weight, -published)


def _independent_weight(items: Sequence[Item]) -> float:
    """Copies of one story (one cluster, or one article) count once: the best weight per report."""
    best: dict[str, float] = {}
    for item in items:
        key = item.record.cluster or item.record.document_id
        best[key] = max(best.get(key, 0.0), item.weight)
    return sum(best.values())


def renewal_date(items: Sequence[Item], season: int | None) -> tuple[Fact | None, Contradiction | None]:
    pairs = []
    for item in items:
        value = item.claim.value
        if (item.season == season and item.claim.polarity == "affirmed" and isinstance(value, RenewalValue)
                and value.status == "renewed" and value.date is not None):
            pairs.append((value.date, item))
    return vote_interval(pairs, "renewal.date")


def previous_premiere(items: Sequence[Item], season: int | None) -> tuple[Fact | None, Contradiction | None]:
    """The premiere of the season before (season 1's premiere for season 2), as reported."""
    if season is None or season < 2:
        return None, None
    pairs = [(i.claim.value, i) for i in items if i.season == season - 1 and i.claim.kind == "release"
             and i.claim.polarity == "affirmed" and isinstance(i.claim.value, Interval)
             and i.claim.value.start and i.claim.value.end and i.published >= i.claim.value.start
             and i.claim.certainty in ("official", "reported")]
    return vote_interval(pairs, f"season_{season - 1}_premiere")


def delay_conflicts(items: Sequence[Item], season: int | None) -> list[Contradiction]:
    """A delay reason that some sources affirm and others deny."""
    sides: dict[str, dict[str, list[Item]]] = defaultdict(lambda: defaultdict(list))
    for item in items:
        if item.season == season and item.claim.kind == "delay_reason" and isinstance(item.claim.value, DelayValue):
            sides[item.claim.value.reason][item.claim.polarity].append(item)
    out = []
    for reason, by_polarity in sides.items():
        if len(by_polarity) == 2:
            out.append(Contradiction(f"delay_reason.{reason}", tuple(
                Side(("" if pol == "affirmed" else "not ") + reason, _independent_weight(group),
                     tuple(dict.fromkeys(i.outlet for i in group)), tuple(i.evidence for i in _top(group)))
                for pol, group in sorted(by_polarity.items()))))
    return out


def cast(items: Sequence[Item], season: int | None, settings: ResolveSettings, *, split: bool = False,
         ) -> list[CastMember]:
    """Returning and new cast as alias groups; a person said to leave (or denied) is marked so.
    ``split``: the items are a split's cast claims of the season (not tested again)."""
    claims = of_kind(items, season, "cast", CastValue, split=split)
    values: list[Any] = [i.claim.value for i in claims]
    if not claims:
        return []
    # what does not depend on the weights is worked out once per list of claims (by record object:
    # the memo holds the records, so their ids are not reused) and alias file
    key = (tuple(map(id, map(_RECORD, claims))), tuple((settings.person_aliases or {}).items()))
    found = _CAST_MEMO.get(key)
    if found is None:
        found = ([i.record for i in claims], _cast_groups(claims, values, settings))
        with _CAST_LOCK:
            if len(_CAST_MEMO) >= _CAST_MEMO_SIZE:
                _CAST_MEMO.pop(next(iter(_CAST_MEMO)))
            _CAST_MEMO[key] = found
    take = claims.__getitem__
    out = [CastMember(group.canonical, group.members[1:], character, status, group.joined_by, outlets,
                      tuple(i.evidence for i in _top(list(map(take, positions)))))
           for group, positions, character, status, outlets in found[1]]
    out = _flag_shared_characters(out)
    out.sort(key=lambda c: (c.status == "leaving", -len(c.sources), c.person))
    return out


_CastGroup = tuple[AliasGroup, list[int], str | None, str, tuple[str, ...]]
_CAST_MEMO: dict[tuple[Any, ...], tuple[list[Any], list[_CastGroup]]] = {}
_CAST_MEMO_SIZE = 16
_CAST_LOCK = threading.Lock()


def _cast_groups(claims: Sequence[Item], values: Sequence[Any], settings: ResolveSettings) -> list[_CastGroup]:
    """Per alias group of the cast claims: the group, its claims' positions in ``claims``, its
    most named character, its status (that of its newest claim) and its outlets."""
    groups = group_people_cached([(v.person, v.character) for v in values], settings.person_aliases)
    by_person: dict[str, list[int]] = defaultdict(list)
    named: dict[str, list[str]] = defaultdict(list)  # each person's claims' characters, in order
    for position, value in enumerate(values):
        by_person[value.person].append(position)
        if value.character:
            named[value.person].append(value.character)
    published = list(map(_PUBLISHED, claims))
    out: list[_CastGroup] = []
    for group in groups:
        positions = [p for member in group.members for p in by_person[member]]
        newest = claims[max(positions, key=published.__getitem__)]
        status = "leaving" if newest.claim.polarity == "negated" else newest.cast.status
        characters = [c for member in group.members for c in named.get(member, ())]
        counts = Counter(characters)
        # the most named character; a tie goes to the one named first (not to a set's hash order)
        character = max(counts, key=counts.__getitem__) if characters else None
        out.append((group, positions, character, status, tuple(dict.fromkeys(map(_OUTLET, map(claims.__getitem__, positions))))))
    return out


def _character_key(character: str) -> str:
    """'Lee Su-hyeok' and 'Su-hyeok' -> the given name's romanisation-insensitive key."""
    parts = name_parts(character)
    return roman_key(parts[-1]) if parts else ""


def _flag_shared_characters(members: list[CastMember]) -> list[CastMember]:
    """Groups that play the same character but share no name (a stage name, a recast) stay apart;
    each names the other as possibly the same person, for the alias file to settle."""
    by_character: dict[str, list[str]] = defaultdict(list)
    for member in members:
        if member.character:
            by_character[_character_key(member.character)].append(member.person)
    out = []
    for member in members:
        others = [p for p in by_character.get(_character_key(member.character or ""), []) if p != member.person]
        out.append(replace(member, possibly_same=tuple(others)) if member.character and others else member)
    return out
