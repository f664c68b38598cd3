"""Selection of a work's claims through a per-claim index: ``evidence.select`` and the one-pass
split of ``status`` (the season's claims by kind, outlets, predictions), with the same items in
the same order, for any as-of date and any weights.

What ``select`` decides per claim whatever the date and the weights (the title test, the season,
the outlet, what decides the weight, the near-duplicate copy it is) is worked out once per list
of records (a store generation's claims about a work); so is what the split reads of each claim.
The claims outside near-duplicate clusters are kept sorted by (publication day, position in the
store): those published by a date are a prefix of that order, and a call gathers them in C
(``map``/``zip`` over columns) instead of testing each claim in Python. Only the clustered claims
are decided per call (which copy is the strongest depends on the weights).
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from copy import copy
from datetime import date
from itertools import compress, repeat
from operator import add, attrgetter, eq, itemgetter, ne
from typing import Any, NamedTuple

from ..models import Claim, ClaimRecord, Interval
from .aliases import split_title
from .evidence import Item, ResolveSettings, canonical_title
from .release import bound_static, is_report, prediction_key, production_static, release_items, release_static
from .stage import StageStatic, stage_static

_RECORD, _SEASON, _CLAIM, _OUTLET, _FIRST = itemgetter(0), itemgetter(1), itemgetter(3), itemgetter(5), itemgetter(0)
_WORK, _CERTAINTY, _DOCUMENT = attrgetter("work"), attrgetter("certainty"), attrgetter("document_id")


def _report_of(record: ClaimRecord) -> str:
    """What counts as one report: the near-duplicate cluster, else the article."""
    return record.cluster or record.document_id


_PUBLISHED = itemgetter(4)  # Item.published
_WEIGHING, _DAY = itemgetter(5), itemgetter(3)  # of a clustered row
_SECOND = itemgetter(1)
_DAY_POSITION = itemgetter(0, 1)
Weighing = tuple[str, str, bool]  # (certainty, outlet, inferred date): what decides a claim's weight
PredictionKey = tuple[int, str, bool]  # as ``release.prediction_key``


class Predictions(NamedTuple):
    """Affirmed release windows alike for scoring (``release.prediction_key``: one window, certainty,
    report or not; or, from an index, the same ends and report or not: the same outcome)."""

    window: Interval
    report: bool  # a credible day or month told once it had begun (``release.is_report``)
    outlets: dict[str, int]  # how many such claims each outlet made


class PredictionCounts(NamedTuple):
    """Prediction claims counted per (window, report or not, outlet): ``counts`` by number in
    ``table``. Claims alike for scoring (``release.prediction_key``, or the same window ends and
    report or not: the same outcome) may be counted under one number or several."""

    counts: Mapping[int, int]
    table: Sequence[tuple[Interval, bool, str]]

    @classmethod
    def of(cls, found: Iterable[Predictions]) -> PredictionCounts:
        found = list(found)
        table = [(window, report, outlet) for window, report, outlets in found for outlet in outlets]
        counts = [count for _window, _report, outlets in found for count in outlets.values()]
        return cls(dict(enumerate(counts)), table)


class Split(NamedTuple):
    """One pass over the selected claims for a season (what ``status._season`` starts from)."""

    mine: Sequence[Item]  # the season's claims (a ``MergedItems`` from an index)
    kind: dict[str, list[Item]]  # the same by kind
    before: list[Item]  # the previous season's release claims
    spellings: set[str]  # every spelling of the title among the selected claims
    releases: list[Item]  # the season's release claims with a window (``release.release_items``)
    claims: Counter[str]  # the season's claims per outlet
    reports: Counter[str]  # distinct reports (a near-duplicate cluster, else an article) per outlet
    certainties: set[tuple[str, str]]  # (outlet, certainty) pairs among the season's claims
    predictions: PredictionCounts  # of the season's release claims
    documents: int  # distinct articles among the season's claims
    statics: list[Any] | None = None  # ``release.release_static`` of each of ``kind["release"]``, when known
    production_statics: list[Any] | None = None  # ``production_statics`` of each of ``kind["production"]``


def production_statics(claim: Claim, published: date) -> tuple[Any, StageStatic, tuple[date, str] | None]:
    """What resolution reads of a production claim whatever the date and weights: its
    ``release.production_static``, its ``stage.stage_static`` and its ``release.bound_static``."""
    return production_static(claim, published), stage_static(claim, published), bound_static(claim, published)


def predictions(items: Iterable[Item]) -> list[Predictions]:
    """The prediction groups (``release.prediction_key``) of release claims, with counts per outlet."""
    groups: dict[PredictionKey, Predictions] = {}
    for item in items:
        key = prediction_key(item)
        if key is None:
            continue
        group = groups.get(key)
        if group is None:
            value = item.claim.value
            assert isinstance(value, Interval)  # prediction_key holds only for release windows
            group = groups[key] = Predictions(value, is_report(item.claim.certainty, value, item.published), {})
        group.outlets[item.outlet] = group.outlets.get(item.outlet, 0) + 1
    return list(groups.values())


def split_items(items: Sequence[Item], season: int | None) -> Split:
    """The split of any list of selected items (the reference for ``Selection.split``)."""
    mine: list[Item] = []
    kind: dict[str, list[Item]] = {}
    before: list[Item] = []
    spellings: set[str] = set()
    previous = season - 1 if season is not None else None
    for item in items:
        claim = item.claim
        spellings.add(claim.work)
        if item.season == season:
            mine.append(item)
            kind.setdefault(claim.kind, []).append(item)
        elif previous is not None and item.season == previous and claim.kind == "release":
            before.append(item)
    outlets = [i.outlet for i in mine]
    reports = Counter(o for o, _ in {(i.outlet, i.record.cluster or i.record.document_id) for i in mine})
    return Split(mine, kind, before, spellings, release_items(kind.get("release", []), season), Counter(outlets),
                 reports, set(zip(outlets, (i.claim.certainty for i in mine))),
                 PredictionCounts.of(predictions(kind.get("release", []))), len({i.record.document_id for i in mine}),
                 [release_static(i.claim, i.published, i.record) for i in kind.get("release", [])],
                 [production_statics(i.claim, i.published) for i in kind.get("production", [])])


class _SeasonRows(NamedTuple):
    """Positions (in the plain order) of a season's claims: all, by kind, with a release window,
    and the previous season's release claims."""

    mine: Sequence[int]  # a range when every plain claim is the season's
    kind: dict[str, list[int]]
    releases: list[int]
    before: list[int]


