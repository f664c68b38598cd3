"""Certainty, polarity (negation with its scope) and source attribution of one claim.

All three look at the clause that holds the claim's trigger: a sentence is cut at ";", ":",
dashes and contrastive connectives ("but", "although", "while"), so that "it was renewed, but
no date has been announced" negates only the date part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from . import fastre as fre

_CLAUSE_CUT = re.compile(
    r"\s*(?:;|:\s|\s[–—]\s|,?\s+but\s|,\s*(?:although|though|while|whereas|however|yet|which|who)\s|"
    r"\.\s|\?\s|!\s|\(|\)|,\s*and\s+(?=(?:the|it|we|they|he|she|netflix|fans)\b))",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|never|no|none|nothing|neither|nor|without|unlikely|yet\s+to|has\s+yet|have\s+yet|"
    r"is\s+yet|are\s+yet|no\s+longer|far\s+from|denied|denies|deny|false|"
    r"\w+n['’]t|cannot|unknown|unclear|unconfirmed|undisclosed|unannounced|tbd|tba)\b",
    re.IGNORECASE,
)
# a negation right after a noun trigger: "the release date has not been announced"
_NEGATION_AFTER = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:(?:has|have|is|are|was|were|remains?)\s+)?(?:still\s+)?"
    r"(?:not|\w+n['’]t|yet\s+to|unknown|unclear|unconfirmed|undisclosed|unannounced|tba|tbd|a\s+mystery)\b",
    re.IGNORECASE)
# negation words that do not negate the claim next to them
_NOT_NEGATION = re.compile(
    r"\b(?:not\s+only|not\s+just|no\s+doubt|not\s+long\s+(?:after|before)|not\s+least|"
    r"(?:can['’]t|cannot|can\s+not|couldn['’]t|could\s+not)\s+(?:wait|come\s+soon|get\s+enough|be\s+happier)|"
    r"whether\s+or\s+not|if\s+not|no\s+(?:surprise|wonder|stranger)|"
    r"not\s+(?:surprisingly|to\s+mention)|there['’]s\s+no\s+(?:telling|denying)|"
    r"don['’]t\s+(?:miss|forget|worry)|(?:wo|do)n['’]t\s+(?:be\s+)?(?:disappointed|have\s+to\s+wait\s+(?:long|much))|"
    r"nothing\s+(?:short|but)|(?:can['’]t|cannot|couldn['’]t)\s+(?:guarantee|confirm|say\s+for\s+(?:sure|certain)|be\s+sure)|"
    r"not\s+(?:sure|certain)|no\s+(?:guarantee|telling)|no-brainer|\w+n['’]t\s+(?:a\s+|any\s+)?(?:surprise|shock|secret)|"
    r"no\s+(?:secret|shock)|no\s+longer\s+matters?|(?:does|did)n['’]t\s+matter|(?:does|did)\s+not\s+matter)\b",
    re.IGNORECASE,
)
_SPECULATIVE = re.compile(
    r"\b(?:could|might|(?-i:may)|perhaps|possibly|maybe|potentially|if|rumou?r(?:ed|s)?|(?:it|this)\s+seems|seemingly|"
    r"it\s+appears|"
    r"speculat\w*|hope(?:fully|s)?|hoping|guess|predict\w*|theor(?:y|ies|ize)|assume|assuming|"
    r"presumably|chance|wishlist|wish|fingers\s+crossed|we\s+think|i\s+think|would\s+(?:likely\s+)?be|"
    r"can\s+expect|can\s+only|imagine|suspect|(?:can['’]t|cannot|couldn['’]t)\s+(?:guarantee|confirm|say)|"
    r"not\s+(?:sure|certain)|no\s+guarantee|unclear)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\b(?:report(?:s|ed|edly|ing)?|according\s+to|insiders?|sources?|allegedly|leak(?:ed|s)?|"
    r"claim(?:s|ed)|per\s+(?=[A-Z])|as\s+per|via|citing|cited|scoop|exclusive(?!ly|\s+(?:on|to)\b)|"
    r"(?:told|tells)\s+(?:us|the\s+outlet|the\s+publication))\b",
    re.IGNORECASE,
)
_OFFICIAL = re.compile(
    r"\b(?:announc\w*|confirm(?:s|ed|ing|ation)?|revealed|reveals|unveil\w*|statement|press\s+release|"
    r"told|tells|said|says|shared|explained|stated|tweeted|posted|wrote|noted|added|interview|promised|"
    r"declared|teaser|trailer)\b",
    re.IGNORECASE,
)
# firm projections: expected whatever the claim
_EXPECTED = re.compile(
    r"\b(?:set\s+to|should|likely|expected|expect|expects|expecting|slated|going\s+to|gearing\s+up|"
    r"poised|on\s+track|anticipated\s+to|tipped|bound\s+to|"
    r"is\s+to|are\s+to|sure\s+to|certain\s+to|confident)\b",
    re.IGNORECASE,
)
# a projection told in the past tense
_PAST_PROJECTION = re.compile(r"\b(?:was|were|had\s+been)\s+(?:initially\s+|originally\s+|previously\s+|once\s+|also\s+)?"
                              r"(?:expected|going|set|scheduled|slated|planned|supposed|due|anticipated|tipped)\b", re.IGNORECASE)
# plain future: a projection for a time-bound claim (release, production), a report otherwise
_FUTURE = re.compile(r"\b(?:will|won['’]t|'ll|’ll|would)\b", re.IGNORECASE)
# the present progressive (or simple present) of arrival, with a future sense
_COMING = re.compile(r"\b(?:is|are|['’]s)\s+(?:(?:now|also|finally)\s+)?(?:coming|dropping|returning|arriving|heading|landing|"
                     r"premiering|debuting|hitting|streaming\s+(?:from|on\s+\w+\s+(?:from|starting)))\b|"
                     r"\b(?:starts|begins)\s+streaming\b", re.IGNORECASE)
_PLATFORM_ACTS = re.compile(
    r"\b(?:netflix|hbo|max|amazon|prime\s+video|disney\+?|hulu|apple\s+tv\+?|peacock|paramount\+?|tvn|jtbc|"
    r"the\s+streamer|the\s+network|the\s+streaming\s+(?:giant|service|platform))\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:officially\s+|finally\s+|also\s+|just\s+|now\s+|recently\s+)?"
    r"(?:renew(?:ed|ing)|announc(?:ed|ing)|confirm(?:ed|ing)|reveal(?:ed|ing)|ordered|greenlit|greenlighted|unveil(?:ed|ing)|"
    r"shared|dropped|released|set|dated|promis(?:ed|ing)|picked\s+up|teased|cancell?ed|canceled|rounded\s+out|tapped|enlisted|"
    r"(?:is\s+|are\s+)?(?:currently\s+)?plann(?:ing|ed)\s+to|plans\s+to)\b", re.IGNORECASE)
_SAID_THAT = re.compile(
    r"\b(?:said|says|confirmed|announced|revealed|stated|indicated|assured|reassured|promised|told\s+\w+(?:\s+\w+)?)\s+"
    r"(?:(?:in\s+\w+|fans|viewers|the\s+fans)\s+)?that\b", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording\s+to\b|\b(?:reports?|reported)\s+(?:that|by|from|in)\b|\bas\s+per\b", re.IGNORECASE)
# a named person on record: "Kim told Variety", "the director said" (a statement, not a report)
_NAMED_SPEAKER = re.compile(r"\b[A-Z][\w'’-]+(?:,\s+(?:the\s+)?[\w\s'’-]{2,40},)?\s+(?:has\s+|had\s+)?(?:also\s+|previously\s+|recently\s+)?"
                            r"(?:told|said|explained|stated|admitted|mentioned|indicated|assured|reassured|promised)\b"
                            r"|,\s+(?:said|says|explained|added|noted)\s+(?:the\s+\w+\s+)?[A-Z][\w'’-]+\s+[A-Z]")
_FORMALLY = re.compile(r"\b(?:is|are|was|were|it['’]s)\s+(?:now\s+|finally\s+)?official\b(?!\s+(?:release|premiere|date|word))|"
                       r"(?<!not\s)(?<!yet\s)(?<!n['’]t\s)\b(?:officially|formally)\s+(?:been\s+|set\s+to\s+)?"
                       r"(?:renewed|confirmed|announced|cancell?ed|canceled|greenlit|ordered|picked\s+up|unveiled|dated|"
                       r"begins?|began|started|starts|wrapped|wraps|kick\w*|commenc\w*|premieres?|premiered)\b", re.IGNORECASE)
_SPEECH_THAT = re.compile(r"\b(?:said|told\s+[\w ]{1,30}?|mentioned|revealed|confirmed|announced|stated|explained|"
                          r"added|shared|noted|teased)\b", re.IGNORECASE)
_OUTLET_FIRST = re.compile(r"^\W*(?:as\s+per|according\s+to|per)\s+[A-Z\w]|^\W*(?:[\w’'-]+\s+){0,3}(?:reports?|reported)\s+that\b",
                           re.IGNORECASE)
_OFFICIAL_CHANNEL = re.compile(
    r"\baccording\s+to\s+(?:an?|the)\s+(?:official\s+)?(?:announcement|statement|press\s+release)|"
    r"\baccording\s+to\s+(?:netflix|hbo|max|amazon|prime\s+video|disney|hulu|apple|peacock|paramount|tvn|jtbc)\b|"
    r"\bvia\s+(?:instagram|twitter|x|youtube|tiktok|facebook|threads)\b|"
    r"\baccording\s+to\s+(?:the\s+|an?\s+)?(?:official\s+)?(?:instagram|twitter|youtube|tiktok|facebook|weibo)\s+"
    r"(?:account|post|page|story|video)\b", re.IGNORECASE)
# a sentence that is itself quoted speech: it opens a quotation that runs on for more than a title
# would ("“Title 2” is coming" is not speech), or closes one it did not open inside ("Only on the streamer.”")
_OPENS_QUOTE = re.compile(r"^\W{0,3}[\"“][^\"“”]{40}")
_CLOSES_QUOTE = re.compile(r"[\"”]\W{0,2}$")


def _quoted_speech(sentence: str) -> bool:
    if _OPENS_QUOTE.search(sentence):
        return True
    end = _CLOSES_QUOTE.search(sentence)
    return end is not None and not any(mark in sentence[:end.start()] for mark in "\"“")
_QUOTE_MARK = re.compile(r"[\"“”]")
_SPEECH_VERB = (r"(?:told|tells|said|says|revealed|reveals|confirmed|confirms|announced|announces|"
                r"shared|shares|explained|explains|stated|states|teased|teases|tweeted|wrote|writes|"
                r"noted|added|adds|hinted|hints|admitted|admits|spoke|speaking|posted)")
_SPEECH = re.compile(_SPEECH_VERB)
_NAME = r"(?:[A-Z][\w'’.-]+(?:\s+(?:de\s+|van\s+|the\s+)?[A-Z][\w'’.-]+){0,3})"
_SOURCE_PATTERNS = (
    re.compile(rf"(?P<s>{_NAME})\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|officially\s+|recently\s+|previously\s+|already\s+)?(?:told|said|says|revealed|confirmed|announced|shared|explained|stated)\b"),
    re.compile(rf"\b(?i:according)\s+to\s+(?:a\s+(?:new\s+)?report\s+(?:from|by|in)\s+|an?\s+|the\s+)?(?P<s>{_NAME}|insiders?|sources?|reports?)"),
    re.compile(rf"\b(?i:as\s+per|per|via|reported\s+by|confirmed\s+to|told|tells|in\s+an\s+interview\s+with|speaking\s+(?:to|with))\s+(?:the\s+)?(?P<s>{_NAME})"),
    re.compile(rf"(?P<s>{_NAME})\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|officially\s+|recently\s+|previously\s+|already\s+)?{_SPEECH_VERB}\b"),
    re.compile(rf"(?P<s>{_NAME}),\s+(?:the\s+|a\s+)?(?i:ceo|director|creator|showrunner|producer|writer|head|star|actor|actress|"
               rf"president|executive|chief)\b[^,]{{0,40}},\s+(?:also\s+|previously\s+|recently\s+)?(?:{_SPEECH_VERB}|mentioned)\b"),
    re.compile(rf"\b(?:said|says|explained|added|revealed|wrote|noted)\s+(?:the\s+\w+\s+)?(?P<s>{_NAME})"),
    re.compile(r"\b(?P<s>(?:an?\s+)?(?:insider|source)s?)\s+(?:close\s+to\s+the\s+\w+\s+)?(?:has\s+)?(?:revealed|said|told|claimed|shared)", re.IGNORECASE),
)
_SPEECH_WORDS = ("told", "tell", "said", "say", "reveal", "confirm", "announce", "share", "explain", "state", "tease",
                 "tweet", "wrote", "write", "note", "add", "hint", "admit", "spoke", "speaking", "posted")
# every match of a source pattern holds one of its list's words (lower case; the list of the pattern at the same place)
_SOURCE_WORDS = fre.WordLists((
    ("told", "said", "says", "revealed", "confirmed", "announced", "shared", "explained", "stated"),
    ("according",),
    ("per", "via", "reported", "confirmed", "told", "tells", "interview", "speaking"),
    _SPEECH_WORDS,
    (*_SPEECH_WORDS, "mentioned"),
    ("said", "says", "explained", "added", "revealed", "wrote", "noted"),
    ("insider", "source"),
))
_NOT_SOURCE = {
    "it", "this", "that", "he", "she", "they", "we", "i", "you", "the", "season", "fans", "there",
    "report", "reports", "source", "sources", "insider", "insiders", "viewers", "who", "which",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "recently", "previously", "also", "however",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
}
_OFFICIAL_SOURCE = re.compile(
    r"^(?:netflix|hbo|max|amazon|prime\s+video|disney|hulu|apple|peacock|paramount|tvn|jtbc|sbs|kbs|"
    r"mbc|the\s+streamer|the\s+network|the\s+studio|studio\s+\w+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Attribution:
    certainty: str
    polarity: str
    source: str | None


# the cut pattern's lower-case twin, opened by the characters every cut begins with (a blank or a
# mark): the engine passes over every other place at once instead of trying the leading blanks there
_CUT_TWIN = fre.lowered(_CLAUSE_CUT)
_CUT_FAST = None if _CUT_TWIN is None else re.compile(r"(?=[\s;:,.?!()])" + _CUT_TWIN.pattern, _CUT_TWIN.flags)


@lru_cache(maxsize=256)
def _cuts(sentence: str) -> tuple[tuple[int, int], ...]:
    lower = sentence.lower()
    if _CUT_FAST is not None and fre.plain_case(sentence, lower):  # (the twin's spans are the pattern's)
        return tuple(match.span() for match in _CUT_FAST.finditer(lower))
    return tuple((match.start(), match.end()) for match in fre.finditer_folded(_CLAUSE_CUT, sentence, lower))


def clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    """Start and end (sentence offsets) of the clause that holds ``position``."""
    start, end = 0, len(sentence)
    for cut_start, cut_end in _cuts(sentence):
        if cut_end <= position:
            start = cut_end
        elif cut_start >= position:
            end = cut_start
            break
    return start, end


_DOUBTED = re.compile(r"\bno\s+reason\s+to\s+(?:think|believe|expect|assume)\b|"
                      r"\b(?:do|does|did)(?:\s+not|n['’]t)\s+(?:think|believe|expect)\b", re.IGNORECASE)
_NEITHER_NOR = re.compile(r"\bneither\b[^.;:!?]{1,80}\bnor\b", re.IGNORECASE)


def is_negated(sentence: str, trigger_start: int, trigger_end: int, *, window: int = 45,
               inside: bool = False) -> bool:
    """A negation cue inside the trigger's clause, before the trigger (within ``window``)
    or right after it ("the release date has not been announced")."""
    start, end = clause_bounds(sentence, trigger_start)
    stop = trigger_end if inside else trigger_start
    text, not_negation, negation, negation_after, excused, doubted = _negation_patterns(sentence)
    before = text[max(start, trigger_start - window - 60):stop]
    if excused:
        before = not_negation.sub(" ", before)
    if doubted and (_NEITHER_NOR.search(before) or _DOUBTED.search(before)):  # "neither ... nor ...", "no reason to think that"
        return True
    before = before[-window:]
    if negation.search(before):
        return True
    after = text[trigger_end:min(end, trigger_end + 60)]
    if excused:
        after = not_negation.sub(" ", after)
    return bool(negation_after.match(after))


_NEGATION_TWINS = tuple(fre.lowered(pattern) for pattern in (_NOT_NEGATION, _NEGATION, _NEGATION_AFTER))


def _needs_of_any(*patterns: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literals one of which every match of any of the patterns holds (None: unknown for one of them)."""
    found = [fre.needs(pattern) for pattern in patterns]
    return tuple(word for words in found for word in words or ()) if all(found) else None


