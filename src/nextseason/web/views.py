"""Page data: one function per page, returning the dict that is both the JSON twin and
what the HTML template renders. Views raise domain errors (NotFoundError, UsageError)."""

from __future__ import annotations

import logging
from datetime import date
from itertools import pairwise
from typing import Any
from urllib.parse import quote

from ..errors import NotFoundError
from ..models import Claim, ClaimRecord, Document, Interval
from ..text import fold, suggest, work_key
from .charts import Bar
from .present import STAGE_LABELS, claim_value_label, safe_url, season_path, window_label
from .site import Site, Tracked

log = logging.getLogger(__name__)
CONTEXT = 160  # characters of article text shown either side of a quote


def _release(status: dict[str, Any]) -> dict[str, Any] | None:
    release = status.get("release")
    if not release:
        return None
    return {key: release.get(key) for key in ("start", "end", "confidence", "precision", "label")}


def premiere_of(status: dict[str, Any]) -> date | None:
    release = status.get("release") or {}
    if status.get("stage") == "released" and release.get("start"):
        return date.fromisoformat(release["start"])
    return None


def season_summary(site: Site, item: Tracked, as_of: date) -> dict[str, Any]:
    status = site.status(item, as_of)
    from .changes import last_change

    change = last_change(site, item, as_of, wait=False)
    return {
        "work": item.work, "season": item.season, "path": season_path(item.work, item.season),
        "stage": status.get("stage", "unknown"),
        "stage_label": STAGE_LABELS.get(status.get("stage", "unknown"), status.get("stage")),
        "release": _release(status),
        "renewal": (status.get("renewal") or {}).get("status"),
        "claims_used": status.get("claims_used", 0), "articles_used": status.get("articles_used", 0),
        "title_aliases": status.get("title_aliases", []),
        "last_change": change if change != "pending" else None,
        "changes_pending": change == "pending",
    }


def _unresolved(item: Tracked) -> dict[str, Any]:
    return {"work": item.work, "season": item.season, "path": season_path(item.work, item.season),
            "stage": "unknown", "stage_label": "could not be resolved", "release": None, "renewal": None,
            "claims_used": 0, "articles_used": 0, "title_aliases": [], "last_change": None, "error": True}


def _title_names(site: Site, item: Tracked, status: dict[str, Any]) -> list[str]:
    names = [item.work, *status.get("title_aliases", [])]
    for alias in site.store().aliases():
        if alias.kind == "work" and (work_key(alias.canonical) == item.key or work_key(alias.name) == item.key):
            names += [alias.name, alias.canonical]
    return names


def home(site: Site, q: str, as_of: date) -> dict[str, Any]:
    needle = fold(q)
    rows = []
    for item in site.tracked():
        try:
            if needle:
                names = _title_names(site, item, site.status(item, as_of))
                if not any(needle in fold(name) for name in names):
                    continue
            rows.append(season_summary(site, item, as_of))
        except Exception:  # one season that cannot be resolved shows as such
            log.exception("could not resolve %s season %s", item.work, item.season)
            if not needle or needle in fold(item.work):
                rows.append(_unresolved(item))
    rows.sort(key=lambda r: ((r["last_change"] or {}).get("day") or "", r["work"]), reverse=True)
    pending = any(r.get("changes_pending") for r in rows)
    suggestions = suggest(q, [item.work for item in site.tracked()]) if needle and not rows else []
    return {"as_of": as_of.isoformat(), "q": q, "seasons": rows, "changes_pending": pending,
            "suggestions": suggestions,
            "counts": {"seasons": len(rows), "articles": site.store().count_documents()}}


# ------------------------------------------------------------ season page


def _context(document: Document | None, claim: Claim) -> tuple[str, str, str]:
    """(before, quote, after) with the quote as it stands in the article."""
    if document is None or not (0 <= claim.quote_start < claim.quote_end <= len(document.text)):
        return "", claim.quote, ""
    text = document.text
    start, end = claim.quote_start, claim.quote_end
    before = text[max(0, start - CONTEXT):start]
    after = text[end:end + CONTEXT]
    before = ("…" + before.split(" ", 1)[-1]) if start > CONTEXT else before
    after = (after.rsplit(" ", 1)[0] + "…") if end + CONTEXT < len(text) else after
    return before.lstrip(), text[start:end], after.rstrip()


def claim_entry(site: Site, record: ClaimRecord, with_context: bool = True) -> dict[str, Any]:
    claim = record.claim
    document = None
    if with_context:
        try:
            document = site.document(record.document_id)
        except NotFoundError:
            document = None
    before, quote, after = _context(document, claim)
    return {
        "kind": claim.kind, "value": claim.value_json(), "label": claim_value_label(claim),
        "polarity": claim.polarity, "certainty": claim.certainty, "source": claim.source,
        "work": claim.work, "season": claim.season,
        "quote": quote, "before": before, "after": after,
        "published": record.published.isoformat() if record.published else None,
        "published_inferred": record.published_inferred,
        "outlet": _outlet(record.domain, record.doc_id), "url": safe_url(record.url), "article": record.document_id,
        "doc_id": record.doc_id, "cluster": record.cluster,
    }


