"""The release estimate: premiere detection, candidate windows, bounds, lapsed predictions.

Evolving facts behave as they do in the world: a newer credible claim supersedes an older
one (recency half-life), an official window outweighs a speculative one (certainty prior x
outlet reliability), negated windows are cut out of older claims, a filming end bounds the
premiere from below, and a window that ended before the as-of date is lapsed.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import fields, replace
from datetime import date, timedelta
from itertools import accumulate, compress, repeat
from operator import itemgetter, le
from typing import Any, NamedTuple

from ..models import Claim, Interval, ProductionValue
from ..store.rows import slot_writer
from .evidence import Item, ResolveSettings, evidence_of
from .model import Evidence, Lapsed, ReleaseEstimate
from .windows import add_months, clip_from, label_of, make, subtract

CREDIBLE = ("official", "reported")
_NEAR_DAYS = 31  # a window this narrow is a date (a day or a month), not a guess at a year


class Candidate(NamedTuple):
    """One affirmed window as shaped for the as-of date (a tuple: one per release claim)."""

    item: Item
    window: Interval  # after clipping, cuts and bounds; closed at both ends
    cuts: tuple[str, ...]


def release_items(items: Sequence[Item], season: int | None) -> list[Item]:
    """The season's release claims that carry a window (``Item.window`` is safe on them)."""
    out = []
    for item in items:
        claim = item.claim
        if item.season == season and claim.kind == "release":
            value = claim.value
            if isinstance(value, Interval) and (value.start or value.end):
                out.append(item)
    return out


PredictionKey = tuple[int, str, bool]


def prediction_key(item: Item) -> PredictionKey | None:
    """Affirmed release windows are predictions; claims that share a window (by identity: the store
    shares equal ones), a certainty and whether the window had begun when written share an outcome.
    None for every other claim."""
    claim, value = item.claim, item.claim.value
    if claim.kind == "release" and claim.polarity == "affirmed" and isinstance(value, Interval):
        return (id(value), claim.certainty, value.start is not None and item.published >= value.start)
    return None


def is_report(certainty: str, window: Interval, published: date) -> bool:
    """A credible claim of a day or month written once that window had begun: a report, not a guess."""
    return (certainty in CREDIBLE and window.start is not None and published >= window.start
            and (window.width_days or 10_000) <= _NEAR_DAYS)


def _width(window: Interval) -> int:
    return window.width_days or 10_000


class PremiereBasis:
    """What premiere detection reads of a season's claims, whatever the as-of date: the firm
    (credible, affirmed, a day or a month) release claims, and, worked out when first needed,
    the claims saying the season was not out yet and the reports and moves of release windows.
    Resolution keeps one per selection of claims (see ``status._Season``)."""

    def __init__(self, items: Sequence[Item], season: int | None, releases: Sequence[Item],
                 firm: list[tuple[Item, date, date]] | None = None) -> None:
        self.items, self.season, self.releases = items, season, releases
        self.firm: list[tuple[Item, date, date]] = [] if firm is None else firm  # (claim, start, end) in claim order
        for item in releases if firm is None else ():
            claim = item.claim
            if claim.polarity != "affirmed" or claim.certainty not in CREDIBLE:
                continue
            start, end = claim.value.start, claim.value.end  # type: ignore[union-attr]
            if start is not None and end is not None and (end - start).days < _NEAR_DAYS:
                self.firm.append((item, start, end))
        self._pending: list[tuple[date, Item, date | None]] | None = None
        self._moves: tuple[Mapping[tuple[date, date], set[str]], list[date], list[date]] | None = None
        self._moved: list[tuple[date, date]] = []  # the (day, start) pairs the moves were made of
        self._firm_ends: list[date] | None = None  # the firm claims' window ends, sorted
        # ``find_premiere`` per number of firm claims whose window had ended by the date
        self._premieres: dict[int, tuple[Interval, list[Item]] | None] = {}

    def extended(self, items: Sequence[Item], added: Sequence[Item]) -> PremiereBasis:
        """The basis of ``items``: this one's items followed by ``added`` (what was worked out of
        the first ones is kept; the claims saying the season was not out yet take the new ones in
        their order, after those of the same day)."""
        releases = release_items(added, self.season)
        firm = [*self.firm, *PremiereBasis(added, self.season, releases).firm]
        grown = PremiereBasis(items, self.season, [*self.releases, *releases], firm)
        if self._pending is not None:
            pending = list(self._pending)
            for entry in _not_out_yet(added, self.season):
                pending.insert(bisect_right(pending, entry[0], key=_FIRST), entry)
            grown._pending = pending
        if self._moves is not None:
            more, moved_more = _reports_and_moves(releases)
            reports = defaultdict(set, self._moves[0])
            for span, found in more.items():
                reports[span] = reports[span] | found  # a new set: this basis keeps its own
            moved = list(self._moved)
            for pair in moved_more:  # after those of the same day, as a stable sort puts them
                moved.insert(bisect_right(moved, pair[0], key=_FIRST), pair)
            grown._set_moves(reports, moved)
        return grown

    @property
    def pending(self) -> list[tuple[date, Item, date | None]]:
        if self._pending is None:
            self._pending = _not_out_yet(self.items, self.season)
        return self._pending

    @property
    def moves(self) -> tuple[Mapping[tuple[date, date], set[str]], list[date], list[date]]:
        """(reports per closed window, days of credible window claims in order, the latest window
        start claimed from each of those on)."""
        if self._moves is None:
            reports, moved = _reports_and_moves(self.releases)
            self._set_moves(reports, moved)
        assert self._moves is not None
        return self._moves

    def _set_moves(self, reports: Mapping[tuple[date, date], set[str]], moved: list[tuple[date, date]]) -> None:
        moved.sort(key=_FIRST)
        # the latest start claimed from each claim on: a running maximum from the end
        latest_start: list[date] = list(accumulate(map(_SECOND, reversed(moved)), max))
        latest_start.reverse()
        self._moved, self._moves = moved, (reports, list(map(_FIRST, moved)), latest_start)


