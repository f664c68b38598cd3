"""The Store contract: every backend (a real SQLite file, a real PostgreSQL server) passes it.

Example articles here are written for these tests, about an invented show.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from nextseason.errors import NotFoundError, StoreError, UsageError
from nextseason.models import (
    CastValue,
    Claim,
    Document,
    Interval,
    ProcessedDocument,
    ProductionValue,
    Rejection,
    RenewalValue,
    Span,
)
from nextseason.store import Alias, open_store
from nextseason.text import work_key

ROOT = Path(__file__).resolve().parents[1]


def with_search_path(url: str, schema: str) -> str:
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_schema_url(postgres_url: str) -> Iterator[str]:
    """A fresh schema on the test server, dropped afterwards."""
    psycopg = pytest.importorskip("psycopg")
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield with_search_path(postgres_url, schema)
    finally:
        with psycopg.connect(postgres_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest) -> str:
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("pg_schema_url"))


@pytest.fixture
def store(store_url: str) -> Iterator[object]:
    opened = open_store(store_url)
    yield opened
    opened.close()


def make_doc(text: str, doc_id: str, *, url: str | None = "https://www.example-news.test/a",
             published: date | None = date(2024, 3, 5), **extra: object) -> Document:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Document(id=digest, doc_id=doc_id, text=text, url=url, published=published, **extra)  # type: ignore[arg-type]


STORY = (
    "The streaming service has confirmed that Lantern Street will return for a second season. "
    "Filming began in the coastal town last autumn and the crew expects to wrap in the spring. "
    "The showrunner said the new episodes pick up a few months after the flood that ended the "
    "first run, and that most of the young cast will be back, including the two leads who "
    "played the rival siblings. A release is expected early next year, though no exact date "
    "has been announced by the platform so far."
)


def renewal_claim(text: str, work: str = "Lantern Street") -> Claim:
    quote = "will return for a second season"
    start = text.index(quote)
    return Claim(work=work, season=2, kind="renewal", value=RenewalValue("renewed"),
                 certainty="official", quote=quote, quote_start=start, quote_end=start + len(quote))


def release_claim(text: str) -> Claim:
    quote = "A release is expected early next year"
    start = text.index(quote)
    return Claim(work="Lantern Street", season=2, kind="release",
                 value=Interval(date(2025, 1, 1), date(2025, 4, 30), "third", "early 2025"),
                 certainty="expected", source="the showrunner", quote=quote, quote_start=start,
                 quote_end=start + len(quote))


# ------------------------------------------------------------------ schema and identity


def test_store_opens_migrated_and_reopens_at_same_version(store_url: str) -> None:
    first = open_store(store_url)
    version = first.schema_version()  # type: ignore[attr-defined]
    first.close()
    again = open_store(store_url)
    assert version >= 1 and again.schema_version() == version  # type: ignore[attr-defined]
    assert again.count_documents() == 0
    again.close()


def test_add_twice_adds_nothing_the_second_time(store) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(STORY, "story-1")
    first = store.add(ProcessedDocument(doc, (renewal_claim(STORY),)))
    second = store.add(ProcessedDocument(doc, (renewal_claim(STORY),)))
    assert first.added and not second.added
    assert first.document_id == second.document_id == doc.id
    assert store.count_documents() == 1
    assert len(store.claims_of(doc.id)) == 1


def test_document_round_trips_every_field(store) -> None:  # type: ignore[no-untyped-def]
    text = "date 2024-01-02\nSome text about a show.\nRead more: another story\n"
    doc = make_doc(
        text, "files/a.txt", url="https://www.trade-paper.test/tv/show", published=None,
        title="A show returns", published_range=Interval(date(2023, 11, 1), date(2024, 2, 1), "range", None),
        published_basis="inferred", boilerplate=(Span(40, 66),), folded=(Span(16, 40),),
        source_kind="txt", metadata={"author": "Someone", "tags": ["tv", "drama"]},
    )
    store.add(ProcessedDocument(doc))
    back = store.document(doc.id)
    assert back == doc
    assert back.domain == "trade-paper.test"


def test_document_lookup_by_prefix_and_external_id(store) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(STORY, "external-7")
    store.add(ProcessedDocument(doc))
    assert store.document(doc.id[:10]).id == doc.id
    assert store.document("external-7").id == doc.id
    with pytest.raises(NotFoundError):
        store.document("no-such-article")


def test_ambiguous_prefix_is_a_usage_error(store) -> None:  # type: ignore[no-untyped-def]
    docs = [make_doc(f"{STORY} Variant number {i}.", f"v{i}") for i in range(1200)]
    store.add_many(ProcessedDocument(d) for d in docs)
    ids = sorted(d.id for d in docs)
    # two ids sharing their first four characters exist among 1200 (birthday bound over 65536)
    pair = next(((x, y) for x, y in itertools.pairwise(ids) if x[:4] == y[:4]), None)
    if pair is None:
        pytest.fail("no two generated ids share a 4-character prefix; generate more")
    with pytest.raises(UsageError):
        store.document(pair[0][:4])


def test_documents_come_back_in_ingestion_order(store) -> None:  # type: ignore[no-untyped-def]
    docs = [make_doc(f"Article number {i} about nothing in particular.", f"d{i}") for i in range(450)]
    store.add_many(ProcessedDocument(d) for d in docs)
    assert [d.doc_id for d in store.documents()] == [d.doc_id for d in docs]
    assert [a.doc_id for a in store.articles()] == [d.doc_id for d in docs]


# ------------------------------------------------------------------ claims


def test_claims_round_trip_with_interval_precision_and_label(store) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(STORY, "story-1")
    claims = (
        renewal_claim(STORY),
        release_claim(STORY),
        Claim(work="Lantern Street", season=2, kind="production",
              value=ProductionValue("filming", "end", Interval(date(2025, 3, 1), date(2025, 5, 31), "season",
                                                               "spring 2025")),
              polarity="affirmed", certainty="expected", as_of=Interval.day(date(2024, 3, 1)),
              quote="expects to wrap in the spring"),
        Claim(work="Lantern Street", season=2, kind="release", value=None, polarity="negated",
              quote="no exact date has been announced"),
        Claim(work="Lantern Street", season=2, kind="cast", value=CastValue("Jo Bloggs", None, "returning")),
    )
    store.add(ProcessedDocument(doc, claims))
    assert [r.claim for r in store.claims_of(doc.id)] == list(claims)
    exported = [c.to_exchange() for _, cs in store.claims_by_article() for c in cs]
    assert exported == [c.to_exchange() for c in claims]


def test_claim_records_carry_article_context(store) -> None:  # type: ignore[no-untyped-def]
    dated = make_doc(STORY, "dated", url="https://www.example-news.test/x", published=date(2024, 3, 5))
    other_text = STORY.replace("second", "2nd") + " Extra words to keep it distinct from the first one."
    inferred = make_doc(other_text, "inferred", url="https://blog.test/y", published=None,
                        published_range=Interval(date(2024, 1, 1), date(2024, 6, 30), "range"),
                        published_basis="inferred")
    store.add(ProcessedDocument(dated, (renewal_claim(STORY),)))
    store.add(ProcessedDocument(inferred, (Claim(work="The Lantern Street", season=2, kind="renewal",
                                                 value=RenewalValue("renewed")),)))
    records = store.claim_records(work_key=work_key("Lantern Street"), season=2)
    assert [(r.doc_id, r.published, r.published_inferred, r.domain) for r in records] == [
        ("dated", date(2024, 3, 5), False, "example-news.test"),
        ("inferred", date(2024, 6, 30), True, "blog.test"),
    ]
    assert records[0].url == "https://www.example-news.test/x"


@pytest.mark.parametrize("as_of, expected", [
    (date(2024, 3, 4), []),
    (date(2024, 3, 5), ["dated"]),
    (date(2024, 6, 29), ["dated"]),
    (date(2024, 6, 30), ["dated", "inferred"]),
])
def test_claim_records_as_of_uses_stated_else_inferred_end(store, as_of: date,  # type: ignore[no-untyped-def]
                                                           expected: list[str]) -> None:
    a = make_doc("first article text about the show returning", "dated", published=date(2024, 3, 5))
    b = make_doc("second article, a different text entirely here", "inferred", published=None,
                 published_range=Interval(date(2024, 1, 1), date(2024, 6, 30), "range"))
    c = make_doc("third article with no date that can be bounded at all", "undated", published=None)
    for doc in (a, b, c):
        store.add(ProcessedDocument(doc, (Claim(work="Lantern Street", season=2, kind="renewal",
                                                value=RenewalValue("renewed")),)))
    got = store.claim_records(work_key="lanternstreet", season=2, published_on_or_before=as_of)
    assert [r.doc_id for r in got] == expected
    assert len(store.claim_records(work_key="lanternstreet", season=2)) == 3


def test_claim_records_filter_by_work_and_season(store) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(STORY, "s")
    claims = tuple(Claim(work=w, season=s, kind="renewal", value=RenewalValue("renewed"))
                   for w, s in [("Lantern Street", 2), ("Lantern Street", 3), ("Harbor Lights", 2)])
    store.add(ProcessedDocument(doc, claims))
    assert [(r.claim.work, r.claim.season) for r in store.claim_records(work_key="lanternstreet", season=3)] \
        == [("Lantern Street", 3)]
    assert len(store.claim_records(work_key="lanternstreet")) == 2
    assert len(store.claim_records(season=2)) == 2
    assert sorted(store.works()) == [("Harbor Lights", 2), ("Lantern Street", 2), ("Lantern Street", 3)]


def test_replace_claims_swaps_the_claims_of_one_document(store) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(STORY, "s")
    keep = make_doc(STORY + " A different tail.", "t")
    store.add(ProcessedDocument(doc, (renewal_claim(STORY),)))
    store.add(ProcessedDocument(keep, (renewal_claim(keep.text),)))
    store.replace_claims(ProcessedDocument(doc, (release_claim(STORY), renewal_claim(STORY))))
    assert [r.claim.kind for r in store.claims_of(doc.id)] == ["release", "renewal"]
    assert [r.claim.kind for r in store.claims_of(keep.id)] == ["renewal"]
    with pytest.raises(NotFoundError):
        store.replace_claims(ProcessedDocument(make_doc("never stored", "x")))


def test_failed_add_leaves_nothing_behind(store) -> None:  # type: ignore[no-untyped-def]
    good = make_doc(STORY, "good")
    bad = make_doc(STORY + " more", "bad")
    broken = Claim(work="Lantern Street", season=2, kind="renewal", value=RenewalValue("renewed"),
                   quote_start=object())  # type: ignore[arg-type]  # not storable: the write fails
    store.add(ProcessedDocument(good))
    with pytest.raises(StoreError):
        store.add(ProcessedDocument(bad, (renewal_claim(bad.text), broken)))
    assert store.count_documents() == 1
    assert store.claim_records() == []
    assert store.add(ProcessedDocument(bad, (renewal_claim(bad.text),))).added
    assert store.count_documents() == 2


# ------------------------------------------------------------------ rejections and aliases


def test_rejections_are_listed_with_reason_and_not_repeated(store) -> None:  # type: ignore[no-untyped-def]
    store.reject(Rejection("in/bad.bin", "binary file", "NUL bytes at offset 3"))
    store.reject(Rejection("in/a.jsonl:7", "malformed JSON line", "Expecting value"))
    store.reject(Rejection("in/bad.bin", "binary file", "NUL bytes at offset 3"))
    got = store.rejections()
    assert [(r.source, r.reason, r.detail) for r in got] == [
        ("in/bad.bin", "binary file", "NUL bytes at offset 3"),
        ("in/a.jsonl:7", "malformed JSON line", "Expecting value"),
    ]
    assert all(r.at[:4].isdigit() for r in got)


def test_an_input_that_reads_since_is_no_longer_listed_as_rejected(store) -> None:  # type: ignore[no-untyped-def]
    store.reject(Rejection("in/notes.txt", "empty file", "0 bytes, no text"))
    store.reject(Rejection("in/other.bin", "binary file", None))
    store.add(ProcessedDocument(make_doc("Harbour Lights returns for a second season next spring.",
                                         "in/notes.txt")))
    assert [r.source for r in store.rejections()] == ["in/other.bin"]


def test_aliases_are_set_and_updated(store) -> None:  # type: ignore[no-untyped-def]
    store.set_alias(Alias("person", "Park Ji Hoo", "Park Ji-hu", "file"))
    store.set_alias(Alias("work", "Lantern St", "Lantern Street", "user"))
    store.set_alias(Alias("person", "Park Ji Hoo", "Park Jihu", "user"))
    assert store.aliases() == [Alias("person", "Park Ji Hoo", "Park Jihu", "user"),
                               Alias("work", "Lantern St", "Lantern Street", "user")]


# ------------------------------------------------------------------ near-duplicates

SYNDICATED_A = (
    "Production on the second season of Lantern Street is officially under way, the network said "
    "on Monday. Cameras started rolling in a fishing village on the northern coast, where the crew "
    "will stay for roughly five months before moving to studio sets in the capital. The returning "
    "cast includes both leads, and three new faces join as members of a rival family that arrives "
    "in town after the flood. The network has not given a premiere date, but an executive said the "
    "aim is to have the eight new episodes ready for viewers before the end of next year."
)
SYNDICATED_B = (
    "Production on the second season of Lantern Street is officially under way, the network said "
    "on Monday. Cameras started rolling in a small fishing village on the northern coast, where the crew "
    "will stay for roughly five months before moving to studio sets in the capital. The returning "
    "cast includes both leads, and three new faces join as members of a rival family that arrives "
    "in town after the flood. The network has not given a premiere date, but an executive said the "
    "aim is to have the eight new episodes ready for viewers before the end of next year.\n"
    "Read more: the ten best coastal dramas of the decade\nShare this article"
)
UNRELATED = (
    "A cooking competition from the same network will not come back, its host confirmed in an "
    "interview, after two seasons of falling ratings and a long dispute over the judging panel. "
    "The host thanked the contestants and said a new project is already being planned elsewhere."
)


def test_syndicated_copies_share_a_cluster_and_others_stay_alone(store) -> None:  # type: ignore[no-untyped-def]
    a = make_doc(SYNDICATED_A, "wire-a", url="https://site-one.test/a")
    boiler_start = SYNDICATED_B.index("\nRead more")
    b = make_doc(SYNDICATED_B, "wire-b", url="https://site-two.test/b",
                 boilerplate=(Span(boiler_start + 1, len(SYNDICATED_B)),))
    c = make_doc(UNRELATED, "other")
    ra = store.add(ProcessedDocument(a, (Claim(work="Lantern Street", season=2, kind="production",
                                               value=ProductionValue("filming", "start", None)),)))
    rb = store.add(ProcessedDocument(b, (Claim(work="Lantern Street", season=2, kind="production",
                                               value=ProductionValue("filming", "start", None)),)))
    rc = store.add(ProcessedDocument(c))
    assert ra.cluster is None
    assert rb.cluster is not None and rc.cluster is None
    assert store.clusters() == {rb.cluster: [a.id, b.id]}
    records = store.claim_records(work_key="lanternstreet", season=2)
    assert {r.cluster for r in records} == {rb.cluster}
    assert {s.doc_id: s.cluster for s in store.articles()} == {"wire-a": rb.cluster, "wire-b": rb.cluster,
                                                               "other": None}


def test_near_duplicate_found_by_a_fresh_store_instance(store_url: str) -> None:
    first = open_store(store_url)
    first.add(ProcessedDocument(make_doc(SYNDICATED_A, "wire-a")))
    first.close()
    second = open_store(store_url)
    result = second.add(ProcessedDocument(make_doc(SYNDICATED_B, "wire-b")))
    assert result.added and result.cluster is not None
    third_copy = SYNDICATED_A.replace("roughly five months", "about five months")
    assert second.add(ProcessedDocument(make_doc(third_copy, "wire-c"))).cluster == result.cluster
    assert len(second.clusters()[result.cluster]) == 3
    second.close()


# ------------------------------------------------------------------ a real kill mid-ingest

WRITER = textwrap.dedent("""
    import hashlib, sys
    from datetime import date
    from nextseason.models import Claim, Document, ProcessedDocument, RenewalValue
    from nextseason.store import open_store

    url, count = sys.argv[1], int(sys.argv[2])
    store = open_store(url)
    for i in range(count):
        text = f"Generated article {i}: the show number {i % 97} returns with season {i % 5 + 1}. " * 3
        doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), doc_id=f"gen-{i}", text=text,
                       published=date(2024, 1, 1 + i % 28))
        claims = tuple(Claim(work=f"Show {i % 97}", season=k, kind="renewal", value=RenewalValue("renewed"),
                             quote=f"claim {k}") for k in range(1 + i % 4))
        store.add(ProcessedDocument(doc, claims))
        if i % 50 == 0:
            print(i, flush=True)
    store.close()
    print("done", flush=True)
