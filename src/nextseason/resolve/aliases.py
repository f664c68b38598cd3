"""Alias groups for people and titles, each with what joined it.

People: spellings are grouped by spacing/hyphenation, romanisation variants (general rules
such as oo~u, eo~u), a shared character name (only between names that already share a
given or family name), and an editable alias file for what text cannot tell (stage names).
Titles: "Squid Game 2" / "Squid Game Season 2" is season 2 of "Squid Game".
Nothing is merged silently: every group lists its members and the reason each one joined.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import UsageError
from ..text import fold, work_key

log = logging.getLogger(__name__)

# romanisation variants, applied in order to a folded name part
_ROMAN_RULES: tuple[tuple[str, str], ...] = (
    ("oo", "u"), ("eo", "u"), ("ee", "i"), ("ou", "u"), ("yi", "i"),
)
_SEASON_SUFFIX = re.compile(r"^(?:season|series|part|vol|volume|s)?(\d{1,2})$")


@dataclass(frozen=True, slots=True)
class AliasGroup:
    kind: str  # person | work
    canonical: str
    members: tuple[str, ...]
    joined_by: tuple[str, ...]  # one line per non-canonical member: "Park Ji Hoo: romanisation"
    scope: str | None = None  # the work whose claims the group comes from (people)

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "canonical": self.canonical, "members": list(self.members),
                "joined_by": list(self.joined_by), "scope": self.scope}


@lru_cache(maxsize=16384)
def roman_key(part: str) -> str:
    """A romanisation-insensitive form of one name part ('Hoo' and 'Hu' -> 'hu')."""
    key = fold(part)
    for old, new in _ROMAN_RULES:
        key = key.replace(old, new)
    return key


@lru_cache(maxsize=16384)
def name_parts(name: str) -> tuple[str, ...]:
    """Name parts with hyphenated syllables joined: 'Park Ji-hu' -> ['park', 'jihu']."""
    parts = [p for p in re.split(r"\s+", name.strip()) if p]
    if len(parts) >= 3 and all(len(fold(p)) <= 4 for p in parts[1:]):
        parts = [parts[0], "".join(parts[1:])]  # 'Park Ji Hu' -> Park + JiHu (Korean given names)
    return tuple(fold(p) for p in parts if fold(p))


def spelling_key(name: str) -> str:
    return fold(name)


@lru_cache(maxsize=16384)
def person_key(name: str) -> str:
    return "".join(roman_key(p) for p in name_parts(name))


@lru_cache(maxsize=16384)
def order_key(name: str) -> str:
    """The same name in either order ('Ji-hu Park' and 'Park Ji-hu'), romanisation-insensitive."""
    parts = sorted(roman_key(p) for p in name_parts(name))
    return "".join(parts) if len(parts) > 1 else ""


_TITLE_FILLER = frozenset({"the", "a", "an", "of", "is", "are", "and"})
_TITLE_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=4096)
def loose_title_key(title: str) -> str:
    """A title's key with its small words and plural endings left out, so that the spellings
    articles really use meet: 'All of Us is Dead' = 'All of Us Are Dead', 'Squid Games' = 'Squid
    Game'. Words that carry meaning ('Korea' in 'Money Heist: Korea') still tell works apart."""
    words = [fold(w) for w in _TITLE_WORD.findall(title)]
    kept = [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in _TITLE_FILLER]
    return "".join(kept) if len(kept) >= 2 else work_key(title)


def split_title(title: str, target: str) -> tuple[bool, int | None]:
    """Is ``title`` the work ``target`` (by work key), and which season does its title imply?

    'Squid Game 2' against 'Squid Game' -> (True, 2); 'Squid Game' -> (True, None);
    'All of Us is Dead' against 'All of Us Are Dead' -> (True, None).
    """
    key, base = work_key(title), work_key(target)
    if key == base or loose_title_key(title) == loose_title_key(target):
        return True, None
    if key.startswith(base):
        match = _SEASON_SUFFIX.match(key[len(base):])
        if match:
            return True, int(match.group(1))
    return False, None


