"""Cast claims: who is said to return, join or leave a season.

No name model: a person is a run of one to four capitalised words (hyphenated Korean given
names such as "Ji-hu" count as one word) inside a sentence that carries a cast cue
("will return", "joins the cast", "new cast members include", "reprising", "exit"). Roles
come from "Person as Character", "Person (Character)" and "Character, played by Person".
A cast list with no cue (the first season's cast) is not a claim.
"""

from __future__ import annotations

import re
from typing import Literal, cast

from ..models import CastValue
from ..text import fold, work_key
from . import fastre as fre
from .cast_article import article as _article
from .cast_article import common_words as _common_words
from .cast_article import remembered_names
from .cast_denial import agency_denials, named_before
from .cast_objects import elsewhere
from .cast_pairs import titled
from .cast_recast import recast_statuses
from .cast_roles import document_roles, document_words
from .claims import PLATFORMS, Found, View
from .mentions import KOREAN_SURNAMES

__all__ = ["CAST_WORDS", "NAME", "CastStatus", "document_roles", "document_words", "find_cast"]  # (the roles re-exported)

CastStatus = Literal["returning", "new", "leaving"]
# words a sentence needs before the cast cues are tried
CAST_WORDS = (
    "return", "repris", "back", "join", "new", "cast", "star", "featur", "leav", "left", "depart", "exit",
    "replac", "step", "drop", "absen", "without", "board", "added", "sign", "tapped", "enlist", "addition",
    "talks", "plays", "portray", "appear", "lineup", "line-up", "ensemble", "once again", "confirmed to",
    "set to", "expected to", "slated to", "likely to", "bow", "recast", " as ", "cameo",
    "take over", "takes over", "taking over", "actors", "includ", "from left", "l-r", "pictured", "part of", "opted out",
    "pulled out", "script", "table read", "discussion", "negotiat", "offer", "agency", "management", "label",
    "representative", "spokesperson", "role", "played", "voiced", "(", "promot", "regular", "recur", "introduc",
    "round", "welcom", "confirmed for", "succeed", "take over", "taking over", "took over", "in place of",
)
_WORD = r"[A-Z][\w'’.]*(?:-[\w'’]+)*"
# lower-case particles inside a name ("Ana de la Cruz", "Jan van der Berg")
_PARTICLES = {"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "dos", "das", "ter"}
_PARTICLE = r"(?:" + "|".join(sorted(_PARTICLES)) + r")"
NAME = re.compile(rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_WORD}){{0,3}}")
_CUES = (
    ("leaving", re.compile(  # (?=[...]): the letters a cue can begin with, a cheap skip of every other position
        r"(?=[ldewnrsbaopi])\b(?:leav(?:e|es|ing)(?:\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:show|series|cast|role|franchise|drama|project|production)|(?=\s*[.,;!?]))|"
        r"left\s+the|departures?|depart(?:s|ed|ing)?\s+(?:from\s+)?(?:the\s+)?(?:show|series|cast|role|franchise|drama|project)|exit\w*|"
        r"step(?:s|ped)?\s+back\s+from|with\s+the\s+exception\s+of|(?:won['’]t|will\s+not|not|never)\s+(?:be\s+)?"
        r"(?:return\w*|back|repris\w*)|replac\w*|recast\w*|step(?:s|ped|ping)?\s+(?:down|away)|bow(?:s|ed)?\s+out|"
        r"drop(?:s|ped)?\s+out|absent|absence|without|(?:no\s+longer|not)\s+be\s+(?:a\s+)?part\s+of|(?:(?:is|are|was|were)\s+(?:not|no\s+longer)|isn['’]t|aren['’]t)\s+(?:a\s+)?part\s+of(?=\s+(?:the|this|its)\s+(?:\w+\s+){0,3}?(?:cast|lineup|ensemble))|"
        r"opt(?:s|ed)?\s+out|pull(?:s|ed)?\s+out)\b", re.IGNORECASE)),
    ("new", re.compile(
        r"(?=[jnbacsteihfpwr])\b(?:join(?:s|ed|ing)?|new\s+(?:cast(?:\s+members?)?|faces|additions?|actors?|stars?|characters?|members?|roles?)|"
        r"newcomers?|boarding|board(?:s|ed)?|add(?:s|ed|ing)(?!\s+that\b)|introduc(?:e|es|ed|ing)|"
        r"round(?:s|ed|ing)?\s+out\s+(?:the|its)\s+(?:\w+\s+)?(?:cast|ensemble|lineup|line-up)|"
        r"welcom(?:e|es|ed|ing)(?!\s+back)|cast\s+(?:as|in)|signing\s+on|signed\s+on|sign(?:s|ed)?\s+on|tapped|"
        r"enlist\w*|additions?|in\s+talks|newly\s+cast|been\s+cast|has\s+cast|have\s+cast|fresh\s+faces|"
        r"join\s+the\s+cast|step(?:s|ped)?\s+in|tak(?:e|es|ing|en)\s+on\s+(?:a|the)\s+(?:\w+\s+)?role|land(?:s|ed)?\s+(?:a|the)\s+(?:\w+\s+)?role|plays|portrays|appears\s+as|"
        r"(?:will|to)\s+be\s+(?:played|portrayed)\s+by|tak(?:es|ing|e)\s+over\s+(?:the\s+)?(?:\w+\s+)?role|"
        r"step(?:s|ping)?\s+into|cameo|in\s+(?:talks|discussions?|negotiations?)|(?:offered|offer\s+of)\s+(?:a|the)\s+(?:\w+\s+)?role)\b",
        re.IGNORECASE)),
    ("returning", re.compile(
        r"(?=[rbwciasflemop])\b(?:return(?:s|ing|ed)?|reprise|reprises|reprising|reprised|(?<!put\s)(?<!looking\s)(?<!going\s)(?<!revert\s)(?<!turn\s)(?<!turned\s)back(?!\s+(?:in|on|then|when|home|to\s+the)\b)|"
        r"welcome\s+back|comeback|(?:actors|actresses|cast\s+members)(?=[ \t]+(?-i:[A-Z]))|"
        r"(?:is|are|were|was)\s+(?:all\s+)?(?:confirmed|set|expected|slated|likely)\s+to|(?:is|are|was|were|been)\s+(?:all\s+)?confirmed\s+for|will\s+(?:also\s+)?(?:star|appear|feature)|"
        r"(?:star|stars|starring|feature|features|featuring)\b(?=.{0,80}\b(?:season|series)\b)|(?<=season\s\d\s)(?:stars|features)\b|"
        r"(?:cast|lineup|line-up|ensemble)\s+(?:of|for|includes?|will)|(?:main|original)\s+cast|lead\s+(?:stars|actors|cast)|"
        r"(?:actors|cast\s+members|stars)\s+includ\w*|cast\s*:|(?:central|lead|leading|main|key|major|supporting)\s+role|"
        r"returning|back\s+as|once\s+again|also\s+star|(?:is|are|will\s+be)\s+(?:also\s+)?(?:a\s+)?part\s+of(?=\s+(?:the|this|its)\s+(?:\w+\s+){0,3}?(?:cast|lineup|ensemble))|promoted\s+to\s+(?:a\s+)?series\s+regular|(?:as\s+a|in\s+a)\s+(?:series\s+regular|recurring\s+(?:role|character|guest))|(?:will|to)\s+recur|(?<=\()(?:played|portrayed)\s+by|table\s+reads?|script\s+readings?|"
        r"read(?:s|ing)?\s+(?:\w+\s+){0,3}scripts?)\b", re.IGNORECASE)),
)
_NOT_NAME_WORDS = {
    "season", "seasons", "netflix", "hbo", "max", "prime", "video", "amazon", "disney", "the", "a", "an",
    "part", "episode", "episodes", "series", "show", "drama", "k-drama", "korean", "korea", "south",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "beyond", "with", "including", "alongside", "and", "both", "stars", "star", "actors", "actor",
    "actress", "actresses", "cast", "also", "as", "in", "on", "at", "of", "for", "to", "from", "but",
    "he", "she", "they", "his", "her", "their", "it", "its", "this", "that", "these", "those", "fans",
    "viewers", "meanwhile", "however", "while", "when", "after", "before", "plus", "besides", "if",
    "returning", "new", "more", "other", "older", "original", "main", "lead", "leads", "members",
    "member", "characters", "character", "director", "creator", "showrunner", "writer", "producer",
    "season's", "we", "you", "i", "there", "here", "what", "who", "which", "why", "how", "not",
    "will", "would", "could", "should", "is", "are", "was", "were", "be", "has", "have", "had",
    "trailer", "teaser", "photo", "photos", "image", "images", "instagram", "twitter",
    "read", "related", "news", "update", "updates", "release", "date", "premiere", "plot",
    "so", "then", "now", "yes", "no", "oh", "mr", "mrs", "ms", "dr", "according", "per", "via",
    "sources", "reports", "report", "insider", "x", "youtube", "tiktok", "emmy", "emmys",
    "award", "awards", "golden", "globe", "globes", "oscar", "oscars", "sag", "wga", "writers",
    "guild", "strike", "hollywood", "america", "american", "british", "geeked", "week", "day",
    "chapter", "volume", "vol", "top", "official", "officially", "confirmed", "like", "unlike",
    "fellow", "veteran", "veterans", "co-star", "co-stars", "costar", "costars",
    "crew", "previously", "additionally", "anyway", "finally", "recently", "earlier", "later", "newcomers", "newcomer", "netizens", "high", "school", "service", "seoul", "busan", "gen",
    "filming", "begins", "production", "table", "toggle", "netflix's", "hbo's", "amazon's", "together",
    "unfortunately", "fortunately", "interestingly", "notably", "sadly", "luckily", "hopefully", "sure",
    "k-pop", "k-dramas", "webtoon", "webcomic", "studio", "studios", "entertainment", "agency", "media",
    "following", "despite", "thanks", "starring", "featuring", "during", "since", "until", "upon", "amid",
    "newly", "former", "singer", "rapper", "idol", "winner", "oscar-winning", "emmy-winning", "aka",
}
_ROLE_WORDS = {
    "director", "directors", "creator", "creators", "showrunner", "showrunners", "writer", "writers",
    "producer", "producers", "ceo", "head", "executive", "chief", "president", "screenwriter", "composer",
    "co-creator", "filmmaker", "author", "host", "reporter", "editor", "critic", "pd",
}
_ROLE_BEFORE = re.compile(
    r"(?:\b(?:(?<!such\s)(?<!well\s)as|aka|play|played|plays|playing|portray\w*|role\s+of|character|characters)[,:]?\s+(?:(?:the|a|an|his|her|their)\s+)?"
    r"(?-i:(?!(?:including|like|such|as|cast|actors?|actress(?:es)?|stars?|members?|newcomers?)\s)[a-z][\w-]*\s+){0,4}$)|"
    r"\b(?:director|creator|showrunner|writer|producer|filmmaker|author|ceo|head|executive|chief|"
    r"president|vp|co-creator|screenwriter|composer|editor|critic|host|reporter|journalist|"
    r"created\s+by|directed\s+by|written\s+by|produced\s+by|helmed\s+by|told|according\s+to|by)[,:]?\s+$",
    re.IGNORECASE)
