"""Store-facing functions: status, timeline, sources and seasons, as the CLI and web use them."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import NotFoundError
from ..models import CastValue, ClaimRecord
from ..text import suggest, work_key
from .aliases import AliasGroup, base_title, group_people, read_alias_file, split_title
from .evidence import DEFAULT, ResolveSettings
from .model import Evidence, ReleaseEstimate, SourceRecord, Status, interval_json
from .pause import collector_paused
from .status import resolve_status

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SeasonSummary:
    """One tracked season: its stage and window as of a date."""

    work: str
    season: int | None
    stage: str
    release: ReleaseEstimate | None
    claims: int
    last_claim: date | None

    def to_json(self) -> dict[str, Any]:
        return {"work": self.work, "season": self.season, "stage": self.stage,
                "release": self.release.to_json() if self.release else None,
                "release_label": self.release.label if self.release else None,
                "claims": self.claims, "last_claim": self.last_claim.isoformat() if self.last_claim else None}


_MEMO: dict[tuple[str, str], tuple[int, Any]] = {}  # (store, what) -> (generation, answer)


def _per_generation(store: Any, what: str, compute: Any) -> Any:
    """``compute()``, remembered until the store is written (its generation changes)."""
    from .reliability import store_generation, store_key

    generation, name = store_generation(store), store_key(store)
    if name is None:
        return compute()
    key = (name, what)
    found = _MEMO.get(key)
    if found is not None and found[0] == generation and generation >= 0:
        return found[1]
    if len(_MEMO) > 64:
        _MEMO.clear()
    answer = compute()
    _MEMO[key] = (generation, answer)
    return answer


def _works(store: Any) -> list[tuple[str, int | None]]:
    """The store's (work, season) pairs (a GROUP BY over every claim), per store generation."""
    return list(_per_generation(store, "works", lambda: tuple(store.works())))


def _store_aliases(store: Any) -> tuple[dict[str, str], dict[str, str]]:
    """(work_key -> canonical title, person spelling -> canonical) from the store's alias table
    (read every time: writing an alias does not change the store's generation)."""
    titles: dict[str, str] = {}
    people: dict[str, str] = {}
    try:
        aliases = store.aliases()
    except (AttributeError, NotImplementedError):
        aliases = []
    for alias in aliases:
        if alias.kind == "work":
            titles[work_key(alias.name)] = alias.canonical
        elif alias.kind == "person":
            people[alias.name] = alias.canonical
    return titles, people


def find_work(store: Any, work: str, titles: dict[str, str] | None = None) -> tuple[str, dict[str, set[int | None]]]:
    """The canonical title matching ``work`` loosely, and {stored title: seasons} of its spellings.

    Raises NotFoundError when no stored title matches.
    """
    titles = titles if titles is not None else _store_aliases(store)[0]
    query = titles.get(work_key(work), work)
    spellings: dict[str, set[int | None]] = {}
    for title, season in _works(store):
        same, implied = split_title(titles.get(work_key(title), title), query)
        if same:
            spellings.setdefault(title, set()).add(season if season is not None else implied)
    if not spellings:
        close = suggest(work, sorted({title for title, _ in _works(store)}))
        hint = f" (did you mean {' or '.join(repr(t) for t in close)}?)" if close else ""
        raise NotFoundError(f"unknown work: {work!r}{hint}")
    return query, spellings


def _records(store: Any, spellings: Iterable[str], as_of: date | None) -> list[ClaimRecord]:
    keys = sorted({work_key(t) for t in spellings})
    if len(keys) == 1:
        return list(store.claim_records(work_key=keys[0], published_on_or_before=as_of))
    seen: set[tuple[str, int]] = set()
    out: list[ClaimRecord] = []
    for key in sorted({work_key(t) for t in spellings}):
        for record in store.claim_records(work_key=key, published_on_or_before=as_of):
            marker = (record.document_id, id(record))
            if marker not in seen:
                seen.add(marker)
                out.append(record)
    return out