class PremiereTimeline:
    """The ``PremiereBasis`` of the claims of a season published by any date, made from what the
    basis of all of them worked out once (learning asks for many dates): each list it keeps is
    in the claims' order or sorted stably by day, so the claims published by a date are a
    filter (or a prefix) of it in the order a basis of those claims alone would give."""

    def __init__(self, items: Sequence[Item], season: int | None, whole: PremiereBasis | None = None) -> None:
        """``whole``: the basis of all ``items`` when the caller has it (what it worked out is kept)."""
        if whole is None:
            whole = PremiereBasis(items, season, release_items(items, season))
        self.whole = whole
        self._days = [item.published for item in items]
        self._release_days = [item.published for item in whole.releases]
        self._firm_days = [entry[0].published for entry in whole.firm]
        self._pending_days = [entry[1].published for entry in whole.pending]
        reports: dict[tuple[date, date], list[tuple[date, str]]] = defaultdict(list)
        for item in whole.releases:  # as ``_reports_and_moves``, with each report's day
            claim = item.claim
            start, end = claim.value.start, claim.value.end  # type: ignore[union-attr]
            if claim.polarity == "affirmed" and start is not None and end is not None and claim.certainty != "speculative":
                reports[(start, end)].append((item.published, item.record.cluster or item.record.document_id))
        for entries in reports.values():
            entries.sort(key=_FIRST)
        self._reports = dict(reports)  # a plain dict: looking up a window nobody reported adds nothing

    def by(self, last: date) -> PremiereBasis | None:
        """The basis of the claims published on or before ``last`` (None when there are none)."""
        whole = self.whole
        items = list(compress(whole.items, map(le, self._days, repeat(last))))
        if not items:
            return None
        basis = PremiereBasis(items, whole.season, list(compress(whole.releases, map(le, self._release_days, repeat(last)))),
                              list(compress(whole.firm, map(le, self._firm_days, repeat(last)))))
        basis._pending = list(compress(whole.pending, map(le, self._pending_days, repeat(last))))
        days = whole.moves[1]  # the moves are sorted by their claims' days: those by ``last`` lead
        basis._set_moves(_ReportsBy(self._reports, last), whole._moved[:bisect_right(days, last)])
        return basis


class _ReportsBy(Mapping[tuple[date, date], set[str]]):
    """``_reports_and_moves``'s reports of the claims published on or before ``last``, read from
    those of every claim with their days (sorted), per window when asked for."""

    def __init__(self, dated: Mapping[tuple[date, date], list[tuple[date, str]]], last: date) -> None:
        self._dated, self._last = dated, last

    def __getitem__(self, span: tuple[date, date]) -> set[str]:
        entries = self._dated.get(span, ())
        count = bisect_right(entries, self._last, key=_FIRST)
        if not count:
            raise KeyError(span)
        return {label for _day, label in entries[:count]}

    def __iter__(self) -> Iterator[tuple[date, date]]:
        return (span for span, entries in self._dated.items() if entries[0][0] <= self._last)

    def __len__(self) -> int:
        return sum(1 for _span in self)


