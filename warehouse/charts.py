"""Inline SVG charts for the HTML report: no JavaScript, no CDN, so the page works offline."""

from datetime import date
from html import escape

PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#ad494a",
)  # fmt: skip
FONT = "font-family='system-ui, sans-serif' font-size='12'"


def stacked_columns(categories: list[str], series: dict[str, list[int]], width: int = 900, height: int = 290) -> str:
    """Columns per category (e.g. month), stacked by series (e.g. meeting kind), with a legend."""
    colours = dict(zip(series, PALETTE * (len(series) // len(PALETTE) + 1), strict=False))
    legend, x, y = [], 40, 6
    for name, colour in colours.items():
        item_w = 24 + 7 * len(name)
        if x + item_w > width:
            x, y = 40, y + 18
        legend.append(f"<rect x='{x}' y='{y}' width='12' height='12' fill='{colour}'/>")
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
        parts.append(
            f"<text x='{x + bar_w / 2:.1f}' y='{top + plot_h + 14}' {FONT} text-anchor='end' "
            f"transform='rotate(-45 {x + bar_w / 2:.1f} {top + plot_h + 14})'>{escape(category)}</text>"
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
    return (
        f"<svg width='{width}' height='{height}' "
        f"viewBox='0 0 {width} {height}' role='img'>{''.join(parts)}</svg>"
    )
