"""Resolution: claims -> one evidence-backed Status per season, as of any date.

    from nextseason.resolve import resolve_status, status_for, Status

``resolve_status`` is pure (claim records in, Status out); ``status_for``, ``timeline``,
``sources`` and ``seasons`` read a store (see ``service.py``).
"""

from __future__ import annotations

from .evidence import DEFAULT, ResolveSettings
from .model import (
                    CastMember,
                    Contradiction,
                    Evidence,
                    Fact,
                    Lapsed,
                    ReleaseEstimate,
                    Renewal,
                    Side,
                    SourceRecord,
                    Status,
)
from .service import SeasonSummary, seasons, sources, status_for, timeline
from .status import resolve_status

__all__ = [
    "DEFAULT", "CastMember", "Contradiction", "Evidence", "Fact", "Lapsed", "ReleaseEstimate", "Renewal",
    "ResolveSettings", "SeasonSummary", "Side", "SourceRecord", "Status", "resolve_status", "seasons",
    "sources", "status_for", "timeline",
]
