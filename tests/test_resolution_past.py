"""Resolution for a never-asked past date: what is kept across dates (per-season first positions
of an index, the joining of cast names per distinct pair) gives what a fresh pass gives, whatever
the dates asked before. (Names and titles are the project's own.)"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

import pytest
from test_resolve_index import START, WORK, _predictions, _records

from nextseason.resolve import DEFAULT
from nextseason.resolve.aliases import _joined_pairs, group_people, group_people_cached
from nextseason.resolve.evidence import select
from nextseason.resolve.selection import select_indexed, split_items

NAMES = ("Ilsa Brand", "Ilsa-Brand", "Brand Ilsa", "Teo Marr", "Theo Marr", "Cho Yi-hyun", "Choi Yi Hyun",
         "Wren Oduya", "Wren")
CHARACTERS = (None, None, "Captain Sola", "Sola", "Doctor Venn", "Venn", "Mirel")


@pytest.mark.parametrize("seed", [3, 5, 12])
def test_a_split_for_dates_asked_in_any_order_on_a_growing_index_is_the_plain_split(seed: int) -> None:
    records = _records(seed, 300)
    rng = random.Random(seed)
    outlets = sorted({r.domain or r.doc_id for r in records})
    for end in (120, 121, 260, len(records)):  # each list starts with the one before: the index grows
        part = records[:end]
        for _turn in range(5):  # dates in random order: the first positions kept serve each of them
            as_of = START + timedelta(days=rng.randint(-5, 760))
            settings = replace(DEFAULT, reliability={o: rng.choice((0.3, 0.6, 0.9)) for o in outlets})
            plain = select(part, WORK, as_of, settings)
            selection = select_indexed(part, tuple(map(id, part)), WORK, as_of, settings)
            for season in (1, 2, 3, None):
                fast, reference = selection.split(season), split_items(plain, season)
                assert fast[:8] == reference[:8], (season, as_of)
                assert _predictions(fast.predictions) == _predictions(reference.predictions)
                assert fast.documents == reference.documents


@pytest.mark.parametrize("seed", range(6))
def test_cast_names_grouped_through_the_kept_joins_are_those_grouped_afresh(seed: int) -> None:
    rng = random.Random(seed)
    pairs = [(rng.choice(NAMES), rng.choice(CHARACTERS)) for _ in range(rng.randint(1, 12))]
    aliases = {"Wren": "Wren Oduya"} if seed % 2 else {}
    for _turn in range(8):  # the same distinct pairs first met in the same order, in other numbers
        mentions = pairs + rng.choices(pairs, k=rng.randint(0, 30))  # (another date): the joins kept
        assert group_people_cached(mentions, aliases) == group_people(mentions, aliases)
    _joined_pairs.cache_clear()
    mentions = rng.sample(pairs, len(pairs)) * 2
    assert group_people_cached(mentions, aliases) == group_people(mentions, aliases)
