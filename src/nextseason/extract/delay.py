"""The delay-reason finder: why a season is late (a strike, schedules, effects work, the script,
covid, other), each reason named near a delay cue in the sentence."""

from __future__ import annotations

import re
from typing import cast

from ..models import DelayValue
from . import fastre as fre
from .claims import Found, Reason, View

_DELAY_CUE = re.compile(
    r"\b(?:delay\w*|postpon\w*|push(?:ed|ing)?\s+back|halt\w*|pause\w*|paused|shut\s*down|affect\w*|"
    r"impact\w*|because\s+of|due\s+to|owing\s+to|amid|depends\s+on|held\s+up|setback|stall\w*|"
    r"interrupt\w*|suspend\w*|disrupt\w*|hold|resume\w*|after\s+the|wait(?:ing)?\s+(?:for|until)|"
    r"why\s+\w+\s+(?:is\s+)?taking|taking\s+so\s+long|still\s+(?:working|writing)|(?:not|n['’]t)\s+go\s+ahead|reason|caus(?:e|ed|es|ing)\s+(?:\w+\s+){0,3}?(?:delays?|problems?|issues?|setbacks?|postponements?|conflicts?)|timeline|extend\w*)\b", re.IGNORECASE)
_REASONS = (
    ("strike", re.compile(r"\b(?:strikes?|WGA|SAG-AFTRA|walkout|picket\w*)\b", re.IGNORECASE)),
    ("covid", re.compile(r"\b(?:covid(?:-19)?|coronavirus|pandemic|lockdown)\b", re.IGNORECASE)),
    ("schedules", re.compile(r"\b(?:schedul(?:e|es|ing)\s+(?:conflicts?|problems?|issues?|clash(?:es)?)|(?:busy|hectic|packed|conflicting)\s+schedules?|"
                             r"other\s+(?:commitments|projects)|military\s+(?:service|enlistment)|enlist\w*)\b",
                             re.IGNORECASE)),
    ("vfx", re.compile(r"\b(?:visual\s+effects|vfx|cgi|special\s+effects|post-?production\s+work)\b", re.IGNORECASE)),
    ("script", re.compile(r"\b(?:scripts?|writing|rewrit\w*|story\s+development)\b", re.IGNORECASE)),
    ("other", re.compile(r"\b(?:(?:better|final)\s+(?:final\s+)?product|ensure\s+(?:a\s+|the\s+)?(?:better|higher|best)|"
                         r"enhance\s+the\s+(?:final|quality|show|series)|(?:tragic\s+|sudden\s+|unexpected\s+)*(?:death|passing)\s+of)\b",
                         re.IGNORECASE)),
)

_REASON_DENIED = re.compile(r"\s+(?:are|is|was|were|has|have|had)\s+(?:not|n['’]t|never|no\s+longer)\b|n['’]t\b",
                            re.IGNORECASE)


def find_delay(view: View) -> list[Found]:
    from .certainty import negated_before

    cue = fre.search_folded(_DELAY_CUE, view.s, view.lower)
    if cue is None:
        return []
    reasons = []
    for reason, pattern in _REASONS:
        match = fre.search_folded(pattern, view.s, view.lower)
        if match is None:
            continue
        if reason == "script" and not fre.search(r"delay|postpon|taking|wait|still|reason|because|due", view.s,
                                                 re.IGNORECASE):
            continue
        reasons.append((reason, match))
    if not reasons:
        return []  # (no reason named: no negation to look for)
    if any(reason in ("strike", "covid") for reason, _ in reasons):
        reasons = [(reason, match) for reason, match in reasons if reason != "script"]
    base = view.sentence.start
    negated = negated_before(view.s, cue.start())
    found = []
    for reason, match in reasons:
        at = base + min(match.start(), cue.start())
        denied = negated or _REASON_DENIED.match(view.s, match.end()) is not None  # "strikes are not an issue"
        found.append(Found("delay_reason", DelayValue(cast(Reason, reason)), at, base + max(match.end(), cue.end()),
                           polarity="negated" if denied else "affirmed"))
    return found