# literals one of which every match holds: of _NOT_NEGATION, and of _NEITHER_NOR or _DOUBTED
# (read from the shared scan of the sentence; without them every part is searched)
_EXCUSE_WORDS = _needs_of_any(_NOT_NEGATION)
_DOUBT_WORDS = _needs_of_any(_NEITHER_NOR, _DOUBTED)
_NEGATION_WORDS = fre.WordLists((_EXCUSE_WORDS, _DOUBT_WORDS)) if _EXCUSE_WORDS and _DOUBT_WORDS else None


@lru_cache(maxsize=256)
def _negation_patterns(sentence: str) -> tuple[str, re.Pattern[str], re.Pattern[str], re.Pattern[str], bool, bool]:
    """The text the negation patterns read, and the patterns: the lower-cased sentence and their
    case-sensitive twins where that finds the same (``fastre.lowered``); only yes/no answers and
    offsets are taken from them. Then whether _NOT_NEGATION, and whether _NEITHER_NOR or _DOUBTED,
    may match in a part of the sentence: False when the lower-cased sentence holds none of the
    literals one of which every match holds (a part of it holds no more), so the search is skipped."""
    lower = sentence.lower()
    not_negation, negation, negation_after = _NEGATION_TWINS
    if not_negation and negation and negation_after and fre.plain_case(sentence, lower):
        words = -1 if _NEGATION_WORDS is None else _NEGATION_WORDS.present(lower)
        return lower, not_negation, negation, negation_after, bool(words & 1), bool(words & 2)
    return sentence, _NOT_NEGATION, _NEGATION, _NEGATION_AFTER, True, True  # (odd letters: search every time)