def base_title(title: str, known: Iterable[str]) -> tuple[str, int | None]:
    """The known work a title names, with the season its title implies ('Squid Game 2' -> 2)."""
    key = work_key(title)
    best: tuple[str, int | None] = (title, None)
    for other in known:
        if other == title:
            continue
        same, season = split_title(title, other)
        if same and season is not None and len(work_key(other)) < len(key):
            best = (other, season)
    return best


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.reason: dict[str, list[str]] = defaultdict(list)

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str, why: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
            self.reason[b].append(f"{why} (with {a})")
            self.reason[a].append(f"{why} (with {b})")


def group_people(mentions: Sequence[tuple[str, str | None]],
                 alias_map: Mapping[str, str] | None = None) -> list[AliasGroup]:
    """Group person names; ``mentions`` are (name, character) pairs, one per claim.

    ``alias_map`` maps a spelling to a canonical name (from the alias file or the store).
    """
    alias_map = alias_map or {}
    counts = Counter(name for name, _ in mentions)
    members, reasons = _joined(list(counts), mentions, alias_map)
    return _groups("person", members, counts, reasons, alias_map)


def _joined(names: Sequence[str], mentions: Sequence[tuple[str, str | None]], alias_map: Mapping[str, str],
            ) -> tuple[list[list[str]], dict[str, list[str]]]:
    """The names (distinct, in first-seen order) joined into groups, each in that order, and why
    each name was joined: what depends on which names and (name, character) pairs are met, in
    what order, but not on how often."""
    union = _Union()
    by_spelling: dict[str, str] = {}
    by_roman: dict[str, str] = {}
    by_order: dict[str, str] = {}
    for name in names:
        union.find(name)
        spelled, roman, ordered = spelling_key(name), person_key(name), order_key(name)
        if ordered and ordered in by_order and roman not in by_roman:
            union.join(by_order[ordered], name, "given and family name in the other order")
        elif ordered:
            by_order.setdefault(ordered, name)
        if spelled in by_spelling:
            union.join(by_spelling[spelled], name, "spacing/hyphenation")
        else:
            by_spelling[spelled] = name
        if roman in by_roman:
            union.join(by_roman[roman], name, "romanisation variant")
        else:
            by_roman[roman] = name
    _join_by_given_name(names, union)
    _join_by_character(mentions, union)
    _join_by_alias_file(names, alias_map, union)
    members: dict[str, list[str]] = defaultdict(list)
    for name in names:
        members[union.find(name)].append(name)
    return list(members.values()), dict(union.reason)


def group_people_cached(mentions: Sequence[tuple[str, str | None]],
                        alias_map: Mapping[str, str] | None = None) -> list[AliasGroup]:
    """``group_people``, the joining remembered per distinct (name, character) pairs in
    first-seen order: a busy season repeats a few dozen pairs thousands of times, and asks again
    on every status; a status for another date meets the same pairs in other numbers (only the
    canonical spelling and the order of the groups depend on those)."""
    counted = Counter(mentions)  # distinct pairs, first-seen order, with counts
    alias_items = tuple((alias_map or {}).items())
    members, reasons = _joined_pairs(tuple(counted), alias_items)
    counts: Counter[str] = Counter()
    for (name, _character), count in counted.items():
        counts[name] += count
    return _groups("person", members, counts, reasons, dict(alias_items))


@lru_cache(maxsize=256)
def _joined_pairs(pairs: tuple[tuple[str, str | None], ...], alias_items: tuple[tuple[str, str], ...],
                  ) -> tuple[list[list[str]], dict[str, list[str]]]:
    # the distinct pairs in first-seen order meet the names, and each character's players, in the
    # order of the full list of mentions: the same joins (not changed: ``_groups`` only reads them)
    return _joined(list(dict.fromkeys(name for name, _ in pairs)), pairs, dict(alias_items))