class _Firsts(NamedTuple):
    """A season's plain claims by position (what ``Selection._plain_sums`` counts of those
    published by a date, a prefix of the plain order): each outlet's positions, in order of its
    first claim; the distinct (outlet, article) and (outlet, certainty) pair numbers and articles,
    each with its first position, in that order."""

    outlets: dict[str, list[int]]
    reports: tuple[list[int], list[int]]
    certainties: tuple[list[int], list[int]]
    documents: tuple[list[str], list[int]]

    def outlets_by(self, count: int) -> Counter[str]:
        """Claims per outlet among the first ``count`` plain claims, in order of first claim."""
        return Counter({outlet: bisect_left(positions, count) for outlet, positions in self.outlets.items()
                        if positions[0] < count})

    def reports_by(self, count: int) -> list[int]:
        return _before(self.reports, count)

    def certainties_by(self, count: int) -> list[int]:
        return _before(self.certainties, count)

    def documents_by(self, count: int) -> list[str]:
        return _before(self.documents, count)


def _first_order(positions: list[int], column: Sequence[Any]) -> tuple[list[Any], list[int]]:
    """The distinct values of ``column`` at the (ascending) positions in order of first position, and those positions."""
    first = dict(zip(reversed(list(map(column.__getitem__, positions))), reversed(positions)))  # the last write: the first
    order = sorted(first.items(), key=_SECOND)
    return list(map(_FIRST, order)), list(map(_SECOND, order))


def _before(values: tuple[list[Any], list[int]], count: int) -> list[Any]:
    """The values first met before position ``count``."""
    return values[0][:bisect_left(values[1], count)]


