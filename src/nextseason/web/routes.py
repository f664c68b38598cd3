"""The routes. Each page route serves HTML at its path and the same data at ``.json``.

    GET  /                          tracked seasons (?q= title or alias, ?as_of=)   /index.json
    GET  /season/{slug}/{n}         status card, drift chart, timeline, cast, sources   .json
    GET  /season/{slug}/{n}.ics     the season's window as an all-day event
    GET  /season/{slug}/{n}/chart.svg   the prediction-drift chart alone
    GET  /sources, /source/{outlet} outlets, one outlet's claims and record          .json
    GET  /articles, /article/{id}   stored articles, one article with its claims     .json
    GET  /changes                   status changes (also /changes.atom)               .json
    GET  /calendar.ics              every season's window
    GET  /about                     store facts, feeds, API, aliases                  .json
    POST /api/ingest, /api/aliases  writes: bearer token given at ``serve --token``
    GET  /openapi.json, /health
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel, Field

from ..errors import UsageError
from . import changes as changes_mod
from . import charts, feeds, views
from .app import Renderer, check_token, parse_as_of
from .present import season_path
from .site import Site

AsOf = Query(None, description="show what could be known on this day (YYYY-MM-DD); default today",
             max_length=40)


class AliasIn(BaseModel):
    kind: str = Field(pattern="^(work|person)$", description="'work' (a title) or 'person'")
    name: str = Field(min_length=1, max_length=200)
    canonical: str = Field(min_length=1, max_length=200)


def add_routes(app: FastAPI, site: Site, render: Renderer) -> None:
    _pages(app, site, render)
    _season_routes(app, site, render)
    _feeds(app, site)
    _writes(app, site)


def _pages(app: FastAPI, site: Site, render: Renderer) -> None:
    @app.get("/health", tags=["meta"], summary="liveness (static, no store access)")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/", tags=["pages"], summary="tracked seasons", response_class=Response)
    @app.get("/index.json", tags=["pages"], summary="tracked seasons (JSON twin of /)")
    async def home(request: Request, q: str = Query("", max_length=200), as_of: str | None = AsOf) -> Response:
        data = views.home(site, q.strip(), parse_as_of(site, as_of))
        return render.page(request, "home.html", data)

    @app.get("/sources", tags=["pages"], summary="outlets and their record", response_class=Response)
    @app.get("/sources.json", tags=["pages"], summary="outlets and their record (JSON)")
    async def sources(request: Request, as_of: str | None = AsOf) -> Response:
        return render.page(request, "sources.html", views.sources(site, parse_as_of(site, as_of)))

    @app.get("/source/{outlet:path}", tags=["pages"], summary="one outlet's claims and record",
             response_class=Response)
    @app.get("/source/{outlet:path}.json", tags=["pages"], summary="one outlet's claims and record (JSON)")
    async def source(request: Request, outlet: str, as_of: str | None = AsOf) -> Response:
        return render.page(request, "source.html", views.source(site, outlet, parse_as_of(site, as_of)))

    @app.get("/articles", tags=["pages"], summary="every stored article", response_class=Response)
    @app.get("/articles.json", tags=["pages"], summary="every stored article (JSON)")
    async def articles(request: Request, limit: int = Query(500, ge=1, le=1_000_000)) -> Response:
        return render.page(request, "articles.html", views.articles(site, limit))

    @app.get("/article/{key}", tags=["pages"], summary="one article with its claims highlighted",
             response_class=Response)
    @app.get("/article/{key}.json", tags=["pages"], summary="one article with its claims (JSON)")
    async def article(request: Request, key: str) -> Response:
        return render.page(request, "article.html", views.article(site, key))

    @app.get("/changes", tags=["pages"], summary="status changes, newest first", response_class=Response)
    @app.get("/changes.json", tags=["pages"], summary="status changes, newest first (JSON)")
    async def changes(request: Request, as_of: str | None = AsOf,
                      limit: int = Query(500, ge=1, le=1_000_000)) -> Response:
        day = parse_as_of(site, as_of)
        items = changes_mod.all_changes(site, day)
        data = {"as_of": day.isoformat(), "total": len(items), "limit": limit,
                "changes": [_change_json(c) for c in items[:limit]]}
        return render.page(request, "changes.html", data)

    @app.get("/about", tags=["pages"], summary="feeds, API and store facts", response_class=Response)
    @app.get("/about.json", tags=["pages"], summary="feeds, API and store facts (JSON)")
    async def about(request: Request) -> Response:
        store = site.store()
        data = {"writable": site.token is not None, "documents": store.count_documents(),
                "seasons": len(site.tracked()),
                "aliases": [{"kind": a.kind, "name": a.name, "canonical": a.canonical, "origin": a.origin}
                            for a in store.aliases()],
                "rejections": len(store.rejections())}
        return render.page(request, "about.html", data)


def _change_json(change: feeds.Change) -> dict[str, Any]:
    return {"id": change.id, "work": change.work, "season": change.season, "day": change.day.isoformat(),
            "kind": change.kind, "summary": change.summary, "detail": change.detail, "link": change.link}


def _season_number(text: str) -> int:
    if not text.isdigit() or len(text) > 4:
        raise UsageError(f"a season is a number, not {text[:20]!r}")
    return int(text)


def _season_routes(app: FastAPI, site: Site, render: Renderer) -> None:
    @app.get("/season/{slug}/{season}.ics", tags=["feeds"], summary="the release window as a calendar",
             response_class=Response)
    async def season_ics(request: Request, slug: str, season: str) -> Response:
        item = site.find(slug, _season_number(season))
        events = _events(site, request, [item])
        body = feeds.ics_calendar(events, name=f"{item.work} S{item.season}")
        return Response(body, media_type="text/calendar; charset=utf-8")

    @app.get("/season/{slug}/{season}", tags=["pages"], summary="one season: status, chart, timeline",
             response_class=Response)
    @app.get("/season/{slug}/{season}.json", tags=["pages"], summary="one season's status (JSON)")
    async def season(request: Request, slug: str, season: str, as_of: str | None = AsOf,
                     limit: int = Query(300, ge=1, le=100_000)) -> Response:
        data = views.season(site, slug, _season_number(season), parse_as_of(site, as_of), limit)
        if not request.url.path.endswith(".json"):
            data["_chart_svg"] = charts.drift_chart(data["_bars"], as_of=parse_as_of(site, as_of),
                                                    premiere=data["_premiere"], estimate=_estimate(data))
        return render.page(request, "season.html", data)

    @app.get("/season/{slug}/{season}/chart.svg", tags=["feeds"], summary="the prediction-drift chart",
             response_class=Response)
    async def chart(slug: str, season: str, as_of: str | None = AsOf) -> Response:
        day = parse_as_of(site, as_of)
        data = views.season(site, slug, _season_number(season), day, 1)
        svg = charts.drift_chart(data["_bars"], as_of=day, premiere=data["_premiere"], estimate=_estimate(data))
        return Response(svg, media_type="image/svg+xml")


def _estimate(data: dict[str, Any]) -> tuple[date | None, date | None] | None:
    release = data["status"].get("release")
    if not release:
        return None
    return (date.fromisoformat(release["start"]) if release.get("start") else None,
            date.fromisoformat(release["end"]) if release.get("end") else None)


def _events(site: Site, request: Request, items: list[Any]) -> list[feeds.WindowEvent]:
    base = str(request.base_url).rstrip("/")
    today = site.today()
    out = []
    for item in items:
        status = site.status(item, today)
        release = status.get("release")
        if not release or not release.get("start") or not release.get("end"):
            continue
        conf = release.get("confidence")
        word = "premiered" if status.get("stage") == "released" else (
            "dated" if status.get("stage") == "dated" else "expected")
        title = (f"{item.work} S{item.season}: {word} {release.get('label')}"
                 + (f" ({round(conf * 100)}%)" if conf is not None and word == "expected" else ""))
        revisions = [c for c in changes_mod.changes_of(site, item, today)
                     if c.kind in ("window_moved", "date_announced")]
        updated = (datetime.combine(revisions[-1].day, datetime.min.time(), tzinfo=UTC)
                   if revisions else None)
        out.append(feeds.WindowEvent(
            uid=f"{item.key}-s{item.season}@nextseason", title=title, sequence=len(revisions), updated=updated,
            start=date.fromisoformat(release["start"]), end=date.fromisoformat(release["end"]),
            description=(release.get("why") or "") + f"\nStage: {status.get('stage')}",
            url=base + season_path(item.work, item.season)))
    return out


def _feeds(app: FastAPI, site: Site) -> None:
    @app.get("/calendar.ics", tags=["feeds"], summary="every tracked season's window", response_class=Response)
    async def calendar(request: Request) -> Response:
        body = feeds.ics_calendar(_events(site, request, site.tracked()), name="nextseason")
        return Response(body, media_type="text/calendar; charset=utf-8")

    @app.get("/changes.atom", tags=["feeds"], summary="status changes as Atom", response_class=Response)
    async def atom(request: Request) -> Response:
        items = changes_mod.all_changes(site, site.today())[:200]
        body = feeds.atom_feed(items, base_url=str(request.base_url))
        return Response(body, media_type="application/atom+xml; charset=utf-8")


def _writes(app: FastAPI, site: Site) -> None:
    @app.post("/api/aliases", tags=["writes"], summary="add or change an alias (bearer token)")
    async def set_alias(request: Request, alias: AliasIn) -> JSONResponse:
        check_token(site, request)
        from ..store import Alias

        site.store().set_alias(Alias(alias.kind, alias.name.strip(), alias.canonical.strip(), "user"))
        site.invalidate()
        return JSONResponse({"ok": True, "alias": alias.model_dump()}, status_code=201)

    @app.post("/api/ingest", tags=["writes"], summary="ingest an uploaded file or a URL (bearer token)")
    async def ingest(request: Request, file: Annotated[UploadFile | None, File()] = None,
                     url: Annotated[str | None, Form(max_length=2000)] = None) -> JSONResponse:
        check_token(site, request)
        from starlette.concurrency import run_in_threadpool

        from .ingest import fetch_url, ingest_upload, ingest_url

        if file is not None and url:
            raise UsageError("give a file or a url, not both")
        if file is not None:
            data = await file.read(site.settings.max_bytes + 1)
            if len(data) > site.settings.max_bytes:
                raise UsageError(f"upload over {site.settings.max_bytes} bytes")
            result = ingest_upload(site.store(), file.filename or "upload.txt", data, site.settings)
        elif url:
            fetched = await run_in_threadpool(fetch_url, url, site.settings)
            result = ingest_url(site.store(), url, fetched, site.settings)
        else:
            raise UsageError("give a file (multipart 'file') or a 'url' form field")
        site.invalidate()
        return JSONResponse(result, status_code=201 if result.get("added") else 200)

    @app.get("/robots.txt", include_in_schema=False)
    async def robots() -> PlainTextResponse:
        return PlainTextResponse("User-agent: *\nDisallow: /api/\n")
