"""Reliability learned for a past date from what learning keeps for every date (the premiere
bases of ``release.PremiereTimeline``, the predictions and claim days kept per group and outlet)
is what the claims published by that date alone give, whatever dates were asked before.
(Titles and outlets are the project's own.)"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from test_resolve_index import START, _records

from nextseason.models import Claim, ClaimRecord, Interval
from nextseason.resolve.release import PremiereBasis, PremiereTimeline, find_premiere, release_items
from nextseason.resolve.reliability import Learning, discover, outlet_records_from


def _with_reports(seed: int) -> list[ClaimRecord]:
    """``_records`` with, shuffled in among them, a few premieres: each reported by several
    outlets days after it (some in one cluster) and predicted before it (some windows wider)."""
    rng = random.Random(seed)
    records = _records(seed, 300)
    for number in range(8):
        day = START + timedelta(days=rng.randint(60, 700))
        season = rng.choice((1, 2))
        for told in range(rng.randint(3, 6)):
            after = rng.random() < 0.6
            window = (Interval(day, day, "day") if after or rng.random() < 0.5
                      else Interval(day.replace(day=1), day.replace(day=28), "month"))
            published = day + timedelta(days=rng.randint(0, 20) if after else -rng.randint(1, 90))
            certainty = rng.choice(("official", "reported")) if after else rng.choice(("official", "expected"))
            claim = Claim("Salt Meridian", season, "release", window, "affirmed", certainty, quote="it premiered then")
            outlet = f"outlet{rng.randint(1, 12)}.test"
            name = f"rep{number}-{told}"
            records.insert(rng.randint(0, len(records)), ClaimRecord(
                claim, name, name, published, False, f"https://{outlet}/{name}", outlet,
                f"r{number}" if rng.random() < 0.3 else None))
    return records


def _dates(rng: random.Random, count: int) -> list[date]:
    return [START + timedelta(days=rng.randint(-10, 800)) for _ in range(count)]


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_the_premiere_basis_of_the_claims_by_a_date_is_the_one_made_of_them_alone(seed: int) -> None:
    learning = Learning(_with_reports(seed))
    rng = random.Random(seed)
    premieres = 0
    for (_work, season), (items, _keys) in learning.groups.items():
        timeline = PremiereTimeline(items, season)
        for as_of in _dates(rng, 12):
            published = [i for i in items if i.published <= as_of]
            basis = timeline.by(as_of)
            if not published:
                assert basis is None
                continue
            assert basis is not None
            alone = PremiereBasis(published, season, release_items(published, season))
            assert (basis.items, basis.releases, basis.firm) == (alone.items, alone.releases, alone.firm)
            assert basis.pending == alone.pending
            assert (dict(basis.moves[0]), basis.moves[1:]) == (dict(alone.moves[0]), alone.moves[1:])
            reports = basis.moves[0]  # a window nobody reported: absent, and the reports stay whole
            assert reports.get((date(1990, 1, 1), date(1990, 1, 2))) is None
            assert dict(reports) == dict(alone.moves[0])
            for later in (as_of, as_of + timedelta(days=30), as_of + timedelta(days=400)):
                found = find_premiere(published, season, later, basis=basis)
                assert found == find_premiere(published, season, later, basis=alone)
                premieres += found is not None
    assert premieres  # the outcomes of predictions against a premiere were tested too


@pytest.mark.parametrize("seed", [11, 12])
def test_reliability_for_past_dates_in_any_order_is_that_of_the_claims_published_by_then(seed: int) -> None:
    records = _with_reports(seed)
    rng = random.Random(seed)
    written = sorted({r.published for r in records if r.published is not None and r.claim.kind == "release"})
    days = [*_dates(rng, 10), *rng.sample(written, 10), written[-1] + timedelta(days=3)]  # some on a claim's day
    expected = {}
    for as_of in days:
        published = [r for r in records if r.published is not None and r.published <= as_of]
        expected[as_of] = {s.outlet: s.reliability for s in outlet_records_from(published, as_of)}
    for turn in range(3):  # each learning asked in its own order of dates
        learning = Learning(records)
        for as_of in rng.sample(days, len(days)) if turn else days:
            found = learning.reliability(as_of)
            assert found == expected[as_of]
            assert list(found) == list(expected[as_of])


@pytest.mark.parametrize("seed", [21, 22, 23])
def test_truth_discovery_counting_misses_and_weights_is_the_general_weighing(seed: int) -> None:
    """Without copiers' groups, claim weights or similarity, ``discover`` counts misses per value
    and adds each source's weight once per value: what the general weighing (a claim weight of
    one, a similarity that implies nothing) gives, repeated claims included."""
    rng = random.Random(seed)
    for _ in range(60):
        sources = [f"outlet{n}.test" for n in range(rng.randint(1, 10))]
        triples = [(rng.choice(sources), f"fact{rng.randint(1, 4)}", rng.choice("abc")) for _ in range(rng.randint(1, 50))]
        prior = {s: rng.uniform(-0.5, 2.0) for s in sources} if rng.random() < 0.5 else None
        counted = discover(triples, prior=prior, copies=False)
        general = discover(triples, prior=prior, copies=False, similarity=lambda _a, _b: 0.0,
                           claim_weight={(s, o): 1.0 for s, o, _v in triples})
        assert counted == general
        assert list(counted.weight) == list(general.weight)
        assert discover(triples, prior=prior) == discover(triples, prior=prior, claim_weight={(s, o): 1.0 for s, o, _v in triples})