def settings_for(store: Any, as_of: date | None, base: ResolveSettings = DEFAULT) -> ResolveSettings:
    """Settings with the store's aliases and the outlets' reliability learned as of ``as_of``."""
    from .reliability import learned_reliability

    titles, people = _store_aliases(store)
    reliability = learned_reliability(store, as_of)
    return replace(base, title_aliases={**base.title_aliases, **titles},
                   person_aliases={**base.person_aliases, **people}, reliability=reliability)


_STATUS: dict[tuple[Any, ...], tuple[ResolveSettings, Status]] = {}
STATUS_MEMO = 256  # answers kept (a Status is frozen: one answer can be handed out many times)


def status_for(store: Any, work: str, season: int | None, as_of: date | None,
               settings: ResolveSettings = DEFAULT) -> Status:
    """The status of a season as of a date (default today). Raises NotFoundError for an unknown
    work or season; without a season, the latest season that is really talked about (at least a
    quarter as many claims as the most discussed one: a stray "season 4" mention does not count).

    The answer is remembered until the store is written (its generation changes) or its alias
    table changes: a long-running process (the web server) answers a repeated question at once."""
    as_of = as_of or date.today()
    from .reliability import store_key

    generation, name = _generation(store), store_key(store)
    if generation is None or name is None:
        with collector_paused():
            return _status_for(store, work, season, as_of, settings)
    aliases = _store_aliases(store)
    key = (name, generation, work, season, as_of, id(settings),
           tuple(aliases[0].items()), tuple(aliases[1].items()))
    found = _STATUS.get(key)
    if found is not None and found[0] is settings:  # the same settings object, kept alive here
        return found[1]
    with collector_paused():
        status = _status_for(store, work, season, as_of, settings)
    if len(_STATUS) >= STATUS_MEMO:
        _STATUS.clear()
    _STATUS[key] = (settings, status)
    return status


def _generation(store: Any) -> int | None:
    """The store's write generation, or None for a store that has none (no memo then)."""
    try:
        return int(store.generation())
    except (AttributeError, NotImplementedError):
        return None


def _status_for(store: Any, work: str, season: int | None, as_of: date,
                settings: ResolveSettings) -> Status:
    settings = settings_for(store, as_of, settings)
    work, season = _title_with_season(store, work, season)
    query, spellings = find_work(store, work, dict(settings.title_aliases))
    known = set().union(*spellings.values())
    if season is not None and season not in known:
        raise NotFoundError(f"no claims about season {season} of {query!r}")
    # every claim of the work, whatever its date: resolution leaves out those published after
    # as-of itself, and the same record objects for every date let it keep what it derives per claim
    records = _records(store, spellings, None)
    if season is None:
        season = _latest_season([r for r in records if r.published is not None and r.published <= as_of], query)
    return resolve_status(records, query, season, as_of, settings)


def _title_with_season(store: Any, work: str, season: int | None) -> tuple[str, int | None]:
    """'Squid Game 2' asked for, 'Squid Game' stored: that work, season 2 (unless one was given)."""
    titles = {title for title, _ in _works(store)}
    if any(work_key(t) == work_key(work) for t in titles):
        return work, season
    for title in sorted(titles, key=len, reverse=True):
        same, implied = split_title(work, title)
        if same and implied is not None:
            return title, season if season is not None else implied
    return work, season


def _latest_season(records: Sequence[ClaimRecord], work: str) -> int | None:
    counts: Counter[int] = Counter()
    for record in records:
        same, implied = split_title(record.claim.work, work)
        number = record.claim.season if record.claim.season is not None else implied
        if same and number is not None:
            counts[number] += 1
    if not counts:
        return None
    top = max(counts.values())
    return max(n for n, c in counts.items() if c >= max(2, top / 4) or c == top)


