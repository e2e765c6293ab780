"""The History tab (巡查记录): past rounds, filtered by dates, area, inspector, level, checklist
and "score below". Rows come from the service a batch at a time (history(flt, offset,
limit)) when the view asks for more, so three years of rounds open at once. Double-click
opens a round read-only with its answers, notes and photos."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.checklists import LEVELS
from app.services.checklist_dto import HistoryFilter, HistoryRow
from app.ui.context import UiContext
from app.ui.form_dialog import date_edit, date_value, fill_combo
from app.ui.pages.org_common import RIGHT, NoticeBanner, make_table
from app.ui.patrols.common import RED, PatrolTab, level_label, pick, score_text
from app.ui.table_model import BATCH_SIZE, Column, DtoTableModel

Fetch = Callable[[int, int, Callable[[list], None], Callable[[BaseException], None]], None]


class PagedModel(DtoTableModel):
    """A DtoTableModel that asks for its rows batch by batch: each fetchMore loads the next
    ``batch_size`` rows through ``fetch(offset, limit, on_rows, on_error)``."""

    def __init__(self, columns: Sequence[Column], fetch: Fetch, batch_size: int = BATCH_SIZE,
                 parent=None) -> None:
        super().__init__(columns, batch_size, parent)
        self._fetch = fetch
        self._done, self._busy, self._generation = True, False, 0

    def restart(self) -> None:
        """Forget the rows and load the first batch (a new filter)."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._loaded = (), 0
        self._done, self._busy = False, False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent) -> bool:  # noqa: N802 - Qt's name
        return not parent.isValid() and not self._done and not self._busy

    def fetchMore(self, parent) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        self._busy = True
        generation = self._generation
        self._fetch(len(self._rows), self._batch,
                    lambda rows: self._append(generation, rows),
                    lambda _error: self._stop(generation))

    def _stop(self, generation: int) -> None:
        if generation == self._generation:
            self._busy, self._done = False, True

    def _append(self, generation: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return  # an older filter's answer
        self._busy = False
        self._done = len(rows) < self._batch
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows = self._rows + tuple(rows)
            self._loaded = len(self._rows)
            self.endInsertRows()


class HistoryTab(PatrolTab):
    def __init__(self, ctx: UiContext, banner: NoticeBanner, open_past: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, banner, parent)
        self.open_past = open_past
        self.filter = HistoryFilter()
        from_box, self.date_from = date_edit(self.tr("any"), self.tr("Clear"))
        to_box, self.date_to = date_edit(self.tr("any"), self.tr("Clear"))
        self.area, self.level, self.template = QComboBox(), QComboBox(), QComboBox()
        fill_combo(self.area, [], self.tr("All areas"))
        fill_combo(self.level, [(level_label(k), k) for k in LEVELS], self.tr("All levels"))
        fill_combo(self.template, [], self.tr("All checklists"))
        self.inspector = QLineEdit()
        self.inspector.setPlaceholderText(self.tr("user name"))
        self.score_below = QSpinBox()
        self.score_below.setRange(0, 100)
        self.score_below.setSpecialValueText(self.tr("any"))
        self.search_button = QPushButton(self.tr("Search"))
        self.count_label = QLabel()
        columns = [
            Column(self.tr("Day"), lambda r: r.day),
            Column(self.tr("Shift"), lambda r: r.shift),
            Column(self.tr("Area"), lambda r: r.area),
            Column(self.tr("Checklist"), lambda r: f"{r.template} v{r.version}"),
            Column(self.tr("Level"), lambda r: level_label(r.level)),
            Column(self.tr("Inspector"), lambda r: r.inspector),
            Column(self.tr("Status"), lambda r: self.tr("submitted") if r.status == "submitted"
                   else self.tr("in progress")),
            Column(self.tr("Score"), lambda r: score_text(r.score), alignment=RIGHT,
                   foreground=lambda r: RED if r.flagged else None),
            Column(self.tr("Findings"), lambda r: r.findings or "", alignment=RIGHT),
        ]
        self.view, _ = make_table(columns, widths=(100, 70, 160, 240, 130, 100, 90, 70), stretch=3)
        self.model = PagedModel(columns, self._fetch)
        self.view.setModel(self.model)
        self.view.setToolTip(self.tr("Double-click a round to open it (read-only)"))
        self._layout(from_box, to_box)
        self.search_button.clicked.connect(lambda _c=False: self.load())
        self.inspector.returnPressed.connect(self.load)
        for combo in (self.area, self.level, self.template):
            combo.currentIndexChanged.connect(lambda _i: self.load())
        self.view.doubleClicked.connect(self._open)
        self._lookups_loaded = False

    def _layout(self, from_box: QWidget, to_box: QWidget) -> None:
        grid = QGridLayout()
        cells = ((self.tr("From"), from_box), (self.tr("To"), to_box),
                 (self.tr("Area"), self.area), (self.tr("Inspector"), self.inspector),
                 (self.tr("Level"), self.level), (self.tr("Checklist"), self.template),
                 (self.tr("Score below"), self.score_below))
        for n, (text, widget) in enumerate(cells):
            grid.addWidget(QLabel(text), n // 4, (n % 4) * 2)
            grid.addWidget(widget, n // 4, (n % 4) * 2 + 1)
        grid.addWidget(self.search_button, 1, 7)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)

    def current_filter(self) -> HistoryFilter:
        below = self.score_below.value()
        return HistoryFilter(date_value(self.date_from), date_value(self.date_to),
                             self.area.currentData(), self.inspector.text().strip() or None,
                             self.level.currentData(), self.template.currentData(),
                             float(below) if below else None)

    def load(self) -> None:
        if not self._lookups_loaded:
            self._lookups_loaded = True
            teams, checklists = self.ctx.services.teams, self.ctx.services.checklists
            self.ctx.runner.run(lambda: (teams.areas(), checklists.templates(True)),
                                self._lookups)
        self.filter = self.current_filter()
        patrols, flt = self.ctx.services.patrols, self.filter
        self.read("count", lambda: patrols.history_count(flt), lambda n: self.count_label.setText(
            self.tr("{count} rounds").format(count=n)))
        self.model.restart()

    def _lookups(self, result) -> None:
        areas, templates = result
        for combo, items in ((self.area, [(a.name, a.id) for a in areas]),
                             (self.template, [(pick(t.name, t.name_en), t.template_id)
                                              for t in templates])):
            fill_combo(combo, items, combo.itemText(0))

    def _fetch(self, offset: int, limit: int, on_rows, on_error) -> None:
        patrols, flt = self.ctx.services.patrols, self.filter

        def failed(error: BaseException) -> None:
            on_error(error)
            self.banner.show_messages([self.ctx.message(error)])

        self.ctx.runner.run(lambda: patrols.history(flt, offset, limit), on_rows, failed)

    def _open(self, index) -> None:
        row: HistoryRow | None = self.model.row_at(index)
        if row is not None:
            self.open_past(row.id)
