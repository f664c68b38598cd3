"""A pause of the cyclic garbage collector while a status is worked out or the store parses
every claim.

Resolving a busy season makes tens of thousands of short-lived tuples; each few hundred of them
start a collection, and every so often one of those walks every object the process holds (the
store's parsed claims, the memos): tens of milliseconds in the middle of an answer. Claims and
the records built from them make no reference cycles (reference counting frees them), so the
collector is paused for the length of one answer and resumes after it: the collections it would
have made run at most once, after the answer, instead of many times inside it.

When the last answer under way ends, what it left alive (claims read, indexes and memos: caches
that live as long as the process) is moved to the collector's permanent generation
(``gc.freeze``) rather than walked by the collection that turning it back on would start at once
(about 10 ms at 10,000 claims, for nothing: an answer makes no reference cycles, and what is
frozen is still freed by reference counting). Should an answer ever leave cyclic garbage, it is
kept only until the frozen objects outnumber ``FROZEN_LIMIT``: then they are unfrozen and
collected normally.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.Lock()
_depth = 0  # answers under way (threads, nesting)
_resume = False  # whether the collector was on when the first of them began
FROZEN_LIMIT = 5_000_000  # objects kept out of collections before they are handed back to them
_frozen = 0  # about how many objects were frozen since the last unfreeze (``gc.get_freeze_count``
# walks them all: ten milliseconds at 10,000 claims)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the block runs (nested and threaded uses share
    one pause; the collector is turned back on only if it was on, when the last one ends)."""
    global _depth, _resume, _frozen
    with _LOCK:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _LOCK:
            _depth -= 1
            if _depth == 0 and _resume:
                _frozen += gc.get_count()[0]  # objects made since the last collection, net
                if _frozen > FROZEN_LIMIT:
                    gc.unfreeze()
                    _frozen = 0
                else:
                    gc.freeze()
                gc.enable()