def _reports_and_moves(releases: Sequence[Item]) -> tuple[dict[tuple[date, date], set[str]], list[tuple[date, date]]]:
    """Reports (clusters, else articles) per closed window, and (day, start) of credible window claims."""
    reports: dict[tuple[date, date], set[str]] = defaultdict(set)  # by (start, end): labels differ
    moved: list[tuple[date, date]] = []
    for item in releases:
        claim = item.claim
        if claim.polarity != "affirmed":
            continue
        start, end = claim.value.start, claim.value.end  # type: ignore[union-attr]
        if claim.certainty in CREDIBLE and start is not None:
            moved.append((item.published, start))
        if start is not None and end is not None and claim.certainty != "speculative":
            reports[(start, end)].add(item.record.cluster or item.record.document_id)
    return reports, moved


ReleaseStatic = tuple[Any, ...]  # what ``release_bases`` reads of a release claim: see ``release_static``
_NOTHING = object()  # no "not out yet" entry


def release_static(claim: Claim, published: date, record: Any) -> ReleaseStatic:
    """What ``release_bases`` reads of one release claim, whatever the date and weights: (the
    window's (start, end) when it is affirmed and has an end, else None; its start when a
    credible affirmed window has one (it moves the premiere), else None; a report; counted among
    the reports of its window (closed, not speculative); a near firm date (closed, credible,
    narrower than a month); what counts as one report (its cluster, else its article); the "not
    out yet" entry's expected day (``_NOTHING``: none))."""
    value = claim.value
    if claim.polarity != "affirmed":
        return None, None, False, False, False, "", None if value is None else _NOTHING
    if not isinstance(value, Interval):
        return None, None, False, False, False, "", _NOTHING
    start, end = value.start, value.end
    certainty = claim.certainty
    credible = certainty in CREDIBLE
    closed = start is not None and end is not None
    return ((start, end) if end is not None else None,
            start if credible and start is not None else None,
            end is not None and is_report(certainty, value, published),
            closed and certainty != "speculative",
            closed and credible and (end - start).days < _NEAR_DAYS,  # type: ignore[operator]
            record.cluster or record.document_id,
            start if start is not None and start > published else _NOTHING)


def production_static(claim: Claim, published: date) -> tuple[date, date | None] | None:
    """The "not out yet" entry's (day, expected premiere) of one claim that is not a release claim
    (``_not_out_yet``), whatever the date and weights; None: it has none."""
    value = claim.value
    if claim.polarity != "affirmed" or not isinstance(value, ProductionValue):
        return None
    when = value.when.start if value.when is not None and value.when.start is not None else None
    if value.event == "ongoing" or when is None:
        return published, published  # told as news: under way when written
    if when > published:
        return published, when  # still to come when written
    return when, None


def release_bases(releases_and_more: Sequence[Item], productions: Sequence[Item], season: int | None,
                  releases: Sequence[Item], statics: Sequence[ReleaseStatic] | None = None,
                  production_statics: Sequence[tuple[date, date | None] | None] | None = None,
                  ) -> tuple[PremiereBasis, LapsedBasis]:
    """``PremiereBasis(releases_and_more + productions, season, releases)`` and
    ``LapsedBasis(releases)`` with all they read worked out in one pass: ``releases_and_more`` are
    the season's release claims, ``productions`` its production claims, ``releases`` those release
    claims with a window (``release_items``); ``statics``: ``release_static`` of each of
    ``releases_and_more`` when the caller has them (an index keeps them per claim)."""
    if statics is None:
        statics = [release_static(i.claim, i.published, i.record) for i in releases_and_more]
    firm: list[tuple[Item, date, date]] = []
    pending: list[tuple[date, Item, date | None]] = []
    moved: list[tuple[date, date]] = []
    reports: dict[tuple[date, date], set[str]] = defaultdict(set)
    groups: dict[tuple[date | None, date], list[tuple[Item, bool]]] = defaultdict(list)
    for item, (span, moved_start, report, reportable, near, key, expected) in zip(releases_and_more, statics):
        if expected is not _NOTHING:
            pending.append((item[4], item, expected))  # no date yet, or still expected in the future
        if moved_start is not None:
            moved.append((item[4], moved_start))
        if span is None:
            continue
        groups[span].append((item, report))
        if reportable:
            reports[span].add(key)
        if near:
            firm.append((item, span[0], span[1]))
    if production_statics is None:
        pending.extend(_not_out_yet(productions, season))
    else:  # the same entries in the same order (the sort below is stable)
        pending.extend((found[0], item, found[1]) for item, found in zip(productions, production_statics)
                       if found is not None and item.season == season)
    pending.sort(key=_FIRST)
    basis = PremiereBasis([*releases_and_more, *productions], season, releases, firm)
    basis._pending = pending
    basis._set_moves(reports, moved)
    return basis, LapsedBasis(releases, groups)


