"""The quality charts of the analytics page (pyqtgraph): score and defect-rate trends on one
date axis, the Pareto of defect categories, the p-chart of the daily defect rate, and the
DPMO / sigma-level figures.

Days sit on the x axis as offsets from the period's first day, so the trends and the p-chart
line up; a day without data is a hole in a line (NaN with connect="finite"), never a 0.
Rates are drawn in percent."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.domain.spc import ParetoBar, PChart
from app.services.analytics import sigma_text
from app.services.analytics_dto import SigmaFigures, TrendRow
from app.ui.analytics.chart_common import (
    chart_font,
    set_axis_label,
    set_title,
    style_plot,
    text_item,
)

SCORE_COLOUR = QColor("#1a5fb4")
RATE_COLOUR = QColor("#b3261e")
BAR_COLOUR = QColor("#7fa6d9")
CUMULATIVE_COLOUR = QColor("#c05a00")
CUT_COLOUR = QColor("#8c8c8c")
LIMIT_COLOUR = QColor("#b3261e")
CENTRE_COLOUR = QColor("#2e6b40")
POINT_COLOUR = QColor("#1a5fb4")
OUT_COLOUR = QColor("#d0021b")
MUTED_STYLE = "color: #6f6f6f;"
FIGURE_STYLE = "font-size: 20pt; font-weight: 600; color: #1a5fb4;"
PARETO_CUT = 80.0
DAY_LABEL_PIXELS = 52  # room one "MM-DD" label needs
DAY_STEPS = (1, 2, 7, 14, 28, 56, 91, 182, 364)


def number_text(value: float | None, digits: int = 1) -> str:
    """A figure with thousands separators; "—" for no data."""
    return "—" if value is None else f"{value:,.{digits}f}"


class DayAxis(pg.AxisItem):
    """A bottom axis whose values are days after ``first``, labelled "MM-DD" on whole days,
    at a step (1, 2, 7, 14 … days) that leaves room between the labels."""

    def __init__(self, **kwargs) -> None:
        super().__init__("bottom", **kwargs)
        self.first = dt.date.today()

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802, N803 - pyqtgraph's names
        span = max(maxVal - minVal, 1.0)
        fits = max(1, int(size / DAY_LABEL_PIXELS))
        step = next((s for s in DAY_STEPS if span / s <= fits), DAY_STEPS[-1])
        return [(float(step), 0.0)]

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803
        (step, _), = self.tickSpacing(minVal, maxVal, size)
        start = math.ceil(minVal / step) * step
        values = list(np.arange(start, maxVal + 1e-9, step))
        return [(step, values)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        return [(self.first + dt.timedelta(days=round(v))).strftime("%m-%d") for v in values]


def _day_plot(title: str, left_label: str, axis: DayAxis) -> pg.PlotItem:
    plot = pg.PlotItem(axisItems={"bottom": axis})
    style_plot(plot)
    set_title(plot, title)
    set_axis_label(plot, "left", left_label)
    plot.showGrid(x=False, y=True, alpha=0.15)
    return plot


def _nan(value: float | None) -> float:
    return math.nan if value is None else value


class TrendCharts(pg.GraphicsLayoutWidget):
    """Average score (top) and defect rate (bottom) per day, sharing the date axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.score_axis, self.rate_axis = DayAxis(), DayAxis()
        self.score_plot = _day_plot(
            QCoreApplication.translate("QualityCharts", "Average score by day"),
            QCoreApplication.translate("QualityCharts", "Score"), self.score_axis)
        self.rate_plot = _day_plot(
            QCoreApplication.translate("QualityCharts", "Defect rate by day"),
            QCoreApplication.translate("QualityCharts", "Failed results (%)"), self.rate_axis)
        self.addItem(self.score_plot, row=0, col=0)
        self.addItem(self.rate_plot, row=1, col=0)
        self.rate_plot.setXLink(self.score_plot)
        for plot in (self.score_plot, self.rate_plot):
            plot.getAxis("left").setWidth(58)  # equal widths keep the two x axes aligned
        symbol = {"symbol": "o", "symbolSize": 5}
        self.score_curve = self.score_plot.plot(
            pen=pg.mkPen(SCORE_COLOUR, width=2), symbolBrush=SCORE_COLOUR,
            symbolPen=SCORE_COLOUR, connect="finite", **symbol)
        self.rate_curve = self.rate_plot.plot(
            pen=pg.mkPen(RATE_COLOUR, width=2), symbolBrush=RATE_COLOUR, symbolPen=RATE_COLOUR,
            connect="finite", **symbol)
        self.rows: tuple[TrendRow, ...] = ()

    def set_rows(self, first: dt.date, rows: Sequence[TrendRow]) -> None:
        self.rows = tuple(rows)
        self.score_axis.first = self.rate_axis.first = first
        x = [(r.day - first).days for r in self.rows]
        scores = [_nan(r.average_score) for r in self.rows]
        rates = [_nan(None if r.defect_rate is None else 100.0 * r.defect_rate)
                 for r in self.rows]
        for curve, values in ((self.score_curve, scores), (self.rate_curve, rates)):
            if all(math.isnan(v) for v in values):  # nothing to draw (and no NaN-only data)
                curve.setData([], [])
            else:
                curve.setData(x, values)
        last = max(len(self.rows) - 1, 1)
        self.score_plot.setXRange(-0.5, last + 0.5, padding=0)
        known = [v for v in scores if not math.isnan(v)]
        low = min(known) if known else 0.0
        self.score_plot.setYRange(max(0.0, math.floor(low / 5) * 5 - 5), 100.5, padding=0)
        known = [v for v in rates if not math.isnan(v)]
        self.rate_plot.setYRange(0.0, max(1.0, max(known, default=0.0) * 1.15), padding=0)