""")


def expected_claims(doc_id: str) -> int:
    return 1 + int(doc_id.split("-")[1]) % 4


def assert_consistent(url: str) -> int:
    store = open_store(url)
    try:
        if hasattr(store, "integrity_problems"):
            assert store.integrity_problems() == []
        per_doc: dict[str, int] = {}
        for record in store.claim_records():
            per_doc[record.doc_id] = per_doc.get(record.doc_id, 0) + 1
        docs = [a.doc_id for a in store.articles()]
        assert len(docs) == len(set(docs)) == store.count_documents()
        assert set(per_doc) == set(docs)  # every claim's document exists, every document has its claims
        assert all(per_doc[d] == expected_claims(d) for d in docs), "a document lost part of its claims"
        assert store.count_claims() == sum(per_doc.values())  # type: ignore[attr-defined]
        return len(docs)
    finally:
        store.close()


@pytest.mark.slow
def test_process_killed_mid_ingest_leaves_consistent_store_and_rerun_completes(store_url: str,
                                                                               tmp_path: Path) -> None:
    total = 3000
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, str(script), store_url, str(total)], stdout=subprocess.PIPE,
                            text=True, env=env)
    assert proc.stdout is not None
    seen = 0
    deadline = time.monotonic() + 120
    while seen < total // 3 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        seen = int(line) if line.strip().isdigit() else seen
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the writer finished before it could be killed"
    stored = assert_consistent(store_url)
    assert total // 3 <= stored < total
    done = subprocess.run([sys.executable, str(script), store_url, str(total)], check=False,
                          capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    assert assert_consistent(store_url) == total


# ------------------------------------------------------------------ backend specifics


def test_sqlite_store_uses_wal_foreign_keys_and_busy_timeout(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    conn = store._conn  # type: ignore[attr-defined]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    store.close()


def test_bare_path_opens_sqlite(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "sub" / "plain.db"))
    assert store.count_documents() == 0
    store.close()
    assert (tmp_path / "sub" / "plain.db").exists()


def test_unknown_url_scheme_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        open_store("mysql://somewhere/db")


def test_unreachable_postgres_is_a_store_error() -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError):
        open_store("postgresql://nobody@127.0.0.1:1/nothing?connect_timeout=2")


def test_missing_psycopg_says_which_extra(tmp_path: Path) -> None:
    blocker = tmp_path / "block" / "psycopg"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('psycopg blocked for this test')\n")
    code = ("from nextseason.errors import MissingExtraError\n"
            "from nextseason.store import open_store\n"
            "try:\n    open_store('postgresql://x@127.0.0.1:1/db')\n"
            "except MissingExtraError as e:\n    print('extra', e.extra)\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path / "block"), str(ROOT / "src")])}
    out = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, env=env,
                         timeout=60)
    assert out.stdout.strip() == "extra postgres", out.stderr


def test_reading_claims_does_not_import_the_near_duplicate_libraries(tmp_path: Path) -> None:
    """datasketch imports scipy (about a second): a process that only reads (``status``) skips it,
    and a write still finds the near-duplicate."""
    url = f"sqlite:///{tmp_path / 'lazy.db'}"
    store = open_store(url)
    store.add(ProcessedDocument(make_doc(SYNDICATED_A, "wire-a"), (renewal_claim(STORY),)))
    store.close()
    code = ("import sys\nfrom nextseason.store import open_store\n"
            f"store = open_store({url!r})\nprint(len(store.claim_records()))\n"
            "print(sorted(m for m in ('datasketch', 'scipy', 'numpy') if m in sys.modules))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, env=env,
                         timeout=60)
    assert out.stdout.split("\n")[:2] == ["1", "[]"], out.stderr
    store = open_store(url)
    added = store.add(ProcessedDocument(make_doc(SYNDICATED_B, "wire-b"), (renewal_claim(STORY),)))
    store.close()
    assert added.added and added.cluster is not None


def test_every_claim_in_ingestion_order_is_read_without_a_sort(tmp_path: Path) -> None:
    import sqlite3

    from nextseason.store.sql import _EVERY_SQL

    store = open_store(f"sqlite:///{tmp_path / 'order.db'}")
    store.close()
    conn = sqlite3.connect(tmp_path / "order.db")
    plan = " ".join(str(row[-1]) for row in conn.execute(
        f"EXPLAIN QUERY PLAN {_EVERY_SQL} ORDER BY c.doc_seq, c.ordinal"))
    conn.close()
    assert "claims_order" in plan and "TEMP B-TREE" not in plan, plan


# ------------------------------------------------------------------ readers see other writers


def test_a_reader_keeping_every_claim_sees_old_claims_rewritten_by_another_writer(store_url: str) -> None:
    reader, writer = open_store(store_url), open_store(store_url)
    try:
        a = make_doc(SYNDICATED_A, "wire-a")
        writer.add(ProcessedDocument(a, (renewal_claim(STORY),)))
        assert [(r.doc_id, r.cluster) for r in reader.claim_records()] == [("wire-a", None)]
        added = writer.add(ProcessedDocument(make_doc(SYNDICATED_B, "wire-b"), (renewal_claim(STORY),)))
        assert added.cluster is not None  # the stored article joined the new one's cluster
        assert [(r.doc_id, r.cluster) for r in reader.claim_records()] == [("wire-a", added.cluster),
                                                                         ("wire-b", added.cluster)]
        writer.replace_claims(ProcessedDocument(a))
        assert [r.doc_id for r in reader.claim_records()] == ["wire-b"]
        writer.add(ProcessedDocument(make_doc(UNRELATED, "other"), (renewal_claim(STORY),)))
        assert [r.doc_id for r in reader.claim_records()] == ["wire-b", "other"]
    finally:
        reader.close()
        writer.close()


def test_cached_answers_follow_writes_from_another_store_instance(store_url: str) -> None:
    reader, writer = open_store(store_url), open_store(store_url)
    try:
        a = make_doc(SYNDICATED_A, "wire-a")
        writer.add(ProcessedDocument(a, (Claim(work="Lantern Street", season=2, kind="production",
                                               value=ProductionValue("filming", "start", None)),)))
        first = reader.claim_records(work_key="lanternstreet", season=2)
        assert [(r.doc_id, r.cluster) for r in first] == [("wire-a", None)]
        assert reader.claim_records(work_key="lanternstreet", season=2) == first  # unchanged: same answer
        b = make_doc(SYNDICATED_B, "wire-b")
        added = writer.add(ProcessedDocument(b, (renewal_claim(STORY),)))
        second = reader.claim_records(work_key="lanternstreet", season=2)
        assert [(r.doc_id, r.cluster) for r in second] == [("wire-a", added.cluster), ("wire-b", added.cluster)]
        writer.replace_claims(ProcessedDocument(a))
        assert [r.doc_id for r in reader.claim_records(work_key="lanternstreet", season=2)] == ["wire-b"]
    finally:
        reader.close()
        writer.close()


def test_migration_from_version_1_keeps_data_and_orders_claims(tmp_path: Path) -> None:
    import sqlite3

    from nextseason.store.sql import migrations, statements

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    version, name, script = migrations("sqlite")[0]
    assert version == 1
    conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                 "applied_at TEXT NOT NULL)")
    for statement in statements(script):
        conn.execute(statement)
    conn.execute("INSERT INTO schema_version VALUES (1, ?, '2026-01-01')", (name,))
    for seq, doc_id in ((1, "old-a"), (2, "old-b")):
        conn.execute("INSERT INTO documents (id, seq, doc_id, text, published_basis, source_kind, ingested_at,"
                     " published, published_effective) VALUES (?, ?, ?, 't', 'field', 'jsonl', 'x',"
                     " '2024-01-01', '2024-01-01')", (doc_id * 8, seq, doc_id))
        conn.execute("INSERT INTO claims (document_id, ordinal, work, work_key, season, kind, value, polarity,"
                     " certainty, quote, quote_start, quote_end) VALUES (?, 0, 'Lantern Street', "
                     "'lanternstreet', 2, 'renewal', '{\"status\": \"renewed\", \"date\": null}', 'affirmed',"
                     " 'reported', 'q', 0, 1)", (doc_id * 8,))
    conn.commit()
    conn.close()
    store = open_store(str(path))
    assert store.schema_version() == max(v for v, _, _ in migrations("sqlite"))
    assert [r.doc_id for r in store.claim_records(work_key="lanternstreet", season=2)] == ["old-a", "old-b"]
    new = store.add(ProcessedDocument(make_doc(STORY, "new"), (renewal_claim(STORY),)))
    assert new.added
    assert [r.doc_id for r in store.claim_records(work_key="lanternstreet", season=2)] == ["old-a", "old-b", "new"]
    store.close()


ADJECTIVES = ("Silver", "Quiet", "Broken", "Golden", "Hidden", "Northern", "Restless", "Paper", "Velvet", "Iron")
NOUNS = ("Harbor", "Orchard", "Lantern", "Meadow", "Signal", "Bridge", "Garden", "Valley", "Archive", "Tide")


def write_generated_jsonl(path: Path, count: int) -> None:
    """Articles about invented shows, with claims the extractor finds (renewal, release)."""
    with path.open("w") as out:
        for i in range(count):
            title = f"{ADJECTIVES[i % 10]} {NOUNS[i // 10 % 10]}"
            text = (f"Netflix has renewed {title} for a second season, a spokesperson said. "
                    f"{title} season 2 is expected to premiere in early {2025 + i % 3}. "
                    f"Reference {i * 7919 % 100003} keeps this text unique.")
            out.write(json.dumps({"id": f"gen-{i}", "url": f"https://outlet{i % 11}.test/{i}",
                                  "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "text": text}) + "\n")


@pytest.mark.slow
def test_ingest_command_killed_mid_way_then_rerun_stores_everything_once(store_url: str,
                                                                         tmp_path: Path) -> None:
    from nextseason.pipeline import process_document

    total = 3000
    source = tmp_path / "many.jsonl"
    write_generated_jsonl(source, total)
    command = [sys.executable, "-c", "from nextseason.cli import main; main()", "--db", store_url,
               "ingest", str(source)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    watcher = open_store(store_url)
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 180
    while watcher.count_documents() < total // 4 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    watcher.close()
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"

    expected: dict[str, int] = {}  # claims the pure per-document function finds, per content hash

    def check() -> int:
        store = open_store(store_url)
        try:
            if hasattr(store, "integrity_problems"):
                assert store.integrity_problems() == []
            docs = list(store.documents())
            assert len({d.doc_id for d in docs}) == len(docs) == store.count_documents()
            stored: dict[str, int] = {}
            for record in store.claim_records():
                stored[record.document_id] = stored.get(record.document_id, 0) + 1
            for d in docs:  # all of a document's claims, or the document is absent
                if d.id not in expected:
                    expected[d.id] = len(process_document(d).claims)
                assert stored.get(d.id, 0) == expected[d.id], d.doc_id
            assert set(stored) <= {d.id for d in docs}
            assert store.count_claims() == sum(stored.values()) > 0
            return len(docs)
        finally:
            store.close()

    assert 0 < check() < total
    rerun = subprocess.run(command, check=False, capture_output=True, text=True, env=env, timeout=600)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert check() == total
    exported = subprocess.run([*command[:5], "export-claims", "--format", "claims-jsonl"], check=False,
                              capture_output=True, text=True, env=env, timeout=300)
    lines = [json.loads(line)["doc_id"] for line in exported.stdout.splitlines()]
    assert sorted(lines) == sorted(f"gen-{i}" for i in range(total))


SAME_SHOW_OTHER_STORY = (
    "Lantern Street fans have been waiting for news since the finale, and the network finally offered "
    "some on Friday: the writers room has reopened, two of the original writers are leaving, and the "
    "story of the second season will move inland, away from the flooded harbour of the first. The "
    "network would not say when cameras might roll or how many episodes are planned."
)


def test_another_story_about_the_same_show_is_not_a_near_duplicate(store) -> None:  # type: ignore[no-untyped-def]
    store.add(ProcessedDocument(make_doc(SYNDICATED_A, "wire-a")))
    assert store.add(ProcessedDocument(make_doc(SAME_SHOW_OTHER_STORY, "other-story"))).cluster is None
    assert store.clusters() == {}


def test_signatures_are_the_same_in_another_process() -> None:
    from nextseason.settings import DEFAULT
    from nextseason.store.neardup import signature

    here = signature(make_doc(SYNDICATED_A, "a"), DEFAULT)
    assert here is not None
    code = ("import sys, hashlib; sys.path.insert(0, sys.argv[1])\n"
            "from test_store_contract import SYNDICATED_A, make_doc\n"
            "from nextseason.settings import DEFAULT\nfrom nextseason.store.neardup import signature\n"
            "print(','.join(str(v) for v in signature(make_doc(SYNDICATED_A, 'a'), DEFAULT)))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code, str(ROOT / "tests")], check=False, capture_output=True,
                         text=True, env=env, timeout=60)
    assert out.stdout.strip() == ",".join(str(v) for v in here), out.stderr


def test_store_from_a_newer_nextseason_is_refused(store_url: str) -> None:
    store = open_store(store_url)
    store._execute("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 'x')")  # type: ignore[attr-defined]
    store.close()
    with pytest.raises(StoreError, match="version 999"):
        open_store(store_url)


def test_opening_an_up_to_date_store_does_not_wait_for_a_writer(sqlite_url: str) -> None:
    import sqlite3

    open_store(sqlite_url).close()
    blocker = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another process holds the write lock (an ingest batch)
    try:
        started = time.monotonic()
        reader = open_store(sqlite_url)
        assert reader.count_documents() == 0
        reader.close()
        assert time.monotonic() - started < 5
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


CONCURRENT_WRITER = textwrap.dedent("""
    import hashlib, sys
    from nextseason.models import Claim, Document, ProcessedDocument, RenewalValue
    from nextseason.store import open_store

    url, order = sys.argv[1], sys.argv[2]
    store = open_store(url)
    indexes = list(range(400))
    if order == "reverse":
        indexes.reverse()
    items = []
    for i in indexes:
        text = f"Shared article {i}: series {i % 31} is back for season {i % 3 + 2}, says its studio."
        doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), doc_id=f"shared-{i}", text=text)
        items.append(ProcessedDocument(doc, (Claim(work=f"Series {i % 31}", season=i % 3 + 2, kind="renewal",
                                                   value=RenewalValue("renewed")),)))
    for start in range(0, len(items), 20):
        store.add_many(items[start:start + 20])
    store.close()
