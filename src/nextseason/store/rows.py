"""Conversions between the records of ``models`` and database rows (shared by every backend).

Claim values are stored as JSON that keeps each interval's precision and label, so a stored
"early 2027" reads back as "early 2027", not as a bare pair of days.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from ..models import Claim, ClaimRecord, ClaimValue, Document, Interval, Span, parse_value
from ..text import work_key

Row = Mapping[str, Any]
DateParam = Callable[[date | None], Any]


def day(value: Any) -> date | None:
    """A date from a row value (ISO text in SQLite, ``date`` in Postgres)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def interval_json(interval: Interval | None) -> dict[str, Any] | None:
    if interval is None:
        return None
    return {**interval.to_json(), "precision": interval.precision, "label": interval.label}


def _plain(value: Any) -> Any:
    if isinstance(value, Interval):
        return interval_json(value)
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    return value


def value_text(value: ClaimValue) -> str | None:
    return None if value is None else json.dumps(_plain(value), ensure_ascii=False)


def spans_text(spans: tuple[Span, ...]) -> str:
    return json.dumps([[s.start, s.end] for s in spans])


def spans(text: str | None) -> tuple[Span, ...]:
    return tuple(Span(int(a), int(b)) for a, b in json.loads(text or "[]"))


DOCUMENT_COLUMNS = (
    "id", "doc_id", "url", "domain", "title", "text", "published", "published_start",
    "published_end", "published_precision", "published_label", "published_effective",
    "published_basis", "boilerplate", "folded", "source_kind", "metadata", "minhash",
    "cluster_id", "ingested_at",
)


def document_params(document: Document, minhash: bytes | None, cluster: str | None,
                    ingested_at: str, as_date: DateParam) -> tuple[Any, ...]:
    """Values for ``DOCUMENT_COLUMNS``, in order."""
    rng = document.published_range
    return (
        document.id, document.doc_id, document.url, document.domain, document.title, document.text,
        as_date(document.published), as_date(rng.start if rng else None),
        as_date(rng.end if rng else None), rng.precision if rng else None, rng.label if rng else None,
        as_date(document.effective_published), document.published_basis,
        spans_text(document.boilerplate), spans_text(document.folded), document.source_kind,
        json.dumps(dict(document.metadata), ensure_ascii=False, default=str), minhash, cluster,
        ingested_at,
    )


def document_from_row(row: Row) -> Document:
    start, end = day(row["published_start"]), day(row["published_end"])
    precision = row["published_precision"]
    rng = None
    if start is not None or end is not None or precision is not None:
        rng = Interval(start, end, precision or "range", row["published_label"])
    return Document(
        id=row["id"], doc_id=row["doc_id"], text=row["text"], url=row["url"], title=row["title"],
        published=day(row["published"]), published_range=rng, published_basis=row["published_basis"],
        boilerplate=spans(row["boilerplate"]), folded=spans(row["folded"]),
        source_kind=row["source_kind"], metadata=json.loads(row["metadata"] or "{}"),
    )


CLAIM_COLUMNS = (
    "document_id", "doc_seq", "ordinal", "work", "work_key", "season", "kind", "value", "polarity",
    "certainty", "as_of", "source", "quote", "quote_start", "quote_end",
)


def claim_params(document_id: str, doc_seq: int, ordinal: int, claim: Claim) -> tuple[Any, ...]:
    as_of = interval_json(claim.as_of)
    return (
        document_id, doc_seq, ordinal, claim.work, work_key(claim.work), claim.season, claim.kind,
        value_text(claim.value), claim.polarity, claim.certainty,
        None if as_of is None else json.dumps(as_of), claim.source, claim.quote,
        claim.quote_start, claim.quote_end,
    )


@lru_cache(maxsize=8192)
def _value(kind: str, text: str) -> ClaimValue:
    """Parsed claim values are frozen, so equal JSON texts share one parsed value."""
    return parse_value(kind, json.loads(text))


@lru_cache(maxsize=8192)
def _interval(text: str) -> Interval | None:
    return Interval.from_json(json.loads(text))


@lru_cache(maxsize=8192)
def _iso_day(text: str) -> date:
    return date.fromisoformat(text)


def _day_fast(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, str):
        return _iso_day(value)
    return day(value)


def claim_from_row(row: Row) -> Claim:
    value = row["value"]
    as_of = row["as_of"]
    kind = row["kind"]
    return Claim(
        work=row["work"], season=row["season"], kind=kind,
        value=None if value is None else _value(kind, value),
        polarity=row["polarity"], certainty=row["certainty"],
        as_of=None if as_of is None else _interval(as_of),
        source=row["source"], quote=row["quote"], quote_start=row["quote_start"],
        quote_end=row["quote_end"],
    )


# the columns of a claim record query, in the order ``record_from_tuple`` reads them
RECORD_COLUMNS = (
    "c.document_id", "c.work", "c.season", "c.kind", "c.value", "c.polarity", "c.certainty", "c.as_of",
    "c.source", "c.quote", "c.quote_start", "c.quote_end", "d.doc_id", "d.published",
    "d.published_effective", "d.url", "d.domain", "d.cluster_id",
)


def record_from_tuple(t: tuple[Any, ...]) -> ClaimRecord:
    """A ClaimRecord from a row of ``RECORD_COLUMNS`` (the hot path of resolution)."""
    (document_id, work, season, kind, value, polarity, certainty, as_of, source, quote, quote_start,
     quote_end, doc_id, published, effective, url, domain, cluster) = t
    claim = _CLAIM(work, season, kind, None if value is None else _value(kind, value), polarity, certainty,
                   None if as_of is None else _interval(as_of), source, quote, quote_start, quote_end)
    effective_day = _day_fast(effective)
    return _RECORD(claim, document_id, doc_id, effective_day,
                   published is None and effective_day is not None, url, domain, cluster)


_CLAIM_FIELDS = ("work", "season", "kind", "value", "polarity", "certainty", "as_of", "source", "quote",
                 "quote_start", "quote_end")
_RECORD_FIELDS = ("claim", "document_id", "doc_id", "published", "published_inferred", "url", "domain", "cluster")


def slot_writer(cls: type, names: tuple[str, ...]) -> Callable[..., Any]:
    """A maker of ``cls`` from all its fields in order that writes them through the slots' own
    setters (a frozen dataclass's ``__init__`` goes through ``object.__setattr__``, which looks
    each slot up by name again: about twice the cost, for every claim a store reads). The class
    itself when its fields are not exactly ``names`` or it has a ``__post_init__``: a model that
    changes keeps being made by its own ``__init__``."""
    if (not is_dataclass(cls) or tuple(f.name for f in fields(cls)) != names or hasattr(cls, "__post_init__")
            or "__slots__" not in cls.__dict__):
        return cls
    # straight-line code, as dataclasses writes its own __init__ (a loop over the setters costs as
    # much as it saves)
    scope: dict[str, Any] = {"new": object.__new__, "cls": cls}
    scope.update({f"set{n}": cls.__dict__[name].__set__ for n, name in enumerate(names)})
    arguments = ", ".join(f"a{n}" for n in range(len(names)))
    body = "".join(f"    set{n}(made, a{n})\n" for n in range(len(names)))
    exec(f"def make({arguments}):\n    made = new(cls)\n{body}    return made\n", scope)  # noqa: S102
    return scope["make"]  # type: ignore[no-any-return]


_CLAIM: Callable[..., Claim] = slot_writer(Claim, _CLAIM_FIELDS)
_RECORD: Callable[..., ClaimRecord] = slot_writer(ClaimRecord, _RECORD_FIELDS)
