"""The complaint log (投诉记录): measures at the top (share answered within the limit, median
first response, median time to resolve), filters, the list read a page at a time, and the
selected complaint's detail on the right. The clock column ticks every second while the tab
is visible — one dataChanged for that column, never a reload. Ctrl+N records a complaint."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.complaints import CATEGORIES, STATES
from app.domain.permissions import Permission
from app.services.guest_dto import ComplaintDTO, ComplaintFilter, ComplaintStats
from app.ui.complaints.columns import LOG_STRETCH, LOG_WIDTHS, ComplaintModel, log_columns
from app.ui.complaints.common import (
    TICK_MS,
    TOPIC,
    TOPICS,
    can_read,
    category_label,
    complaints,
    duration_text,
    now_of,
    share_text,
    span_text,
    state_label,
)
from app.ui.complaints.detail_panel import ComplaintDetailPanel
from app.ui.complaints.dialogs import ReceiveDialog
from app.ui.complaints.printing import PrintFormsButton
from app.ui.context import UiContext
from app.ui.form_dialog import date_edit, date_value, fill_combo, present, run_write, select_data
from app.ui.page_tab import PageTab
from app.ui.pages.org_common import make_table

PAGE = 200  # rows asked of the service at a time
SEARCH_DELAY_MS = 300
STRIP_STYLE = ("QFrame#measures { background: #f3f5f8; border: 1px solid #d8dde5;"
               " border-radius: 4px; } QLabel { font-size: 10.5pt; }")


class ComplaintLogTab(PageTab):
    edit_permission = Permission.HANDLE_COMPLAINTS

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page_size = PAGE
        self._filter = ComplaintFilter(status="open_any")
        self._select_after_load: int | None = None
        # measures
        self.measures = QFrame()
        self.measures.setObjectName("measures")
        self.measures.setStyleSheet(STRIP_STYLE)
        self.share_label, self.response_label, self.resolve_label = QLabel(), QLabel(), QLabel()
        strip = QHBoxLayout(self.measures)
        strip.setContentsMargins(10, 6, 10, 6)
        for label in (self.share_label, self.response_label, self.resolve_label):
            label.setTextFormat(Qt.TextFormat.RichText)
            strip.addWidget(label)
            strip.addStretch(1)
        # filters
        self.status = QComboBox()
        fill_combo(self.status, [(self.tr("Open"), "open_any"), (self.tr("All"), "")]
                   + [(state_label(k), k) for k in STATES])
        self.late = QCheckBox(self.tr("Late only"))
        self.area = QComboBox()
        fill_combo(self.area, [], self.tr("Any area"))
        self.category = QComboBox()
        fill_combo(self.category, [(category_label(k), k) for k in CATEGORIES],
                   self.tr("Any category"))
        from_box, self.date_from = date_edit(self.tr("from any day"), self.tr("Clear"))
        to_box, self.date_to = date_edit(self.tr("to any day"), self.tr("Clear"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search text, guest, contact"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.count_label = QLabel()
        self.new_button = self.guard(QPushButton(self.tr("New complaint…")))
        self.new_button.setToolTip(self.new_button.toolTip() or "Ctrl+N")
        self.new_button.clicked.connect(lambda _c=False: self.new_complaint())
        self.print_button = PrintFormsButton(ctx)
        first = QHBoxLayout()
        for label, widget in ((self.tr("Status"), self.status), (None, self.late),
                              (self.tr("Area"), self.area),
                              (self.tr("Category"), self.category)):
            if label:
                first.addWidget(QLabel(label))
            first.addWidget(widget)
        first.addStretch(1)
        first.addWidget(self.print_button)
        first.addWidget(self.new_button)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Received")))
        second.addWidget(from_box)
        second.addWidget(to_box)
        second.addWidget(self.search, 1)
        second.addWidget(self.count_label)
        # the list and the detail
        self.view, plain = make_table(log_columns(lambda: now_of(ctx)), LOG_WIDTHS,
                                      stretch=LOG_STRETCH)
        self.model = ComplaintModel(plain.columns, self._fetch_page)
        self.view.setModel(self.model)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._row_chosen(current.row()))
        self.detail = ComplaintDetailPanel(ctx)
        self.detail.setMinimumWidth(380)
        self.detail.saved.connect(self._saved)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 430])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.measures)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(splitter, 1)
        # reloads and the clock
        for combo in (self.status, self.area, self.category):
            combo.activated.connect(lambda _i: self.reload())
        self.late.toggled.connect(lambda _on: self.reload())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.reload())
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.reload)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_complaint)
        ctx.signals.changed.connect(self._changed)
        self._load_choices()

    # -- loading -----------------------------------------------------------------------
    def _load_choices(self) -> None:
        teams = self.ctx.services.teams
        self.ctx.runner.run(teams.areas, lambda areas: fill_combo(
            self.area, [(a.name, a.id) for a in areas], self.tr("Any area")),
            lambda _e: None, owner=self)

    def current_filter(self) -> ComplaintFilter:
        return ComplaintFilter(
            status=self.status.currentData() or None, late_only=self.late.isChecked(),
            area_id=self.area.currentData(), category=self.category.currentData(),
            date_from=date_value(self.date_from), date_to=date_value(self.date_to),
            text=self.search.text().strip())

    def load(self) -> None:
        if not can_read(self.ctx):
            return
        svc, flt, size = complaints(self.ctx), self.current_filter(), self.page_size
        self._filter = flt
        self.read("list", lambda: (svc.list(flt, 0, size), svc.count(flt)), self._loaded)
        self.load_measures()

    def load_measures(self) -> None:
        svc, today = complaints(self.ctx), now_of(self.ctx).date()
        monday = today - dt.timedelta(days=today.weekday())
        self.read("stats", lambda: (svc.stats(today, today), svc.stats(monday, today)),
                  self.show_measures)

    def show_measures(self, stats: tuple[ComplaintStats, ComplaintStats]) -> None:
        day, week = stats
        self.share_label.setText(self.tr(
            "Answered within {limit} min: <b>{today}</b> today · <b>{week}</b> this week "
            "({late} late)").format(limit=week.limit_minutes, today=share_text(day.share_on_time),
                                    week=share_text(week.share_on_time), late=week.late))
        self.response_label.setText(self.tr("Median first response: <b>{time}</b>").format(
            time=duration_text(week.median_first_response_s)))
        self.resolve_label.setText(self.tr("Median time to resolve: <b>{time}</b>").format(
            time=span_text(week.median_resolve_s)))
        self.measures.setToolTip(self.tr("This week: {total} complaint(s), {answered} answered, "
                                         "{unanswered} not yet answered").format(
            total=week.total, answered=week.answered, unanswered=week.unanswered))

    def _loaded(self, result) -> None:
        rows, total = result
        keep = self._select_after_load or self.detail.complaint_id
        self._select_after_load = None
        self.model.reset(rows, len(rows) < self.page_size)
        self.count_label.setText(self.tr("{count} complaint(s)").format(count=total))
        if keep is None:
            if rows:  # the detail is never empty while the list is not
                self.view.selectRow(0)
        elif self.select(keep) < 0 and self.detail.complaint_id == keep:
            self.detail.reload()  # not in this list (filtered out): keep showing it

    def _fetch_page(self, offset: int) -> None:
        svc, flt, size = complaints(self.ctx), self._filter, self.page_size
        self.read("page", lambda: svc.list(flt, offset, size),
                  lambda rows: self.model.append(rows, len(rows) < size))

    def _changed(self, topics) -> None:
        if set(topics) & {*TOPICS, "org", "settings"}:
            self.stale = True
            if self.isVisible():
                self.reload()

    # -- the clock -----------------------------------------------------------------------
    def tick(self) -> None:
        self.model.tick()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.timer.start()
        if self.stale:
            self.reload()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.timer.stop()
        super().hideEvent(event)

    # -- selection and actions ---------------------------------------------------------
    def _row_chosen(self, row: int) -> None:
        complaint = self.model.row_at(row)
        if complaint is not None and complaint.id != self.detail.complaint_id:
            self.detail.show_complaint(complaint.id)

    def select(self, complaint_id: int) -> int:
        """Select the complaint's row if it is in the list; its row number or -1."""
        row = self.model.find(lambda c: c.id == complaint_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        return row

    def show_complaint(self, complaint_id: int) -> ComplaintDetailPanel:
        """Show one complaint whatever the filters: selected in the list if it is there."""
        if self.select(complaint_id) < 0:
            self.view.clearSelection()
            self.detail.show_complaint(complaint_id)
        return self.detail

    def new_complaint(self) -> ReceiveDialog | None:
        if not self.ctx.services.actor.can(Permission.HANDLE_COMPLAINTS):
            return None
        dialog = ReceiveDialog(self.ctx, self)
        return present(dialog, lambda: run_write(
            self.ctx, dialog.work(), on_saved=self._received, dialog=dialog, changes=(TOPIC,)))

    def _received(self, complaint: ComplaintDTO) -> None:
        # a new complaint is open and unanswered: make sure the list can show it
        if self.status.currentData() not in ("open_any", "", "received"):
            select_data(self.status, "open_any")
        self._select_after_load = complaint.id
        self.detail.show_complaint(complaint.id)

    def _saved(self, complaint: ComplaintDTO) -> None:
        self.model.replace_row(complaint)