@lru_cache(maxsize=256)
def find_source(sentence: str) -> str | None:
    """Who the sentence attributes its statement to, as written ("Netflix", "an insider")."""
    words = -1 if fre.odd_case(sentence) else _SOURCE_WORDS.present(sentence.lower())  # (the shared scan; odd letters: all)
    if not words:
        return None
    for index, pattern in enumerate(_SOURCE_PATTERNS):
        if not words >> index & 1:
            continue  # (the sentence holds none of the words every match of the pattern holds)
        for match in fre.finditer_fast(pattern, sentence):  # (by a locator where the pattern has one)
            source = match.group("s").strip(" .,’'")
            if source.lower() in _NOT_SOURCE or source.split()[0].lower() in {"the", "season", "it"}:
                continue
            if source.lower() in {"reports", "report", "sources", "source", "insiders"}:
                return None
            return source
    return None


# "has been confirmed" (no one named), "this confirms that": the outlet's own account, not a statement
_NOT_A_STATEMENT = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:already\s+)?been\s+|(?:is|are|was|were)\s+(?:already\s+|all\s+|now\s+)?)confirmed\b(?!\s+by)|"
    r"\b(?:this|that|which)\s+confirms\b", re.IGNORECASE)


class _SentenceCues(NamedTuple):  # (a tuple: made once per sentence, cheaper than a frozen dataclass)
    platform_acts: bool
    said_that: bool
    according: bool
    quoted: bool
    named_speaker: bool
    official: bool
    official_channel: bool  # "according to an announcement", "(via Instagram @studio)"
    outlet_first: bool  # "As per Variety, ...", "Variety reports that ..."
    quoted_speech: bool  # the sentence is itself quoted speech
    states_that: bool  # "the team confirmed that ...", not "has not confirmed that"
    clause_words: int  # bits of _CLAUSE_WORDS the sentence holds (all set: every clause pattern may match)


