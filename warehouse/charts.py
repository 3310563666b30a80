"""Inline SVG charts for the HTML report: no JavaScript, no CDN, so the page works offline."""

from datetime import date
from html import escape

# Twelve colours told apart at a glance; a chart with more series groups its smallest into "other".
PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#393b79", "#98df8a", "#aec7e8",
)  # fmt: skip
OTHER_COLOUR = "#9e9e9e"  # grey, in no series' colour: the "other" group
FONT = "font-family='system-ui, sans-serif' font-size='12'"


def series_colours(names: list[str], other: str | None = None) -> dict[str, str]:
    """One colour per series, never shared; `other` (the name of a grouped tail) is grey."""
    own = [n for n in names if n != other]
    if len(own) > len(PALETTE):
        raise ValueError(f"{len(own)} series but {len(PALETTE)} colours: group the smallest into one 'other' series")
    colours = dict(zip(own, PALETTE, strict=False))
    return {n: colours.get(n, OTHER_COLOUR) for n in names}


def month_columns(series: dict[str, dict[str, int]], other: str | None = None, width: int = 900) -> str:
    """Stacked columns on a time axis of months: series name → {"YYYY-MM": count}.

    Every month from the first to the last has its place, so a month with nothing is a gap; the
    axis names each month when there are two years or less, else each year at its January.
    """
    present = sorted({m for counts in series.values() for m in counts})
    if not present:
        return stacked_columns([], {})
    first, last = _month_index(present[0]), _month_index(present[-1])
    months = [f"{i // 12}-{i % 12 + 1:02d}" for i in range(first, last + 1)]
    if len(months) <= 24:
        labels = months
    else:
        labels = [m[:4] if m.endswith("-01") else "" for m in months]
    values = {name: [counts.get(m, 0) for m in months] for name, counts in series.items()}
    return stacked_columns(months, values, labels=labels, colours=series_colours(list(series), other), width=width)


def _month_index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def stacked_columns(
    categories: list[str],
    series: dict[str, list[int]],
    width: int = 900,
    height: int = 290,
    labels: list[str] | None = None,
    colours: dict[str, str] | None = None,
) -> str:
    """Columns per category (e.g. month), stacked by series (e.g. meeting kind), with a legend.

    `labels`: the axis text under each column ("" for none; default: the category).
    """
    colours = colours or series_colours(list(series))
    labels = categories if labels is None else labels
    legend, x, y = [], 40, 6
    for name in series:
        item_w = 24 + 7 * len(name)
        if x + item_w > width:
            x, y = 40, y + 18
        legend.append(f"<rect x='{x}' y='{y}' width='12' height='12' fill='{colours[name]}'/>")
        legend.append(f"<text x='{x + 16}' y='{y + 10}' {FONT}>{escape(name)}</text>")
        x += item_w
    left, bottom, top = 40, 60, y + 30
    height += top
    plot_h = height - bottom - top
    totals = [sum(values[i] for values in series.values()) for i in range(len(categories))]
    peak = max(totals, default=0) or 1
    step = (width - left - 10) / max(len(categories), 1)
    bar_w = max(step * 0.7, 2)
    parts = [_axis_y(left, top, plot_h, peak, width), *legend]
    for i, category in enumerate(categories):
        x, y = left + i * step + (step - bar_w) / 2, top + plot_h
        for name, values in series.items():
            h = values[i] / peak * plot_h
            if h:
                y -= h
                parts.append(
                    f"<rect x='{x:.1f}' y='{y:.1f}' width='{bar_w:.1f}' height='{h:.1f}' fill='{colours[name]}'>"
                    f"<title>{escape(category)} · {escape(name)}: {values[i]}</title></rect>"
                )
        if labels[i]:
            centre, base = x + bar_w / 2, top + plot_h
            parts.append(f"<line x1='{centre:.1f}' x2='{centre:.1f}' y1='{base}' y2='{base + 4}' stroke='#555'/>")
            parts.append(
                f"<text x='{centre:.1f}' y='{base + 14}' {FONT} text-anchor='end' "
                f"transform='rotate(-45 {centre:.1f} {base + 14})'>{escape(labels[i])}</text>"
            )
    return _svg(width, height, parts)


def horizontal_bars(labels: list[str], values: list[int], width: int = 900, colour: str = PALETTE[0]) -> str:
    """One bar per label, longest first as given, with the value at the bar's end."""
    label_w, row_h, top = 330, 24, 10
    height = top * 2 + row_h * max(len(labels), 1)
    peak = max(values, default=0) or 1
    parts = []
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = top + i * row_h
        w = value / peak * (width - label_w - 50)
        short = label if len(label) <= 48 else label[:47] + "…"
        parts.append(f"<text x='{label_w - 8}' y='{y + 16}' {FONT} text-anchor='end'>{escape(short)}</text>")
        parts.append(
            f"<rect x='{label_w}' y='{y + 4}' width='{w:.1f}' height='{row_h - 8}' fill='{colour}'>"
            f"<title>{escape(label)}: {value}</title></rect>"
        )
        parts.append(f"<text x='{label_w + w + 6:.1f}' y='{y + 16}' {FONT}>{value}</text>")
    return _svg(width, height, parts)


def timeline(rows: list[tuple[str, date, date]], width: int = 900) -> str:
    """One bar per (label, first, last) on a shared date axis: a person's titles over time."""
    label_w, row_h, top = 330, 26, 24
    height = top + row_h * max(len(rows), 1) + 10
    if not rows:
        return _svg(width, height, [f"<text x='10' y='40' {FONT}>no dated titles</text>"])
    start, end = min(r[1] for r in rows), max(r[2] for r in rows)
    span = max((end - start).days, 1)
    plot_w = width - label_w - 20

    def x_of(day: date) -> float:
        return label_w + (day - start).days / span * plot_w

    parts = [
        f"<text x='{label_w}' y='14' {FONT}>{start.isoformat()}</text>",
        f"<text x='{width - 20}' y='14' {FONT} text-anchor='end'>{end.isoformat()}</text>",
    ]
    for i, (label, first, last) in enumerate(rows):
        y = top + i * row_h
        x0, x1 = x_of(first), x_of(last)
        short = label if len(label) <= 48 else label[:47] + "…"
        parts.append(f"<text x='{label_w - 8}' y='{y + 17}' {FONT} text-anchor='end'>{escape(short)}</text>")
        parts.append(
            f"<rect x='{x0:.1f}' y='{y + 5}' width='{max(x1 - x0, 6):.1f}' height='{row_h - 10}' "
            f"fill='{PALETTE[i % len(PALETTE)]}'><title>{escape(label)}: {first} – {last}</title></rect>"
        )
    return _svg(width, height, parts)


def _axis_y(left: int, top: int, plot_h: int, peak: int, width: int) -> str:
    lines = []
    for k in range(5):
        value = peak * k / 4
        y = top + plot_h - plot_h * k / 4
        lines.append(f"<line x1='{left}' x2='{width - 10}' y1='{y:.1f}' y2='{y:.1f}' stroke='#ddd'/>")
        lines.append(f"<text x='{left - 6}' y='{y + 4:.1f}' {FONT} text-anchor='end'>{value:g}</text>")
    return "".join(lines)


def _svg(width: int, height: int, parts: list[str]) -> str:
    return f"<svg width='{width}' height='{height}' viewBox='0 0 {width} {height}' role='img'>{''.join(parts)}</svg>"