_TIMELINE = replace(DEFAULT, include_timeline=True)  # one object: status_for remembers answers per settings


def timeline(store: Any, work: str, season: int | None, as_of: date | None = None) -> list[Evidence]:
    """Every claim about the season, in order of publication, with its quote."""
    status = status_for(store, work, season, as_of, _TIMELINE)
    return list(status.timeline)


def sources(store: Any, as_of: date | None = None) -> list[SourceRecord]:
    """Each outlet's record over every season: claims, predictions that came true, lapsed or are
    pending, its prior and its learned reliability."""
    from .reliability import outlet_records

    return outlet_records(store, as_of or date.today())


def seasons(store: Any, as_of: date | None = None) -> list[SeasonSummary]:
    """All tracked seasons (with a season number) with their stage and window as of a date."""
    as_of = as_of or date.today()
    settings = replace(settings_for(store, as_of), include_timeline=False)
    titles = dict(settings.title_aliases)
    groups: dict[str, dict[str, set[int | None]]] = {}
    for title, season in store.works():
        canonical = titles.get(work_key(title), title)
        groups.setdefault(work_key(canonical), {}).setdefault(canonical, set()).add(season)
    out = []
    for variants in groups.values():
        name = min(variants, key=len)
        try:
            query, spellings = find_work(store, name, titles)
        except NotFoundError:
            continue
        records = _records(store, spellings, None)  # resolution leaves out what is newer than as-of
        numbered = sorted({s for v in spellings.values() for s in v if s is not None})
        for season in numbered:
            status = resolve_status(records, query, season, as_of, settings)
            if status.claims_used == 0:
                continue
            last = max((e.published for e in _season_evidence(records, status) if e.published), default=None)
            out.append(SeasonSummary(status.work, season, status.stage, status.release,
                                     status.claims_used, last))
    out.sort(key=lambda s: (s.work.casefold(), s.season or 0))
    return out


def _season_evidence(records: Sequence[ClaimRecord], status: Status) -> list[Evidence]:
    return [e for e in status.stage_evidence if e.published is not None]


def load_alias_file(store: Any, path: Path) -> int:
    """Put the groups of an alias file into the store (origin "file"); returns how many names."""
    from ..store.base import Alias

    entries = read_alias_file(path)
    for (kind, name), canonical in entries.items():
        store.set_alias(Alias(kind, name, canonical, "file"))
    return len(entries)


def alias_groups(store: Any) -> list[AliasGroup]:
    """Every title group and every person group of two or more spellings, with what joined each."""
    titles, people = _store_aliases(store)
    works = store.works()
    names = sorted({t for t, _ in works}, key=lambda t: (len(t), t))
    out: list[AliasGroup] = []
    by_base: dict[str, list[tuple[str, str]]] = {}
    for title in names:
        canonical = titles.get(work_key(title))
        if canonical and work_key(canonical) != work_key(title):
            by_base.setdefault(canonical, []).append((title, "alias file"))
            continue
        base, season = base_title(title, names)
        if season is not None:
            by_base.setdefault(base, []).append((title, f"title names season {season}"))
    for base, members in by_base.items():
        out.append(AliasGroup("work", base, (base, *[m for m, _ in members]),
                              tuple(f"{m}: {why}" for m, why in members)))
    for base_name in names:
        if base_title(base_name, names)[1] is not None or work_key(base_name) in titles:
            continue
        mentions = [(r.claim.value.person, r.claim.value.character)
                    for r in store.claim_records(work_key=work_key(base_name))
                    if isinstance(r.claim.value, CastValue)]
        out.extend(replace(g, scope=base_name) for g in group_people(mentions, people) if len(g.members) > 1)
    return out


__all__ = [
    "SeasonSummary",
    "alias_groups",
    "find_work",
    "interval_json",
    "load_alias_file",
    "seasons",
    "settings_for",
    "sources",
    "status_for",
    "timeline",
]
