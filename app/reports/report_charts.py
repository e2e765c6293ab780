"""Vector charts for the PDF reports, drawn with reportlab.graphics (no Qt): a Pareto chart,
a p-chart with varying limits, a grouped bar chart and the five-gaps panel.

Every function returns a ``Drawing`` (a platypus Flowable) and takes its words already
translated, so this module knows nothing about languages. All text uses the bundled CJK font
(a String without it would pull in an unembedded Helvetica). "No data" (None) is written as
text, never drawn as a zero bar.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.domain.spc import ParetoBar, PChart
from app.reports.fonts import register_fonts
from app.reports.report_layout import CONTENT_WIDTH

AXIS = colors.HexColor("#5F6B7A")
GRIDLINE = colors.HexColor("#DDE3EA")
BAR = colors.HexColor("#4A7DB5")
LINE = colors.HexColor("#E07B28")
LIMIT = colors.HexColor("#C62828")
CENTRE = colors.HexColor("#2E7D32")
POINT = colors.HexColor("#1F2933")
OUT = colors.HexColor("#D32F2F")
SERIES = [colors.HexColor(c) for c in ("#4A7DB5", "#E07B28", "#2E9E6B", "#8E5BB5",
                                       "#C9A227", "#5F6B7A")]
RULE_MARKS = {1: "①", 2: "②", 3: "③", 4: "④"}


def _text(x: float, y: float, text: str, size: float = 6.5, anchor: str = "start",
          colour=AXIS) -> String:
    return String(x, y, text, fontName=register_fonts(), fontSize=size, fillColor=colour,
                  textAnchor=anchor)


def fit(text: str, size: float, width: float, lines: int = 2) -> list[str]:
    """Break ``text`` into at most ``lines`` lines of ``width`` points (by character, which
    suits Chinese; a word boundary is preferred for Latin text); the last line ends in "…"
    if it had to be cut."""
    font = register_fonts()
    out: list[str] = []
    rest = text.strip()
    while rest and len(out) < lines:
        cut = len(rest)
        while cut > 1 and stringWidth(rest[:cut], font, size) > width:
            cut -= 1
        if cut < len(rest):
            space = rest.rfind(" ", 0, cut)
            if space > 0:
                cut = space
        out.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest and out:
        last = out[-1]
        while last and stringWidth(last + "…", font, size) > width:
            last = last[:-1]
        out[-1] = last + "…"
    return out


def nice_ticks(lo: float, hi: float, count: int = 4) -> list[float]:
    """Round tick values covering lo…hi (at least one step when lo == hi)."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / max(1, count)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(lo / step) * step
    ticks = []
    value = first
    while value < hi + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


