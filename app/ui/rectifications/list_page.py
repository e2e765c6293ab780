"""The Rectifications page (整改): every item with filters — status (or all open), overdue
only, area, team, assignee, severity, period — read from the service a page at a time as the
list scrolls (fetchMore → list(filter, offset, limit)). Double-click opens the item."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.checklists import SEVERITIES
from app.domain.rectification import STATES
from app.services.rectification_dto import RectificationDTO, RectificationFilter
from app.ui.context import UiContext
from app.ui.form_dialog import fill_combo
from app.ui.page_tab import PageTab
from app.ui.pages.org_common import make_table
from app.ui.patrols.common import severity_label
from app.ui.person_combo import PersonCombo
from app.ui.rectifications.common import (
    COLUMN_WIDTHS,
    COUNTDOWN_MS,
    TOPICS,
    item_columns,
    now_of,
    rectifications,
    state_label,
)
from app.ui.rectifications.detail_view import open_detail
from app.ui.table_model import Column, DtoTableModel

PAGE = 200  # rows asked of the service at a time


class PagedModel(DtoTableModel):
    """A DtoTableModel whose next rows come from the service when the view scrolls to the
    end: ``fetch(offset)`` is called once per page; the page hands rows back with append()."""

    def __init__(self, columns: Sequence[Column], fetch: Callable[[int], None]) -> None:
        super().__init__(columns, batch_size=10**9)
        self._fetch = fetch
        self.exhausted = True
        self.loading = False

    def reset(self, rows: Sequence[RectificationDTO], exhausted: bool) -> None:
        self.loading, self.exhausted = False, exhausted
        self.set_rows(rows)

    def append(self, rows: Sequence[RectificationDTO], exhausted: bool) -> None:
        self.loading, self.exhausted = False, exhausted
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows = self._rows + tuple(rows)
            self._loaded = len(self._rows)
            self.endInsertRows()

    def canFetchMore(self, parent) -> bool:  # noqa: N802 - Qt's name
        return super().canFetchMore(parent) or (
            not parent.isValid() and not self.exhausted and not self.loading)

    def fetchMore(self, parent) -> None:  # noqa: N802 - Qt's name
        if super().canFetchMore(parent):
            super().fetchMore(parent)
        elif not parent.isValid() and not self.exhausted and not self.loading:
            self.loading = True
            self._fetch(len(self._rows))


class RectificationsPage(PageTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page_size = PAGE
        self.windows: list[QWidget] = []
        self.status = QComboBox()
        fill_combo(self.status, [(self.tr("All open"), "open_any"), (self.tr("All"), "")]
                   + [(state_label(k), k) for k in STATES])
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.area, self.team, self.severity, self.period = (QComboBox() for _ in range(4))
        fill_combo(self.severity, [(severity_label(k), k) for k in SEVERITIES],
                   self.tr("Any severity"))
        fill_combo(self.period, [(self.tr("Any time"), 0), (self.tr("Today"), 1),
                                 (self.tr("Last 7 days"), 7), (self.tr("Last 30 days"), 30),
                                 (self.tr("Last 365 days"), 365)])
        self.assignee = PersonCombo(self.tr("Anyone"))
        self.count_label = QLabel()
        self.wallboard_button = QPushButton(self.tr("Wallboard"))
        self.wallboard_button.clicked.connect(lambda _c=False: self.open_wallboard())
        self.view, _plain = make_table(item_columns(lambda: now_of(ctx)), COLUMN_WIDTHS,
                                       stretch=2)
        self.model = PagedModel(_plain.columns, self._fetch_page)
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Status"), self.status), (None, self.overdue),
                              (self.tr("Area"), self.area), (self.tr("Team"), self.team),
                              (self.tr("Assignee"), self.assignee),
                              (self.tr("Severity"), self.severity),
                              (self.tr("Period"), self.period)):
            if label:
                filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.wallboard_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        for combo in (self.status, self.area, self.team, self.severity, self.period,
                      self.assignee):
            combo.activated.connect(lambda _i: self.reload())
        self.overdue.toggled.connect(lambda _on: self.reload())
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.view.viewport().update)
        self.timer.start(COUNTDOWN_MS)
        ctx.signals.changed.connect(self._changed)
        self._load_choices()
        self.reload()

    def _load_choices(self) -> None:
        s = self.ctx.services
        self.ctx.runner.run(s.teams.areas, lambda areas: fill_combo(
            self.area, [(a.name, a.id) for a in areas], self.tr("Any area")))
        self.ctx.runner.run(s.teams.teams, lambda teams: fill_combo(
            self.team, [(t.name, t.id) for t in teams], self.tr("Any team")))
        self.ctx.runner.run(s.staff.employees, self.assignee.set_people)

    def current_filter(self) -> RectificationFilter:
        days = self.period.currentData() or 0
        start = now_of(self.ctx).date() - dt.timedelta(days=days - 1) if days else None
        return RectificationFilter(
            status=self.status.currentData() or None, overdue_only=self.overdue.isChecked(),
            area_id=self.area.currentData(), team_id=self.team.currentData(),
            assignee_id=self.assignee.current_id(), severity=self.severity.currentData(),
            date_from=start)

    def load(self) -> None:
        svc, flt, size = rectifications(self.ctx), self.current_filter(), self.page_size
        self._filter = flt
        self.read("list", lambda: (svc.list(flt, 0, size), svc.count(flt)), self._loaded)

    def _loaded(self, result) -> None:
        rows, total = result
        self.model.reset(rows, len(rows) < self.page_size)
        self.count_label.setText(self.tr("{count} item(s)").format(count=total))

    def _fetch_page(self, offset: int) -> None:
        svc, flt, size = rectifications(self.ctx), self._filter, self.page_size
        self.read("page", lambda: svc.list(flt, offset, size),
                  lambda rows: self.model.append(rows, len(rows) < size))

    def _changed(self, topics) -> None:
        if set(topics) & set(TOPICS):
            self.stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self.reload()

    def open_row(self, row: int) -> QWidget | None:
        rect = self.model.row_at(row)
        return None if rect is None else open_detail(self.ctx, rect.id, self)

    def open_wallboard(self):
        from app.ui.rectifications.wallboard import open_wallboard

        return open_wallboard(self.ctx, self)
