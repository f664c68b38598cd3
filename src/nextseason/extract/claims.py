"""Claim finders, one per kind, each working on one sentence.

A finder returns ``Found`` records: kind, typed value and the offsets of the trigger word.
``extract.__init__`` turns them into ``Claim`` records by taking the work and season nearest
to the trigger, and certainty / polarity / source from the trigger's clause.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Literal, cast

from ..models import (
    ClaimValue,
    EpisodesValue,
    Interval,
    PlatformValue,
    ProductionValue,
)
from . import fastre as fre
from .mentions import NUMBER_WORDS, Mention, Works
from .sentences import Sentence
from .times import TimePoint

Status = Literal["renewed", "cancelled"]
Stage = Literal["pre_production", "filming", "post_production"]
Event = Literal["start", "end", "ongoing"]
Reason = Literal["strike", "schedules", "vfx", "script", "covid", "other"]


@dataclass(frozen=True, slots=True)
class Found:
    kind: str
    value: ClaimValue
    at: int  # trigger start (document offset)
    at_end: int
    seasons: tuple[int | None, ...] | None = None  # forced seasons (else: nearest mention; () = the article's)
    past: bool = False  # a fact that already happened (a premiere, a wrap)
    polarity: str | None = None  # forced polarity
    certainty: str | None = None  # forced certainty
    scope: int | None = None  # negation is looked for before this offset too (the time's start)
    future: bool = False  # the claimed time lies after the article's date


@dataclass
class View:
    """One sentence with what the finders need."""

    text: str  # the whole document text
    sentence: Sentence
    mentions: list[Mention]
    times: list[TimePoint]
    anchor: date | None
    works: Works
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def s(self) -> str:
        return self.sentence.text

    @property
    def lower(self) -> str:
        """The sentence in lower case (computed once)."""
        cached: str | None = dict.get(self.notes, "lower")  # (the dict's own entry: no lazy note is "lower")
        if cached is None:
            cached = self.notes["lower"] = self.sentence.text.lower()
        return cached

    def has(self, *words: str) -> bool:
        """Whether the lower-cased sentence holds one of the words (a cheap test before a regex)."""
        lower = dict.get(self.notes, "lower") or self.lower  # (the entry the loop set, without the property)
        for word in words:  # (a loop, not any() over a generator: asked some 100 times an article)
            if word in lower:
                return True
        return False

    def rel(self, offset: int) -> int:
        return offset - self.sentence.start


def _finditer(pattern: re.Pattern[str], view: View) -> list[tuple[re.Match[str], int, int]]:
    """Every match of ``pattern`` in the sentence with document offsets (found once per sentence)."""
    # keyed by id: hashing a compiled pattern hashes all its code (the patterns are module constants)
    cache: dict[int, list[tuple[re.Match[str], int, int]]] = view.notes.setdefault("hits", {})
    hits = cache.get(id(pattern))
    if hits is None:
        base = view.sentence.start
        hits = [(match, base + match.start(), base + match.end()) for match in fre.finditer_folded(pattern, view.s, view.lower)]
        cache[id(pattern)] = hits
    return hits


# ---------------------------------------------------------------- triggers per kind

RELEASE = re.compile(
    r"(?=[abcdefghiklmoprstABCDEFGHIKLMOPRST])\b(?:premier(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|debut(?:s|ed|ing)?|arriv(?:e|es|ed|ing|al)|"
    r"launch(?:es|ed|ing)?|drop(?:s|ped|ping)?|air(?:s|ed|ing)?|stream(?:s|ed|ing)?(?!\s+(?:service|services|platform|platforms|giant|site|app|rights|deal|numbers|charts?|data|analytics|ranking|company|network))|broadcast(?!\s+(?:network|station|company|rights))|"
    r"hit(?:s|ting)?\s+(?:netflix|screens|our\s+screens|the\s+streamer|the\s+streaming|the\s+platform|hbo|prime|disney|max|"
    r"amazon|apple|hulu|peacock|paramount|theaters|theatres|tvn|jtbc)|"
    r"land(?:s|ed|ing)?|return(?:s|ed|ing)?|come\s+(?:back|out)|comes\s+(?:back|out)|came\s+out|coming(?:\s+back|\s+out)?|"
    r"be\s+out|is\s+out|out\s+on|available|bow(?:s|ed)?|release\s+date|premiere\s+date|return\s+date|"
    r"release\s+window|expected\s+in|slated\s+for|scheduled\s+for|back\s+on\s+(?:netflix|hbo|prime|max|screens)|"
    r"see\s+(?:the\s+return|season|the\s+new\s+season|new\s+episodes|(?-i:[A-Z][\w'’:]*\s+(?:(?:of|the|and|a|an)\s+)?){1,6}(?:season|Season|S)\s*\d)|"
    r"on\s+(?:our\s+)?screens|"
    r"first\s+arriv\w*|began\s+streaming|added\s+to|(?:pushed|postponed|delayed|moved)\s+(?:back\s+)?(?:to|until|into)|"
    r"be\s+back|expect\s+(?:it|the\s+show|the\s+series|season\s+\w+|new\s+episodes)|(?:some\s*time)\s+in|"
    r"(?:be|see|get|have)\s+(?:any\s+)?new\s+episodes|"
    r"(?:tv\s+|release\s+)?(?:lineup|slate)|hitting\s+(?:screens|netflix))\b",
    re.IGNORECASE,
)
_LATER_PART = re.compile(
    r"\b(?:vol(?:ume)?\.?|part|batch|half|chapter)\s*[\"“”]?\s*(?:2|3|two|three|II|III)\b|"
    r"\b(?:second|third|final|last)\s+(?:part|volume|half(?!\s+of\s+(?:the\s+|this\s+|next\s+)?(?:year|\d{4}))|batch|"
    r"chapter|episode)\b|\bfinale\b|\bthe\s+(?:second|third)\s+(?:will|on)\b",
    re.IGNORECASE)
# a video, trailer or announcement "released" / "dropped": not the season's release
_NOT_SEASON_RELEASE = re.compile(
    r"\b(?:(?<!prime\s)(?<!prime\s\s)video|clip|trailer|teaser|photos?|images?|poster|first[ -]look|footage|statement|announcement|news|"
    r"details|song|soundtrack|stills|featurette|promo|synopsis|update|lineup|slate)\b", re.IGNORECASE)
_LINEUP = re.compile(r"lineup|slate", re.IGNORECASE)
_DATE_NOUN = re.compile(r"(?:release|premiere|return)\s+date", re.IGNORECASE)
_RUN_END = re.compile(r"\b(?:ending|concluding|culminating|wrapping\s+up)\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
_FINALE_AFTER = re.compile(r"\s*,?\s*with\s+(?:the\s+|its\s+)?(?:season\s+|series\s+)?finale\b", re.IGNORECASE)
_LINEUP_MEMBER = re.compile(r"\b(?:part\s+of|featur\w*|includ\w*|among)\b", re.IGNORECASE)
_VIEWS = re.compile(r"\b(?:views|viewed|viewing\s+hours|hours\s+viewed|viewership|ratings?|charts?|top\s+10|most-watched)\b",
                    re.IGNORECASE)
_FUTURE_CUE = re.compile(
    r"\b(?:will|won['’]t|set\s+to|expected|slated|scheduled|could|might|(?-i:may)|should|likely|going\s+to|upcoming|"
    r"plans?|planned|hope|until)\b", re.IGNORECASE)
_HEDGED = re.compile(
    r"\b(?:could|might|(?-i:may)|perhaps|possibly|maybe|rumou?r\w*|speculat\w*|reported\w*|reports?|according|insiders?|"
    r"sources?|likely|expected|expect|should|hope\w*|if|leak\w*|allegedly|eyeing|predict\w*|guess\w*)\b",
    re.IGNORECASE)
_UNDONE = re.compile(r"[^.;]{0,20}?,?\s+but\s+(?:[\w'’]+\s+){0,4}?(?:was|were|has\s+been|have\s+been|got|is|are|had\s+been|"
                     r"have|has|had)?\s*(?:pushed|delayed|postponed|scrapped|moved|shifted|no\s+longer)\b", re.IGNORECASE)
_UNTIL_TEXT = re.compile(r"(?:until|till|til|not\s+before)\b", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|til|before)\b[^.]{0,25}$|\bas\s+early\s+as\s*$", re.IGNORECASE)
PRODUCTION = re.compile(
    r"(?=[fspcowtedg])\b(?:film(?:ing|ed|s)?|shoot(?:ing|s)?|shot|production|"
    r"cameras?\s+(?:(?:stopped|start|starts|started|begin|began)\s+)?(?:rolling|roll|rolled|started)|"
    r"principal\s+photography|on\s+set|pre-?production|post-?production|scripts?|writ(?:ing|ers?['’]?\s+room)|"
    r"table\s+read(?:ing)?|script\s+reading|editing|development(?=\s+(?:of|on)\b)|go(?:es|ing)?\s+on\s+(?:the\s+)?floors?|"
    r"preparation\s+phase|pre-?concept\w*)\b",
    re.IGNORECASE,
)
RENEWAL = re.compile(  # (?=...): the letters a cue can begin with (or the word after "that "), a cheap skip
    r"(?=[rgpocasiwhtbmfd]|(?<=that\s))\b(?:renew(?:ed|al|s|ing)?(?!\s+(?:interest|attention|hope|focus|popularity|vigou?r|energy|push))|greenlit|"
    r"green-?light(?:ed|s)?|picked\s+up\s+for|pickup|ordered|"
    r"cancel(?:l?ed|lation|s|ing)?|canned|axed|scrapped|(?:another|a\s+new|an\s+additional)\s+season|"
    r"(?:is|are|was)\s+(?:officially\s+)?(?:happening|a\s+go|still\s+a\s+go|in\s+the\s+works|"
    r"confirmed(?!\s+to\s+(?:return|reprise|join|star|appear|be\s+back))|official|on\s+(?:the|its)\s+way|planned|ordered)|"
    r"(?:has|have)\s+(?:already\s+)?been\s+(?:officially\s+)?confirmed(?!\s+to\s+(?:return|reprise|join|star|appear))|"
    r"officially\s+confirmed(?!\s+to\s+(?:return|reprise|join|star|appear))|(?:will|to)\s+(?:return|be\s+back|come\s+back)\s+for|"
    r"(?:returning|coming\s+back|back)\s+(?:to\s+(?:[A-Z][\w+]*\s+){1,2})?for\s+(?:a|its|another)|moving\s+forward\s+with|"
    r"return\w*\s+(?:to\s+(?:[A-Z][\w+]*\s+){1,2})?with\s+(?:a|its|another)\s+(?:\w+\s+)?season|"
    r"announc\w*\s+(?:of\s+)?(?:the\s+)?(?:season\s+\w+|a\s+\w+\s+season|the\s+\w+\s+season|new\s+instal?lment)|"
    r"confirm\w*\s+(?:that\s+)?(?:season\s+\w+|a\s+\w+\s+season|the\s+\w+\s+season)|"
    r"(?:will|would)\s+(?:have|get)\s+a\s+\w+\s+season|commissioned|confirmed\s+officially|"
    r"(?<=that\s)(?:[\w'’:]+\s+){1,8}?(?:would|will)\s+(?:return|be\s+back|come\s+back)(?!\s+(?:to|on)\s+(?:screens|netflix))|"
    r"(?:officially|is|are|will\s+be)\s+(?:officially\s+)?(?:returning|coming\s+back)(?!\s+(?:to|on)\s+(?:netflix|hbo|prime|max|screens))|"
    r"(?:announc|declar|confirm)\w*\s+(?:the\s+)?return\s+of(?=[^.;]{1,60}?\bfor\s+(?:a\s+)?(?:season|second|third|fourth|fifth))|"
    r"guaranteed\s+another|plans?\s+for\s+a\s+\w+\s+season|make\s+a\s+(?:season|second|third|fourth|fifth)|"
    r"the\s+(?:end|final)\s+of\s+the\s+(?:series|show)|final\s+season)\b",
    re.IGNORECASE,
)
_PAST_RENEWAL = re.compile(r"\b(?:renewed|announced|confirmed|greenlit|greenlighted|revealed|ordered|picked|cancell?ed|"
                           r"canceled|axed|scrapped|renewal|announcement)\b", re.IGNORECASE)
_CANCEL = re.compile(r"cancel|canned|axed|scrapped|end\s+of\s+the|final", re.IGNORECASE)
_ANNOUNCE = re.compile(
    r"\b(?:announc\w*|confirm\w*|reveal\w*|unveil\w*|report(?!edly)\w*|said|says|told|interview\w*|"
    r"shared|posted|tweeted|wrote|stated|noted|teased|published|updated)\b", re.IGNORECASE)
_GENERIC_WHEN = re.compile(r"(?:slated|scheduled)\s+for|expected\s+in|(?:some\s*time)\s+in|return(?:s|ed|ing)?|"
                           r"(?:pushed|postponed|delayed|moved)\s+(?:back\s+)?(?:to|until|into)", re.IGNORECASE)
_SHOOT_JUST_BEFORE = re.compile(r"\b(?:film\w*|shoot\w*|production)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_SHOOT_BEFORE = re.compile(r"\b(?:production|filming|shooting|shoot)\b(?![^,;]*\b(?:release|premiere|episodes|debut)\b)",
                           re.IGNORECASE)
# another event that owns the time next to it ("the script reading took place in August")
_OTHER_EVENT = re.compile(
    r"\b(?:t(?:ake|akes|aking|ook)\s+place|script\s+readings?|table\s+reads?|read-throughs?|ceremony|festival|"
    r"convention|comic-con|wedding|birthday|military\s+service|enlist\w*|discharged)\b", re.IGNORECASE)
_PAST_VERB = re.compile(
    r"\b(?:premiered|released|debuted|arrived|launched|dropped|aired|bowed|landed|streamed|returned|came\s+out|broadcast|"
    r"first\s+arriv\w*|began\s+streaming|hit)\b|\b(?:was|were)\s+(?:released|launched|out)|\bsince\s+(?:its|the)\b|"
    r"\bsince\s+it\b|\bwhen\s+it\b|\bafter\s+its\b|\bfollowing\s+its\b|\b(?:its|the)\s+\w+\s+(?:debut|premiere|release)\b",
    re.IGNORECASE)
_PAST_TRIGGER = re.compile(r"premiered|released|debuted|aired|bowed|launched|dropped|landed|came\s+out|first\s+arrived",
                           re.IGNORECASE)
_FIRST_RUN = re.compile(r"\b(?:first|original|initial|originally|initially)\s+(?:\w+\s+)?(?:premier\w*|releas\w*|debut\w*|"
                        r"launch\w*|broadcast|aired|arriv\w*|dropp?\w*|stream\w*|bow\w*)\b|\b(?:19|20)\d\d\s+debut\b",
                        re.IGNORECASE)
_FIRST = re.compile(r"\b(?:first|debut(?:ed|s)?|original|initial|freshman|premiered)\b", re.IGNORECASE)
_DATE_ADJ = r"(?:(?:official|confirmed|exact|specific|firm|concrete|set|potential|precise|definitive|premiere)\s+)*"
_NO_DATE = re.compile(
    r"(?:\bno\s+" + _DATE_ADJ + r"|\bnot?\s+(?:yet\s+)?(?:an?|any)\s+" + _DATE_ADJ +
    r"|(?:n['’]t|\bnot)\s+(?:yet\s+)?(?:got|have|had|received|given|announced|revealed|confirmed|set|shared|released|"
    r"dropped|disclosed|know|learned)\s+(?:us\s+)?(?:an?\s+|any\s+|the\s+)?" + _DATE_ADJ + r")"
    r"(?:release|premiere|return|launch|air|debut)\s+(?:date|window)|"
    r"\b(?:release|premiere|return)\s+(?:date|window)\s+(?:\w+\s+){0,5}?(?:(?:still|also)\s+)?"
    r"(?:(?:has|have|is|was|are|were|does|do|did)(?:\s+not|n['’]t)|not|yet\s+to|unknown|a\s+mystery|under\s+wraps|"
    r"to\s+be\s+(?:announced|confirmed|determined|revealed)|tba|tbd|unconfirmed|undisclosed|unannounced|remains\s+unclear)|"
    r"\byet\s+to\s+(?:announce|reveal|confirm|set|share|release|receive|get|disclose)\s+(?:a|an|the|any)\s+" + _DATE_ADJ +
    r"(?:release|premiere)\s+date|\bwhen\s+\w[\w\s':]{0,60}?\s+will\s+(?:be\s+)?(?:release|premiere|arrive|available)\w*\s+"
    r"(?:\w+\s+)?is\s+(?:still\s+)?(?:unknown|unclear|anyone['’]s\s+guess)",
    re.IGNORECASE,
)

# "the exact date is unknown", "without a release date", "it is not clear when it will be back"
_NO_WHEN = re.compile(
    r"\b(?:exact|specific|official)\s+(?:release\s+|premiere\s+)?date\s+(?:is|remains)\s+(?:still\s+)?"
    r"(?:unknown|unclear|unconfirmed|undisclosed|a\s+mystery|tba|tbd|under\s+wraps)|"
    r"\bwithout\s+(?:an?\s+|any\s+)?(?:exact\s+|official\s+|confirmed\s+|firm\s+)?(?:release|premiere)\s+(?:date|window)|"
    r"\b(?:not|n['’]t)\s+(?:yet\s+)?(?:clear|known|certain|sure)\s+(?:exactly\s+)?when\s+(?:[\w'’:]+\s+){0,6}?"
    r"(?:will|would|is\s+going\s+to)\s+(?:be\s+(?:back|released|out|available)|premiere|return|arrive|release|drop|debut)|"
    r"\bno\s+(?:official\s+)?word\s+(?:yet\s+)?(?:as\s+to|on|about)\s+when\b|"
    r"\b(?:no|yet\s+to\s+\w+\s+(?:any|an)|(?:not|n['’]t)\s+\w+\s+(?:any|an))\s+(?:official\s+|new\s+|further\s+)?"
    r"(?:updates?|news|word|details|information|announcement)\s+(?:regarding|about|on|concerning|as\s+to)\s+"
    r"(?:the\s+|its\s+|a\s+)?(?:release|premiere|return|launch)\b(?!\s+of\s+(?:the\s+)?(?:trailer|teaser))|"
    r"\bno\s+(?:official\s+|confirmed\s+|exact\s+)?(?:release|premiere)\s+dates\b|"
    r"\bwhen\s+(?:[\w#\[\]'’:]+\s+){0,4}?(?:drops|premieres|releases|arrives|returns|comes\s+out|will\s+\w+)\s+"
    r"(?:\w+\s+){0,2}?depends\s+on|"
    r"\b(?:too|very)\s+(?:very\s+)?(?:soon|early)\s+to\s+(?:guess|say|predict|tell|know)\s+(?:a\s+|the\s+)?"
    r"(?:release|premiere|when)\b",
    re.IGNORECASE)
PLATFORMS = re.compile(
    r"\b(?:Netflix|HBO\s+Max|HBO|Amazon\s+Prime\s+Video|Amazon\s+Prime|Prime\s+Video|Disney\+|Disney\s+Plus|"
    r"Hulu|Apple\s+TV\+|Apple\s+TV\s+Plus|Peacock|Paramount\+|tvN|JTBC|SBS|KBS2?|MBC|Viki|Viu|"
    r"Coupang\s+Play|TVING|Tving|Crunchyroll|Starz|Showtime|AMC\+?|(?<=on\s)Max|(?<=to\s)Max|(?<=HBO/)Max|(?<=HBO\sand\s)Max)(?![\w+])"
)
_PLATFORM_CONTEXT = re.compile(
    r"(?:\b(?:on|to|via|exclusively\s+on|only\s+on|streaming\s+on|back\s+to|return\s+to|coming\s+to|"
    r"come\s+to|arrive\s+on|hit|hits|hitting|graced|into|for)\s+(?:the\s+)?$|\b(?:on|to)\s+HBO(?:/|\s+and\s+)$)", re.IGNORECASE)
_PLATFORM_ORIGINAL = re.compile(
    r"(?:['’]s)?[ \t]+(?:(?:first|hit|popular|new|latest|own|runaway|smash|global)[ \t]+)*(?:(?:South[ \t]+)?Korean[ \t]+)?"
    r"(?:original|Original)(?:[ \t]+(?:series|show|drama|K-drama|Series))?", re.IGNORECASE)
_PLATFORM_AFTER = re.compile(
    r"^\s+(?:has|have|had|will|is|officially|also|recently|finally|just)?\s*(?:officially\s+)?"
    r"(?:renewed|announced|confirmed|ordered|greenlit|revealed|dated|set|released|unveiled|picked\s+up|original)",
    re.IGNORECASE)

_EPISODES = re.compile(
    r"\b(?P<least>at\s+least\s+|a\s+total\s+of\s+|all\s+|only\s+|just\s+)?(?P<n>\d{1,2}|"
    + "|".join(NUMBER_WORDS) + r")(?P<or>\s+or\s+(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + r"))?"
    r"(?:[- ](?:new|more|total|hour-long|hourlong|brand-new|\w+-length))?[- ](?:episodes?|instal?lments|eps)\b(?P<more>\s+or\s+more)?",
    re.IGNORECASE)
_EPISODE_NOT = re.compile(r"\b(?:episode|season|part|vol\.?|volume|chapter)\s+$", re.IGNORECASE)

_PROD_STAGE = (
    ("pre_production", re.compile(r"pre-?production|script|writ|table\s+read|script\s+reading|development|prepar|concept",
                                  re.IGNORECASE)),
    ("post_production", re.compile(r"post-?production|editing", re.IGNORECASE)),
    ("filming", re.compile(r".", re.IGNORECASE)),
)
_PROD_START = re.compile(
    r"\b(?:(?:pushed|postponed|delayed|moved)\s+(?:back\s+)?(?:to|until)|(?:slated|scheduled|planned)\s+for|go\s+on\s+(?:the\s+)?floors?|begin|begins|began|begun|beginning|start|starts|started|starting|commenc\w*|kick(?:s|ed)?\s+off|"
    r"get(?:s)?\s+underway|got\s+underway|go(?:es)?\s+ahead|resum\w*|return(?:s|ing)?\s+to|head(?:s|ed)?\s+into|gearing\s+up|set\s+to\s+(?:begin|start)|"
    r"roll(?:ing)?|go\s+(?:into|before)|went\s+into|enter(?:s|ed)?|(?:is|are)\s+set\s+to\s+film|will\s+(?:film|shoot)|"
    r"to\s+(?:film|shoot)|scheduled\s+to\s+(?:film|shoot)|(?:will|would|to)\s+be\s+filmed)\b", re.IGNORECASE)
_PROD_END = re.compile(
    r"\b(?:(?<!be\s)filmed|(?:were|was)\s+shot|stopped\s+rolling|wrap(?:s|ped|ping)?|finish(?:es|ed|ing)?|conclud\w*|complet\w*|end(?:s|ed)?|"
    r"(?<!to\sbe\s)done|over|"
    r"carry\s+on\s+into|last(?:s)?\s+until|run\s+through)\b", re.IGNORECASE)
_PROD_BEING = re.compile(r"\b(?:being|currently)\s+(?:filmed|shot)\b", re.IGNORECASE)
_PROD_ONGOING = re.compile(
    r"\b(?:underway|currently|(?:in|under)\s+production|ongoing|continu\w*|progress|(?:still\s+)?going\s+on|"
    r"(?:is|are|was|were|been|now|be)\s+(?:filming|shooting)|"
    r"now\s+in|well\s+into|midst|in\s+the\s+process|in\s+the\s+works|busy|already\s+(?:filming|shooting)|"
    r"(?:still|work|left)\s+to\s+be\s+done|will\s+take\s+place|early\s+(?:days|stages?))\b",
    re.IGNORECASE)
_EARLY_DAYS = re.compile(r"\b(?:early\s+(?:days|stages?)|preparation\s+phase)\b", re.IGNORECASE)
_PROD_HALT = re.compile(r"\b(?:on\s+hold|halt(?:ed|s|ing)?|paused|suspended|shut\s*down)\b", re.IGNORECASE)
_PROD_GOING_ON = re.compile(r"\b(?:continu\w*|still|through|into|until|resum\w*|more|further|additional|"
                            r"for\s+(?:about\s+|around\s+|over\s+)?\w+\s+(?:months?|weeks?|years?|days?))\b", re.IGNORECASE)


def _still_to_come(view: View, when: Interval | None, window: str) -> bool:
    """A shoot said to be going on at a time that has not begun yet: its start is what is claimed."""
    return bool(when is not None and when.start is not None and view.anchor is not None and when.start > view.anchor
                and not _PROD_GOING_ON.search(window))


_NOT_PRODUCTION = re.compile(
    r"production\s+(?:company|companies|house|studio|designer|values?|team|partner|reports?)|co-?production|"
    r"(?<=delay\sin\s)production|(?<=delays\sin\s)production|(?<=pause\sin\s)production|(?<=halt\sin\s)production|"
    r"in\s+the\s+production\s+of|produc\w+\s+by|films?\s+(?:podcasts?|club|festivals?|critics?|industry|fans?|buffs?|"
    r"school|studios?|debut|career|adaptation|version|franchise)\b|shot\s+(?:at|to)\s+(?:fame|stardom|the\s+top)|"
    r"\bshot\b(?!\s+(?:in|on|back|during|at\s+the))", re.IGNORECASE)


def _owner(view: View, point: TimePoint) -> str:
    """Which kind a time expression belongs to: the kind of the trigger nearest to it."""
    best = ("", 10**6)
    future = bool(view.anchor and point.interval.start and point.interval.start > view.anchor
                  and any(kind == "release" for kind, _, _ in _triggers(view)))
    for kind, start, end in _triggers(view):
        distance = point.start - end if end <= point.start else (start - point.end if start >= point.end else 0)
        if start >= point.end:
            distance += 8  # a trigger before the time reads more naturally ("premieres in May")
            if kind == "announce" and "," in view.text[point.end:start] and view.text[start:end].lower() in ("said", "says"):
                distance += 30  # "... in June, said the head of streaming": the speech tag dates nothing
        if kind == "renewal" and future:
            continue  # "will return for a third season in 2025": an order is dated in the past
        if distance < best[1]:
            best = (kind, distance)
    return best[0] if best[1] < 90 else ""


def _release_near(releases: list[tuple[re.Match[str], int, int]], point: TimePoint) -> bool:
    """Whether some release word is near enough to the time for ``_owner`` to give it the release:
    the release triggers are some of these matches, each at least as far as ``_owner`` measures."""
    for _, start, end in releases:
        distance = point.start - end if end <= point.start else (start - point.end + 8 if start >= point.end else 0)
        if distance < 90:
            return True
    return False


def _triggers(view: View) -> list[tuple[str, int, int]]:
    """Every trigger of the sentence with its kind (computed once per sentence)."""
    cached: list[tuple[str, int, int]] | None = view.notes.get("triggers")
    if cached is not None:
        return cached
    found = []
    for kind, pattern in (("release", RELEASE), ("production", PRODUCTION), ("renewal", RENEWAL),
                          ("announce", _ANNOUNCE), ("event", _OTHER_EVENT)):
        for match, start, end in _finditer(pattern, view):
            if kind == "production" and _NOT_PRODUCTION.match(view.s, match.start()):
                continue
            if kind == "release" and _GENERIC_WHEN.fullmatch(match.group()) and _SHOOT_BEFORE.search(
                    view.s, max(0, match.start() - 60), match.start()):
                continue  # "production on the new season is slated for April": the shoot's date
            if kind == "event" and _SHOOT_JUST_BEFORE.search(view.s, max(0, match.start() - 30), match.start()):
                continue  # "more filming will take place on January 17": the shoot's own time
            found.append((kind, start, end))
    if any(kind == "production" for kind, _, _ in found):  # "filming ... is set to begin this year"
        for pattern in (_PROD_START, _PROD_END):
            found.extend(("production", start, end) for _, start, end in _finditer(pattern, view))
    view.notes["triggers"] = found
    return found


# ---------------------------------------------------------------- release


def find_release(view: View) -> list[Found]:
    found: list[Found] = []
    releases = _finditer(RELEASE, view) if view.times else []
    for point in view.times:
        if point.as_of or not _release_near(releases, point) or _owner(view, point) != "release":
            continue  # (a time with no release word near is not the release's: no other kind's triggers are sought)
        trigger = _nearest_trigger(view, RELEASE, point)
        if trigger is None:
            continue
        start, end = trigger
        if not _same_clause(view, start, point) or _announced_at(view, point, start, end) or _speech_time(view, point):
            continue
        lo = view.rel(min(start, point.start))
        back = max(0, min(lo - 40, max(lo - 60, _clause_of(view, start)[0])))  # up to 60 characters, within the clause
        if fre.search_folded(_LATER_PART, view.s[back:view.rel(max(end, point.end))]) and not _part_title(view):
            continue
        value, polarity = _not_until(view, point)
        if _UNDONE.match(view.s, view.rel(max(end, point.end))) or _ruled_out(view, point):
            polarity = "negated"  # "was to be released in 2020 but was postponed": that date no longer holds
        lo_clause, hi_clause = _clause_of(view, start)
        clause = view.s[lo_clause:hi_clause]
        if _RUN_END.search(view.s, max(0, view.rel(point.start) - 25), view.rel(point.start)) or \
                _FINALE_AFTER.match(view.s, view.rel(point.end)):
            continue  # "a weekly release ending on July 18 with the finale": the end of the run
        near = None if _DATE_NOUN.match(view.text, start) else \
            fre.search_folded(_NOT_SEASON_RELEASE, view.s[max(0, view.rel(start) - 30):view.rel(end) + 35])
        if near is not None and not (near.group().lower() in ("lineup", "slate") and _LINEUP.search(view.text, start, end)
                                     and _LINEUP_MEMBER.search(view.s, max(0, view.rel(start) - 40), view.rel(end) + 40)):
            continue  # a teaser or a lineup was released; a season that is "part of the 2024 lineup" was dated
        if fre.search_folded(_VIEWS, view.s, view.lower) and re.match(r"(?i)stream|releas", view.text[start:end]) and not _PAST_VERB.search(clause):
            continue
        if view.anchor is not None:
            past_verb = _PAST_TRIGGER.fullmatch(view.text[start:end]) is not None and not fre.search(
                r"\b(?:be|to|will|would|been|being)\s+$", view.text[max(0, start - 8):start], re.IGNORECASE)
            is_past = bool(point.interval.end and (point.interval.end < view.anchor or (
                past_verb and point.interval.end <= view.anchor)) and (past_verb or not _FUTURE_CUE.search(clause)))
        else:
            is_past = bool(_PAST_VERB.search(view.s))
        if is_past and value.start is not None and fre.match(r"(?i)from\s", point.text) and value.start != value.end:
            value = Interval(value.start, value.start, "day", None)  # "aired from A to B": it premiered on A
        seasons = None
        if is_past and ((not _has_season(view, start) and _FIRST.search(view.s)) or _FIRST_RUN.search(
                view.text, max(view.sentence.start, start - 25), end)):
            seasons = (1,)  # "the series first launched on ...", "its first broadcast in January 2022"
        future = bool(view.anchor and point.interval.start and point.interval.start > view.anchor)
        certainty = "official" if is_past else None
        if future and point.interval.precision == "day" and not _HEDGED.search(clause):
            certainty = "official"  # an exact day is an announced date
        found.append(Found("release", value, start, end, seasons=seasons, past=is_past, polarity=polarity,
                           certainty=certainty, scope=min(start, point.start), future=future))
    undated = _finditer(_NO_DATE, view) if view.has("date", "window") else []
    if view.has("date", "window", "when", "soon", "early"):
        undated = undated + _finditer(_NO_WHEN, view)
    for match, start, end in undated:
        found.append(Found("release", None, start, end, polarity="negated", past=False, future=False,
                           seasons=_near_seasons(view, start, end)))
    return found


_ANNOUNCE_VERB = re.compile(
    r"\b(?:announc(?:ed|es|ing)|confirm(?:ed|s|ing)|reveal(?:ed|s|ing)|unveil(?:ed|s|ing)|shared|teased|said|told|"
    r"report(?:ed|s)|revealed)\b", re.IGNORECASE)


_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|mentioned|stated|revealed|announced|confirmed|noted|explained|teased|hinted|claimed|"
    r"told\s+[\w'’]+(?:\s+[\w'’]+)?)\s+(?:back\s+|earlier\s+|previously\s+|first\s+)?(?:in|on|during|at|last)?\s*$",
    re.IGNORECASE)
_THAT_AFTER = re.compile(r"\s*,?\s*that\b", re.IGNORECASE)
_NO_LONGER = re.compile(
    r"[^.;]{0,40}?\b(?:is|are|was|were|seems?|looks?)\s+(?:now\s+)?no\s+longer\s+(?:realistic|possible|likely|feasible|"
    r"viable|happening|on\s+the\s+cards|on\s+track|the\s+plan|expected)\b", re.IGNORECASE)
_RATHER_THAN = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:in\s+)?$", re.IGNORECASE)


def _speech_time(view: View, point: TimePoint) -> bool:
    """"The CEO mentioned in 2024 that the season would arrive in late 2025": 2024 dates the remark."""
    at = view.rel(point.start)
    return bool(_SPEECH_BEFORE.search(view.s, max(0, at - 45), at) and _THAT_AFTER.match(view.s, view.rel(point.end)))


def _ruled_out(view: View, point: TimePoint) -> bool:
    """"the expected 2025 window is no longer realistic", "early 2027 rather than 2026"."""
    at = view.rel(point.start)
    return bool(_NO_LONGER.match(view.s, view.rel(point.end)) or _RATHER_THAN.search(view.s, max(0, at - 20), at))


def _announced_at(view: View, point: TimePoint, start: int, end: int) -> bool:
    """"On July 23, the streamer announced ... premiere": the time dates the announcement, not
    the release (an announcing verb stands between the time and the release word)."""
    lo, hi = (point.end, start) if point.end <= start else (end, point.start)
    if hi <= lo:
        return False
    return _ANNOUNCE_VERB.search(view.text, lo, hi) is not None


def _not_until(view: View, point: TimePoint) -> tuple[Interval, str | None]:
    """"Not until summer 2024", "won't be ready until X": the time opens at X, affirmed."""
    if _UNTIL_TEXT.match(point.text):  # the engine read "until summer 2024" as one open window
        return point.interval, "affirmed"
    before = view.s[max(0, view.rel(point.start) - 40):view.rel(point.start)]
    if not _UNTIL.search(before):
        return point.interval, None
    interval = point.interval
    if interval.end is not None and interval.start is not None and fre.search(r"\b(?:until|till|til)\b", before):
        interval = Interval(interval.start, None, "open", interval.label)
    return interval, "affirmed"


def _clause_of(view: View, at: int) -> tuple[int, int]:
    from .certainty import clause_bounds

    return clause_bounds(view.s, view.rel(at))


def _same_clause(view: View, trigger: int, point: TimePoint) -> bool:
    from .certainty import clause_bounds

    lo, hi = clause_bounds(view.s, view.rel(trigger))
    if lo <= view.rel(point.start) < hi:
        return True
    gap = point.start - trigger if point.start > trigger else trigger - point.end
    return gap < 25


def _part_title(view: View) -> bool:
    """A work named with its part ("Money Heist: Korea Part 2"): parts are seasons there."""
    return any(m.work and m.seasons and fre.search(r"part|vol", view.text[m.start:m.end], re.IGNORECASE)
               for m in view.mentions)


def _near_seasons(view: View, start: int, end: int) -> tuple[int | None, ...] | None:
    """A season named right by the phrase, else the season the article is about (None: let the
    resolver decide from the nearest mention only when one is close)."""
    for mention in view.mentions:
        gap = mention.start - end if mention.start >= end else start - mention.end
        if gap <= 45 and (mention.seasons or mention.relative):
            return None
    return ()


def _has_season(view: View, at: int) -> bool:
    return any(m.seasons or m.relative for m in view.mentions)


def _nearest_trigger(view: View, pattern: re.Pattern[str], point: TimePoint) -> tuple[int, int] | None:
    best = None
    for match, start, end in _finditer(pattern, view):
        distance = point.start - end if end <= point.start else abs(start - point.end) + 8
        if best is None or distance < best[0]:
            best = (distance, start, end)
    return (best[1], best[2]) if best else None


# ---------------------------------------------------------------- production


def find_production(view: View) -> list[Found]:
    found: list[Found] = []
    for match, start, end in _finditer(PRODUCTION, view):
        if _NOT_PRODUCTION.match(view.s, match.start()):
            continue
        word = match.group()
        stage = next(name for name, pattern in _PROD_STAGE if pattern.search(word))
        if stage == "filming" and _EARLY_DAYS.search(view.s, match.end(), match.end() + 60):
            stage = "pre_production"  # "production on the new season is still in its early days"
        lo, hi = max(0, match.start() - 45), min(len(view.s), match.end() + 45)
        window = view.s[lo:hi]
        window_lower = window.lower()
        event = None
        best_cue: tuple[int, str, int, int] | None = None
        rel_start, rel_end = match.start() - lo, match.end() - lo
        for name, pattern in (("ongoing", _PROD_BEING), ("end", _PROD_END), ("start", _PROD_START),
                              ("ongoing", _PROD_ONGOING), ("halted", _PROD_HALT)):
            if fre.ruled_out_of_parts(pattern, view.s, view.lower):
                continue  # (the sentence lacks the pattern's words: so does the window)
            for cue in fre.finditer_folded(pattern, window, window_lower):  # the cue nearest to the trigger word
                gap = cue.start() - rel_end if cue.start() >= rel_end else max(0, rel_start - cue.end())
                if cue.end() <= rel_start and fre.search(r",|\band\b", window[cue.end():rel_start]):
                    gap += 20  # "scripts in the works and production set to resume": the cue belongs to the first clause
                if best_cue is None or gap < best_cue[0]:
                    best_cue = (gap, name, cue.start(), cue.end())
        if best_cue is not None:
            event = best_cue[1]
            cue_start = view.sentence.start + lo + best_cue[2]
            cue_end = view.sentence.start + lo + best_cue[3]
            start, end = min(start, cue_start), max(end, cue_end)
        if event is None and stage == "pre_production" and _EARLY_DAYS.search(view.s, match.start(), match.end() + 60):
            event = "ongoing"
        if event is None:  # "filming for the long-awaited second season of X is set to begin": the clause's verb
            event, start, end = _clause_event(view, match, start, end)
        if event is None:
            continue
        if stage == "pre_production" and not fre.search(r"pre-?production", word, re.IGNORECASE) and \
                event not in ("ongoing", "halted") \
                and not fre.search(r"\b(?:begun|began|started|start|underway|in\s+the\s+works)\b", window, re.IGNORECASE):
            continue
        point = _production_time(view, start, end)
        when = point.interval if point else None
        polarity = None
        if event == "halted" or (event == "ongoing" and _PROD_HALT.search(window)):  # "development is on hold"
            event, polarity = "ongoing", "negated"
        elif event == "ongoing" and _still_to_come(view, when, window):
            event = "start"  # "rumored to be filming in the first half of 2024", said before it
        if point is not None:
            before = view.s[max(0, view.rel(point.start) - 40):view.rel(point.start)]
            if when is not None and when.end is None and (_UNTIL.search(before) or _UNTIL_TEXT.match(point.text)):
                polarity = "affirmed"
            if event == "ongoing" and re.search(r"\bsince\s*$", before, re.IGNORECASE):
                event = "start"
            if when is not None and when.start is not None and fre.search(r"\b(?:into|through)\s*$", before, re.IGNORECASE):
                when = Interval(when.start, None, "open", when.label)  # "filming will carry on into 2024"
        found.append(Found("production", ProductionValue(cast(Stage, stage), cast(Event, event), when), start, end,
                           past=bool(when and view.anchor and when.end and when.end < view.anchor),
                           scope=min(start, point.start) if point else None, polarity=polarity))
        if event == "start" and point is not None:
            found.extend(_then_ended(view, stage, point))
    return found


_THEN_ENDED = re.compile(r"\s*,?\s*and\s+(?:then\s+|later\s+|eventually\s+)?(?:was\s+|were\s+|had\s+|has\s+)?"
                         r"(?:wrapped(?:\s+up)?|finished|ended|concluded|completed)\b", re.IGNORECASE)


def _then_ended(view: View, stage: str, point: TimePoint) -> list[Found]:
    """"filming began in May 2024 and wrapped in March 2025": the same trigger's end, with the next time."""
    cue = _THEN_ENDED.match(view.s, view.rel(point.end))
    if cue is None:
        return []
    cue_end = view.sentence.start + cue.end()
    after = [p for p in view.times if not p.as_of and 0 <= p.start - cue_end <= 12]
    if not after:
        return []
    when = after[0].interval
    return [Found("production", ProductionValue(cast(Stage, stage), "end", when), view.sentence.start + cue.start(),
                  after[0].end, past=bool(view.anchor and when.end and when.end < view.anchor), scope=after[0].start)]