def _label(value: float, unit: str = "") -> str:
    text = f"{value:.0f}" if abs(value - round(value)) < 1e-9 else f"{value:.1f}"
    return text.replace("-", "−") + unit


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose state starts in the bundled font (else the renderer selects an
    unembedded Helvetica first)."""
    d = Drawing(width, height)
    d.initialFontName = register_fonts()
    d.initialFontSize = 7
    return d


def _no_data(d: Drawing, x: float, y: float, text: str) -> None:
    d.add(_text(x, y, text, 8, "middle", AXIS))


# ---------------------------------------------------------------- Pareto


def pareto_chart(bars: Sequence[ParetoBar], label: Callable[[str], str], count_axis: str,
                 cumulative_axis: str, no_data: str, width: float = CONTENT_WIDTH,
                 height: float = 150, cut: float = 80.0) -> Drawing:
    """Bars of defect counts by category, largest first (left axis), the cumulative share as
    a line (right axis, 0–100 %) and a dashed line at ``cut`` percent (the vital few)."""
    d = _drawing(width, height)
    left, right, bottom, top = 30, 30, 30, 12
    plot_w, plot_h = width - left - right, height - bottom - top
    if not bars:
        _no_data(d, width / 2, height / 2, no_data)
        return d
    peak = max(b.count for b in bars)
    ticks = nice_ticks(0, peak, 4)
    y_max = ticks[-1]

    def y_count(v: float) -> float:
        return bottom + plot_h * v / y_max

    def y_pct(v: float) -> float:
        return bottom + plot_h * v / 100

    for t in ticks:
        d.add(Line(left, y_count(t), left + plot_w, y_count(t), strokeColor=GRIDLINE,
                   strokeWidth=0.4))
        d.add(_text(left - 3, y_count(t) - 2, _label(t), anchor="end"))
    for p in (0, 20, 40, 60, 80, 100):
        d.add(_text(left + plot_w + 3, y_pct(p) - 2, f"{p}%"))
    d.add(Line(left, bottom, left, bottom + plot_h, strokeColor=AXIS, strokeWidth=0.6))
    d.add(Line(left + plot_w, bottom, left + plot_w, bottom + plot_h, strokeColor=AXIS,
               strokeWidth=0.6))
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=AXIS, strokeWidth=0.6))
    slot = plot_w / len(bars)
    points = []
    for i, b in enumerate(bars):
        x = left + slot * i
        d.add(Rect(x + slot * 0.15, bottom, slot * 0.7, y_count(b.count) - bottom,
                   fillColor=BAR, strokeColor=None))
        d.add(_text(x + slot / 2, y_count(b.count) + 2, str(b.count), 6, "middle"))
        for k, line in enumerate(fit(label(b.category), 6, slot - 2)):
            d.add(_text(x + slot / 2, bottom - 8 - 7 * k, line, 6, "middle"))
        points += [x + slot / 2, y_pct(b.cumulative)]
    d.add(Line(left, y_pct(cut), left + plot_w, y_pct(cut), strokeColor=LIMIT,
               strokeWidth=0.6, strokeDashArray=[3, 2]))
    d.add(PolyLine(points, strokeColor=LINE, strokeWidth=1.2))
    for i in range(0, len(points), 2):
        d.add(Circle(points[i], points[i + 1], 1.8, fillColor=LINE, strokeColor=None))
    d.add(_text(2, bottom + plot_h + 4, count_axis, 6.5))
    d.add(_text(width - 2, bottom + plot_h + 4, cumulative_axis, 6.5, "end"))
    return d


# ---------------------------------------------------------------- p-chart


def p_chart_drawing(chart: PChart, tick: Callable[[Hashable], str], legend: Sequence[str],
                    no_data: str, width: float = CONTENT_WIDTH, height: float = 160) -> Drawing:
    """The daily defect rate (percent) with its centre line and the UCL/LCL drawn as steps
    (one level per point, since n varies); points breaking a Western Electric rule are red
    and marked with the rule's circled number. ``legend`` = (rate, centre line, limits,
    out of control) texts, already translated."""
    d = _drawing(width, height)
    left, right, bottom, top = 34, 8, 24, 18
    plot_w, plot_h = width - left - right, height - bottom - top
    if chart.centre is None or not chart.points:
        _no_data(d, width / 2, height / 2, no_data)
        return d
    pts = chart.points
    hi = max(max(p.p for p in pts), max(p.ucl for p in pts)) * 100
    ticks = nice_ticks(0, hi if hi > 0 else 1, 4)
    y_max = ticks[-1]

    def y(v: float) -> float:  # v is a fraction
        return bottom + plot_h * min(1.0, 100 * v / y_max)

    for t in ticks:
        d.add(Line(left, bottom + plot_h * t / y_max, left + plot_w, bottom + plot_h * t / y_max,
                   strokeColor=GRIDLINE, strokeWidth=0.4))
        d.add(_text(left - 3, bottom + plot_h * t / y_max - 2, _label(t, "%"), anchor="end"))
    d.add(Line(left, bottom, left, bottom + plot_h, strokeColor=AXIS, strokeWidth=0.6))
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=AXIS, strokeWidth=0.6))
    slot = plot_w / len(pts)
    every = max(1, math.ceil(len(pts) * 24 / plot_w))  # a tick label every ~24 points
    ucl, lcl, line = [], [], []
    for i, p in enumerate(pts):
        x0, x1, xc = left + slot * i, left + slot * (i + 1), left + slot * (i + 0.5)
        ucl += [x0, y(p.ucl), x1, y(p.ucl)]
        lcl += [x0, y(p.lcl), x1, y(p.lcl)]
        line += [xc, y(p.p)]
        if i % every == 0 or i == len(pts) - 1 and i % every > every / 2:
            d.add(_text(xc, bottom - 9, tick(p.label), 6, "middle"))
    d.add(Line(left, y(chart.centre), left + plot_w, y(chart.centre), strokeColor=CENTRE,
               strokeWidth=0.8))
    d.add(PolyLine(ucl, strokeColor=LIMIT, strokeWidth=0.7, strokeDashArray=[3, 2]))
    d.add(PolyLine(lcl, strokeColor=LIMIT, strokeWidth=0.7, strokeDashArray=[3, 2]))
    d.add(PolyLine(line, strokeColor=POINT, strokeWidth=0.8))
    for i, p in enumerate(pts):
        xc = left + slot * (i + 0.5)
        bad = bool(p.rules)
        d.add(Circle(xc, y(p.p), 2.2 if bad else 1.6, fillColor=OUT if bad else POINT,
                     strokeColor=None))
        if bad:
            d.add(_text(xc, y(p.p) + 4, "".join(RULE_MARKS[r] for r in p.rules), 6.5,
                        "middle", OUT))
    _legend(d, left, height - 9, list(zip(legend, (POINT, CENTRE, LIMIT, OUT), strict=False)))
    return d


def _legend(d: Drawing, x: float, y: float, entries: Sequence[tuple[str, object]],
            size: float = 6.5) -> None:
    font = register_fonts()
    for text, colour in entries:
        d.add(Rect(x, y, 7, 4, fillColor=colour, strokeColor=None))
        d.add(_text(x + 9, y - 0.5, text, size))
        x += 9 + stringWidth(text, font, size) + 10


# ---------------------------------------------------------------- grouped bars


def grouped_bars(groups: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]],
                 unit: str = "%", value_range: tuple[float, float] | None = (0, 100),
                 width: float = CONTENT_WIDTH, height: float = 130) -> Drawing:
    """Bars for each group (e.g. a SERVQUAL dimension), one per series (e.g. today, 7 days,
    30 days), with the value over each bar and "—" where a value is None."""
    d = _drawing(width, height)
    left, right, bottom, top = 30, 6, 24, 16
    plot_w, plot_h = width - left - right, height - bottom - top
    values = [v for _, vs in series for v in vs if v is not None]
    lo, hi = value_range or (min([0.0, *values]), max([0.0, *values]))
    ticks = nice_ticks(lo, hi, 4) if value_range is None else nice_ticks(lo, hi, 5)
    lo, hi = ticks[0], ticks[-1]

    def y(v: float) -> float:
        return bottom + plot_h * (max(lo, min(hi, v)) - lo) / (hi - lo)

    for t in ticks:
        d.add(Line(left, y(t), left + plot_w, y(t), strokeColor=GRIDLINE, strokeWidth=0.4))
        d.add(_text(left - 3, y(t) - 2, _label(t, unit), anchor="end"))
    d.add(Line(left, y(max(lo, 0)), left + plot_w, y(max(lo, 0)), strokeColor=AXIS,
               strokeWidth=0.6))
    slot = plot_w / max(1, len(groups))
    bar_w = slot * 0.8 / max(1, len(series))
    for g, name in enumerate(groups):
        x0 = left + slot * g + slot * 0.1
        for k, (_, vs) in enumerate(series):
            v = vs[g] if g < len(vs) else None
            x = x0 + bar_w * k
            if v is None:
                d.add(_text(x + bar_w / 2, y(max(lo, 0)) + 2, "—", 6, "middle"))
                continue
            base = y(max(lo, 0))
            d.add(Rect(x + 0.5, min(base, y(v)), bar_w - 1, abs(y(v) - base),
                       fillColor=SERIES[k % len(SERIES)], strokeColor=None))
            d.add(_text(x + bar_w / 2, max(base, y(v)) + 1.5, _label(v), 5.5, "middle"))
        for i, line in enumerate(fit(name, 6.5, slot - 4)):
            d.add(_text(left + slot * (g + 0.5), bottom - 9 - 7.5 * i, line, 6.5, "middle"))
    _legend(d, left, height - 9, [(name, SERIES[k % len(SERIES)])
                                  for k, (name, _) in enumerate(series)])
    return d


# ---------------------------------------------------------------- five gaps


@dataclass(frozen=True)
class GapPanel:
    """One of the five gaps: its title, unit text and a value per dimension (None: no
    data). ``overall`` is printed under the title."""

    title: str
    unit: str
    values: Sequence[float | None]
    overall: str = ""


def five_gaps_panel(panels: Sequence[GapPanel], dimensions: Sequence[str], no_data: str,
                    width: float = CONTENT_WIDTH, height: float = 150) -> Drawing:
    """The gaps side by side, each against its own zero line and in its own unit (scale
    points and percentage points do not share an axis); bars coloured by dimension with one
    legend. A dimension without data shows "—"; a gap without any data says ``no_data``."""
    d = _drawing(width, height)
    gutter, legend_h, title_h = 8, 14, 30
    panel_w = (width - gutter * (len(panels) - 1)) / max(1, len(panels))
    for i, panel in enumerate(panels):
        _gap_panel(d, panel, i * (panel_w + gutter), legend_h, panel_w,
                   height - legend_h - title_h, no_data)
        x_mid = i * (panel_w + gutter) + panel_w / 2
        title = fit(panel.title, 7, panel_w, 2)
        for k, line in enumerate(title):
            d.add(_text(x_mid, height - 8 - 8 * k, line, 7, "middle", POINT))
        d.add(_text(x_mid, height - 10 - 8 * len(title), f"{panel.overall}  ({panel.unit})",
                    6, "middle"))
    _legend(d, 0, 2, [(name, SERIES[k % len(SERIES)]) for k, name in enumerate(dimensions)])
    return d


def _gap_panel(d: Drawing, panel: GapPanel, x: float, y0: float, w: float, h: float,
               no_data: str) -> None:
    left = 22
    plot_w = w - left
    d.add(Rect(x, y0, w, h, fillColor=None, strokeColor=GRIDLINE, strokeWidth=0.4))
    values = [v for v in panel.values if v is not None]
    if not values:
        _no_data(d, x + w / 2, y0 + h / 2, no_data)
        return
    lo, hi = min(0.0, *values), max(0.0, *values)
    if lo == hi == 0:  # every value 0: keep the zero line on top, as for a shortfall
        lo = -1.0
    ticks = nice_ticks(lo, hi, 3)
    lo, hi = ticks[0], ticks[-1]
    inner_bottom, inner_h = y0 + 5, h - 10

    def y(v: float) -> float:
        return inner_bottom + inner_h * (v - lo) / (hi - lo)

    for t in ticks:
        d.add(Line(x + left, y(t), x + w - 2, y(t), strokeColor=GRIDLINE, strokeWidth=0.3))
        d.add(_text(x + left - 2, y(t) - 2, _label(t), 5.5, "end"))
    d.add(Line(x + left, y(0), x + w - 2, y(0), strokeColor=AXIS, strokeWidth=0.8))
    slot = (plot_w - 2) / max(1, len(panel.values))
    for k, v in enumerate(panel.values):
        bx = x + left + slot * k
        if v is None:
            d.add(_text(bx + slot / 2, y(0) + 2 if y(0) < y0 + h / 2 else y(0) - 7, "—", 6,
                        "middle"))
            continue
        d.add(Rect(bx + slot * 0.15, min(y(0), y(v)), slot * 0.7, abs(y(v) - y(0)),
                   fillColor=SERIES[k % len(SERIES)], strokeColor=None))
