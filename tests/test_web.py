"""The web face, in process: every route and its JSON twin over a real SQLite store."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from test_web_support import SHOW, XSS_IMG, XSS_SCRIPT, make_small_store

from nextseason.web.app import create_app

TODAY = date(2026, 11, 30)
SEASON = "/season/lantern-harbor/2"
TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return make_small_store(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture(scope="module")
def client(store_url: str) -> TestClient:
    return TestClient(create_app(store_url, today=TODAY, background=False))


def _article_id(client: TestClient, doc_id: str) -> str:
    rows = client.get("/articles.json").json()["articles"]
    return next(r["id"] for r in rows if r["doc_id"] == doc_id)


PAGES = ["/", "/sources", "/source/trade.example.com", "/articles", "/changes", "/about", SEASON]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_html_and_has_a_json_twin(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "<!doctype html>" in page.text.lower()
    twin = "/index.json" if path == "/" else path + ".json"
    assert f'href="{twin}"' in page.text
    data = client.get(twin)
    assert data.status_code == 200
    assert data.headers["content-type"].startswith("application/json")
    assert isinstance(data.json(), dict)


def _keys(data: Any) -> set[str]:
    if isinstance(data, dict):
        return {str(k) for k in data} | {k for v in data.values() for k in _keys(v)}
    if isinstance(data, list):
        return {k for v in data for k in _keys(v)}
    return set()


@pytest.mark.parametrize("path", [*PAGES[1:], "/index"])
def test_json_twins_leave_out_template_data_and_encode_as_the_standard_library_does(client: TestClient, path: str) -> None:
    twin = path + ".json" if path != SEASON else path + ".json?as_of=2025-06-01"
    body = client.get(twin).content
    data = json.loads(body)
    assert not [k for k in _keys(data) if k.startswith("_")]  # the chart's bars and SVG stay server-side
    assert body == json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


def test_article_page_and_twin(client: TestClient) -> None:
    key = _article_id(client, "lh-1")
    page = client.get(f"/article/{key}")
    assert page.status_code == 200
    assert '<mark class="claim"' in page.text
    assert '<span class="boilerplate">' in page.text or "boilerplate" in page.text
    data = client.get(f"/article/{key}.json").json()
    assert data["doc_id"] == "lh-1" and len(data["claims"]) == 2
    assert any(seg["claims"] for seg in data["segments"])


def test_season_json_carries_the_cli_contract_fields(client: TestClient) -> None:
    data = client.get(f"{SEASON}.json?as_of=2026-11-30").json()
    status = data["status"]
    for field in ("work", "season", "as_of", "stage", "release", "renewal", "cast", "lapsed", "contradictions"):
        assert field in status
    assert status["season"] == 2 and status["as_of"] == "2026-11-30"
    assert status["release"]["start"] == "2027-01-01"
    assert any(bar["negated"] for bar in data["chart"])
    assert any(bar["lapsed"] for bar in data["chart"])
    assert data["timeline"] and data["timeline"][0]["published"] >= data["timeline"][-1]["published"]


def test_as_of_redraws_the_season_as_known_that_day(client: TestClient) -> None:
    early = client.get(f"{SEASON}.json?as_of=2024-06-01").json()
    late = client.get(f"{SEASON}.json?as_of=2026-11-30").json()
    assert early["status"]["release"]["start"] == "2025-09-01"
    assert late["status"]["release"]["start"] == "2027-01-01"
    assert early["timeline_total"] < late["timeline_total"]
    assert any(c["kind"] == "window_moved" and "early 2027" in c["what"] for c in late["changes"])
    assert all(c["day"] <= "2024-06-01" for c in early["changes"])
    assert all(c["published"] <= "2024-06-01" for c in early["timeline"])
    page = client.get(f"{SEASON}?as_of=2024-06-01")
    assert 'value="2024-06-01"' in page.text


def test_chart_is_server_rendered_svg_with_legend(client: TestClient) -> None:
    page = client.get(SEASON)
    svg = re.search(r"<svg.*?</svg>", page.text, re.DOTALL)
    assert svg is not None
    for word in ("official", "reported", "expected", "speculative", "lapsed", "ruled out", "as of"):
        assert f">{word}<" in svg.group(0)
    assert 'url(#hatch)' in svg.group(0)
    standalone = client.get(f"{SEASON}/chart.svg")
    assert standalone.headers["content-type"].startswith("image/svg+xml")
    ET.fromstring(standalone.text)  # well-formed XML


@pytest.mark.parametrize("path, status", [
    ("/season/no-such-show/2", 404), ("/season/lantern-harbor/9", 404), ("/article/ffff", 404),
    ("/source/nowhere.example", 404), ("/no/such/page", 404), (f"{SEASON}?as_of=yesterday", 400),
    ("/season/lantern-harbor/two", 400), (f"{SEASON}?limit=0", 400),
])
def test_errors_have_one_json_shape_and_a_plain_html_page(client: TestClient, path: str, status: int) -> None:
    base, _, query = path.partition("?")
    twin = client.get(base + ".json" + (f"?{query}" if query else ""))
    assert twin.status_code == status
    body = twin.json()
    assert set(body) == {"error"} and body["error"]["status"] == status and body["error"]["message"]
    page = client.get(path, headers={"accept": "text/html"})
    assert page.status_code == status
    assert page.headers["content-type"].startswith("text/html")
    assert "Traceback" not in page.text and 'href="/"' in page.text


def test_an_internal_error_shows_no_traceback(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from nextseason.web import views

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(views, "articles", boom)
    client = TestClient(create_app(store_url, today=TODAY), raise_server_exceptions=False)
    for path in ("/articles", "/articles.json"):
        response = client.get(path)
        assert response.status_code == 500
        assert "Traceback" not in response.text and "secret internals" not in response.text
    assert client.get("/articles.json").json()["error"]["status"] == 500


def test_article_text_is_escaped_and_unsafe_links_are_plain_text(client: TestClient) -> None:
    key = _article_id(client, "lh-xss")
    page = client.get(f"/article/{key}").text
    assert XSS_SCRIPT not in page and XSS_IMG not in page
    assert "&lt;script&gt;window.__pwned" in page
    assert "onerror=" not in page.replace("onerror=&#34;", "").replace("onerror=&quot;", "") or "<img" not in page
    assert "<img" not in page
    assert 'href="javascript:' not in page.lower()
    assert "javascript:alert(1)" in page  # shown, as text
    season = client.get(SEASON).text
    assert "<img" not in season and "<b>Someone" not in season
    assert client.get(f"/article/{key}.json").json()["url"] is None


def test_every_page_is_reachable_by_links_from_home(client: TestClient) -> None:
    seen: set[str] = set()
    todo = ["/"]
    while todo and len(seen) < 200:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        assert response.status_code == 200, path
        if not response.headers["content-type"].startswith("text/html"):
            continue
        for href in re.findall(r'href="([^"]+)"', response.text):
            parts = urlsplit(href.replace("&amp;", "&"))
            if parts.scheme or parts.netloc or not parts.path or parts.path in seen:
                continue
            todo.append(parts.path)
    wanted = {"/", "/sources", "/articles", "/changes", "/about", SEASON, f"{SEASON}.json", f"{SEASON}.ics",
              "/calendar.ics", "/changes.atom", "/openapi.json", "/source/trade.example.com", f"{SEASON}/chart.svg",
              f"/article/{_article_id(client, 'lh-3')}"}
    assert wanted <= seen


def test_search_matches_titles_and_aliases(store_url: str) -> None:
    client = TestClient(create_app(store_url, today=TODAY, token=TOKEN))
    assert client.get("/index.json?q=lantern").json()["seasons"]
    assert client.get("/index.json?q=zzz").json()["seasons"] == []
    assert client.get("/index.json?q=Beacon Bay").json()["seasons"] == []
    auth = {"authorization": f"Bearer {TOKEN}"}
    made = client.post("/api/aliases", json={"kind": "work", "name": "Beacon Bay", "canonical": SHOW},
                       headers=auth)
    assert made.status_code == 201
    found = client.get("/index.json?q=beacon bay").json()["seasons"]
    assert [s["work"] for s in found] == [SHOW]
    assert "Beacon Bay" in client.get("/about").text


def test_writes_need_the_serve_token(store_url: str) -> None:
    alias = {"kind": "person", "name": "M. Quill", "canonical": "Mara Quill"}
    read_only = TestClient(create_app(store_url, today=TODAY))
    response = read_only.post("/api/aliases", json=alias, headers={"authorization": "Bearer x"})
    assert response.status_code == 403 and "read-only" in response.json()["error"]["message"]
    writable = TestClient(create_app(store_url, today=TODAY, token=TOKEN))
    for header in ({}, {"authorization": "Bearer wrong"}, {"authorization": f"Basic {TOKEN}"}):
        response = writable.post("/api/aliases", json=alias, headers=header)
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"
    bad = writable.post("/api/aliases", json={"kind": "planet", "name": "x", "canonical": "y"},
                        headers={"authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 400 and bad.json()["error"]["status"] == 400


def test_upload_ingests_an_article_and_size_is_limited(tmp_path: Path) -> None:
    url = make_small_store(tmp_path / "upload.db")
    client = TestClient(create_app(url, today=TODAY, token=TOKEN, max_body=200_000))
    auth = {"authorization": f"Bearer {TOKEN}"}
    text = ("date 2026-05-04\nHarborlight season 3 is officially renewed, the network said, and it is "
            "expected to premiere in March 2027.\n")
    before = client.get("/about.json").json()["documents"]
    response = client.post("/api/ingest", files={"file": ("harbor.txt", text.encode(), "text/plain")},
                           headers=auth)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["added"] == 1 and body["links"]
    assert client.get("/about.json").json()["documents"] == before + 1
    assert client.get(body["links"][0]).status_code == 200
    again = client.post("/api/ingest", files={"file": ("harbor.txt", text.encode(), "text/plain")}, headers=auth)
    assert again.status_code == 200 and again.json()["duplicates"] == 1
    big = client.post("/api/ingest", files={"file": ("big.txt", b"x" * 300_000, "text/plain")}, headers=auth)
    assert big.status_code == 413 and big.json()["error"]["status"] == 413
    nothing = client.post("/api/ingest", data={}, headers=auth)
    assert nothing.status_code == 400


def test_ingest_by_url_refuses_private_addresses(store_url: str) -> None:
    client = TestClient(create_app(store_url, today=TODAY, token=TOKEN))
    response = client.post("/api/ingest", data={"url": "http://127.0.0.1:9/article"},
                           headers={"authorization": f"Bearer {TOKEN}"})
    assert response.status_code in (200, 201)
    body = response.json()
    assert body["added"] == 0 and body["rejected"]


def _unfold(ics: str) -> list[str]:
    return ics.replace("\r\n ", "").split("\r\n")


def test_season_calendar_is_an_all_day_event_titled_with_precision(client: TestClient) -> None:
    response = client.get(f"{SEASON}.ics")
    assert response.headers["content-type"].startswith("text/calendar")
    raw = response.text
    assert raw.startswith("BEGIN:VCALENDAR\r\n") and raw.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in raw.split("\r\n"))
    lines = _unfold(raw)
    assert "DTSTART;VALUE=DATE:20270101" in lines
    assert "DTEND;VALUE=DATE:20270501" in lines  # exclusive end: the day after 30 April
    summary = next(line for line in lines if line.startswith("SUMMARY:"))
    assert re.fullmatch(r"SUMMARY:Lantern Harbor S2: expected early 2027 \(\d+%\)", summary)


def test_calendar_for_all_seasons_and_atom_changes(client: TestClient) -> None:
    ics = client.get("/calendar.ics").text
    assert ics.count("BEGIN:VEVENT") >= 1
    atom = client.get("/changes.atom")
    assert atom.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(atom.text)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    kinds = {e.find("a:category", ns).get("term") for e in entries}  # type: ignore[union-attr]
    assert {"window_moved", "prediction_lapsed"} <= kinds
    titles = [e.findtext("a:title", namespaces=ns) or "" for e in entries]
    assert any("early 2027" in t for t in titles)
    changes = client.get("/changes.json").json()["changes"]
    assert [c["day"] for c in changes] == sorted((c["day"] for c in changes), reverse=True)


def test_openapi_describes_the_routes(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/", "/index.json", "/season/{slug}/{season}", "/season/{slug}/{season}.json",
                 "/calendar.ics", "/changes.atom", "/api/ingest", "/api/aliases"):
        assert path in spec["paths"], path
    assert client.get("/docs").status_code == 404  # no CDN-loaded docs page


def test_request_bodies_over_the_limit_are_refused(store_url: str) -> None:
    client = TestClient(create_app(store_url, today=TODAY, token=TOKEN, max_body=1000))
    response = client.post("/api/aliases", content=b"{" + b" " * 5000 + b"}",
                           headers={"authorization": f"Bearer {TOKEN}", "content-type": "application/json"})
    assert response.status_code == 413


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_command_serves_extracted_samples_read_only(tmp_path: Path) -> None:
    """The real pipeline end to end: `ingest` the shipped samples, `serve` them, walk the pages."""
    import os
    import subprocess
    import sys
    import time

    import httpx

    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, NEXTSEASON_DB=f"sqlite:///{tmp_path / 'samples.db'}")
    env.pop("NEXTSEASON_TOKEN", None)
    cli = [sys.executable, "-c", "from nextseason.cli import main; main()"]
    subprocess.run([*cli, "ingest", str(root / "samples")], env=env, check=True, capture_output=True)
    port = _free_port()
    server = subprocess.Popen([*cli, "serve", "--port", str(port)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{base}/health", timeout=2)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.1)
        home = httpx.get(f"{base}/index.json", timeout=60).json()
        assert home["seasons"], "the samples should give at least one tracked season"
        for season in home["seasons"]:
            for suffix in ("", ".json", ".ics"):
                assert httpx.get(f"{base}{season['path']}{suffix}", timeout=60).status_code == 200
        for article in httpx.get(f"{base}/articles.json", timeout=60).json()["articles"]:
            assert httpx.get(f"{base}{article['path']}", timeout=60).status_code == 200
        refused = httpx.post(f"{base}/api/aliases", json={"kind": "work", "name": "a", "canonical": "b"})
        assert refused.status_code == 403
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_pages_follow_writes_made_outside_the_server(tmp_path: Path) -> None:
    """Re-extraction in another process (same number of articles) still refreshes the pages."""
    from dataclasses import replace

    from test_web_support import small_articles

    from nextseason.models import Interval, ProcessedDocument
    from nextseason.store import open_store

    url = make_small_store(tmp_path / "fresh.db")
    client = TestClient(create_app(url, today=TODAY))
    assert client.get(f"{SEASON}.json").json()["status"]["release"]["start"] == "2027-01-01"
    later = next(p for p in small_articles() if p.document.doc_id == "lh-3")
    moved = replace(later.claims[0], value=Interval(date(2027, 9, 1), date(2027, 11, 30), "season"),
                    certainty="official")
    store = open_store(url)
    try:
        store.replace_claims(ProcessedDocument(later.document, (moved,)))
    finally:
        store.close()
    assert client.get(f"{SEASON}.json").json()["status"]["release"]["start"] != "2027-01-01"


def test_a_season_that_cannot_be_resolved_does_not_take_the_home_page_down(
        store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from nextseason.web import site as site_module

    def broken(self: Any, item: Any, as_of: date) -> Any:
        raise TypeError("a resolution bug")

    monkeypatch.setattr(site_module.Site, "_resolve", broken)
    client = TestClient(create_app(store_url, today=TODAY), raise_server_exceptions=False)
    home = client.get("/index.json").json()
    assert home["seasons"] and all(s.get("error") for s in home["seasons"])
    assert client.get("/").status_code == 200
    assert client.get(SEASON).status_code == 500


def test_ingest_by_url_fetches_and_stores_a_page(tmp_path: Path) -> None:
    """A real HTTP fetch from a loopback server (allowed here by settings; refused by default)."""
    import http.server
    import threading
    from functools import partial

    from nextseason.settings import Settings

    page = ("<html><head><title>Harborlight returns</title>"
            '<meta property="article:published_time" content="2026-04-02"></head><body><article>'
            "<h1>Harborlight returns</h1><p>The network has renewed Harborlight for a third season, "
            "and the new episodes are expected in spring 2027, according to the studio.</p>"
            "<p>Cast members said on Tuesday that filming will start in the summer.</p></article></body></html>")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "story.html").write_text(page, encoding="utf-8")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path / "site"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = make_small_store(tmp_path / "url.db")
        client = TestClient(create_app(url, today=TODAY, token=TOKEN, settings=Settings(allow_private=True)))
        response = client.post("/api/ingest", data={"url": f"http://127.0.0.1:{httpd.server_port}/story.html"},
                               headers={"authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 201, response.text
        article = client.get(response.json()["links"][0] + ".json").json()
        assert "Harborlight for a third season" in "".join(s["text"] for s in article["segments"])
    finally:
        httpd.shutdown()


def test_every_get_route_answers(client: TestClient) -> None:
    """Walks the app's own route table, so that a new route cannot go untested."""
    from fastapi.routing import APIRoute

    values = {"slug": "lantern-harbor", "season": "2", "outlet": "trade.example.com",
              "key": _article_id(client, "lh-2")}
    routes = [r for r in client.app.routes if isinstance(r, APIRoute) and "GET" in r.methods]  # type: ignore[attr-defined]
    assert len(routes) >= 20
    for route in routes:
        path = re.sub(r"\{(\w+)(?::path)?\}", lambda m: values[m.group(1)], route.path)
        response = client.get(path)
        assert response.status_code == 200, (route.path, response.status_code, response.text[:200])
        assert "Traceback" not in response.text