_SPEAKER_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:told|said|says|explained|"
    r"wrote|posted|tweeted|directed|created|wrote|penned|reassured|assured|promised|shared|teased|hinted|revealed|"
    r"disclosed|confirmed|announced|shares|teases|hints|reveals|confirms|announces|"
    r"stated|added|noted|expressed|mentioned|commented|spoke|talked|admitted|claimed|reported)\b|"
    r",\s+(?:the\s+|a\s+)?(?:show['’]s\s+|series['’]?\s+)?(?:\w+\s+)?(?:creator|director|showrunner|writer|producer|"
    r"ceo|head|founder|executive|agency|spokesperson)", re.IGNORECASE)
_NOT_CAST = re.compile(r"\breturn(?:s|ing)?\s+to\s+(?:direct|helm|write|pen|produce|executive|showrun)|behind\s+the\s+camera",
                       re.IGNORECASE)
_ROLE_LATER = re.compile(
    r"[^,;.()]{0,50}?\b(?:return|reprise|reprising|come\s+back|coming\s+back|back|join|star|appear|play|step|cast|tapped|"
    r"signed|hired|chosen|picked|recur)\w*"
    r"[^,;.()]{0,30}?\b(?:(?<!well\s)as(?!\s+well\b)|to\s+play|playing|plays|portraying)\s+(?:(?:the|a|an|his|her|their)\s+)?"
    r"(?:(?!(?:cast|actors?|actress(?:es)?|stars?|members?|newcomers?|and)\s)[a-z][\w-]*\s+){0,3}"
    rf"(?P<c>{_WORD}(?:[ \t]+{_WORD}){{0,2}})")