# literals one of which every match of a pattern holds (lower case): a cheap test before the pattern,
# all six found in one scan of the sentence (bits 1 said-that, 2 according, 4 platform acts,
# 8 named speaker, 16 official words, 32 official channel)
_CUE_WORDS = fre.WordLists((
    ("said", "says", "confirmed", "announced", "revealed", "stated", "indicated", "assured", "promised", "told"),
    ("according", "report", "per"),
    ("netflix", "hbo", "max", "amazon", "prime", "disney", "hulu", "apple", "peacock", "paramount", "tvn", "jtbc",
     "stream", "network"),
    ("told", "said", "explained", "stated", "admitted", "mentioned", "indicated", "assured", "promised", "says", "added",
     "noted"),
    ("announc", "confirm", "reveal", "unveil", "statement", "press", "told", "tells", "said", "says", "shared",
     "explained", "stated", "tweeted", "posted", "wrote", "noted", "added", "interview", "promised", "declared",
     "teaser", "trailer"),
    ("according", "via"),
))


@lru_cache(maxsize=256)
def _sentence_cues(sentence: str) -> _SentenceCues:
    """What the whole sentence says about its source, found once per sentence."""
    lower = sentence.lower()
    words = -1 if fre.odd_case(sentence) else _CUE_WORDS.present(lower)  # (odd letters: try every pattern)
    said = fre.search_folded(_SAID_THAT, sentence, lower) if words & 1 else None
    according = bool(words & 2) and fre.search_folded(_ACCORDING, sentence, lower) is not None
    return _SentenceCues(
        platform_acts=bool(words & 4) and _platform_acts(sentence, lower),
        said_that=said is not None,
        according=according,
        quoted=_QUOTE_MARK.search(sentence) is not None and _SPEECH.search(sentence) is not None,
        named_speaker=bool(words & 8) and fre.search_fast(_NAMED_SPEAKER, sentence) is not None,
        official=bool(words & 16) and _official(sentence, lower, words),
        official_channel=bool(words & 32) and fre.search_folded(_OFFICIAL_CHANNEL, sentence, lower) is not None,
        outlet_first=according and fre.search_folded(_OUTLET_FIRST, sentence, lower) is not None,
        quoted_speech=_quoted_speech(sentence),
        states_that=said is not None and not _NEGATION.search(sentence[max(0, said.start() - 20):said.start()]),
        clause_words=-1 if words == -1 else _CLAUSE_WORDS.present(lower))


