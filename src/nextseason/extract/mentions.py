"""Titles of works and seasons, found from the text itself (no fixed list of shows).

Document level: candidate titles come from strong patterns ("X season 2", "the second season
of X", "X S2", "X Part 2", a quoted or capitalised title next to series/show/drama, "Netflix's
X"), from the article's first line, and from a user alias file. Each work is a group of
surface forms with one key (``text.work_key``); the subject of the article is the work
mentioned most, with a bonus for the opening lines.

Sentence level: every mention of a known work and every season mention ("season two",
"seasons 2 and 3", "the third season", "the new season", "Squid Game 2") with its offsets,
so that a claim takes the work and season nearest to its trigger.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from ..text import work_key
from . import fastre as fre
from .surfaces import SurfaceMatcher
from .times import TimePoint

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
    "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10, "sophomore": 2,
}
PLATFORM_WORDS = {
    "netflix", "hbo", "max", "prime", "video", "amazon", "disney", "disney+", "hulu", "apple",
    "tv+", "peacock", "paramount", "paramount+", "tvn", "jtbc", "sbs", "kbs", "mbc", "ocn",
    "viki", "viu", "starz", "showtime", "amc", "fx", "bbc", "itv", "channel", "coupang",
    "tving", "wavve", "geeked",
}
# capitalised words that start a sentence or a headline but are not part of a title
_LEADING = {
    "in", "on", "at", "for", "with", "when", "after", "as", "while", "if", "but", "and", "so",
    "since", "before", "until", "meanwhile", "however", "also", "is", "will", "does", "did",
    "where", "what", "why", "how", "here", "here's", "there", "fans", "new", "upcoming",
    "official", "officially", "korean", "k-drama", "drama", "series", "show", "season", "seasons",
    "hit", "popular", "global", "netflix's", "like", "unlike", "both", "from", "to", "by",
    "about", "all-new", "latest", "final", "next", "this", "that", "these", "those", "it",
    "its", "his", "her", "their", "our", "we", "you", "they", "he", "she", "i", "a", "an",
    "has", "have", "had", "was", "were", "are", "be", "can", "could", "would", "should", "may",
    "might", "first", "second", "third", "fourth", "fifth", "watch", "stream", "read", "update",
    "updates", "exclusive", "breaking", "confirmed", "renewed", "release", "date", "premiere",
    "cast", "trailer", "news", "now", "then", "yes", "no", "not", "even", "just", "only",
    "original", "originals", "sequel", "spoilers", "spoiler", "note", "everything", "who", "which", "despite", "though", "although", "because", "per", "via", "episode",
    "episodes", "part", "volume", "vol", "chapter", "day", "week", "top", "number", "no.",
    "ahead", "during", "over", "under", "into", "than", "more", "most", "another", "other",
    "thanks", "according", "director", "creator", "showrunner", "writer", "star", "actor",
    "actress", "producer", "sources", "source", "report", "reports", "insider", "insiders",
    "earlier", "later", "previously", "recently", "currently", "finally", "tendencies", "following", "upon",
    "midway", "throughout", "along", "alongside", "amid", "besides", "regarding", "concerning", "reportedly", "apparently", "unfortunately", "sadly", "luckily", "thankfully", "hopefully",
}
_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "spring", "summer", "fall", "autumn", "winter",
}
_NOT_TITLE = _LEADING | PLATFORM_WORDS | _MONTHS | {
    "the", "us", "uk", "u.s.", "tv", "k-dramas", "korea", "south", "geeked", "week",
    "emmy", "emmys", "golden", "globes", "twitter", "instagram", "youtube", "x", "strike", "strikes",
    "delays", "delay", "delayed", "writers", "actors",
}

_CAP = r"[A-Z0-9](?:[\w&+-]|['’](?=\w))*:?"
_SMALL = r"(?:of|the|a|an|are|us|is|we|you|it|me|my|our|your|was|were|be|not|&|–|-|—|vs\.?)"
TITLE = rf"{_CAP}(?:[ \t]+(?:{_SMALL}[ \t]+)*{_CAP}){{0,8}}"
_NUM = r"(?P<n>\d{1,2}|" + "|".join(NUMBER_WORDS) + ")"
_ORD = r"(?P<o>" + "|".join(ORDINALS) + ")"

_TITLE_SEASON = re.compile(rf"(?P<t>{TITLE})[ \t]+(?:[Ss]eason|SEASON|[Ss]eries)[ \t]+{_NUM}\b")
_TITLE_SHORT = re.compile(rf"(?P<t>{TITLE})[ \t]+(?:S|Part[ \t]+|PART[ \t]+)(?P<n>\d{{1,2}}|[Tt]wo|[Tt]hree)\b")
_SEASON_OF = re.compile(
    rf"(?:\b[Ss]eason[ \t]+{_NUM}|\b{_ORD}(?:[ \t]+and[ \t]+(?:final|last))?[ \t]+(?:season|installment|instalment|chapter))"
    rf"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:[\w+]+['’]s[ \t]+)?(?:(?:hit|popular|K-drama|Korean|Netflix|HBO|drama|series|show)[ \t]+)*"
    rf"[\"“‘']?(?P<t>{TITLE})")
_QUOTED = re.compile(r"[\"“‘'](?P<t>[A-Z0-9][^\"“”‘’'\n]{1,60}?)[\"”’']")
_AFTER_KIND = re.compile(
    rf"(?:\b(?:series|show|drama|K-drama|thriller|hit|sequel|franchise|anime|sitcom|starrer|spin-?off|prequel)|"
    rf"\b(?:Netflix|HBO|Amazon|Video|Disney\+|TV\+|Hulu|Max|Peacock|Paramount\+|tvN|JTBC)['’]s)[ \t]+"
    rf"(?:,[ \t]+)?(?P<t>{TITLE})")
# a title as the subject of a sentence about renewal or return
_TITLE_VERB = re.compile(
    rf"(?P<t>{TITLE})(?:[\"”’]?,[ \t]+[^,.;:!?\n]{{3,80}},)?[ \t]+(?:(?:has|have|had)[ \t]+(?:officially[ \t]+)?been[ \t]+(?:renewed|cancell?ed|canceled|greenlit)|"
    rf"is[ \t]+(?:officially[ \t]+)?renewed)")
_TITLE_ORD = re.compile(
    rf"(?P<t>{TITLE})(?:['’]s?|[ \t]+(?:is[ \t]+(?:back|returning)|will[ \t]+(?:return|be[ \t]+back)|returns)[ \t]+(?:with|for)[ \t]+(?:its|a))[ \t]+(?:(?:upcoming|new|long-awaited|"
    rf"highly[ \t]+anticipated)[ \t]+)?{_ORD}[ \t]+(?:and[ \t]+final[ \t]+)?season")
_TITLE_LEAD = re.compile(rf"(?:^|[.!?][ \t]+)(?P<t>{TITLE})[ \t]+(?:is|will|has|finally|returns|season|fans)\b", re.MULTILINE)
_TITLE_OBJECT = re.compile(
    rf"\b(?:renewed|greenlit|greenlighted|cancell?ed|canceled|picked[ \t]+up|ordered)[ \t]+(?:the[ \t]+(?:[\w-]+[ \t]+){{0,4}}?"
    rf"(?:series|show|drama|thriller|comedy)[ \t]+)?[\"“‘']?(?P<t>{TITLE})[\"”’']?[ \t]+for[ \t]+(?:a|its|another|[Ss]eason)")
# "Title started airing on JTBC", "Title premiered on Netflix": a title as the subject of a broadcast
_TITLE_AIRS = re.compile(
    rf"(?P<t>{TITLE})[ \t]+(?:(?:started|began)[ \t]+(?:airing|streaming)|premiered|debuted|aired)[ \t]+on[ \t]+"
    rf"(?:Netflix|HBO|Max|Prime|Amazon|Disney|Hulu|Apple|Peacock|Paramount|tvN|JTBC|SBS|KBS|MBC|Viki|Coupang|TVING)\b")
_HEAD_END = r"(?:[ \t]*:|[ \t]*$|[ \t]+(?:[Rr]elease|[Cc]ast|[Pp]remiere|[Tt]railer|[Rr]enewed|[Ff]ilming|[Pp]roduction|[Uu]pdate))"
_TITLE_HEAD = re.compile(rf"^[ \t]*(?P<t>{TITLE})[ \t]+(?P<n>[2-9]){_HEAD_END}", re.MULTILINE)
# one of these (and a blank) is in every match of _AFTER_KIND (a case-sensitive pattern): a kind word or a platform's possessive
_PLATFORM_OWNERS = ("Netflix", "HBO", "Amazon", "Video", "Disney+", "TV+", "Hulu", "Max", "Peacock", "Paramount+", "tvN", "JTBC")
_KIND_WORDS = ("series", "show", "drama", "thriller", "hit", "sequel", "franchise", "anime", "sitcom", "starrer", "spin-off", "spinoff",
               "prequel", *(owner + mark + "s" for owner in _PLATFORM_OWNERS for mark in "'’"))
_GENRE_NEAR = re.compile(r"\b(?:series|show|drama|k-drama|season|netflix|hbo|prime|thriller|sequel|prequel|spin-?off|episodes?)\b",
                         re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mention:
    """A work or season mention inside a sentence (offsets are document offsets)."""

    start: int
    end: int
    work: str | None  # surface form of the work, or None for a bare season mention
    seasons: tuple[int, ...] = ()
    relative: str | None = None  # "next" / "previous" for "the new season" / "last season"


@dataclass
class Works:
    """The works an article names: key -> surface forms, with the article's subject."""

    surfaces: dict[str, Counter[str]] = field(default_factory=dict)  # work key -> surface counts
    subject: str | None = None  # work key
    target: dict[str, int] = field(default_factory=dict)  # work key -> season the article is about
    pattern: SurfaceMatcher | None = None
    aliases: dict[str, str] = field(default_factory=dict)  # key of a short form -> key of its full title
    matched: dict[str, str] = field(default_factory=dict, repr=False)  # text a surface matched -> its key (a cache)
    names: dict[str, tuple[Counter[str], str]] = field(default_factory=dict, repr=False)  # key -> (its counts, name)

    def name(self, key: str | None) -> str | None:
        if key is None or key not in self.surfaces:
            return None
        counts = self.surfaces[key]
        known = self.names.get(key)  # (asked for every claim; the counts are complete once find_works returns)
        if known is not None and known[0] is counts:
            return known[1]
        # prefer the most frequent surface; among equals the longer one ("The Witcher")
        name = max(counts, key=lambda s: (counts[s], len(s)))
        self.names[key] = (counts, name)
        return name

