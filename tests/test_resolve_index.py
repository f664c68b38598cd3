"""The fast paths of resolution give what the plain passes give: the per-claim index of a work's
claims (selection and split), reliability learned per set of claims, the collector pause.
(Titles, outlets and sentences are the project's own.)"""

from __future__ import annotations

import gc
import random
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

import pytest

from nextseason.models import (
    CastValue,
    Claim,
    ClaimRecord,
    EpisodesValue,
    Interval,
    PlatformValue,
    ProductionValue,
    RenewalValue,
)
from nextseason.resolve import DEFAULT
from nextseason.resolve.evidence import Item, select
from nextseason.resolve.pause import collector_paused
from nextseason.resolve.release import LapsedBasis, PremiereBasis, release_bases, release_items
from nextseason.resolve.reliability import Learning, outlet_records_from
from nextseason.resolve.selection import PredictionCounts, select_indexed, split_items

WORK = "Salt Meridian"
START = date(2023, 1, 1)
TITLES = (WORK, WORK, WORK, "Salt Meridian 2", "salt-meridian", "Cinder Lane")


def _window(rng: random.Random, day: date) -> Interval:
    year = day.year + rng.choice((0, 1, 1, 2))
    if rng.random() < 0.5:
        month = rng.randint(1, 12)
        return Interval(date(year, month, 1), date(year, month, 28), "month")
    if rng.random() < 0.3:
        exact = date(year, rng.randint(1, 12), rng.randint(1, 28))
        return Interval(exact, exact, "day")
    return Interval(date(year, 1, 1), date(year, 12, 31), "year")


def _claim(rng: random.Random, day: date) -> Claim:
    title = rng.choice(TITLES)
    season = None if title.endswith(" 2") else rng.choice((1, 2, 2, 2, 3, None))
    certainty = rng.choice(("official", "reported", "expected", "speculative"))
    polarity = "negated" if rng.random() < 0.1 else "affirmed"
    roll = rng.random()
    if roll < 0.4:
        value = _window(rng, day) if rng.random() < 0.95 else None
        return Claim(title, season, "release", value, polarity, certainty, quote="it may come back then")
    if roll < 0.55:
        return Claim(title, season, "production", ProductionValue(
            rng.choice(("pre_production", "filming", "post_production")), rng.choice(("start", "end", "ongoing")),
            Interval.day(day + timedelta(days=rng.randint(-60, 60)))), polarity, certainty, quote="the crew is busy")
    if roll < 0.7:
        return Claim(title, season, "renewal", RenewalValue(rng.choice(("renewed", "renewed", "cancelled")),
                     Interval.day(date(2023, 3, rng.choice((2, 2, 9))))), polarity, certainty, quote="more is ordered")
    if roll < 0.9:
        return Claim(title, season, "cast", CastValue(rng.choice(("Ilsa Brand", "Ilsa-Brand", "Teo Marr"))),
                     polarity, certainty, quote="she is back for more")
    if roll < 0.95:
        return Claim(title, season, "episodes", EpisodesValue(rng.choice((6, 8))), polarity, certainty,
                     quote="six new episodes")
    return Claim(title, season, "platform", PlatformValue("Riverstream"), polarity, certainty, quote="it streams")


def _records(seed: int, articles: int = 260) -> list[ClaimRecord]:
    """Articles of a few claims over two years from a dozen outlets; some copied into a cluster,
    some with an inferred date, a few undated."""
    rng = random.Random(seed)
    out: list[ClaimRecord] = []
    for number in range(articles):
        day = START + timedelta(days=rng.randint(0, 730))
        outlet = f"outlet{rng.randint(1, 12)}.test"
        cluster = f"c{number % 17}" if rng.random() < 0.2 else None
        published = None if rng.random() < 0.03 else day
        inferred = published is not None and rng.random() < 0.1
        for _ in range(rng.randint(1, 6)):
            out.append(ClaimRecord(_claim(rng, day), f"doc{number}", f"art-{number}", published, inferred,
                                   f"https://{outlet}/{number}", outlet if rng.random() < 0.95 else None, cluster))
    return out


