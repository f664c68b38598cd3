"""Which side of "Name (Name)" is the actor: the article's own convention.

Articles write a cast member with the role in parentheses ("Mara Quill (Captain Reyes)") or the
other way round ("Captain Reyes (Mara Quill)"), and keep to one order. Pairs whose order shows
(a title such as "Princess", "the", a lone given name, "actor" before it, or evidence the article
gives elsewhere) set the convention; the other pairs of the article follow it.
"""

from __future__ import annotations

import re
from collections import Counter

from ..text import fold
from .mentions import KOREAN_SURNAMES

# words that open a character's name, never an actor's ("Princess Ana", "Captain Reyes")
_TITLES = {
    "prince", "princess", "king", "queen", "lady", "lord", "ser", "sir", "dame", "captain", "detective", "agent",
    "officer", "doctor", "dr", "professor", "prof", "chief", "inspector", "commander", "general", "colonel",
    "sergeant", "lieutenant", "major", "uncle", "aunt", "auntie", "grandma", "grandpa", "emperor", "empress",
    "duke", "duchess", "count", "countess", "baron", "sheriff", "judge", "father", "mother", "sister", "brother",
    "player", "maester", "septa", "young", "old", "little", "mr", "mrs", "ms", "miss",
}
_WORD = r"[A-Z][\w'’.]*(?:-[\w'’]+)*"
PAIR = re.compile(rf"(?P<a>{_WORD}(?:[ \t]+{_WORD}){{0,3}})[ \t]+\((?P<b>{_WORD}(?:[ \t]+{_WORD}){{0,3}})\)")
_ACTOR_BEFORE = re.compile(r"\b(?:actor|actress|star|stars|cast\s+members?)[ \t]+$", re.IGNORECASE)
_NOT_NAMES = {"the", "netflix", "hbo", "season", "part", "episode", "series", "show", "tvn", "jtbc", "sbs", "kbs", "mbc"}


def titled(name: str) -> bool:
    """The name opens with a title that only characters carry."""
    words = name.split()
    return bool(words) and words[0].lower().rstrip(".") in _TITLES


def _korean(name: str) -> bool:
    words = name.split()
    return len(words) in (2, 3) and words[0].lower() in KOREAN_SURNAMES


def _lone_given(name: str) -> bool:
    return " " not in name and "-" in name


def _actor_before(text: str, end: int) -> bool:
    """``_ACTOR_BEFORE.search(text, 0, end)``, reading only the last 200 characters when they hold
    more than the 11 letters a match can hold besides blanks (its start then lies inside them)."""
    start = max(0, end - 200)
    tail = text[start:end]
    if start and sum(map(len, tail.split())) <= 11:  # (its characters that are no blanks: str.split's blanks are isspace's)
        start = 0
    return _ACTOR_BEFORE.search(text, start, end) is not None


def _order(text: str, match: re.Match[str], people: Counter[str], characters: Counter[str]) -> bool | None:
    """True when the name outside the parenthesis is the character, None when the pair does not show."""
    a, b = match.group("a"), match.group("b")
    if a.startswith("The ") or titled(a) or (_lone_given(a) and not _lone_given(b)):
        return True
    if " " not in a and " " in b and not _korean(b):
        return True  # "Dana (Mara Quill)": the one-word name is the character
    if titled(b) or (_lone_given(b) and not _lone_given(a)) or _actor_before(text, match.start()):
        return False
    if " " not in b and " " in a and not _korean(a):
        return False  # "Mara Quill (Dana)"
    fa, fb = fold(a), fold(b)
    if people[fb] > characters[fb] or characters[fa] > people[fa]:
        return True
    if people[fa] > characters[fa] or characters[fb] > people[fb]:
        return False
    return None


def _pair_matches(text: str) -> list[re.Match[str]]:
    """``list(PAIR.finditer(text))``: the names before each parenthesis (``led_by_names``)."""
    return led_by_names(PAIR, text, _OPENING, ")")


_OPENING = re.compile(r"\(")


def led_by_names(pattern: re.Pattern[str], text: str, gate: re.Pattern[str], closing: str = "") -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern without lookbehind whose every match is at most
    four capitalised words with blanks after each (and perhaps a comma after the last) up to where
    a match of ``gate`` begins, and ends where that gate match ends, or (``closing``) at the first
    ``closing`` after it. The gate's text can be no part of the words (it holds no capital after a blank).

    So every match that begins before the end of the first gate match ahead ends where that match
    ends (or at its closing): the pattern is tried from a little before each gate match up to there,
    instead of at every capital of the text."""
    found: list[re.Match[str]] = []
    position = 0
    while True:
        hit = gate.search(text, position)
        if hit is None:
            return found
        end = hit.end()
        if closing:
            end = text.find(closing, end) + 1
            if not end:
                return found
        match = pattern.search(text, _words_before(text, position, hit.start()), end)
        if match is None:
            position = end
        else:
            found.append(match)
            position = match.end()


def _words_before(text: str, position: int, at: int) -> int:
    """A place no later than the first (from ``position``) where a match of at most four words
    before ``at`` can begin: 80 characters back where they hold more than four words (a match
    begun earlier would hold them all), else the start of the line (a match holds no line break)."""
    back = at - 80
    if back > position and len(text[back:at].split()) > 4:
        return back
    return max(position, text.rfind("\n", 0, at) + 1)


def pair_roles(text: str, people: Counter[str], characters: Counter[str]) -> None:
    """Count the names of every "Name (Name)" pair as people or characters, the pairs whose
    order does not show following the order most of the article's pairs show."""
    pairs = [m for m in _pair_matches(text) if not ({w.lower() for w in m.group(0).replace("(", " ").split()} & _NOT_NAMES)]
    if not pairs:
        return
    orders = [_order(text, m, people, characters) for m in pairs]
    shown = Counter(o for o in orders if o is not None)
    convention = None
    if shown and shown.most_common(1)[0][1] * 3 >= sum(shown.values()) * 2:
        convention = shown.most_common(1)[0][0]
    for match, order in zip(pairs, orders):
        order = convention if order is None else order
        if order is None:
            continue
        actor, role = (match.group("b"), match.group("a")) if order else (match.group("a"), match.group("b"))
        people[fold(actor)] += 1
        characters[fold(role)] += 1