_NOT_TITLE_END = _NOT_TITLE | {"and", "of", "the", "a", "–", "-", "—"}  # (words a title does not end with)
_POSSESSIVE_ENDS = ("'", "’", "'s", "’s")


def _possessive(word: str) -> bool:
    """``re.search(r"['’]s?$", word)``: a possessive ending ($ also before a final line break)."""
    return word.endswith(_POSSESSIVE_ENDS) or word.endswith("\n") and word[:-1].endswith(_POSSESSIVE_ENDS)


def clean_title(raw: str) -> str | None:
    """Strip sentence openers, platforms and possessives from a captured title."""
    words = raw.replace("\t", " ").split(" ")
    words = [w for w in words if w]
    for index, word in enumerate(words):
        if index and word.lower() in {"season", "seasons", "part", "series", "vol", "volume", "episode"}:
            words = words[:index]
            break
    if words and "-" in words[0] and fre.search(r"-(?:starrer|led|fronted|starring)$", words[0], re.IGNORECASE):
        words = words[1:]
    if len(words) > 2 and words[0].endswith("ing") and words[1] in ("The", "A", "An"):
        words = words[1:]  # "Entering The Witcher season 4": the participle opens the sentence, not the title
    # cut at a possessive that is not the last word ("Netflix's Squid Game")
    for index in range(len(words) - 1, -1, -1):
        if index < len(words) - 1 and _possessive(words[index]) and words[index][0].isupper():
            words = words[index + 1:]
            break
    while words:
        low = words[0].lower().rstrip(":,")
        nxt = words[1].lower() if len(words) > 1 else ""
        if low in _NOT_TITLE and not (low == "the" and nxt and nxt not in _NOT_TITLE):
            words = words[1:]
            continue
        break
    while words and words[0].lower() in {"of", "and", "a", "an", "&", "–", "-", "—", "are"}:
        words = words[1:]
    while words and (words[-1].lower().rstrip(":,.!?") in _NOT_TITLE_END
                     or words[-1] in {"&"} or words[-1].isdigit()):
        words = words[:-1]
    if not words:
        return None
    title = " ".join(words).rstrip(":,.!?")
    title = fre.sub(r"['’]s?$", "", title) if title.endswith(("'s", "’s")) else title
    key = work_key(title)
    if len(key) < 3 or key.isdigit() or title.lower() in _NOT_TITLE:
        return None
    return title