def find_premiere(items: Sequence[Item], season: int | None, as_of: date,
                  releases: Sequence[Item] | None = None,
                  basis: PremiereBasis | None = None) -> tuple[Interval, list[Item]] | None:
    """A premiere that happened on or before ``as_of``, by a credible source, if any.

    Either reported after the fact (the article is dated on or after the window's start), or an
    official day (or an official month that two independent firm reports give) that has passed and
    that no newer credible claim moved. A
    premiere that newer claims contradict (filming still going on after it, a premiere still
    expected in the future after it) outweighing its reports is rejected: one misattributed date
    must not release a season. ``items`` are the season's release and production claims;
    ``releases`` their ``release_items`` and ``basis`` their ``PremiereBasis`` when the caller
    has them already.
    """
    if basis is None:
        basis = PremiereBasis(items, season, release_items(items, season) if releases is None else releases)
    # the answer depends on the date only through which firm claims' windows had ended by then:
    # remembered per basis by how many had (a basis kept for many dates answers each set once)
    if basis._firm_ends is None:
        basis._firm_ends = sorted(map(_THIRD, basis.firm))
    ended = bisect_right(basis._firm_ends, as_of)
    if ended not in basis._premieres:
        basis._premieres[ended] = _find_premiere(basis, as_of)
    return basis._premieres[ended]


def _find_premiere(basis: PremiereBasis, as_of: date) -> tuple[Interval, list[Item]] | None:
    after: list[Item] = []
    official: list[tuple[Item, tuple[date, date]]] = []  # with its window's ends (the firm claim's)
    for item, start, end in basis.firm:
        if end > as_of:
            continue
        if item.published >= start:
            after.append(item)
        elif item.claim.certainty == "official":
            official.append((item, (start, end)))
    if not after and not official:
        return None
    pending = basis.pending
    found = _first_standing(after, pending) if after else None
    if found is not None or not official:
        return found
    reports, published, latest_start = basis.moves
    official = [(i, span) for i, span in official if span[0] == span[1] or len(reports.get(span, ())) >= 2]
    moved = latest_start
    by_span: dict[tuple[date, date], list[Item]] = defaultdict(list)
    for item, span in official:
        by_span[span].append(item)
    tried: set[tuple[date, date]] = set()
    # the newest announcements first; among those of one day, the earliest date (it came first)
    for item, span in sorted(official, key=lambda pair: (-pair[0].published.toordinal(), pair[1][0])):
        if span in tried:
            continue
        tried.add(span)
        first_later = bisect_right(published, item.published)
        if first_later < len(moved) and latest_start[first_later] > span[1]:
            continue  # a newer credible claim moved it
        # ``_ranked_days`` of claims of one window: that window, supported by them all in order
        window, support = make(*span), list(by_span[span])
        if not _contradicted(window, support, pending):
            return window, support
    return None


_FIRST = itemgetter(0)
_SECOND = itemgetter(1)
_THIRD = itemgetter(2)
_LAPSED: Callable[..., Lapsed] = slot_writer(Lapsed, tuple(f.name for f in fields(Lapsed)))  # made by the hundred
_OUTLET = itemgetter(5)  # Item.outlet
_WEIGHT = itemgetter(2)  # Item.weight


def _first_standing(after: Sequence[Item], pending: Sequence[tuple[date, Item, date | None]],
                    ) -> tuple[Interval, list[Item]] | None:
    """The best-supported after-the-fact report that stands (not contradicted, not hearsay); a
    season out in parts premiered with its first part: an earlier, well-supported report wins."""
    ranked = _Ranked(after)

    def stands(key: tuple[date, date]) -> list[Item] | None:
        window, support = make(*key), ranked.support(key)
        if _contradicted(window, support, pending) or _same_day_hearsay(window, support):
            return None
        return support

    for index, key in enumerate(ranked.order):
        support = stands(key)
        if support is None:
            continue
        top = ranked.score[key]
        for other in ranked.order[index + 1:]:
            if ranked.score[other] >= 0.5 * top and other[1] < key[0]:
                other_support = stands(other)
                if other_support is not None:
                    key, support = other, other_support
        return make(*key), support
    return None


def _same_day_hearsay(window: Interval, support: Sequence[Item]) -> bool:
    """Only one report, written on the very day it names: more often the day of an announcement
    ("today the streamer confirmed...") than of a premiere."""
    reports = {i.record.cluster or i.record.document_id for i in support}
    return len(reports) < 2 and all(i.published == window.start for i in support)


_GRACE = timedelta(days=14)  # reports lag: a claim this soon after a premiere may predate it