def wrap_label(text: str, pixels: int, metrics: QFontMetrics, lines: int = 3) -> str:
    """Break ``text`` into at most ``lines`` lines no wider than ``pixels`` (at spaces when
    it has them, else between any two characters, as Chinese allows); an ellipsis marks a
    cut."""
    words = text.split(" ") if " " in text else list(text)
    joiner = " " if " " in text else ""
    out, line = [], ""
    for word in words:
        candidate = f"{line}{joiner}{word}" if line else word
        if metrics.horizontalAdvance(candidate) <= pixels or not line:
            line = candidate
        else:
            out.append(line)
            line = word
    out.append(line)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = metrics.elidedText(out[-1] + "…", Qt.TextElideMode.ElideRight, pixels)
    return "\n".join(out)


class ParetoChart(pg.PlotWidget):
    """Defects per category as bars (left axis, counts), their cumulative share as a line on
    the right axis (0–100 %), and the 80 % line that marks the vital few."""

    def __init__(self, label: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.label = label
        self.plot = self.getPlotItem()
        style_plot(self.plot)
        set_title(self.plot,
                  QCoreApplication.translate("QualityCharts", "Pareto of defect categories"))
        set_axis_label(self.plot, "left", QCoreApplication.translate("QualityCharts", "Defects"))
        self.plot.showAxis("right")
        set_axis_label(self.plot, "right",
                       QCoreApplication.translate("QualityCharts", "Cumulative share (%)"))
        self.right = pg.ViewBox(enableMouse=False)
        self.plot.scene().addItem(self.right)
        self.right.setZValue(1000)  # over the whole plot item: the line over the bars
        self.plot.getAxis("right").linkToView(self.right)
        self.right.setXLink(self.plot)
        self.right.setYRange(0, 105, padding=0)
        self.plot.vb.sigResized.connect(self._sync)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=BAR_COLOUR,
                                    pen=pg.mkPen(None))
        self.plot.addItem(self.bars)
        self.cumulative = pg.PlotDataItem(pen=pg.mkPen(CUMULATIVE_COLOUR, width=2), symbol="o",
                                          symbolSize=6, symbolBrush=CUMULATIVE_COLOUR,
                                          symbolPen=CUMULATIVE_COLOUR)
        self.right.addItem(self.cumulative)
        self.cut = pg.InfiniteLine(pos=PARETO_CUT, angle=0,
                                   pen=pg.mkPen(CUT_COLOUR, width=1, style=Qt.PenStyle.DashLine))
        self.right.addItem(self.cut)
        self.cut_text = text_item(QCoreApplication.translate("QualityCharts", "80 %"),
                                  (1.0, 1.0), CUT_COLOUR, 8.0)
        self.right.addItem(self.cut_text)
        self.texts: list[pg.TextItem] = []
        self.data: tuple[ParetoBar, ...] = ()
        self.plot.getAxis("bottom").setStyle(autoExpandTextSpace=True)
        self.empty = text_item(
            QCoreApplication.translate("QualityCharts", "No defects in this period."),
            (0.5, 0.5), CUT_COLOUR, 10)
        self.plot.addItem(self.empty)

    def _sync(self) -> None:
        self.right.setGeometry(self.plot.vb.sceneBoundingRect())
        self.right.linkedViewChanged(self.plot.vb, self.right.XAxis)

    def set_bars(self, bars: Sequence[ParetoBar]) -> None:
        self.data = tuple(bars)
        for item in self.texts:
            self.plot.removeItem(item)
        self.texts = []
        x = list(range(len(self.data)))
        counts = [b.count for b in self.data]
        self.bars.setOpts(x=x, height=counts, width=0.6)
        self.cumulative.setData(x, [b.cumulative for b in self.data])
        n = max(len(self.data), 1)
        self.plot.setXRange(-0.6, n - 0.4, padding=0)
        top = max(counts, default=1) * 1.15
        self.plot.setYRange(0, top, padding=0)
        self.cut_text.setPos(n - 0.45, PARETO_CUT)
        for i, bar in enumerate(self.data):
            text = text_item(str(bar.count), (0.5, 1.0), "#333333", 8.0)
            text.setPos(i, bar.count)
            self.plot.addItem(text)
            self.texts.append(text)
        self.empty.setVisible(not self.data)
        self.empty.setPos((n - 1) / 2, top / 2)
        self._label_axis()

    def _label_axis(self) -> None:
        axis = self.plot.getAxis("bottom")
        width = max(self.plot.vb.width(), 300.0)
        pixels = max(int(width / max(len(self.data), 1)) - 6, 36)
        metrics = QFontMetrics(chart_font(9.0))
        labels = [wrap_label(self.label(b.category), pixels, metrics) for b in self.data]
        axis.setTicks([list(enumerate(labels))])
        lines = max((t.count("\n") + 1 for t in labels), default=1)
        axis.setHeight(metrics.height() * lines + 14)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.__dict__.get("data"):  # resized once before __init__ has set it
            self._label_axis()


