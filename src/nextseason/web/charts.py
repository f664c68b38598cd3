"""Server-rendered SVG charts (no JavaScript, no web fonts).

The prediction-drift chart: x is the day an article was published, y the release window it
claimed, drawn as a vertical bar; colour says certainty, lapsed windows are grey, negated
windows are hatched, the actual premiere is a horizontal line, "as of" a vertical one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

CERTAINTY_COLOURS: dict[str, str] = {
    "official": "#15803d",
    "reported": "#2563eb",
    "expected": "#d97706",
    "speculative": "#9333ea",
}
LAPSED_COLOUR = "#a8a29e"
WIDTH, HEIGHT = 800, 360
LEFT, RIGHT, TOP, BOTTOM = 78, 18, 16, 44
LEGEND_H = 28
_STYLE = ("<style>"
          "text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:11px;fill:#44403c}"
          ".plot{fill:#fafaf9;stroke:#e7e5e4}.grid{stroke:#e7e5e4;stroke-width:1}"
          ".axis-title{font-size:11px;fill:#78716c}.asof{stroke:#0f172a;stroke-dasharray:4 3;stroke-width:1.2}"
          ".asof-label{font-size:10px;fill:#0f172a}.premiere{stroke:#be123c;stroke-width:2}"
          ".premiere-label{fill:#be123c;font-weight:600}.open,.bar-none{fill:none;stroke-width:2}"
          ".estimate{fill:#6366f1;fill-opacity:.10}.estimate-label{fill:#4338ca;font-size:10px;font-weight:600}"
          ".claim:hover rect{stroke:#0f172a;stroke-width:1.5}.empty{font-size:14px;fill:#78716c}"
          + "".join(f".live.{name} rect{{fill:{colour};stroke:{colour}}}" for name, colour in (
              ("official", "#15803d"), ("reported", "#2563eb"), ("expected", "#d97706"),
              ("speculative", "#9333ea")))
          + "</style>")


@dataclass(frozen=True, slots=True)
class Bar:
    """One release claim as drawn: when it was published and what window it claimed."""

    published: date
    start: date | None
    end: date | None
    certainty: str
    negated: bool = False
    lapsed: bool = False
    label: str = ""  # the window as a person reads it ("early 2027")
    outlet: str = ""
    href: str | None = None  # a local link (the article page); never an article's own URL
    count: int = 1  # claims drawn as this one bar (same window, certainty and pixel column)


@dataclass(frozen=True, slots=True)
class _Scale:
    lo: date
    hi: date
    a: float  # pixel of lo
    b: float  # pixel of hi

    def __call__(self, day: date) -> float:
        span = max((self.hi - self.lo).days, 1)
        return self.a + (self.b - self.a) * (day - self.lo).days / span


def _domain(days: list[date]) -> tuple[date, date]:
    lo, hi = min(days), max(days)
    pad = max((hi - lo).days // 20, 20)
    return lo - timedelta(days=pad), hi + timedelta(days=pad)


def _ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    """Month starts spaced so that about 4-10 ticks show."""
    months = (hi.year - lo.year) * 12 + hi.month - lo.month
    step = next(s for s in (1, 2, 3, 6, 12, 24, 60) if months / s <= 9)
    out: list[tuple[date, str]] = []
    year, month = lo.year, lo.month
    while True:
        month += 1
        if month > 12:
            year, month = year + 1, 1
        day = date(year, month, 1)
        if day > hi:
            return out
        if ((year * 12 + month - 1) % step) == 0:
            out.append((day, str(year) if step >= 12 or month == 1 else day.strftime("%b %Y")))


def drift_chart(bars: list[Bar], *, as_of: date, premiere: date | None = None,
                estimate: tuple[date | None, date | None] | None = None,
                title: str = "Predicted release window by article date") -> str:
    """The prediction-drift chart as one ``<svg>`` element (a string of escaped markup)."""
    plot_h = HEIGHT - TOP - BOTTOM - LEGEND_H
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" class="drift-chart" role="img" '
            f'viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" aria-label="{escape(title)}">'
            f"<title>{escape(title)}</title>{_defs()}{_STYLE}")
    if not bars:
        return (head + f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle" class="empty">'
                "No release window has been claimed yet.</text></svg>")
    xs = [b.published for b in bars] + [as_of]
    x_lo, x_hi = _domain(xs)
    ys = [d for b in bars for d in (b.start, b.end) if d is not None]
    ys += [premiere] if premiere else []
    ys = ys or [as_of]
    y_lo, y_hi = _domain(ys)
    x = _Scale(x_lo, x_hi, LEFT, WIDTH - RIGHT)
    y = _Scale(y_lo, y_hi, TOP + plot_h, TOP)
    parts = [head, _grid(x, y, plot_h)]
    if estimate and (estimate[0] or estimate[1]) and premiere is None:
        top = y(min(estimate[1] or y.hi, y.hi))
        bottom = y(max(estimate[0] or y.lo, y.lo))
        parts.append(f'<rect class="estimate" x="{LEFT}" y="{top:.1f}" width="{WIDTH - LEFT - RIGHT}" '
                     f'height="{max(bottom - top, 2):.1f}"/><text class="estimate-label" x="{LEFT + 6}" '
                     f'y="{top + 12:.1f}">current estimate</text>')
    if x_lo <= as_of <= x_hi:
        ax = x(as_of)
        parts.append(f'<line class="asof" x1="{ax:.1f}" x2="{ax:.1f}" y1="{TOP}" y2="{TOP + plot_h}"/>'
                     f'<text class="asof-label" x="{ax - 4:.1f}" y="{TOP + 12}" text-anchor="end">'
                     f"as of {as_of.isoformat()}</text>")
    if premiere and y_lo <= premiere <= y_hi:
        py = y(premiere)
        parts.append(f'<line class="premiere" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{py:.1f}" '
                     f'y2="{py:.1f}"/><text class="premiere-label" x="{WIDTH - RIGHT - 4}" '
                     f'y="{py - 5:.1f}" text-anchor="end">premiered {premiere.isoformat()}</text>')
    parts.extend(_bar(b, x, y, plot_h, shift) for b, shift in _spread(_merge(bars, x), x))
    parts.append(_legend())
    parts.append("</svg>")
    return "".join(parts)


def _merge(bars: list[Bar], x: _Scale) -> list[Bar]:
    """Claims that would draw the same bar (same window, certainty and state, published within
    a few pixels of each other) become one bar with a count, so a busy season stays legible."""
    groups: dict[tuple[object, ...], list[Bar]] = {}
    for bar in bars:
        key = (int(x(bar.published) // 5), bar.start, bar.end, bar.certainty, bar.negated, bar.lapsed)
        groups.setdefault(key, []).append(bar)
    out = []
    for same in groups.values():
        first = same[0]
        if len(same) == 1:
            out.append(first)
            continue
        outlets = sorted({b.outlet for b in same})
        out.append(Bar(first.published, first.start, first.end, first.certainty, first.negated,
                       first.lapsed, first.label, ", ".join(outlets[:3]) + ("…" if len(outlets) > 3 else ""),
                       first.href, sum(b.count for b in same)))
    return out


def _spread(bars: list[Bar], x: _Scale) -> list[tuple[Bar, float]]:
    """Oldest first (newer claims draw on top), each with a sideways shift in pixels so that
    claims published on nearby days stand side by side instead of on top of each other."""
    ordered = sorted(bars, key=lambda b: (b.published, b.start or date.min, b.end or date.max))
    out: list[tuple[Bar, float]] = []
    group: list[Bar] = []

    def flush() -> None:
        for i, bar in enumerate(group):
            out.append((bar, (i - (len(group) - 1) / 2) * 9.0))
        group.clear()

    for bar in ordered:
        if group and x(bar.published) - x(group[0].published) > 6:
            flush()
        group.append(bar)
    flush()
    return out


def _defs() -> str:
    return ('<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
            'patternTransform="rotate(45)"><rect width="6" height="6" fill="#fee2e2"/>'
            '<line x1="0" y1="0" x2="0" y2="6" stroke="#dc2626" stroke-width="2.5"/></pattern></defs>')


def _grid(x: _Scale, y: _Scale, plot_h: int) -> str:
    out = [f'<rect class="plot" x="{LEFT}" y="{TOP}" width="{WIDTH - LEFT - RIGHT}" height="{plot_h}"/>']
    for day, label in _ticks(y.lo, y.hi):
        py = y(day)
        out.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{py:.1f}" y2="{py:.1f}"/>'
                   f'<text class="tick" x="{LEFT - 6}" y="{py + 4:.1f}" text-anchor="end">'
                   f"{escape(label)}</text>")
    for day, label in _ticks(x.lo, x.hi):
        px = x(day)
        out.append(f'<line class="grid" x1="{px:.1f}" x2="{px:.1f}" y1="{TOP}" y2="{TOP + plot_h}"/>'
                   f'<text class="tick" x="{px:.1f}" y="{TOP + plot_h + 16}" text-anchor="middle">'
                   f"{escape(label)}</text>")
    out.append(f'<text class="axis-title" x="{(LEFT + WIDTH - RIGHT) / 2}" y="{TOP + plot_h + 34}" '
               'text-anchor="middle">article published</text>'
               f'<text class="axis-title" transform="translate(14 {TOP + plot_h / 2}) rotate(-90)" '
               'text-anchor="middle">claimed release window</text>')
    return "".join(out)


def _bar(bar: Bar, x: _Scale, y: _Scale, plot_h: int, shift: float) -> str:
    px = x(bar.published) + shift
    colour = LAPSED_COLOUR if bar.lapsed else CERTAINTY_COLOURS.get(bar.certainty, "#64748b")
    state = "negated" if bar.negated else ("lapsed" if bar.lapsed else "live")
    tip = (f"{bar.published.isoformat()} {bar.outlet}{f' ({bar.count} claims)' if bar.count > 1 else ''}: "
           f"{'NOT ' if bar.negated else ''}{bar.label or 'window'} ({bar.certainty}"
           f"{', lapsed' if bar.lapsed else ''})")
    if bar.start is None and bar.end is None:  # "no release date announced": a mark on the axis
        shape = (f'<path class="bar-none" d="M{px - 4:.1f},{TOP + plot_h - 4} l8,-8 m-8,0 l8,8" '
                 f'stroke="{colour}"/>')
    else:
        top = y(min(bar.end or y.hi, y.hi))
        bottom = y(max(bar.start or y.lo, y.lo))
        height = bottom - top
        if height < 6:  # a day or a few: a small block centred on the window
            top, height = (top + bottom) / 2 - 3, 6.0
        fill = "url(#hatch)" if bar.negated else colour
        stroke = "#dc2626" if bar.negated else colour
        open_ends = "".join([
            f'<path class="open" d="M{px - 5:.1f},{top + 5:.1f} l5,-6 l5,6" stroke="{colour}"/>'
            if bar.end is None else "",
            f'<path class="open" d="M{px - 5:.1f},{bottom - 5:.1f} l5,6 l5,-6" stroke="{colour}"/>'
            if bar.start is None else "",
        ])
        paint = f'fill="{fill}" stroke="{stroke}"' if (bar.negated or bar.lapsed) else ""
        shape = (f'<rect x="{px - 4:.1f}" y="{top:.1f}" width="8" height="{height:.1f}" rx="2" {paint}/>'
                 f'{open_ends}')
    body = f'<g class="claim {state} {escape(bar.certainty)}"><title>{escape(tip)}</title>{shape}</g>'
    if bar.href:
        return f'<a href="{escape(bar.href)}">{body}</a>'
    return body


def _legend() -> str:
    items: list[str] = []
    cx = LEFT
    entries = [(name, f'fill="{colour}"') for name, colour in CERTAINTY_COLOURS.items()]
    entries += [("lapsed", f'fill="{LAPSED_COLOUR}"'), ("ruled out", 'fill="url(#hatch)" stroke="#dc2626"')]
    ly = HEIGHT - 14
    for name, fill in entries:
        items.append(f'<rect x="{cx}" y="{ly - 9}" width="10" height="10" rx="2" {fill}/>'
                     f'<text class="legend" x="{cx + 14}" y="{ly}">{name}</text>')
        cx += 22 + 6 * len(name)
    items.append(f'<rect class="estimate" x="{cx}" y="{ly - 9}" width="10" height="10" stroke="#6366f1"/>'
                 f'<text class="legend" x="{cx + 14}" y="{ly}">estimate</text>')
    cx += 70
    items.append(f'<line class="premiere" x1="{cx}" x2="{cx + 18}" y1="{ly - 4}" y2="{ly - 4}"/>'
                 f'<text class="legend" x="{cx + 22}" y="{ly}">premiere</text>')
    cx += 80
    items.append(f'<path class="bar-none" d="M{cx},{ly - 8} l8,8 m-8,0 l8,-8" stroke="#57534e"/>'
                 f'<text class="legend" x="{cx + 13}" y="{ly}">no date</text>')
    cx += 64
    items.append(f'<line class="asof" x1="{cx + 5}" x2="{cx + 5}" y1="{ly - 11}" y2="{ly + 2}"/>'
                 f'<text class="legend" x="{cx + 12}" y="{ly}">as of</text>')
    return f'<g class="legend-box">{"".join(items)}</g>'