_ORDINAL_WORDS = tuple(ORDINALS)
_BLANKED_SEASON = tuple(before + word + after for word in ("season", "series") for before in " \t" for after in " \t")
_SHORT_WORDS = (*(f"s{digit}" for digit in range(10)), "part ", "part\t")  # (lower-cased "S2", "Part 2")
_STRONG: tuple[tuple[re.Pattern[str], tuple[tuple[str, ...], ...], re.Pattern[str] | None], ...] = (
    # (pattern, lists of words each of which has a word in every lower-cased sentence the pattern
    # matches in, a pattern the sentence needs): cheap tests that every match passes, before the pattern
    (_TITLE_SEASON, (_BLANKED_SEASON,),  # the title's last word (a _CAP) and the tail
     re.compile(r"[A-Z0-9][\w&+\-'’]*:?[ \t]+(?:[Ss]eason|SEASON|[Ss]eries)[ \t]+(?:\d|" + "|".join(NUMBER_WORDS) + r")")),
    (_TITLE_SHORT, (_SHORT_WORDS,), re.compile(r"[ \t](?:S\d|Part[ \t]|PART[ \t])")),  # (case matters: on the text itself)
    (_SEASON_OF, (("season", "instal", "chapter"),),
     re.compile(r"(?:eason[ \t]+\w+|season|installment|instalment|chapter)[ \t]+(?:of|for)[ \t]")),  # its middle
    (_TITLE_VERB, (("renew", "cancel", "greenlit"),), re.compile(  # its verb
        r"[ \t](?:(?:has|have|had)[ \t]+(?:officially[ \t]+)?been[ \t]+(?:renewed|cancell?ed|canceled|greenlit)|"
        r"is[ \t]+(?:officially[ \t]+)?renewed)")),
    (_TITLE_HEAD, (), re.compile(rf"[ \t][2-9]{_HEAD_END}", re.MULTILINE)),  # the number it ends with and what follows
    (_TITLE_ORD, (("season",), _ORDINAL_WORDS),  # what follows the title (its possessive, or "returns with its")
     re.compile(r"(?:['’]s?|[ \t]its|[ \t]a)[ \t]+(?:(?:upcoming|new|long-awaited|highly[ \t]+anticipated)[ \t]+)?(?:"
                + "|".join(ORDINALS) + r")[ \t]+(?:and[ \t]+final[ \t]+)?season")),
    (_TITLE_OBJECT, (("renew", "cancel", "greenl", "picked", "ordered"),), None),
    (_TITLE_AIRS, ((" on ",),), re.compile(r"(?:airing|streaming|premiered|debuted|aired)[ \t]+on[ \t]")),  # its verb
)


# the lower-cased words after which _HEAD_END may end a _TITLE_HEAD match without a colon or a line's end
_HEAD_WORDS = ("release", "cast", "premiere", "trailer", "renewed", "filming", "production", "update")
_LATE_DIGITS = frozenset("23456789")
# a blank and a word of _TITLE_LEAD's ending: one of these is in every match of it
_LEAD_WORDS = tuple(blank + word for word in ("is", "will", "has", "finally", "returns", "season", "fans") for blank in " \t")
# the strong patterns' word lists (equal lists once), _HEAD_WORDS, _LEAD_WORDS and, last, the lower-cased
# words of _KIND_WORDS and a blank (one is in every match of _AFTER_KIND): which a sentence holds, in one shared scan
_STRONG_LISTS = tuple(dict.fromkeys(words for entry in _STRONG for words in entry[1])) + \
    (_HEAD_WORDS, _LEAD_WORDS, tuple(word.lower() + blank for word in _KIND_WORDS for blank in " \t"))
