"""Records passed between the stages: ingest -> extract -> store -> resolve -> web/cli.

Every record is a frozen, typed dataclass. Claims export to and import from the exchange
format of ``shared/spec/claims.md`` (``Claim.to_exchange`` / ``Claim.from_exchange``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, TypeAlias

Kind: TypeAlias = Literal[
    "renewal", "release", "production", "cast", "episodes", "platform", "delay_reason"
]
KINDS: tuple[str, ...] = (
    "renewal", "release", "production", "cast", "episodes", "platform", "delay_reason",
)
Polarity: TypeAlias = Literal["affirmed", "negated"]
Certainty: TypeAlias = Literal["official", "reported", "expected", "speculative"]
CERTAINTIES: tuple[str, ...] = ("official", "reported", "expected", "speculative")
STAGES: tuple[str, ...] = (
    "rumored", "renewed", "pre_production", "filming", "post_production",
    "dated", "released", "cancelled", "unknown",
)


@dataclass(frozen=True, slots=True)
class Interval:
    """An inclusive date interval; ``None`` ends are open.

    ``precision`` says how coarse the expression was (day, week, month, third, season,
    quarter, part, half, year, range, open) and ``label`` how to show it to a person
    ("early 2027"), so that a window is never displayed as a fake day.
    """

    start: date | None
    end: date | None
    precision: str = "day"
    label: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }

    @classmethod
    def from_json(cls, value: Mapping[str, Any] | None) -> Interval | None:
        if value is None:
            return None
        start = date.fromisoformat(value["start"]) if value.get("start") else None
        end = date.fromisoformat(value["end"]) if value.get("end") else None
        return cls(start, end, str(value.get("precision") or _guess_precision(start, end)),
                   value.get("label"))

    @classmethod
    def day(cls, day: date) -> Interval:
        return cls(day, day, "day", day.strftime("%-d %B %Y"))

    def contains(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def overlaps(self, other: Interval) -> bool:
        return ((self.start is None or other.end is None or self.start <= other.end)
                and (other.start is None or self.end is None or other.start <= self.end))

    @property
    def width_days(self) -> int | None:
        if self.start is None or self.end is None:
            return None
        return (self.end - self.start).days + 1

    def display(self) -> str:
        """A person's reading of the interval, keeping its precision."""
        if self.label:
            return self.label
        if self.start and self.end:
            if self.start == self.end:
                return self.start.strftime("%-d %B %Y")
            return f"{self.start.isoformat()} .. {self.end.isoformat()}"
        if self.start:
            return f"{self.start.isoformat()} or later"
        if self.end:
            return f"by {self.end.isoformat()}"
        return "open"


def _guess_precision(start: date | None, end: date | None) -> str:
    if start is None or end is None:
        return "open"
    days = (end - start).days + 1
    if days == 1:
        return "day"
    if start.day == 1 and start.month == 1 and end.month == 12 and end.day == 31 and start.year == end.year:
        return "year"
    if start.day == 1 and start.month == end.month and start.year == end.year:
        return "month"
    return "range"


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression found in text (TimeML TIMEX3 plus our INTERVAL)."""

    start: int  # character offset into the text, inclusive
    end: int  # exclusive
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str  # TIMEX3 value as TempEval-3 writes it ("2024-12", "P10M", "XXXX-SU", "PRESENT_REF")
    mod: str | None = None  # START MID END BEFORE AFTER ON_OR_BEFORE ON_OR_AFTER APPROX
    interval: Interval | None = None  # for DATE/TIME: the claims.md INTERVAL; None when not a time
    relative: bool = False  # resolved against the anchor date


# ---------------------------------------------------------------- documents


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    """One ingested article. ``text`` is kept exactly as captured: claim quotes point into it."""

    id: str  # content hash (sha256 hex of the normalised text): the identity of the article
    doc_id: str  # external id: the JSONL ``id``, or the file path / URL
    text: str
    url: str | None = None
    title: str | None = None
    published: date | None = None  # stated by the source
    published_range: Interval | None = None  # inferred when not stated (or the stated day)
    published_basis: str = "unknown"  # field | header | html-meta | url | warc | inferred | unknown
    boilerplate: tuple[Span, ...] = ()  # line spans marked as boilerplate (kept, skipped by extract)
    folded: tuple[Span, ...] = ()  # lines repeated back to back, folded onto their first copy
    source_kind: str = "jsonl"  # jsonl | txt | html | warc | url
    metadata: Mapping[str, Any] = field(default_factory=dict)

    @property
    def domain(self) -> str | None:
        if not self.url:
            return None
        from urllib.parse import urlsplit

        host = urlsplit(self.url).hostname or ""
        return host.removeprefix("www.") or None

    @property
    def effective_published(self) -> date | None:
        """The day to use for "as of" filtering: stated, else the end of the inferred range."""
        if self.published:
            return self.published
        if self.published_range is not None:
            return self.published_range.end or self.published_range.start
        return None


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be ingested, with the reason. Nothing is dropped silently."""

    source: str  # file path, URL or "path:line" / "path#record"
    reason: str
    detail: str | None = None