def _clause_event(view: View, match: re.Match[str], start: int, end: int) -> tuple[str | None, int, int]:
    """The first start / end cue after the trigger in its clause (within 100 characters)."""
    _, hi = _clause_of(view, start)
    stop = min(hi, match.end() + 100)
    best: tuple[int, str, int, int] | None = None
    for name, pattern in (("end", _PROD_END), ("start", _PROD_START), ("halted", _PROD_HALT)):
        cue = pattern.search(view.s, match.end(), stop)
        if cue and (best is None or cue.start() < best[0]):
            best = (cue.start(), name, cue.start(), cue.end())
    if best is None:
        return None, start, end
    base = view.sentence.start
    return best[1], start, max(end, base + best[3])


_OTHER_EVENT_NOUN = re.compile(r"\s+(?:renewal|premiere|release|debut|launch|announcement|finale)\b", re.IGNORECASE)


def _owns_time(view: View, point: TimePoint, start: int, end: int, distance: int) -> bool:
    """Another production cue nearer the time, in its clause ("... and filming set for June": June is
    the shoot's; "writing began in August 2022 and filming ...": August stays with the writing)."""
    if end <= point.start:
        return point.start - end + 5 < distance
    return start - point.end + 5 < distance and not _JOINS.search(view.text, point.end, start)


