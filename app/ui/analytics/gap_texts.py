"""Names, units and value formats of the five gaps on screen, and what a click on a chart
asks for (a Drill). No pyqtgraph here, so the page can say things before the charts load."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.domain.errors import QT_TRANSLATE_NOOP
from app.domain.servqual import GAP_UNITS, SCALE_POINTS
from app.ui.surveys.common import dimension_label, item_label

GAP_TITLES = {
    1: QT_TRANSLATE_NOOP("GapCharts", "Gap 1 · Knowledge"),
    2: QT_TRANSLATE_NOOP("GapCharts", "Gap 2 · Standards"),
    3: QT_TRANSLATE_NOOP("GapCharts", "Gap 3 · Delivery"),
    4: QT_TRANSLATE_NOOP("GapCharts", "Gap 4 · Promises"),
    5: QT_TRANSLATE_NOOP("GapCharts", "Gap 5 · Service quality"),
}
MINUS = "\u2212"


def gap_title(gap: int) -> str:
    return QCoreApplication.translate("GapCharts", GAP_TITLES[gap])


def scale_points(gap: int) -> bool:
    return GAP_UNITS[gap] == SCALE_POINTS


def unit_text(gap: int) -> str:
    if scale_points(gap):
        return QCoreApplication.translate("GapCharts", "scale points")
    return QCoreApplication.translate("GapCharts", "percentage points")


def value_text(gap: int, value: float | None) -> str:
    """−0.82 (scale points, two decimals) or −12.5 (percentage points, one decimal)."""
    if value is None:
        return QCoreApplication.translate("GapCharts", "no data")
    decimals = 2 if scale_points(gap) else 1
    if round(value, decimals) == 0:
        return f"{0:.{decimals}f}"  # no sign on a zero gap
    return f"{value:+.{decimals}f}".replace("-", MINUS)


def overall_label() -> str:
    return QCoreApplication.translate("GapCharts", "Overall")


@dataclass(frozen=True)
class Drill:
    """A clicked bar: which gap, and a dimension or an item (neither = the overall)."""

    gap: int
    dimension: str | None = None
    item: int | None = None

    @property
    def overall(self) -> bool:
        return self.dimension is None and self.item is None

    def title(self) -> str:
        if self.item is not None:
            what = item_label(self.item)
        elif self.dimension is not None:
            what = dimension_label(self.dimension)
        else:
            what = overall_label()
        return QCoreApplication.translate("GapCharts", "{gap} — {what}").format(
            gap=gap_title(self.gap), what=what)