def _predictions(found: PredictionCounts) -> Counter[tuple[object, ...]]:
    """Prediction counts as what an outcome reads: window ends, report or not, claims per outlet."""
    counts: Counter[tuple[object, ...]] = Counter()
    for number, count in found.counts.items():
        window, report, outlet = found.table[number]
        counts[(window.start, window.end, report, outlet)] += count
    return counts


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_indexed_selection_and_split_are_those_of_the_plain_passes(seed: int) -> None:
    records = _records(seed)
    ids = tuple(map(id, records))
    rng = random.Random(seed)
    outlets = {r.domain or r.doc_id for r in records}
    for turn in range(12):
        as_of = START + timedelta(days=rng.randint(-10, 800))
        settings = replace(DEFAULT, reliability={o: rng.choice((0.3, 0.6, 0.9)) for o in outlets if rng.random() < 0.7},
                           title_aliases={"cinderlane": WORK} if turn % 4 == 3 else {})
        plain = select(records, WORK, as_of, settings)
        selection = select_indexed(records, ids, WORK, as_of, settings)
        assert selection.items == plain
        assert [i.record for i in selection.items] == [i.record for i in plain]
        for season in (1, 2, 3, None):
            fast, reference = selection.split(season), split_items(plain, season)
            for field in reference._fields:
                got, want = getattr(fast, field), getattr(reference, field)
                if field == "predictions":
                    got, want = _predictions(got), _predictions(want)
                assert got == want, (field, season, as_of)


def test_the_index_of_a_longer_list_of_the_same_records_gives_the_plain_selection() -> None:
    records = _records(6, 400)
    settings = replace(DEFAULT, reliability={"outlet3.test": 0.2, "outlet5.test": 0.95})
    for end in (150, 151, 700, len(records)):  # each list starts with the one before: the index grows
        part = records[:end]
        for as_of in (START + timedelta(days=900), START + timedelta(days=400), START + timedelta(days=90)):
            selection = select_indexed(part, tuple(map(id, part)), WORK, as_of, settings)
            plain = select(part, WORK, as_of, settings)
            assert selection.items == plain
            for season in (1, 2):
                assert selection.split(season)[:8] == split_items(plain, season)[:8]
                assert _predictions(selection.split(season)[8]) == _predictions(split_items(plain, season)[8])
                assert selection.split(season).documents == split_items(plain, season).documents


@pytest.mark.parametrize("seed", [8, 9])
def test_the_release_bases_made_in_one_pass_are_those_made_one_by_one(seed: int) -> None:
    records = _records(seed)
    for as_of in (START + timedelta(days=300), START + timedelta(days=900)):
        for season in (1, 2):
            split = split_items(select(records, WORK, as_of, DEFAULT), season)
            kinds = split.kind
            both = kinds.get("release", []) + kinds.get("production", [])
            premiere, lapsed = release_bases(kinds.get("release", []), kinds.get("production", []), season,
                                             split.releases)
            one_by_one = PremiereBasis(both, season, split.releases)
            assert premiere.firm == one_by_one.firm
            assert premiere.pending == one_by_one.pending
            assert premiere.moves == one_by_one.moves
            alone = LapsedBasis(split.releases)
            assert (dict(lapsed.groups), lapsed.order) == (dict(alone.groups), alone.order)
            half = len(both) // 2  # a basis grown by the later claims is the basis of them all
            grown = PremiereBasis(both[:half], season, release_items(both[:half], season))
            assert grown.pending is not None and grown.moves is not None  # worked out before it grows
            grown = grown.extended(both, both[half:])
            assert (grown.firm, grown.pending, grown.moves) == (one_by_one.firm, one_by_one.pending, one_by_one.moves)


@pytest.mark.parametrize("seed", [4, 5])
def test_reliability_learned_per_set_of_claims_is_that_of_the_outlet_records(seed: int) -> None:
    records = _records(seed)
    learning = Learning(records)
    rng = random.Random(seed)
    for _ in range(10):
        as_of = START + timedelta(days=rng.randint(-10, 1200))
        published = [r for r in records if r.published is not None and r.published <= as_of]
        expected = {s.outlet: s.reliability for s in outlet_records_from(published, as_of)}
        found = learning.reliability(as_of)
        assert found == expected
        assert list(found) == list(expected)


def _orchard(outlet: str, window: Interval, published: date, certainty: str = "expected") -> ClaimRecord:
    claim = Claim("Quiet Orchard", 1, "release", window, "affirmed", certainty, quote="it opens then")
    return ClaimRecord(claim, f"qo-{outlet}-{published}", f"qo-{outlet}-{published}", published, False,
                       f"https://{outlet}/qo", outlet, None)


