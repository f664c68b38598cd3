"""Real-browser tests: Debian's chromium driven by Playwright against a real server on loopback.

Screenshots of every page land in artifacts/screenshots/ (a test artefact). Set
NEXTSEASON_UPDATE_DOCS=1 to also refresh docs/season-page.png for the README.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from test_web_support import XSS_IMG, XSS_SCRIPT, small_articles

from nextseason.store import open_store
from nextseason.web.app import create_app
from nextseason.web.fixtures import load_gold

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
TODAY = date(2026, 11, 30)
LH = "/season/lantern-harbor/2"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'browser.db'}"
    store = open_store(url)
    try:
        store.add_many(small_articles())
        if (DEV / "gold.jsonl").exists():
            load_gold(store, DEV / "articles.jsonl", DEV / "gold.jsonl")
    finally:
        store.close()
    port = _free_port()
    app = create_app(url, today=TODAY, background=False)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (scripts/test.sh installs it): BROWSER TESTS SKIPPED")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    context.close()


def _article_path(page: object, server: str, doc_id: str) -> str:
    response = page.request.get(f"{server}/articles.json")  # type: ignore[attr-defined]
    return next(a["path"] for a in response.json()["articles"] if a["doc_id"] == doc_id)


def test_season_page_renders_the_drift_chart(page: object, server: str) -> None:
    page.goto(f"{server}{LH}")  # type: ignore[attr-defined]
    chart = page.locator("svg.drift-chart")  # type: ignore[attr-defined]
    assert chart.is_visible()
    box = chart.bounding_box()
    assert box["width"] > 500 and box["height"] > 200
    assert page.locator("svg.drift-chart g.claim").count() >= 4  # type: ignore[attr-defined]
    assert page.locator("svg.drift-chart g.claim.negated").count() >= 1  # type: ignore[attr-defined]
    assert page.locator("svg.drift-chart g.claim.lapsed").count() >= 1  # type: ignore[attr-defined]
    assert "speculative" in (chart.text_content() or "")


def test_as_of_control_changes_the_status_card(page: object, server: str) -> None:
    page.goto(f"{server}{LH}")  # type: ignore[attr-defined]
    card = page.locator("#release-window")  # type: ignore[attr-defined]
    assert card.inner_text().strip() == "early 2027"
    page.fill("#as_of", "2024-06-01")  # type: ignore[attr-defined]
    with page.expect_navigation():  # type: ignore[attr-defined]
        page.click(".asof-form button")  # type: ignore[attr-defined]
    assert "as_of=2024-06-01" in page.url  # type: ignore[attr-defined]
    assert page.locator("#release-window").inner_text().strip() == "late 2025"  # type: ignore[attr-defined]


def test_article_payloads_render_as_text_and_never_run(page: object, server: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    path = _article_path(page, server, "lh-xss")
    for url in (f"{server}{path}", f"{server}{LH}", f"{server}/source/lh-xss"):
        page.goto(url)  # type: ignore[attr-defined]
        page.wait_for_load_state("load")  # type: ignore[attr-defined]
        assert page.evaluate("typeof window.__pwned") == "undefined"  # type: ignore[attr-defined]
        assert page.locator("script").count() == 0  # type: ignore[attr-defined]
        assert page.locator("img[onerror]").count() == 0  # type: ignore[attr-defined]
        assert page.locator("a[href^='javascript:']").count() == 0  # type: ignore[attr-defined]
    page.goto(f"{server}{path}")  # type: ignore[attr-defined]
    text = page.locator("article.article-text").inner_text()  # type: ignore[attr-defined]
    assert XSS_SCRIPT in text and XSS_IMG in text
    assert dialogs == []


def test_screenshot_of_every_page(page: object, server: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    article = _article_path(page, server, "all-of-us-are-dead-s2-3") if (DEV / "gold.jsonl").exists() \
        else _article_path(page, server, "lh-1")
    season = "/season/all-of-us-are-dead/2" if (DEV / "gold.jsonl").exists() else LH
    shots = {"home": "/", "season": season, "season-as-of": f"{season}?as_of=2024-01-15", "season-small": LH,
             "sources": "/sources", "source": "/source/trade.example.com", "articles": "/articles",
             "article": article, "article-payloads": _article_path(page, server, "lh-xss"),
             "changes": "/changes", "about": "/about", "not-found": "/season/nothing/1"}
    for name, path in shots.items():
        response = page.goto(f"{server}{path}")  # type: ignore[attr-defined]
        assert response.status == (404 if name == "not-found" else 200), path
        target = SHOTS / f"{name}.png"
        page.screenshot(path=str(target), full_page=name not in ("season", "home"))  # type: ignore[attr-defined]
        assert target.stat().st_size > 10_000
    page.set_viewport_size({"width": 390, "height": 844})  # type: ignore[attr-defined]
    page.goto(f"{server}{season}")  # type: ignore[attr-defined]
    page.screenshot(path=str(SHOTS / "season-phone.png"))  # type: ignore[attr-defined]
    width = page.evaluate("document.documentElement.scrollWidth")  # type: ignore[attr-defined]
    assert width <= 390, "the season page should not scroll sideways on a phone"
    if os.environ.get("NEXTSEASON_UPDATE_DOCS"):
        page.set_viewport_size({"width": 1280, "height": 1500})  # type: ignore[attr-defined]
        page.goto(f"{server}{season}")  # type: ignore[attr-defined]
        (ROOT / "docs").mkdir(exist_ok=True)
        page.screenshot(path=str(ROOT / "docs" / "season-page.png"))  # type: ignore[attr-defined]


def test_article_titles_stay_readable_on_a_phone(page: object, server: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})  # type: ignore[attr-defined]
    page.goto(f"{server}/articles")  # type: ignore[attr-defined]
    widths = page.evaluate(  # type: ignore[attr-defined]
        "[...document.querySelectorAll('table.articles tbody td:nth-child(2)')].map(td => td.offsetWidth)")
    assert widths and min(widths) >= 180, "titles were squeezed into a column a few letters wide"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # type: ignore[attr-defined]