def _not_out_yet(items: Sequence[Item], season: int | None) -> list[tuple[date, Item, date | None]]:
    """(day, claim, expected premiere) for claims saying the season was not out yet that day."""
    out: list[tuple[date, Item, date | None]] = []
    add = out.append
    for item in items:  # speculative ones count only against a report in their own article
        if item.season != season:
            continue
        claim = item.claim
        value, published = claim.value, item.published
        if claim.kind == "release":
            if claim.polarity == "negated" and value is None:
                add((published, item, None))  # "no release date yet"
            elif (claim.polarity == "affirmed" and isinstance(value, Interval)
                  and value.start is not None and value.start > published):
                add((published, item, value.start))  # still expected in the future
        elif claim.polarity == "affirmed" and isinstance(value, ProductionValue):
            when = value.when.start if value.when is not None and value.when.start is not None else None
            if value.event == "ongoing" or when is None:
                add((published, item, published))  # told as news: under way when written
            elif when > published:
                add((published, item, when))  # still to come when written
            else:
                add((when, item, None))
    out.sort(key=_FIRST)
    return out


def _contradicted(window: Interval, support: Sequence[Item],
                  pending: Sequence[tuple[date, Item, date | None]]) -> bool:
    """Do claims made after the premiere (past a grace for lagging reports), or claims made once it
    had begun that still expect it weeks later, outweigh the premiere's reports?"""
    assert window.start is not None and window.end is not None
    limit = window.end + _GRACE
    against: dict[str, float] = {}
    reporting = {i.record.document_id for i in support}
    ceiling = sum({i.record.cluster or i.record.document_id: i.weight for i in support}.values())
    total = 0.0
    end = window.end
    # ``pending`` is sorted by day and every contradiction is dated on or after the window's start;
    # read by position (most calls stop early: a copy of the rest of the list would cost more)
    for index in range(bisect_left(pending, window.start, key=_FIRST), len(pending)):
        day, item, expected = pending[index]
        claim = item.claim
        if claim.certainty == "speculative" and item.record.document_id not in reporting:
            continue
        late = limit if claim.kind == "release" else end  # production: no reporting lag
        if day > limit or (expected is not None and expected > late):
            record = item.record
            key = record.cluster or record.document_id
            weight, before = item.weight, against.get(key, 0.0)
            if weight > before:
                total += weight - before
                against[key] = weight
                if total >= ceiling:
                    return True  # outweighed even by the whole backing
    if not against:
        return False
    backing: dict[str, float] = {}
    for item in support:
        key = item.record.cluster or item.record.document_id
        if key not in against:  # an article that also says the season is still to come backs nothing
            backing[key] = max(backing.get(key, 0.0), item.weight)
    return sum(against.values()) >= sum(backing.values())


class _Ranked:
    """Distinct reported (closed) windows, best supported first (a wider claim supports a day in
    it); the supporting claims of a window are gathered only when asked for."""

    def __init__(self, items: Sequence[Item]) -> None:
        self.groups: dict[tuple[date, date], list[Item]] = defaultdict(list)
        for item in items:
            self.groups[item.span].append(item)
        # the windows by start (with their number in the groups' order): those that hold or
        # overlap a window start at most the widest width before it, found by bisection and
        # then taken in the groups' order (the sums add the same weights in the same order)
        self._keys = keys = list(self.groups)
        numbered = sorted(zip(map(_FIRST, keys), range(len(keys))))
        self._starts = [start for start, _n in numbered]
        self._numbers = [n for _start, n in numbered]
        self._widest = max((end - start for start, end in keys), default=timedelta(0))
        weight = {w: sum(i.weight for i in group) for w, group in self.groups.items()}
        self.score = {w: sum(weight[o] for o in self._near(w[1], w[0]) if w[1] <= o[1]) for w in keys}
        self.order = sorted(self.groups, key=lambda w: (-self.score[w], (w[1] - w[0]).days, w[0]))

    def _near(self, low: date, high: date) -> list[tuple[date, date]]:
        """The windows starting from ``low`` less the widest width to ``high``, in the groups' order."""
        numbers = self._numbers[bisect_left(self._starts, low - self._widest):bisect_right(self._starts, high)]
        numbers.sort()
        return list(map(self._keys.__getitem__, numbers))

    def support(self, key: tuple[date, date]) -> list[Item]:
        return [i for w in self._near(key[0], key[1]) if key[0] <= w[1] for i in self.groups[w]]


def _ranked_days(items: Sequence[Item]) -> list[tuple[Interval, list[Item], float]]:
    ranked = _Ranked(items)
    return [(make(*k), ranked.support(k), ranked.score[k]) for k in ranked.order]