def _edit_distance_le1(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if a[:i] == b[:i]:
            if len(a) == len(b) and a[i + 1:] == b[i + 1:]:
                return True
            if len(a) < len(b) and a[i:] == b[i + 1:]:
                return True
    return False


def _join_by_given_name(names: Sequence[str], union: _Union) -> None:
    """Join 'Cho Yi-hyun' and 'Choi Yi Hyun': one two-syllable given name, family names one letter apart."""
    split = {}
    for name in names:
        parts = name_parts(name)
        if len(parts) == 2 and len(parts[1]) >= 4 and len(parts[0]) <= 5:
            split[name] = (roman_key(parts[0]), roman_key(parts[1]))
    ordered = list(split)
    for i, first in enumerate(ordered):
        for second in ordered[i + 1:]:
            (fam_a, given_a), (fam_b, given_b) = split[first], split[second]
            if given_a == given_b and fam_a != fam_b and _edit_distance_le1(fam_a, fam_b):
                union.join(first, second, "same given name, family name spelled one letter apart")


def _join_by_character(mentions: Sequence[tuple[str, str | None]], union: _Union) -> None:
    """Join two names playing the same character when they also share a name part."""
    by_character: dict[str, list[str]] = defaultdict(list)
    for name, character in mentions:
        if character:
            by_character[person_key(character)].append(name)
    for character_key, players in by_character.items():
        distinct = list(dict.fromkeys(players))
        for i, first in enumerate(distinct):
            parts_a = {roman_key(p) for p in name_parts(first)}
            for second in distinct[i + 1:]:
                parts_b = {roman_key(p) for p in name_parts(second)}
                if parts_a & parts_b:
                    union.join(first, second, f"same character ({character_key}) and a shared name part")


def _join_by_alias_file(names: Sequence[str], alias_map: Mapping[str, str], union: _Union) -> None:
    folded = {spelling_key(k): v for k, v in alias_map.items()}
    by_canonical: dict[str, str] = {}
    for name in names:
        canonical = folded.get(spelling_key(name))
        if canonical is None:
            continue
        key = spelling_key(canonical)
        if key in by_canonical:
            union.join(by_canonical[key], name, "alias file")
        else:
            by_canonical[key] = name


def _groups(kind: str, members: list[list[str]], counts: Counter[str], reasons: Mapping[str, list[str]],
            alias_map: Mapping[str, str]) -> list[AliasGroup]:
    folded_alias = {spelling_key(k): v for k, v in alias_map.items()}
    out = []
    for group in members:
        canonical = max(group, key=lambda n: (counts[n], "-" in n, -group.index(n)))
        chosen = folded_alias.get(spelling_key(canonical))
        for name in group:
            if chosen and spelling_key(name) == spelling_key(chosen):
                canonical = name
        joined = tuple(f"{n}: {'; '.join(reasons.get(n) or ['joined through another spelling'])}"
                       for n in group if n != canonical)
        out.append(AliasGroup(kind, canonical, tuple([canonical] + [n for n in group if n != canonical]),
                              joined))
    out.sort(key=lambda g: -sum(counts[m] for m in g.members))
    return out


def read_alias_file(path: Path) -> dict[tuple[str, str], str]:
    """Read an alias file: ``person: Canonical = Alias one, Alias two`` (or ``work:``), # comments.

    Returns {(kind, spelling): canonical}.
    """
    out: dict[tuple[str, str], str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise UsageError(f"cannot read alias file {path}: {error.strerror}") from error
    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        kind, _, rest = line.partition(":")
        canonical, _, aliases = rest.partition("=")
        kind = kind.strip().lower()
        if kind not in ("person", "work") or not canonical.strip() or not aliases.strip():
            raise UsageError(f"{path}:{number}: expected 'person|work: Canonical = Alias, Alias'")
        for alias in [canonical] + aliases.split(","):
            if alias.strip():
                out[(kind, alias.strip())] = canonical.strip()
    return out
