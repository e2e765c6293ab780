"""My work (我的工作), the home page after sign-in: complaints waiting for a first response
(their 5-minute clock ticking each second) and those handed to me, then what is assigned to
me, my team's open items (for leaders), what waits for my verification, and what was
escalated to me — each with a live countdown. Double-click opens the item (a complaint in the
Complaints page); the wallboard opens from here too."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.guest_dto import ComplaintInbox
from app.services.rectification_dto import Inbox
from app.ui.complaints.columns import INBOX_CLOCK, INBOX_WIDTHS, inbox_columns, tick
from app.ui.complaints.common import TICK_MS, can_read, complaints
from app.ui.complaints.common import TOPIC as COMPLAINTS_TOPIC
from app.ui.complaints.common import now_of as complaint_now
from app.ui.context import UiContext
from app.ui.page_tab import PageTab
from app.ui.pages.org_common import make_table
from app.ui.rectifications.common import (
    COLUMN_WIDTHS,
    COUNTDOWN_MS,
    TOPICS,
    item_columns,
    now_of,
    rectifications,
)
from app.ui.rectifications.detail_view import open_detail
from app.ui.table_model import DtoTableModel

SECTIONS = ("assigned_to_me", "my_team", "to_verify", "escalated_to_me")
COMPLAINT_SECTIONS = ("waiting_for_response", "handed_to_me")
FIT_ROWS = 3  # a table shows at least this many of its rows


def _rows_height(view: QTableView, rows: int) -> int:
    """The height that shows the header and ``rows`` rows without scrolling."""
    header = view.horizontalHeader().sizeHint().height()
    return header + rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth() + 2


class MyWorkPage(PageTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.inbox: Inbox | None = None
        self.complaint_inbox: ComplaintInbox | None = None
        self.windows: list[QWidget] = []
        heading = QLabel(self.tr("My work"))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.summary = QLabel()
        self.wallboard_button = QPushButton(self.tr("Wallboard"))
        self.wallboard_button.setToolTip(self.tr("Open critical and major items full screen"))
        self.wallboard_button.clicked.connect(lambda _c=False: self.open_wallboard())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(lambda _c=False: self.reload())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.wallboard_button)
        titles = {"assigned_to_me": self.tr("Assigned to me"),
                  "my_team": self.tr("My team's open items"),
                  "to_verify": self.tr("Waiting for my verification"),
                  "escalated_to_me": self.tr("Escalated to me")}
        self.tables: dict[str, tuple[QTableView, DtoTableModel]] = {}
        self.boxes: dict[str, QGroupBox] = {}
        self.sections = layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.complaint_tables: dict[str, tuple[QTableView, DtoTableModel]] = {}
        complaint_titles = {"waiting_for_response": self.tr("Complaints waiting for a response"),
                            "handed_to_me": self.tr("Complaints handed to me")}
        for key in COMPLAINT_SECTIONS:  # first: a complaint's clock runs in minutes
            view, model = make_table(inbox_columns(lambda: complaint_now(ctx)), INBOX_WIDTHS,
                                     stretch=5)
            view.doubleClicked.connect(
                lambda index, m=model: self.open_complaint(m.row_at(index)))
            self.complaint_tables[key] = (view, model)
            self.boxes[key] = self._section(complaint_titles[key], view)
            layout.addWidget(self.boxes[key], 1)
        for key in SECTIONS:
            view, model = make_table(item_columns(lambda: now_of(ctx)), COLUMN_WIDTHS, stretch=2)
            view.doubleClicked.connect(lambda index, m=model: self._open(m.row_at(index)))
            self.tables[key] = (view, model)
            self.boxes[key] = self._section(titles[key], view)
            layout.addWidget(self.boxes[key], 1)
        self.show_complaints = can_read(ctx)
        self.boxes["waiting_for_response"].setVisible(self.show_complaints)
        self.boxes["handed_to_me"].hide()  # shown when something is handed to me
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.repaint_countdowns)
        self.timer.start(COUNTDOWN_MS)
        self.clock_timer = QTimer(self)  # the complaint clocks count seconds
        self.clock_timer.setInterval(TICK_MS)
        self.clock_timer.timeout.connect(self.tick_complaints)
        ctx.signals.changed.connect(self._changed)
        self.reload()

    def _section(self, title: str, view: QTableView) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(6, 4, 6, 6)
        inner.addWidget(view)
        empty = QLabel(self.tr("Nothing here."))
        empty.setObjectName("empty")
        empty.setStyleSheet("color: #8c8c8c;")
        inner.addWidget(empty)
        return box

    def _fill(self, key: str, view: QTableView, model: DtoTableModel, rows) -> None:
        model.set_rows(rows)
        title = self.boxes[key].title().split(" (")[0]
        self.boxes[key].setTitle(f"{title} ({len(rows)})")
        view.setVisible(bool(rows))
        self.boxes[key].findChild(QLabel, "empty").setVisible(not rows)
        # room in proportion to the rows, and never fewer than three rows (or all) in view
        view.setMinimumHeight(_rows_height(view, min(len(rows), FIT_ROWS)))
        self.sections.setStretchFactor(self.boxes[key], min(len(rows), 8))

    def load(self) -> None:
        svc = rectifications(self.ctx)
        self.read("inbox", svc.inbox, self._loaded)
        if self.show_complaints:
            self.read("complaints", complaints(self.ctx).inbox, self._complaints_loaded)

    def _loaded(self, inbox: Inbox) -> None:
        self.inbox = inbox
        for key in SECTIONS:
            self._fill(key, *self.tables[key], getattr(inbox, key))
        self.boxes["my_team"].setVisible(bool(inbox.my_team)
                                         or self.ctx.services.actor.role.value == "leader")
        self._summarise()

    def _complaints_loaded(self, inbox: ComplaintInbox) -> None:
        self.complaint_inbox = inbox
        for key in COMPLAINT_SECTIONS:
            self._fill(key, *self.complaint_tables[key], getattr(inbox, key))
        self.boxes["handed_to_me"].setVisible(bool(inbox.handed_to_me))  # else it is noise
        self._summarise()

    def _summarise(self) -> None:
        parts = []
        if self.complaint_inbox is not None and self.complaint_inbox.waiting_for_response:
            parts.append(self.tr("{count} complaint(s) waiting for a response").format(
                count=len(self.complaint_inbox.waiting_for_response)))
        if self.inbox is not None and self.inbox.count:
            parts.append(self.tr("{count} item(s) need you").format(count=self.inbox.count))
        self.summary.setText(" · ".join(parts) or self.tr("Nothing needs you right now."))

    def rows(self, key: str) -> tuple:
        if key in self.complaint_tables:
            return self.complaint_tables[key][1].rows
        return self.tables[key][1].rows

    def tick_complaints(self) -> None:
        for _view, model in self.complaint_tables.values():
            tick(model, INBOX_CLOCK)

    def repaint_countdowns(self) -> None:
        for view, _model in self.tables.values():
            view.viewport().update()

    def _changed(self, topics) -> None:
        if set(topics) & {*TOPICS, COMPLAINTS_TOPIC}:
            self.stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.show_complaints:
            self.clock_timer.start()
        if self.stale:
            self.reload()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.clock_timer.stop()
        super().hideEvent(event)

    def _open(self, rect) -> QWidget | None:
        if rect is None:
            return None
        view = open_detail(self.ctx, rect.id, self)
        return view

    def open_item(self, section: str, row: int) -> QWidget | None:
        if section in self.complaint_tables:
            return self.open_complaint(self.complaint_tables[section][1].row_at(row))
        return self._open(self.tables[section][1].row_at(row))

    def open_complaint(self, complaint) -> QWidget | None:
        """In the Complaints page of the main window, else in a window of its own."""
        if complaint is None:
            return None
        from app.ui.complaints.navigation import show_complaint

        return show_complaint(self.ctx, complaint.id, self)

    def open_wallboard(self):
        from app.ui.rectifications.wallboard import open_wallboard

        return open_wallboard(self.ctx, self)
