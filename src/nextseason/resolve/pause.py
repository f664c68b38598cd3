"""A pause of the cyclic garbage collector while a status is worked out.

Resolving a busy season makes tens of thousands of short-lived tuples; each few hundred of them
start a collection, and every so often one of those walks every object the process holds (the
store's parsed claims, the memos): tens of milliseconds in the middle of an answer. Claims and
the records built from them make no reference cycles (reference counting frees them), so the
collector is paused for the length of one answer and resumes after it: the collections it would
have made run at most once, after the answer, instead of many times inside it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.Lock()
_depth = 0  # answers under way (threads, nesting)
_resume = False  # whether the collector was on when the first of them began


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the block runs (nested and threaded uses share
    one pause; the collector is turned back on only if it was on, when the last one ends)."""
    global _depth, _resume
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
                gc.enable()