class _Index:
    """Per claim of one list of records and one work (see the module's note). ``extended`` makes
    the index of a longer list that starts with the same records (a store read after a write):
    only the new claims are looked at."""

    def __init__(self, work: str, settings: ResolveSettings) -> None:
        self.work, self.settings = work, settings
        self.records: tuple[ClaimRecord, ...] = ()  # held: the ids that key the memo are not reused
        self._titles: dict[str, tuple[bool, int | None]] = {}
        self._numbers: dict[Weighing, int] = {}
        self._copies: dict[Hashable, int] = {}
        self._pair_numbers: dict[tuple[Any, ...], int] = {}
        # (outlet, article) and (outlet, certainty) pairs, numbered: a season's distinct ones are a set of numbers
        self._reports: dict[tuple[str, str], int] = {}
        self._certainties: dict[tuple[str, str], int] = {}
        self.pairs: list[tuple[Interval, bool, str]] = []  # by number: window, report or not, outlet
        # the plain claims sorted by (day, position): day, position, record, season, claim, outlet,
        # weighing, document, the numbers of its (outlet, document) and (outlet, certainty) pairs,
        # prediction pair, kind, whether it is a release claim with a window, title,
        # ``release.release_static`` (release claims)
        self.rows: list[tuple[Any, ...]] = []
        self.clustered: list[tuple[ClaimRecord, int | None, Claim, date, str, int, int]] = []
        # per clustered record (by id: ``records`` holds them): its ``release.release_static`` or
        # ``release.production_static`` (else None) and its prediction pair's number (-1: none)
        self.copy_statics: dict[int, tuple[Any, int]] = {}
        self.all_days: list[date] = []  # the publication days of every record (any work), sorted
        self._columns_kept: list[Sequence[Any]] = []
        # the plain items of the latest ``select`` (weights table, count, items, rows added since,
        # each where it went): the next call with the same count makes only the items whose weight
        # changed and those of the new rows
        # (the latest two: calls with default weights and calls with learned ones may take turns)
        self._lasts: tuple[tuple[list[float], int, list[Any], list[int]], ...] = ()
        # the copies chosen by the latest ``select`` dated after every clustered claim (weights
        # table, chosen per copy key), and the clustered claims per copy key (made when needed)
        self._chosens: tuple[tuple[list[float], dict[int, Item]], ...] = ()
        self._members: dict[int, list[tuple[Any, ...]]] | None = None
        self._columns()

    def extended(self, records: Sequence[ClaimRecord]) -> _Index:
        """The index of ``records``, whose first ``len(self.records)`` are this index's records."""
        new = copy(self)
        for name in ("_titles", "_numbers", "_copies", "_pair_numbers", "_reports", "_certainties"):
            setattr(new, name, dict(getattr(self, name)))
        new.pairs, new.rows, new.clustered = list(self.pairs), list(self.rows), list(self.clustered)
        new.all_days, new.copy_statics = list(self.all_days), dict(self.copy_statics)
        new.records = tuple(records)
        inserted = new._add(len(self.records))
        if len(new.clustered) != len(self.clustered):  # new copies: chosen afresh, members gathered again
            new._chosens, new._members = (), None
        # every plain item of calls after every plain claim; the new rows go in (in order, each
        # where it went) at the next call (other calls' items: positions moved, not the new index's)
        new._lasts = tuple((last[0], len(new.rows), last[2], [at for at, _row in inserted]) for last in self._lasts
                           if last[1] == len(self.rows) and not last[3]
                           and len(self.rows) + len(inserted) == len(new.rows))
        new._columns(inserted, self.titles)
        new._grow_sums(self, [row for _at, row in inserted])
        if len(self.rows) + len(inserted) == len(new.rows):
            for season, rows in self._seasons.items():
                new._seasons[season] = _grown_rows(rows, season, inserted, len(new.rows))
        return new

    def _grow_sums(self, old: _Index, added: list[tuple[Any, ...]]) -> None:
        """The sums of every plain claim of a season (``Selection._plain_sums`` at a date after them
        all), from ``old``'s and the ``added`` rows: what the first answer after a write counts."""
        for (season, count), sums in list(old.sums.items()):
            if count != len(old.rows):
                continue
            mine = [row for row in added if row[3] == season]
            outlets, counted = Counter(sums.outlets), Counter(sums.counted)
            outlets.update(row[5] for row in mine)
            counted.update(row[10] for row in mine if row[11] == "release")
            self.sums[(season, len(self.rows))] = _PlainSums(
                outlets, sums.reports.union(self.report_pairs[row[8]] for row in mine),
                sums.certainties.union(self.certainty_pairs[row[9]] for row in mine),
                sums.documents.union(row[7] for row in mine), counted)

    def _add(self, start: int) -> list[tuple[int, tuple[Any, ...]]]:
        """Take in the records from ``start``; returns where each new row went, in order."""
        days = sorted(r.published for r in self.records[start:] if r.published is not None)
        if self.all_days and days and days[0] < self.all_days[-1] and len(days) <= 64:
            for day in days:  # a few days among the others: put in place, not sorted again
                insort(self.all_days, day)
        elif self.all_days and days and days[0] < self.all_days[-1]:
            self.all_days = sorted(self.all_days + days)
        else:
            self.all_days.extend(days)
        added = []
        for position in range(start, len(self.records)):
            record = self.records[position]
            published = record.published
            if published is None:
                continue
            claim = record.claim
            decided = self._titles.get(claim.work)
            if decided is None:
                decided = self._titles[claim.work] = split_title(canonical_title(claim.work, self.settings), self.work)
            if not decided[0]:
                continue
            season = claim.season if claim.season is not None else decided[1]
            outlet = record.domain or record.doc_id
            weighing = self._numbers.setdefault((claim.certainty, outlet, record.published_inferred),
                                                len(self._numbers))
            if record.cluster is not None:
                copy_key = (record.cluster, season, claim.kind, claim.value, claim.polarity)
                self.clustered.append((record, season, claim, published, outlet, weighing,
                                       self._copies.setdefault(copy_key, len(self._copies))))
                self.copy_statics[id(record)] = (
                    (release_static(claim, published, record), self.pair(Item(record, season, 0.0, claim, published, outlet)))
                    if claim.kind == "release" else
                    (production_statics(claim, published) if claim.kind == "production" else None, -1))
                continue
            value = claim.value
            window = claim.kind == "release" and isinstance(value, Interval) and bool(value.start or value.end)
            added.append((published, position, record, season, claim, outlet, weighing, record.document_id,
                          self._number((outlet, record.document_id), self._reports),
                          self._number((outlet, claim.certainty), self._certainties),
                          self.pair(Item(record, season, 0.0, claim, published, outlet)), claim.kind, window,
                          claim.work, release_static(claim, published, record) if claim.kind == "release"
                          else production_statics(claim, published) if claim.kind == "production" else None))
        added.sort(key=_DAY_POSITION)
        inserted = []
        if not self.rows or not added or added[0][:2] > self.rows[-1][:2]:
            inserted = list(enumerate(added, len(self.rows)))
            self.rows.extend(added)
        else:
            for row in added:  # a few new claims dated among the older ones
                at = bisect_right(self.rows, row)
                self.rows.insert(at, row)
                inserted.append((at, row))
        return inserted

    def _columns(self, inserted: list[tuple[int, tuple[Any, ...]]] | None = None,
                 titles_kept: dict[str, int] | None = None) -> None:
        """The rows as columns; ``inserted``: the rows added since the columns of the index this one
        was copied from (``extended``), put into copies of its columns (no new transposition);
        ``titles_kept``: that index's ``titles``, grown by the inserted rows."""
        columns: list[Sequence[Any]]
        kept = len(self._columns_kept[0]) if self._columns_kept else -1
        grown = inserted is not None and titles_kept is not None and kept + len(inserted) == len(self.rows)
        if inserted and kept + len(inserted) == len(self.rows) and inserted[0][0] == kept:  # appended
            columns = [list(column) for column in self._columns_kept]
            for column, values in zip(columns, zip(*(row for _at, row in inserted))):
                column.extend(values)  # type: ignore[attr-defined]
        elif inserted is not None and kept + len(inserted) == len(self.rows) and len(inserted) <= 64:
            columns = [list(column) for column in self._columns_kept]
            for at, row in inserted:
                for column, value in zip(columns, row):
                    column.insert(at, value)  # type: ignore[attr-defined]
        else:
            columns = list(zip(*self.rows)) if self.rows else [()] * 15
        self._columns_kept = columns
        (days, _positions, recs, seasons, claims, outlets, weighings, self.documents, self.reports,
         self.certainties, self.pair_ids, self.kinds, self.windows, titles, self.statics) = columns
        self.days = days
        self.plain: tuple[Sequence[Any], ...] = (recs, seasons, claims, days, outlets, weighings)
        self.weighings: list[Weighing] = list(self._numbers)
        self.report_pairs, self.certainty_pairs = list(self._reports), list(self._certainties)
        self.titles: dict[str, int]  # each spelling of the title: its first position
        if grown and inserted is not None and titles_kept is not None:
            self.titles = _grown_titles(titles_kept, inserted)
        else:  # the last assignment of reversed order
            self.titles = dict(zip(reversed(titles), reversed(range(len(titles)))))
        self._seasons: dict[int | None, _SeasonRows] = {}
        self._firsts: dict[int | None, _Firsts] = {}
        # per (season, number of plain claims published by a date): what ``Selection.split`` counts
        # of those plain claims, whatever the weights (never changed: each call adds to copies)
        self.sums: dict[tuple[int | None, int], _PlainSums] = {}

    def select(self, as_of: date, settings: ResolveSettings) -> Selection:
        """The items ``evidence.select`` gives for the date and weights (the title aliases are the index's)."""
        prior, reliability = settings.certainty_prior, settings.reliability
        default, inferred = settings.default_reliability, settings.inferred_date_factor
        table: list[float] = []
        for certainty, outlet, late in self.weighings:
            weight = prior.get(certainty, 0.5) * reliability.get(outlet, default)
            table.append(weight * inferred if late else weight)
        count = bisect_right(self.days, as_of)
        recs, seasons, claims, days, outlets, weighings = (
            self.plain if count == len(self.days) else (column[:count] for column in self.plain))
        make = tuple.__new__
        last: Any = None
        remade: set[int] | None = None
        for last in self._lasts:
            if last[1] != count or len(last[0]) > len(table):
                continue
            # a latest call's items, but for those whose weight changed (an outlet's reliability
            # learned again: a write, another date) and the rows new since: equal items, made again
            # (unless most weights changed: then all are made anew, in C)
            changed = [*map(ne, table, last[0]), *repeat(True, len(table) - len(last[0]))]
            if sum(map(changed.__getitem__, weighings)) + len(last[3]) <= count // 4:  # counted in C
                remade = {*compress(range(count), map(changed.__getitem__, weighings)), *last[3]}
                break
        if remade is None:
            last = None  # none used: both kept below
        if last is not None and remade is not None:
            plain = list(last[2])
            for position in last[3]:  # the rows new since those items were made (an index grown by them)
                plain.insert(position, None)
            for position in remade:
                plain[position] = make(Item, (recs[position], seasons[position], table[weighings[position]],
                                              claims[position], days[position], outlets[position]))
        else:
            # Items from tuples of their fields, in C (tuple.__new__ mapped with the class repeated:
            # a third cheaper than a partial of it)
            plain = list(map(make, repeat(Item, count),
                             zip(recs, seasons, map(table.__getitem__, weighings), claims, days, outlets)))
        self._lasts = ((table, count, plain, []), *[kept for kept in self._lasts if kept is not last][:1])
        return Selection(self, plain, count, list(self._choose(as_of, table).values()))

    def _choose(self, as_of: date, table: list[float]) -> dict[int, Item]:
        """One copy per near-duplicate cluster (copy key): the strongest, then the earliest. After
        every clustered claim and with a call's choice known, only the copy keys with a claim whose
        weight changed are chosen again (in place: the keys keep their order of first claim), when
        at most a quarter of the clustered claims' weights changed."""
        make = tuple.__new__
        last: Any = None
        every = not self.clustered or self.clustered_last <= as_of
        touched: set[int] | None = None
        weighings = list(map(_WEIGHING, self.clustered)) if every and self._chosens else []
        for last in self._chosens if every else ():
            if len(last[0]) > len(table):
                continue
            changed = [*map(ne, table, last[0]), *repeat(True, len(table) - len(last[0]))]
            if sum(map(changed.__getitem__, weighings)) <= len(weighings) // 4:  # else all chosen below
                touched = {row[6] for row in compress(self.clustered, map(changed.__getitem__, weighings))}
                break
        if touched is None:
            last = None  # none used
        if last is not None and touched is not None:
            chosen: dict[int, Item] = last[1]
            if touched:
                chosen = dict(chosen)
                members = self._members_of()
                for copied in touched:
                    best: Any = None
                    for record, season, claim, published, outlet, weighing, _copied in members[copied]:
                        weight = table[weighing]
                        if best is None or weight > best[2] or (
                                weight == best[2] and (published, record.doc_id) < (best[4], best[0].doc_id)):
                            best = make(Item, (record, season, weight, claim, published, outlet))
                    chosen[copied] = best
            self._chosens = ((table, chosen), *[kept for kept in self._chosens if kept is not last][:1])
            return chosen
        chosen = {}
        for record, season, claim, published, outlet, weighing, copied in self.clustered:
            if published > as_of:
                continue
            weight = table[weighing]
            old = chosen.get(copied)
            if old is None or weight > old[2] or (
                    weight == old[2] and (published, record.doc_id) < (old[4], old[0].doc_id)):
                # one copy per cluster: the strongest, then the earliest
                chosen[copied] = make(Item, (record, season, weight, claim, published, outlet))
        if every:
            self._chosens = ((table, chosen), *self._chosens[:1])
        return chosen

    @property
    def clustered_last(self) -> date:
        """The latest day of a clustered claim."""
        found = self.__dict__.get("_clustered_last")
        if found is None or found[0] != len(self.clustered):
            found = self.__dict__["_clustered_last"] = (len(self.clustered), max(map(_DAY, self.clustered)))
        return found[1]  # type: ignore[no-any-return]

    def _members_of(self) -> dict[int, list[tuple[Any, ...]]]:
        members = self._members
        if members is None:
            members = {}
            for row in self.clustered:
                members.setdefault(row[6], []).append(row)
            self._members = members
        return members

    @staticmethod
    def _number(key: tuple[str, str], numbers: dict[tuple[str, str], int]) -> int:
        return numbers.setdefault(key, len(numbers))

    def pair(self, item: Item, table: list[tuple[Interval, bool, str]] | None = None,
             local: dict[tuple[Any, ...], int] | None = None) -> int:
        """The number of the item's (prediction class, outlet) pair; -1 when it predicts nothing.
        Predictions alike for scoring share a window's ends and being a report or not (what an
        outcome depends on). A pair the index does not know is numbered in ``table`` and
        ``local`` when given (a call's own copy: the index is shared), else in the index."""
        if prediction_key(item) is None:
            return -1
        window: Interval = item.claim.value  # type: ignore[assignment]
        report = is_report(item.claim.certainty, window, item.published)
        key = (window.start, window.end, report, item.outlet)
        number = self._pair_numbers.get(key)
        if number is None and local is not None and table is not None:
            number = local.get(key)
            if number is None:
                number = local[key] = len(table)
                table.append((window, report, item.outlet))
        elif number is None:
            number = self._pair_numbers[key] = len(self.pairs)
            self.pairs.append((window, report, item.outlet))
        return number

    def firsts(self, season: int | None, rows: _SeasonRows) -> _Firsts:
        """``_Firsts`` of the season's plain claims (``rows``: ``season(season)``), made once."""
        found = self._firsts.get(season)
        if found is None:
            positions = list(rows.mine)
            by_outlet: dict[str, list[int]] = {}
            for outlet, position in zip(map(self.plain[4].__getitem__, positions), positions):
                by_outlet.setdefault(outlet, []).append(position)
            found = self._firsts[season] = _Firsts(
                by_outlet, _first_order(positions, self.reports), _first_order(positions, self.certainties),
                _first_order(positions, self.documents))
        return found

    def season(self, season: int | None) -> _SeasonRows:
        found = self._seasons.get(season)
        if found is None:
            seasons, every = self.plain[1], range(len(self.days))
            mine = list(compress(every, map(eq, seasons, repeat(season))))
            kind: dict[str, list[int]] = {}
            kinds = self.kinds
            for position in mine:
                kind.setdefault(kinds[position], []).append(position)
            windows = self.windows
            releases = [p for p in kind.get("release", []) if windows[p]]
            before: list[int] = []
            if season is not None:
                before = list(compress(every, map(_previous_release, seasons, kinds, repeat(season - 1))))
            found = self._seasons[season] = _SeasonRows(every if len(mine) == len(every) else mine, kind, releases,
                                                        before)
        return found