_JOINS = re.compile(r"[,;]|\b(?:and|but|while|before|after)\b", re.IGNORECASE)


def _production_time(view: View, start: int, end: int) -> TimePoint | None:
    """The time in the trigger's clause nearest to it, unless a release trigger is nearer."""
    lo, hi = _clause_of(view, start)
    best = None
    for point in view.times:
        if point.as_of or _OTHER_EVENT_NOUN.match(view.s, view.rel(point.end)):
            continue  # "since the 2022 renewal": the year of another event
        rel = view.rel(point.start)
        if not (lo <= rel < hi) and min(abs(point.start - end), abs(start - point.end)) > 25:
            continue
        distance = point.start - end if point.start >= end else start - point.end
        distance = max(distance, 0)
        if distance > 70 or _announced_at(view, point, start, end):
            continue  # "..., the network revealed April 11": the day of the announcement
        release = _nearest_trigger(view, RELEASE, point)
        if release is not None:
            r_distance = point.start - release[1] if point.start >= release[1] else abs(release[0] - point.end) + 8
            if r_distance < distance:
                continue
        if any(not (a < end and start < b) and _owns_time(view, point, a, b, distance) for _, a, b in _finditer(PRODUCTION, view)):
            continue  # "scripts in the works and production set to resume in April": April is the shoot's
        if best is None or distance < best[0]:
            best = (distance, point)
    return best[1] if best else None