def _official(sentence: str, lower: str, words: int) -> bool:
    """Official words outside "has been confirmed" (a sentence without "confirm" has none of those to blank)."""
    if words != -1 and "confirm" not in lower:  # (every match of _NOT_A_STATEMENT holds "confirm")
        return fre.search_folded(_OFFICIAL, sentence, lower) is not None
    return fre.search_folded(_OFFICIAL, _NOT_A_STATEMENT.sub(" ", sentence)) is not None


# the patterns certainty_of searches a clause for, each with literals one of which every match holds
# (fastre.needs): a clause of a sentence that holds none of them has no match (a clause's lower-cased
# text is part of the sentence's); a pattern without known literals is always searched
_CLAUSE_NEEDS = {id(pattern): fre.needs(pattern) for pattern in
                 (_REPORTED, _SPECULATIVE, _FORMALLY, _FUTURE, _COMING, _PAST_PROJECTION, _EXPECTED)}
_CLAUSE_LISTS = tuple(needs for needs in _CLAUSE_NEEDS.values() if needs)
_CLAUSE_WORDS = fre.WordLists(_CLAUSE_LISTS)
_CLAUSE_BIT = {key: 1 << _CLAUSE_LISTS.index(needs) if needs else -1 for key, needs in _CLAUSE_NEEDS.items()}