def bars_of(records: list[ClaimRecord], as_of: date, premiere: date | None) -> list[Bar]:
    from ..resolve.windows import is_lapsed

    bars = []
    for record in records:
        claim = record.claim
        if claim.kind != "release" or record.published is None:
            continue
        window = claim.value if isinstance(claim.value, Interval) else None
        negated = claim.polarity == "negated"
        if window is None and not negated:
            continue
        lapsed = (window is not None and not negated and is_lapsed(window, as_of)
                  and not (premiere and window.contains(premiere)))
        bars.append(Bar(
            published=record.published, start=window.start if window else None,
            end=window.end if window else None, certainty=claim.certainty, negated=negated,
            lapsed=lapsed, label=window_label(window) if window else "release date",
            outlet=_outlet(record.domain, record.doc_id), href=f"/article/{record.document_id[:16]}",
        ))
    return bars


def season(site: Site, slug: str, number: int, as_of: date, limit: int = 300) -> dict[str, Any]:
    item = site.find(slug, number)
    key = ("season", item.key, item.season, as_of, limit)
    data = site.cached(key, lambda: _season(site, item, as_of, limit))
    if data["changes_pending"]:  # not final: computed again on the next request
        site.forget(key)
    return data


def _season(site: Site, item: Tracked, as_of: date, limit: int) -> dict[str, Any]:
    status = dict(site.status(item, as_of))
    changes = _recent_changes(site, item, as_of)
    status.pop("timeline", None)  # the page's own timeline (below) carries every claim, in context
    records = site.records(item, as_of)
    ordered = sorted(records, key=lambda r: (r.published or date.min, r.doc_id), reverse=True)
    premiere = premiere_of(status)
    bars = bars_of(records, as_of, premiere)
    path = season_path(item.work, item.season)
    return {
        "work": item.work, "season": item.season, "path": path, "as_of": as_of.isoformat(),
        "stage_label": STAGE_LABELS.get(status.get("stage", "unknown"), "Unknown"),
        "status": status,
        "premiere": premiere.isoformat() if premiere else None,
        "chart": [{"published": b.published.isoformat(),
                   "start": b.start.isoformat() if b.start else None,
                   "end": b.end.isoformat() if b.end else None, "certainty": b.certainty,
                   "negated": b.negated, "lapsed": b.lapsed, "label": b.label, "outlet": b.outlet}
                  for b in bars],
        "timeline": [claim_entry(site, r) for r in ordered[:limit]],
        "changes": changes,
        "changes_pending": changes is None,
        "timeline_total": len(ordered),
        "links": {"json": f"{path}.json", "ics": f"{path}.ics", "chart": f"{path}/chart.svg"},
        "_bars": bars, "_premiere": premiere,
    }


def _recent_changes(site: Site, item: Tracked, as_of: date, count: int = 8) -> list[dict[str, Any]] | None:
    """The season's latest status changes up to ``as_of`` (from the history computed once), or
    None while that history is being computed in the background."""
    from .changes import changes_when_ready

    history = changes_when_ready(site, item, max(site.today(), as_of))
    if history is None:
        return None
    known = [c for c in history if c.day <= as_of and c.kind != "first_status"]
    return [{"day": c.day.isoformat(), "kind": c.kind, "what": c.summary.removeprefix(f"{item.work} S{item.season}: "),
             "detail": c.detail, "link": c.link} for c in reversed(known[-count:])]


# ------------------------------------------------------------ sources


def _outlet(domain: str | None, doc_id: str) -> str:
    """An article's outlet as resolution names it: its domain, else its own id."""
    return domain or doc_id


def _outcome(site: Site, claim: Claim, as_of: date) -> str | None:
    """came true / lapsed / pending for an affirmed release window; None for other claims."""
    from ..resolve.windows import is_lapsed

    if claim.kind != "release" or claim.polarity != "affirmed" or not isinstance(claim.value, Interval):
        return None
    premiere = None
    if claim.season is not None:
        key = work_key(claim.work)
        for item in site.tracked():
            if item.key == key and item.season == claim.season:
                premiere = premiere_of(site.status(item, as_of))
                break
    if premiere is not None:
        return "came true" if claim.value.contains(premiere) else "lapsed"
    return "lapsed" if is_lapsed(claim.value, as_of) else "pending"


def _outlet_records(site: Site) -> dict[str, list[tuple[str, ClaimRecord]]]:
    def load() -> dict[str, list[tuple[str, ClaimRecord]]]:
        out: dict[str, list[tuple[str, ClaimRecord]]] = {}
        for article in site.store().articles():
            outlet = _outlet(article.domain, article.doc_id)
            out.setdefault(outlet, [])
            for record in site.store().claims_of(article.id):
                out[outlet].append((article.id, record))
        return out
    return site.cached(("outlets",), load)


