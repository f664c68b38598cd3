"""The renewal finder: renewals and cancellations, announced or denied, with the announcement's date."""

from __future__ import annotations

import re
from typing import cast

from ..models import Interval, RenewalValue
from . import fastre as fre
from .claims import (
    _CANCEL,
    _PAST_RENEWAL,
    PRODUCTION,
    RELEASE,
    RENEWAL,
    Found,
    Status,
    View,
    _clause_of,
    _finditer,
    _owner,
)
from .times import TimePoint


def find_renewal(view: View) -> list[Found]:
    found: list[Found] = []
    past_renewal: bool | None = None
    for match, start, end in _finditer(RENEWAL, view):
        word = match.group().lower()
        if word.startswith(("final season", "the final", "the end")):
            continue
        if _ANNOUNCE_ONLY.match(word) and _ANNOUNCED_RELEASE.match(view.text, end, min(view.sentence.end, end + 80)):
            continue  # "officially confirmed that season 3 will premiere on ...": a date was announced, not an order
        if _NOT_A_SEASON_ORDER.match(view.text, end) or (_ANNOUNCE_ONLY.match(word) and _SOMEONE_ELSES.search(
                view.text, max(view.sentence.start, start - 60), start)):
            continue  # "renewed several dramas", "the star's departure was confirmed": no season was ordered
        if _ONLY_POSSIBLE.search(view.text, max(view.sentence.start, start - 45), start) or \
                _IN_DOUBT.match(view.text, end) or _UNNAMED_SHOW.search(view.text, max(view.sentence.start, start - 40), start):
            continue  # "the possibility of the show getting renewed", "renewal uncertain": no claim either way
        status = "cancelled" if _CANCEL.search(word) else "renewed"
        if past_renewal is None:  # (asked once for the sentence)
            past_renewal = fre.search_folded(_PAST_RENEWAL, view.s, view.lower) is not None
        when = _renewal_date(view, start, end) if past_renewal else None
        if when is None and status == "renewed" and past_renewal:
            when = _announcement_next_door(view)
        denied = status == "renewed" and when is None and _denied_after(view, end)
        found.append(Found("renewal", RenewalValue(cast(Status, status), when), start, end, past=when is not None,
                           polarity="negated" if denied else None, seasons=_several_seasons(view, start, end)))
    if not found:
        found.extend(_season_confirmed(view))
    if not found:
        found.extend(_announced_back_then(view))
    if not found:
        found.extend(_not_yet_renewed(view))
    if not found:
        found.extend(_season_after_coming(view))
    no_news = _finditer(_NO_CANCEL_NEWS, view) if view.has("no ") and view.has("scrap", "cancel", "ax", "end") else []
    for match, start, end in no_news:  # "no reports of the streamer scrapping the show"
        found.append(Found("renewal", RenewalValue("cancelled"), start, end, polarity="negated"))
    return found


_ONLY_POSSIBLE = re.compile(
    r"\b(?:possibilit(?:y|ies)|chances?|odds|opportunit(?:y|ies)|request(?:s|ed|ing)?|demand(?:s|ed|ing)?|"
    r"asking|calling\s+for|petition\w*|campaign\w*)\b(?:\s+(?:of|for|to|that))?(?:\s+[\w'’]+){0,5}\s*$", re.IGNORECASE)
_UNNAMED_SHOW = re.compile(r"\ban?\s+(?:[\w-]+\s+){0,3}(?:show|series|drama|title)['’]s?\s+$", re.IGNORECASE)
_IN_DOUBT = re.compile(r"\W*(?:\w+\W+){0,2}?(?:uncertain|unclear|in\s+doubt|up\s+in\s+the\s+air|remains\s+to\s+be\s+seen)\b",
                       re.IGNORECASE)
_NOT_A_SEASON_ORDER = re.compile(r"\s+(?:several|many|multiple|other|a\s+(?:number|slew|handful)\s+of|numerous)\b",
                                 re.IGNORECASE)
_SOMEONE_ELSES = re.compile(
    r"\b(?:departure|exit|casting|involvement|absence|replacement|recasting|death|divorce|"
    r"engagement|marriage|pregnancy|injury|illness)\b(?:\s+(?:from|of|in|on|as)\s+[\w\s'’]{0,30}?)?\s*$",
    re.IGNORECASE)


