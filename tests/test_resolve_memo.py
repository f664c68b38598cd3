"""What resolution remembers between calls is forgotten when it must be: a store write, an alias,
a newer claim within the as-of date, other weights. (Sentences and names are the project's own.)"""

from __future__ import annotations

import gc
import hashlib
from dataclasses import replace
from datetime import date

from nextseason.models import CastValue, Claim, ClaimRecord, Document, Interval, ProcessedDocument
from nextseason.resolve import DEFAULT, resolve_status, status_for
from nextseason.store import open_store
from nextseason.store.base import Alias

D = date.fromisoformat
WORK = "Harbor Lights"


def _article(number: int, day: str, claims: tuple[Claim, ...], outlet: str = "a.example") -> ProcessedDocument:
    text = f"our own article number {number} about the harbor lights, written on {day}, words {number * 7}"
    doc = Document(hashlib.sha256(text.encode()).hexdigest(), f"memo-{number}", text, url=f"https://{outlet}/{number}",
                   published=D(day), published_range=Interval.day(D(day)), published_basis="field")
    return ProcessedDocument(doc, claims)


def _release(start: str, end: str, certainty: str = "reported") -> Claim:
    return Claim(WORK, 2, "release", Interval(D(start), D(end)), "affirmed", certainty, quote="it returns then")


