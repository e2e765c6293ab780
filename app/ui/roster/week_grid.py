"""The week grid widget: a QTableView with a two-level header (day over shift), staff names in
the vertical header (so they stay put while the days scroll), a delegate that paints each
cell from the model's precomputed looks, and keyboard and drag gestures turned into signals
for the controller (week_tab.py). Fixed section sizes everywhere: nothing measures contents."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QTableView,
)

from app.services.roster_dto import WeekRow
from app.ui.roster.common import (
    BREACH_MARK,
    BREACH_TEXT,
    MUTED,
    REDEPLOY_MARK,
    REDEPLOYED_BG,
    REDEPLOYED_TEXT,
    attendance_label,
    weekday_label,
)
from app.ui.roster.week_model import (
    MIME_TYPE,
    OFF_DUTY,
    CellLook,
    GroupCell,
    GroupRow,
    WeekGridModel,
)

COLUMN_WIDTH = 62
ROW_HEIGHT = 34
NAME_WIDTH = 172
HEADER_HEIGHT = 46

GROUP_BG = (QColor("#d8dee8"), QColor("#ebeff4"))  # department, team
FILLED_BG = QColor("#f1f5ee")
OFF_BG = QColor("#ececec")
TODAY_BG = QColor("#fffbe6")
TODAY_HEADER = QColor("#f7e7a6")
DAY_LINE = QColor("#9aa5b4")
GRID_LINE = QColor("#dde2e8")
TEXT = QColor("#1f2328")
FOCUS = QColor("#2f6fde")
SELECTION = QColor(47, 111, 222, 70)


def _font(point_size: float, bold: bool = False, strike: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setStrikeOut(strike)
    return font


class CellDelegate(QStyledItemDelegate):
    """Paints from ``model.look(row, col)``: one dict lookup per cell, no style machinery."""

    def __init__(self, model: WeekGridModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.post_font, self.small_font = _font(9), _font(7.5)
        self.off_font = _font(9, strike=True)
        self.count_font = _font(8, bold=True)
        self.mark_width = QFontMetrics(self.small_font).horizontalAdvance(BREACH_MARK) + 2

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        row, col = index.row(), index.column()
        look, rect = self.model.look(row, col), option.rect
        if isinstance(look, GroupCell):
            painter.fillRect(rect, GROUP_BG[look.level])
            if look.on_duty:
                painter.setFont(self.count_font)
                painter.setPen(MUTED)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(look.on_duty))
            self._day_line(painter, rect, col)
            return
        if look is not None:
            off = look.attendance in OFF_DUTY
            painter.fillRect(rect, OFF_BG if off else REDEPLOYED_BG if look.redeployed
                             else FILLED_BG)
        elif self.model.is_today(col):
            painter.fillRect(rect, TODAY_BG)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, SELECTION)
        if look is not None:
            self._paint_look(painter, rect, look)
        self._day_line(painter, rect, col)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(FOCUS, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _paint_look(self, painter: QPainter, rect: QRect, look: CellLook) -> None:
        off = look.attendance in OFF_DUTY
        marks = (REDEPLOY_MARK if look.redeployed else "") + (BREACH_MARK if look.breach else "")
        top = QRect(rect.left() + 4, rect.top() + 2, rect.width() - 6, 16)
        bottom = QRect(rect.left() + 4, rect.top() + 18, rect.width() - 6, 14)
        painter.setFont(self.off_font if off else self.post_font)
        painter.setPen(MUTED if off else REDEPLOYED_TEXT if look.redeployed else TEXT)
        painter.drawText(top.adjusted(0, 0, -self.mark_width * len(marks), 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, look.post)
        painter.setFont(self.small_font)
        if marks:
            if look.redeployed:
                painter.setPen(REDEPLOYED_TEXT)
                painter.drawText(top, Qt.AlignmentFlag.AlignRight, REDEPLOY_MARK)
            if look.breach:
                painter.setPen(BREACH_TEXT)
                painter.drawText(top.adjusted(0, 0, -self.mark_width * look.redeployed, 0),
                                 Qt.AlignmentFlag.AlignRight, BREACH_MARK)
        painter.setPen(MUTED)
        if off:
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, attendance_label(look.attendance))
            return
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, look.area)
        if look.attendance == "late":
            painter.setPen(BREACH_TEXT)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, f"+{look.late_minutes or 0}′")

    def _day_line(self, painter: QPainter, rect: QRect, col: int) -> None:
        if self.model.is_day_start(col):
            painter.setPen(DAY_LINE)
            painter.drawLine(rect.topLeft(), rect.bottomLeft())


class DayShiftHeader(QHeaderView):
    """Two levels: the day spans its shifts on top, each shift below. Every section paints
    its slice of the day label, clipped to itself, so the label reads as one across shifts."""

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultSectionSize(COLUMN_WIDTH)
        self.setFixedHeight(HEADER_HEIGHT)
        self.setHighlightSections(False)
        self.day_font, self.shift_font = _font(9, bold=True), _font(8.5)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:  # noqa: N802
        model = self.model()
        if not isinstance(model, WeekGridModel) or logical >= len(model.columns):
            return
        day, shift = model.columns[logical]
        per_day = max(1, len(model.view.shifts) if model.view else 1)
        first = logical - logical % per_day
        half = rect.height() // 2
        top = QRect(rect.left(), rect.top(), rect.width(), half)
        bottom = QRect(rect.left(), rect.top() + half, rect.width(), rect.height() - half)
        today = day == dt.date.today()
        span = QRect(self.sectionViewportPosition(first), rect.top(),
                     self.sectionSize(logical) * per_day, half)
        painter.save()
        painter.setClipRect(top)
        painter.fillRect(top, TODAY_HEADER if today else GROUP_BG[0])
        painter.setFont(self.day_font)
        painter.setPen(TEXT)
        painter.drawText(span, Qt.AlignmentFlag.AlignCenter,
                         f"{weekday_label(day)} {day.month}-{day.day:02d}")
        painter.restore()
        painter.fillRect(bottom, TODAY_BG if today else GROUP_BG[1])
        painter.setFont(self.shift_font)
        painter.setPen(TEXT)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, shift.name)
        painter.setPen(GRID_LINE)
        painter.drawLine(bottom.topLeft(), bottom.topRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.setPen(DAY_LINE if logical == first else GRID_LINE)
        painter.drawLine(rect.topLeft() if logical == first else bottom.topLeft(),
                         rect.bottomLeft())


class StaffHeader(QHeaderView):
    """Names (with post) beside the grid; department and team header rows in grey bands."""

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultSectionSize(ROW_HEIGHT)
        self.setFixedWidth(NAME_WIDTH)
        self.setHighlightSections(False)
        self.name_font, self.post_font = _font(9.5), _font(8)
        self.group_fonts = (_font(9.5, bold=True), _font(9, bold=True))
        self.left_text = ""

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:  # noqa: N802
        model = self.model()
        entry = model.entry(logical) if isinstance(model, WeekGridModel) else None
        if isinstance(entry, GroupRow):
            painter.fillRect(rect, GROUP_BG[entry.level])
            painter.setFont(self.group_fonts[entry.level])
            painter.setPen(TEXT)
            indent = 6 + 12 * entry.level
            painter.drawText(rect.adjusted(indent, 0, -34, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             entry.label)
            painter.setFont(self.post_font)
            painter.setPen(MUTED)
            painter.drawText(rect.adjusted(0, 0, -6, 0),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(entry.size))
        elif isinstance(entry, WeekRow):
            painter.fillRect(rect, QColor("#ffffff"))
            current = self.parent().currentIndex().row() if self.parent() else -1
            if current == logical:
                painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), FOCUS)
            painter.setFont(self.name_font)
            painter.setPen(TEXT if entry.active else MUTED)
            painter.drawText(rect.adjusted(22, 1, -4, -rect.height() // 2 + 2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             entry.name if entry.active else f"{entry.name} {self.left_text}")
            painter.setFont(self.post_font)
            painter.setPen(MUTED)
            painter.drawText(rect.adjusted(22, rect.height() // 2, -4, -1),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{entry.code} · {entry.post}" if entry.post else entry.code)
        painter.setPen(GRID_LINE)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())


class WeekGrid(QTableView):
    """Keyboard-first: Enter/F2 or typing edits, Delete clears, Ctrl+C/Ctrl+V copy and paste,
    Ctrl+D fills the selection from its first cell; dragging a cell onto another copies it."""

    edit_requested = Signal(QModelIndex, str)
    clear_requested = Signal()
    copy_requested = Signal()
    paste_requested = Signal()
    fill_requested = Signal()
    dropped = Signal(QModelIndex, QModelIndex)  # source, target

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # The corner above the names says what the rows are (the corner button is blank).
        self.corner = QLabel(self)  # first: Qt lays out (updateGeometries) from here on
        self.grid_model = WeekGridModel(self)
        self.setHorizontalHeader(DayShiftHeader(self))
        self.staff_header = StaffHeader(self)
        self.staff_header.left_text = self.tr("(left)")
        self.setVerticalHeader(self.staff_header)
        self.setModel(self.grid_model)
        self.setItemDelegate(CellDelegate(self.grid_model, self))
        self.setObjectName("weekGrid")
        self.setStyleSheet(f"QTableView#weekGrid {{ gridline-color: {GRID_LINE.name()}; }}")
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setDropIndicatorShown(True)
        self.doubleClicked.connect(lambda index: self.edit_requested.emit(index, ""))
        self.corner.setText(self.tr("Staff") + "\n" + self.tr("code · post"))
        self.corner.setObjectName("gridCorner")
        self.corner.setStyleSheet(f"background: {GROUP_BG[0].name()}; color: #4a5360;"
                                  " padding-left: 8px; font-size: 8.5pt;")

    def updateGeometries(self) -> None:  # noqa: N802 - Qt's name
        super().updateGeometries()
        frame = self.frameWidth()
        self.corner.setGeometry(frame, frame, self.verticalHeader().width(),
                                self.horizontalHeader().height())
        self.corner.raise_()

    def legend(self) -> QLabel:
        """What the colours and marks mean, and the keys, for under the grid."""
        swatch = "<span style='background:{bg};color:{fg}'>&nbsp;{text}&nbsp;</span>"
        redeployed, breach = self.tr("redeployed"), self.tr("rule breach confirmed")
        off = self.tr("absent / leave")
        legend = QLabel(" &nbsp; ".join([
            swatch.format(bg=FILLED_BG.name(), fg=TEXT.name(), text=self.tr("rostered")),
            swatch.format(bg=REDEPLOYED_BG.name(), fg=REDEPLOYED_TEXT.name(),
                          text=f"{REDEPLOY_MARK} {redeployed}"),
            swatch.format(bg="transparent", fg=BREACH_TEXT.name(),
                          text=f"{BREACH_MARK} {breach}"),
            swatch.format(bg=OFF_BG.name(), fg=MUTED.name(),
                          text=f"<s>{off}</s>"),
            swatch.format(bg="transparent", fg=BREACH_TEXT.name(), text="+10′")
            + self.tr("late"),
            "· " + self.tr("Enter or type: edit · Del: clear · Ctrl+C / Ctrl+V · "
                           "Ctrl+D: fill · drag a cell to copy it")]))
        legend.setObjectName("weekLegend")
        legend.setWordWrap(True)
        return legend

    # -- keyboard --------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        key, mods = event.key(), event.modifiers()
        ctrl = Qt.KeyboardModifier.ControlModifier
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
        elif key == Qt.Key.Key_D and mods & ctrl:
            self.fill_requested.emit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_requested.emit(self.currentIndex(), "")
        elif (event.text() and event.text().isprintable() and not event.text().isspace()
              and not mods & (ctrl | Qt.KeyboardModifier.AltModifier
                              | Qt.KeyboardModifier.MetaModifier)):
            self.edit_requested.emit(self.currentIndex(), event.text())
        else:
            super().keyPressEvent(event)

    def inputMethodEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Chinese typed through an input method arrives committed here, not as key presses.
        if event.commitString():
            self.edit_requested.emit(self.currentIndex(), event.commitString())
            event.accept()
        else:
            super().inputMethodEvent(event)

    def currentChanged(self, current, previous) -> None:  # noqa: N802 - Qt's name
        super().currentChanged(current, previous)
        # The name column marks the current row; repaint only the two sections involved.
        for row in {current.row(), previous.row()} - {-1}:
            self.staff_header.updateSection(row)

    # -- drag a cell onto another to copy it -------------------------------------------
    def _target(self, event) -> QModelIndex | None:
        if event.source() is not self or not event.mimeData().hasFormat(MIME_TYPE):
            return None
        index = self.indexAt(event.position().toPoint())
        return index if self.grid_model.slot(index.row(), index.column()) else None

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.source() is self and event.mimeData().hasFormat(MIME_TYPE):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        super().dragMoveEvent(event)  # auto-scroll and the drop indicator
        if self._target(event) is None:
            event.ignore()
        else:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()

    def dropEvent(self, event) -> None:  # noqa: N802
        target = self._target(event)
        if target is None:
            event.ignore()
            return
        row, col = (int(x) for x in bytes(event.mimeData().data(MIME_TYPE)).decode().split(","))
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.dropped.emit(self.grid_model.index(row, col), target)