# a renewal cue that only says something was announced, and what an announcement of a date looks like
_ANNOUNCE_ONLY = re.compile(r"(?:(?:is|are|was|has|have)\s+(?:already\s+)?(?:been\s+)?)?(?:officially\s+)?(?:confirm|announc)", re.IGNORECASE)
_ANNOUNCED_RELEASE = re.compile(
    r"[^.;:!?]{0,60}?\b(?:will|would|to|is|are)\s+(?:\w+\s+)?(?:premiere|debut|release|launch|drop|arrive|air|hit|come\s+out|"
    r"coming\s+out|be\s+released|be\s+available|return\s+(?:on|in)\s+(?:\w+\s+)?\d)|[^.;:!?]{0,40}?\b(?:release|premiere)\s+date",
    re.IGNORECASE)


_NO_CANCEL_NEWS = re.compile(
    r"\bno\s+(?:official\s+)?(?:reports?|news|word|signs?|indication|announcement)(?:\s+or\s+\w+)?\s+(?:of|that|about)\s+"
    r"(?:[\w'’]+\s+){0,5}?(?:scrapp\w*|cancel\w*|ax(?:ing|ed)|end(?:ing|ed)\s+the\s+(?:show|series))", re.IGNORECASE)


def _renewal_date(view: View, start: int, end: int) -> Interval | None:
    """The past time nearest to a renewal ("renewed on June 6"); "by June 2022" only bounds it."""
    best: tuple[int, TimePoint] | None = None
    for point in view.times:
        if point.as_of or _owner(view, point) not in ("renewal", "announce", "production"):
            continue
        if view.anchor and point.interval.start and point.interval.start > view.anchor:
            continue
        distance = min(abs(point.start - start), abs(point.end - start), abs(point.start - end))
        if distance < 100 and (best is None or distance < best[0]):
            best = (distance, point)
    if best is None:
        return None
    point = best[1]
    interval = point.interval
    if (fre.search(r"\bby\s+(?:the\s+end\s+of\s+)?$", view.text[max(0, point.start - 20):point.start], re.IGNORECASE)
            or fre.match(r"by\s", point.text, re.IGNORECASE)) and interval.end is not None:
        return Interval(None, interval.end, interval.precision, interval.label)
    return interval


# "nothing has been confirmed", "has yet to renew", "no talks about season 2": the next season
# is not (yet) renewed
_NOT_YET = re.compile(
    r"\b(?:(?:has|have|had|is|are|was|were)(?:\s+still)?\s+(?:yet\s+to\s+|not\s+(?:yet\s+)?(?:been\s+)?|n['’]t\s+(?:yet\s+)?(?:been\s+)?)"
    r"(?:officially\s+|formally\s+)?(?:confirm|announc|renew|greenl|order)\w*|"
    r"(?:\w+n['’]t|not)\s+(?:yet\s+)?(?:officially\s+|formally\s+)?(?:confirmed|announced|renewed|greenlit|ordered)|"
    r"nothing\s+(?:has\s+been\s+|is\s+|was\s+)?(?:officially\s+|formally\s+)?(?:confirmed|decided|announced|solid|official)|"
    r"no\s+(?:official\s+|formal\s+)?(?:word|news|updates?|talks?|discussions?|plans?|announcement|confirmation|"
    r"decision|green\s*light)\b(?:\s+\w+){0,4}?\s+(?:about|on|of|regarding|for|yet|at\s+all|from))|"
    r"(?:can['’]t|cannot|can\s+not)\s+(?:make\s+)?(?:any\s+)?promis\w*|not\s+(?:yet\s+)?(?:been\s+)?discussed|"
    r"no\s+(?:such\s+)?discussions|renewal\s+status\W+pending",
    re.IGNORECASE)
_NOT_RENEWAL_TOPIC = re.compile(r"\b(?:date|window|premiere|release|film\w*|shoot\w*|production|cast\w*|trailer|teaser)\b",
                                re.IGNORECASE)


# "renewed for two more seasons", "a two-season renewal", "renewed through Season 3", "not only for
# Season 2 but also a Season 3": one order for several seasons
_TWO_SEASONS = re.compile(r"\b(?:two|2)(?:[ -](?:more|additional|further|new|extra))?[ -]seasons?\b", re.IGNORECASE)
_THROUGH = re.compile(r"\bthrough\s+(?:season\s+(?P<n>\d{1,2})|its\s+(?P<o>second|third|fourth|fifth)\s+season)\b",
                      re.IGNORECASE)
_BUT_ALSO = re.compile(r"\bnot\s+only\b[^.;]{0,60}?\bseason\s+(?P<a>\d{1,2})\b[^.;]{0,30}?\bbut\s+also\b[^.;]{0,20}?"
                       r"\bseason\s+(?P<b>\d{1,2})\b", re.IGNORECASE)