def test_reliability_learned_over_a_longer_list_of_the_same_records_is_learned_afresh() -> None:
    day = date(2024, 5, 10)
    guesses = [_orchard(f"outlet{n}.test", window, date(2023, 9, n + 1))
               for n, window in enumerate([Interval(date(2024, 5, 1), date(2024, 5, 31), "month"),
                                           Interval(date(2024, 1, 1), date(2024, 3, 31), "quarter"),
                                           Interval(date(2024, 4, 1), date(2024, 6, 30), "quarter")] * 3)]
    reports = [_orchard(f"outlet{n}.test", Interval(day, day, "day"), date(2024, 5, 12), "official") for n in range(4)]
    records = _records(7, 400)
    records = records[:200] + guesses[:5] + records[200:] + guesses[5:] + reports  # a premiere told at the end
    learning = Learning(records[:300])
    for end in (301, 900, len(records) - len(reports), len(records)):  # claims among the earlier ones, then more
        learning = learning.extended(records[:end])
        fresh = Learning(records[:end])
        for as_of in (START + timedelta(days=200), START + timedelta(days=500), START + timedelta(days=1000)):
            assert learning.reliability(as_of) == fresh.reliability(as_of)
    premiered = learning.reliability(date(2024, 6, 1))
    assert premiered["outlet0.test"] > premiered["outlet1.test"]  # its window held the premiere


def test_the_collector_pause_nests_and_restores_the_collector() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # it was off: it stays off
    finally:
        gc.enable()


def test_a_cast_member_named_as_two_characters_equally_often_gets_the_same_one_in_every_process() -> None:
    import os
    import subprocess
    import sys

    script = (
        "from datetime import date\n"
        "from nextseason.models import CastValue, Claim, ClaimRecord\n"
        "from nextseason.resolve import resolve_status\n"
        "def rec(n, character):\n"
        "    claim = Claim('Salt Meridian', 2, 'cast', CastValue('Ilsa Brand', character), quote='she is back')\n"
        "    return ClaimRecord(claim, f'd{n}', f'a{n}', date(2024, 1, n + 1), False, 'https://o.test/x', 'o.test', None)\n"
        "records = [rec(n, c) for n, c in enumerate(['Wren', 'Ash', 'Corin', 'Ash', 'Wren', 'Corin'])]\n"
        "print(resolve_status(records, 'Salt Meridian', 2, date(2024, 6, 1)).cast[0].character)\n"
    )
    seen = {subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": str(seed)},
                           capture_output=True, text=True, check=True).stdout.strip() for seed in range(6)}
    assert seen == {"Wren"}  # named first among the most named


def test_a_split_at_a_known_date_with_other_weights_is_that_of_the_plain_pass() -> None:
    """What a split counts of the plain claims is kept per date: other weights reuse it."""
    records = _records(4)
    ids = tuple(map(id, records))
    outlets = sorted({r.domain or r.doc_id for r in records})
    as_of = START + timedelta(days=500)
    for turn in range(4):
        rng = random.Random(turn)
        settings = replace(DEFAULT, reliability={o: rng.choice((0.2, 0.5, 0.95)) for o in outlets})
        plain = select(records, WORK, as_of, settings)
        selection = select_indexed(records, ids, WORK, as_of, settings)
        for season in (1, 2, None):
            fast, reference = selection.split(season), split_items(plain, season)
            assert fast[:8] == reference[:8] and fast.documents == reference.documents
            assert _predictions(fast.predictions) == _predictions(reference.predictions)


@pytest.mark.parametrize("seed", [4, 5])
def test_the_season_rows_and_titles_of_a_grown_index_are_those_of_an_index_made_afresh(seed: int) -> None:
    from nextseason.resolve.selection import _Index

    records = _records(seed, 300)
    rng = random.Random(seed)
    grown = _Index(WORK, DEFAULT).extended(records[:120])
    for season in (1, 2, 3, None):
        grown.season(season)
    end = 120
    while end < len(records):  # a few claims at a time, dated among the older ones or after them all
        end = min(len(records), end + rng.randint(1, 9))
        grown = grown.extended(records[:end])
        fresh = _Index(WORK, DEFAULT).extended(records[:end])
        assert grown.titles == fresh.titles and grown.all_days == fresh.all_days
        for season in (1, 2, 3, None):
            got, want = grown.season(season), fresh.season(season)
            assert list(got.mine) == list(want.mine) and got.releases == want.releases
            assert got.before == want.before and list(got.kind.items()) == list(want.kind.items())