_FIRST_ONLY = re.compile(r"\b(?:first\s+season|season\s+(?:1|one)|starred|original\s+cast)\b", re.IGNORECASE)
_PLAYED_BY = re.compile(rf"(?P<c>{_WORD}(?:[ \t]+{_WORD}){{0,2}}),?[ \t]+(?:played|portrayed)[ \t]+by[ \t]+"
                        rf"(?:(?:returning|new)[ \t]+(?:star|actor|actress)[ \t]+)?(?P<p>{_WORD}(?:[ \t]+{_WORD}){{0,3}})")
_AS_ROLE = re.compile(rf"^[ \t]+as[ \t]+(?!well[ \t])(?:(?:the|a|an|young|older|his|her)[ \t]+)?"
                      rf"(?:(?!(?:cast|actors?|actress(?:es)?|stars?|members?|newcomers?|and)[ \t])[a-z][\w-]*[ \t]+){{0,4}}"
                      rf"(?P<c>{_WORD}(?:[ \t]+{_WORD}){{0,2}})")
_PAREN_ROLE = re.compile(rf"^[ \t]*\((?:as[ \t]+)?(?P<c>{_WORD}(?:[ \t]+{_WORD}){{0,2}}(?:[ \t]+[a-z][\w'’-]*)?)\)")


def _clean_name(raw: str) -> str | None:
    """The person's name in a capitalised run, None when the run is no name (``_clean_run``),
    remembered for the article being read (the function is pure: any article's memo will do)."""
    names = remembered_names()
    name = names.get(raw, _ABSENT)
    if name is _ABSENT:
        name = names[raw] = _clean_run(raw)
    return name  # type: ignore[return-value]


_ABSENT = object()


def _clean_run(raw: str) -> str | None:
    words = raw.split()
    if words and words[0].lower().strip("’'.,") in _ROLE_WORDS:
        return None
    if any(len(w) > 1 and w.isupper() and w.isalpha() for w in words):
        return None
    if any(_CONTRACTION.search(w) for w in words) or any(w.lower().strip("’'.,") in _NON_PERSON for w in words):
        return None
    while words and words[0].lower().strip("’'.") in _NOT_NAME_WORDS and not (
            len(words) > 1 and words[0].lower() in KOREAN_SURNAMES and "-" in words[1]):
        words = words[1:]
    while words and (words[-1].lower().strip("’'.") in _NOT_NAME_WORDS or words[-1] in _PARTICLES):
        words = words[:-1]
    if not words or sum(w not in _PARTICLES for w in words) > 4:
        return None
    korean = len(words) > 1 and words[0].lower() in KOREAN_SURNAMES and "-" in words[1]
    if any(w.lower().strip("’'.") in _NOT_NAME_WORDS for w in words[1 if korean else 0:]):
        return None
    name = " ".join(words)
    if name.endswith(("'s", "’s")):
        return None
    name = name.rstrip(".")
    if len(name) < 3 or any(ch.isdigit() for ch in name):
        return None
    return name


# a list of names after "their roles as" (characters) or "shows like" (titles) that a name continues
_SLOT_LIST_BEFORE = re.compile(
    rf"\b(?:roles[ \t]+as|(?:shows?|series|dramas?|films?|movies?|titles?|hits?|franchises?)[ \t]+(?:like|such[ \t]+as|including))"
    rf"[ \t]+(?:(?:the|a)[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,3}}(?:[ \t]*,[ \t]*{_WORD}(?:[ \t]+{_WORD}){{0,3}})*"
    rf"[ \t]*,?[ \t]*(?:and|&|or)?[ \t]*$|"
    rf"\b(?:(?:shows?|series|dramas?|films?|movies?|titles?|hits?|franchises?)[ \t]+(?:like|such[ \t]+as|including))[ \t]+$")
_TITLE_BEFORE = re.compile(r"\b(?:series|show|drama|film|movie|sitcom|thriller|spinoff|spin-off|sequel|prequel|webtoon)[ \t]*[,:][ \t]*[\"“‘']?$|"
                           r"\b(?-i:film|movie|musical|play|documentary|thriller|sitcom|biopic)[ \t]+[\"“‘']?$")
_SELF = re.compile(r"(?:[ \t]+(?:in|on|to)[ \t]+(?:an?[ \t]+)?[\w-]+|[ \t]+(?-i:[A-Z][\w'’-]*)(?:[ \t]+(?-i:[A-Z][\w'’-]*))?)?"
                   r"(?:[ \t]+that)?[ \t]+(?:she|he|they)(?:['’](?:ll|s|d|re))?(?:[ \t]+(?-i:[a-z][\w'’]*)){0,3}?[ \t]+"
                   r"(?:return|back|repris|join|leav|exit|be[ \t]+part|not[ \t]+be[ \t]+part|step)",
                   re.IGNORECASE)
_KNOWN_FROM = re.compile(r"\b(?:known\s+(?:from|for)|famous\s+for|starred\s+in|breakout\s+role\s+in)\b[^.;()]*$",
                         re.IGNORECASE)
_CREDIT_AFTER = re.compile(r"[ \t]+(?:actor|actress|actors|star|stars|alum|alumna|alumnus|veteran|creator|director)\b")
_SHOWS_AFTER = re.compile(r"[ \t]+(?:are|were|is|was)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:shows|series|dramas|k-dramas|titles|films|movies|hits)\b",
                          re.IGNORECASE)
_CREW_AFTER = re.compile(
    r"[^.;()]{0,40}?\bas[ \t]+(?:an?[ \t]+|the[ \t]+|its[ \t]+|a[ \t]+new[ \t]+)?(?:(?:executive|co-?)[ \t]*)?"
    r"(?:producer|director|writer|showrunner|creator|composer|cinematographer|editor)s?\b")
