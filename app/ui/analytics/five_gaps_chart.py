"""The five gaps side by side, each in its own small plot against its own zero line and in
its own unit (scale points for gaps 1 and 5, percentage points for 2–4): one horizontal bar
per dimension and the overall below them. Under each plot, the overall gap week by week;
a week without data leaves a hole in the line rather than a line drawn through it."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from app.domain.servqual import DIMENSIONS, FiveGaps, Gap
from app.ui.analytics.chart_common import (
    NO_DATA_COLOUR,
    TREND_COLOURS,
    ZERO_PEN,
    BarSpec,
    CategoryBars,
    ClickRouter,
    chart_font,
    gap_colour,
    no_data_text,
    set_axis_label,
    set_title,
    style_plot,
    text_item,
    value_anchor,
    value_range,
)
from app.ui.analytics.gap_texts import (
    Drill,
    gap_title,
    overall_label,
    scale_points,
    unit_text,
    value_text,
)
from app.ui.surveys.common import dimension_label

GAPS = (1, 2, 3, 4, 5)
OVERALL = "overall"
OVERALL_POS = len(DIMENSIONS) + 0.3  # the overall bar sits a little apart
PERCENT_RANGE = (-150.0, 12.0)  # −100 … 0 with room for the value texts
MAX_WEEK_LABELS = 5


class GapBars:
    """The bar plot of one gap."""

    def __init__(self, plot: pg.PlotItem, gap: int, labelled: bool) -> None:
        self.plot, self.gap = plot, gap
        style_plot(plot, 8.5)
        set_title(plot, gap_title(gap).replace(" · ", "<br>"), 9.5)  # narrow: two lines
        set_axis_label(plot, "bottom", unit_text(gap), 8.5)
        plot.invertY(True)
        plot.addItem(pg.InfiniteLine(pos=0, angle=90, pen=ZERO_PEN))
        left = plot.getAxis("left")
        rows = [(i, dimension_label(d)) for i, d in enumerate(DIMENSIONS)]
        rows.append((OVERALL_POS, overall_label()))
        left.setTicks([rows if labelled else [(pos, "") for pos, _ in rows]])
        metrics = QFontMetrics(chart_font(8.5))
        left.setWidth(max(metrics.horizontalAdvance(t) for _, t in rows) + 14 if labelled else 4)
        plot.setYRange(-0.6, OVERALL_POS + 0.6, padding=0)
        self.bars = CategoryBars(plot, horizontal=True, width=0.62)

    def set_gap(self, gap: Gap) -> None:
        specs = [BarSpec(d, gap.dimensions[d].value, i) for i, d in enumerate(DIMENSIONS)]
        specs.append(BarSpec(OVERALL, gap.overall.value, OVERALL_POS))
        values = [s.value for s in specs if s.value is not None]
        low, high = value_range(values) if scale_points(self.gap) else PERCENT_RANGE
        self.plot.setXRange(low, high, padding=0)
        # "no data" goes on the roomier side of the zero line, just off it.
        left = -low >= high
        self.bars.no_data_anchor = (1.0, 0.5) if left else (0.0, 0.5)
        self.bars.no_data_shift = (high - low) * (-0.02 if left else 0.02)
        self.bars.draw(specs, lambda s: gap_colour(s.value, s.key == OVERALL), 8)
        for spec in specs:
            if spec.value is None:
                continue
            label = text_item(value_text(self.gap, spec.value), value_anchor(spec.value),
                              "#333333", 7.5,
                              bold=spec.key == OVERALL)
            label.setPos(spec.value, spec.pos)
            self.bars.add_extra(label)

    def values(self) -> dict[str, float | None]:
        """dimension (or "overall") → the value given, None where "no data" was written."""
        return {s.key: s.value for s in self.bars.specs}


class GapTrend:
    """The overall of one gap per week: runs of weeks with data are drawn as separate lines
    (``segments``), so a week without data is a hole, never interpolated."""

    def __init__(self, plot: pg.PlotItem, gap: int) -> None:
        self.plot, self.gap = plot, gap
        style_plot(plot, 8)
        plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=ZERO_PEN))
        plot.showGrid(y=True, alpha=0.15)
        self.items: list = []
        self.segments: list[list[tuple[int, float]]] = []
        self.weeks: list[dt.date] = []

    def set_weeks(self, weekly: Sequence[tuple[dt.date, FiveGaps]]) -> None:
        for item in self.items:
            self.plot.removeItem(item)
        self.items, self.segments = [], []
        self.weeks = [monday for monday, _ in weekly]
        values = [getattr(five, f"gap{self.gap}").overall.value for _, five in weekly]
        run: list[tuple[int, float]] = []
        for x, value in enumerate([*values, None]):
            if value is not None and not math.isnan(value):
                run.append((x, value))
            elif run:
                self.segments.append(run)
                run = []
        colour = TREND_COLOURS[self.gap - 1]
        for segment in self.segments:
            line = pg.PlotDataItem([x for x, _ in segment], [y for _, y in segment],
                                   pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=6,
                                   symbolBrush=colour, symbolPen=colour)
            self.plot.addItem(line)
            self.items.append(line)
        middle = 0.0 if scale_points(self.gap) else -50.0
        if not self.segments:
            text = text_item(no_data_text(), (0.5, 0.5), NO_DATA_COLOUR, 8, opaque=True)
            text.setPos((len(self.weeks) - 1) / 2 if self.weeks else 0, middle)
            self.plot.addItem(text)
            self.items.append(text)
        step = max(1, math.ceil(len(self.weeks) / MAX_WEEK_LABELS))
        self.plot.getAxis("bottom").setTicks([[
            (x, monday.strftime("%m-%d")) for x, monday in enumerate(self.weeks)
            if x % step == 0]])
        self.plot.setXRange(-0.5, max(len(self.weeks) - 0.5, 0.5), padding=0)
        present = [y for segment in self.segments for _, y in segment]
        if scale_points(self.gap):
            reach = max([abs(v) for v in present] + [0.5]) * 1.2
            self.plot.setYRange(-reach, reach, padding=0)
        else:
            self.plot.setYRange(-105, 5, padding=0)


class FiveGapsChart(pg.GraphicsLayoutWidget):
    clicked = Signal(object)  # Drill(gap, dimension or None for the overall)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, show=False, size=None, title=None)
        self.setBackground("w")
        self.ci.setSpacing(4)
        self.router = ClickRouter(self.scene(), self._bar_clicked)
        self.gaps: dict[int, GapBars] = {}
        self.trends: dict[int, GapTrend] = {}
        for col, gap in enumerate(GAPS):
            self.gaps[gap] = GapBars(self.addPlot(row=0, col=col), gap, labelled=col == 0)
            self.router.add(self.gaps[gap].bars)
        self.trend_title = self.addLabel(
            QCoreApplication.translate("GapCharts", "Overall gap by week (weeks start on "
                                                    "Monday)"),
            row=1, col=0, colspan=len(GAPS), color="#222222")
        self.trend_title.item.setFont(chart_font(9.5, bold=True))
        for col, gap in enumerate(GAPS):
            self.trends[gap] = GapTrend(self.addPlot(row=2, col=col), gap)
        self.ci.layout.setRowStretchFactor(0, 3)
        self.ci.layout.setRowStretchFactor(2, 2)

    def set_gaps(self, five: FiveGaps) -> None:
        for gap in GAPS:
            self.gaps[gap].set_gap(getattr(five, f"gap{gap}"))

    def set_trend(self, weekly: Sequence[tuple[dt.date, FiveGaps]]) -> None:
        for gap in GAPS:
            self.trends[gap].set_weeks(weekly)

    def _bar_clicked(self, bars: CategoryBars, spec: BarSpec) -> None:
        gap = next(n for n, plot in self.gaps.items() if plot.bars is bars)
        self.click(gap, spec.key)

    def click(self, gap: int, key: str) -> None:
        """As if the bar ``key`` (a dimension or "overall") of ``gap`` were clicked."""
        self.clicked.emit(Drill(gap, dimension=None if key == OVERALL else key))
