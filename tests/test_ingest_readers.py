"""Readers, sniffing and clean-up, called directly (no store)."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest
from conftest import DEV, SEEDS
from ingest_samples import PARAGRAPHS, article_html, deep_html, write_warc

from nextseason.ingest import content_id, read_path
from nextseason.ingest.cleanup import clean, is_boilerplate_line
from nextseason.ingest.html import nesting_depth
from nextseason.ingest.sniff import sniff
from nextseason.models import Document, Rejection
from nextseason.settings import Settings


def read_all(path: Path, settings: Settings | None = None) -> list[Document | Rejection]:
    return list(read_path(path, settings or Settings()))


def only_documents(items: list[Document | Rejection]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def only_rejections(items: list[Document | Rejection]) -> list[Rejection]:
    return [i for i in items if isinstance(i, Rejection)]


# ---------------------------------------------------------------- JSONL


def test_jsonl_reads_fields_and_keeps_other_fields_but_not_collection_labels(tmp_path: Path) -> None:
    row = {"id": "a1", "url": "https://example.org/x", "published": "2024-02-03", "text": "Some text here.",
           "outlet": "Example", "show": "Some Show", "season": 2}
    (tmp_path / "a.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    [doc] = read_all(tmp_path / "a.jsonl")
    assert isinstance(doc, Document)
    assert (doc.doc_id, doc.url, doc.published, doc.published_basis) == (
        "a1", "https://example.org/x", date(2024, 2, 3), "field")
    assert doc.text == "Some text here."
    assert doc.metadata == {"outlet": "Example"}
    assert doc.id == content_id("Some text here.")


def test_jsonl_malformed_line_is_rejected_with_its_line_and_others_are_read(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "one", "text": "First article text."}), "{not json",
             json.dumps(["a", "list"]), json.dumps({"id": "no-text"}),
             json.dumps({"id": "two", "text": "Second article text."})]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(path)
    assert [d.doc_id for d in only_documents(items)] == ["one", "two"]
    assert [(r.source, r.reason) for r in only_rejections(items)] == [
        (f"{path}:2", "malformed JSONL line"), (f"{path}:3", "malformed JSONL line"),
        (f"{path}:4", "malformed JSONL line")]


def test_dev_corpus_reads_every_article_with_distinct_ids() -> None:
    items = read_all(DEV / "articles.jsonl")
    documents = only_documents(items)
    assert len(documents) == len(items) == 161
    assert len({d.doc_id for d in documents}) == 161
    assert all(d.metadata.get("show") is None and d.metadata.get("season") is None for d in documents)


# ---------------------------------------------------------------- text


def test_text_header_line_gives_the_publication_date_and_is_marked(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(" date 2023-12-08 The show returns next year.\n\nMore text.", encoding="utf-8")
    [doc] = read_all(path)
    assert isinstance(doc, Document)
    assert (doc.published, doc.published_basis, doc.source_kind) == (date(2023, 12, 8), "header", "txt")
    assert doc.boilerplate[0].start == 0 and doc.text[doc.boilerplate[0].end:].startswith("The show")


def test_text_seed_with_repeated_bullets_is_folded_and_kept_verbatim() -> None:
    path = next((SEEDS / "files").glob("004_*.txt"))
    [doc] = read_all(path)
    assert isinstance(doc, Document)
    assert doc.text == path.read_text(encoding="utf-8")
    assert len(doc.folded) >= 10
    for span in doc.folded:  # every folded piece repeats text just before it
        piece = doc.text[span.start:span.end].strip()
        assert piece and piece in doc.text[max(0, span.start - 2 * len(piece) - 50):span.start]


def test_cp1252_text_is_decoded_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("The caf\u00e9 scene \u2013 filmed in 2023.".encode("cp1252"))
    [doc] = read_all(path)
    assert isinstance(doc, Document)
    assert "caf\u00e9" in doc.text and "\u2013" in doc.text
    assert "Windows-1252" in doc.metadata["encoding_note"]


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"   \n\n  ", "empty file"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file"),
    ("bad.txt", b"caf\xe9 \x81\x8d\x9d broken", "undecodable bytes"),
])
def test_bad_text_inputs_are_rejected_with_a_reason(tmp_path: Path, name: str, content: bytes,
                                                    reason: str) -> None:
    (tmp_path / name).write_bytes(content)
    [item] = read_all(tmp_path / name)
    assert isinstance(item, Rejection)
    assert (item.source, item.reason) == (str(tmp_path / name), reason)


def test_file_over_the_size_cap_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 400, encoding="utf-8")
    [item] = read_all(path, Settings(max_bytes=1000))
    assert isinstance(item, Rejection) and item.reason == "too large"


# ---------------------------------------------------------------- HTML


def test_html_main_text_title_date_and_no_comments(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text(article_html(), encoding="utf-8")
    [doc] = read_all(path)
    assert isinstance(doc, Document)
    assert doc.title == "The Lantern Keepers renewed for season 2"
    assert (doc.published, doc.published_basis, doc.source_kind) == (date(2024, 5, 14), "html-meta", "html")
    assert PARAGRAPHS[1] in doc.text
    assert "waiting for this news" not in doc.text  # the comment section is left out
    assert "Copyright" not in doc.text
    assert doc.metadata["author"] == "Dana Reyes"


def test_txt_file_holding_a_web_page_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved-page.txt"
    path.write_text(article_html(), encoding="utf-8")
    [doc] = read_all(path)
    assert isinstance(doc, Document) and doc.source_kind == "html"
    assert "<p>" not in doc.text


def test_deeply_nested_html_is_rejected_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html"
    path.write_text(deep_html(1000), encoding="utf-8")
    [item] = read_all(path)
    assert isinstance(item, Rejection) and item.reason == "HTML nested too deeply"


def test_nesting_depth_ignores_void_and_optional_end_tags() -> None:
    page = b"<html><body>" + b"<p>x<br><img src=a>" * 500 + b"<div><div></div></div></body></html>"
    assert nesting_depth(page, 400) == 4


def test_gzipped_html_is_read(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(article_html().encode("utf-8")))
    [doc] = read_all(path)
    assert isinstance(doc, Document) and PARAGRAPHS[0] in doc.text


# ---------------------------------------------------------------- WARC


def test_warc_reads_every_html_response_with_url_and_fetch_date(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("https://example.org/news/2024/05/10/lantern", article_html(published=None)),
                      ("https://example.org/other", article_html(title="Another story", published=None,
                                                                  paragraphs=PARAGRAPHS[::-1]))])
    documents = read_all(path)
    assert [type(d).__name__ for d in documents] == ["Document", "Document"]
    first, second = only_documents(documents)
    assert first.doc_id == first.url == "https://example.org/news/2024/05/10/lantern"
    assert (first.published, first.published_basis) == (date(2024, 5, 10), "url")
    assert first.metadata["fetched"] == "2024-06-02" and first.source_kind == "warc"
    assert second.published_range is not None and second.published_range.end == date(2024, 6, 2)


def test_plain_warc_named_gz_is_found_by_content(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_warc(path, [("https://example.org/a", article_html())], gzipped=False)
    renamed = tmp_path / "archive.dat"
    path.rename(renamed)
    assert sniff(renamed, renamed.read_bytes()[:8192]) == "warc"
    assert [type(d).__name__ for d in read_all(renamed)] == ["Document"]


def test_truncated_warc_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("https://example.org/a", article_html()),
                      ("https://example.org/b", article_html(title="Second", paragraphs=PARAGRAPHS[::-1]))],
               extra_image=False)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])
    items = read_all(path)
    assert isinstance(items[0], Document) and items[0].url == "https://example.org/a"
    assert isinstance(items[-1], Rejection) and items[-1].reason == "truncated or damaged WARC"
    assert items[-1].source == f"{path}#2"


def test_truncated_gzip_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt.gz"
    data = gzip.compress(("Plenty of words in a plain text file. " * 200).encode())
    path.write_bytes(data[: len(data) // 2])
    [item] = read_all(path)
    assert isinstance(item, Rejection) and item.reason == "truncated or damaged gzip"


# ---------------------------------------------------------------- folders and clean-up


def test_folder_is_read_recursively_skipping_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("One article about a show.", encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "b.txt").write_text("Another article.", encoding="utf-8")
    (tmp_path / ".hidden").write_bytes(b"\x00\x01")
    assert sorted(d.doc_id for d in only_documents(read_all(tmp_path))) == [
        str(tmp_path / "a.txt"), str(tmp_path / "sub" / "deeper" / "b.txt")]


def test_same_text_with_other_line_breaks_has_the_same_id() -> None:
    assert content_id("Line one\r\nLine two\n") == content_id("Line one\nLine two")
    assert content_id("Cafe\u0301") == content_id("Caf\u00e9")


@pytest.mark.parametrize("line", [
    "Read more: Ten things we learned from the finale",
    "ALSO READ: Cast members reunite at a festival",
    "Related articles",
    "Leave a Comment",
    "Please enter your name here",
    "Please enter your comment!",
    "Share this article",
    "Facebook Twitter Pinterest WhatsApp",
    "Subscribe to our newsletter for the latest updates",
    "We use cookies to improve your experience on our site.",
    "Advertisement",
    "Jo Smith is a freelance entertainment writer who covers streaming television.",
    "You may also like",
    "Next. Five dramas to watch this weekend",
    "Let us know what you think about the new season in the comments.",
    "What do you make of this news?",
    "Must Read",
])
def test_boilerplate_lines_are_recognised(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "The show will return for a second season, the network said.",
    "Share prices of the studio rose after the announcement.",
    "Read the room, the director told the cast before filming began in 2023.",
    "Park is an actress who played the class president in the first season.",
    "Filming began in January 2024.",
    "Click here to read the full story. The network has renewed the drama for a third run.",
])
def test_article_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize("heading", ["2 Comments", "There are 4 comments", "Leave a Reply", "Comments (3)"])
def test_comment_section_at_the_end_is_marked_as_boilerplate(heading: str) -> None:
    lines = [f"The series returns in spring, part {n}." for n in range(10)]
    text = "\n".join(lines) + f"\n{heading}\nI loved it so much.\nCannot wait for the new episodes!\n"
    marks = clean(text)
    marked = "".join(text[s.start:s.end] + "\n" for s in marks.boilerplate)
    assert marked == f"{heading}\nI loved it so much.\nCannot wait for the new episodes!\n"


def test_gzipped_jsonl_is_streamed_and_a_cut_keeps_the_lines_before(tmp_path: Path) -> None:
    rows = [json.dumps({"id": f"r{i}", "text": f"Article number {i} about a returning show."})
            for i in range(2000)]
    packed = gzip.compress(("\n".join(rows) + "\n").encode("utf-8"))
    whole = tmp_path / "corpus.jsonl.gz"
    whole.write_bytes(packed)
    assert len(only_documents(read_all(whole, Settings(max_bytes=10_000)))) == 2000
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(packed[: len(packed) // 2])
    items = read_all(cut)
    assert 0 < len(only_documents(items)) < 2000
    assert isinstance(items[-1], Rejection) and items[-1].reason == "truncated or damaged gzip"


def test_json_file_with_a_list_of_articles_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    rows = [{"id": "x1", "text": "First piece about a show."}, {"id": "x2", "text": "Second piece."}, 7]
    path.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    items = read_all(path)
    assert [d.doc_id for d in only_documents(items)] == ["x1", "x2"]
    assert [(r.source, r.reason) for r in only_rejections(items)] == [(f"{path}#3", "malformed JSONL line")]
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"id": "s", "text": "A single article."}, indent=2), encoding="utf-8")
    assert [d.doc_id for d in only_documents(read_all(single))] == ["s"]


def test_utf16_text_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "exported.txt"
    path.write_bytes("The Lantern Keepers \u2013 season two is coming.".encode("utf-16"))
    [doc] = read_all(path)
    assert isinstance(doc, Document) and doc.text == "The Lantern Keepers \u2013 season two is coming."


def test_nesting_depth_skips_comments_and_scripts() -> None:
    page = (b"<html><body><!-- " + b"<div>" * 50 + b" --><script>if (a<b) { x = '<div>'; }</script>"
            b"<div><span>x</span></div></body></html>")
    assert nesting_depth(page, 400) == 4


def test_plain_text_title_is_the_first_line_after_the_date_header() -> None:
    from nextseason.ingest.document import first_line_title

    assert first_line_title(" date 2025-01-02 \nHarbour Lights Season 2 Is Coming\n\nBody text.") == \
        "Harbour Lights Season 2 Is Coming"
    assert first_line_title("A whole first sentence that ends like prose.\nMore.") is None