def test_cast_remembered_per_list_of_claims_is_that_worked_out_afresh_under_other_weights() -> None:
    from nextseason.resolve import facts

    records = _records(4)
    outlets = sorted({r.domain or r.doc_id for r in records})
    rng = random.Random(4)
    for turn in range(6):
        settings = replace(DEFAULT, reliability={o: rng.choice((0.2, 0.5, 0.9)) for o in outlets})
        plain = select(records, WORK, START + timedelta(days=900), settings)
        for season in (1, 2, None):
            items = split_items(plain, season).kind.get("cast", [])
            remembered = facts.cast(items, season, settings)  # the memo filled by an earlier turn's weights
            facts._CAST_MEMO.clear()
            afresh = facts.cast(items, season, settings)
            assert remembered == afresh
            assert bool(items) == bool(afresh)


@pytest.mark.parametrize("seed", [2, 7])
def test_the_production_stage_ranked_from_per_claim_keys_is_that_of_the_claims_one_by_one(seed: int) -> None:
    from nextseason.resolve import stage
    from nextseason.resolve.selection import production_statics

    records = _records(seed, 400)
    rng = random.Random(seed)
    for _ in range(25):  # dates before, among and after the claims' filming windows
        as_of = START + timedelta(days=rng.randint(-30, 820))
        for season in (1, 2, 3):
            items = split_items(select(records, WORK, as_of, DEFAULT), season).kind.get("production", [])
            statics = [production_statics(i.claim, i.published)[1] for i in items]
            assert stage.production_stage(items, season, as_of, statics) == stage.production_stage(items, season, as_of)


def test_a_production_claim_ended_in_a_wide_or_open_window_is_ranked_by_the_date_it_is_asked_for() -> None:
    from nextseason.resolve import stage

    def item(event: str, when: Interval, day: date) -> Item:
        claim = Claim(WORK, 2, "production", ProductionValue("filming", event, when), "affirmed", "reported",
                      quote="the shoot wrapped")
        record = ClaimRecord(claim, "d", "a", day, False, "https://x.test/a", "x.test", None)
        return Item(record, 2, 0.7, claim, day, "x.test")

    open_end = item("end", Interval(date(2024, 1, 1), None, "year"), date(2024, 3, 1))
    year_end = item("end", Interval(date(2024, 1, 1), date(2024, 12, 31), "year"), date(2024, 3, 1))
    began = item("start", Interval.day(date(2024, 2, 1)), date(2024, 2, 2))
    for items in ([open_end, began], [year_end, began], [began, year_end]):
        statics = [stage.stage_static(i.claim, i.published) for i in items]
        for as_of in (date(2024, 1, 20), date(2024, 2, 20), date(2024, 5, 1), date(2024, 9, 1), date(2025, 6, 1)):
            assert stage.production_stage(items, 2, as_of, statics) == stage.production_stage(items, 2, as_of)
    # asked in May, "filming ended in 2024" means about March: after the start told for February
    decided = stage.production_stage([year_end, began], 2, date(2024, 5, 1),
                                     [stage.stage_static(i.claim, i.published) for i in (year_end, began)])
    assert decided is not None and decided.stage == "post_production"


@pytest.mark.parametrize("seed", [10, 11])
def test_release_bases_from_an_index_grow_as_bases_worked_out_one_by_one(seed: int) -> None:
    records = _records(seed)
    ids = tuple(map(id, records))
    for as_of in (START + timedelta(days=300), START + timedelta(days=900)):
        selection = select_indexed(records, ids, WORK, as_of, DEFAULT)
        for season in (1, 2):
            split = selection.split(season)
            kinds = split.kind
            releases, productions = kinds.get("release", []), kinds.get("production", [])
            premiere, lapsed = release_bases(releases, productions, season, split.releases, split.statics,
                                             [s[0] for s in split.production_statics or []])
            both = releases + productions
            one_by_one = PremiereBasis(both, season, split.releases)
            assert (premiere.firm, premiere.pending) == (one_by_one.firm, one_by_one.pending)
            alone = LapsedBasis(split.releases)
            assert (dict(lapsed.groups), lapsed.order) == (dict(alone.groups), alone.order)
            grown = premiere.extended(both + both[:3], both[:3])  # the moves gathered, not yet worked out
            again = one_by_one.extended(both + both[:3], both[:3])
            assert (grown.firm, grown.pending, grown.moves) == (again.firm, again.pending, again.moves)
            assert premiere.moves == one_by_one.moves


