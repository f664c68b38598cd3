"""Stores for the web tests: small articles written for these tests (own words), including
one whose text carries HTML/script payloads, and the dev corpus's gold claims."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from nextseason.models import CastValue, Claim, Document, Interval, ProcessedDocument, RenewalValue
from nextseason.store import open_store
from nextseason.web.fixtures import load_gold

SHOW = "Lantern Harbor"
XSS_SCRIPT = "<script>window.__pwned = 'script'</script>"
XSS_IMG = '<img src=x onerror="window.__pwned = \'img\'">'


def _doc(doc_id: str, text: str, day: date, url: str | None) -> Document:
    return Document(id=hashlib.sha256(text.encode()).hexdigest(), doc_id=doc_id, text=text, url=url,
                    title=f"{SHOW} news ({doc_id})", published=day,
                    published_range=Interval(day, day, "day"), published_basis="field")


def _claim(text: str, quote: str, **fields: object) -> Claim:
    start = text.index(quote)
    values: dict[str, object] = {"work": SHOW, "season": 2, "certainty": "reported"}
    values.update(fields)
    return Claim(quote=quote, quote_start=start, quote_end=start + len(quote), **values)  # type: ignore[arg-type]


def small_articles() -> list[ProcessedDocument]:
    out = []
    t1 = ("date 2024-03-02\nThe streamer has ordered a second season of Lantern Harbor, the studio said "
          "on Friday. Viewers can expect the new episodes in late 2025, a producer hinted.\nSubscribe to our newsletter!")
    out.append(ProcessedDocument(_doc("lh-1", t1, date(2024, 3, 2), "https://trade.example.com/lh-renewed"), (
        _claim(t1, "has ordered a second season of Lantern Harbor", kind="renewal",
               value=RenewalValue("renewed", Interval(date(2024, 3, 1), date(2024, 3, 1))), certainty="official"),
        _claim(t1, "expect the new episodes in late 2025", kind="release",
               value=Interval(date(2025, 9, 1), date(2025, 12, 31), "third", "late 2025"), certainty="expected"),
    )))
    t2 = ("Fans hoping for Lantern Harbor this year will be disappointed: a 2025 return is off the table, "
          "and Mara Quill is back as Captain Ives for the second run.")
    out.append(ProcessedDocument(_doc("lh-2", t2, date(2025, 6, 10), "https://fans.example.org/lh-delay"), (
        _claim(t2, "a 2025 return is off the table", kind="release",
               value=Interval(date(2025, 1, 1), date(2025, 12, 31), "year"), polarity="negated"),
        _claim(t2, "Mara Quill is back as Captain Ives", kind="cast",
               value=CastValue("Mara Quill", "Captain Ives", "returning")),
    )))
    t3 = ("Lantern Harbor season 2 should land in early 2027, according to people close to the show. "
          "Filming wrapped last month.")
    out.append(ProcessedDocument(_doc("lh-3", t3, date(2026, 2, 20), "https://trade.example.com/lh-2027"), (
        _claim(t3, "should land in early 2027", kind="release",
               value=Interval(date(2027, 1, 1), date(2027, 4, 30), "third", "early 2027"), certainty="expected"),
    )))
    t4 = (f"Reader mail: {XSS_SCRIPT} and {XSS_IMG} were pasted into a comment. "
          f"Lantern Harbor will be back in early 2027 says <b>Someone</b> {XSS_IMG}.")
    quote = f"will be back in early 2027 says <b>Someone</b> {XSS_IMG}"
    out.append(ProcessedDocument(_doc("lh-xss", t4, date(2026, 3, 1), "javascript:alert(1)"), (
        _claim(t4, quote, kind="release", value=Interval(date(2027, 1, 1), date(2027, 4, 30), "third"),
               certainty="speculative", source=f"Someone {XSS_IMG}"),
    )))
    return out


def make_small_store(path: Path) -> str:
    url = f"sqlite:///{path}"
    store = open_store(url)
    try:
        store.add_many(small_articles())
    finally:
        store.close()
    return url


def make_gold_store(path: Path, dev: Path, limit: int | None = None) -> str:
    url = f"sqlite:///{path}"
    store = open_store(url)
    try:
        load_gold(store, dev / "articles.jsonl", dev / "gold.jsonl", limit)
    finally:
        store.close()
    return url