def lapsed_windows(items: Sequence[Item], season: int | None, as_of: date,
                   premiere: date | None, releases: Sequence[Item] | None = None,
                   basis: LapsedBasis | None = None) -> list[Lapsed]:
    """Predicted windows that ended before as-of (or before the premiere) without it."""
    if basis is None:
        basis = LapsedBasis(release_items(items, season) if releases is None else releases)
    return basis.lapsed(premiere or as_of, premiere is None)


class LapsedBasis:
    """The affirmed release windows with an end, grouped by window in order of their ends, each
    claim marked when it was a report (told once its window had begun): the lapsed windows of any
    as-of date are a prefix of that order, and each one is made once."""

    def __init__(self, releases: Sequence[Item],
                 groups: dict[tuple[date | None, date], list[tuple[Item, bool]]] | None = None) -> None:
        known = groups is not None
        groups = defaultdict(list) if groups is None else groups
        for item in releases if not known else ():
            claim = item.claim
            window: Interval = claim.value  # type: ignore[assignment]
            if claim.polarity != "affirmed" or window.end is None:
                continue
            groups[(window.start, window.end)].append((item, is_report(claim.certainty, window, item.published)))
        self.groups = groups
        self.order = sorted(groups, key=lambda k: (k[1], k[0] or k[1]))
        self.ends = [k[1] for k in self.order]
        self._made: dict[tuple[tuple[date | None, date], bool], Any] = {}  # Lapsed, or None: no prediction

    def lapsed(self, limit: date, without_premiere: bool) -> list[Lapsed]:
        out = []
        made, groups = self._made, self.groups
        for key in self.order[:bisect_left(self.ends, limit)]:
            found = made.get((key, without_premiere), made)  # the memo itself: not made yet
            if found is made:
                found = made[(key, without_premiere)] = _lapsed_of(key, groups[key], without_premiere)
            if found is not None:
                out.append(found)
        return out


_MADE: dict[tuple[tuple[date | None, date], bool], tuple[tuple[list[tuple[Item, bool]], Lapsed | None], ...]] = {}
MADE_MEMO = 4096  # windows kept across bases (a few seasons' worth)
MADE_PER_WINDOW = 6  # entries kept per window


def _lapsed_of(key: tuple[date | None, date], pairs: list[tuple[Item, bool]], without_premiere: bool) -> Lapsed | None:
    """The Lapsed entry of one window's (claim, report) pairs, or None (no prediction among them).
    Remembered across bases by the window and the pairs themselves (equal claims, weights and
    days make an equal entry): a new selection (another as-of date, a write, weights changed for
    one outlet) mostly holds the same groups as the one before, and makes only the others."""
    kept = _MADE.get((key, without_premiere), ())
    first = pairs[0][0].record
    for seen, lapsed in kept:
        # the same record objects (one store's claims) first: equal records of another store are
        # compared field by field, dearer than making the entry
        if len(seen) == len(pairs) and seen[0][0].record is first and seen == pairs:
            return lapsed
    # with no premiere found, a claim told as already out is not a prediction
    group = [i for i, report in pairs if not report] if without_premiere else list(map(_FIRST, pairs))
    lapsed = _LAPSED(make(*key), tuple(dict.fromkeys(map(_OUTLET, group))), evidence_of(group[:12])) if group else None
    if len(_MADE) >= MADE_MEMO:
        _MADE.clear()
    # a few per window, newest first: stores (or lists of claims) asked about in turn keep theirs
    _MADE[(key, without_premiere)] = ((list(pairs), lapsed), *kept[:MADE_PER_WINDOW - 1])
    return lapsed


def lower_bounds(items: Sequence[Item], season: int | None, as_of: date) -> list[tuple[date, str, Item]]:
    """Days the premiere cannot precede: a filming end, filming not begun as of a date."""
    out: list[tuple[date, str, Item]] = []
    for item in items:
        claim = item.claim
        value = claim.value
        if (item.season != season or claim.kind != "production" or claim.certainty == "speculative"
                or not isinstance(value, ProductionValue) or value.stage != "filming"):
            continue
        found = _filming_bound(claim, value, item.published)
        if found is not None:
            out.append((*found, item))
    return out


def bound_static(claim: Claim, published: date) -> tuple[date, str] | None:
    """The (day, why) ``lower_bounds`` reads of one claim, whatever the date and weights."""
    value = claim.value
    if (claim.kind != "production" or claim.certainty == "speculative" or not isinstance(value, ProductionValue)
            or value.stage != "filming"):
        return None
    return _filming_bound(claim, value, published)