def test_predictions_per_window_grown_after_a_write_score_outlets_as_learned_afresh() -> None:
    day = date(2024, 5, 10)
    windows = [Interval(date(2024, 5, 1), date(2024, 5, 31), "month"),
               Interval(date(2024, 1, 1), date(2024, 3, 31), "quarter"),
               Interval(date(2024, 4, 1), date(2024, 6, 30), "quarter")]
    guesses = [_orchard(f"outlet{n % 5}.test", windows[n % 3], date(2023, 9, n + 1)) for n in range(9)]
    reports = [_orchard(f"outlet{n}.test", Interval(day, day, "day"), date(2024, 5, 12), "official") for n in range(3)]
    later = Interval(date(2024, 5, 1), date(2024, 12, 31), "year")
    more = [_orchard("outlet1.test", windows[0], date(2023, 10, 2)),  # a window already predicted
            _orchard("outlet7.test", later, date(2023, 10, 3)),  # a new one, holding the premiere
            _orchard("outlet2.test", windows[1], date(2023, 10, 4))]
    records = _records(7, 200) + guesses + reports
    learning = Learning(records)
    as_of = date(2026, 1, 1)  # after every claim: the premiere found, each window came true or lapsed
    before = learning.reliability(as_of)
    for end in range(1, len(more) + 1):
        learning = learning.extended(records + more[:end])
        assert learning.reliability(as_of) == Learning(records + more[:end]).reliability(as_of)
    assert learning.reliability(as_of)["outlet1.test"] > before["outlet1.test"]  # one more came true


@pytest.mark.parametrize("seed", [3, 12])
def test_a_seasons_claims_merged_when_read_have_the_length_and_tail_of_the_whole_merge(seed: int) -> None:
    from nextseason.resolve.selection import MergedItems

    records = _records(seed, 400)
    rng = random.Random(seed)
    outlets = sorted({r.domain or r.doc_id for r in records})
    for _ in range(8):
        as_of = START + timedelta(days=rng.randint(-10, 800))
        settings = replace(DEFAULT, reliability={o: rng.choice((0.3, 0.6, 0.9)) for o in outlets})
        selection = select_indexed(records, tuple(map(id, records)), WORK, as_of, settings)
        for season in (1, 2, None):
            mine = selection.split(season).mine
            assert isinstance(mine, MergedItems)
            whole = split_items(selection.items, season).mine
            for size in (1, 3, 40, len(whole) + 5):
                fresh = selection.split(season).mine  # not merged yet
                assert fresh.tail(size) == whole[-size:]
            assert len(mine) == len(whole) and bool(mine) == bool(whole)
            assert mine == whole and list(mine) == whole and mine[-1:] == whole[-1:]


@pytest.mark.parametrize("seed", [5, 13])
def test_a_premiere_basis_asked_for_many_dates_finds_what_a_fresh_basis_finds(seed: int) -> None:
    from nextseason.resolve.release import find_premiere

    records = _records(seed, 500)
    rng = random.Random(seed)
    plain = select(records, WORK, START + timedelta(days=900), DEFAULT)
    for season in (1, 2):
        split = split_items(plain, season)
        both = split.kind.get("release", []) + split.kind.get("production", [])
        kept = PremiereBasis(both, season, split.releases)
        days = sorted({START + timedelta(days=rng.randint(-20, 900)) for _ in range(40)} | {e for _, _, e in kept.firm})
        rng.shuffle(days)
        for as_of in days:
            fresh = PremiereBasis(both, season, split.releases)
            assert find_premiere(both, season, as_of, split.releases, kept) == \
                find_premiere(both, season, as_of, split.releases, fresh)


def test_an_official_day_kept_in_a_basis_is_the_premiere_from_that_very_day_on() -> None:
    from nextseason.resolve.release import find_premiere

    day = date(2024, 9, 12)
    claim = Claim(WORK, 2, "release", Interval(day, day, "day"), "affirmed", "official", quote="it opens that day")
    record = ClaimRecord(claim, "d1", "a1", date(2024, 8, 1), False, "https://x.test/a1", "x.test", None)
    items = [Item(record, 2, 1.0, claim, date(2024, 8, 1), "x.test")]
    basis = PremiereBasis(items, 2, items)
    assert find_premiere(items, 2, day - timedelta(days=1), items, basis) is None
    found = find_premiere(items, 2, day, items, basis)
    assert found is not None and found[0].start == day
    assert find_premiere(items, 2, day + timedelta(days=30), items, basis) == found