def test_a_repeated_status_is_the_remembered_answer(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    store.add(_article(1, "2025-01-10", (_release("2026-01-01", "2026-12-31"),)))
    first = status_for(store, WORK, 2, D("2025-03-01"))
    assert status_for(store, WORK, 2, D("2025-03-01")) is first
    assert status_for(store, WORK, 2, D("2025-03-02")) is not first


def test_a_store_write_makes_status_see_the_new_claim(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    store.add(_article(1, "2025-01-10", (_release("2026-01-01", "2026-12-31"),)))
    before = status_for(store, WORK, 2, D("2025-06-01"))
    store.add(_article(2, "2025-05-01", (_release("2026-09-01", "2026-09-30", "official"),), "b.example"))
    after = status_for(store, WORK, 2, D("2025-06-01"))
    assert (before.claims_used, after.claims_used) == (1, 2)
    assert after.release is not None and after.release.label == "September 2026"


def test_a_new_alias_regroups_cast_without_a_claim_write(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    store.add(_article(1, "2025-01-10", (Claim(WORK, 2, "cast", CastValue("Wren Adley"), quote="she is back"),
                                         Claim(WORK, 2, "cast", CastValue("Kestrel"), quote="so is the singer"))))
    apart = status_for(store, WORK, 2, D("2025-03-01"))
    for name in ("Wren Adley", "Kestrel"):  # as an alias file puts them: the canonical name too
        store.set_alias(Alias("person", name, "Wren Adley", "file"))
    together = status_for(store, WORK, 2, D("2025-03-01"))
    assert len(apart.cast) == 2
    assert len(together.cast) == 1


def _rec(value: Interval, published: str, domain: str, certainty: str = "reported") -> ClaimRecord:
    claim = Claim(WORK, 2, "release", value, "affirmed", certainty, quote="a sentence of our own")
    return ClaimRecord(claim, f"{domain}-{published}", f"{domain}-{published}", D(published), False,
                       f"https://{domain}/x", domain, None)


def test_the_same_records_at_a_later_date_take_in_the_newer_claim() -> None:
    records = [_rec(Interval(D("2026-01-01"), D("2026-12-31")), "2025-01-10", "a.example"),
               _rec(Interval(D("2027-01-01"), D("2027-04-30")), "2025-06-01", "b.example")]
    early = resolve_status(records, WORK, 2, D("2025-03-01"))
    late = resolve_status(records, WORK, 2, D("2025-07-01"))
    again = resolve_status(records, WORK, 2, D("2025-03-02"))
    assert (early.claims_used, late.claims_used, again.claims_used) == (1, 2, 1)
    assert late.release is not None and late.release.label == "early 2027"


def test_other_outlet_weights_change_the_answer_for_the_same_records() -> None:
    records = [_rec(Interval(D("2026-01-01"), D("2026-04-30")), "2025-01-10", "a.example"),
               _rec(Interval(D("2026-09-01"), D("2026-12-31")), "2025-01-10", "b.example")]
    trust_a = replace(DEFAULT, reliability={"a.example": 0.9, "b.example": 0.2})
    trust_b = replace(DEFAULT, reliability={"a.example": 0.2, "b.example": 0.9})
    first = resolve_status(records, WORK, 2, D("2025-03-01"), trust_a)
    second = resolve_status(records, WORK, 2, D("2025-03-01"), trust_b)
    assert first.release is not None and first.release.label == "early 2026"
    assert second.release is not None and second.release.label == "late 2026"


def test_two_in_memory_stores_with_one_history_length_keep_their_own_answers() -> None:
    answers = []
    for start, end in (("2026-01-01", "2026-12-31"), ("2027-01-01", "2027-04-30")):
        store = open_store("sqlite:///:memory:")
        store.add(_article(1, "2025-01-10", (_release(start, end),)))
        answers.append(status_for(store, WORK, 2, D("2025-03-01")).release.label)  # type: ignore[union-attr]
        store.close()
    assert answers == ["2026", "early 2027"]


def test_what_an_answer_leaves_alive_is_kept_out_of_collections_and_the_collector_resumes() -> None:
    from nextseason.store import collector as pause

    assert gc.isenabled()
    before = gc.get_freeze_count()
    with pause.collector_paused():
        assert not gc.isenabled()
        kept = [[n] for n in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + 1000
    assert kept[999] == [999]


def test_cyclic_garbage_of_an_answer_is_collected_once_the_frozen_limit_is_passed(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import weakref

    from nextseason.store import collector as pause

    class Node:
        pass

    monkeypatch.setattr(pause, "FROZEN_LIMIT", 0)
    with pause.collector_paused():
        node = Node()
        node.self = node  # type: ignore[attr-defined]
        alive = weakref.ref(node)
        del node
    assert gc.isenabled() and gc.get_freeze_count() == 0  # unfrozen, not frozen
    gc.collect()
    assert alive() is None


def _episodes(count: int, published: str, domain: str) -> ClaimRecord:
    from nextseason.models import EpisodesValue

    claim = Claim(WORK, 2, "episodes", EpisodesValue(count), "affirmed", "reported", quote="our own words")
    return ClaimRecord(claim, f"{domain}-{published}-{count}", f"{domain}-{published}-{count}", D(published),
                       False, f"https://{domain}/e", domain, None)


def test_a_claim_restating_a_contested_fact_reuses_truth_discovery_and_learns_the_same(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from nextseason.resolve import reliability

    runs: list[int] = []
    real = reliability.discover
    monkeypatch.setattr(reliability, "discover", lambda triples, **kw: runs.append(1) or real(triples, **kw))
    reliability._DISCOVERED.clear()
    records = [_episodes(8, "2025-01-10", "a.example"), _episodes(10, "2025-01-11", "b.example"),
               _episodes(8, "2025-01-12", "c.example"),
               _rec(Interval(D("2026-01-01"), D("2026-03-31")), "2025-02-01", "b.example")]
    day = D("2025-06-01")
    learning = reliability.Learning(records)
    before = learning.reliability(day)
    restated = records + [_episodes(8, "2025-03-01", "c.example")]  # c.example says 8 again
    grown = learning.extended(restated).reliability(day)
    assert len(runs) == 1  # the contested facts are those of before: discovered once
    changed = restated + [_episodes(10, "2025-03-02", "a.example")]  # a.example now says 10
    grown_changed = learning.extended(changed).reliability(day)
    assert len(runs) == 2
    reliability._DISCOVERED.clear()
    assert grown == reliability.Learning(restated).reliability(day) and before["a.example"] > before["b.example"]
    assert grown_changed == reliability.Learning(changed).reliability(day)
