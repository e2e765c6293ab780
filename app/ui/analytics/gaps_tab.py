"""The "Five gaps" tab: E vs P per dimension, item gaps worst first, the five gaps side by
side with their weekly trend, and — beside the charts — the records behind the last bar
clicked (services.gaps.behind), titled with what was clicked.

Every chart saves as a PNG and its data as an .xlsx (chart_export.ChartBox, data from
services.gaps.export_xlsx): "ep" and "items" for the two guest charts; the five gaps chart,
which draws two tables (the gaps by dimension and their weekly trend), saves each ("five",
"trend") and one PNG of both."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.servqual import FiveGaps
from app.services.gaps import LABEL_E, LABEL_MANAGER_E, LABEL_P
from app.services.guest_dto import BehindRow
from app.ui.analytics.chart_export import ChartBox, file_name
from app.ui.analytics.five_gaps_chart import FiveGapsChart
from app.ui.analytics.gap_texts import Drill, unit_text, value_text
from app.ui.analytics.guest_charts import EvsPChart, ItemGapsChart
from app.ui.context import UiContext
from app.ui.pages.org_common import RIGHT, make_table
from app.ui.surveys.common import item_label
from app.ui.table_model import Column

MUTED_STYLE = "color: #6f6f6f;"
MEANS = {LABEL_E, LABEL_P, LABEL_MANAGER_E}  # rows of an item's drill-down that are not gaps
# services.gaps.export_xlsx's chart keys → the box of the chart drawing them
DATA_BOX = {"five": "five", "trend": "five", "ep": "ep", "items": "items"}


class GapsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period: tuple[dt.date, dt.date] | None = None
        self.area_id: int | None = None
        self.five: FiveGaps | None = None
        self.weekly: list[tuple[dt.date, FiveGaps]] = []
        self.drill: Drill | None = None
        self.summary = QLabel()
        self.summary.setObjectName("gapSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 11pt;")
        self.evp = EvsPChart()
        self.items = ItemGapsChart()
        self.five_chart = FiveGapsChart()
        for chart in (self.evp, self.items, self.five_chart):
            chart.clicked.connect(self.show_behind)
        # Below these sizes labels would collide; the scroll area scrolls instead.
        self.evp.setMinimumSize(320, 380)
        self.items.setMinimumSize(420, 460)
        self.five_chart.setMinimumSize(700, 480)
        self.boxes = {
            "five": ChartBox("five", self.five_chart,
                             {"trend": self.tr("Save weekly trend (.xlsx)…")}),
            "ep": ChartBox("ep", self.evp),
            "items": ChartBox("items", self.items),
        }
        for box in self.boxes.values():
            box.connect(self.save_png, self.save_data)
        meaning = QLabel(self.tr(
            "Gap 1: what managers think guests expect − what guests expect. Gap 2: share of the "
            "SERVQUAL items your published checklists cover − 100 %. Gap 3: patrol pass rate − "
            "100 %. Gap 4: promises kept − 100 %. Gap 5: guests' perception − expectation. "
            "Below zero is a shortfall. Click a bar to see what lies behind it."))
        meaning.setWordWrap(True)
        meaning.setStyleSheet(MUTED_STYLE)
        self.behind_title = QLabel(self.tr("Click a bar to see what lies behind it."))
        self.behind_title.setObjectName("behindTitle")
        self.behind_title.setWordWrap(True)
        self.behind_title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.behind_note = QLabel()
        self.behind_note.setWordWrap(True)
        self.behind_note.setStyleSheet(MUTED_STYLE)
        columns = [
            Column(self.tr("What"), self.row_label, tooltip=self.row_label),
            Column(self.tr("Value"), self.row_value, alignment=RIGHT),
            Column(self.tr("n"), lambda r: r.n, alignment=RIGHT),
            Column(self.tr("Detail"), lambda r: r.detail, tooltip=lambda r: r.detail or None),
        ]
        # "What" takes the room left; "P 4.98 − E 6.26" must show whole (longer details,
        # such as the checklist items covering an item, are in the tooltip).
        self.behind_view, self.behind_model = make_table(columns, widths=(140, 58, 40, 124),
                                                         stretch=0)
        self._layout(meaning)

    def _layout(self, meaning: QLabel) -> None:
        charts = QWidget()
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 6, 0)
        grid.addWidget(self.boxes["five"], 0, 0, 1, 2)
        grid.addWidget(meaning, 1, 0, 1, 2)
        grid.addWidget(self.boxes["ep"], 2, 0)
        grid.addWidget(self.boxes["items"], 2, 1)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 5)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        behind = QWidget()
        side = QVBoxLayout(behind)
        side.setContentsMargins(6, 0, 0, 0)
        side.addWidget(self.behind_title)
        side.addWidget(self.behind_note)
        side.addWidget(self.behind_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(behind)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([880, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)

    # -- loading -----------------------------------------------------------------------
    def load(self, start: dt.date, end: dt.date, area_id: int | None) -> None:
        self.period, self.area_id = (start, end), area_id
        gaps = self.ctx.services.gaps
        self.ctx.runner.run(lambda: (gaps.five_gaps(start, end, area_id),
                                     gaps.weekly(start, end, area_id)),
                            self._loaded, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(self.ctx.message(error))

    def _loaded(self, result) -> None:
        self.five, self.weekly = result[0], list(result[1])
        five = self.five
        gap5 = five.gap5
        self.evp.set_data(gap5.expectation, gap5.perception, gap5.dimensions)
        self.items.set_data(gap5.items)
        self.five_chart.set_gaps(five)
        self.five_chart.set_trend(self.weekly)
        self.summary.setText(self._summary_text(five))
        if self.drill is not None:
            self.show_behind(self.drill)

    def _summary_text(self, five: FiveGaps) -> str:
        score, weighted = five.gap5.overall, five.weighted_score
        if score.value is None:
            return self.tr("No guest forms with answers in this period: the SERVQUAL score "
                           "has no data.")
        text = self.tr("SERVQUAL score (gap 5): {score} from {n} guest forms").format(
            score=value_text(5, score.value), n=score.n)
        if weighted.value is not None:
            text += self.tr(" · weighted by importance: {score} ({n} forms with weights)"
                            ).format(score=value_text(5, weighted.value), n=weighted.n)
        return text

    # -- drilling down -----------------------------------------------------------------
    def _gap(self) -> int:
        return self.drill.gap if self.drill is not None else 5

    def show_behind(self, drill: Drill) -> None:
        """List the records behind a clicked bar (for an overall: behind every dimension)."""
        self.drill = drill
        self.behind_title.setText(drill.title())
        self.behind_note.setText(self.tr("Worst first. Gap values in {unit}.").format(
            unit=unit_text(drill.gap)))
        if self.period is None:
            return
        gaps, (start, end), area_id = self.ctx.services.gaps, self.period, self.area_id
        self.ctx.runner.run(
            lambda: gaps.behind(drill.gap, start, end, dimension=drill.dimension,
                                item=drill.item, area_id=area_id),
            self._behind_rows, self._behind_failed, owner=self)

    def row_value(self, row: BehindRow) -> str:
        """A gap in its unit; the means behind an item's gap (E, P) as plain scale values."""
        if row.label in MEANS and row.value is not None:
            return f"{row.value:.2f}"
        return value_text(self._gap(), row.value)

    def row_label(self, row: BehindRow) -> str:
        """Fixed labels and SERVQUAL items in the UI language; checklist items and promise
        names as they were written."""
        fixed = self.ctx.translate("gaps", row.label)
        if fixed != row.label:
            return fixed
        item = getattr(row, "item", None)
        if item is not None and row.label.startswith(f"Q{item} "):
            return item_label(item)
        return row.label

    def _behind_rows(self, rows) -> None:
        self.behind_model.set_rows(list(rows))
        if not rows:
            self.behind_note.setText(self.tr("Nothing lies behind this bar in the period."))

    def _behind_failed(self, error: BaseException) -> None:
        self.behind_model.set_rows([])
        self.behind_note.setText(self.ctx.message(error))

    # -- saving ------------------------------------------------------------------------
    def save_png(self, key: str) -> Path | None:
        """Save a chart ("five", "ep" or "items") as drawn now as a PNG; returns the path,
        None if cancelled."""
        return self.boxes[key].save_png(file_name(f"gaps_{key}", self.period, ".png"))

    def save_data(self, key: str) -> None:
        """Save the data of ``key`` (a services.gaps.EXPORT_KEYS key) as an .xlsx, through
        the service, off the UI thread."""
        if self.period is None:
            return
        (start, end), area_id = self.period, self.area_id
        gaps, translate = self.ctx.services.gaps, self.ctx.translate
        self.boxes[DATA_BOX[key]].save_data(
            file_name(f"gaps_{key}", self.period, ".xlsx"),
            lambda path: gaps.export_xlsx(start, end, key, path, area_id, translate),
            self.ctx.runner, self.ctx.message)
