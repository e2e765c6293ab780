"""My work (我的工作), the home page after sign-in: what is assigned to me, my team's open
items (for leaders), what waits for my verification, and what was escalated to me — each with
a live countdown. Double-click opens the item; the wallboard opens from here too."""

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

from app.services.rectification_dto import Inbox
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


class MyWorkPage(PageTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.inbox: Inbox | None = None
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
        for key in SECTIONS:
            view, model = make_table(item_columns(lambda: now_of(ctx)), COLUMN_WIDTHS, stretch=2)
            view.doubleClicked.connect(lambda index, m=model: self._open(m.row_at(index)))
            box = QGroupBox(titles[key])
            inner = QVBoxLayout(box)
            inner.setContentsMargins(6, 4, 6, 6)
            inner.addWidget(view)
            empty = QLabel(self.tr("Nothing here."))
            empty.setObjectName("empty")
            empty.setStyleSheet("color: #8c8c8c;")
            inner.addWidget(empty)
            self.tables[key], self.boxes[key] = (view, model), box
            layout.addWidget(box, 1)
        complaints = QGroupBox(self.tr("Complaints waiting for a response"))
        complaints.setEnabled(False)
        note = QLabel(self.tr("— comes with the complaints work"))
        QVBoxLayout(complaints).addWidget(note)
        layout.addWidget(complaints)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.repaint_countdowns)
        self.timer.start(COUNTDOWN_MS)
        ctx.signals.changed.connect(self._changed)
        self.reload()

    def load(self) -> None:
        svc = rectifications(self.ctx)
        self.read("inbox", svc.inbox, self._loaded)

    def _loaded(self, inbox: Inbox) -> None:
        self.inbox = inbox
        for key in SECTIONS:
            rows = getattr(inbox, key)
            self.tables[key][1].set_rows(rows)
            title = self.boxes[key].title().split(" (")[0]
            self.boxes[key].setTitle(f"{title} ({len(rows)})")
            self.tables[key][0].setVisible(bool(rows))
            self.boxes[key].findChild(QLabel, "empty").setVisible(not rows)
            self.sections.setStretchFactor(self.boxes[key], 1 if rows else 0)
        self.boxes["my_team"].setVisible(bool(inbox.my_team)
                                         or self.ctx.services.actor.role.value == "leader")
        self.summary.setText(self.tr("{count} item(s) need you").format(count=inbox.count)
                             if inbox.count else self.tr("Nothing needs you right now."))

    def rows(self, key: str) -> tuple:
        return self.tables[key][1].rows

    def repaint_countdowns(self) -> None:
        for view, _model in self.tables.values():
            view.viewport().update()

    def _changed(self, topics) -> None:
        if set(topics) & set(TOPICS):
            self.stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self.reload()

    def _open(self, rect) -> QWidget | None:
        if rect is None:
            return None
        view = open_detail(self.ctx, rect.id, self)
        return view

    def open_item(self, section: str, row: int) -> QWidget | None:
        return self._open(self.tables[section][1].row_at(row))

    def open_wallboard(self):
        from app.ui.rectifications.wallboard import open_wallboard

        return open_wallboard(self.ctx, self)
