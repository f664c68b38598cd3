"""Recasting: who takes a part over (new) and who gives it up (leaving).

"A replaces B as Dana", "A will take over the role from B", "following B's exit, A ...",
"B is stepping away, with A stepping in": the status of each name comes from its place around
the recasting verb, not from the nearest cue word (which would call both "leaving").
"""

from __future__ import annotations

import re

from . import fastre as fre

_WORD = r"[A-Z][\w'’.]*(?:-[\w'’]+)*"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
# a name that gives the part up: after "replaces", "taking over from", before "'s exit"
_OLD = (
    re.compile(rf"\b(?:replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?|tak(?:e|es|ing|en)[ \t]+over[ \t]+(?:\w+[ \t]+){{0,4}}?from|"
               rf"took[ \t]+over[ \t]+(?:\w+[ \t]+){{0,4}}?from|in[ \t]+place[ \t]+of|instead[ \t]+of)[ \t]+(?P<n>{_NAME})"),
    re.compile(rf"(?P<n>{_NAME})['’]s?[ \t]+(?:exit|departure)\b"),
    re.compile(rf"(?P<n>{_NAME})[ \t]+(?:is|was|has\s+been)?[ \t]*(?:stepping|stepped|steps)[ \t]+(?:away|down|back)\b"),
)
# a name that takes the part: before "replaces", "will take over", "stepping in", "has been recast as"
_NEW = (
    re.compile(rf"(?P<n>{_NAME})[ \t]+(?:(?:will|is\s+set\s+to|is\s+to)[ \t]+)?(?:replac(?:e|es|ing)|succeed(?:s|ing)?|"
               rf"take(?:s)?[ \t]+over|is[ \t]+taking[ \t]+over|took[ \t]+over)\b"),
    re.compile(rf"(?P<n>{_NAME})[ \t]+(?:(?:is|was|has|have|will)[ \t]+)?(?:been[ \t]+|be[ \t]+)?(?:recast|stepping[ \t]+in|steps[ \t]+in)\b"),
    re.compile(rf"\bwith[ \t]+(?P<n>{_NAME})[ \t]+(?:stepping|set\s+to\s+step|taking)[ \t]+(?:in|over)\b"),
)


def recast_statuses(s: str) -> dict[int, str]:
    """Sentence offset of each name that a recasting verb places -> "new" or "leaving"."""
    if not re.search(r"replac|succeed|over|exit|departure|absence|recast|stepp?|instead|place\s+of", s, re.IGNORECASE):
        return {}
    statuses: dict[int, str] = {}
    for status, pattern, needed in _PLAN:
        if needed is None or any(word in s for word in needed):  # (a pattern opening with a name is slow to try)
            for match in pattern.finditer(s):
                statuses.setdefault(match.start("n"), status)
    return statuses


# each pattern with its status and the literals one of which every match holds (as written: the
# patterns are case-sensitive), in the order above: the first status found for a name stands
_PLAN = tuple((status, pattern, fre.needs(pattern)) for status, patterns in (("leaving", _OLD), ("new", _NEW))
              for pattern in patterns)
