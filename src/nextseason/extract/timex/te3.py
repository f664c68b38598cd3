"""TempEval-3 input and output: read TimeML files (``*.TE3input`` or gold ``*.tml``), tag them,
and write the JSON lines that ``shared/eval/score_timex.py`` scores.

Offsets are into the character content of the <TEXT> element as an XML parser returns it
(entities decoded, tags removed), exactly as the scorer computes it. The DCT is the anchor.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ...errors import IngestError
from .base import Hit
from .finder import find_hits


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    name: str  # the file name up to ".tml"
    text: str  # character content of <TEXT>
    dct: date | None


def read_timeml(path: Path) -> TimeMLDocument:
    """One TimeML file: its TEXT content (tags stripped, as the scorer does) and its DCT."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as error:
        raise IngestError(str(path), "not a readable TimeML file", str(error)) from error
    node = root.find("TEXT")
    if node is None:
        raise IngestError(str(path), "no <TEXT> element")
    parts = [node.text or ""]
    for child in node:
        parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    dct = None
    stamp = root.find("DCT/TIMEX3")
    value = stamp.get("value") if stamp is not None else None
    if value:
        try:
            dct = date.fromisoformat(value[:10])
        except ValueError:
            dct = None
    return TimeMLDocument(path.name.split(".tml")[0], "".join(parts), dct)


def te3_spans(text: str, anchor: date | None) -> list[dict[str, Any]]:
    """The TIMEX3 a TimeML annotator would tag: bound words left out, ranges as their parts."""
    out: list[dict[str, Any]] = []
    for hit in find_hits(text, anchor):
        for piece in (hit.parts or (hit,)):
            start, end = _trim(text, *piece.core_span, keep_s=piece.rule == "decade")
            if end > start:
                out.append({"start": start, "end": end, "type": piece.type, "value": piece.value})
    return out


def _trim(text: str, start: int, end: int, keep_s: bool = False) -> tuple[int, int]:
    if end - start > 3 and text[end - 2:end] in ("'s", "\u2019s") and not keep_s:
        end -= 2
    while end > start and text[end - 1] in " \t\n,.;:":
        if text[end - 1] == "." and end - start > 1 and text[end - 2].isalpha() and _abbrev(text, start, end):
            break
        end -= 1
    while start < end and text[start] in " \t\n":
        start += 1
    return start, end


def _abbrev(text: str, start: int, end: int) -> bool:
    """A final period that belongs to an abbreviation ("Sept.", "a.m.")."""
    word = text[start:end].split()[-1].lower()
    return word.rstrip(".") in {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                                "dec", "a.m", "p.m", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat",
                                "sun"}


def te3_files(directory: Path) -> list[Path]:
    files = sorted(p for p in directory.iterdir() if p.name.endswith((".TE3input", ".tml")))
    if not files:
        files = sorted(directory.rglob("*.tml"))
    return files


def tag_directory(directory: Path) -> Iterator[dict[str, Any]]:
    """One scorer line per TimeML file of the directory (TE3 inputs, or gold files re-tagged)."""
    for path in te3_files(directory):
        doc = read_timeml(path)
        yield {"doc": doc.name, "timexes": te3_spans(doc.text, doc.dct)}


__all__ = ["Hit", "TimeMLDocument", "read_timeml", "tag_directory", "te3_spans"]
