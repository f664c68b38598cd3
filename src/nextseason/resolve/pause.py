"""The pause of the cyclic garbage collector during an answer (``store.collector``: the store
pauses it too while it parses every claim)."""

from __future__ import annotations

from ..store.collector import collector_paused

__all__ = ["collector_paused"]
