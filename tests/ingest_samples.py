"""Sample inputs for the ingest tests, written for them (a made-up show, our own words)."""

from __future__ import annotations

import gzip
import io
from datetime import datetime
from pathlib import Path

PARAGRAPHS = (
    ("The Lantern Keepers will return for a second season, the streaming service said on Tuesday, "
    "ending months of silence about the future of the fantasy drama."),
    ("Writers began work on the new episodes in January 2024, and filming is expected to start in the "
    "autumn once the lead actors finish their current projects."),
    ("The first season premiered on March 3, 2023 and spent six weeks among the platform's most "
    "watched series, which made a renewal likely from the start."),
    ("No release date has been announced yet, but people close to the production expect the second "
    "season to arrive in early 2026 at the soonest."),
)


def article_html(title: str = "The Lantern Keepers renewed for season 2",
                 published: str | None = "2024-05-14", paragraphs: tuple[str, ...] = PARAGRAPHS,
                 comments: bool = True) -> str:
    meta = (f'<meta property="article:published_time" content="{published}T09:30:00Z">'
            if published else "")
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    comment_block = ("<section class=\"comments\"><h3>3 Comments</h3>"
                     "<p>Finally! I have been waiting for this news for a whole year now.</p></section>"
                     if comments else "")
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title} | Example Screen</title>"
            f"{meta}<meta name=\"author\" content=\"Dana Reyes\"></head><body>"
            "<nav><a href=\"/\">Home</a> <a href=\"/tv\">TV</a></nav>"
            f"<article><h1>{title}</h1>{body}</article>{comment_block}"
            "<footer>Copyright Example Screen</footer></body></html>")


def deep_html(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + "<p>deep</p>" + "</div>" * depth + "</body></html>"


def write_warc(path: Path, pages: list[tuple[str, str]], *, gzipped: bool = True,
               extra_image: bool = True) -> None:
    """A WARC file with one HTML response record per (url, html), plus an image record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers,
                warc_headers_dict={"WARC-Date": datetime(2024, 6, 2, 8, 0, 0).strftime("%Y-%m-%dT%H:%M:%SZ")})
            writer.write_record(record)
        if extra_image:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            record = writer.create_warc_record("https://example.org/logo.png", "response",
                                               payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(64)),
                                               http_headers=headers)
            writer.write_record(record)


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data)
