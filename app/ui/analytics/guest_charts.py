"""The two charts of the guests' own answers (gap 5): expectation against perception per
dimension, and the gap of every SERVQUAL item sorted worst first. A click on a bar emits a
Drill for the records behind it."""

from __future__ import annotations

from collections.abc import Mapping

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from app.domain.servqual import DIMENSIONS, ITEMS, SCALE_MAX, SCALE_MIN, Measure
from app.ui.analytics.chart_common import (
    E_COLOUR,
    P_COLOUR,
    ZERO_PEN,
    BarSpec,
    CategoryBars,
    ClickRouter,
    chart_font,
    gap_colour,
    set_axis_label,
    set_title,
    signed,
    style_plot,
    text_item,
    value_anchor,
    value_range,
)
from app.ui.analytics.gap_texts import Drill
from app.ui.surveys.common import dimension_label, item_text

E_SERIES, P_SERIES = "E", "P"
PAIR_OFFSET, PAIR_WIDTH = 0.19, 0.36
ITEM_LABEL_PIXELS = 210  # the width the item texts are cut to on the left axis


class EvsPChart(pg.PlotWidget):
    """Two bars per dimension on the 1–7 scale (E light, P dark), the gap P − E written
    above the pair; a dimension without answers says "no data" and has no bars."""

    clicked = Signal(object)  # Drill(5, dimension)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.plot = self.getPlotItem()
        style_plot(self.plot)
        set_title(self.plot, QCoreApplication.translate(
            "GapCharts", "Expectation (E) and perception (P) by dimension"))
        set_axis_label(self.plot, "left", QCoreApplication.translate(
            "GapCharts", "1 = strongly disagree … 7 = strongly agree"))
        self.plot.getAxis("bottom").setTicks(
            [[(i, dimension_label(d)) for i, d in enumerate(DIMENSIONS)]])
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in range(SCALE_MIN,
                                                                        SCALE_MAX + 1)]])
        self.plot.setXRange(-0.6, len(DIMENSIONS) - 0.4, padding=0)
        self.plot.setYRange(SCALE_MIN, SCALE_MAX + 0.7, padding=0)
        self.plot.showGrid(y=True, alpha=0.15)
        legend = self.plot.addLegend(offset=(-8, 8), labelTextSize="9pt",
                                     labelTextColor="#333333")
        legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        self.bars = CategoryBars(self.plot, width=PAIR_WIDTH)
        self.router = ClickRouter(self.scene(), lambda _bars, spec: self.click(spec.key))
        self.router.add(self.bars)
        self.gaps: dict[str, float | None] = {}

    def set_data(self, expectation: Mapping[str, Measure], perception: Mapping[str, Measure],
                 gaps: Mapping[str, Measure]) -> None:
        specs = []
        self.gaps = {d: gaps[d].value for d in DIMENSIONS}
        for i, d in enumerate(DIMENSIONS):
            e, p = expectation[d].value, perception[d].value
            if e is None or p is None:  # one "no data" for the pair
                specs.append(BarSpec(d, None, i, E_SERIES, SCALE_MIN))
                continue
            specs.append(BarSpec(d, e, i - PAIR_OFFSET, E_SERIES, SCALE_MIN))
            specs.append(BarSpec(d, p, i + PAIR_OFFSET, P_SERIES, SCALE_MIN))
        self.plot.legend.clear()
        self.bars.draw(specs, lambda s: E_COLOUR if s.series == E_SERIES else P_COLOUR,
                       names={E_SERIES: QCoreApplication.translate("GapCharts", "Expectation E"),
                              P_SERIES: QCoreApplication.translate("GapCharts", "Perception P")})
        for i, d in enumerate(DIMENSIONS):
            e, p, gap = expectation[d].value, perception[d].value, self.gaps[d]
            if e is None or p is None or gap is None:
                continue
            label = text_item(signed(gap), (0.5, 1.0), gap_colour(gap), 9.5, bold=True)
            label.setPos(i, max(e, p) + 0.08)
            label.gap_dimension = d
            self.bars.add_extra(label)

    def gap_labels(self) -> dict[str, str]:
        """dimension → the gap text written above its pair."""
        return {item.gap_dimension: item.toPlainText() for item in self.bars.extras
                if hasattr(item, "gap_dimension")}

    def click(self, dimension: str) -> None:
        self.clicked.emit(Drill(5, dimension=dimension))


class ItemGapsChart(pg.PlotWidget):
    """Gap 5 of each of the 22 items as horizontal bars, worst (most negative) at the top;
    items nobody answered both ways come last, marked "no data"."""

    clicked = Signal(object)  # Drill(5, item=n)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.plot = self.getPlotItem()
        style_plot(self.plot, 8.5)
        set_title(self.plot, QCoreApplication.translate(
            "GapCharts", "Item gaps P − E, worst first"))
        set_axis_label(self.plot, "bottom", QCoreApplication.translate(
            "GapCharts", "scale points"))
        self.plot.invertY(True)
        self.plot.getAxis("left").setWidth(ITEM_LABEL_PIXELS + 12)
        self.plot.showGrid(x=True, alpha=0.15)
        self.plot.addItem(pg.InfiniteLine(pos=0, angle=90, pen=ZERO_PEN))
        self.bars = CategoryBars(self.plot, horizontal=True, width=0.66)
        self.bars.no_data_anchor, self.bars.no_data_shift = (1.0, 0.5), -0.04
        self.router = ClickRouter(self.scene(), lambda _bars, spec: self.click(spec.key))
        self.router.add(self.bars)
        self.order: list[int] = []

    def set_data(self, items: Mapping[int, Measure]) -> None:
        with_data = sorted((i for i in ITEMS if items[i].value is not None),
                           key=lambda i: (items[i].value, i))
        self.order = with_data + [i for i in ITEMS if items[i].value is None]
        metrics = QFontMetrics(chart_font(8.5))
        ticks = [(row, metrics.elidedText(f"Q{item} {item_text(item)}",
                                          Qt.TextElideMode.ElideRight, ITEM_LABEL_PIXELS))
                 for row, item in enumerate(self.order)]
        self.plot.getAxis("left").setTicks([ticks])
        specs = [BarSpec(item, items[item].value, row) for row, item in enumerate(self.order)]
        self.bars.draw(specs, lambda s: gap_colour(s.value))
        values = [s.value for s in specs if s.value is not None]
        low, high = value_range(values, room=0.25)
        self.plot.setXRange(low, high, padding=0)
        self.plot.setYRange(-0.6, len(self.order) - 0.4, padding=0)
        for spec in specs:
            if spec.value is None:
                continue
            label = text_item(signed(spec.value), value_anchor(spec.value), "#333333", 8)
            label.setPos(spec.value, spec.pos)
            self.bars.add_extra(label)

    def click(self, item: int) -> None:
        self.clicked.emit(Drill(5, item=item))
