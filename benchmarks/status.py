"""Status latency at 10,000 claims for one season, through a real SQLite store.

Generates synthetic articles (own made-up titles, names and words) carrying N claims about one
season: ~2,000 articles of 1-12 claims from 150 outlets over four years, every kind of claim
(release windows of every precision, negations, production events, renewal dates, cast with
spelling variants, delays, episodes, platforms), some articles copied with a line added (the
store files those as near-duplicates). It stores them in a fresh SQLite file, then times, in
interleaved rounds (the machine may be shared: medians, and the load average before and after):

- store_first:   ``claim_records`` of the work on a freshly opened store (SQL and row parsing),
- store_every:   ``claim_records()`` of every claim on a freshly opened store: what a status reads
                 first in a new process (to learn the outlets' reliability from every claim),
- store_fetch:   the SQL of store_every alone, rows as plain tuples on a new connection (the floor:
                 store_every minus store_fetch is making the records),
- store_cached:  ``claim_records`` again on the same store (the store keeps rows per generation),
- resolve_new:   ``resolve_status`` on records in memory, a different as-of date every call,
                 nothing remembered (the whole resolution),
- resolve:       the same, with what depends only on the selected claims remembered from an
                 earlier date (the same claims and weights: every claim is older than the dates),
- status_first:  ``status_for`` for an as-of date never asked before, one in every round (outlet
                 reliability learned for that date from every claim of the store, then the whole
                 resolution),
- status_past:   ``status_for`` for a date never asked before inside the four years the claims
                 span, one in every round (what an as-of in the past costs: reliability learned from
                 the claims published by then, a selection of its own); the other status rows ask
                 about dates after every claim, as "today" does,
- status_new:    ``status_for`` for a date whose reliability is known, nothing else remembered,
- status_warm:   the same with the selection remembered (a new question about a known date),
- status_repeat: ``status_for`` asked again (as-of dates cycling; the answer is remembered per
                 store generation),
- status_write:  ``status_for`` for a known date right after an article of a few new claims was
                 written through the same store (a copy of the store file, so that the other rows
                 read an unchanged one): a new store generation, the store reads only the new
                 claims; reliability, selection and answer are worked out again,
- status_cpu:    CPU time of status_new (wall time includes waiting for a core).

Then what a user feels from a shell: fresh processes, one after the other (``--cli-runs`` of each,
interleaved), every one with nothing in memory:

- cli_python:    ``python -c pass`` (the interpreter's own start; the floor of any command),
- cli_import:    a process that only imports ``nextseason.cli`` (start-up: the interpreter and the
                 modules every command loads; each command's own modules are imported when it is
                 looked up, so ``status`` does not load the other areas' tables, server or ingest),
- cli_status:    ``nextseason --db URL status WORK --season 2 --as-of DATE --json`` (printed to
                 /dev/null): start-up, opening the store, reading every claim, learning
                 reliability, the resolution and the JSON, all cold; cli_status minus cli_import
                 is the command's own work (its modules' import included).

The processes write and reuse compiled bytecode in a folder of their own (``PYTHONPYCACHEPREFIX``;
one unmeasured run first), as an installed package has it, even where the shell sets
PYTHONDONTWRITEBYTECODE (then every process would compile every module it imports again).

What is kept per store generation and per claim is not forgotten between rounds of
status_first/status_new: the store's parsed claims, the per-claim index of a work's claims
(``resolve.selection``: title test, season, outlet, what decides the weight, copy key, sorted by
day; per release and production claim what the premiere, stage and bounds read of it) and what
reliability learning derives from the set of all claims (``Learning``: truth discovery, premiere
bases, each remembering its premiere per set of firm windows ended by a date, predictions per
outlet). The per-claim index also keeps the items of its latest selection (a call with the same
number of claims published by its date makes again only the items whose weight changed, and the
copies chosen in the clusters whose claims' weights changed), and resolution keeps each lapsed
window per window and claims (an equal group of claims and weights finds the entry made before):
so status_new and status_first, whose weights are those of the round before or differ for a few
outlets, make only what changed. The season's split and what is derived from it (premiere, stage,
estimate, cast, facts, sources) are worked out again every round. status_write measures the path
where the generation changes: all of those grow by the new claims (or start over when claims were
replaced).

usage: python benchmarks/status.py [--claims 10000] [--rounds 30] [--cli-runs 15] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from nextseason.models import (
    CastValue,
    Claim,
    DelayValue,
    Document,
    EpisodesValue,
    Interval,
    PlatformValue,
    ProcessedDocument,
    ProductionValue,
    RenewalValue,
)
from nextseason.resolve import resolve_status, service, status_for
from nextseason.resolve import status as status_module
from nextseason.resolve.reliability import _CACHE
from nextseason.store import open_store
from nextseason.store.sql import _EVERY_SQL

WORK = "The Lantern Keepers"
KEY = "lanternkeepers"
START = date(2022, 1, 1)
DAYS = 1460  # claims over four years; every as-of date below but status_past's is after the last one
WORDS = ("lantern", "keeper", "harbor", "season", "streamer", "finale", "cast", "crew", "island",
         "winter", "return", "story", "episode", "premiere", "writers", "studio", "night", "signal")
PEOPLE = ("Mara Quill", "Mara-Quill", "Ode Varn", "Ode Vaarn", "Lio Tesk", "Tam Oru", "Tam Ooru",
          "Brisa Hollen", "Kei Moro", "Kei Mooro", "Anselm Dray", "Petra Lune")


def _window(rng: random.Random, day: date) -> Interval:
    year = day.year + rng.choice((0, 1, 1, 2))
    roll = rng.random()
    if roll < 0.25:
        return Interval(date(year, 1, 1), date(year, 12, 31), "year")
    if roll < 0.5:
        month = rng.randint(1, 12)
        return Interval(date(year, month, 1), date(year, month, 28), "month")
    if roll < 0.7:
        first = rng.choice((1, 5, 9))
        return Interval(date(year, first, 1), date(year, first + 3, 28), "third")
    if roll < 0.85:
        quarter = rng.randint(0, 3)
        return Interval(date(year, 3 * quarter + 1, 1), date(year, 3 * quarter + 3, 28), "quarter")
    exact = date(year, rng.randint(1, 12), rng.randint(1, 28))
    return Interval(exact, exact, "day")


def _claim(rng: random.Random, day: date) -> Claim:
    certainty = rng.choice(("official", "reported", "reported", "expected", "speculative"))
    roll = rng.random()
    if roll < 0.35:
        polarity = "negated" if rng.random() < 0.12 else "affirmed"
        return Claim(WORK, 2, "release", _window(rng, day), polarity, certainty,
                     quote="the new season could arrive then")
    if roll < 0.5:
        stage = rng.choice(("pre_production", "filming", "post_production"))
        when = day + timedelta(days=rng.randint(-90, 60))
        return Claim(WORK, 2, "production", ProductionValue(stage, rng.choice(("start", "end", "ongoing")),
                     Interval.day(when)), "negated" if rng.random() < 0.05 else "affirmed", certainty,
                     quote="cameras are rolling again")
    if roll < 0.62:
        status = "cancelled" if rng.random() < 0.03 else "renewed"
        renewed = Interval.day(date(2022, 6, rng.choice((6, 6, 7, 20))))
        return Claim(WORK, 2, "renewal", RenewalValue(status, renewed), "affirmed", certainty,
                     quote="the streamer ordered more episodes")
    if roll < 0.9:
        person = rng.choice(PEOPLE)
        return Claim(WORK, 2, "cast", CastValue(person, rng.choice((None, "Wren", "Ash", "Corin"))),
                     "negated" if rng.random() < 0.04 else "affirmed", certainty, quote="she returns as the keeper")
    if roll < 0.95:
        return Claim(WORK, 2, "delay_reason", DelayValue(rng.choice(("strike", "vfx", "schedules"))),
                     "negated" if rng.random() < 0.3 else "affirmed", certainty, quote="the delay came from it")
    if roll < 0.98:
        return Claim(WORK, 2, "episodes", EpisodesValue(rng.choice((8, 8, 10))), "affirmed", certainty,
                     quote="eight new episodes")
    return Claim(WORK, 2, "platform", PlatformValue(rng.choice(("StreamCo", "Streamco"))), "affirmed",
                 certainty, quote="it streams there")


def _document(rng: random.Random, number: int, day: date, outlet: str, text: str) -> Document:
    return Document(hashlib.sha256(text.encode()).hexdigest(), f"syn-{number}", text,
                    url=f"https://{outlet}/{number}", published=day, published_range=Interval.day(day),
                    published_basis="field")


def build(path: Path, claims: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    url = f"sqlite:///{path}"
    store = open_store(url)
    docs, made, number = [], 0, 0
    while made < claims:
        day = START + timedelta(days=rng.randint(0, DAYS))
        n = min(rng.randint(1, 12), claims - made)
        outlet = f"outlet{rng.randint(1, 150)}.example"
        text = " ".join(rng.choice(WORDS) for _ in range(120)) + f" {number}"
        made_claims = tuple(_claim(rng, day) for _ in range(n))
        docs.append(ProcessedDocument(_document(rng, number, day, outlet, text), made_claims))
        made, number = made + n, number + 1
        if rng.random() < 0.08 and made < claims:  # a copy on another outlet a few days later
            copy_day = min(day + timedelta(days=rng.randint(0, 3)), START + timedelta(days=DAYS))
            copies = made_claims[: claims - made]
            other = f"outlet{rng.randint(1, 150)}.example"
            docs.append(ProcessedDocument(_document(rng, number, copy_day, other, text + " (syndicated)"),
                                          copies))
            made, number = made + len(copies), number + 1
    store.add_many(docs)
    store.close()
    return url


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _clock(fn, *args, **kwargs) -> float:
    t0 = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - t0


def _fetch_every(connection: sqlite3.Connection) -> None:
    connection.execute(f"{_EVERY_SQL} ORDER BY c.doc_seq, c.ordinal").fetchall()


def _forget_answers() -> None:
    getattr(service, "_STATUS", {}).clear()  # remembered answers (absent in older versions)


def _forget_selections() -> None:
    for name in ("_PREPARED", "_DAYS"):  # remembered selections (_DAYS: in older versions only)
        getattr(status_module, name, {}).clear()


def _write_one(store: object, rng: random.Random, number: int) -> None:
    """One new article of a few claims, published within the four years (a new store generation)."""
    day = START + timedelta(days=rng.randint(0, DAYS))
    text = " ".join(rng.choice(WORDS) for _ in range(120)) + f" written {number}"
    claims = tuple(_claim(rng, day) for _ in range(rng.randint(1, 8)))
    store.add(ProcessedDocument(_document(rng, 100_000 + number, day, f"outlet{rng.randint(1, 150)}.example", text),  # type: ignore[attr-defined]
                                claims))


def measure(url: str, rounds: int, write_url: str | None = None) -> dict[str, dict[str, float]]:
    """The rows; status_write writes to ``write_url`` (a copy of the store: the writes do not
    change what the other rows read), left out without one."""
    store = open_store(url)
    writer = open_store(write_url) if write_url else None
    rng = random.Random(11)
    last = START + timedelta(days=DAYS)
    fresh_days = iter(last + timedelta(days=1 + i) for i in range(10_000))
    known_days = [last + timedelta(days=400 + 7 * i) for i in range(8)]
    past_days = iter(START + timedelta(days=d) for d in random.Random(5).sample(range(30, DAYS), rounds))
    for day in known_days:  # reliability learned (and answers remembered) for these dates
        status_for(store, WORK, 2, day)
        if writer is not None:
            status_for(writer, WORK, 2, day)
    timings: dict[str, list[float]] = {k: [] for k in (
        "store_first", "store_every", "store_fetch", "store_cached", "resolve_new", "resolve", "status_first", "status_past", "status_new", "status_warm",
        "status_repeat", "status_write", "status_cpu")}
    records = store.claim_records(work_key=KEY)
    for i in range(rounds):
        day = known_days[i % len(known_days)]
        other = open_store(url)
        timings["store_first"].append(_clock(other.claim_records, work_key=KEY, published_on_or_before=day))
        other.close()
        other = open_store(url)
        timings["store_every"].append(_clock(other.claim_records))
        other.close()
        connection = sqlite3.connect(url.removeprefix("sqlite:///"))
        timings["store_fetch"].append(_clock(_fetch_every, connection))
        connection.close()
        timings["store_cached"].append(_clock(store.claim_records, work_key=KEY, published_on_or_before=day))
        _forget_selections()
        timings["resolve_new"].append(_clock(resolve_status, records, WORK, 2, next(fresh_days)))
        timings["resolve"].append(_clock(resolve_status, records, WORK, 2, next(fresh_days)))
        _forget_selections()  # a date never asked before, every round: its own p95
        timings["status_first"].append(_clock(status_for, store, WORK, 2, next(fresh_days)))
        _forget_selections()
        timings["status_past"].append(_clock(status_for, store, WORK, 2, next(past_days)))
        _forget_answers()
        _forget_selections()
        c0 = time.process_time()
        timings["status_new"].append(_clock(status_for, store, WORK, 2, day))
        timings["status_cpu"].append(time.process_time() - c0)
        _forget_answers()
        timings["status_warm"].append(_clock(status_for, store, WORK, 2, day))
        timings["status_repeat"].append(_clock(status_for, store, WORK, 2, day))
        if writer is not None:
            _write_one(writer, rng, i)
            timings["status_write"].append(_clock(status_for, writer, WORK, 2, day))
    store.close()
    if writer is not None:
        writer.close()
    if len(_CACHE) > 200:
        _CACHE.clear()
    return {k: {"median_ms": round(statistics.median(v) * 1000, 2), "p95_ms": round(_p(v, 0.95) * 1000, 2),
                "runs": len(v)} for k, v in timings.items() if v}


def measure_cli(url: str, runs: int, cache: Path) -> dict[str, dict[str, float]]:
    """Fresh processes: the interpreter alone, the CLI's imports, a whole ``status --json``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    day = (START + timedelta(days=DAYS + 400)).isoformat()
    commands = {
        "cli_python": [sys.executable, "-c", "pass"],
        "cli_import": [sys.executable, "-c", "import nextseason.cli"],
        "cli_status": [sys.executable, "-c", "import sys; from nextseason.cli import main; sys.exit(main())",
                       "--db", url, "status", WORK, "--season", "2", "--as-of", day, "--json"],
    }
    subprocess.run(commands["cli_status"], env=env, check=True, stdout=subprocess.DEVNULL)  # bytecode written
    timings: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(runs):
        for name, command in commands.items():
            t0 = time.perf_counter()
            subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
            timings[name].append(time.perf_counter() - t0)
    return {k: {"median_ms": round(statistics.median(v) * 1000, 2), "p95_ms": round(_p(v, 0.95) * 1000, 2),
                "runs": len(v)} for k, v in timings.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--cli-runs", type=int, default=15, help="fresh processes of each kind (0: none)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        url = build(Path(tmp) / "bench.db", args.claims)
        check = open_store(url)
        stored = len(check.claim_records(work_key=KEY))
        articles = check.count_documents()
        check.close()
        shutil.copyfile(Path(tmp) / "bench.db", Path(tmp) / "write.db")
        result = measure(url, args.rounds, f"sqlite:///{Path(tmp) / 'write.db'}")
        if args.cli_runs > 0:
            result.update(measure_cli(url, args.cli_runs, Path(tmp) / "pycache"))
    load_after = os.getloadavg()[0]
    if args.json:
        print(json.dumps({"claims": stored, "articles": articles, "load": [load_before, load_after], **result}))
        return 0
    print(f"{stored} claims about one season in {articles} articles, real SQLite store; load average "
          f"{load_before:.1f} before, {load_after:.1f} after, on {os.cpu_count()} CPUs")
    print(f"{'what':<14}{'runs':>6}{'median ms':>11}{'p95 ms':>9}")
    for key, r in result.items():
        print(f"{key:<14}{r['runs']:>6}{r['median_ms']:>11}{r['p95_ms']:>9}")
    floor = max(result["store_first"]["median_ms"], 0.01)
    print("ratios to store_first (median): " + ", ".join(
        f"{k} {result[k]['median_ms'] / floor:.2f}x" for k in ("resolve_new", "status_new", "status_warm")))
    if "cli_status" in result:
        medians = {k: result[k]["median_ms"] for k in ("cli_python", "cli_import", "cli_status")}
        print(f"fresh process (median): start-up {medians['cli_import']:.0f} ms (of which the interpreter "
              f"{medians['cli_python']:.0f} ms), the status command's own work "
              f"{medians['cli_status'] - medians['cli_import']:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