def test_the_strongest_items_are_those_of_heapq_nlargest_ties_included() -> None:
    import heapq
    from operator import itemgetter

    from nextseason.resolve.evidence import strongest

    records = _records(14, 300)
    rng = random.Random(14)
    for _ in range(30):
        settings = replace(DEFAULT, reliability={f"outlet{n}.test": rng.choice((0.5, 0.7)) for n in range(1, 13)})
        items = select(records, WORK, START + timedelta(days=rng.randint(0, 800)), settings)
        part = items[:rng.randint(0, len(items))]
        for key in (itemgetter(2), itemgetter(2, 4)):
            for count in (1, 12, 40):
                assert strongest(part, count, key) == heapq.nlargest(count, part, key=key)


def test_copies_as_strong_and_as_early_as_each_other_keep_the_first_article_by_name() -> None:
    day = date(2024, 3, 1)
    window = Interval(date(2024, 9, 1), date(2024, 9, 30), "month")
    records = []
    for name, outlet, published in (("art-b", "b.test", day), ("art-a", "a.test", day), ("art-c", "c.test", day),
                                    ("art-d", "d.test", day - timedelta(days=1))):
        for title in (WORK, "Cinder Lane"):
            claim = Claim(title, 2, "release", window, "affirmed", "reported", quote="it comes in September")
            records.append(ClaimRecord(claim, f"doc-{name}", name, published, False, f"https://{outlet}/x", outlet,
                                       "cluster-1"))
    ids = tuple(map(id, records))
    for reliability in ({}, {"d.test": 0.2}, {"d.test": 0.2, "c.test": 0.9}):
        settings = replace(DEFAULT, reliability=reliability)
        for as_of in (day, day + timedelta(days=400)):
            got = select_indexed(records, ids, WORK, as_of, settings).items
            assert got == select(records, WORK, as_of, settings)
            assert len(got) == 1
    strongest = select_indexed(records, ids, WORK, day + timedelta(days=9), replace(DEFAULT, reliability={"d.test": 0.2}))
    assert [i.record.doc_id for i in strongest.items] == ["art-a"]  # b, a, c tie: the first by name


@pytest.mark.parametrize("seed", [15, 16])
def test_each_outlets_predictions_are_tallied_as_each_claims_outcome_says(seed: int) -> None:
    from nextseason.resolve.release import prediction_key
    from nextseason.resolve.status import prediction_outcome, source_records

    records = _records(seed, 400)
    rng = random.Random(seed)
    ends = sorted({r.claim.value.end for r in records if isinstance(r.claim.value, Interval) and r.claim.value.end})
    starts = sorted({r.claim.value.start for r in records if isinstance(r.claim.value, Interval) and r.claim.value.start})
    for turn in range(16):  # some dates are the very day a predicted window ends
        as_of = rng.choice(ends) if turn % 2 else START + timedelta(days=rng.randint(0, 900))
        items = select(records, WORK, as_of, DEFAULT)
        mine = [i for i in items if i.season == 2]
        premiere = rng.choice((None, START + timedelta(days=rng.randint(0, 900)), rng.choice(starts), rng.choice(ends)))
        want: dict[str, Counter[str]] = {}
        for item in mine:
            want.setdefault(item.outlet, Counter())["claims"] += 1
            if prediction_key(item) is not None:
                window: Interval = item.claim.value  # type: ignore[assignment]
                outcome = prediction_outcome(window, item.published, as_of, premiere, item.claim.certainty)
                want[item.outlet][outcome] += 1
        got = source_records(mine, as_of, premiere, DEFAULT)
        assert {s.outlet for s in got} == set(want)
        for record in got:
            tally = want[record.outlet]
            assert (record.claims, record.came_true, record.lapsed, record.pending) == (
                tally["claims"], tally["came_true"], tally["lapsed"], tally["pending"])


def test_evidence_made_through_the_slots_is_the_evidence_its_constructor_makes() -> None:
    from dataclasses import FrozenInstanceError, fields

    from nextseason.resolve.evidence import to_evidence
    from nextseason.resolve.model import Evidence

    for record in _records(17, 40)[:60]:
        got = to_evidence(record, 0.35)
        want = Evidence(got.kind, got.value, record.claim.polarity, record.claim.certainty, record.claim.quote,
                        record.domain, record.claim.source, record.published, record.published_inferred, record.url,
                        record.doc_id, record.cluster, 0.35, record.claim.work, record.claim.season)
        assert type(got) is Evidence and got == want and hash(got) == hash(want)
        assert [getattr(got, f.name) for f in fields(Evidence)] == [getattr(want, f.name) for f in fields(Evidence)]
        with pytest.raises(FrozenInstanceError):
            got.weight = 1.0  # type: ignore[misc]


