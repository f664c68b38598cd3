"""Casting that an actor's agency has not confirmed: a negated "new" cast claim.

"Her agency said nothing has been decided yet", "the actor's management denied the report":
the agency speaks on record (official), and what it says is that the casting is not decided.
The person is the owner of the agency ("Kim Ha-na's agency"), else the person the
sentences just before name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..models import CastValue
from .claims import Found, View
from .mentions import KOREAN_SURNAMES

_AGENCY = r"(?:agency|agencies|management|label|representatives?|reps?|spokesperson)"
_DENIAL = re.compile(
    r"\b(?:nothing\s+(?:has\s+been|had\s+been|is|was)\s+(?:decided|confirmed|finali[sz]ed|set)|"
    r"no\s+(?:official\s+|final\s+)?decisions?\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:made|reached)|"
    r"(?:has|have|had|is|was)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:decided|confirmed|finali[sz]ed)|"
    r"not\s+(?:yet\s+)?(?:been\s+)?(?:decided|confirmed|finali[sz]ed)\s+yet|"
    r"den(?:y|ies|ied)\b|(?:is|are|was|were)\s+(?:still\s+)?(?:reviewing|considering)\s+(?:the\s+)?offer)",
    re.IGNORECASE)
_WORD = r"[A-Z][\w'’.]*(?:-[\w'’]+)*"
_OWNER = re.compile(rf"(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,3}})['’]s?[ \t]+(?:\w+[ \t]+)?{_AGENCY}\b")
_PRONOUN_AGENCY = re.compile(rf"\b(?:her|his|their|the\s+(?:actor|actress|star|singer)['’]s?)\s+(?:\w+\s+)?{_AGENCY}\b",
                             re.IGNORECASE)
_NAME = re.compile(rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}")
_ACTOR_FIRST = re.compile(r"(?:Actor|Actress|Star|Singer|Idol)[ \t]")
_ACTOR_BEFORE = re.compile(r"\b(?:actor|actress|star|singer|idol)[ \t]+$", re.IGNORECASE)


def agency_denials(view: View, clean: Callable[[str], str | None]) -> list[Found]:
    """The negated casting claims of a sentence in which an agency says nothing is decided."""
    s = view.s
    denial = _DENIAL.search(s)
    if denial is None or not re.search(rf"\b{_AGENCY}\b", s, re.IGNORECASE):
        return []
    owner = _OWNER.search(s)
    person = clean(owner.group("n")) if owner else None
    if person is None and _PRONOUN_AGENCY.search(s):
        person = named_before(view, clean)
    if person is None:
        return []
    at = view.sentence.start + denial.start()
    return [Found("cast", CastValue(person, None, "new"), at, view.sentence.start + denial.end(),
                  polarity="negated", certainty="official")]


def named_before(view: View, clean: Callable[[str], str | None]) -> str | None:
    """The last person the sentences just before name: a Korean-shaped name or one after "actor"."""
    for previous in reversed(view.notes.get("previous", ())):
        found = None
        for match in _NAME.finditer(previous):
            name = clean(re.sub(r"['’]s?$", "", match.group()))  # "Kim Ha-na's agency": Kim Ha-na
            if name is None:
                continue
            words = name.split()
            korean = len(words) in (2, 3) and words[0].lower() in KOREAN_SURNAMES
            if korean or _ACTOR_BEFORE.search(previous, 0, match.start()) or _ACTOR_FIRST.match(match.group()):
                found = name
        if found:
            return found
    return None
