"""Web latency: the season page and its JSON twin under a concurrent client on loopback.

    .venv/bin/python benchmarks/web.py [--requests 200] [--concurrency 8] [--claims 10000]

Builds two temporary SQLite stores: the dev corpus's gold claims (shared/corpus/dev), and a
synthetic store with --claims claims (made-up articles about made-up seasons). For each, the
server (uvicorn, in a subprocess on 127.0.0.1) is measured with httpx at the given concurrency:
a static baseline route (/health), the season page and its JSON twin for "today" (the steady
state: the status is cached per data version), and the same with a different as-of day on every
request (every request resolves afresh). Also the first request to a cold server and the time until
the season's change history (computed on a background thread) is ready. Prints p50/p95 in
milliseconds and the ratio to the baseline's p50.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nextseason.store import open_store
from nextseason.web.fixtures import load_gold, load_synthetic

DEV = ROOT.parent / "shared" / "corpus" / "dev"
TODAY = date(2026, 11, 30)


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(url: str, port: int) -> subprocess.Popen[bytes]:
    code = ("import uvicorn, datetime; from nextseason.web.app import create_app; "
            f"uvicorn.run(create_app({url!r}, today=datetime.date.fromisoformat({TODAY.isoformat()!r})), "
            f"host='127.0.0.1', port={port}, log_level='warning')")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    process = subprocess.Popen([sys.executable, "-c", code], env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/health", timeout=1)
            return process
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("server did not start")


async def _measure(base: str, paths: list[str], concurrency: int) -> list[float]:
    times: list[float] = []
    queue = list(paths)
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        async def worker() -> None:
            while queue:
                path = queue.pop()
                start = time.perf_counter()
                response = await client.get(path)
                times.append((time.perf_counter() - start) * 1000)
                if response.status_code != 200:
                    raise RuntimeError(f"{path}: {response.status_code}")
        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return times


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _run_store(label: str, url: str, season: str, requests: int, concurrency: int) -> list[tuple[str, ...]]:
    port = _port()
    server = _serve(url, port)
    base = f"http://127.0.0.1:{port}"
    rows = []
    try:
        start = time.perf_counter()
        httpx.get(f"{base}{season}", timeout=300).raise_for_status()
        cold = (time.perf_counter() - start) * 1000
        while httpx.get(f"{base}{season}.json", timeout=300).json()["changes_pending"]:
            time.sleep(0.1)  # the season's change history is computed on a background thread
        history = (time.perf_counter() - start) * 1000
        days = [(TODAY - timedelta(days=7 * i)).isoformat() for i in range(1, requests + 1)]
        json_days = [(TODAY - timedelta(days=7 * i + 3)).isoformat() for i in range(1, requests + 1)]
        cases = [
            ("baseline /health", ["/health"] * requests),
            ("season page", [season] * requests),
            ("season JSON", [f"{season}.json"] * requests),
            ("season page, new as_of each", [f"{season}?as_of={d}" for d in days]),
            ("season JSON, new as_of each", [f"{season}.json?as_of={d}" for d in json_days]),
        ]
        baseline = None
        for name, paths in cases:
            asyncio.run(_measure(base, paths[: max(10, len(paths) // 10)], concurrency))  # warm-up
            times = asyncio.run(_measure(base, paths, concurrency))
            p50, p95 = statistics.median(times), _pct(times, 0.95)
            baseline = baseline or p50
            rows.append((label, name, str(len(times)), f"{p50:.1f}", f"{p95:.1f}", f"{p50 / baseline:.1f}x"))
        rows.append((label, "first season request (cold)", "1", f"{cold:.1f}", "", ""))
        rows.append((label, "change history ready (background)", "1", f"{history:.1f}", "", ""))
    finally:
        server.terminate()
        server.wait(timeout=10)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--claims", type=int, default=10_000)
    args = parser.parse_args()
    rows: list[tuple[str, ...]] = []
    with tempfile.TemporaryDirectory(prefix="nextseason-bench-web-") as folder:
        if (DEV / "gold.jsonl").exists():
            url = f"sqlite:///{folder}/dev.db"
            store = open_store(url)
            load_gold(store, DEV / "articles.jsonl", DEV / "gold.jsonl")
            claims = sum(len(store.claims_of(a.id)) for a in store.articles())
            store.close()
            rows += _run_store(f"dev gold ({claims} claims)", url, "/season/all-of-us-are-dead/2",
                               args.requests, args.concurrency)
        url = f"sqlite:///{folder}/synthetic.db"
        store = open_store(url)
        load_synthetic(store, args.claims, works=5)
        store.close()
        rows += _run_store(f"synthetic ({args.claims} claims, {args.claims // 5}/season)", url,
                           "/season/synthetic-show-1/2", args.requests, args.concurrency)
    header = ("store", "route", "n", "p50 ms", "p95 ms", "p50 vs baseline")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print(f"concurrency {args.concurrency}, loopback, uvicorn 1 process")
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)))


if __name__ == "__main__":
    main()
