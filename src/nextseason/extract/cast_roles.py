"""The article's own evidence of which names are people and which are characters.

"Kim as Han", "played by Kim", "actor Kim", "actors A, B and C" show people; "as Han", "Han,
played by Kim" show characters; "Name (Name)" pairs follow the article's convention
(``cast_pairs``). Each pattern comes with literals one of which every match holds: a text that
lacks them all is not scanned.
"""

from __future__ import annotations

import re
from collections import Counter

from ..text import fold
from . import fastre as fre
from .cast_pairs import led_by_names, pair_roles

_WORD = r"[A-Z][\w'’.]*(?:-[\w'’]+)*"
_NAME_RUN = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
# each evidence pattern with literals one of which every match holds (a text without any is not scanned)
_BY = ("played", "portrayed", "voiced")
_PERSON_EVIDENCE = (
    (re.compile(rf"(?P<n>{_NAME_RUN})[ \t]+(?:as|plays|playing|portrays|portraying|reprising)\b"), ()),
    (re.compile(rf"\b(?:played|portrayed|voiced)[ \t]+by[ \t]+(?P<n>{_NAME_RUN})"), _BY),
    (re.compile(rf"\b(?:actor|actress|star|singer|rapper)[ \t]+(?P<n>{_NAME_RUN})"), ("actor", "actress", "star", "singer", "rapper")),
)
_CLAUSE_VERB = (r"[ \t]+(?:has|have|had|is|was|revealed|said|says|told|explained|confirmed|announced|shared|added|noted|"
                r"teased|hinted|wrote|posted|admitted|stated)\b")
_CHARACTER_EVIDENCE = tuple(zip((
    re.compile(rf"\b(?:(?<!such[ \t])as|play|plays|playing|portrays|portraying|played(?![ \t]+by))[ \t]+(?:the[ \t]+)?(?:(?-i:[a-z][\w-]*)[ \t]+){{0,2}}(?P<n>{_NAME_RUN})"
               rf"(?![\w'’-]|[ \t]+[A-Z]|{_CLAUSE_VERB})"),  # not "as Kim revealed": "as" there is a conjunction
    re.compile(rf"(?P<n>{_NAME_RUN}),?[ \t]+(?:played|portrayed|voiced)[ \t]+by\b"),
    re.compile(rf"(?P<n>{_NAME_RUN}),[^,()]{{0,60}},[ \t]+who[ \t]+(?:is|was|will[ \t]+be)[ \t]+(?:played|portrayed|voiced)[ \t]+by\b"),
), ((), _BY, _BY)))


_PEOPLE_LIST = re.compile(r"\b(?:[Aa]ctors|[Aa]ctresses|[Ss]tars|[Cc]ast\s+members|[Ss]tarring)[ \t]*(?:[—–:,-][ \t]*|[ \t]+)"
                          r"(?:(?:including|like|such\s+as)[ \t]+)?(?=[A-Z])")
_PEOPLE_LIST_GATE = ("ctors", "ctresses", "tars", "members", "tarring")
_LIST_ITEM = re.compile(rf"(?:[ \t]*(?:,|and|&)?[ \t]*(?:and[ \t]+)?)(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,2}})")


def document_roles(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Names the article shows to be people, and names it shows to be characters (folded).

    A name seen in both positions ("A as B" once, "B as A" once by mistake) goes to the side
    the article uses more often.
    """
    people = Counter(fold(m.group("n")) for p, gate in _PERSON_EVIDENCE if _holds(text, gate)
                     for m in (led_by_names(p, text, _AS_VERB) if p is _PERSON_EVIDENCE[0][0] else fre.finditer_fast(p, text)))
    for head in fre.finditer_fast(_PEOPLE_LIST, text) if _holds(text, _PEOPLE_LIST_GATE) else ():  # "actors — A, B", "starring A"
        position = head.end()
        for _ in range(12):
            item = _LIST_ITEM.match(text, position)
            if item is None:
                break
            people[fold(item.group("n"))] += 1
            position = item.end()
    characters = Counter(fold(m.group("n")) for p, gate in _CHARACTER_EVIDENCE if _holds(text, gate)
                         for m in _character_matches(p, text))
    if "(" in text:
        pair_roles(text, people, characters)
    return (frozenset(n for n, k in people.items() if k > characters.get(n, 0)),
            frozenset(n for n, k in characters.items() if k > people.get(n, 0)))


# a blank and the verb every match of the first person pattern ends with ("Kim as", "Kim plays")
_AS_VERB = re.compile(r"[ \t](?:as|plays|playing|portrays|portraying|reprising)\b")
# what every match of the second and the third character pattern ends with, and what the third holds
_PLAYED_BY = re.compile(r"(?:played|portrayed|voiced)[ \t]+by\b")
_WHO_PLAYED_BY = re.compile(rf",[ \t]+who[ \t]+(?:is|was|will[ \t]+be)[ \t]+{_PLAYED_BY.pattern}")


def _character_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` of a character pattern: the two that open with a name are
    tried only before the words every match of theirs ends with (the third where the text holds them)."""
    if pattern is _CHARACTER_EVIDENCE[1][0]:
        return led_by_names(pattern, text, _PLAYED_BY)
    if pattern is _CHARACTER_EVIDENCE[2][0] and _WHO_PLAYED_BY.search(text) is None:
        return []
    return fre.finditer_fast(pattern, text)


def _holds(text: str, literals: tuple[str, ...]) -> bool:
    """Whether the text holds one of the literals (no literals: always)."""
    return not literals or any(literal in text for literal in literals)


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")


def document_words(text: str) -> frozenset[str]:
    """Words the article writes in lower case: common words, never a name."""
    return frozenset(_LOWER_WORD.findall(text))