@pytest.mark.parametrize("seed", [18, 19])
def test_renewal_state_and_cast_of_a_split_are_those_of_any_list_of_the_same_claims(seed: int) -> None:
    from nextseason.resolve import facts, stage

    records = _records(seed, 400)
    rng = random.Random(seed)
    outlets = sorted({r.domain or r.doc_id for r in records})
    for _ in range(6):
        settings = replace(DEFAULT, reliability={o: rng.choice((0.2, 0.6, 0.9)) for o in outlets})
        items = select(records, WORK, START + timedelta(days=rng.randint(0, 800)), settings)
        for season in (1, 2, None):
            kinds = split_items(items, season).kind
            renewals, cast = kinds.get("renewal", []), kinds.get("cast", [])
            assert stage.renewal_state(renewals, season, split=True) == stage.renewal_state(items, season)
            assert stage.renewal_state(renewals, season, split=True) == _renewal_state_one_by_one(items, season)
            assert facts.cast(cast, season, settings, split=True) == facts.cast(items, season, settings)


def _renewal_state_one_by_one(items: list[Item], season: int | None) -> tuple[str, list[Item]]:
    """``stage.renewal_state`` claim by claim, as it was first written (the reference)."""
    renewals = [i for i in items if i.season == season and i.claim.kind == "renewal"
                and isinstance(i.claim.value, RenewalValue)]
    score = {"renewed": 0.0, "cancelled": 0.0}
    for item in renewals:
        status = item.renewal.status
        if item.claim.polarity == "negated":
            if status == "cancelled":
                score["renewed"] += 0.5 * item.weight
            continue
        if item.claim.certainty != "speculative":
            score[status] += item.weight
    if score["cancelled"] > score["renewed"]:
        return "cancelled", [i for i in renewals if i.renewal.status == "cancelled"]
    if score["renewed"] > 0:
        return "renewed", [i for i in renewals if i.renewal.status == "renewed" and i.claim.polarity == "affirmed"]
    return "unknown", renewals


@pytest.mark.parametrize("seed", [20, 21])
def test_the_lower_bounds_kept_per_production_claim_are_those_found_claim_by_claim(seed: int) -> None:
    from nextseason.resolve.release import lower_bounds
    from nextseason.resolve.selection import production_statics

    records = _records(seed, 500)
    found_any = 0
    for as_of in (START + timedelta(days=200), START + timedelta(days=900)):
        for season in (1, 2, None):
            kinds = split_items(select(records, WORK, as_of, DEFAULT), season).kind
            productions = kinds.get("production", [])
            kept = [(*found, item) for item in productions
                    if (found := production_statics(item.claim, item.published)[2]) is not None]
            assert kept == lower_bounds(kinds.get("release", []) + productions, season, as_of)
            found_any += len(kept)
    assert found_any  # filming ends and filming not begun among the claims


@pytest.mark.parametrize("seed", [12, 13])
def test_lapsed_windows_remembered_across_bases_are_those_made_afresh(seed: int) -> None:
    from nextseason.resolve import release

    records = _records(seed)
    as_of = START + timedelta(days=900)
    plain = select(records, WORK, as_of, DEFAULT)
    outlet = Counter(i.outlet for i in plain).most_common(1)[0][0]
    # one outlet's reliability changed (as a write does), then the first weights again
    reweighted = select(records, WORK, as_of, replace(DEFAULT, reliability={outlet: 0.2}))
    for items in (plain, reweighted, plain):
        releases = split_items(items, 2).releases
        for premiere in (None, as_of - timedelta(days=200)):
            remembered = LapsedBasis(releases).lapsed(premiere or as_of, premiere is None)
            release._MADE.clear()
            fresh = LapsedBasis(releases).lapsed(premiere or as_of, premiere is None)
            assert remembered == fresh and fresh
            assert [lapsed.evidence for lapsed in remembered] == [lapsed.evidence for lapsed in fresh]
        weights = {e.weight for lapsed in remembered for e in lapsed.evidence
                   if e.outlet == outlet}
        assert weights  # the reweighted outlet is among the lapsed predictions
    # the reweighted claims made their windows again: their evidence carries the new weight
    assert any(e.weight != w.weight for a, b in zip(LapsedBasis(split_items(plain, 2).releases).lapsed(as_of, True),
                                                    LapsedBasis(split_items(reweighted, 2).releases).lapsed(as_of, True))
               for e, w in zip(a.evidence, b.evidence))


