"""``nextseason serve``: the web pages, JSON API and feeds over the store."""

from __future__ import annotations

import os
import threading
from typing import Any

import click


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
    mode = "writes allowed with the token" if token else "read-only"
    click.echo(f"nextseason: serving http://{host}:{port}/ ({mode}); Ctrl+C stops", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


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