def outlet_records(site: Site, as_of: date) -> dict[str, dict[str, Any]]:
    """Resolution's record of each outlet (claims, came true, lapsed, pending, reliability)."""
    def load() -> dict[str, dict[str, Any]]:
        from ..resolve import sources as resolve_sources

        return {r.outlet: r.to_json() for r in resolve_sources(site.store(), as_of)}
    return site.cached(("outlet-records", as_of), load)


def sources(site: Site, as_of: date) -> dict[str, Any]:
    records = outlet_records(site, as_of)
    rows = []
    for outlet, items in sorted(_outlet_records(site).items()):
        rec = records.get(outlet, {})
        rows.append({"outlet": outlet, "path": f"/source/{quote(outlet, safe='')}", "claims": len(items),
                     "articles": len({a for a, _ in items}),
                     "came_true": rec.get("came_true", 0), "lapsed": rec.get("lapsed", 0),
                     "pending": rec.get("pending", 0), "reliability": rec.get("reliability"),
                     "prior": rec.get("prior")})
    rows.sort(key=lambda r: (-(r["reliability"] or 0), -r["claims"], r["outlet"]))
    return {"as_of": as_of.isoformat(), "sources": rows}


def source(site: Site, outlet: str, as_of: date) -> dict[str, Any]:
    items = _outlet_records(site).get(outlet)
    if items is None:
        raise NotFoundError(f"no articles from {outlet!r}")
    claims = []
    record = {"came true": 0, "lapsed": 0, "pending": 0}
    for _, r in sorted(items, key=lambda x: (x[1].published or date.min), reverse=True):
        if r.published and r.published > as_of:
            continue
        entry = claim_entry(site, r)
        entry["outcome"] = _outcome(site, r.claim, as_of)
        if entry["outcome"]:
            record[entry["outcome"]] += 1
        if r.claim.season is not None:
            entry["season_path"] = season_path(r.claim.work, r.claim.season)
        claims.append(entry)
    rec = outlet_records(site, as_of).get(outlet, {})
    return {"outlet": outlet, "as_of": as_of.isoformat(),
            "record": {"came_true": rec.get("came_true", 0), "lapsed": rec.get("lapsed", 0),
                       "pending": rec.get("pending", 0)},
            "claim_outcomes": {"came_true": record["came true"], "lapsed": record["lapsed"],
                               "pending": record["pending"]},
            "reliability": rec.get("reliability"), "prior": rec.get("prior"),
            "articles": len({a for a, _ in items}), "claims": claims}


# ------------------------------------------------------------ articles


def articles(site: Site, limit: int = 500) -> dict[str, Any]:
    rows = []
    for a in site.store().articles():
        rows.append({"id": a.id, "doc_id": a.doc_id, "title": a.title or a.doc_id,
                     "path": f"/article/{a.id}", "url": safe_url(a.url), "outlet": _outlet(a.domain, a.doc_id),
                     "published": a.published.isoformat() if a.published else None,
                     "published_inferred": a.published_inferred, "claims": a.claims})
    rows.sort(key=lambda r: (r["published"] or "", r["id"]), reverse=True)
    return {"total": len(rows), "limit": limit, "articles": rows[:limit]}


def segments(text: str, claims: list[Claim], boilerplate: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """The article text cut where a claim or a boilerplate span begins or ends.

    Each segment says which claims (indices) cover it and whether it is boilerplate.
    """
    cuts = {0, len(text)}
    spans = [(c.quote_start, c.quote_end) for c in claims if 0 <= c.quote_start < c.quote_end <= len(text)]
    for start, end in spans + boilerplate:
        cuts.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    points = sorted(cuts)
    out = []
    for start, end in pairwise(points):
        if start == end:
            continue
        covering = [i for i, c in enumerate(claims) if c.quote_start <= start and end <= c.quote_end
                    and c.quote_start < c.quote_end]
        grey = any(b0 <= start and end <= b1 for b0, b1 in boilerplate)
        starts = [i for i in covering if claims[i].quote_start == start]
        out.append({"text": text[start:end], "claims": covering, "starts": starts, "boilerplate": grey})
    return out


def article(site: Site, key: str) -> dict[str, Any]:
    document = site.document(key)
    records = site.store().claims_of(document.id)
    claims = [r.claim for r in records]
    boiler = [(s.start, s.end) for s in document.boilerplate]
    outlet = _outlet(document.domain, document.doc_id)
    return {
        "id": document.id, "doc_id": document.doc_id, "title": document.title or document.doc_id,
        "url": safe_url(document.url), "url_text": document.url, "outlet": outlet,
        "outlet_path": f"/source/{quote(outlet, safe='')}" if outlet else None,
        "published": document.published.isoformat() if document.published else None,
        "effective_published": (document.effective_published.isoformat()
                                if document.effective_published else None),
        "published_basis": document.published_basis,
        "claims": [dict(claim_entry(site, r, with_context=False), index=i,
                        season_path=season_path(r.claim.work, r.claim.season)
                        if r.claim.season is not None else None)
                   for i, r in enumerate(records)],
        "segments": segments(document.text, claims, boiler),
        "text": document.text,
    }