""")


@pytest.mark.slow
def test_two_processes_adding_the_same_articles_at_once_store_each_once(store_url: str, tmp_path: Path) -> None:
    open_store(store_url).close()  # migrated before the race starts
    script = tmp_path / "writer.py"
    script.write_text(CONCURRENT_WRITER)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    procs = [subprocess.Popen([sys.executable, str(script), store_url, order], stderr=subprocess.PIPE, text=True,
                              env=env) for order in ("forward", "reverse")]
    errors = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    store = open_store(store_url)
    try:
        assert store.count_documents() == 400
        assert store.count_claims() == 400
        assert len({a.doc_id for a in store.articles()}) == 400
    finally:
        store.close()


@pytest.mark.parametrize("url, shown", [
    ("postgresql://user:secret@db.test:5432/news", "postgresql://user:***@db.test:5432/news"),
    ("postgresql://user@db.test/news", "postgresql://user@db.test/news"),
    ("sqlite:////tmp/news.db", "sqlite:////tmp/news.db"),
])
def test_store_urls_in_messages_hide_the_password(url: str, shown: str) -> None:
    from nextseason.store.sql import redact

    assert redact(url) == shown


def test_add_many_stores_every_document_before_one_that_cannot_be_written(store) -> None:  # type: ignore[no-untyped-def]
    docs = [make_doc(f"{STORY} Copy number {i} with its own ending.", f"batch-{i}") for i in range(6)]
    unstorable = Document(id="", doc_id="no-hash", text="no content hash")
    items = [ProcessedDocument(d) for d in docs[:4]] + [ProcessedDocument(unstorable)] + \
        [ProcessedDocument(d) for d in docs[4:]]
    with pytest.raises(StoreError, match="no-hash"):
        store.add_many(items)
    assert [a.doc_id for a in store.articles()] == [f"batch-{i}" for i in range(4)]
    assert [r.added for r in store.add_many(ProcessedDocument(d) for d in docs)] == [False] * 4 + [True] * 2


def test_the_same_article_twice_in_one_batch_is_stored_once_and_alone(store) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(SYNDICATED_A, "twice")
    results = store.add_many([ProcessedDocument(doc, (renewal_claim(STORY),)),
                              ProcessedDocument(doc, (renewal_claim(STORY),))])
    assert [(r.added, r.cluster) for r in results] == [(True, None), (False, None)]
    assert store.count_documents() == 1 and store.count_claims() == 1
    assert store.clusters() == {} and store.articles()[0].cluster is None


def test_generation_changes_with_documents_and_claims_only(store) -> None:  # type: ignore[no-untyped-def]
    start = store.generation()
    doc = make_doc(STORY, "g")
    store.add(ProcessedDocument(doc, (renewal_claim(STORY),)))
    after_add = store.generation()
    store.add(ProcessedDocument(doc))  # a duplicate changes nothing
    store.reject(Rejection("x.bin", "binary file"))
    assert store.generation() == after_add != start
    store.replace_claims(ProcessedDocument(doc))
    assert store.generation() != after_add


def test_a_relative_sqlite_path_meant_as_absolute_gets_a_hint(tmp_path: Path) -> None:
    from nextseason.errors import StoreError

    relative = str(tmp_path / "nowhere" / "news.db").lstrip("/")
    with pytest.raises(StoreError, match=r"sqlite:////"):
        open_store(f"sqlite:///{relative}")
    assert not (tmp_path / "nowhere").exists()


def test_a_reader_of_every_claim_reads_only_new_claims_and_follows_clusters_and_replacements(
        store_url: str) -> None:
    reader, writer = open_store(store_url), open_store(store_url)
    try:
        a = make_doc(SYNDICATED_A, "wire-a")
        writer.add(ProcessedDocument(a, (Claim(work="Lantern Street", season=2, kind="production",
                                               value=ProductionValue("filming", "start", None)),)))
        every = reader.claim_records()
        assert [(r.doc_id, r.cluster) for r in every] == [("wire-a", None)]
        assert reader.claim_records(work_key="lanternstreet", season=2) == every
        other = make_doc(UNRELATED, "other", url="https://elsewhere.test/c")
        writer.add(ProcessedDocument(other, (Claim(work="Kitchen Duel", season=3, kind="renewal",
                                                   value=RenewalValue("cancelled"), quote="will not come back"),)))
        grown = reader.claim_records()
        assert [r.doc_id for r in grown] == ["wire-a", "other"]
        assert grown[0] is every[0]  # a plain add: the claims read before are kept, not read again
        assert [r.doc_id for r in reader.claim_records(work_key="lanternstreet", season=2)] == ["wire-a"]
        assert [r.doc_id for r in reader.claim_records(work_key="kitchenduel")] == ["other"]
        b = make_doc(SYNDICATED_B, "wire-b")
        added = writer.add(ProcessedDocument(b, (renewal_claim(STORY),)))  # wire-a joins its cluster
        assert [(r.doc_id, r.cluster) for r in reader.claim_records(work_key="lanternstreet", season=2)] == [
            ("wire-a", added.cluster), ("wire-b", added.cluster)]
        writer.replace_claims(ProcessedDocument(a))
        assert [r.doc_id for r in reader.claim_records()] == ["other", "wire-b"]
        writer.replace_claims(ProcessedDocument(a, (renewal_claim(STORY),)))  # claims for an early article
        assert [r.doc_id for r in reader.claim_records()] == ["wire-a", "other", "wire-b"]
        fresh = open_store(store_url)
        try:
            assert reader.claim_records() == fresh.claim_records()
            assert reader.claim_records(work_key="lanternstreet") == fresh.claim_records(work_key="lanternstreet")
            assert reader.works() == fresh.works() == [("Kitchen Duel", 3), ("Lantern Street", 2)]
        finally:
            fresh.close()
    finally:
        reader.close()
        writer.close()


def test_works_counted_from_the_claims_kept_are_those_the_database_counts(store_url: str) -> None:
    reader, writer = open_store(store_url), open_store(store_url)
    try:
        spellings = [("Lantern Street", 2), ("Lantern street", 2), ("Lantern Street", None), ("lantern-street", None),
                     ("Lantern street", 2), ("Kitchen Duel", 1), ("Kitchen  Duel", 1), ("Äpfel Hof", None)]
        texts = [STORY, SYNDICATED_A, UNRELATED]
        for number, text in enumerate(texts):
            claims = tuple(Claim(work=w, season=season, kind="renewal", value=RenewalValue("renewed"), quote="more")
                           for w, season in spellings[number::len(texts)])
            writer.add(ProcessedDocument(make_doc(text, f"works-{number}", url=f"https://w{number}.test/a"), claims))
            reader.claim_records()  # the reader keeps every claim (and reads only new ones after a write)
            fresh = open_store(store_url)
            try:
                assert reader.works() == fresh.works()
            finally:
                fresh.close()
    finally:
        reader.close()
        writer.close()