def _grown_rows(rows: _SeasonRows, season: int | None, inserted: list[tuple[int, tuple[Any, ...]]],
                total: int) -> _SeasonRows:
    """``_Index.season(season)`` of an index grown by the ``inserted`` rows (where each went, in
    order), from ``rows``, that of the index it grew from: the old positions move up past the
    rows put before them (in C, a slice at a time) and the new rows' positions go in."""
    points = [at - number for number, (at, _row) in enumerate(inserted)]  # where each went among the old rows
    mine_new = [at for at, row in inserted if row[3] == season]
    if isinstance(rows.mine, range) and len(mine_new) == len(inserted):
        mine: Sequence[int] = range(total)
    else:
        mine = _with(_shifted(list(rows.mine), points), mine_new)
    kind = {name: _shifted(positions, points) for name, positions in rows.kind.items()}
    for at, row in inserted:
        if row[3] == season:
            kind.setdefault(row[11], [])
            insort(kind[row[11]], at)
    # the kinds in order of their first claim, as ``_Index.season`` meets them
    kind = dict(sorted(kind.items(), key=lambda pair: pair[1][0]))
    releases = _with(_shifted(rows.releases, points),
                     [at for at, row in inserted if row[3] == season and row[11] == "release" and row[12]])
    before = rows.before
    if season is not None:
        before = _with(_shifted(rows.before, points),
                       [at for at, row in inserted if row[3] == season - 1 and row[11] == "release"])
    return _SeasonRows(mine, kind, releases, before)


