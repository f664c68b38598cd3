"""The FastAPI application: routes, one error shape, HTML or JSON rendering, write guard.

Every HTML page has a JSON twin at the same path plus ``.json``. Errors are
``{"error": {"status": N, "message": "..."}}`` in JSON and a plain page in HTML; neither ever
shows a traceback. Writes need the bearer token given at ``serve --token``; without one the
server is read-only.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import NextseasonError, NotFoundError, UsageError
from ..settings import DEFAULT, Settings
from ..text import short_outlet
from . import charts, present
from .site import Site

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
MAX_BODY = 6_000_000  # bytes: an upload larger than settings.max_bytes is refused before parsing
_MACHINE_SUFFIXES = (".json", ".ics", ".atom", ".svg")


class AuthError(NextseasonError):
    """A write without a valid token (401) or on a read-only server (403)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Refuses request bodies over ``limit`` bytes (by Content-Length, or while streaming)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await _send_too_large(send, self.limit)
            return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _send_too_large(send, self.limit)


async def _send_too_large(send: Send, limit: int) -> None:
    body = JSONResponse({"error": {"status": 413, "message": f"request body over {limit} bytes"}},
                        status_code=413).body
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def wants_json(request: Request) -> bool:
    path = request.url.path
    if path.endswith(_MACHINE_SUFFIXES) or path.startswith("/api/") or path == "/openapi.json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def templates() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(["html", "svg", "xml"], default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(stage_labels=present.STAGE_LABELS, stage_order=present.STAGE_ORDER,
                       certainty_colours=charts.CERTAINTY_COLOURS)
    env.filters.update(q=lambda v: quote(str(v), safe=""), add1=lambda n: str(int(n) + 1), pct=present.percent, window=present.window_label_json, day=_day_filter,
                       precision=present.precision_words, outlet=short_outlet, basis=present.basis_words,
                       other_names=present.other_names)
    return env


def _day_filter(value: str | None) -> str:
    if not value:
        return "undated"
    day = date.fromisoformat(value)
    return f"{day.day} {day.strftime('%b %Y')}"


class Renderer:
    def __init__(self, site: Site) -> None:
        self.site = site
        self.env = templates()

    def page(self, request: Request, name: str, data: dict[str, Any], status: int = 200) -> Response:
        if request.url.path.endswith(".json"):
            response: Response = PageJSON(public(data), status_code=status)
            return _no_store(response) if data.get("changes_pending") else response
        html = self.env.get_template(name).render(
            data=data, request_path=request.url.path, writable=self.site.token is not None,
            today=self.site.today().isoformat(),
            json_path=_json_twin(request), query=str(request.url.query))
        page = HTMLResponse(html, status_code=status)
        return _no_store(page) if data.get("changes_pending") else page

    def error(self, request: Request, status: int, message: str) -> Response:
        if wants_json(request):
            return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
        html = self.env.get_template("error.html").render(
            status=status, message=message, data={}, request_path=request.url.path,
            writable=self.site.token is not None, json_path=None, query="",
            today=self.site.today().isoformat())
        return HTMLResponse(html, status_code=status)


def _json_twin(request: Request) -> str:
    path = request.url.path
    twin = "/index.json" if path == "/" else path.rstrip("/") + ".json"
    return twin + (f"?{request.url.query}" if request.url.query else "")


def public(data: dict[str, Any]) -> dict[str, Any]:
    """The JSON twin: the page data without the keys that only templates use. Those are named
    ``_...`` and kept at the top level of a page's data (the chart's bars, the drawn SVG), so the
    rest (a season's 2,000 bars and 300 timeline entries) goes to JSON as it is, not copied."""
    return {k: v for k, v in data.items() if not k.startswith("_")}