@pytest.mark.parametrize("seed", [14, 15])
def test_a_selection_made_from_the_one_before_is_the_plain_selection(seed: int) -> None:
    """After every claim (the same count each call) with one outlet's weight changed, and after
    the list grew by claims dated among the others: the items kept from the call before and those
    made again are those of the plain selection."""
    from nextseason.resolve.selection import index_for

    records = _records(seed, 400)
    rng = random.Random(seed)
    outlets = sorted({r.domain or r.doc_id for r in records})
    as_of = START + timedelta(days=1000)
    reliability = {o: 0.5 for o in outlets}
    for end in (300, 300, 301, 340, 340, len(records)):  # the list grows now and then
        part = records[:end]
        index = index_for(part, tuple(map(id, part)), WORK, DEFAULT)
        for _ in range(3):
            reliability[rng.choice(outlets)] = rng.choice((0.2, 0.4, 0.9))
            settings = replace(DEFAULT, reliability=dict(reliability))
            fast = select_indexed(part, tuple(map(id, part)), WORK, as_of, settings)
            assert fast.index is index and index._lasts
            assert fast.items == select(part, WORK, as_of, settings)
            assert [i.weight for i in fast.items] == [i.weight for i in select(part, WORK, as_of, settings)]


def test_outcome_classes_of_a_grown_prediction_table_are_those_worked_out_afresh() -> None:
    from nextseason.resolve import status as status_module

    rng = random.Random(21)
    windows = [_window(rng, START + timedelta(days=rng.randint(0, 700))) for _ in range(40)]
    table = [(rng.choice(windows), rng.random() < 0.2, f"outlet{rng.randint(1, 9)}.test") for _ in range(300)]
    status_module._ALIKE.clear()
    status_module._alike_columns(table[:120])
    status_module._alike_columns(list(table[:200]))
    other = [(rng.choice(windows), True, "elsewhere.test")] + table[1:250]  # starts otherwise: not grown from
    for longer in (table[:260], table, other):
        grown = status_module._alike_columns(longer)
        status_module._ALIKE.clear()
        fresh = status_module._alike_columns(list(longer))
        assert grown == fresh
        status_module._alike_columns(table[:200])


@pytest.mark.parametrize("seed", [16, 17, 18])
def test_ranked_windows_found_by_bisection_are_those_of_the_plain_scan(seed: int) -> None:
    from nextseason.resolve.release import _Ranked

    rng = random.Random(seed)
    items = []
    for record in _records(seed, 200):
        start = START + timedelta(days=rng.randint(0, 400))
        window = Interval(start, start + timedelta(days=rng.choice((0, 0, 3, 10, 27, 30))), "day")
        items.append(Item(record, 2, rng.choice((0.25, 0.35, 0.7, 1.0)), replace(record.claim, value=window),
                          start, record.domain or record.doc_id))
    for size in (1, 5, 40, len(items)):
        ranked = _Ranked(items[:size])
        groups = ranked.groups
        weight = {w: sum(i.weight for i in group) for w, group in groups.items()}
        score = {w: sum(weight[o] for o in groups if o[0] <= w[0] and w[1] <= o[1]) for w in groups}
        assert ranked.score == score
        assert ranked.order == sorted(groups, key=lambda w: (-score[w], (w[1] - w[0]).days, w[0]))
        for key in [*groups, (START, START + timedelta(days=200)), (START + timedelta(days=50),) * 2]:
            assert ranked.support(key) == [i for w in groups if w[0] <= key[1] and key[0] <= w[1] for i in groups[w]]


def test_selections_taking_turns_with_other_weights_are_the_plain_selections() -> None:
    """Calls with the default weights between calls with learned ones (as resolve_status and
    status_for take turns): each keeps the items of the latest call of its kind, and gives the
    plain selection."""
    records = _records(19, 400)
    ids = tuple(map(id, records))
    rng = random.Random(19)
    outlets = sorted({r.domain or r.doc_id for r in records})
    learned = {o: rng.choice((0.2, 0.5, 0.9)) for o in outlets}
    as_of = START + timedelta(days=1000)
    for turn in range(8):
        learned[rng.choice(outlets)] = rng.choice((0.3, 0.6))
        for settings in (DEFAULT, replace(DEFAULT, reliability=dict(learned))):
            fast = select_indexed(records, ids, WORK, as_of, settings)
            assert fast.items == select(records, WORK, as_of, settings), turn
            assert len(fast.index._lasts) == 2 or turn == 0