class PChartWidget(pg.PlotWidget):
    """The daily defect rate (percent) with its centre line, the UCL and LCL as steps that
    follow each day's sample size, and the points that break a Western Electric rule in red,
    labelled with the rule numbers (hovering a point shows its figures)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        axis = DayAxis()
        super().__init__(parent, background="w", axisItems={"bottom": axis})
        self.axis = axis
        self.plot = self.getPlotItem()
        style_plot(self.plot)
        set_title(self.plot, QCoreApplication.translate(
            "QualityCharts", "p-chart of the daily defect rate"))
        set_axis_label(self.plot, "left",
                       QCoreApplication.translate("QualityCharts", "Failed results (%)"))
        self.plot.showGrid(y=True, alpha=0.15)
        dash = Qt.PenStyle.DashLine
        self.ucl = self.plot.plot(pen=pg.mkPen(LIMIT_COLOUR, width=1.5, style=dash),
                                  connect="finite", name="UCL")
        self.lcl = self.plot.plot(pen=pg.mkPen(LIMIT_COLOUR, width=1.5, style=dash),
                                  connect="finite", name="LCL")
        self.centre = pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(CENTRE_COLOUR, width=1.5))
        self.plot.addItem(self.centre)
        self.line = self.plot.plot(pen=pg.mkPen(POINT_COLOUR, width=1.2), connect="finite")
        self.points = pg.ScatterPlotItem(size=7, brush=POINT_COLOUR, pen=pg.mkPen(None),
                                         hoverable=True, tip=self._tip)
        self.out = pg.ScatterPlotItem(size=10, brush=OUT_COLOUR, pen=pg.mkPen("w", width=1),
                                      hoverable=True, tip=self._tip)
        self.plot.addItem(self.points)
        self.plot.addItem(self.out)
        self.labels: list[pg.TextItem] = []
        self.legend = text_item("", (1.0, 0.0), "#444444", 8.0, opaque=True)
        self.plot.addItem(self.legend)
        self.chart = PChart(None, ())
        self.first = dt.date.today()

    def set_chart(self, first: dt.date, chart: PChart, days: int) -> None:
        self.chart, self.first = chart, first
        self.axis.first = first
        for item in self.labels:
            self.plot.removeItem(item)
        self.labels = []
        x = [(p.label - first).days for p in chart.points]
        p = [100.0 * pt.p for pt in chart.points]
        self.line.setData(*_runs(x, p))
        self.points.setData(x=x, y=p, data=list(chart.points))
        self.ucl.setData(*_steps(x, [100.0 * pt.ucl for pt in chart.points]))
        self.lcl.setData(*_steps(x, [100.0 * pt.lcl for pt in chart.points]))
        self.centre.setVisible(chart.centre is not None)
        if chart.centre is not None:
            self.centre.setPos(100.0 * chart.centre)
        out = chart.out_of_control
        self.out.setData(x=[(pt.label - first).days for pt in out],
                         y=[100.0 * pt.p for pt in out], data=list(out))
        for pt in out:
            x_pt = (pt.label - first).days
            # Kept inside the plot at either end of the period.
            across = 0.0 if x_pt < 1 else 1.0 if x_pt > days - 2 else 0.5
            # Away from the limit it crossed: above a high point, below a low one.
            up = (1.3 if pt.z is None or pt.z >= 0 else -0.3)
            label = text_item(rule_text(pt.rules), (across, up), OUT_COLOUR, 8.0, bold=True)
            label.setPos(x_pt, 100.0 * pt.p)
            self.plot.addItem(label)
            self.labels.append(label)
        top = max([*p, *(100.0 * pt.ucl for pt in chart.points), 1.0]) * 1.18
        # A day of room at each end, so the first and last dates have space for labels.
        self.plot.setXRange(-1.0, max(days - 1, 1) + 1.0, padding=0)
        self.plot.setYRange(0, top, padding=0)
        self.legend.setText(self._legend_text())
        self.legend.setPos(max(days - 1, 1) + 0.9, top)

    def _legend_text(self) -> str:
        if self.chart.centre is None:
            return QCoreApplication.translate("QualityCharts",
                                              "No scored results in this period.")
        return QCoreApplication.translate(
            "QualityCharts", "centre p̄ = {centre} % · dashed: UCL / LCL (3σ) · red: out of "
                             "control").format(centre=f"{100.0 * self.chart.centre:.2f}")

    def _tip(self, x, y, data) -> str:
        pt = data
        text = QCoreApplication.translate(
            "QualityCharts", "{day}: {d} of {n} failed ({p} %)\nUCL {ucl} % · LCL {lcl} %").format(
            day=pt.label.isoformat(), d=pt.defects, n=pt.n, p=f"{100.0 * pt.p:.2f}",
            ucl=f"{100.0 * pt.ucl:.2f}", lcl=f"{100.0 * pt.lcl:.2f}")
        if pt.rules:
            text += "\n" + rule_text(pt.rules)
        return text


def rule_text(rules: Sequence[int]) -> str:
    """"Rule 1" / "Rules 1, 2" — the Western Electric rules a point breaks."""
    numbers = ", ".join(str(r) for r in rules)
    if len(rules) == 1:
        return QCoreApplication.translate("QualityCharts", "Rule {rules}").format(rules=numbers)
    return QCoreApplication.translate("QualityCharts", "Rules {rules}").format(rules=numbers)


def _runs(x: Sequence[int], y: Sequence[float]) -> tuple[list[float], list[float]]:
    """The points joined only across neighbouring days (a NaN breaks the line at a gap)."""
    xs: list[float] = []
    ys: list[float] = []
    for i, (a, b) in enumerate(zip(x, y, strict=True)):
        if i and a - x[i - 1] > 1:
            xs.append(math.nan)
            ys.append(math.nan)
        xs.append(a)
        ys.append(b)
    return xs, ys


def _steps(x: Sequence[int], y: Sequence[float]) -> tuple[list[float], list[float]]:
    """A limit as a step line: level across each day's width, stepping between neighbouring
    days and broken where days are missing."""
    xs: list[float] = []
    ys: list[float] = []
    for i, (a, b) in enumerate(zip(x, y, strict=True)):
        if i and a - x[i - 1] > 1:
            xs.append(math.nan)
            ys.append(math.nan)
        xs += [a - 0.5, a + 0.5]
        ys += [b, b]
    return xs, ys


class SigmaPanel(QWidget):
    """DPMO and the sigma level in large figures, with what they were computed from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dpmo = QLabel("—")
        self.sigma = QLabel("—")
        for label in (self.dpmo, self.sigma):
            label.setStyleSheet(FIGURE_STYLE)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet(MUTED_STYLE)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.addWidget(QLabel(self.tr("Defects per million opportunities (DPMO)")), 0, 0)
        grid.addWidget(QLabel(self.tr("Sigma level (with the 1.5σ shift)")), 0, 1)
        grid.addWidget(self.dpmo, 1, 0)
        grid.addWidget(self.sigma, 1, 1)
        grid.addWidget(self.detail, 0, 2, 2, 1)
        grid.setColumnStretch(2, 1)

    def set_figures(self, figures: SigmaFigures) -> None:
        self.dpmo.setText(number_text(figures.dpmo, 0))
        level = figures.sigma_level
        self.sigma.setText("—" if level is None else f"{sigma_text(level)} σ")
        if figures.units == 0:
            self.detail.setText(self.tr("No submitted inspections in this period."))
            return
        text = self.tr(
            "{defects} failed of {opportunities} scored results: {units} inspections × "
            "{per_unit} opportunities per inspection.").format(
            defects=f"{figures.defects:,}", opportunities=f"{figures.opportunities:,}",
            units=f"{figures.units:,}", per_unit=number_text(figures.opportunities_per_unit, 1))
        if level is not None and math.isinf(level):
            text += " " + self.tr("No defect at all: the sigma level has no finite value.")
        self.detail.setText(text)
