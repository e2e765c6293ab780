"""The wallboard (看板): complaints still waiting for their first response, with mm:ss clocks
that tick every second (red once late), then open critical and major items with countdowns
big enough to read from three metres — overdue red, under 15 minutes amber. It refreshes
itself every 30 s; Esc closes it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.services.guest_dto import ComplaintDTO, ComplaintInbox
from app.services.rectification_dto import RectificationDTO, RectificationFilter
from app.ui.complaints.common import (
    TICK_MS,
    can_read,
    category_label,
    clock_colour,
    clock_text,
    complaints,
    where_text,
)
from app.ui.complaints.common import now_of as complaint_now
from app.ui.context import UiContext
from app.ui.patrols.common import severity_label
from app.ui.rectifications.common import (
    AMBER,
    COUNTDOWN_MS,
    RED,
    countdown,
    countdown_colour,
    now_of,
    rectifications,
    who_text,
)

SEVERITIES = ("critical", "major")
MAX_ROWS = 10
MAX_COMPLAINTS = 4  # complaint rows; the rectifications give up as many rows
MIN_ROWS = 4  # rectification rows kept whatever the complaints
BIG = 34  # px: the countdown and the area, readable from three metres
TEXT = 28  # px: everything else on the board
DESCRIPTION_PX = 420  # the description is cut to this width on a 1280-pixel screen
COMPLAINT_PX = 560  # what the guest said, likewise
STYLE = "background: #14171c; color: #f2f2f2;"


def _label(size: int, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setStyleSheet(f"font-size: {size}px; {'font-weight: 700;' if bold else ''}"
                        " color: #f2f2f2;")
    return label


class WallboardWindow(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.items: list[RectificationDTO] = []
        self.complaints: list[ComplaintDTO] = []
        self.waiting = 0  # complaints waiting, including those not shown
        self.setWindowTitle(self.tr("FloorQC wallboard"))
        self.setStyleSheet(STYLE)
        self.setAutoFillBackground(True)
        self.complaint_heading = _label(BIG, True)
        self.heading = _label(BIG, True)
        self.clock = _label(TEXT)
        head = QGridLayout()
        head.addWidget(self.complaint_heading, 0, 0)
        head.addWidget(self.clock, 0, 1, Qt.AlignmentFlag.AlignRight)
        self.complaint_grid = QGridLayout()
        self.complaint_grid.setHorizontalSpacing(28)
        self.complaint_grid.setVerticalSpacing(10)
        self.complaint_labels: list[tuple[ComplaintDTO, QLabel]] = []
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(28)
        self.grid.setVerticalSpacing(14)
        self.empty = _label(TEXT)
        self.empty.setText(self.tr("No open critical or major items."))
        hint = QLabel(self.tr("Esc closes the wallboard"))
        hint.setStyleSheet("color: #8c8c8c; font-size: 14px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 20)
        layout.addLayout(head)
        layout.addSpacing(8)
        layout.addLayout(self.complaint_grid)
        layout.addSpacing(20)
        layout.addWidget(self.heading)
        layout.addSpacing(8)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        layout.addWidget(hint)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(COUNTDOWN_MS)
        self.ticker = QTimer(self)  # complaint clocks count seconds; no reload for that
        self.ticker.timeout.connect(self.tick)
        self.ticker.start(TICK_MS)
        self.refresh()

    def refresh(self) -> None:
        svc = rectifications(self.ctx)
        inbox = complaints(self.ctx).inbox if can_read(self.ctx) else None

        def work() -> tuple[list[RectificationDTO], ComplaintInbox | None]:
            rows = []
            for severity in SEVERITIES:
                rows += svc.list(RectificationFilter(status="open_any", severity=severity),
                                 0, MAX_ROWS * 3)
            return rows, (inbox() if inbox is not None else None)

        def show(result) -> None:
            self.show_complaints(result[1])
            self.show_items(result[0])

        self.ctx.runner.run(work, show, lambda _e: None)

    def show_complaints(self, inbox: ComplaintInbox | None) -> None:
        waiting = list(inbox.waiting_for_response) if inbox is not None else []
        self.waiting = len(waiting)
        self.complaints = waiting[:MAX_COMPLAINTS]  # oldest first: the latest clocks
        _clear(self.complaint_grid)
        self.complaint_labels = []
        if not self.complaints:
            self.complaint_heading.setText(self.tr("No complaint waiting for a response"))
            return
        self.complaint_heading.setText(self.tr("Complaints waiting for a response: {count}")
                                       .format(count=self.waiting))
        for row, complaint in enumerate(self.complaints):
            cells = [("", BIG, True),
                     (where_text(complaint.area, complaint.table_no) or "—", BIG, True),
                     (complaint.content, TEXT, False),
                     (complaint.received_at.strftime("%H:%M"), TEXT, False)]
            for column, (text, size, bold) in enumerate(cells):
                label = _label(size, bold)
                label.setText(text)
                label.ensurePolished()
                if column == 2:  # what the guest said gives way; the clock stays whole
                    label.setToolTip(f"{category_label(complaint.category)}: {text}")
                    label.setMinimumWidth(120)
                    label.setText(label.fontMetrics().elidedText(
                        text, Qt.TextElideMode.ElideRight, COMPLAINT_PX))
                label.setObjectName(f"complaint_{row}_{column}")
                self.complaint_grid.addWidget(label, row, column)
                if column == 0:
                    self.complaint_labels.append((complaint, label))
        self.complaint_grid.setColumnStretch(2, 1)
        self.tick()

    def tick(self) -> None:
        """Redraw the complaint clocks (text and colour) from the clock, nothing else."""
        if not self.complaint_labels:
            return
        now = complaint_now(self.ctx)
        for complaint, label in self.complaint_labels:
            colour = clock_colour(complaint, now)
            label.setText(clock_text(complaint, now))
            label.setStyleSheet(f"font-size: {BIG}px; font-weight: 700; color: "
                                f"{colour.name() if colour is not None else '#f2f2f2'};")

    def show_items(self, items: list[RectificationDTO]) -> None:
        order = {s: n for n, s in enumerate(SEVERITIES)}
        items = [r for r in items if r.status != "submitted"]  # waiting, no clock running
        room = max(MIN_ROWS, MAX_ROWS - len(self.complaints) - 1) if self.complaints \
            else MAX_ROWS
        self.items = sorted(items, key=lambda r: (order.get(r.severity, 9), r.due_at))[:room]
        now = now_of(self.ctx)
        self.heading.setText(self.tr("Open critical and major items: {count}").format(
            count=len(self.items)))
        self.clock.setText(now.strftime("%H:%M"))
        _clear(self.grid)
        self.empty.setVisible(not self.items)
        for row, rect in enumerate(self.items):
            colour = countdown_colour(rect, now)
            cells = [(countdown(rect, now), BIG, True), (severity_label(rect.severity), TEXT, True),
                     (rect.area, BIG, True), (rect.description, TEXT, False),
                     (who_text(rect, levels=False), TEXT, False)]
            for column, (text, size, bold) in enumerate(cells):
                label = _label(size, bold)
                label.setText(text)
                label.ensurePolished()  # the style sheet's font size, before measuring
                if column == 3:  # the description gives way; the rest stays whole
                    label.setMinimumWidth(120)
                    label.setText(label.fontMetrics().elidedText(
                        text, Qt.TextElideMode.ElideRight, DESCRIPTION_PX))
                    label.setToolTip(text)
                label.setObjectName(f"cell_{row}_{column}")
                if column == 0 and colour is not None:
                    label.setStyleSheet(label.styleSheet() + f" color: {colour.name()};")
                if column == 1:
                    tint = RED if rect.severity == "critical" else AMBER
                    label.setStyleSheet(label.styleSheet() + f" color: {tint.name()};")
                self.grid.addWidget(label, row, column)
        self.grid.setColumnStretch(3, 1)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def cell(self, row: int, column: int) -> QLabel:
        return self.findChild(QLabel, f"cell_{row}_{column}")

    def complaint_cell(self, row: int, column: int) -> QLabel:
        return self.findChild(QLabel, f"complaint_{row}_{column}")


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        widget = grid.takeAt(0).widget()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()


def open_wallboard(ctx: UiContext, parent: QWidget | None = None) -> WallboardWindow:
    """Full screen on a real display; a plain window where there is none (tests)."""
    board = WallboardWindow(ctx, parent)
    board.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        board.resize(1280, 800)
        board.show()
    else:
        board.showFullScreen()
    return board