def _grown_titles(titles: dict[str, int], inserted: list[tuple[int, tuple[Any, ...]]]) -> dict[str, int]:
    """Each spelling's first position once the ``inserted`` rows went in (see ``_grown_rows``)."""
    points = [at - number for number, (at, _row) in enumerate(inserted)]
    out = {title: first + bisect_right(points, first) for title, first in titles.items()}
    for at, row in inserted:
        if out.get(row[13], at) >= at:
            out[row[13]] = at
    return out


def _shifted(positions: Sequence[int], points: Sequence[int]) -> list[int]:
    """Sorted positions among old rows, once rows went in at ``points`` (ascending old positions:
    each moves the rows from there on up by one)."""
    out: list[int] = []
    start = 0
    for moved, point in enumerate(points):
        cut = bisect_left(positions, point, start)
        out.extend(map(add, positions[start:cut], repeat(moved)))
        start = cut
    out.extend(map(add, positions[start:], repeat(len(points))))
    return out


def _with(positions: list[int], more: Sequence[int]) -> list[int]:
    for position in more:
        insort(positions, position)
    return positions


def _previous_release(season: int | None, kind: str, previous: int) -> bool:
    return season == previous and kind == "release"


_INDEX: dict[tuple[Any, ...], list[tuple[tuple[int, ...], _Index]]] = {}  # work -> (record ids, index), newest first
INDEX_MEMO = 16  # works kept: a store's claims about a few works
LISTS_PER_WORK = 3  # lists of records kept per work (store generations, callers' own lists)