def _filming_bound(claim: Claim, value: ProductionValue, published: date) -> tuple[date, str] | None:
    when = value.when
    if claim.polarity == "affirmed" and value.event == "end" and when:
        day = when.start or when.end
        if day:
            return day, f"filming ends {label_of(when)}"
    if claim.polarity == "negated" and value.event in ("start", "ongoing"):
        seen = (claim.as_of.end if claim.as_of and claim.as_of.end else published)
        return add_months(seen, 4), f"filming had not begun as of {seen.isoformat()}"
    return None


def candidates(items: Sequence[Item], season: int | None, as_of: date,
               releases: Sequence[Item] | None = None,
               bounds: Sequence[tuple[date, str, Item]] | None = None) -> list[Candidate]:
    """Every affirmed window, clipped to the future, cut by later negations, bounded below.

    The work is done once per distinct (window, negations that apply, bound that applies): a
    negation cuts the claims published up to its newest copy, so which of them apply is a
    threshold on the publication day (one bisection), and so is the bound."""
    releases = release_items(items, season) if releases is None else releases
    # a window that ended before as-of is no candidate whatever cuts it (``clip_from`` drops it):
    # most claims of a long-discussed season, passed over before anything else is worked out
    open_: list[Item] = []
    grouped: dict[tuple[date | None, date | None], list[Item]] = defaultdict(list)
    for item in releases:  # one pass: the open affirmed windows, the negations by window
        claim = item.claim
        window: Interval = claim.value  # type: ignore[assignment]
        if claim.polarity == "affirmed":
            if window.end is None or window.end >= as_of:
                open_.append(item)
        elif claim.polarity == "negated":
            grouped[(window.start, window.end)].append(item)
    if not open_:
        return []
    # a negated window that ended before as-of cannot touch a window clipped to start on or after it
    negations = [(group[0].window, max(group, key=lambda i: i.published)) for group in grouped.values()
                 if group[0].window.end is None or group[0].window.end >= as_of]
    negation_days = sorted(newest.published for _window, newest in negations)
    # the negations that cut a claim published before the ``number``-th newest negation's day:
    # those as new as that day, in their order (``_shape`` applies them in turn)
    applicable: dict[int, list[tuple[Interval, Item]]] = {}
    bounds = sorted(lower_bounds(items, season, as_of) if bounds is None else bounds, key=lambda b: b[2].published)
    days = [b[2].published for b in bounds]
    best_after: list[int] = [0] * len(bounds)  # index of the latest bound day from i onwards
    for index in range(len(bounds) - 1, -1, -1):
        later = best_after[index + 1] if index + 1 < len(bounds) else index
        best_after[index] = index if bounds[index][0] >= bounds[later][0] else later
    memo: dict[tuple[int, int, int], tuple[Interval | None, tuple[str, ...]]] = {}
    month = timedelta(days=30)
    out = []
    for item in open_:
        claim = item.claim
        published = item.published
        first = bisect_left(days, published - month) if days else 0
        bound_index = best_after[first] if first < len(bounds) else -1
        # the window by identity: the store shares equal windows; unequal objects only miss the memo
        key = (id(claim.value), bisect_left(negation_days, published) if negation_days else 0, bound_index)
        shaped = memo.get(key)
        if shaped is None:
            bound = bounds[bound_index] if bound_index >= 0 else None
            number = key[1]
            cutting = applicable.get(number)
            if cutting is None:
                day = negation_days[number] if number < len(negation_days) else None
                cutting = applicable[number] = [] if day is None else [
                    pair for pair in negations if pair[1].published >= day]
            shaped = memo[key] = _shape(item.window, published, as_of, cutting, bound)
        if shaped[0] is not None:
            out.append(Candidate(item, shaped[0], shaped[1]))
    return out


def _shape(value: Interval, published: date, as_of: date, negations: Sequence[tuple[Interval, Item]],
           bound: tuple[date, str, Item] | None) -> tuple[Interval | None, tuple[str, ...]]:
    window: Interval | None = clip_from(value, as_of)
    cuts: list[str] = []
    for negated, newest in negations:
        if window is None:
            break
        if newest.published < published or not window.overlaps(negated):
            continue  # a negation cuts the claims made before it, not the newer ones
        cut = subtract(window, negated)
        if cut != window:
            cuts.append(f"not {label_of(negated)} ({newest.outlet})")
        window = cut
    if window is not None and bound is not None:
        cut = clip_from(window, bound[0])
        if cut != window:
            cuts.append(bound[1])
        window = cut
    if window is None:
        return None, ()
    if window.end is None and window.start is not None:
        window = make(window.start, add_months(window.start, 12) - timedelta(days=1))
    if window.start is None:
        return None, ()
    return window, tuple(cuts)


def _recency(item: Item, as_of: date, settings: ResolveSettings) -> float:
    age = max((as_of - item.published).days, 0)
    return float(0.5 ** (age / settings.half_life_days))