def certainty_of(sentence: str, clause_start: int, clause_end: int, *, past_fact: bool,
                 source: str | None, kind: str = "", negated: bool = False, future: bool = False) -> str:
    """official / reported / expected / speculative, from the clause and the whole sentence."""
    clause = sentence[clause_start:clause_end]
    cues = _sentence_cues(sentence)
    announced = cues.platform_acts or cues.said_that
    if cues.official_channel:
        return "official"  # "according to an announcement", "(via Instagram @studio)"
    if cues.outlet_first:  # "As per Variety, it could ...": the outlet's report
        return "reported"
    clause_lower = clause.lower()

    def found(pattern: re.Pattern[str]) -> re.Match[str] | None:
        if not cues.clause_words & _CLAUSE_BIT[id(pattern)]:
            return None  # (none of the literals every match holds is in the sentence)
        return fre.search_folded(pattern, clause, clause_lower)

    reported = found(_REPORTED) is not None
    if source is not None and cues.named_speaker and not reported:
        return "official"  # a statement on record, even a hedged one ("I think sometime in '24," the chief said)
    hedge = found(_SPECULATIVE)
    backshift = hedge is not None and hedge.group().lower().startswith("would") and (
        announced or _SPEECH_THAT.search(sentence, 0, clause_start + hedge.start()) is not None)
    if hedge and not backshift:  # "said that it would be out in May" reports "will", it does not hedge
        return "speculative"
    if reported or cues.according:
        return "reported"
    official_source = source is not None and _OFFICIAL_SOURCE.search(source) is not None
    on_record = (source is not None and cues.named_speaker) or found(_FORMALLY) is not None
    if cues.quoted or official_source or on_record or cues.platform_acts or cues.quoted_speech:
        return "official"
    if kind == "platform" and not past_fact and (found(_FUTURE) or found(_COMING)):
        return "expected"  # "it will premiere on the streamer", "is dropping on the streamer in a few days"
    if not negated and cues.official:
        return "official"
    if cues.states_that:
        return "official"  # "the team confirmed that filming will not start before May": a statement of the negation
    if found(_PAST_PROJECTION):
        return "reported"  # "filming was expected to begin in May": that an expectation held is a past fact
    if found(_EXPECTED):
        return "expected"
    if kind in ("release", "production", "platform", "episodes") and not past_fact and (future or found(_FUTURE)):
        return "expected"
    return "reported"