# ---------------------------------------------------------------- episodes


def find_episodes(view: View) -> list[Found]:
    found: list[Found] = []
    for match, start, end in _finditer(_EPISODES, view):
        if _EPISODE_NOT.search(view.s[max(0, match.start() - 12):match.start()]):
            continue
        raw = match.group("n").lower()
        count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
        if not count or count > 40:
            continue
        before = view.s[max(0, match.start() - 30):match.start()]
        whole = _WHOLE_SEASON.match(view.s, match.end())  # "its first 12-episode season": a count of the season
        ordinal = fre.search(r"\b(?:first|second|last|final|opening|next|remaining)\s+$", before, re.IGNORECASE)
        if fre.search(r"\b(?:vol(?:ume)?|part|chunk|batch|half|each)\b[^.;]{0,25}$", before, re.IGNORECASE) or \
                (ordinal and not whole):
            continue
        if fre.match(r"\s+each\b", view.s[match.end():match.end() + 8]):
            continue
        if fre.match(r"[\s-]*(?:premiere|event|drop|debut|batch|launch|finale|opener)", view.s[match.end():match.end() + 12],
                     re.IGNORECASE):
            continue
        least = match.group("least") or ""
        at_least = bool(match.group("or") or match.group("more") or least.lower().startswith("at least"))
        window = view.s[max(0, match.start() - 50):match.end() + 50]
        past = bool(fre.search(r"\b(?:consisted|had|debuted|released|aired|boasted|was|were|freshman|first\s+season|"
                              r"concluded|ended|finished|wrapped\s+up|"
                              r"season\s+one|original)\b", window, re.IGNORECASE)) and not _WILL.search(window)
        seasons = (1,) if whole and ordinal and ordinal.group().lower().startswith("first") else None
        found.append(Found("episodes", EpisodesValue(count, at_least), start, end, past=past, seasons=seasons))
    return found


