"""What the gap charts share (pyqtgraph lives only in app/ui/analytics): colours, number
formats, the bundled CJK font for axes and texts, "no data" labels, and bars on a category
axis that know which bar a click landed on.

A value of None is "no data": it gets a written "no data" label and never a bar, so an
empty dimension cannot be mistaken for a zero gap."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

pg.setConfigOptions(antialias=True, background="w", foreground="#333333")

E_COLOUR = QColor("#9bb7e8")
P_COLOUR = QColor("#1a5fb4")
SHORTFALL = QColor("#c0504d")  # a negative gap
SURPLUS = QColor("#4e9a63")  # a gap at or above zero
OVERALL_SHORTFALL = QColor("#8e2a27")
OVERALL_SURPLUS = QColor("#2e6b40")
NO_DATA_COLOUR = QColor("#8c8c8c")
ZERO_PEN = pg.mkPen("#333333", width=1)
TREND_COLOURS = ("#7a4a00", "#1a5fb4", "#6a3d9a", "#b3261e", "#1e6b2a")
MINUS = "\u2212"


def chart_font(points: float = 9.0, bold: bool = False) -> QFont:
    """The application's font (the bundled CJK one) at ``points``: pyqtgraph paints axes
    and texts with a default QFont otherwise, and Chinese would come out as boxes."""
    font = QFont(QApplication.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def no_data_text() -> str:
    return QCoreApplication.translate("GapCharts", "no data")


def signed(value: float, decimals: int = 2) -> str:
    """"+0.40" / "−1.25" with a real minus sign; a zero has no sign."""
    if round(value, decimals) == 0:
        return f"{0:.{decimals}f}"
    return f"{value:+.{decimals}f}".replace("-", MINUS)


def gap_colour(value: float, overall: bool = False) -> QColor:
    if value < 0:
        return OVERALL_SHORTFALL if overall else SHORTFALL
    return OVERALL_SURPLUS if overall else SURPLUS


def style_plot(plot: pg.PlotItem, points: float = 9.0) -> None:
    """Axes in the bundled font, dark text, no mouse panning (a click means drill down)."""
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setTickFont(chart_font(points))
        axis.setTextPen("#333333")
        axis.setPen("#777777")
        axis.label.setFont(chart_font(points))
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.titleLabel.item.setFont(chart_font(points + 1, bold=True))


def set_title(plot: pg.PlotItem, text: str, points: float = 10.0) -> None:
    plot.setTitle(text, color="#222222")
    plot.titleLabel.item.setFont(chart_font(points, bold=True))


def set_axis_label(plot: pg.PlotItem, side: str, text: str, points: float = 9.0) -> None:
    axis = plot.getAxis(side)
    axis.setLabel(text, color="#444444")
    axis.label.setFont(chart_font(points))


def text_item(text: str, anchor: tuple[float, float], colour: QColor | str = "#222222",
              points: float = 8.5, angle: float = 0.0, bold: bool = False,
              opaque: bool = False) -> pg.TextItem:
    """A text in the bundled font; ``opaque`` gives it a white ground so a zero line or a
    grid line does not run through it."""
    fill = pg.mkBrush(255, 255, 255, 235) if opaque else None
    item = pg.TextItem(text, color=colour, anchor=anchor, angle=angle, fill=fill)
    item.setFont(chart_font(points, bold))
    return item


def value_anchor(value: float) -> tuple[float, float]:
    """Where a value text sits at the end of a horizontal bar: beyond the end, on the side
    away from zero (a zero or negative value to the left)."""
    return (0.0, 0.5) if value > 0 else (1.0, 0.5)


def value_range(values: Sequence[float], room: float = 0.9,
                least: float = 0.5) -> tuple[float, float]:
    """A value-axis range holding zero and every value, with ``room`` × the span beyond the
    ends that have bars (for their value texts) and a little on the other side."""
    low, high = min([*values, 0.0]), max([*values, 0.0])
    span = max(high - low, least)
    left = low - span * room if low < 0 else -span * 0.25
    right = high + span * room if high > 0 else span * 0.25
    return left, right


@dataclass(frozen=True)
class BarSpec:
    """One bar on a category axis: ``pos`` its centre there, ``value`` its end on the value
    axis (None = no data), ``base`` where it starts; ``key`` is what a click hands back."""

    key: object
    value: float | None
    pos: float
    series: str = ""
    base: float = 0.0
    colour: QColor | None = None


class CategoryBars:
    """Bars of one PlotItem, vertical or horizontal, drawn one BarGraphItem per series; a
    click anywhere in a bar's band on the category axis selects it (tiny bars stay easy to
    hit). ``no_data`` holds the texts written where a value is None."""

    def __init__(self, plot: pg.PlotItem, horizontal: bool = False, width: float = 0.6) -> None:
        self.plot, self.horizontal, self.width = plot, horizontal, width
        self.specs: list[BarSpec] = []
        self.items: dict[str, pg.BarGraphItem] = {}
        self.no_data: list[pg.TextItem] = []
        self.extras: list[pg.GraphicsObject] = []
        self.no_data_anchor = (0.0, 0.5)  # horizontal bars: where "no data" sits at the base
        self.no_data_shift = 0.0  # …moved this far along the value axis (off the zero line)

    def clear(self) -> None:
        for item in [*self.items.values(), *self.no_data, *self.extras]:
            self.plot.removeItem(item)
        self.specs, self.items, self.no_data, self.extras = [], {}, [], []

    def add_extra(self, item) -> None:
        """A text or line that belongs to this drawing and goes with the next clear()."""
        self.plot.addItem(item)
        self.extras.append(item)

    def draw(self, specs: Sequence[BarSpec], colour: Callable[[BarSpec], QColor],
             no_data_points: float = 8.0, names: dict[str, str] | None = None) -> None:
        self.clear()
        self.specs = list(specs)
        by_series: dict[str, list[BarSpec]] = {}
        for spec in self.specs:
            if spec.value is None:
                self._write_no_data(spec, no_data_points)
            else:
                by_series.setdefault(spec.series, []).append(spec)
        for series, bars in by_series.items():
            brushes = [pg.mkBrush(spec.colour or colour(spec)) for spec in bars]
            pos = [b.pos for b in bars]
            base = [b.base for b in bars]
            end = [b.value for b in bars]
            options = (dict(y=pos, height=self.width, x0=base, x1=end) if self.horizontal
                       else dict(x=pos, width=self.width, y0=base, y1=end))
            item = pg.BarGraphItem(brushes=brushes, brush=brushes[0], pen=pg.mkPen(None),
                                   **options,
                                   name=(names or {}).get(series))
            item.bar_keys = [b.key for b in bars]
            self.items[series] = item
            self.plot.addItem(item)

    def _write_no_data(self, spec: BarSpec, points: float) -> None:
        if self.horizontal:
            text = text_item(no_data_text(), self.no_data_anchor, NO_DATA_COLOUR, points,
                             opaque=True)
            text.setPos(spec.base + self.no_data_shift, spec.pos)
        else:
            text = text_item(no_data_text(), (0.0, 0.5), NO_DATA_COLOUR, points, angle=90,
                             opaque=True)
            text.setPos(spec.pos, spec.base)
        text.bar_key = spec.key
        self.no_data.append(text)
        self.plot.addItem(text)

    def drawn(self) -> dict[tuple[str, object], float]:
        """(series, key) → the end of the bar as drawn (read back from the BarGraphItems)."""
        out = {}
        for series, item in self.items.items():
            ends = item.opts["x1"] if self.horizontal else item.opts["y1"]
            for key, end in zip(item.bar_keys, ends, strict=True):
                out[(series, key)] = float(end)
        return out

    def hit(self, point: QPointF) -> BarSpec | None:
        """The bar whose band holds ``point`` (in view coordinates)."""
        across = point.y() if self.horizontal else point.x()
        for spec in self.specs:
            if abs(across - spec.pos) <= self.width / 2:
                return spec
        return None

    def scene_point(self, spec: BarSpec) -> QPointF:
        """The scene position of the middle of a bar (or of its band when it has no data)."""
        end = spec.base if spec.value is None else (spec.base + spec.value) / 2
        view = QPointF(end, spec.pos) if self.horizontal else QPointF(spec.pos, end)
        return self.plot.vb.mapViewToScene(view)


class ClickRouter:
    """Sends a left click in a scene to the CategoryBars under it: ``on_bar(bars, spec)``."""

    def __init__(self, scene, on_bar: Callable[[CategoryBars, BarSpec], None]) -> None:
        self.groups: list[CategoryBars] = []
        self._on_bar = on_bar
        scene.sigMouseClicked.connect(self._clicked)

    def add(self, bars: CategoryBars) -> CategoryBars:
        self.groups.append(bars)
        return bars

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.scenePos()
        for bars in self.groups:
            if bars.plot.vb.sceneBoundingRect().contains(pos):
                spec = bars.hit(bars.plot.vb.mapSceneToView(pos))
                if spec is not None:
                    event.accept()
                    self._on_bar(bars, spec)
                return