_RUN_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]$")
_BY_ACTOR = re.compile(r"\b(?:played|portrayed|voiced)[ \t]+by[ \t]+$")
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:a|an)[ \t]+|[\"“‘])$")
_POSSESSIVE = re.compile(r".*['’]s?[ \t]+")
_MULTI_NAMES = re.compile(r"\b[A-Z][\w'’.-]+[ \t]+[A-Z][\w'’-]+")
_CONTRACTION = re.compile(r"['’](?:ll|re|ve|d|m|s)$", re.IGNORECASE)
# words that make a capitalised run a place, an event or an organisation, not a person
_NON_PERSON = {
    "academy", "home", "board", "council", "agreement", "light", "down", "christmas", "herald", "great", "grand", "royal",
    "times", "post", "week", "guild", "festival", "university", "pictures", "network", "channel",
    "office", "city", "town", "street", "island", "county", "station", "company", "corporation",
    "inc", "ltd", "records", "music", "games", "game", "dynasty", "kingdom", "world", "universe",
    "hospital", "prison", "police", "department", "army", "navy", "government", "ministry",
    "thanksgiving", "halloween", "summer", "winter", "spring", "autumn", "fall", "season", "finale",
    "demon", "monster", "monsters", "zombie", "zombies", "doll", "upside", "tudum", "geeked", "live",
    "event", "panel", "convention", "comic-con", "expo", "magazine", "journal", "daily", "tribune",
    "variety", "deadline", "collider", "reporter", "insider", "vulture", "ign", "screenrant", "soompi",
    "united", "states", "france", "japan", "china", "spain", "canada", "brazil", "mexico", "india", "germany",
    "italy", "britain", "england", "australia", "keep", "throne", "thrones", "power", "lotus",
    "highland", "dec", "jan", "feb", "aug", "sept", "oct", "nov", "among", "likewise",
    "desert", "mountain", "mountains", "ocean", "valley", "beach", "temple", "blood", "los", "las", "santa",
    "angeles", "vegas", "york", "london", "tokyo", "school", "college", "institute", "museum", "theatre", "theater",
    "airport",
}


# literals one of which every match of each cue pattern holds (None: not known), in the lower-cased sentence
_CUE_NEEDS = tuple(fre.needs(pattern) for _, pattern in _CUES)
_CUE_WORDS = fre.WordLists(tuple(words for words in _CUE_NEEDS if words))


def _cue_bits(view: View) -> int:
    """Bit i set when the sentence may hold a match of ``_CUES[i]`` (it holds one of its literals)."""
    if not fre.plain_case(view.s, view.lower):
        return -1  # (lower-casing moved letters or made one ASCII: the literals prove nothing)
    present = _CUE_WORDS.present(view.lower)
    bits = 0
    listed = 0
    for index, words in enumerate(_CUE_NEEDS):
        if words:
            bits |= (present >> listed & 1) << index
            listed += 1
        else:
            bits |= 1 << index
    return bits



def _cues(view: View) -> list[tuple[str, int, int]]:
    """Every cast cue of the sentence: (status, start, end) in sentence offsets (found once)."""
    cached: list[tuple[str, int, int]] | None = view.notes.get("cast_cues")
    if cached is None:
        titles = [(m.start - view.sentence.start, m.end - view.sentence.start) for m in view.mentions if m.work or m.seasons]
        words = _cue_bits(view)
        cached = [(status, m.start(), m.end()) for index, (status, pattern) in enumerate(_CUES) if words >> index & 1
                  for m in fre.finditer_folded(pattern, view.s, view.lower) if not elsewhere(view.s, m.start(), m.end(), titles)]
        view.notes["cast_cues"] = cached
    return cached


_POSSESSOR = re.compile(rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}(?:['’]s|s['’])[ \t]+$")


def _status_at(view: View, at: int) -> tuple[str, int, int] | None:
    """The cast cue nearest to sentence offset ``at``: (status, start, end)."""
    from .certainty import clause_bounds

    lo, hi = clause_bounds(view.s, at)
    best = None
    for status, start, end, owner, penalty in _cue_marks(view):
        if owner and not owner[0] <= at < owner[1]:
            continue  # "Following Kim's exit, Lee joins": the exit is Kim's
        distance = abs(start - at) + (0 if lo <= start < hi else 1000) + penalty  # a cue in the name's own clause first
        if best is None or distance < best[0]:
            best = (distance, status, start, end)
    return best[1:] if best else None


def _cue_marks(view: View) -> list[tuple[str, int, int, tuple[int, int] | None, int]]:
    """Each cue with what ``_status_at`` weighs it by whatever the name: the span of the name whose
    exit a leaving cue is, and the distance added to a cue that says little (found once a sentence)."""
    marks: list[tuple[str, int, int, tuple[int, int] | None, int]] | None = view.notes.get("cast_marks")
    if marks is None:
        marks = []
        for status, start, end in _cues(view):
            owner = _POSSESSOR.search(view.s, 0, start) if status == "leaving" else None
            penalty = 0
            if _BARE_LIST_CUE.fullmatch(view.s, start, end):
                penalty = 500  # "actors A and B" says nothing of their status: any other cue decides
            elif _WEAK_CUE.fullmatch(view.s, start, end):
                penalty = 200  # "Kim, who plays Han, will be back": the firm cue decides
            marks.append((status, start, end, owner.span() if owner else None, penalty))
        view.notes["cast_marks"] = marks
    return marks


def find_cast(view: View) -> list[Found]:
    s = view.s
    _article(view.text)  # (the memos of the sentence's article)
    if view.has("agency", "agencies", "management", "label", "rep", "spokesperson"):
        denied = agency_denials(view, lambda raw: _full_or_none(view, _clean_name(raw)))
        if denied:
            return denied
    if (" as " in s or "\t" in s) and _CAST_LINE.fullmatch(s.strip()):  # (every match holds "as" between blanks)
        return _cast_line(view)
    if not _cues(view):
        return _caption(view) or _paren_pairs(view)
    if fre.search_folded(_NOT_CAST, s, view.lower) or (_headline(s) and not _LABEL_LIST.match(s)):
        return []
    first_only = fre.search_folded(_FIRST_ONLY, s, view.lower) and not fre.search(r"return|reprise|back|join|new", s, re.IGNORECASE) and not any(
        status == "leaving" and _EXIT.fullmatch(s, start, end) for status, start, end in _cues(view)) and not any(
        season >= 2 for m in view.mentions for season in m.seasons)
    if first_only or not _later_season_cast(view):
        return []
    people = _people(view)
    if not people:
        return _they_return(view) or _the_actor(view)
    recast = recast_statuses(s)
    found = _claims_of(view, people, recast)
    return found + _exits(view, recast, {f.value.person for f in found if isinstance(f.value, CastValue)})


