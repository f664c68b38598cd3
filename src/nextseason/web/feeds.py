"""Feeds: iCalendar (RFC 5545) for release windows and Atom (RFC 4287) for status changes.

Both are written by hand: the formats are small, and the escaping rules are the part that
matters (TEXT escaping and 75-octet line folding for ICS; XML escaping for Atom).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from xml.sax.saxutils import escape as xml_escape

PRODID = "-//nextseason//nextseason web//EN"


@dataclass(frozen=True, slots=True)
class WindowEvent:
    """A release window as an all-day calendar event."""

    uid: str
    title: str
    start: date
    end: date  # inclusive
    description: str = ""
    url: str | None = None
    updated: datetime | None = None
    sequence: int = 0  # revisions of the window: calendar clients replace the older event


@dataclass(frozen=True, slots=True)
class Change:
    """One status change of a season, found by resolving as of each article's publication day."""

    id: str
    work: str
    season: int
    day: date
    kind: str  # stage_changed | window_moved | date_announced | prediction_lapsed | first_status
    summary: str
    detail: str = ""
    link: str = ""  # a local path ("/season/slug/2?as_of=...")


def ics_escape(text: str) -> str:
    """RFC 5545 3.3.11 TEXT: backslash, semicolon, comma escaped; newlines as \\n."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold_line(line: str) -> str:
    """RFC 5545 3.1: lines longer than 75 octets are split with CRLF + one space.

    Splits on character boundaries so that a UTF-8 sequence is never cut in half.
    """
    out: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with a space
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_calendar(events: list[WindowEvent], *, name: str, now: datetime | None = None) -> str:
    """A VCALENDAR with one all-day VEVENT per window (DTEND is exclusive: end + 1 day)."""
    now = now or datetime.now(UTC)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{ics_escape(name)}"]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ics_escape(event.uid)}",
            f"DTSTAMP:{_stamp(event.updated or now)}",
            f"SEQUENCE:{event.sequence}",
            f"DTSTART;VALUE=DATE:{event.start.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(event.end + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{ics_escape(event.title)}",
            "TRANSP:TRANSPARENT",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{ics_escape(event.description)}")
        if event.url:
            lines.append(f"URL:{event.url}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def atom_feed(changes: list[Change], *, base_url: str, title: str = "nextseason: status changes",
              now: datetime | None = None) -> str:
    """An Atom feed, newest change first."""
    now = now or datetime.now(UTC)
    base = base_url.rstrip("/")
    ordered = sorted(changes, key=lambda c: (c.day, c.id), reverse=True)
    updated = _atom_time(ordered[0].day) if ordered else now.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<title>{xml_escape(title)}</title>",
           f"<id>{xml_escape(base)}/changes.atom</id>",
           f'<link rel="self" href="{xml_escape(base)}/changes.atom"/>',
           f'<link rel="alternate" href="{xml_escape(base)}/"/>',
           f"<updated>{updated}</updated>",
           "<author><name>nextseason</name></author>"]
    for change in ordered:
        href = xml_escape(base + change.link, {'"': "&quot;"})
        out += ["<entry>",
                f"<title>{xml_escape(change.summary)}</title>",
                f"<id>tag:nextseason,{change.day.isoformat()}:{xml_escape(change.id)}</id>",
                f'<link rel="alternate" href="{href}"/>',
                f"<updated>{_atom_time(change.day)}</updated>",
                f'<category term="{xml_escape(change.kind)}"/>',
                f'<summary type="text">{xml_escape(change.detail or change.summary)}</summary>',
                "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n"


def _atom_time(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"
