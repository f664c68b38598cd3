"""Pure rendering pieces of the web face: the drift chart, ICS and Atom writers, safe links."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime

import pytest

from nextseason.web.charts import LAPSED_COLOUR, Bar, drift_chart
from nextseason.web.feeds import Change, WindowEvent, atom_feed, fold_line, ics_calendar, ics_escape
from nextseason.web.present import safe_url, slugify

SVG = "{http://www.w3.org/2000/svg}"


def _bars() -> list[Bar]:
    return [
        Bar(date(2023, 5, 1), date(2024, 1, 1), date(2024, 12, 31), "expected", lapsed=True, label="2024"),
        Bar(date(2024, 2, 1), date(2025, 1, 1), date(2025, 12, 31), "reported", negated=True, label="2025"),
        Bar(date(2025, 3, 1), date(2027, 1, 1), date(2027, 4, 30), "official", label="early 2027",
            outlet="a.example", href="/article/abc"),
        Bar(date(2025, 4, 1), None, None, "reported", negated=True, label="release date"),
        Bar(date(2025, 5, 1), date(2026, 9, 1), None, "speculative", label="<b>late</b> 2026 & on"),
    ]


def test_drift_chart_draws_each_state_differently() -> None:
    svg = drift_chart(_bars(), as_of=date(2025, 6, 1), premiere=date(2027, 2, 14),
                      estimate=(date(2027, 1, 1), date(2027, 4, 30)))
    root = ET.fromstring(svg)
    groups = root.iter(f"{SVG}g")
    classes = [g.get("class", "") for g in groups]
    assert any("lapsed" in c for c in classes) and any("negated" in c for c in classes)
    rects = {r.get("fill") for r in root.iter(f"{SVG}rect")}
    assert LAPSED_COLOUR in rects and "url(#hatch)" in rects
    assert 'class="premiere"' in svg and "premiered 2027-02-14" in svg
    assert "as of 2025-06-01" in svg
    assert 'class="bar-none"' in svg  # "no release date" mark
    assert 'class="open"' in svg  # the open end of "late 2026 onwards"
    assert 'href="/article/abc"' in svg


def test_drift_chart_escapes_labels_and_handles_no_bars() -> None:
    svg = drift_chart(_bars(), as_of=date(2025, 6, 1))
    assert "<b>late</b>" not in svg and "&lt;b&gt;late&lt;/b&gt; 2026 &amp; on" in svg
    empty = drift_chart([], as_of=date(2025, 6, 1))
    ET.fromstring(empty)
    assert "No release window has been claimed yet" in empty


def test_drift_chart_merges_identical_bars_into_one_with_a_count() -> None:
    same = [Bar(date(2025, 3, 1), date(2026, 1, 1), date(2026, 12, 31), "expected", outlet=f"o{i}.example")
            for i in range(5)]
    svg = drift_chart(same, as_of=date(2025, 6, 1))
    assert svg.count('<g class="claim') == 1 and "(5 claims)" in svg


@pytest.mark.parametrize("text, escaped", [
    ("a, b; c\\d", "a\\, b\\; c\\\\d"),
    ("two\nlines", "two\\nlines"),
    ("plain", "plain"),
])
def test_ics_text_is_escaped(text: str, escaped: str) -> None:
    assert ics_escape(text) == escaped


def test_ics_lines_fold_at_75_octets_without_splitting_characters() -> None:
    line = "SUMMARY:" + "Ünïcödé séason " * 20
    folded = fold_line(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line


def test_ics_event_is_all_day_with_exclusive_end() -> None:
    event = WindowEvent("x@nextseason", "Show S2: expected early 2027 (55%)", date(2027, 1, 1), date(2027, 4, 30),
                        description="why, and how; sure", url="https://example.com/s")
    ics = ics_calendar([event], name="Show", now=datetime(2026, 1, 1, tzinfo=UTC))
    lines = ics.replace("\r\n ", "").split("\r\n")
    assert "DTSTART;VALUE=DATE:20270101" in lines and "DTEND;VALUE=DATE:20270501" in lines
    assert "SUMMARY:Show S2: expected early 2027 (55%)" in lines
    assert "DESCRIPTION:why\\, and how\\; sure" in lines
    assert "DTSTAMP:20260101T000000Z" in lines
    assert ics.endswith("END:VCALENDAR\r\n") and "\n" not in ics.replace("\r\n", "")


def test_atom_feed_is_well_formed_and_escaped() -> None:
    changes = [Change("c1", "Show <x>", 2, date(2025, 1, 2), "window_moved", "Show <x> S2: expected 2026 & later",
                      "was 2025", "/season/show-x/2?as_of=2025-01-02&b=1"),
               Change("c2", "Show <x>", 2, date(2025, 3, 4), "stage_changed", "Show <x> S2: Renewed → Filming")]
    feed = atom_feed(changes, base_url="http://127.0.0.1:8001/")
    root = ET.fromstring(feed)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert [e.findtext("a:title", namespaces=ns) for e in entries] == [
        "Show <x> S2: Renewed → Filming", "Show <x> S2: expected 2026 & later"]
    assert root.findtext("a:updated", namespaces=ns) == "2025-03-04T00:00:00Z"
    link = entries[1].find("a:link", ns)
    assert link is not None and link.get("href") == "http://127.0.0.1:8001/season/show-x/2?as_of=2025-01-02&b=1"


@pytest.mark.parametrize("url, safe", [
    ("https://example.com/a", True), ("http://example.com", True), ("javascript:alert(1)", False),
    ("JavaScript:alert(1)", False), (" javascript:alert(1)", False), ("data:text/html,<b>", False),
    ("vbscript:x", False), ("//evil.example/x", False), ("/local/path", False), ("https://exa mple.com", False),
    ("https://example.com/\x00", False), (None, False), ("", False),
])
def test_only_absolute_http_links_are_rendered_as_links(url: str | None, safe: bool) -> None:
    assert (safe_url(url) is not None) is safe


@pytest.mark.parametrize("title, slug", [
    ("The Lantern Keepers", "the-lantern-keepers"), ("Harbor Lights: Busan – Night Shift Edition",
                                                     "harbor-lights-busan-night-shift-edition"),
    ("Élite", "elite"), ("오징어 게임", "%EC%98%A4%EC%A7%95%EC%96%B4-%EA%B2%8C%EC%9E%84"),
])
def test_slugs_are_readable_and_url_safe(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_season_template_shows_contradictions_side_by_side() -> None:
    from nextseason.web.app import templates

    side = {"value": "6 June 2022", "weight": 2.5, "sources": ["a.example", "b.example"],
            "evidence": [{"quote": "renewed on <June 6>"}]}
    other = {"value": "6 June 2023", "weight": 0.4, "sources": ["c.example"], "evidence": []}
    status = {"stage": "renewed", "release": None, "renewal": {"status": "renewed", "date_label": None},
              "cast": [], "lapsed": [], "sources": [], "title_aliases": [], "claims_used": 3,
              "articles_used": 3, "stage_detail": {"why": ""},
              "contradictions": [{"field": "renewal.date", "values": ["6 June 2022", "6 June 2023"],
                                  "chosen": "6 June 2022", "sides": [side, other]}]}
    data = {"work": "Show", "season": 2, "path": "/season/show/2", "as_of": "2026-01-01", "status": status,
            "timeline": [], "timeline_total": 0, "links": {"json": "/j", "ics": "/i"}, "_chart_svg": "<svg></svg>"}
    html = templates().get_template("season.html").render(
        data=data, request_path="/season/show/2", writable=False, today="2026-01-01", json_path="/j", query="")
    import re

    assert len(re.findall(r'class="side ?(chosen)?"', html)) == 2 and 'class="side chosen"' in html
    assert "renewal · date" in html and "favoured" in html
    assert "renewed on &lt;June 6&gt;" in html


def test_article_segments_mark_claims_and_boilerplate() -> None:
    from nextseason.models import Claim
    from nextseason.web.views import segments

    text = "Header line\nThe show returns in May. Subscribe now!"
    first = text.index("returns in May")
    claims = [Claim("Show", 2, "release", None, quote="returns in May", quote_start=first, quote_end=first + 14),
              Claim("Show", 2, "renewal", None, quote="The show returns", quote_start=first - 9,
                    quote_end=first + 7)]
    parts = segments(text, claims, [(0, 11), (text.index("Subscribe"), len(text))])
    assert "".join(p["text"] for p in parts) == text
    assert parts[0] == {"text": "Header line", "claims": [], "starts": [], "boilerplate": True}
    both = next(p for p in parts if p["text"] == "returns")
    assert both["claims"] == [0, 1] and both["starts"] == [0]
    assert parts[-1]["boilerplate"] and parts[-1]["text"] == "Subscribe now!"
    starts = [i for p in parts for i in p["starts"]]
    assert sorted(starts) == [0, 1]  # each claim's anchor appears once


def _season_html(release: dict[str, object] | None, lapsed: list[dict[str, object]],
                 sources: list[dict[str, object]]) -> str:
    from nextseason.web.app import templates

    status = {"stage": "dated", "release": release, "renewal": {"status": "renewed", "date_label": None},
              "cast": [], "lapsed": lapsed, "sources": sources, "title_aliases": [], "claims_used": 3,
              "articles_used": 3, "stage_detail": {"why": ""}, "contradictions": []}
    data = {"work": "Show", "season": 2, "path": "/season/show/2", "as_of": "2026-01-01", "status": status,
            "timeline": [], "timeline_total": 0, "links": {"json": "/j", "ics": "/i"}, "_chart_svg": "<svg></svg>"}
    return templates().get_template("season.html").render(
        data=data, request_path="/season/show/2", writable=False, today="2026-01-01", json_path="/j", query="")


def test_a_release_day_is_shown_once_as_an_exact_day_and_a_window_by_its_precision_in_words() -> None:
    day = {"start": "2027-02-19", "end": "2027-02-19", "precision": "day", "label": "19 February 2027",
           "confidence": 0.9}
    html = _season_html(day, [], [])
    assert "2027-02-19 · exact day" in html and "2027-02-19 to 2027-02-19" not in html
    part = {"start": "2027-01-01", "end": "2027-04-30", "precision": "part", "label": "early 2027",
            "confidence": 0.5}
    assert "2027-01-01 to 2027-04-30 · part of a year" in _season_html(part, [], [])


def test_outlets_that_are_file_paths_are_shown_by_file_name_with_the_path_on_hover() -> None:
    path = "inbox/2026/autumn/harbor-renewal.txt"
    html = _season_html(None, [{"label": "late 2025", "claimed_by": [path, "paper.example"]}],
                        [{"outlet": path, "reliability": 0.5, "claims": 2, "came_true": 0, "lapsed": 1}])
    assert f'title="{path}">harbor-renewal.txt</a>' in html
    assert f'<span title="{path}">harbor-renewal.txt</span>, <span title="paper.example">paper.example</span>' in html
    assert f">{path}<" not in html


def test_an_article_without_claims_says_so_without_numbering_it() -> None:
    from nextseason.web.app import templates

    data = {"doc_id": "a.txt", "title": "A page", "outlet": None, "outlet_path": None,
            "effective_published": "2025-03-31", "published": None, "published_basis": "inferred",
            "url_text": None, "url": None, "segments": [{"text": "Some text.", "claims": [], "starts": [],
                                                          "boilerplate": False}], "claims": []}
    html = templates().get_template("article.html").render(
        data=data, request_path="/article/x", writable=False, today="2026-01-01", json_path="/j", query="")
    assert '<p class="muted">No claims found in this article.</p>' in html
    assert "<ol>" not in html.split('class="article-claims"')[1]
    assert "inferred from the events it reports" in html and "inferred: inferred" not in html


def test_a_lapsed_prediction_change_names_file_outlets_by_file_name() -> None:
    from nextseason.web.changes import diff
    from nextseason.web.site import Tracked

    item = Tracked("Show", 2, "show", "show")
    lapsed = {"start": "2025-01-01", "end": "2025-12-31", "label": "2025",
              "claimed_by": ["inbox/autumn/03-fan-blog.txt", "paper.example"]}
    changes = diff(item, date(2026, 1, 1), {"lapsed": []}, {"lapsed": [lapsed]})
    [change] = [c for c in changes if c.kind == "prediction_lapsed"]
    assert change.detail == "claimed by 03-fan-blog.txt, paper.example"


@pytest.mark.parametrize("query, expected", [
    ("lantern kepers", ["The Lantern Keepers"]), ("midnite ferry", ["Midnight Ferry"]),
    ("all of us is dead", ["All of Us Are Dead"]), ("zzz", []),
])
def test_search_suggestions_tolerate_typos_but_not_noise(query: str, expected: list[str]) -> None:
    from nextseason.web.views import suggest

    titles = ["The Lantern Keepers", "Midnight Ferry", "All of Us Are Dead", "Harbour Lights"]
    assert suggest(query, titles) == expected


def test_a_window_that_is_a_plain_range_gets_no_precision_chip() -> None:
    html = _season_html({"start": "2026-11-30", "end": "2027-05-30", "precision": "range",
                         "label": "30 November 2026 to 30 May 2027", "confidence": 0.2}, [], [])
    assert "2026-11-30 to 2027-05-30</p>" in html and "a range" not in html


def test_a_title_in_other_capitals_is_not_listed_as_another_name() -> None:
    from nextseason.web.app import templates

    status = {"stage": "renewed", "release": None, "renewal": {"status": "renewed", "date_label": None},
              "cast": [], "lapsed": [], "sources": [], "claims_used": 1, "articles_used": 1,
              "stage_detail": {"why": ""}, "contradictions": [],
              "title_aliases": ["HARBOUR LIGHTS", "Harbour Lights!", "Lights of the Harbour", "lights of the harbour"]}
    data = {"work": "Harbour Lights", "season": 2, "path": "/season/harbour-lights/2", "as_of": "2026-01-01",
            "status": status, "timeline": [], "timeline_total": 0, "links": {"json": "/j", "ics": "/i"},
            "_chart_svg": "<svg></svg>"}
    html = templates().get_template("season.html").render(
        data=data, request_path="/season/harbour-lights/2", writable=False, today="2026-01-01", json_path="/j",
        query="")
    assert '<p class="aka">also called Lights of the Harbour</p>' in html