# ---------------------------------------------------------------- claims


@dataclass(frozen=True, slots=True)
class RenewalValue:
    status: Literal["renewed", "cancelled"]
    date: Interval | None = None

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "date": self.date.to_json() if self.date else None}


@dataclass(frozen=True, slots=True)
class ProductionValue:
    stage: Literal["pre_production", "filming", "post_production"]
    event: Literal["start", "end", "ongoing"]
    when: Interval | None = None

    def to_json(self) -> dict[str, Any]:
        return {"stage": self.stage, "event": self.event,
                "when": self.when.to_json() if self.when else None}


@dataclass(frozen=True, slots=True)
class CastValue:
    person: str
    character: str | None = None
    status: Literal["returning", "new", "leaving"] = "returning"

    def to_json(self) -> dict[str, Any]:
        return {"person": self.person, "character": self.character, "status": self.status}


@dataclass(frozen=True, slots=True)
class EpisodesValue:
    count: int
    at_least: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"count": self.count, "at_least": self.at_least}


@dataclass(frozen=True, slots=True)
class PlatformValue:
    name: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name}


@dataclass(frozen=True, slots=True)
class DelayValue:
    reason: Literal["strike", "schedules", "vfx", "script", "covid", "other"]

    def to_json(self) -> dict[str, Any]:
        return {"reason": self.reason}


# release claims carry an Interval (or None: "no release date announced", negated)
ClaimValue: TypeAlias = (
    RenewalValue | Interval | ProductionValue | CastValue | EpisodesValue | PlatformValue | DelayValue | None
)


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim an article makes about a work (and season), with its evidence."""

    work: str
    season: int | None
    kind: Kind
    value: ClaimValue
    polarity: Polarity = "affirmed"
    certainty: Certainty = "reported"
    as_of: Interval | None = None
    source: str | None = None
    quote: str = ""
    quote_start: int = 0  # character span of the quote in Document.text
    quote_end: int = 0

    def value_json(self) -> Any:
        return None if self.value is None else self.value.to_json()

    def to_exchange(self) -> dict[str, Any]:
        """The claim in the exchange format of spec/claims.md."""
        return {
            "work": self.work,
            "season": self.season,
            "kind": self.kind,
            "value": self.value_json(),
            "polarity": self.polarity,
            "certainty": self.certainty,
            "as_of": self.as_of.to_json() if self.as_of else None,
            "source": self.source,
            "quote": self.quote,
        }

    @classmethod
    def from_exchange(cls, row: Mapping[str, Any], text: str | None = None) -> Claim:
        """Read a claim of the exchange format (gold files, stored rows)."""
        kind = row["kind"]
        value = parse_value(kind, row.get("value"))
        quote = row.get("quote") or ""
        start = row.get("quote_start")
        if start is None:
            start = text.find(quote) if (text and quote) else -1
            start = max(start, 0)
        end = row.get("quote_end")
        if end is None:
            end = start + len(quote)
        return cls(
            work=row["work"], season=row.get("season"), kind=kind, value=value,
            polarity=row.get("polarity", "affirmed"), certainty=row.get("certainty", "reported"),
            as_of=Interval.from_json(row.get("as_of")), source=row.get("source"),
            quote=quote, quote_start=int(start), quote_end=int(end),
        )


def parse_value(kind: str, value: Any) -> ClaimValue:
    """The typed value of a claim from its JSON form."""
    if value is None:
        return None
    if kind == "release":
        return Interval.from_json(value)
    if kind == "renewal":
        return RenewalValue(value["status"], Interval.from_json(value.get("date")))
    if kind == "production":
        return ProductionValue(value["stage"], value["event"], Interval.from_json(value.get("when")))
    if kind == "cast":
        return CastValue(value["person"], value.get("character"), value.get("status", "returning"))
    if kind == "episodes":
        return EpisodesValue(int(value["count"]), bool(value.get("at_least", False)))
    if kind == "platform":
        return PlatformValue(value["name"])
    if kind == "delay_reason":
        return DelayValue(value["reason"])
    raise ValueError(f"unknown claim kind {kind!r}")


@dataclass(frozen=True, slots=True)
class ProcessedDocument:
    """What the pure per-document function returns: the document and its claims."""

    document: Document
    claims: tuple[Claim, ...] = ()


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """A stored claim with the context that resolution needs (from its article)."""

    claim: Claim
    document_id: str  # Document.id (content hash)
    doc_id: str  # external id
    published: date | None  # effective publication day (stated, else inferred end)
    published_inferred: bool
    url: str | None
    domain: str | None
    cluster: str | None  # near-duplicate cluster id: copies of one story count once
