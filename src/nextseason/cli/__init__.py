"""The ``nextseason`` command. Thin commands: parse, call one library function, format.

Each area registers its commands from its own module (``cli/<area>.py`` with a
``register(group)`` function), so the command groups grow without touching one file.
User errors print one line and exit 1; usage errors exit 2; nobody sees a traceback.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from typing import Any

import click

from ..errors import MissingExtraError, NextseasonError, NotFoundError, UsageError

#: third-party loggers heard only with --verbose: what they report reaches the user as a
#: rejection reason or a summary line already
QUIET_LIBRARIES = ("trafilatura", "htmldate", "courlan", "charset_normalizer", "py4j")

AREAS = ("ingest", "store", "timex", "claims", "resolve", "web", "batch")


class Context:
    """What every command gets: the database URL and a lazily opened store."""

    def __init__(self, db: str | None, verbose: bool) -> None:
        self.db = db
        self.verbose = verbose
        self._store: Any = None

    def store(self) -> Any:
        if self._store is None:
            from ..store import open_store

            self._store = open_store(self.db)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class Group(click.Group):
    """Turns domain errors into one line on stderr and an exit status. Its commands are
    registered when first looked up (click's hooks for lazy groups): looking up one of ``FAST``
    registers its area alone; any other lookup, and listing (--help), registers every area."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in FAST:
            _register((FAST[cmd_name],))
        found = super().get_command(ctx, cmd_name)
        if found is None:
            _register()
            found = super().get_command(ctx, cmd_name)
        return found

    def list_commands(self, ctx: click.Context) -> list[str]:
        _register()
        return super().list_commands(ctx)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (NotFoundError, MissingExtraError) as error:
            click.echo(f"error: {error}", err=True)
            sys.exit(1)
        except UsageError as error:
            click.echo(f"usage error: {error}", err=True)
            sys.exit(2)
        except NextseasonError as error:
            click.echo(f"error: {error}", err=True)
            sys.exit(1)
        except BrokenPipeError:
            sys.exit(0)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as error:  # a bug: one line, the traceback only when asked for
            state = ctx.obj
            if isinstance(state, Context) and state.verbose:
                raise
            click.echo(f"internal error: {type(error).__name__}: {error} (run with -v for the traceback)",
                       err=True)
            sys.exit(1)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", envvar="NEXTSEASON_DB", default=None, metavar="URL",
              help="sqlite:///PATH or postgresql://... (default: a SQLite file in your data directory; "
                   "env NEXTSEASON_DB)")
@click.option("-v", "--verbose", is_flag=True, help="log what happens")
@click.version_option(package_name="nextseason")
@click.pass_context
def cli(ctx: click.Context, db: str | None, verbose: bool) -> None:
    """What is actually known about upcoming TV seasons, with evidence.

    \b
    Example:
      nextseason ingest articles.jsonl
      nextseason status "All of Us Are Dead" --season 2
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not verbose:  # their warnings ("discarding data: None") say nothing a user can act on
        for chatty in QUIET_LIBRARIES:
            logging.getLogger(chatty).setLevel(logging.ERROR)
    state = Context(db, verbose)
    ctx.obj = state
    ctx.call_on_close(state.close)


def console(**options: Any) -> Any:
    """A rich Console for command output. When the reader of a pipe goes away (``| head``)
    it stops quietly with exit 0, as the commands that print with click do (rich's own
    Console exits 1 there)."""
    from rich.console import Console

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise SystemExit(0)

    return PipeConsole(**options)


#: commands whose area is known without importing every area: ``nextseason status`` imports the
#: resolution commands alone (not the tables, web server and ingest machinery of the others)
FAST = {"status": "resolve", "timeline": "resolve", "sources": "resolve", "seasons": "resolve",
        "aliases": "resolve"}
_registered: set[str] = set()


def _register(areas: tuple[str, ...] = AREAS) -> None:
    for area in areas:
        if area in _registered:
            continue
        _registered.add(area)
        try:
            module = importlib.import_module(f"{__name__}.{area}")
        except ModuleNotFoundError as error:
            if error.name == f"{__name__}.{area}":
                continue  # that area has no commands yet
            raise
        module.register(cli)


def main() -> None:
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    cli(prog_name="nextseason")
