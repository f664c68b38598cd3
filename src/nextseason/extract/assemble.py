"""From a finder's ``Found`` to ``Claim`` records: work, season, certainty, polarity, quote.

The work is the work mention nearest to the trigger (else the article's subject); the season
is the nearest season mention ("season two", "the third season", "Squid Game 2"), "the new
season" means the season the article is about, and with no mention a claim takes that season
(a premiere that already happened takes the one before it, or the first).
"""

from __future__ import annotations

import re
from typing import Any

from ..models import CERTAINTIES, CastValue, Claim, EpisodesValue, Interval, PlatformValue, RenewalValue
from ..text import fold
from . import fastre as fre
from .certainty import attribute
from .claims import _FIRST, Found, View
from .mentions import Mention

_MAX_QUOTE = 320
_INHERIT = ("cast",)


def _distance(mention_start: int, mention_end: int, at: int) -> float:
    if mention_end <= at:
        return (at - mention_end) * 0.8  # a mention before the trigger reads as its subject
    return float(max(0, mention_start - at))


def resolve(found: Found, view: View) -> list[tuple[str, int | None]]:
    """(work key, season) pairs the claim is about."""
    works = view.works
    at = found.at
    mentions = _claim_mentions(view, found.kind == "cast")
    work_mentions = [m for m in mentions if m.work]
    key = works.subject
    if work_mentions:
        key = min(work_mentions, key=lambda m: _distance(m.start, m.end, at)).work
    if found.seasons == ():  # no season named near the claim: the one the article is about
        return [(key, works.target.get(key) if key else None)] if key else []
    if found.seasons is not None:
        return [(key, season) for season in found.seasons] if key else []
    prior = found.past and found.kind in ("release", "platform", "episodes")
    season_mentions = [m for m in mentions if (m.seasons or (m.relative and not prior))
                       and not (m.start >= found.at_end and _PARTICIPLE_CLAUSE.search(view.text, found.at_end, m.start))]
    if prior:  # a past premiere takes only a season named next to it, not one of the next clause
        season_mentions = [m for m in season_mentions if _distance(m.start, m.end, at) < 45
                           and not (m.start >= found.at_end and _NEXT_CLAUSE.search(view.text, found.at_end, m.start))]
    seasons: tuple[int | None, ...]
    if season_mentions:
        nearest = min(season_mentions, key=lambda m: _season_distance(view, found, m))
        if nearest.work:
            key = nearest.work
        if nearest.seasons and key is not None:
            pairs = [(key, season) for season in nearest.seasons]
            for work, more in _chained(view, nearest):  # "X season 3, Y season 4": each its own work
                pairs.extend((work or key, season) for season in more)
            return list(dict.fromkeys(pairs))
        if nearest.seasons:
            seasons = nearest.seasons
        else:
            seasons = (works.target.get(key) if key else None,)
    else:
        target = works.target.get(key) if key else None
        if prior and target:
            seasons = (1 if _FIRST.search(view.s) or fre.search(r"\bfreshman\b", view.s, re.IGNORECASE)
                       else max(1, target - 1),)
        elif target is None and key is not None and key != works.subject and found.kind in _FIRST_RUN_KINDS:
            seasons = (1,)  # another show named without any season ("the new series X premieres in June"): its first
        else:
            seasons = (target,)
    if key is None:
        return []
    return [(key, season) for season in seasons]


def _claim_mentions(view: View, cast: bool) -> list[Mention]:
    """The sentence's mentions a claim may be about (kept per sentence: the same for each of its claims)."""
    key = "cast_mentions" if cast else "claim_mentions"
    kept: list[Mention] | None = dict.get(view.notes, key)
    if kept is None:
        if cast:  # "Kim (Other Show season 2)", "Lee of Other Show": credits, not the claim's work
            kept = [m for m in view.mentions if not _credit(view, m)]
        else:  # "the Other Show prequel", "from the Other Show universe": a modifier, not the claim's work
            kept = [m for m in view.mentions if not _MODIFIER_AFTER.match(view.text, m.end)]
        view.notes[key] = kept
    return kept


_FIRST_RUN_KINDS = ("release", "platform", "episodes")
# "..., building on how season 2 did": a season named in a trailing participle clause is background
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:keeping|following|after|coming|building|continuing|much\s+like|just\s+like|similar\s+to)\b",
                                re.IGNORECASE)
_NEXT_CLAUSE = re.compile(r";|\b(?:and|but|while|whereas)\s+(?:\w+ly\s+)?(?:was|were|is|are|has|have|had|will|would|got|"
                          r"gets|then|later)\b", re.IGNORECASE)


