"""The records resolution returns: a season's Status and its parts.

Every record is a frozen dataclass with a ``to_json()``; ``Status.to_json()`` carries the
fields of ``shared/spec/cli-contract.md`` (work, season, as_of, stage, release, renewal, cast,
lapsed, contradictions) plus the evidence behind each of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..models import Interval


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def interval_json(window: Interval | None) -> dict[str, Any] | None:
    """An interval with its precision and a person's label ("early 2027")."""
    if window is None:
        return None
    from .windows import label_of

    out: dict[str, Any] = dict(window.to_json())
    out["precision"] = window.precision
    out["label"] = label_of(window)
    return out


@dataclass(frozen=True, slots=True)
class Evidence:
    """One claim as evidence: what it says, who said it, where and when, with its quote."""

    kind: str
    value: str  # the claim's value in words ("early 2027", "filming ongoing", "renewed")
    polarity: str
    certainty: str
    quote: str
    outlet: str | None  # the article's domain
    source: str | None  # who the article attributes the claim to
    published: date | None
    published_inferred: bool
    url: str | None
    doc_id: str
    cluster: str | None = None
    weight: float = 0.0  # the weight resolution gave it (prior x reliability x recency)
    work: str = ""
    season: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "value": self.value, "polarity": self.polarity,
            "certainty": self.certainty, "quote": self.quote, "outlet": self.outlet,
            "source": self.source, "published": _day(self.published),
            "published_inferred": self.published_inferred, "url": self.url,
            "doc_id": self.doc_id, "cluster": self.cluster, "weight": round(self.weight, 4),
            "work": self.work, "season": self.season,
        }


@dataclass(frozen=True, slots=True)
class ReleaseEstimate:
    """The best current premiere window, how sure we are, and why."""

    window: Interval
    confidence: float
    why: str
    basis: str  # released | official | claimed | bounded | production-stage
    evidence: tuple[Evidence, ...] = ()
    bounds: tuple[str, ...] = ()  # what cut or bounded the window (negations, filming end, as-of)

    @property
    def label(self) -> str:
        from .windows import label_of

        return label_of(self.window)

    def to_json(self) -> dict[str, Any]:
        return {
            "start": _day(self.window.start), "end": _day(self.window.end),
            "confidence": round(self.confidence, 3), "precision": self.window.precision,
            "label": self.label, "why": self.why, "basis": self.basis,
            "bounds": list(self.bounds), "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Renewal:
    status: str  # renewed | cancelled | unknown
    date: Interval | None
    confidence: float = 0.0
    evidence: tuple[Evidence, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status, "date": self.date.to_json() if self.date else None,
            "date_label": interval_json(self.date)["label"] if self.date else None,  # type: ignore[index]
            "confidence": round(self.confidence, 3),
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class CastMember:
    """One person (an alias group), the spellings that joined it and why."""

    person: str
    aliases: tuple[str, ...] = ()
    character: str | None = None
    status: str = "returning"
    joined_by: tuple[str, ...] = ()  # "Park Ji Hoo: romanisation (oo~u)", "Choi Yi Hyun: same character Nam-ra"
    sources: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    possibly_same: tuple[str, ...] = ()  # other groups playing the same character: not merged

    def to_json(self) -> dict[str, Any]:
        return {
            "person": self.person, "aliases": list(self.aliases), "character": self.character,
            "status": self.status, "joined_by": list(self.joined_by), "sources": list(self.sources),
            "possibly_same": list(self.possibly_same),
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Lapsed:
    """A predicted window that ended before the as-of date without a premiere."""

    window: Interval
    claimed_by: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out = interval_json(self.window) or {}
        out["claimed_by"] = list(self.claimed_by)
        out["evidence"] = [e.to_json() for e in self.evidence]
        return out


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a contradiction: a value, its weight and who says it."""

    value: str
    weight: float
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "weight": round(self.weight, 4), "sources": list(self.sources),
                "evidence": [e.to_json() for e in self.evidence]}


@dataclass(frozen=True, slots=True)
class Contradiction:
    field: str  # "renewal.date", "previous_premiere", "delay_reason", ...
    sides: tuple[Side, ...]
    chosen: str | None = None

    def to_json(self) -> dict[str, Any]:
        sources: list[str] = []
        for side in self.sides:
            sources.extend(s for s in side.sources if s not in sources)
        return {"field": self.field, "values": [s.value for s in self.sides], "sources": sources,
                "chosen": self.chosen, "sides": [s.to_json() for s in self.sides]}


@dataclass(frozen=True, slots=True)
class Fact:
    """A fixed fact reconciled by weighted agreement (first-season premiere, episode count ...)."""

    field: str
    value: str
    confidence: float
    evidence: tuple[Evidence, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "value": self.value, "confidence": round(self.confidence, 3),
                "evidence": [e.to_json() for e in self.evidence]}


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """An outlet's record: how many claims, predictions that came true or lapsed, reliability."""

    outlet: str
    claims: int
    reports: int  # distinct near-duplicate clusters
    came_true: int
    lapsed: int
    pending: int
    prior: float
    learned: float  # truth-discovery accuracy
    reliability: float  # what resolution uses

    def to_json(self) -> dict[str, Any]:
        return {"outlet": self.outlet, "claims": self.claims, "reports": self.reports,
                "came_true": self.came_true, "lapsed": self.lapsed, "pending": self.pending,
                "prior": round(self.prior, 3), "learned": round(self.learned, 3),
                "reliability": round(self.reliability, 3)}


@dataclass(frozen=True, slots=True)
class Status:
    """What is known about one season as of one date, with evidence."""

    work: str
    season: int | None
    as_of: date
    stage: str
    stage_why: str = ""
    stage_evidence: tuple[Evidence, ...] = ()
    release: ReleaseEstimate | None = None
    renewal: Renewal = Renewal("unknown", None)
    cast: tuple[CastMember, ...] = ()
    lapsed: tuple[Lapsed, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    facts: tuple[Fact, ...] = ()
    sources: tuple[SourceRecord, ...] = ()
    timeline: tuple[Evidence, ...] = ()
    claims_used: int = 0
    articles_used: int = 0
    title_aliases: tuple[str, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {
            "work": self.work, "season": self.season, "as_of": self.as_of.isoformat(),
            "stage": self.stage,
            "stage_detail": {"why": self.stage_why,
                             "evidence": [e.to_json() for e in self.stage_evidence]},
            "release": self.release.to_json() if self.release else None,
            "renewal": self.renewal.to_json(),
            "cast": [c.to_json() for c in self.cast],
            "lapsed": [item.to_json() for item in self.lapsed],
            "contradictions": [c.to_json() for c in self.contradictions],
            "facts": [f.to_json() for f in self.facts],
            "sources": [s.to_json() for s in self.sources],
            "timeline": [e.to_json() for e in self.timeline],
            "claims_used": self.claims_used, "articles_used": self.articles_used,
            "title_aliases": list(self.title_aliases),
        }