def _claims_of(view: View, people: list[tuple[int, int, str, str | None]], recast: dict[int, str]) -> list[Found]:
    """A cast claim for each person of the sentence, with the status of the cue nearest to them."""
    s = view.s
    found = []
    base = view.sentence.start
    odd = fre.odd_case(s)  # (a sentence without the words of _SLOT_WORDS, _DOUBT_WORDS is not searched for their patterns)
    slots = odd or view.has(*_SLOT_WORDS)
    doubts = odd or view.has(*_DOUBT_WORDS)
    for start, name_end, person, character in people:
        person = _full_name(view, person)
        if character is None and " " not in person and "-" in person:
            continue  # a lone Korean given name the article never writes in full: a character, or not matchable
        oriented = _orient(view, person, character)
        if oriented is None or work_key(person) in view.works.surfaces:
            continue
        person, character = oriented
        if slots and _NOT_A_CAST_SLOT.search(s, max(0, start - 60), start):
            continue  # "who play Morticia and Gomez Addams": characters; "showrunner Kim": crew
        cue = _status_at(view, start)
        if cue is None or (_PAST_AFTER.match(s, name_end) and (
                _WEAK_CUE.fullmatch(s, cue[1], cue[2]) or not _same_clause(s, start, cue[1]))):
            continue  # "Kim played the Hero in season 1, and Lee will return": Kim's clause is history
        status, cue_start, cue_end = cue
        status = _recast_status(recast, s, start) or status
        unconfirmed = doubts and _UNCONFIRMED.search(s, 0, start)  # "Netflix hasn't confirmed whether Kim returns"
        found.append(Found("cast", CastValue(person, character, cast(CastStatus, status)), base + cue_start,
                           base + cue_end,
                           polarity="negated" if unconfirmed else "affirmed" if status == "leaving" else None))
    return found


# literals one of which every match of _NOT_A_CAST_SLOT, of _UNCONFIRMED holds (in lower case)
_SLOT_WORDS = ("play", "portray", "creator", "showrunner", "director", "writer", "producer", "composer")
_DOUBT_WORDS = ("whether", "if")


def _exits(view: View, recast: dict[int, str], named: set[str]) -> list[Found]:
    """"Following Kim Ha-na's exit": the possessive name leaves (it is no name of the sentence's list)."""
    found = []
    for at, status in recast.items():
        run = NAME.match(view.s, at)
        person = _clean_name(re.sub(r"['’]s?$", "", run.group())) if run and status == "leaving" else None
        if run is None or person is None or " " not in person or person in named or not fre.search(r"['’]s?$", run.group()):
            continue
        person = _full_name(view, person)
        if work_key(person) in view.works.surfaces:
            continue
        start = view.sentence.start + at
        found.append(Found("cast", CastValue(person, None, "leaving"), start, start + len(run.group()), polarity="affirmed"))
    return found


# cues that describe a cast without placing it in a season ("the cast includes", "who plays",
# "appeared as"): a claim only when the sentence speaks of a later season or of the future
_WEAK_CUE = re.compile(
    r"(?:star|stars|starring|feature|features|featuring|plays|portrays|appears\s+as|cameo|additions?|(?:played|portrayed)\s+by|"
    r"introduc(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|"
    r"(?:cast|lineup|line-up|ensemble)\s+(?:of|for|includes?)|(?:main|original)\s+cast|lead\s+(?:stars|actors|cast)|"
    r"(?:actors|cast\s+members|stars)\s+includ\w*|actors|actresses|cast\s+members|(?:central|lead|leading|main|key|major|supporting)\s+role)", re.IGNORECASE)
_LATER = re.compile(
    r"\b(?:will|['’]ll|shall|set\s+to|expected|slated|likely|upcoming|coming|next|new|sequel|return\w*|back|"
    r"reprise\w*|join\w*|confirmed|announced|revealed|unveiled|(?:the|this)\s+season|previous\s+(?:actors|cast|stars)|trailer|teaser|first\s+look|sneak\s+peek|season\s+(?:[2-9]|two|three|four|five)|"
    r"(?:second|third|fourth|fifth|final|last)\s+(?:season|part|instal?lment|chapter))\b|\bS[2-9]\b|\bpart\s+(?:2|two)\b",
    re.IGNORECASE)


# "Main Cast: A, B, C": a labelled list, not a headline, though its words are capitalised
_LABEL_LIST = re.compile(r"\s*(?:[\w-]+[ \t]+)?(?:cast|starring|stars|cast[ \t]+members)[ \t]*:[ \t]*[A-Z]", re.IGNORECASE)


# leaving cues that name an exit from the show itself ("exited the series"), not "without", "absent"
_EXIT = re.compile(r"exit\w*|left\s+the|depart\w*\s+(?:from\s+)?(?:the\s+)?(?:show|series|cast|role|franchise|drama|project)|"
                   r"(?:won['’]t|will\s+not|not|never)\s+(?:be\s+)?(?:return\w*|back|repris\w*)", re.IGNORECASE)


def _later_season_cast(view: View) -> bool:
    """Whether the sentence's cast cues place people in a later season: a firm cue, or a weak
    one ("the cast includes") next to a later season, the future or an announcement."""
    s = view.s
    if any(not _WEAK_CUE.fullmatch(s[start:end]) for _, start, end in _cues(view)):
        return True
    if any(m.relative or any(season >= 2 for season in m.seasons) for m in view.mentions):
        return True
    # "actors A, B and C" alone names people, not a season: only a season named next to it places them
    return bool(fre.search_folded(_LATER, s, view.lower)) and not all(_BARE_LIST_CUE.fullmatch(s[start:end]) for _, start, end in _cues(view))


_BARE_LIST_CUE = re.compile(r"actors|actresses|cast\s+members", re.IGNORECASE)


_PAST_AFTER = re.compile(r"[ \t]+(?:played|starred|appeared|portrayed|voiced|was|had)\b")


def _recast_status(recast: dict[int, str], s: str, start: int) -> str | None:
    """The status a recasting verb gives the name at ``start`` (the name may begin after a
    word the run included, "Following Kim's exit")."""
    for at, status in recast.items():
        if at <= start < at + 40 and not fre.search(r"[,;.]", s[at:start]):
            return status
    return None


def _same_clause(s: str, at: int, other: int) -> bool:
    """No clause break ("and", "but", "while", ";") between a name and a cue after it."""
    from .certainty import clause_bounds

    lo, hi = clause_bounds(s, at)
    if not lo <= other < hi:
        return False
    return other < at or not fre.search(r"\b(?:and|but|while|whereas)\b|;", s[at:other])


# the words before a name that make it a character or a member of the crew, not a cast member
_NOT_A_CAST_SLOT = re.compile(
    r"(?:\b(?:who|that)[ \t]+(?:play|plays|played|portray|portrays|portrayed)[ \t]+[^.;:(),]{0,40}|"
    r"\b(?:creators?|co-creators?|showrunners?|directors?|writers?|producers?|composers?)(?:[ \t/]+\w+){0,2}[ \t]+)$",
    re.IGNORECASE)