_SUPERSEDED = re.compile(
    r"\b(?:(?:was|were|is|are|proved|proven|turned\s+out\s+to\s+be)\s+(?:wrong|false|inaccurate|untrue|incorrect|"
    r"a\s+hoax|fake)|false\s+(?:reports?|claims?|rumou?rs?)|debunked|(?:is|was)\s+not\s+true)\b", re.IGNORECASE)
_MODIFIER_AFTER = re.compile(r"[\"”’']?[ \t]+(?:prequel|sequel|spin-?off|franchise|universe)\b", re.IGNORECASE)
_FOR_SEASON = re.compile(r"\s*(?:[\w'’]+\s+){0,4}?(?:for|with)\s+(?:a|an|its|the|another)?\s*$", re.IGNORECASE)


def _season_distance(view: View, found: Found, mention: Mention) -> float:
    """How far a season mention is from the claim; "renewed ... for a third season" names its object."""
    if found.kind == "renewal" and mention.start >= found.at_end and mention.start - found.at_end < 50 and \
            _FOR_SEASON.fullmatch(view.text, found.at_end, mention.start):
        return -1.0
    return _distance(mention.start, mention.end, found.at)


_CREDIT_BEFORE = re.compile(r"(?:\(|\b(?:of|from|in|on)\s+)[\"“‘']?\s*$")


def _credit(view: View, mention: Mention) -> bool:
    """The mention sits in a parenthesis or follows "of"/"from": another work an actor is known for."""
    text = view.text
    before = text[max(view.sentence.start, mention.start - 8):mention.start]
    if _CREDIT_BEFORE.search(before):
        return True
    opened = text.rfind("(", view.sentence.start, mention.start)
    return opened != -1 and text.find(")", opened, mention.start) == -1 and text.find(")", mention.end, view.sentence.end) != -1


def _chained(view: View, first: Mention) -> list[tuple[str | None, tuple[int, ...]]]:
    """Season mentions listed right after the nearest one ("Season 2 and Season 3", "X season 3,
    Y season 4"), each with its own work when it names one."""
    extra: list[tuple[str | None, tuple[int, ...]]] = []
    seen = set(first.seasons)
    last = first
    for mention in view.mentions:
        if mention.start <= last.start or not mention.seasons:
            continue
        gap = view.text[last.end:mention.start]
        if len(gap) <= 8 and gap.strip(" ,&").lower() in {"", "and", "or"}:
            if mention.work is not None and mention.work != first.work:
                extra.append((mention.work, mention.seasons))
            else:
                extra.append((None, tuple(s for s in mention.seasons if s not in seen)))
                seen.update(mention.seasons)
            last = mention
        else:
            break
    if view.text[last.start:last.end].rstrip()[-1:].isdigit():  # "Lantern Bay 2 and 3", "seasons 2 and 3"
        more = _AND_NUMBER.match(view.text, last.end)
        if more is not None and int(more.group(1)) not in seen:
            extra.append((last.work if last is not first else None, (int(more.group(1)),)))
    return extra


_AND_NUMBER = re.compile(r"\s*(?:,|and|&)\s*([2-9])\b(?![\d.,:%]|\s*(?:episodes?|eps|years?|months?|weeks?|days?|"
                         r"hours?|minutes?|million|billion|percent|parts?|volumes?))", re.IGNORECASE)