_WILL = re.compile(r"\b(?:will|won['’]t|set\s+to|going\s+to|expected\s+to|slated\s+to)\b", re.IGNORECASE)
_WHOLE_SEASON = re.compile(r"\s+(?:season|arc|run|series|order|instal?lment)\b", re.IGNORECASE)


# ---------------------------------------------------------------- platform


# a past premiere told as the background of the sentence ("when it premiered on ...", "since its debut on ...")
_BACKGROUND = re.compile(r"\b(?:when|since|after|following|once|ever\s+since)\s+(?:it|its|the\s+(?:show|series)(?:['’]s)?)\b|"
                         r"\b(?:day|week|days|weeks)\s+of\s+(?:its\s+)?release\b", re.IGNORECASE)


_THE_STREAMER = re.compile(r"\bthe\s+(?:streamer|streaming\s+(?:service|giant|platform))\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def _home_platform(text: str) -> str | None:
    """The platform an article names most (at least twice): what "the streamer" stands for."""
    names = Counter(fre.sub(r"\s+", " ", m.group()) for m in fre.finditer_fast(PLATFORMS, text))
    if not names:
        return None
    name, count = names.most_common(1)[0]
    return name if count >= 2 else None


def _platform_hits(view: View) -> list[tuple[re.Match[str], int, int, str]]:
    """Platform names in the sentence, and "the streamer" standing for the article's platform."""
    hits = [(match, start, end, fre.sub(r"\s+", " ", match.group())) for match, start, end in _finditer(PLATFORMS, view)]
    if view.has("the stream"):
        home = _home_platform(view.text)
        if home is not None:
            hits.extend((match, start, end, home) for match, start, end in _finditer(_THE_STREAMER, view))
    return hits


def find_platform(view: View) -> list[Found]:
    found: list[Found] = []
    release = None  # (the release words, searched for once a platform name is in a release context)
    for match, start, end, name in _platform_hits(view):
        before = view.s[max(0, match.start() - 25):match.start()]
        after = view.s[match.end():match.end() + 40]
        if _PLATFORM_ORIGINAL.match(view.s, match.end()) and match.re is PLATFORMS:
            found.append(Found("platform", PlatformValue(name), start, end, seasons=(None,), polarity="affirmed"))
            continue
        if not _PLATFORM_CONTEXT.search(before):
            continue
        if fre.match(r"^['’]s\s+(?:top|list|most|global|chart|ranking|weekly)", after, re.IGNORECASE):
            continue
        if release is None:
            release = _finditer(RELEASE, view)
        if not (release or fre.search(r"\b(?:only|exclusively)\s+on\s*$", before, re.IGNORECASE)):
            continue
        past = bool(_PAST_VERB.search(view.s)) and not fre.search(r"\b(?:will|set\s+to|is\s+coming|upcoming)\b", view.s,
                                                                 re.IGNORECASE)
        if past and _BACKGROUND.search(view.s, 0, match.start()):
            continue  # "since its debut on Netflix, ...": background to another statement, not a claim
        seasons = (1,) if past and not _has_season(view, start) and _FIRST.search(view.s) else None
        found.append(Found("platform", PlatformValue(name), start, end, past=past, seasons=seasons,
                           polarity="affirmed"))
    return found


# each finder with words one of which a sentence must hold (or a time) for the finder to run
_FINDER_WORDS = (
    (find_release, ("date", "window", "when", "soon to", "early to")),
    ("renewal", ("renew", "cancel", "green", "pick", "order", "canned", "axed", "scrap", "season", "return",
                    "back", "confirm", "happening", "works", "official", "planned", "way", "forward", "announc",
                    "end of the", "final", "commission", "chapter", "instal")),
    (find_production, ("film", "shoot", "shot", "production", "camera", "photography", "set", "script", "writ",
                       "table read", "editing", "development", "floor", "prepar",
                       "concept")),
    (find_episodes, ("episode", "instal", " eps")),
    (find_platform, ("netflix", "hbo", "max", "prime", "disney", "hulu", "apple", "peacock", "paramount", "tvn",
                     "jtbc", "sbs", "kbs", "mbc", "viki", "viu", "coupang", "tving", "crunchyroll", "starz",
                     "showtime", "amc", "the stream")),
    ("delay", ("delay", "postpon", "push", "halt", "pause", "shut", "affect", "impact", "because", "due to",
                  "owing", "amid", "depends", "held up", "setback", "stall", "interrupt", "suspend", "disrupt",
                  "hold", "resum", "after the", "wait", "taking", "reason", "caus", "timeline", "extend", "still",
                  "go ahead")),
)


def _needs(words: tuple[str, ...]) -> re.Pattern[str]:
    return fre.words(*words)


def finders() -> tuple[tuple[Callable[[View], list[Found]], re.Pattern[str], bool], ...]:
    """(finder, regex a lower-cased sentence must match, whether a time in the sentence is enough).

    Only the release finder reads a bare time as a cue; every other finder needs one of its words
    (its trigger patterns cannot match without one), so it is skipped without running them.
    """
    from .cast import CAST_WORDS, find_cast
    from .delay import find_delay
    from .renewal import find_renewal

    named = {"renewal": find_renewal, "delay": find_delay}
    found: list[tuple[Callable[[View], list[Found]], re.Pattern[str], bool]] = []
    for finder, words in _FINDER_WORDS:  # a name: its finder lives in a module that imports this one
        function = named[finder] if isinstance(finder, str) else finder
        found.append((function, _needs(words), function is find_release))
    return (*found, (find_cast, _needs(CAST_WORDS), False))


def finder_words() -> tuple[tuple[str, ...], ...]:
    """The words of each finder of ``finders()``, in the same order."""
    from .cast import CAST_WORDS

    return (*(words for _, words in _FINDER_WORDS), tuple(CAST_WORDS))