_ORDINAL_NUMBER = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _several_seasons(view: View, start: int, end: int) -> tuple[int | None, ...] | None:
    """The seasons one renewal names at once (None: the resolver takes the nearest season)."""
    window = view.text[max(view.sentence.start, start - 60):min(view.sentence.end, end + 60)]
    both = _BUT_ALSO.search(window)
    if both is not None:
        return tuple(range(int(both.group("a")), int(both.group("b")) + 1))
    key = next((m.work for m in view.mentions if m.work), None) or view.works.subject
    target = view.works.target.get(key) if key else None
    named = [s for m in view.mentions for s in m.seasons if s >= 2]
    first = min(named) if named else target
    through = _THROUGH.search(window)
    if through is not None and first is not None:
        last = int(through.group("n")) if through.group("n") else _ORDINAL_NUMBER[through.group("o").lower()]
        if first <= last:
            return tuple(range(min(first, target or first), last + 1))
    if _TWO_SEASONS.search(window) and len(set(named)) <= 1:
        if not named and _PAST_ORDER.search(window):
            return (2, 3)  # "received a two-season renewal" after the first season, told later
        if first is not None:
            return (first, first + 1)
    return None


_PAST_ORDER = re.compile(r"\b(?:received|got|earned|landed|secured|was|were|had\s+been)\b", re.IGNORECASE)


_BUT = re.compile(r"[,;]?\s*\b(?:but|though|although|however)\b", re.IGNORECASE)


def _denied_after(view: View, end: int) -> bool:
    """"I want to make a second season, but nothing is confirmed yet": the wish is not an order."""
    but = _BUT.search(view.s, view.rel(end))
    return but is not None and _NOT_YET.search(view.s, but.end()) is not None


def _not_yet_renewed(view: View) -> list[Found]:
    later_season = any(m.relative or any(season >= 2 for season in m.seasons) for m in view.mentions)
    if not later_season and not fre.search(r"\b(?:another|new|next|additional|more|further)\s+(?:seasons?|chapters?|"
                                           r"instal?lments?)", view.s, re.IGNORECASE):
        return []
    if not view.has("yet", "not", "n't", "n’t", "nothing", "no "):
        return []
    for match, start, end in _finditer(_NOT_YET, view):
        lo, hi = _clause_of(view, start)
        if _NOT_RENEWAL_TOPIC.search(view.s, lo, hi):
            continue
        return [Found("renewal", RenewalValue("renewed"), start, end, polarity="negated")]
    return []


_CONFIRM = re.compile(r"\b(?:announc(?:ed|es|ement)|confirm(?:ed|s|ation)|unveiled|revealed)\b", re.IGNORECASE)
_CONFIRM_WORDS = fre.WordLists((("announc", "confirm", "unveiled", "revealed"),))  # one is in every match of _CONFIRM


def _season_confirmed(view: View) -> list[Found]:
    """"Season 3 was confirmed", "announced a second season": a renewal when no other claim
    (a date, a cast, a shoot) is what was announced."""
    later = [mention for mention in view.mentions if mention.relative or any(s >= 2 for s in mention.seasons)]
    if not later:
        return []  # (no later season named: nothing to find, without scanning for any cue)
    confirms = _finditer(_CONFIRM, view) if _CONFIRM_WORDS.present(view.lower) or fre.odd_case(view.s) else []
    if not confirms or _finditer(RELEASE, view) or _finditer(PRODUCTION, view):
        return []  # (no confirmation: nothing to find, without scanning for the other cues)
    found = []
    for match, start, end in confirms:
        for mention in later:
            if _SEASON_THING.match(view.text, mention.end):
                continue  # "the season 2 cast was announced": the cast, not the season
            if mention.start >= end:
                ok = _CONFIRM_THEN_SEASON.fullmatch(view.text[end:mention.start]) is not None
            else:
                ok = _SEASON_THEN_CONFIRM.fullmatch(view.text[mention.end:start]) is not None
            if ok:
                when = _renewal_date(view, start, end)  # "was first announced by Netflix in 2022"
                found.append(Found("renewal", RenewalValue("renewed", when), start, end, past=when is not None))
                return found
    return found


_SEASON_THING = re.compile(
    r"['’]?s?\s+(?:cast|plot|story|storyline|release|premiere|date|lineup|line-up|trailer|teaser|poster|episodes?|"
    r"title|details|synopsis|characters?|footage|images?|photos?|first\s+look|production|filming|shoot)\b", re.IGNORECASE)
_CONFIRM_THEN_SEASON = re.compile(r"\s*(?:that\s+)?(?:the\s+|a\s+)?(?:show['’]s\s+|series['’]?\s+)?(?:[\w'’]+\s+){0,4}?",
                                  re.IGNORECASE)
_SEASON_THEN_CONFIRM = re.compile(
    r"[\s,]*(?:(?:has|have|had|was|were|is|are|been|be|officially|now|already|also|finally|just|which|that|first|"
    r"originally|initially|formally)\s+)*", re.IGNORECASE)


