"""The user alias file: known titles (and people) written several ways.

Format, one group per line, names separated by ``|`` (the first is the canonical one)::

    # titles
    title: The Lantern Keepers | Lantern Keepers 2 | Keepers of the Lantern
    person: Park Ji-hu | Park Ji-hoo

A line without a ``title:`` / ``person:`` prefix is a title group. Blank lines and ``#``
comments are ignored. A JSON file ``{"titles": [[...]], "people": [[...]]}`` works too.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ..errors import UsageError


@lru_cache(maxsize=8)
def _read(path: str, mtime: float) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot read alias file {path}: {error.strerror}") from error
    if raw.lstrip().startswith("{"):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as error:
            raise UsageError(f"alias file {path} is not valid JSON: {error.msg}") from error
        return (tuple(tuple(str(n) for n in group) for group in data.get("titles", [])),
                tuple(tuple(str(n) for n in group) for group in data.get("people", [])))
    titles: list[tuple[str, ...]] = []
    people: list[tuple[str, ...]] = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        target = titles
        head, sep, rest = line.partition(":")
        if sep and head.strip().lower() in {"title", "titles", "person", "people"}:
            target = people if head.strip().lower() in {"person", "people"} else titles
            line = rest
        group = tuple(name.strip() for name in line.split("|") if name.strip())
        if group:
            target.append(group)
    return tuple(titles), tuple(people)


def alias_titles(path: Path | None) -> tuple[str, ...]:
    """Every title name of the alias file (empty without a file)."""
    if path is None:
        return ()
    path = Path(path)
    try:
        mtime = path.stat().st_mtime
    except OSError as error:
        raise UsageError(f"cannot read alias file {path}: {error.strerror}") from error
    titles, _ = _read(str(path), mtime)
    return tuple(name for group in titles for name in group)