class Selection:
    """The items ``select`` gives for a date and weights, and their split for a season."""

    def __init__(self, index: _Index, plain: list[Item], count: int, chosen: list[Item]) -> None:
        self.index, self.plain, self.count, self.chosen = index, plain, count, chosen
        self._items: list[Item] | None = None

    @property
    def items(self) -> list[Item]:
        """Every selected item in the order of ``select`` (made when asked for: a status reads
        only its season's split)."""
        if self._items is None:
            items = self.plain + self.chosen
            items.sort(key=_PUBLISHED)  # the plain ones come sorted: the same order as ``select``
            self._items = items
        return self._items

    def _take(self, positions: Sequence[int], column: Sequence[Any]) -> list[Any]:
        if isinstance(positions, range):  # every plain claim: a slice
            return list(column[:self.count])
        return list(map(column.__getitem__, positions[:bisect_left(positions, self.count)]))

    def _merge(self, positions: Sequence[int], extra: list[Item]) -> list[Item]:
        out = self._take(positions, self.plain)
        if extra:
            out.extend(extra)
            out.sort(key=_PUBLISHED)
        return out

    def _merge_with(self, positions: Sequence[int], extra: list[Item], column: Sequence[Any],
                    more: list[Any]) -> tuple[list[Item], list[Any]]:
        """``_merge`` and, in the same order, the column's values for the plain ones and ``more``'s for ``extra``."""
        items, values = self._take(positions, self.plain) + extra, self._take(positions, column) + more
        if extra:  # the order a stable sort by day gives, applied to both
            order = sorted(range(len(items)), key=list(map(_PUBLISHED, items)).__getitem__)
            items, values = list(map(items.__getitem__, order)), list(map(values.__getitem__, order))
        return items, values

    def split(self, season: int | None) -> Split:
        """``split_items(self.items, season)``, gathered from the index."""
        index, rows = self.index, self.index.season(season)
        previous = season - 1 if season is not None else None
        chosen = self.chosen
        chosen_mine = list(compress(chosen, map(eq, map(_SEASON, chosen), repeat(season))))
        chosen_kind: dict[str, list[Item]] = {}
        for item in chosen_mine:
            chosen_kind.setdefault(item.claim.kind, []).append(item)
        kind = {name: [] if name == "production" else self._merge(positions, chosen_kind.get(name, []))
                for name, positions in rows.kind.items() if name != "release"}
        chosen_releases = chosen_kind.get("release", [])
        copy_statics = [index.copy_statics[id(i.record)] for i in chosen_releases]
        kind["release"], statics = self._merge_with(rows.kind.get("release", []), chosen_releases, index.statics,
                                                    list(map(_FIRST, copy_statics)))
        chosen_productions = chosen_kind.get("production", [])
        productions, production_statics = self._merge_with(
            rows.kind.get("production", []), chosen_productions, index.statics,
            [index.copy_statics[id(i.record)][0] for i in chosen_productions])
        if "production" in kind:  # else added below, in the same place and order as before
            kind["production"] = productions
        for name, extra in chosen_kind.items():
            if name not in kind:
                kind[name] = self._merge([], extra)
        kind = {name: found for name, found in kind.items() if found}
        before = self._merge(rows.before, [i for i in chosen if previous is not None and i.season == previous
                                           and i.claim.kind == "release"])
        releases = self._merge(rows.releases, release_items(chosen_kind.get("release", []), season))
        spellings = {title for title, first in index.titles.items() if first < self.count}
        spellings.update(map(_WORK, map(_CLAIM, chosen)))
        # the chosen ones are copies in a near-duplicate cluster: the cluster is their report
        chosen_outlets, chosen_records = list(map(_OUTLET, chosen_mine)), list(map(_RECORD, chosen_mine))
        sums = self._plain_sums(season, rows)
        outlets = Counter(sums.outlets)
        outlets.update(chosen_outlets)
        reports = set(sums.reports)
        reports.update(zip(chosen_outlets, map(_report_of, chosen_records)))
        certainties = set(sums.certainties)
        certainties.update(zip(chosen_outlets, map(_CERTAINTY, map(_CLAIM, chosen_mine))))
        documents = set(sums.documents)
        documents.update(map(_DOCUMENT, chosen_records))
        counted = Counter(sums.counted)
        counted.update(map(_SECOND, copy_statics))
        counted.pop(-1, None)
        mine = MergedItems(self, rows.mine, chosen_mine)  # made when read: a status needs its length and tail
        return Split(mine, kind, before, spellings, releases, outlets,
                     Counter(map(_FIRST, reports)), certainties, PredictionCounts(counted, index.pairs), len(documents),
                     statics, production_statics)


    def _plain_sums(self, season: int | None, rows: _SeasonRows) -> _PlainSums:
        """The season's plain claims published by the date: claims per outlet, (outlet, report) and
        (outlet, certainty) pairs, articles, predictions per pair (kept in the index per count)."""
        index, key = self.index, (season, self.count)
        found = index.sums.get(key)
        if found is None:
            firsts = index.firsts(season, rows)
            found = index.sums[key] = _PlainSums(
                firsts.outlets_by(self.count),
                frozenset(map(index.report_pairs.__getitem__, firsts.reports_by(self.count))),
                frozenset(map(index.certainty_pairs.__getitem__, firsts.certainties_by(self.count))),
                frozenset(firsts.documents_by(self.count)),
                Counter(self._take(rows.kind.get("release", []), index.pair_ids)))
        return found