# "season 2, which was first announced in 2022", "since it was announced in 2022": a pronoun for the
# later season named before it, announced at a past time
_PRONOUN_ANNOUNCED = re.compile(
    r"\b(?:which|it|that)\s+(?:was|had\s+been|has\s+been)\s+(?:first\s+|originally\s+|initially\s+|officially\s+)?"
    r"(?:announced|confirmed|greenlit|greenlighted|ordered)\b", re.IGNORECASE)


def _announced_back_then(view: View) -> list[Found]:
    if not view.has("announced", "confirmed", "greenl", "ordered"):
        return []
    for match, start, end in _finditer(_PRONOUN_ANNOUNCED, view):
        if not any((m.relative or any(s >= 2 for s in m.seasons)) and m.end <= start for m in view.mentions):
            continue
        when = _renewal_date(view, start, end)
        if when is None or (view.anchor and when.end and when.end >= view.anchor):
            continue  # only an announcement dated in the past says the season was ordered then
        return [Found("renewal", RenewalValue("renewed", when), start, end, past=True, certainty="official")]
    return []


# a sentence that only dates the announcement: "The pickup was announced Monday.", "The renewal news came in June 2022."
_DATES_THE_NEWS = re.compile(
    r"^\W*(?:the|this|that|netflix['’]s|its)\s+(?:\w+\s+){0,2}?(?:renewal|pickup|order|announcement|news|decision)\b"
    r"(?:\s+\w+){0,3}?\s+(?:was|were|came|arrived|broke|had\s+been)\b", re.IGNORECASE)


# "On June 6, at the fan event, a video was shown. They shared a message: the show is renewed." the
# sentence goes on from the one before, which dates the occasion
_SAME_OCCASION = re.compile(r"\W*(?:they|it|there|the\s+(?:video|teaser|clip|streamer|network|post|message|event))\s+"
                            r"(?:also\s+)?(?:shared|announced|revealed|confirmed|said|ended|closed|included|teased)\b",
                            re.IGNORECASE)
_EVENT = re.compile(r"\b(?:event|week|festival|panel|video|teaser|trailer|post(?:ed)?|announcement|live\s*stream|showcase|"
                    r"presentation|conference|tudum)\b", re.IGNORECASE)


def _announcement_next_door(view: View) -> Interval | None:
    """The past day or month the sentence before or after gives the announcement, when that
    sentence is only about the announcement ("Netflix renewed the show. The pickup was announced Monday.")."""
    neighbours: tuple[tuple[str, list[TimePoint]], ...] = view.notes.get("neighbours", ())
    for text, points in neighbours:
        if not (_DATES_THE_NEWS.match(text) or _SAME_OCCASION.match(view.s) and _EVENT.search(text)
                and view.text.rfind(text, 0, view.sentence.start) != -1 and all(p.interval.precision == "day" for p in points)):
            continue
        past = [p for p in points if not p.as_of and p.interval.end is not None
                and (view.anchor is None or p.interval.end <= view.anchor)]
        if len(past) == 1:
            return past[0].interval
    return None



# "the series also has a fifth season coming", "Seasons 4 and 5 are being filmed back to back":
# a season after the one the article is about, spoken of as coming, was ordered
_COMING = re.compile(
    r"\b(?:coming|on\s+the\s+way|will\s+(?:be|mark|conclude|end|wrap|close)|being\s+(?:filmed|shot|made|written)|"
    r"in\s+(?:the\s+works|production)|back[- ]to[- ]back|remains?\s+committed\s+to\s+making)\b", re.IGNORECASE)
_HEDGE_OR_DENIAL = re.compile(r"\b(?:if|whether|could|might|not|n['’]t|no|never|hope\w*|wish\w*|unless|rumou?r\w*)\b",
                              re.IGNORECASE)


def _season_after_coming(view: View) -> list[Found]:
    if not view.has("coming", "on the way", "will", "being", "in the works", "in production", "back", "committed"):
        return []
    for mention in view.mentions:  # (the first mention of a later season, before any pattern is searched)
        key = mention.work or view.works.subject
        target = view.works.target.get(key) if key else None
        later = [s for s in mention.seasons if target is not None and s > target]
        if later and len(mention.seasons) <= 3:
            break
    else:
        return []
    cue = fre.search_folded(_COMING, view.s, view.lower)
    if cue is None or fre.search_folded(_HEDGE_OR_DENIAL, view.s, view.lower):
        return []
    start = view.sentence.start + cue.start()
    return [Found("renewal", RenewalValue("renewed"), start, view.sentence.start + cue.end(), seasons=tuple(later))]
