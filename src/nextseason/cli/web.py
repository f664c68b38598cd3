"""``nextseason serve``: the web pages, JSON API and feeds over the store."""

from __future__ import annotations

import os
import socket
import threading
from typing import Any

import click

from ..errors import NextseasonError


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="address to listen on (127.0.0.1: this machine only)")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535))
@click.option("--token", envvar="NEXTSEASON_TOKEN", default=None, metavar="T",
              help="bearer token that allows writes (ingest, alias edits); without it the server "
                   "is read-only (env NEXTSEASON_TOKEN)")
@click.pass_obj
def serve(state: Any, host: str, port: int, token: str | None) -> None:
    """Serve the season pages, their JSON twins, /calendar.ics and /changes.atom.

    \b
    Example:
      nextseason serve --port 8001
      curl http://127.0.0.1:8001/index.json
    """
    import uvicorn

    from ..store import default_url
    from ..web.app import create_app

    url = state.db or os.environ.get("NEXTSEASON_DB") or default_url()
    state.store()  # open (and migrate) once here so that a bad URL fails before serving
    app = create_app(url, token=token or None)
    threading.Thread(target=_warm, args=(app,), daemon=True).start()
    listening = listen(host, port)  # before saying "serving": a taken port is one line, exit 1
    mode = "writes allowed with the token" if token else "read-only"
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"nextseason: serving http://{shown}:{port}/ ({mode}); Ctrl+C stops", err=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", server_header=False))
    try:
        server.run(sockets=[listening])
    except KeyboardInterrupt:  # uvicorn shuts down cleanly, then passes Ctrl+C on
        pass
    click.echo("nextseason: stopped", err=True)


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host``:``port``, or a one-line error saying why it cannot be."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except (OSError, UnicodeError) as error:
        raise NextseasonError(f"cannot listen on {host}:{port}: unknown address ({error})") from error
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as error:
        sock.close()
        raise NextseasonError(f"cannot listen on {host}:{port}: {error.strerror or error}") from error
    return sock


def _warm(app: Any) -> None:
    """Resolve every season once in the background so that the first visitor waits less."""
    from ..web import views

    site = app.state.site
    try:
        site.version()
        views.home(site, "", site.today())
    except Exception:
        import logging

        logging.getLogger(__name__).info("warming the cache failed", exc_info=True)


def register(group: click.Group) -> None:
    group.add_command(serve)
