"""The shortcuts of the cast finder find exactly what running every pattern finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nextseason.extract import cast_recast

# words around recasting verbs, and words that are almost those verbs ("over" in "however")
PIECES = ["Dana Kim", "Lee", "Park Min-jae", "Ray's", " ", " ", "\t", ",", ".", "will", "is", "was", "has been",
          "replaces", "replacing", "succeeds", "take over", "takes over", "took over", "taking over", "from",
          "the role", "in place of", "instead of", "exit", "departure", "stepping", "stepped", "steps", "away",
          "down", "back", "in", "recast", "be", "with", "set to step", "however", "overall", "Stepping", "Exit"]
SENTENCES = st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join)


def every_pattern(s: str) -> dict[int, str]:
    """The statuses with every pattern run (no literal gates)."""
    statuses: dict[int, str] = {}
    for status, patterns in (("leaving", cast_recast._OLD), ("new", cast_recast._NEW)):
        for pattern in patterns:
            for match in pattern.finditer(s):
                statuses.setdefault(match.start("n"), status)
    return statuses


@settings(max_examples=600, deadline=None)
@given(SENTENCES)
def test_recast_statuses_with_literal_gates_find_what_every_pattern_finds(s):
    assert cast_recast.recast_statuses(s) == every_pattern(s)


def test_recast_statuses_place_the_new_and_the_old_name():
    s = "Dana Kim replaces Lee Ho as the captain, taking over from Lee Ho after his exit"
    statuses = cast_recast.recast_statuses(s)
    assert statuses[s.index("Dana Kim")] == "new"
    assert statuses[s.index("Lee Ho")] == "leaving"