class MergedItems(Sequence[Item]):
    """``Selection._merge(positions, extra)``, made only when read as a list: its length and its
    last few items (``tail``) are worked out without it."""

    def __init__(self, selection: Selection, positions: Sequence[int], extra: list[Item]) -> None:
        self._selection, self._positions, self._extra = selection, positions, extra
        self._items: list[Item] | None = None

    def _plain(self) -> int:
        """How many of the plain positions are published by the selection's date."""
        count = self._selection.count
        if isinstance(self._positions, range):
            return min(count, len(self._positions))
        return bisect_left(self._positions, count)

    def materialized(self) -> list[Item]:
        if self._items is None:
            self._items = self._selection._merge(self._positions, self._extra)
        return self._items

    def tail(self, size: int) -> list[Item]:
        """``self[-size:]`` without merging every item: the merge of the plain items' last ``size``
        and the extra items' last ``size`` by day (in the order the whole merge gives them)."""
        if self._items is not None or size <= 0:
            return self.materialized()[-size:] if size > 0 else []
        plain = self._plain()
        positions = self._positions[max(0, plain - size):plain]
        extra = sorted(self._extra, key=_PUBLISHED)[-size:]  # stable: as in the whole merge
        out = list(map(self._selection.plain.__getitem__, positions)) + extra
        out.sort(key=_PUBLISHED)
        return out[-size:]

    def __len__(self) -> int:
        return len(self._items) if self._items is not None else self._plain() + len(self._extra)

    def __getitem__(self, index: Any) -> Any:
        return self.materialized()[index]

    def __iter__(self) -> Iterator[Item]:
        return iter(self.materialized())

    def __eq__(self, other: object) -> bool:
        return self.materialized() == (other.materialized() if isinstance(other, MergedItems) else other)

    def __repr__(self) -> str:
        return f"MergedItems({self.materialized()!r})"