def _full_name(view: View, person: str) -> str:
    """"Smith" after the article has named "Matt Smith": the full name (one candidate only).

    Korean family names come first and are not expanded ("Yoon" stays "Yoon")."""
    if " " in person or person.lower() in KOREAN_SURNAMES:
        return person
    if "-" in person:  # a Korean given name ("Ji-an") after the article wrote "Seo Ji-an"
        return _korean_full_name(view, person)
    cache = _article(view.text)[3]  # (a function of the article's text and the name)
    if person not in cache:
        firsts = {m.group(1) for m in re.finditer(r"\b([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)[ \t]+" + re.escape(person) + r"\b",
                                                  view.text)}
        firsts = {f for f in firsts if f.lower() not in _NOT_NAME_WORDS and f.lower() not in _NON_PERSON}
        cache[person] = f"{firsts.pop()} {person}" if len(firsts) == 1 else person
    return cache[person]


def _full_or_none(view: View, person: str | None) -> str | None:
    return None if person is None else _full_name(view, person)


def _korean_full_name(view: View, given: str) -> str:
    cache = _article(view.text)[3]
    if given not in cache:
        families = {m.group(1) for m in re.finditer(r"\b([A-Z][a-z]+)[ \t]+" + re.escape(given) + r"\b", view.text)
                    if m.group(1).lower() in KOREAN_SURNAMES}
        full = {f"{family} {given}" for family in families}
        if not full:  # written given name first ("Ji-An Seo")
            full = {m.group() for m in re.finditer(r"(?i:\b" + re.escape(given) + r")[ \t]+([A-Z][a-z]+)\b", view.text)
                    if m.group(1).lower() in KOREAN_SURNAMES}
        cache[given] = full.pop() if len(full) == 1 else given
    return cache[given]


_CAPTION = re.compile(rf"[\s(\w)]*?(?P<list>{_WORD}(?:[ \t]+{_WORD}){{1,2}}(?:,?[ \t]+(?:and[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,2}})+)"
                      r"[ \t]+in[ \t]+[\"“‘']?$")


def _caption(view: View) -> list[Found]:
    """"A, B and C in Title 3": a photo caption placing actors in a later season."""
    for mention in view.mentions:
        if not mention.work or not any(season >= 2 for season in mention.seasons):
            continue
        head = _CAPTION.match(view.text, view.sentence.start, mention.start)
        if head is None:
            continue
        names = [p for p in (_clean_name(m.group()) for m in NAME.finditer(head.group("list"))) if p]
        if len(names) < 2:
            return []
        at = view.sentence.start + head.start("list")
        # a still of the new season is released by the studio: its caption is official
        return [Found("cast", CastValue(name, None, "returning"), at, at + len(head.group("list")),
                      seasons=mention.seasons, certainty="official") for name in names]
    return []


_PAIR = re.compile(rf"(?P<a>{_WORD}(?:[ \t]+{_WORD}){{0,3}})[ \t]+\((?P<b>{_WORD}(?:[ \t]+{_WORD}){{0,3}})\)")
# a sentence about an earlier season or told in the past: its "Character (Actor)" pairs are history
_PAIR_HISTORY = re.compile(
    r"\b(?:was|were|had|did|used\s+to|(?:first|last|previous|earlier|past)\s+(?:season|series|instal?lment)|"
    r"season\s+(?:1|one)|in\s+the\s+first)\b", re.IGNORECASE)

_PAIR_FUTURE = re.compile(r"\b(?:will|['’]ll|shall|set\s+to|going\s+to|expected\s+to|once\s+again|upcoming|"
                          r"(?:new|next|coming)\s+season)\b", re.IGNORECASE)


def _paren_pairs(view: View) -> list[Found]:
    """"Character (Actor)" or "Actor (Character)" in a sentence about the coming season: the
    actor is in it ("Once again, Hana (Mara Quill) will have to run")."""
    s = view.s
    if "(" not in s or _PAIR_HISTORY.search(s) or not _PAIR_FUTURE.search(s) or _headline(s):
        return []
    found = []
    for match in _PAIR.finditer(s):
        person, character = _clean_name(match.group("a")), _clean_name(match.group("b"))
        if person is None or character is None or _not_a_name_here(s, match, _gates(s, view.lower), speaking=True):
            continue
        if _character_first(match.group("a"), person, character):
            person, character = character, person
        oriented = _orient(view, _full_name(view, person), character)
        if oriented is None or work_key(oriented[0]) in view.works.surfaces or work_key(oriented[1] or "") in view.works.surfaces:
            continue
        at = view.sentence.start + match.start()
        found.append(Found("cast", CastValue(oriented[0], oriented[1], "returning"), at, view.sentence.start + match.end()))
    return found


def _people(view: View) -> list[tuple[int, int, str, str | None]]:
    """(start, end, person, character) of every person the sentence names (sentence offsets)."""
    s = view.s
    titles = [(m.start - view.sentence.start, m.end - view.sentence.start) for m in view.mentions if m.work]
    people: list[tuple[int, int, str, str | None]] = []
    taken: list[tuple[int, int]] = []
    for match in _PLAYED_BY.finditer(s) if "played" in s or "portrayed" in s else ():  # (one is in every match)
        person = _clean_name(match.group("p"))
        if person:
            people.append((match.start("p"), match.end("p"), person, _clean_name(match.group("c"))))
            taken.append((match.start(), match.end()))
    gates = _gates(s, view.lower)
    for run in _name_runs(s):
        if any(a < run.end() and run.start() < b for a, b in taken + titles):
            continue
        raw, match = run.group(), run
        possessive = _POSSESSIVE.search(raw)
        if possessive:  # "The Walking Dead's Jeffrey Dean Morgan": the name follows the possessive
            raw = raw[possessive.end():]
            if " " not in raw.strip():
                continue
            match = NAME.match(s, match.start() + possessive.end()) or match
        # (the tests are pure: the cheap name test first, the context of the whole run after it)
        person = _clean_name(raw)
        if person is None or _not_a_name_here(s, run, gates) or _common_words(person, view.text):
            continue
        character = None
        rest = s[match.end():match.end() + 60]
        role = _AS_ROLE.match(rest) or _PAREN_ROLE.match(rest)
        later = None if role else _ROLE_LATER.match(s, match.end())
        if role:
            character = _clean_name(role.group("c"))
            if character and role.re is _PAREN_ROLE and _character_first(raw, person, character):
                person, character = character, person
            taken.append((match.end(), match.end() + role.end()))
        elif later:
            character = _clean_name(later.group("c"))
            taken.append((later.start("c"), later.end("c")))
        if character is None and fre.match(r"The[ \t]", raw):
            continue  # "The Professor returns": a role or a title, not a person's name
        if (len(person.split()) == 1 and not (character or _single_name_ok(s, match))) or (character is None and titled(person)):
            continue
        people.append((match.start(), match.end(), person, character))
    return people


