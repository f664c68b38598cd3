"""Claims read back from rows are made through the slots' setters: the same records as the
models' own constructors make."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, fields
from datetime import date

import pytest

from nextseason.models import Claim, ClaimRecord, Interval
from nextseason.store.rows import record_from_tuple, slot_writer


def test_a_record_read_from_a_row_is_the_record_the_constructors_make() -> None:
    window = '{"start": "2026-03-01", "end": "2026-03-31", "precision": "month", "label": "March 2026"}'
    row = ("doc-hash", "Salt Meridian", 2, "release", window, "affirmed", "official", None, "the studio",
           "it opens in March", 3, 20, "art-1", "2025-11-02", "2025-11-02", "https://x.test/1", "x.test", "c-9")
    got = record_from_tuple(row)
    claim = Claim("Salt Meridian", 2, "release", Interval(date(2026, 3, 1), date(2026, 3, 31), "month", "March 2026"),
                  "affirmed", "official", None, "the studio", "it opens in March", 3, 20)
    want = ClaimRecord(claim, "doc-hash", "art-1", date(2025, 11, 2), False, "https://x.test/1", "x.test", "c-9")
    assert got == want and hash(got) == hash(want) and repr(got) == repr(want)
    assert type(got) is ClaimRecord and type(got.claim) is Claim
    assert [getattr(got.claim, f.name) for f in fields(Claim)] == [getattr(claim, f.name) for f in fields(Claim)]
    with pytest.raises(FrozenInstanceError):
        got.claim.work = "Other"  # type: ignore[misc]
    undated = record_from_tuple(row[:13] + (None, "2025-11-02") + row[15:])
    assert undated.published_inferred and undated.published == date(2025, 11, 2)


def test_a_model_whose_fields_differ_is_made_by_its_own_constructor() -> None:
    @dataclass(frozen=True, slots=True)
    class Checked:
        a: int
        b: int = 0

        def __post_init__(self) -> None:
            if self.a < 0:
                raise ValueError("negative")

    assert slot_writer(Checked, ("a", "b")) is Checked  # it has a __post_init__
    assert slot_writer(ClaimRecord, ("claim", "document_id")) is ClaimRecord  # not its fields
    assert slot_writer(ClaimRecord, tuple(f.name for f in fields(ClaimRecord))) is not ClaimRecord
