"""The literal openings of a parsed pattern (``re._parser`` form), for the locators of ``fastre``:
what every match begins with, so that a place that begins otherwise is passed over at once."""

from __future__ import annotations

import importlib
import re
from typing import Any


def openings(items: Any) -> tuple[set[str], set[str]] | None:
    """Runs of literal characters one of which every match of a parsed sequence begins with (its
    zero-width openings passed over), and the sources of the lookbehinds that open the matches that
    begin with none of them ("(?<=that\\s)"); None when a match may begin otherwise."""
    sre = importlib.import_module("re._constants")
    run = ""
    for index, (op, av) in enumerate(items):
        if op is sre.LITERAL:
            run += chr(av)
            continue
        if not run and op is sre.ASSERT and av[0] < 0 and (behind := _plain_source(av[1].data)):
            return set(), {"(?<=" + behind + ")"}
        if not run and op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # (no width: what follows begins the match)
        if op is sre.SUBPATTERN and not av[1] and not av[2] or op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            subs = [av[3].data if op is sre.SUBPATTERN else av[2].data]  # (a repeat opens with its first round)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            subs = [av[2].data, items[index + 1:]]  # (optional: a match opens with it or with what follows)
        elif op is sre.BRANCH:
            subs = [alternative.data for alternative in av[1]]
        else:
            break
        inner = [openings(sub) for sub in subs]
        if any(found is None for found in inner) or run and any(found[1] for found in inner if found):
            break
        return ({run + word for found in inner if found for word in found[0]},
                {behind for found in inner if found for behind in found[1]})
    return ({run}, set()) if run else None


def _plain_source(items: Any) -> str | None:
    """The source of a sequence of literal characters and blanks (a simple lookbehind's body)."""
    sre = importlib.import_module("re._constants")
    parts = []
    for op, av in items:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.IN and av == [(sre.CATEGORY, sre.CATEGORY_SPACE)]:
            parts.append(r"\s")
        else:
            return None
    return "".join(parts) or None