class PageJSON(JSONResponse):
    """A page's JSON twin, encoded by orjson: the bytes ``JSONResponse`` gives (compact, UTF-8,
    keys in order), about ten times faster on a season page's few hundred kilobytes."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


def parse_as_of(site: Site, value: str | None) -> date:
    if value is None or value.strip() == "":
        return site.today()
    try:
        return date.fromisoformat(value.strip())
    except ValueError as error:
        raise UsageError(f"as_of must be a date YYYY-MM-DD, not {value[:40]!r}") from error


def check_token(site: Site, request: Request) -> None:
    if site.token is None:
        raise AuthError("this server is read-only (start it with `nextseason serve --token T` to allow writes)",
                        403)
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), site.token.encode()):
        raise AuthError("a valid bearer token is required for writes", 401)


def install_errors(app: FastAPI, renderer: Renderer) -> None:
    async def domain(request: Request, error: Exception) -> Response:
        if isinstance(error, NotFoundError):
            return renderer.error(request, 404, str(error))
        if isinstance(error, UsageError):
            return renderer.error(request, 400, str(error))
        if isinstance(error, AuthError):
            response = renderer.error(request, error.status, str(error))
            if error.status == 401:
                response.headers["WWW-Authenticate"] = "Bearer"
            return response
        log.warning("request failed: %s", error)
        return renderer.error(request, 422, str(error))

    async def http(request: Request, error: Exception) -> Response:
        assert isinstance(error, StarletteHTTPException)
        message = str(error.detail) if error.status_code != 404 else "no such page"
        return renderer.error(request, error.status_code, message)

    async def invalid(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'query')}: {e.get('msg')}"
            for e in error.errors()[:3])
        return renderer.error(request, 400, f"invalid request: {problems}")

    async def crash(request: Request, error: Exception) -> Response:
        log.error("internal error on %s", request.url.path, exc_info=error)
        return renderer.error(request, 500, "internal error: the server could not answer this request")

    app.add_exception_handler(NextseasonError, domain)
    app.add_exception_handler(StarletteHTTPException, http)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(Exception, crash)


def create_app(db_url: str, *, token: str | None = None, today: date | None = None,
               max_body: int = MAX_BODY, settings: Settings = DEFAULT, background: bool = True) -> FastAPI:
    """The web app over the store at ``db_url``. ``token`` enables writes; ``today`` pins "now"."""
    site = Site(db_url, token=token, today=today, settings=settings)
    site.background = background
    app = FastAPI(title="nextseason", version="0.1.0", docs_url=None, redoc_url=None,
                  description="What is known about upcoming TV seasons, with evidence. "
                              "Every HTML page has a JSON twin at the same path plus `.json`.")
    app.state.site = site
    renderer = Renderer(site)
    install_errors(app, renderer)

    responses = ResponseCache()

    @app.middleware("http")
    async def data_version(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        path = request.url.path
        cacheable = request.method == "GET" and not path.startswith(("/static/", "/api/")) and path != "/health"
        key = None
        if cacheable:
            key = (site.version(), path, request.url.query, wants_json(request))
            hit = responses.get(key)
            if hit is not None:
                return _secure(Response(hit[0], status_code=200, media_type=hit[1]))
        response = await call_next(request)
        if key is not None and response.status_code == 200 and "no-store" not in response.headers.get(
                "cache-control", ""):
            body = b"".join([chunk async for chunk in response.body_iterator])  # type: ignore[attr-defined]
            media = response.headers.get("content-type", "text/plain")
            responses.put(key, body, media)
            return _secure(Response(body, status_code=200, media_type=media))
        return _secure(response)

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    from .routes import add_routes

    add_routes(app, site, renderer)
    app.add_middleware(BodyLimit, limit=max_body)
    return app


def _no_store(response: Response) -> Response:
    """A response that is not final (something is still being computed): never cached."""
    response.headers["Cache-Control"] = "no-store"
    return response


def _secure(response: Response) -> Response:
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Content-Security-Policy",
                                "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                "form-action 'self'; frame-ancestors 'none'")
    return response


class ResponseCache:
    """Rendered GET responses keyed by (data version, path, query, JSON or not).

    A page is a pure function of the store's contents and its URL, so a response can be
    served again until the data version changes; bounded in entries and in bytes per entry.
    """

    def __init__(self, entries: int = 256, max_bytes: int = 4_000_000) -> None:
        self.entries = entries
        self.max_bytes = max_bytes
        self.items: dict[Any, tuple[bytes, str]] = {}

    def get(self, key: Any) -> tuple[bytes, str] | None:
        return self.items.get(key)

    def put(self, key: Any, body: bytes, media: str) -> None:
        if len(body) > self.max_bytes:
            return
        if key[0] != next(iter(self.items), key)[0]:
            self.items.clear()  # the data changed: every stored page is stale
        while len(self.items) >= self.entries:
            self.items.pop(next(iter(self.items)))
        self.items[key] = (body, media)


def now_utc() -> datetime:
    return datetime.now(UTC)