def _quote(view: View, found: Found) -> tuple[int, int]:
    sentence = view.sentence
    if sentence.end - sentence.start <= _MAX_QUOTE:
        return sentence.start, sentence.end
    start = max(sentence.start, min(found.at, found.scope or found.at) - _MAX_QUOTE // 2)
    end = min(sentence.end, start + _MAX_QUOTE)
    text = view.text
    while start > sentence.start and not text[start - 1].isspace():
        start -= 1
    while end < sentence.end and not text[end].isspace():
        end += 1
    return start, end


# a wish, not a claim: "fans hope that filming kicks off soon"
_HOPE = re.compile(r"\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?)\b", re.IGNORECASE)


def _wished(found: Found, view: View) -> bool:
    """A shoot that someone only hopes for, with no time given."""
    if found.kind != "production" or getattr(found.value, "when", None) is not None:
        return False
    return _HOPE.search(view.s, 0, view.rel(found.at)) is not None


def assemble(found: Found, view: View) -> list[Claim]:
    if _wished(found, view):
        return []
    targets = resolve(found, view)
    if not targets:
        return []
    rel_at = view.rel(found.at)
    scope = view.rel(found.scope) if found.scope is not None else None
    memo = view.notes.setdefault("attribution", {})
    memo_key = (rel_at, view.rel(found.at_end), found.past, found.kind, scope, found.future, found.polarity)
    attribution = memo.get(memo_key)
    if attribution is None:
        attribution = attribute(view.s, rel_at, view.rel(found.at_end), past_fact=found.past, kind=found.kind,
                                scope=scope, future=found.future, negated_hint=found.polarity == "negated")
        memo[memo_key] = attribution
    polarity = found.polarity or attribution.polarity
    superseded = view.notes.get("superseded")  # (once per sentence)
    if superseded is None:
        superseded = view.notes["superseded"] = fre.search_folded(_SUPERSEDED, view.s, view.lower) is not None
    if superseded:  # "the first claims that it wrapped in May were wrong"
        polarity = "negated"
    certainty = found.certainty or attribution.certainty
    if certainty == "reported" and found.kind in _INHERIT and view.notes.get("official_context"):
        certainty = "official"
    as_of = next((p.interval for p in view.times if p.as_of), None)
    start, end = _quote(view, found)
    claims = []
    for key, season in targets:
        if found.kind in ("production", "renewal") and season == 1 and (view.works.target.get(key) or 0) > 1:
            continue  # the first season's shoot (or order) is history, not news about the next one
        if found.kind == "cast":
            target = view.works.target.get(key)
            if season is None or season <= 1 or (target is not None and season < target):
                season = target  # a cast claim is about the season the article is about
            if season is None or season <= 1:
                continue
        claims.append(Claim(
            work=view.works.name(key) or key, season=season, kind=found.kind,  # type: ignore[arg-type]
            value=found.value, polarity=polarity, certainty=certainty,  # type: ignore[arg-type]
            as_of=as_of, source=attribution.source,
            quote=view.text[start:end], quote_start=start, quote_end=end))
    return claims


def value_key(claim: Claim) -> tuple[Any, ...]:
    value = claim.value
    if value is None:
        return ()
    if isinstance(value, Interval):
        return (value.start, value.end)
    if isinstance(value, RenewalValue):
        return (value.status, (value.date.start, value.date.end) if value.date else None)
    if isinstance(value, CastValue):
        return (fold(value.person),)
    if isinstance(value, EpisodesValue):
        return (value.count,)
    if isinstance(value, PlatformValue):
        return (fold(value.name),)
    if hasattr(value, "when"):
        when = value.when
        return (value.stage, value.event, (when.start, when.end) if when else None)  # type: ignore[union-attr]
    return (getattr(value, "reason", None),)


def dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per (work, season, kind, value, polarity), keeping the strongest certainty."""
    best: dict[tuple[Any, ...], Claim] = {}
    for claim in claims:
        key = (fold(claim.work), claim.season, claim.kind, value_key(claim), claim.polarity)
        kept = best.get(key)
        if kept is None or _stronger(claim, kept):
            best[key] = claim
    result = list(best.values())
    dated = {(fold(c.work), c.season, c.value.status, c.polarity) for c in result  # type: ignore[union-attr]
             if c.kind == "renewal" and c.value.date is not None}  # type: ignore[union-attr]
    result = [c for c in result if not (c.kind == "renewal" and c.value.date is None  # type: ignore[union-attr]
                                        and (fold(c.work), c.season, c.value.status, c.polarity) in dated)]  # type: ignore[union-attr]
    result = _precise_production(result)
    result.sort(key=lambda c: c.quote_start)
    return result


def _precise_production(claims: list[Claim]) -> list[Claim]:
    """"filming has wrapped" and "filming wrapped in April": the same fact, kept at the more precise.
    Not for denials: "filming hasn't begun" is not "filming did not begin in May"."""
    def key(c: Claim) -> tuple[Any, ...]:
        return (fold(c.work), c.season, c.value.stage, c.value.event, c.polarity)  # type: ignore[union-attr]
    dated = {key(c) for c in claims if c.kind == "production" and c.value.when is not None}  # type: ignore[union-attr]
    return [c for c in claims if not (c.kind == "production" and c.value.when is None  # type: ignore[union-attr]
                                      and c.polarity == "affirmed" and key(c) in dated)]


def _stronger(claim: Claim, kept: Claim) -> bool:
    rank = CERTAINTIES.index
    if rank(claim.certainty) != rank(kept.certainty):
        return rank(claim.certainty) < rank(kept.certainty)
    if isinstance(claim.value, CastValue) and isinstance(kept.value, CastValue):
        return claim.value.character is not None and kept.value.character is None
    return False