@pytest.mark.postgres
def test_the_pages_work_over_postgres(postgres_url: str) -> None:
    """The same pages over the Postgres store, in a fresh schema dropped afterwards."""
    import uuid

    import psycopg
    from test_web_support import small_articles

    from nextseason.store import open_store

    schema = "web_" + uuid.uuid4().hex[:12]
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    url = f"{postgres_url}{'&' if '?' in postgres_url else '?'}options=-csearch_path%3D{schema}"
    try:
        store = open_store(url)
        try:
            store.add_many(small_articles())
        finally:
            store.close()
        app = create_app(url, today=TODAY)
        client = TestClient(app)
        data = client.get(f"{SEASON}.json").json()
        assert data["status"]["release"]["start"] == "2027-01-01"
        for path in ("/", SEASON, "/sources", "/articles", "/changes.atom", "/calendar.ics"):
            assert client.get(path).status_code == 200, path
        app.state.site.close()
    finally:
        with psycopg.connect(postgres_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def test_change_history_is_computed_in_the_background_and_never_cached_half_done(store_url: str) -> None:
    import time

    client = TestClient(create_app(store_url, today=TODAY))
    first = client.get(f"{SEASON}.json")
    assert first.status_code == 200
    if first.json()["changes_pending"]:
        assert first.headers["cache-control"] == "no-store"
        assert "being computed" in client.get(SEASON).text or not client.get(f"{SEASON}.json").json()[
            "changes_pending"]
    deadline = time.monotonic() + 60
    while client.get(f"{SEASON}.json").json()["changes_pending"]:
        assert time.monotonic() < deadline, "the change history never arrived"
        time.sleep(0.1)
    done = client.get(f"{SEASON}.json").json()
    assert any(c["kind"] == "window_moved" for c in done["changes"])
    assert "no-store" not in client.get(f"{SEASON}.json").headers.get("cache-control", "")


def test_serve_on_a_taken_port_is_one_line_and_exit_1(tmp_path: Path) -> None:
    import socket

    from click.testing import CliRunner

    from nextseason.cli import cli

    url = make_small_store(tmp_path / "taken.db")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["--db", url, "serve", "--port", str(port)])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: cannot listen on 127.0.0.1:{port}: Address already in use"


def test_serve_stops_on_ctrl_c_with_exit_0(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    import httpx

    env = dict(os.environ, NEXTSEASON_DB=make_small_store(tmp_path / "stop.db"))
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-c", "from nextseason.cli import main; main()", "serve",
                               "--port", str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.1)
        server.send_signal(signal.SIGINT)
        _, err = server.communicate(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
    assert server.returncode == 0, err
    assert "Aborted" not in err and err.strip().endswith("nextseason: stopped")


def test_a_misspelled_search_suggests_the_close_titles(client: TestClient) -> None:
    data = client.get("/index.json?q=lantern%20harbour").json()
    assert data["seasons"] == [] and data["suggestions"] == [SHOW]
    page = client.get("/?q=lantern%20harbour").text
    assert "Did you mean" in page and f'href="/?q={SHOW.replace(" ", "%20")}"' in page
    assert client.get("/index.json?q=zzqqxx").json()["suggestions"] == []