_LONG_RUN = re.compile(rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_WORD}){{0,7}}")


def _name_runs(s: str) -> list[re.Match[str]]:
    """Capitalised runs of up to four words; a longer run with a possessive in it ("The Walking
    Dead's Jeffrey Dean Morgan") is kept whole, so the name after the possessive stays whole."""
    runs: list[re.Match[str]] = []
    for run in _LONG_RUN.finditer(s):
        text = run.group()
        if text.count(" ") <= 3 and "\t" not in text:
            runs.append(run)  # (four words at most: NAME finds the run itself, the same path of the same pattern)
            continue
        long = _LONG_RUN.fullmatch(s, run.start(), run.end())
        if text.count(" ") > 3 and long is not None and _POSSESSIVE.search(text):
            runs.append(long)
        else:
            runs.extend(NAME.finditer(s, run.start(), run.end()))
    return runs


def _not_a_name_here(s: str, match: re.Match[str], gates: int, speaking: bool = False) -> bool:
    """A capitalised run that the words around it show not to be a cast member's name (nor,
    unless ``speaking``, the speaker of the sentence); ``gates`` tells which of the patterns
    below the sentence holds the words for (``_gates``)."""
    before = s[max(0, match.start() - 45):match.start()]
    if _role_before(before) and not _BY_ACTOR.search(before):
        return True  # "director Kim ...", "as Han ..." (a character), but "played by Kim ..." is the actor
    speaker = _SPEAKER_AFTER.match(s, match.end())
    if speaker and not speaking and _SELF.match(s, speaker.end()):
        speaking = True  # "Kim confirmed she will be back": the speaker speaks of herself
    if (not speaking and speaker) or PLATFORMS.fullmatch(match.group()) or s[match.end():match.end() + 1] == ":":
        return True
    if gates & 1 and _SLOT_LIST_BEFORE.search(s, max(0, match.start() - 120), match.start()) and not _AS_ROLE.match(s, match.end()):
        return True  # "reprise their roles as A and B", "shows like A and B": characters or titles
    if gates & 2 and _KNOWN_FROM.search(s, max(0, match.start() - 90), match.start()):
        return True  # "(Kim, known from the film Dawn starring Lee)": another work's credits
    if gates & 4 and _TITLE_BEFORE.search(s, max(0, match.start() - 30), match.start()) or \
            gates & 8 and _CREW_AFTER.match(s, match.end()) or _CREDIT_AFTER.match(s, match.end()) or \
            gates & 16 and _SHOWS_AFTER.match(s, _list_end(s, match.end())):
        return True  # "the series, Blue Fields, ...", "Kim is on board as an executive producer"
    # "a Coast Guard officer", a quoted title, the tail of a longer capitalised run
    return bool(_ARTICLE_BEFORE.search(s, max(0, match.start() - 5), match.start()) or _RUN_BEFORE.search(s, 0, match.start()))


# a word one of which every match of _ROLE_BEFORE opens with, after a word boundary (in lower case)
_ROLE_KEYWORD = re.compile(r"\b" + fre.words(
    "as", "aka", "play", "portray", "role", "character", "director", "creator", "showrunner", "writer", "producer",
    "filmmaker", "author", "ceo", "head", "executive", "chief", "president", "vp", "screenwriter", "composer", "editor",
    "critic", "host", "reporter", "journalist", "told", "according", "by").pattern)


def _role_before(before: str) -> bool:
    """``_ROLE_BEFORE.search(before)``, not tried where the (ASCII) text holds none of its opening words."""
    if not fre.odd_case(before) and _ROLE_KEYWORD.search(before.lower()) is None:
        return False  # (lower-casing keeps word boundaries; ignoring case finds a letter only where lower case does)
    return _ROLE_BEFORE.search(before) is not None


# words one of which every match of a pattern holds (bit 1 _SLOT_LIST_BEFORE, 2 _KNOWN_FROM, 4 _TITLE_BEFORE,
# 8 _CREW_AFTER, 16 _SHOWS_AFTER), looked for in the lower-cased sentence (a word of a case-sensitive
# pattern is there too)
_GATE_WORDS = fre.WordLists((
    ("roles", "like", "such", "including"),
    ("known", "famous", "starred", "breakout"),
    ("series", "show", "drama", "film", "movie", "sitcom", "thriller", "spin", "sequel", "prequel", "webtoon",
     "musical", "play", "documentary", "biopic"),
    ("producer", "director", "writer", "showrunner", "creator", "composer", "cinematographer", "editor"),
    ("shows", "series", "dramas", "titles", "films", "movies", "hits"),
))


def _gates(s: str, lower: str) -> int:
    """Bits of ``_GATE_WORDS`` whose words the sentence holds (all of them when the sentence holds a
    letter that lower-casing does not make the ASCII letter a pattern that ignores case reads it as)."""
    return -1 if fre.odd_case(s) else _GATE_WORDS.present(lower)


def _single_name_ok(s: str, match: re.Match[str]) -> bool:
    """A one-word name ("Lomon") counts when a cue follows it or its list, or it sits in a list of names."""
    if _cue_follows(s, match.end()):
        return True
    if match.start() == 0:
        return False
    return _cue_follows(s, _list_end(s, match.end())) or (
        _in_list(s, match.start(), match.end()) and len(_MULTI_NAMES.findall(s)) >= 2)


def _korean_shape(name: str) -> bool:
    words = name.split()
    return len(words) in (2, 3) and words[0].lower() in KOREAN_SURNAMES


def _character_first(raw: str, person: str, character: str) -> bool:
    """"The Salesman (Gong Yoo)", "Cheong-san (Yoon Chan-young)": the parenthesis holds the actor."""
    if fre.match(r"(?i)the\s", raw) or titled(person):
        return True
    if titled(character):
        return False
    # a lone hyphenated given name ("Cheong-san") is how an article names a character
    if " " not in person and "-" in person and " " in character:
        return True
    if " " not in person and " " in character and not _korean_shape(character):
        return True  # "Dana (Mara Quill)": a one-word name beside a full name is the character
    return _korean_shape(character) and not _korean_shape(person) and "-" in person