def attribute(sentence: str, trigger_start: int, trigger_end: int, *, past_fact: bool = False,
              kind: str = "", scope: int | None = None, future: bool = False,
              negated_hint: bool = False) -> Attribution:
    """Certainty, polarity and source of the claim whose trigger is at the given offsets.

    ``scope`` extends the negation search back to an earlier offset (the claim's time).
    """
    clause_start, clause_end = clause_bounds(sentence, trigger_start)
    source = find_source(sentence)
    inside = kind == "production"
    negated = negated_hint or is_negated(sentence, trigger_start, trigger_end, inside=inside) or (
        scope is not None and scope < trigger_start and is_negated(sentence, scope, trigger_end))
    certainty = certainty_of(sentence, clause_start, clause_end, past_fact=past_fact, source=source,
                             kind=kind, negated=negated, future=future)
    return Attribution(certainty, "negated" if negated else "affirmed", source)


_ACTOR_WORDS = fre.WordLists((("netflix", "hbo", "max", "amazon", "prime", "disney", "hulu", "apple", "peacock",
                               "paramount", "tvn", "jtbc", "streamer", "network", "streaming"),))  # (read from the shared scan)


def announces(sentence: str, lower: str | None = None) -> bool:
    """The sentence reports an announcement by the network or a statement on record."""
    if not _ACTOR_WORDS.present(lower if lower is not None else sentence.lower()):  # (the shared scan)
        return False
    return _platform_acts(sentence, lower) and not fre.search_folded(_SPECULATIVE, sentence, lower)


def _platform_acts(sentence: str, lower: str | None) -> bool:
    """Whether the network acts in the sentence (_PLATFORM_ACTS), kept for the sentence asked about
    last: the extraction loop asks (``announces``), then the sentence's cues for its claims."""
    global _ACTS_SEEN
    seen = _ACTS_SEEN
    if seen[0] is sentence:
        return seen[1]
    acts = fre.search_folded(_PLATFORM_ACTS, sentence, lower) is not None
    _ACTS_SEEN = (sentence, acts)
    return acts


_ACTS_SEEN: tuple[str | None, bool] = (None, False)


def negated_before(sentence: str, position: int, window: int = 40) -> bool:
    """A negation cue in the words right before ``position`` (same clause)."""
    start, _ = clause_bounds(sentence, position)
    text, not_negation, negation, _after, excused, _doubted = _negation_patterns(sentence)
    before = text[max(start, position - window - 30):position]
    if excused:
        before = not_negation.sub(" ", before)
    before = before[-window:]
    return bool(negation.search(before))