class _PlainSums(NamedTuple):
    outlets: Counter[str]  # claims per outlet, in order of first claim
    reports: frozenset[tuple[str, str]]  # (outlet, report)
    certainties: frozenset[tuple[str, str]]  # (outlet, certainty)
    documents: frozenset[str]
    counted: Counter[int]  # release claims per prediction pair number (-1: none)


def select_indexed(records: Sequence[ClaimRecord], ids: tuple[int, ...], work: str, as_of: date,
                   settings: ResolveSettings) -> Selection:
    """``evidence.select`` (``.items``: the same items in the same order) through the per-claim index
    of the records (``ids``: their ``id``s), remembered for the same record objects and work."""
    return index_for(records, ids, work, settings).select(as_of, settings)


def index_for(records: Sequence[ClaimRecord], ids: tuple[int, ...], work: str, settings: ResolveSettings) -> _Index:
    """The per-claim index of the records (``ids``: their ``id``s) for a work, remembered (threads
    of a server share it; an index is not changed once made, but for the seasons it has split)."""
    with _LOCK:
        return _index_for(records, ids, work, settings)


_LOCK = threading.Lock()


def _index_for(records: Sequence[ClaimRecord], ids: tuple[int, ...], work: str, settings: ResolveSettings) -> _Index:
    key = (work, tuple(sorted(settings.title_aliases.items())))
    kept = _INDEX.setdefault(key, [])
    found = next((entry for entry in kept if entry[0] == ids), None)
    if found is not None:
        if kept[0] is not found:  # the most recently used first
            kept.remove(found)
            kept.insert(0, found)
        return found[1]
    # the longest list of the same records that this one extends (a store read after a write)
    start = max((entry for entry in kept if len(entry[0]) < len(ids) and ids[:len(entry[0])] == entry[0]),
                key=lambda entry: len(entry[0]), default=None)
    index = (start[1] if start is not None else _Index(work, settings)).extended(records)
    if len(_INDEX) > INDEX_MEMO:
        _INDEX.clear()
        kept = _INDEX[key] = []
    kept.insert(0, (ids, index))
    del kept[LISTS_PER_WORK:]
    return index
