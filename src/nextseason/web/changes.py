"""Status changes of a season over time, for the Atom feed and the "last change" column.

A season is resolved as of each day something could have changed (each article's publication
day, and the day after each claimed window ended) and consecutive statuses are compared.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ..models import Interval
from ..text import short_outlet
from .feeds import Change
from .present import STAGE_LABELS, season_path
from .site import Site, Tracked

MAX_POINTS = 80  # resolutions per season; more evaluation days are thinned evenly


def _days(site: Site, item: Tracked, until: date) -> list[date]:
    days: set[date] = set()
    for record in site.records(item, until):
        if record.published:
            days.add(record.published)
        value = record.claim.value
        if record.claim.kind == "release" and isinstance(value, Interval) and value.end:
            days.add(value.end + timedelta(days=1))
    ordered = sorted(d for d in days if d <= until)
    if len(ordered) > MAX_POINTS:
        step = len(ordered) / MAX_POINTS
        ordered = sorted({ordered[int(i * step)] for i in range(MAX_POINTS)} | {ordered[-1]})
    return ordered


def _window(status: dict[str, Any]) -> tuple[str | None, str | None, str]:
    release = status.get("release") or {}
    return release.get("start"), release.get("end"), str(release.get("label") or "")


def diff(item: Tracked, day: date, old: dict[str, Any] | None, new: dict[str, Any]) -> list[Change]:
    """What changed between two statuses of one season."""
    name = f"{item.work} S{item.season}"
    link = f"{season_path(item.work, item.season)}?as_of={day.isoformat()}"
    base = f"{item.key}-{item.season}-{day.isoformat()}"
    out: list[Change] = []
    stage = new.get("stage", "unknown")
    label = STAGE_LABELS.get(stage, stage)
    if old is None:
        return [Change(f"{base}-first", item.work, item.season, day, "first_status",
                       f"{name}: first reports ({label})", "", link)]
    if old.get("stage") != stage:
        before = STAGE_LABELS.get(old.get("stage", "unknown"), "unknown")
        out.append(Change(f"{base}-stage", item.work, item.season, day, "stage_changed",
                          f"{name}: {before} → {label}", "", link))
    if _window(old)[:2] != _window(new)[:2] and new.get("release"):
        release = new["release"]
        basis = release.get("basis")
        kind = "date_announced" if (basis in ("official", "released") and release.get("precision") == "day"
                                    and release.get("start") == release.get("end")) else "window_moved"
        words = "release date announced" if kind == "date_announced" else "expected"
        was = _window(old)[2]
        out.append(Change(f"{base}-window", item.work, item.season, day, kind,
                          f"{name}: {words} {release.get('label')}",
                          f"was {was}" if was else "no window before", link))
    old_lapsed = {(x.get("start"), x.get("end")) for x in old.get("lapsed", [])}
    for entry in new.get("lapsed", []):
        if (entry.get("start"), entry.get("end")) not in old_lapsed:
            out.append(Change(f"{base}-lapsed-{entry.get('start')}-{entry.get('end')}", item.work,
                              item.season, day, "prediction_lapsed",
                              f"{name}: prediction of {entry.get('label') or entry.get('start')} lapsed",
                              "claimed by " + ", ".join(short_outlet(o) for o in entry.get("claimed_by", [])[:5]),
                              link))
    return out


def _settings(site: Site, day: date) -> Any:
    """Resolution settings with reliability learned as of the first of ``day``'s month.

    Learning reliability is the costly part of resolving; a month's granularity keeps the
    change history affordable while using only what could be known by then.
    """
    from dataclasses import replace

    from ..resolve.service import settings_for

    month = day.replace(day=1)
    return site.cached(("settings", month),
                       lambda: replace(settings_for(site.store(), month), include_timeline=False))


def changes_of(site: Site, item: Tracked, until: date) -> list[Change]:
    return site.cached(("changes", item.key, item.season, until), lambda: _compute(site, item, until))


def changes_when_ready(site: Site, item: Tracked, until: date) -> list[Change] | None:
    """The change history if it is at hand, else None (it is then computed in the background)."""
    return site.when_ready(("changes", item.key, item.season, until), lambda: _compute(site, item, until))


def _compute(site: Site, item: Tracked, until: date) -> list[Change]:
    from ..resolve import resolve_status

    records = site.records(item, until)
    out: list[Change] = []
    previous = None
    for day in _days(site, item, until):
        # the same records every day (resolution leaves out those published after it): what it
        # derives per claim is worked out once for the whole history
        status = resolve_status(records, item.work, item.season, day, _settings(site, day)).to_json()
        out.extend(diff(item, day, previous, status))
        previous = status
    return out


def all_changes(site: Site, until: date) -> list[Change]:
    out: list[Change] = []
    for item in site.tracked():
        out.extend(changes_of(site, item, until))
    return sorted(out, key=lambda c: (c.day, c.id), reverse=True)


def last_change(site: Site, item: Tracked, until: date, wait: bool = True) -> dict[str, Any] | str | None:
    """The latest change as a dict, None when there is none, "pending" while it is computed
    in the background (only when ``wait`` is False)."""
    changes = changes_of(site, item, until) if wait else changes_when_ready(site, item, until)
    if changes is None:
        return "pending"
    if not changes:
        return None
    change = changes[-1]
    what = change.summary.removeprefix(f"{item.work} S{item.season}: ")
    return {"day": change.day.isoformat(), "kind": change.kind, "summary": change.summary, "what": what}