_UNCONFIRMED = re.compile(
    r"\b(?:ha(?:s|ve)n['’]t|ha(?:s|ve)\s+not|ha(?:s|ve)\s+yet\s+to|did\s+not|didn['’]t)\s+(?:yet\s+)?(?:officially\s+)?"
    r"(?:announced?|confirmed?|revealed?|said|decided)\s+(?:whether|if)\b", re.IGNORECASE)


_THEY_RETURN = re.compile(
    r"\b(?:they|they['’]ll|all\s+of\s+them|the\s+(?:whole|entire|main|original)\s+cast)\b(?:\s+\w+){0,3}?\s+"
    r"(?:(?:will|would|are|to)\s+)?(?:all\s+)?(?:be\s+back|return\w*|reprise\w*|come\s+back|coming\s+back)\b",
    re.IGNORECASE)


_CAST_NOUN = re.compile(r"\b(?:stars|starring|starred|cast|actors|ensemble)\b", re.IGNORECASE)


def _they_return(view: View) -> list[Found]:
    """"They'll all be back for season 2" after a sentence that lists the cast: each listed name returns."""
    cue = _THEY_RETURN.search(view.s)
    if cue is None:
        return []
    names: list[str] = []
    for previous in reversed(view.notes.get("previous", ())):  # the nearest earlier sentence that lists the cast
        if not _CAST_NOUN.search(previous):
            continue
        names = []
        for match in NAME.finditer(previous):
            person = _clean_name(match.group())
            if person and _in_list(previous, match.start(), match.end()):
                names.append(person)
        break
    if len(names) < 3 or sum(" " in name for name in names) < 2:
        return []
    at = view.sentence.start + cue.start()
    return [Found("cast", CastValue(name, None, "returning"), at, view.sentence.start + cue.end()) for name in names]


_THE_ACTOR = re.compile(r"\b(?:the|this)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:actor|actress|star)\b(?![ \t]+(?-i:[A-Z]))", re.IGNORECASE)
_AS_LATER = re.compile(rf"[^,;.()]{{0,40}}?\bas[ \t]+(?:the[ \t]+)?(?P<c>{_WORD}(?:[ \t]+{_WORD}){{0,2}})")


def _the_actor(view: View) -> list[Found]:
    """"The young actor is set to return as Han": the actor the sentences just before named."""
    subject = _THE_ACTOR.search(view.s)
    if subject is None:
        return []
    cue = _status_at(view, subject.end())
    if cue is None or cue[1] < subject.end() or cue[1] - subject.end() > 40:
        return []  # the cue must follow the actor closely: "the actor will return"
    person = named_before(view, lambda raw: _full_or_none(view, _clean_name(raw)))
    if person is None:
        return []
    role = _AS_LATER.match(view.s, cue[2])
    status, start, end = cue
    return [Found("cast", CastValue(person, _clean_name(role.group("c")) if role else None, cast(CastStatus, status)),
                  view.sentence.start + start, view.sentence.start + end,
                  polarity="affirmed" if status == "leaving" else None)]


def _in_list(s: str, start: int, end: int) -> bool:
    """The name sits in a comma / "and" list of names."""
    before = s[max(0, start - 6):start]
    after = s[end:end + 6]
    return bool(fre.search(r"(?:,|\band)\s*$", before) or fre.match(r"\s*(?:,|and\b|&)", after))


_LIST_REST = re.compile(r"(?:[ \t]*(?:,|\band\b|&)[ \t]*(?:and[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})+")


def _list_end(s: str, end: int) -> int:
    """Where the list of names that continues at ``end`` stops ("Lomon, Cho, and Park Ji-hoo| are back")."""
    rest = _LIST_REST.match(s, end)
    return rest.end() if rest else end


def _cue_follows(s: str, end: int) -> bool:
    return bool(fre.match(r"\s+(?:is|are|will|has|have|also|was)?\s*(?:\w+\s+){0,3}?(?:return|reprise|join|back)", s[end:end + 40],
                         re.IGNORECASE))


def _headline(s: str) -> bool:
    """A title-case line (a headline or a section heading), not prose."""
    if s.rstrip().endswith((".", "!", "?", "”", '"')):
        return False  # (a sentence's end: prose, whatever its words; the cheap test first)
    words = fre.findall(r"[A-Za-z][\w'’-]*", s)
    if len(words) < 4:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals / len(words) > 0.75


def _orient(view: View, person: str, character: str | None) -> tuple[str, str | None] | None:
    """Swap "Character (Person)" into person/character using what the article shows elsewhere."""
    people, characters = view.notes.get("roles", (frozenset(), frozenset()))
    if character is not None and (fold(person) in characters or fold(character) in people):
        return character, person
    if character is None and fold(person) in characters:
        return None
    return person, character


_CAST_LINE = re.compile(rf"[-–•*]?\s*(?P<p>{_WORD}(?:[ \t]+{_WORD}){{0,3}})[ \t]+as[ \t]+(?P<c>{_WORD}(?:[ \t]+{_WORD}){{0,3}})[.;,]?")


def _cast_line(view: View) -> list[Found]:
    """A line of a cast list, "Person as Character", under the article's season."""
    match = _CAST_LINE.fullmatch(view.s.strip())
    person = _clean_name(match.group("p")) if match else None
    if match is None or person is None:
        return []
    start = view.sentence.start + view.s.index(match.group("p"))
    return [Found("cast", CastValue(person, _clean_name(match.group("c")), "returning"), start,
                  start + len(match.group("p")), certainty=_list_certainty(view.notes.get("intro", "")))]


_LIST_GUESS = re.compile(r"\b(?:expected|anticipated?|likely|predict\w*|possible|could|might|may|rumou?r\w*|"
                         r"speculat\w*|hope\w*|wish\w*|think)\b", re.IGNORECASE)
_LIST_FIRM = re.compile(r"\b(?:confirmed|announced|official\w*|revealed|unveiled)\b", re.IGNORECASE)


def _list_certainty(intro: str) -> str | None:
    """A cast-list line says what its introducing sentence says ("the expected cast is as follows:")."""
    if _LIST_GUESS.search(intro):
        return "speculative"
    if _LIST_FIRM.search(intro):
        return "official"
    return None
