"""Fetching by URL against a real local HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from ingest_samples import article_html

from nextseason.cli import cli
from nextseason.errors import FetchError
from nextseason.ingest import read_url
from nextseason.ingest.fetch import check_address
from nextseason.models import Document, Rejection
from nextseason.settings import Settings
from nextseason.store import open_store

PAGES: dict[str, tuple[int, str, bytes, dict[str, str]]] = {
    "/story.html": (200, "text/html; charset=utf-8", article_html().encode(), {}),
    "/plain.txt": (200, "text/plain", b"The Lantern Keepers returns in early 2026.", {}),
    "/moved": (302, "text/html", b"", {"Location": "/story.html"}),
    "/missing": (404, "text/html", b"<html><body>gone</body></html>", {}),
    "/big.html": (200, "text/html", b"<html><body>" + b"<p>filler text</p>" * 5000 + b"</body></html>", {}),
    "/logo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(100), {}),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, content_type, body, headers = PAGES.get(self.path, (404, "text/plain", b"no", {}))
        if self.path == "/host":  # says which host name the request named
            status, content_type, body = 200, "text/plain", f"Host was {self.headers['Host']}".encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


ALLOW = Settings(allow_private=True, fetch_timeout_s=5)


def test_fetch_html_page_from_local_server_when_private_allowed(server: str) -> None:
    [doc] = list(read_url(f"{server}/story.html", ALLOW))
    assert isinstance(doc, Document)
    assert doc.source_kind == "url" and doc.url == f"{server}/story.html"
    assert doc.title == "The Lantern Keepers renewed for season 2"
    assert "second season" in doc.text


def test_fetch_follows_redirects_and_reads_plain_text(server: str) -> None:
    [moved] = list(read_url(f"{server}/moved", ALLOW))
    assert isinstance(moved, Document) and moved.url == f"{server}/story.html"
    [plain] = list(read_url(f"{server}/plain.txt", ALLOW))
    assert isinstance(plain, Document) and plain.text.startswith("The Lantern Keepers")


def test_fetch_connects_to_the_checked_address_and_keeps_the_host_name(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    [doc] = list(read_url(f"http://localhost:{port}/host", ALLOW))
    assert isinstance(doc, Document) and doc.text == f"Host was localhost:{port}"
    assert doc.url == f"http://localhost:{port}/host"


@pytest.mark.parametrize("path, settings, reason", [
    ("/story.html", Settings(), "refused: private or local address"),
    ("/missing", ALLOW, "HTTP 404"),
    ("/big.html", Settings(allow_private=True, max_bytes=10_000), "too large"),
    ("/logo.png", ALLOW, "unsupported content type"),
])
def test_fetch_problems_are_rejections(server: str, path: str, settings: Settings, reason: str) -> None:
    [item] = list(read_url(f"{server}{path}", settings))
    assert isinstance(item, Rejection)
    assert item.reason == reason


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://10.1.2.3/", "http://192.168.0.10/", "http://169.254.169.254/latest",
    "http://[::1]/", "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/",
])
def test_private_loopback_and_link_local_addresses_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="private or local"):
        check_address(url, Settings())


def test_only_http_urls_are_fetched() -> None:
    with pytest.raises(FetchError, match="scheme"):
        check_address("file:///etc/passwd", Settings(allow_private=True))


def test_cli_ingest_url_needs_allow_private_for_a_local_server(server: str, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'ns.db'}"
    refused = CliRunner().invoke(cli, ["--db", db, "ingest", f"{server}/story.html"])
    assert refused.exit_code == 1
    assert "private or local address" in refused.output
    allowed = CliRunner().invoke(cli, ["--db", db, "ingest", "--allow-private", f"{server}/story.html"])
    assert allowed.exit_code == 0, allowed.output
    store = open_store(db)
    try:
        assert store.count_documents() == 1
    finally:
        store.close()


def test_an_error_status_says_what_it_means_without_repeating_the_url(server: str) -> None:
    [item] = list(read_url(f"{server}/missing", ALLOW))
    assert isinstance(item, Rejection)
    assert (item.reason, item.detail) == ("HTTP 404", "Not Found")