_STRONG_WORDS = fre.WordLists(_STRONG_LISTS)
_STRONG_BITS = tuple(sum(1 << _STRONG_LISTS.index(words) for words in entry[1]) for entry in _STRONG)  # (all needed)
_HEAD_BIT = 1 << (len(_STRONG_LISTS) - 3)
_LEAD_BIT = 1 << (len(_STRONG_LISTS) - 2)
_KIND_BIT = 1 << (len(_STRONG_LISTS) - 1)
# for each set of the strong patterns' word bits a sentence can hold: the (pattern, necessary
# pattern) pairs to try, in order (those with no words always)
_STRONG_DUE = tuple(tuple((regex, needs) for (regex, _, needs), bits in zip(_STRONG, _STRONG_BITS)
                          if present & bits == bits) for present in range(_HEAD_BIT))


def _may_head(chunk: str, present: int) -> bool:
    """Whether _HEAD_END can follow a number in the sentence: it holds a colon, a line break or
    one of _HEAD_WORDS, or ends with a number from 2 to 9 and blanks."""
    return bool(present & _HEAD_BIT) or ":" in chunk or "\n" in chunk or chunk.rstrip(" \t")[-1:] in _LATE_DIGITS


_LINE_MARKS = {"": (), "!?.": ("! ", "!\t", "? ", "?\t", ". ", ".\t")}


def _at_line_starts(pattern: re.Pattern[str], chunk: str, marks: str = "") -> list[re.Match[str]]:
    """``list(pattern.finditer(chunk))`` of a pattern whose every match begins at a line start
    (``^`` with MULTILINE) or at one of the ``marks`` followed by a blank: in a chunk with no line
    break and no such mark only a match at its start is possible."""
    probes = _LINE_MARKS.get(marks) or tuple(mark + blank for mark in marks for blank in " \t")
    if "\n" in chunk or any(map(chunk.__contains__, probes)):
        return list(pattern.finditer(chunk))
    match = pattern.match(chunk)
    return [] if match is None else [match]


def _cleaner() -> Callable[[str], str | None]:
    """``clean_title`` that keeps its answers (for one article: its titles recur)."""
    answers: dict[str, str | None] = {}

    def cleaned(raw: str) -> str | None:
        if raw not in answers:
            answers[raw] = clean_title(raw)
        return answers[raw]
    return cleaned


def _candidates(text: str, spans: list[tuple[int, int]]) -> tuple[Counter[str], Counter[str], set[str]]:
    """Strong and weak title candidates (surface -> count of pattern hits), and the keys of
    multi-word titles written right after a word such as series/show/drama."""
    strong: Counter[str] = Counter()
    weak: Counter[str] = Counter()
    named: set[str] = set()
    clean_title = _cleaner()
    for start, end in spans:
        chunk = text[start:end]
        present = _STRONG_WORDS.present(chunk.lower())
        for regex, needs in _STRONG_DUE[present & (_HEAD_BIT - 1)]:
            if regex is _TITLE_HEAD and not _may_head(chunk, present) or needs is not None and not needs.search(chunk):
                continue
            for match in regex.finditer(chunk) if regex is not _TITLE_HEAD else _at_line_starts(regex, chunk):
                title = clean_title(match.group("t"))
                if title:
                    strong[title] += 1
        quoted = '"' in chunk or "'" in chunk or "“" in chunk or "‘" in chunk  # (every match opens with one)
        for match in _QUOTED.finditer(chunk) if quoted else ():
            around = chunk[max(0, match.start() - 60):match.end() + 60]
            raw = match.group("t").strip()
            if len(raw.split()) <= 7 and fre.search_folded(_GENRE_NEAR, around) and fre.fullmatch(TITLE, raw):
                title = clean_title(raw)
                if title:
                    weak[title] += 1
        if start - spans[0][0] < 600 and present & _LEAD_BIT:
            for match in _at_line_starts(_TITLE_LEAD, chunk, "!?."):
                title = clean_title(match.group("t"))
                if title:
                    weak[title] += 1
        for match in fre.finditer_fast(_AFTER_KIND, chunk) if present & _KIND_BIT else ():  # (few lack the words' case)
            title = clean_title(match.group("t"))
            if title:
                weak[title] += 1
                if " " in title and match.group("t").startswith(title):
                    named.add(work_key(title))  # "the new series The Acolyte": named as a show outright
    return strong, weak, named