def choose(cands: Sequence[Candidate], as_of: date, settings: ResolveSettings) -> tuple[Candidate, float, list[Item]]:
    """The candidate with the most recency-weighted support; its confidence; its supporters.

    A candidate's score is its own fresh weight plus half the fresh weight of every other
    candidate whose window overlaps its own (computed per distinct window and per distinct
    publication day: linear in claims)."""
    decay: dict[date, float] = {}  # recency per publication day
    fresh = []
    for cand in cands:
        factor = decay.get(cand.item.published)
        if factor is None:
            factor = decay[cand.item.published] = _recency(cand.item, as_of, settings)
        fresh.append(cand.item.weight * factor)
    total = sum(fresh) or 1.0
    by_window: dict[tuple[date | None, date | None], float] = defaultdict(float)
    keys = [(cand.window.start, cand.window.end) for cand in cands]
    for key, weight in zip(keys, fresh):
        by_window[key] += weight
    windows = {k: make(*k) for k in by_window}
    near = {k: sum(by_window[o] for o in windows if windows[o].overlaps(w)) for k, w in windows.items()}
    best_index, best_score = 0, -1.0
    for index, (key, weight) in enumerate(zip(keys, fresh)):
        score = weight + 0.5 * (near[key] - weight)
        if score > best_score:
            best_index, best_score = index, score
    best = cands[best_index]
    best_key = keys[best_index]
    share = min(1.0, (fresh[best_index] + 0.5 * (near[best_key] - fresh[best_index])) / total)
    overlapping = {k: windows[k].overlaps(best.window) for k in windows}
    support = [best.item] + [c.item for c, k in zip(cands, keys) if c is not best and overlapping[k]]
    prior = settings.certainty_prior.get(best.item.claim.certainty, 0.5)
    return best, round(min(0.95, share * (0.4 + 0.6 * prior)), 3), support


def estimate(items: Sequence[Item], season: int | None, as_of: date, settings: ResolveSettings,
             stage_hint: tuple[str, date | None], releases: Sequence[Item] | None = None,
             bounds: Sequence[tuple[date, str, Item]] | None = None) -> ReleaseEstimate | None:
    """The best current window when the season has not premiered (None when nothing supports one;
    ``bounds``: the ``lower_bounds`` of ``items`` when the caller has them)."""
    cands = candidates(items, season, as_of, releases, bounds)
    if cands:
        best, confidence, support = choose(cands, as_of, settings)
        claim = best.item.claim
        fallback = _from_stage(stage_hint, as_of)
        if fallback is not None and _sliver(claim, best.window):
            return replace(fallback, why=fallback.why + f"; the claimed {label_of(claim.value)} has all but "
                           "passed without a date", evidence=tuple(_evidence(support)))
        basis = "official" if claim.certainty == "official" else "claimed"
        why = (f"{claim.certainty} claim by {best.item.outlet} ({best.item.published.isoformat()}): "
               f"{label_of(claim.value)}")
        if len(support) > 1:
            why += f"; {len(support) - 1} other claim(s) overlap"
        if best.cuts:
            why += "; narrowed by " + ", ".join(best.cuts)
        return ReleaseEstimate(best.window, confidence, why, basis,
                               tuple(_evidence(support)), best.cuts)
    return _from_stage(stage_hint, as_of)


def _sliver(claim: Claim, window: Interval) -> bool:
    """An unofficial window of three months or more with a month or less of it left: it is far
    more likely to lapse than to be met in its last days."""
    value = claim.value
    if claim.certainty == "official" or not isinstance(value, Interval) or value.start is None or value.end is None:
        return False
    return (value.end - value.start).days >= 90 and (window.width_days or 0) <= 31


def _evidence(items: Sequence[Item]) -> list[Evidence]:
    # a stable sort by weight, strongest first, keeping 12: without sorting all
    return [i.evidence for i in heapq.nlargest(12, items, key=_WEIGHT)]


def _from_stage(stage_hint: tuple[str, date | None], as_of: date) -> ReleaseEstimate | None:
    """With no window claimed: the usual gap between a production stage and a premiere."""
    stage, since = stage_hint
    spans = {"post_production": (2, 12), "filming": (6, 20), "pre_production": (9, 27)}
    if stage not in spans or since is None:
        return None
    low, high = spans[stage]
    start = max(add_months(since, low), as_of)
    end = max(add_months(since, high), add_months(start, 6))
    window = make(start, end)
    return ReleaseEstimate(window, 0.15, f"no window claimed; a season in {stage.replace('_', '-')} "
                           f"since {since.isoformat()} usually premieres {low}-{high} months later",
                           "production-stage")