_PERSON_SHAPE = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t-]+[A-Z]?[a-z]+-[a-z]+|[A-Z][a-z]+-[a-z]+[ \t]+[A-Z][a-z]+")
# common Korean family names: a two- or three-word run starting with one is a person's name
KOREAN_SURNAMES = frozenset(
    ["kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "jo", "yoon", "yun", "jang", "lim", "im", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "an", "song", "yoo", "yu", "hong", "jeon", "jun", "go", "ko", "moon", "yang", "son", "bae", "baek", "paik", "heo", "huh", "nam", "roh", "noh", "ha", "gong", "wi", "yim", "ji", "yeo", "byun", "ryu", "do", "um", "chun", "cha", "joo", "ju", "min", "woo", "na"])


def looks_like_person(surface: str) -> bool:
    """A title candidate shaped like a Korean name ("Lee Jung-jae", "Ji-hu Park", "Roh Yoon Seo")."""
    if _PERSON_SHAPE.fullmatch(surface):
        return True
    words = surface.split()
    return 2 <= len(words) <= 3 and words[0].lower() in KOREAN_SURNAMES and all(w[:1].isupper() for w in words)


def _looks_like_person(surfaces: Counter[str]) -> bool:
    return looks_like_person(max(surfaces, key=surfaces.__getitem__))


_ROLE_THEN_NAME = re.compile(
    r"\b(?:showrunner|director|creator|co-creator|star|actor|actress|producer|writer|ceo|chief|head|executive|"
    r"singer|host|president)s?[ \t]+(?:(?P<g>[A-Z][\w'’-]+)[ \t]+(?:and|&)[ \t]+)?(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})")
_NAME_THEN_SPEECH = re.compile(
    r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]+(?:said|says|told|tweeted|wrote|explained|revealed|"
    r"shared|added|confirmed|announced|posted|(?:have|has)[ \t]+(?:confirmed|said|revealed|announced))\b")


# words one of which every match of the patterns above holds (bit 1 _ROLE_THEN_NAME, 2 _NAME_THEN_SPEECH)
_PEOPLE_WORDS = fre.WordLists((
    ("showrunner", "director", "creator", "star", "actor", "actress", "producer", "writer", "ceo", "chief", "head",
     "executive", "singer", "host", "president"),
    ("said", "says", "told", "tweeted", "wrote", "explained", "revealed", "shared", "added", "confirmed", "announced",
     "posted"),
))


def _mid_sentence(text: str, surfaces: Counter[str]) -> bool:
    """The one-word title also occurs inside a sentence, after a lower-case word or a comma."""
    for surface in surfaces:  # r"(?:[a-z,;]|['’]s)[ \t]+[\"“‘']?" + surface + r"\b", without a regex per surface
        at = text.find(surface)
        while at >= 0:
            if _after_a_word(text, at) and _word_char(text, at + len(surface) - 1) != _word_char(text, at + len(surface)):
                return True
            at = text.find(surface, at + 1)
    return False


def _word_char(text: str, at: int) -> bool:
    """Whether text[at] is a regex word character (\\w); False outside the text."""
    if at < 0 or at >= len(text):
        return False
    char = text[at]
    return char.isalnum() or char == "_"


def _after_a_word(text: str, at: int) -> bool:
    """Whether a lower-case letter, a comma or a semicolon, blanks and an optional opening quote
    come right before ``at`` (the regex ``(?:[a-z,;]|['’]s)[ \t]+[\"“‘']?``: "'s" ends in a letter)."""
    if at > 0 and text[at - 1] in "\"“‘'":
        at -= 1
    blanks = at
    while blanks > 0 and text[blanks - 1] in " \t":
        blanks -= 1
    return blanks < at and blanks > 0 and text[blanks - 1] in "abcdefghijklmnopqrstuvwxyz,;"


_CALENDAR_WORDS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"])
_CALENDAR_AFTER = re.compile(r",?[ \t]+(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+)?\d{1,2}\b|[ \t]+(?:morning|night|evening|afternoon)\b|,?[ \t]+(?:19|20)\d{2}\b")
_CALENDAR_BEFORE = re.compile(r"\b(?:on|this|last|next|every|by|until|from|since|through|before|after|of)[ \t]+$",
                              re.IGNORECASE)


_CALENDAR_LONGEST = max(map(len, _CALENDAR_WORDS))


def calendar_use(text: str, start: int, end: int) -> bool:
    """A one-word title that is a day or month name, used as one here ("on Wednesday, August 6")."""
    if end - start > _CALENDAR_LONGEST or text[start:end].lower() not in _CALENDAR_WORDS:  # (lower() never shortens)
        return False
    return bool(_CALENDAR_AFTER.match(text, end) or _CALENDAR_BEFORE.search(text[max(0, start - 12):start]))


def _people_named(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """Work keys of names the article shows to be people ("showrunner Eric Kripke", "X said")."""
    people: set[str] = set()
    lower = fre.lowered_text(text)  # (case-sensitive patterns: their words are in the lower-cased sentence)
    aligned = len(lower) == len(text)
    for start, end in spans:
        present = _PEOPLE_WORDS.present(lower[start:end] if aligned else text[start:end].lower())
        for pattern, bit in ((_ROLE_THEN_NAME, 1), (_NAME_THEN_SPEECH, 2)):
            if not present & bit:  # (none of its words in this sentence)
                continue
            for match in fre.finditer_fast(pattern, text, start, end):  # (by a locator where it has one)
                people.add(work_key(match.group("n")))
                people.add(work_key(match.group("n").split()[-1]))  # the family name alone
                if "g" in pattern.groupindex and match.group("g"):
                    people.add(work_key(match.group("g")))  # "creators Ann and Lee Porter": Ann too
    return people


def _surface_regex(surfaces: list[str]) -> SurfaceMatcher | None:
    if not surfaces:
        return None
    ordered = tuple(sorted(set(surfaces), key=lambda s: (-len(s), s)))
    return SurfaceMatcher(ordered, lambda: _compiled_surfaces(ordered))


@lru_cache(maxsize=256)
def _compiled_surfaces(surfaces: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for the surfaces (longest first); cached, as articles about one show repeat them."""
    alternatives = []
    for surface in surfaces:
        parts = [re.escape(p) for p in fre.split(r"[\s\-–—:]+", surface) if p]
        alternatives.append(_SEPARATOR.join(parts))
    return re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE)


# the characters of [\s\-–—:]+, written so that compiling does not build a large Unicode
# charset for every separator (the dashes as {1}-literals are not merged into the class)
_SEPARATOR = r"(?:[\s\-:]|–{1}|—{1})+"


class _People:
    """The people an article names (``_people_named``), found when first asked for: most articles'
    titles are settled without them."""

    __slots__ = ("_people", "_spans", "_text")

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self._text, self._spans = text, spans
        self._people: set[str] | None = None

    def found(self) -> set[str]:
        if self._people is None:
            self._people = _people_named(self._text, self._spans)
        return self._people


def find_works(text: str, spans: list[tuple[int, int]], known: tuple[str, ...] = (), *,
               candidates: tuple[Counter[str], Counter[str], set[str]] | None = None,
               people: _People | None = None) -> Works:
    """The works an article names, its subject, and the season each work is mostly about.

    ``candidates`` and ``people``: what ``_candidates`` and ``_people_named`` found in the same
    text (a second look, with more known titles)."""
    candidates = candidates or _candidates(text, spans)
    people = people or _People(text, spans)
    strong, weak, named = candidates
    works = Works()
    short_forms = _short_forms(known)
    titles = list(strong) + [t for t in known if t] + [_short(t) for t in short_forms.values()]
    pattern = _surface_regex(titles + list(weak))
    if pattern is None:
        fallback = None if known else _fallback_title(text, spans, people.found())
        return find_works(text, spans, (fallback,), candidates=candidates, people=people) if fallback is not None else works
    counts: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = {}
    head_end = spans[0][0] + 400 if spans else 0
    named_as: dict[str, tuple[str, str]] = {}  # text matched -> (its surface, its key)
    for matches in pattern.finditer_each(text, spans):
        for match_start, match_end in matches:
            if calendar_use(text, match_start, match_end):
                continue
            raw = text[match_start:match_end]
            if raw not in named_as:
                surface = fre.sub(r"\s+", " ", raw)
                full = short_forms.get(work_key(surface))
                # ("Title: Sub" standing for "Title: Sub – More")
                named_as[raw] = (surface, work_key(surface)) if full is None else (full, work_key(full))
            surface, key = named_as[raw]
            surfaces.setdefault(key, Counter())[surface] += 1
            counts[key] += 2 if match_start < head_end else 1
    strong_keys = {work_key(t) for t in titles}
    for key in list(surfaces):
        if (key not in strong_keys and key not in named and (counts[key] < 3 or key in people.found())) or \
                _looks_like_person(surfaces[key]):
            del surfaces[key]
        elif " " not in max(surfaces[key], key=len).strip() and not _mid_sentence(text, surfaces[key]):
            del surfaces[key]  # a one-word "title" only ever seen opening a sentence ("Following season 1")
    if not surfaces and not known:
        fallback = _fallback_title(text, spans, people.found())
        if fallback is not None:  # no title in a strong pattern: the name the article keeps using
            return find_works(text, spans, (fallback,), candidates=candidates, people=people)
    spinoffs = _subtitled(text, spans, surfaces, known)
    if spinoffs:  # "Squid Game: The Challenge": a work of its own beside "Squid Game"
        return find_works(text, spans, known + spinoffs, candidates=candidates, people=people)
    works.surfaces = surfaces
    works.aliases = {short: work_key(full) for short, full in short_forms.items() if work_key(full) in surfaces}
    if surfaces:
        works.subject = max(surfaces, key=lambda k: (counts[k] + (2 if k in strong_keys else 0), len(k)))
    works.pattern = _surface_regex([s for c in surfaces.values() for s in c] +
                                   [_short(full) for full in short_forms.values() if work_key(full) in surfaces])
    return works


_DASH_PART = re.compile(r"[ \t]*[–—-][ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}$")


def _short(full: str) -> str:
    """"Title: Sub – More Words" -> "Title: Sub"."""
    return _DASH_PART.sub("", full)


def _short_forms(known: tuple[str, ...]) -> dict[str, str]:
    """Key of the short form -> the full title, for subtitled titles with a dashed part."""
    return {work_key(_short(t)): t for t in known if t and ": " in t and _short(t) != t}


_NOT_SUBTITLE = _LEADING | PLATFORM_WORDS | _MONTHS | {"everything", "what", "when"}  # (words a subtitle does not open with)
_NOT_PART = r"(?!(?:Part|PART|Season|SEASON|Vol|Volume|Episode|Chapter|Release|Trailer|Cast)\b)"


def _subtitled(text: str, spans: list[tuple[int, int]], surfaces: dict[str, Counter[str]],
               known: tuple[str, ...]) -> tuple[str, ...]:
    """Titles made of a known title, a colon and a capitalised subtitle, inside the article's sentences."""
    if not spans or ": " not in text:
        return ()
    found: list[str] = []
    taken = {work_key(t) for t in known}
    body = (spans[0][0], spans[-1][1])
    for counts in surfaces.values():
        for surface in counts:
            for at, match in _after_surface(text, surface + ":", body):
                if not any(start <= at and match.end() <= end for start, end in spans):
                    continue
                head = [w for w in match.group("sub").split() if w != "The"]
                if not head or head[0].lower() in _NOT_SUBTITLE \
                        or (head[0].lower() in _NOT_TITLE and len(head) == 1):
                    continue  # "Title: Netflix confirms ...", "Title: Korea" alone
                title = f"{surface}: {match.group('sub')}"
                if work_key(title) not in taken:
                    taken.add(work_key(title))
                    found.append(title)
    return tuple(found)


_SUBTITLE = re.compile(r"[ \t]+(?P<sub>(?:The[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+" + _NOT_PART +
                       r"[A-Z][\w'’-]+){0,3}(?:[ \t]*[–—][ \t]*" + _NOT_PART + r"[A-Z][\w'’-]+(?:[ \t]+" + _NOT_PART +
                       r"[A-Z][\w'’-]+){0,3})?)")


def _after_surface(text: str, head: str, body: tuple[int, int]) -> list[tuple[int, re.Match[str]]]:
    """The matches of ``re.escape(head) + _SUBTITLE`` in text[body], as finditer finds them (the
    start of each and the subtitle's match), without compiling a regex per head."""
    found = []
    at = text.find(head, *body)
    while at >= 0:
        match = _SUBTITLE.match(text, at + len(head), body[1])
        if match is None:
            at = text.find(head, at + 1, body[1])
            continue
        found.append((at, match))
        at = text.find(head, match.end(), body[1])
    return found


_RUN = re.compile(rf"(?<![\w'’])(?P<t>{TITLE})")
# "Jung-san": a hyphenated given name is a character or a person; two runs ending in the same
# word ("Matt Duffer", "Ross Duffer") share a family name
_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[A-Za-z][a-z]+")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:][\"”’']?)\s*$")
_STOPS = (".", "!", "?", ":")


def _opens_sentence(text: str, start: int, at: int) -> bool:
    """``_SENTENCE_OPENING.search(text, start, at)``: only blanks before ``at`` since the text's
    start or since a full stop (with a closing quote) after ``start``; no scan from ``start``."""
    before = text[start:at].rstrip()  # (rstrip() and \s strip the same characters)
    if not before:
        return start == 0
    return before.endswith(_STOPS) or before.endswith(("\"", "”", "’", "'")) and before[:-1].endswith(_STOPS)


def _fallback_title(text: str, spans: list[tuple[int, int]], people: set[str]) -> str | None:
    """For an article no strong pattern names: the capitalised name it repeats most (twice or
    more and once inside a sentence, or once in its first sentences), seen near a word such as
    series/show/season, and not a person's name."""
    counts: Counter[str] = Counter()
    inside: set[str] = set()
    near: set[str] = set()
    lead: set[str] = set()
    opens: set[str] = set()
    clean_title = _cleaner()
    for index, (start, end) in enumerate(spans):
        for match in _RUN.finditer(text, start, end):
            title = clean_title(match.group("t"))
            if not title or looks_like_person(title) or work_key(title) in people or len(title.split()) > 6 \
                    or title.lower() in _CALENDAR_WORDS:
                continue
            counts[title] += 1
            if index == 0 and " " in title and match.start() == start:
                opens.add(title)  # a multi-word name opening the article ("Title's ending is near.")
            if not _opens_sentence(text, start, match.start()):
                inside.add(title)
            if _GENRE_NEAR.search(text, max(start, match.start() - 50), min(end, match.end() + 50)):
                near.add(title)
                if index < 3:
                    lead.add(title)
    last_words = Counter(t.split()[-1] for t in counts if " " in t)
    ranked = [t for t in counts if (counts[t] >= 2 and t in inside or t in lead) and (t in near or t in opens)
              and not _GIVEN_NAME.fullmatch(t) and not (" " in t and last_words[t.split()[-1]] > 1)]
    return max(ranked, key=lambda t: (counts[t], len(t))) if ranked else None


_SEASON_LIST = re.compile(
    r"\b(?:[Ss]easons?|SEASONS?)[ \t]+(?P<n>\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
    r"(?P<more>(?:[ \t]*(?:,|and|&|or|to|-)[ \t]*(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\b)*)\b",
    re.IGNORECASE)
_ORD_SEASON = re.compile(  # (?=[...]): the first letters of the ordinals, a cheap skip of other positions
    r"(?=[" + "".join(sorted({w[0] for w in ORDINALS})) + r"])\b" + _ORD + r"(?P<more>(?:[ \t]*(?:,|and|&|or)[ \t]*(?:" + "|".join(ORDINALS) + r"))*)"
    r"(?:[ \t]+and[ \t]+(?:final|last))?[ \t]+(?:and[ \t]+final[ \t]+)?"
    r"(?:seasons?|installment|instalment|chapter|outing|run)\b",
    re.IGNORECASE)
_SHORT_SEASON = re.compile(r"\bS(?P<n>\d{1,2})\b")
_RELATIVE = re.compile(
    r"(?=[nulfcas])\b(?:new|next|upcoming|latest|final|coming|forthcoming|another|additional|fresh|"
    r"sophomore|future|sequel)[ \t]+(?:\w+[ \t]+)?(?:season|installment|instalment|chapter)\b",
    re.IGNORECASE)
_AFTER_WORK = re.compile(
    r"['’]?s?[ \t]*(?::[ \t]*)?(?:(?:[Ss]eason|SEASON|[Ss]eries)[ \t]+(?P<n>\d{1,2}|" + "|".join(NUMBER_WORDS)
    + r")\b|S(?P<s>\d{1,2})\b|(?:Part|PART|[Vv]ol\.?|[Vv]olume)[ \t]+(?P<p>\d|[Tt]wo|[Tt]hree)\b|"
    r"(?P<d>[2-9])(?![\d,:%]|\.\d)(?![ \t]*(?:episodes|percent|million|billion|years|days|hours|minutes|%)))",
    re.IGNORECASE)


# literals one of which every match of a season pattern holds (a cheap test before it), found in one
# scan: bit 1 for _SEASON_LIST, _ORD_SEASON and _RELATIVE, 2 for _SEASON_LIST, 4 _ORD_SEASON, 8 _RELATIVE
# (its word and the blank after it: not "renewed"), 16 _SHORT_SEASON (lower-cased "S2")
_SEASON_WORDS = fre.WordLists((
    ("season", "instal", "chapter", "outing", "run"), ("season",), tuple(ORDINALS),
    tuple(word + blank for word in ("new", "next", "upcoming", "latest", "final", "coming", "forthcoming", "another",
                                    "additional", "fresh", "sophomore", "future", "sequel") for blank in " \t"),
    tuple(f"s{digit}" for digit in range(10))))
_S_DIGIT = re.compile(r"S\d")  # _SHORT_SEASON


def _number(token: str, table: dict[str, int]) -> int | None:
    """A season number written as digits or a word (1 to 39), else None."""
    low = token.lower()
    value = int(low) if low.isdigit() else table.get(low) or NUMBER_WORDS.get(low)
    return value if value is not None and 0 < value < 40 else None


def _numbers(first: str, more: str | None, table: dict[str, int]) -> tuple[int, ...]:
    if not more:  # (one number: no list to read)
        value = _number(first, table)
        return () if value is None else (value,)
    values = [value for token in [first] + fre.findall(r"\w+", more) if (value := _number(token, table)) is not None]
    if fre.search(r"\bto\b|-", more) and len(values) == 2 and values[1] - values[0] < 6:
        values = list(range(values[0], values[1] + 1))
    return tuple(dict.fromkeys(values))


def sentence_mentions(text: str, start: int, end: int, works: Works,
                      named: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Work and season mentions inside text[start:end], in order (``named``: the matches of
    ``works.pattern`` there, when they are known already)."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    if works.pattern is not None:
        for match_start, match_end in works.pattern.finditer(text, start, end) if named is None else named:
            raw = text[match_start:match_end]
            key = works.matched.get(raw)
            if key is None:  # (work_key drops blanks: the key of the surface as written, with blanks made one)
                key = works.matched[raw] = work_key(raw)
            key = works.aliases.get(key, key)
            if key not in works.surfaces or calendar_use(text, match_start, match_end):
                continue
            after = _AFTER_WORK.match(text, match_end, end)
            seasons: tuple[int, ...] = ()
            stop = match_end
            if after and after.group("n") is not None and after.group(0).strip():
                seasons = _numbers(after.group("n"), "", ORDINALS)
            elif after and (after.group("s") or after.group("p") or after.group("d")):
                seasons = _numbers(after.group("s") or after.group("p") or after.group("d"), "", ORDINALS)
            if seasons and after is not None:
                stop = after.end()
            found.append(Mention(match_start, stop, key, seasons))
            taken.append((match_start, stop))
    chunk = text[start:end]
    lower = chunk.lower()
    if "season" not in lower and "instal" not in lower and "chapter" not in lower and " s" not in lower \
            and " run" not in lower and "outing" not in lower:
        found.sort(key=_START)
        return found
    words = -1 if fre.odd_case(chunk) else _SEASON_WORDS.present(lower)  # (odd letters: try every pattern)
    for regex, bit in ((_SEASON_LIST, 2), (_ORD_SEASON, 4)):
        if not words & 1 or not words & bit:
            continue  # none of the words every match holds
        for match in _season_lists(text, start, end) if regex is _SEASON_LIST else \
                fre.finditer_folded(regex, text, fre.lowered_text(text), start, end):
            if any(a <= match.start() < b for a, b in taken):
                continue
            first = match.group("n") if regex is _SEASON_LIST else match.group("o")
            seasons = _numbers(first, match.group("more"), ORDINALS if regex is _ORD_SEASON else NUMBER_WORDS)
            if seasons:
                found.append(Mention(match.start(), match.end(), None, seasons))
                taken.append((match.start(), match.end()))
    for match in _SHORT_SEASON.finditer(text, start, end) if words & 16 and _S_DIGIT.search(text, start, end) else ():
        if not any(a <= match.start() < b for a, b in taken):
            found.append(Mention(match.start(), match.end(), None, (int(match.group("n")),)))
    relative = words & 1 and words & 8
    for match in fre.finditer_folded(_RELATIVE, text, fre.lowered_text(text), start, end) if relative else ():
        if not any(a <= match.start() < b for a, b in taken):
            found.append(Mention(match.start(), match.end(), None, (), "next"))
    found.sort(key=_START)
    return found


_START = attrgetter("start")


def _season_lists(text: str, start: int, end: int) -> list[re.Match[str]]:
    """``list(_SEASON_LIST.finditer(text, start, end))``: every match begins where the lower-cased
    text has "season" (where lower-casing keeps the letters' places and makes no other letter ASCII)."""
    lower = fre.lowered_text(text)
    if not fre.plain_case(text, lower):
        return fre.finditer_folded(_SEASON_LIST, text, lower, start, end)
    found = []
    at = lower.find("season", start, end)
    while at >= 0:
        match = _SEASON_LIST.match(text, at, end)
        if match is not None:
            found.append(match)
        at = lower.find("season", at + 1 if match is None else match.end(), end)
    return found


def assign_targets(works: Works, text: str, spans: list[tuple[int, int]]) -> list[list[Mention]]:
    """The season each work is mostly about: its most mentioned season number above one.

    Returns the mentions of each span, for reuse.
    """
    per_work: dict[str, Counter[int]] = {}
    found = []
    every = works.pattern.finditer_each(text, spans) if works.pattern is not None else [None] * len(spans)
    for (start, end), named in zip(spans, every):
        mentions = sentence_mentions(text, start, end, works, named)
        found.append(mentions)
        last_work = works.subject
        for mention in mentions:
            if mention.work is not None:
                last_work = mention.work
            if mention.seasons and last_work is not None:
                for season in mention.seasons:
                    per_work.setdefault(last_work, Counter())[season] += 1
    for key, counts in per_work.items():
        later = {s: c for s, c in counts.items() if s >= 2}
        if later:
            works.target[key] = max(later, key=lambda s: (later[s], s))
    return found


def title_times(text: str, works: Works, points: list[TimePoint]) -> list[TimePoint]:
    """The times that are not a work's title read as a date ("Wednesday was streamed for ..."):
    a day or month name the article uses as a title counts as a time only where it is used as one."""
    if not points or not any(surface.lower() in _CALENDAR_WORDS for counts in works.surfaces.values() for surface in counts):
        return points
    return [point for point in points if text[point.start:point.end].lower() not in _CALENDAR_WORDS
            or calendar_use(text, point.start, point.end)]
