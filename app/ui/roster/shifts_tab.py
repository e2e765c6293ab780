"""Shifts & requirements tab (班次与编制): the shift types (a shift may cross midnight) and, per
post, the head-count required in each shift on each weekday. Where HR has set nothing the
requirement is the post's quota, shown grey and italic as "default = quota"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.roster_dto import Requirement, ShiftTypeDTO
from app.ui.context import UiContext
from app.ui.form_dialog import FormDialog, fill_combo
from app.ui.pages.org_common import CENTER, MUTED_TEXT, NoticeBanner, make_table
from app.ui.roster.common import RosterState, RosterTab, weekday_label
from app.ui.table_model import Column

_Index = QModelIndex | QPersistentModelIndex


class ShiftDialog(FormDialog):
    def __init__(self, shift: ShiftTypeDTO | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit shift") if shift else self.tr("New shift"), parent)
        self.shift = shift
        self.name = QLineEdit(shift.name if shift else "")
        self.name_en = QLineEdit(shift.name_en if shift else "")
        self.start, self.end = QTimeEdit(), QTimeEdit()
        for edit, value in ((self.start, shift.start if shift else dt.time(9)),
                            (self.end, shift.end if shift else dt.time(17))):
            edit.setDisplayFormat("HH:mm")
            edit.setTime(QTime(value.hour, value.minute))
            edit.timeChanged.connect(lambda _t: self._update())
        self.active = QCheckBox(self.tr("In use (shown in the grid)"))
        self.active.setChecked(shift.active if shift else True)
        self.crossing = QLabel()
        self.crossing.setStyleSheet("color: palette(mid);")
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("English name"), self.name_en)
        self.form.addRow(self.tr("Starts"), self.start)
        self.form.addRow(self.tr("Ends"), self.end)
        self.form.addRow("", self.crossing)
        self.form.addRow("", self.active)
        self.finish_layout()
        self._update()

    def _update(self) -> None:
        crosses = self.end.time() <= self.start.time()
        self.crossing.setText(self.tr("Ends the next day (crosses midnight).") if crosses
                              else "")

    def value(self) -> dict:
        return {"name": self.name.text().strip(), "name_en": self.name_en.text().strip(),
                "start": self.start.time().toPython(), "end": self.end.time().toPython(),
                "active": self.active.isChecked(),
                "shift_type_id": self.shift.id if self.shift else None}


class RequirementModel(QAbstractTableModel):
    """Rows = shifts, columns = weekdays. Editing emits ``edited`` and writes nothing itself."""

    edited = Signal(int, int, object)  # shift id, weekday, required (None = back to quota)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.shifts: list[ShiftTypeDTO] = []
        self.cells: dict[tuple[int, int], Requirement] = {}
        self.italic = QFont()
        self.italic.setItalic(True)

    def set_requirements(self, shifts: list[ShiftTypeDTO], rows: list[Requirement]) -> None:
        self.beginResetModel()
        self.shifts = shifts
        self.cells = {(r.shift_type_id, r.weekday): r for r in rows}
        self.endResetModel()

    def requirement(self, index: _Index) -> Requirement | None:
        if not index.isValid() or index.row() >= len(self.shifts):
            return None
        return self.cells.get((self.shifts[index.row()].id, index.column()))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.shifts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        req = self.requirement(index)
        if req is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return req.required
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and req.is_default:
            return MUTED_TEXT
        if role == Qt.ItemDataRole.FontRole and req.is_default:
            return self.italic
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("Default = the post's quota ({n})").format(n=req.required)
                    if req.is_default else self.tr("Set by HR; Delete goes back to the quota"))
        if role == Qt.ItemDataRole.BackgroundRole and not req.is_default:
            return QColor("#eef4ff")
        return None

    def setData(self, index: _Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        req = self.requirement(index)
        if req is None or role != Qt.ItemDataRole.EditRole:
            return False
        self.edited.emit(req.shift_type_id, req.weekday, int(value))
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return weekday_label(dt.date(2024, 1, 1) + dt.timedelta(days=section))  # a Monday
        return self.shifts[section].name if section < len(self.shifts) else None


class RequirementView(QTableView):
    reset_requested = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.reset_requested.emit()
        else:
            super().keyPressEvent(event)


class ShiftsTab(RosterTab):
    def __init__(self, ctx: UiContext, state: RosterState, banner: NoticeBanner,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, state, banner, parent)
        self.dialog: QWidget | None = None
        yes, no = self.tr("Yes"), self.tr("No")
        self.shift_table, self.shift_model = make_table([
            Column(self.tr("Shift"), lambda s: s.name),
            Column(self.tr("English name"), lambda s: s.name_en),
            Column(self.tr("Starts"), lambda s: f"{s.start:%H:%M}", alignment=CENTER),
            Column(self.tr("Ends"), lambda s: f"{s.end:%H:%M}" + (" +1" if s.crosses_midnight
                                                                  else ""), alignment=CENTER),
            Column(self.tr("Hours"), lambda s: f"{s.hours:g}", alignment=CENTER),
            Column(self.tr("In use"), lambda s: yes if s.active else no, alignment=CENTER,
                   foreground=lambda s: None if s.active else MUTED_TEXT),
        ], widths=(80, 110, 60, 70, 56))
        self.shift_table.setObjectName("shiftTable")
        self.new_shift_button = self.guard(QPushButton(self.tr("New shift…")))
        self.edit_shift_button = self.guard(QPushButton(self.tr("Edit…")))
        self.new_shift_button.clicked.connect(lambda _c=False: self.edit_shift(None))
        self.edit_shift_button.clicked.connect(lambda _c=False: self.edit_shift(self.selected()))
        self.shift_table.doubleClicked.connect(
            lambda _i: self.can_edit and self.edit_shift(self.selected()))

        self.post = QComboBox()
        self.requirements = RequirementModel(self)
        self.grid = RequirementView()
        self.grid.setObjectName("requirementGrid")
        self.grid.setModel(self.requirements)
        for header, size in ((self.grid.horizontalHeader(), 64),
                             (self.grid.verticalHeader(), 30)):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(size)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed if self.can_edit
            else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reset_button = self.guard(QPushButton(self.tr("Back to quota")))
        self.reset_button.setToolTip(self.tr("The selected cells go back to the post's quota"))
        self.reset_button.clicked.connect(lambda _c=False: self.reset_selected())
        self.requirements.edited.connect(self.set_requirement)
        self.grid.reset_requested.connect(self.reset_selected)
        self.post.currentIndexChanged.connect(lambda _i: self.load_requirements())
        self.shift_table.selectionModel().selectionChanged.connect(
            lambda *_: self.enable(self.edit_shift_button, self.selected() is not None))
        self._layout()
        self.enable(self.edit_shift_button, False)

    def _layout(self) -> None:
        shifts = QGroupBox(self.tr("Shift types"))
        left = QVBoxLayout(shifts)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_shift_button)
        buttons.addWidget(self.edit_shift_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        left.addWidget(self.shift_table, 1)
        reqs = QGroupBox(self.tr("Required head-count per shift and weekday"))
        right = QVBoxLayout(reqs)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Post")))
        top.addWidget(self.post, 1)
        top.addWidget(self.reset_button)
        right.addLayout(top)
        right.addWidget(self.grid, 1)
        hint = QLabel(self.tr("Grey italic: default = the post's quota. Type a number to set "
                              "it for that shift and day; Delete goes back to the quota."))
        hint.setWordWrap(True)
        right.addWidget(hint)
        splitter = QSplitter()
        splitter.addWidget(shifts)
        splitter.addWidget(reqs)
        splitter.setSizes([520, 640])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(splitter, 1)

    # -- shift types ---------------------------------------------------------------------
    def load(self) -> None:
        shifts = self.ctx.services.shifts
        self.read("shifts", lambda: shifts.shift_types(active_only=False), self._show_shifts)
        posts = sorted(self.state.lookups.posts.values(), key=lambda p: (p.department, p.name))
        label = self.tr("{department} · {post} (quota {n})")
        fill_combo(self.post, ((label.format(department=p.department, post=p.name, n=p.quota),
                                p.id) for p in posts))
        self.load_requirements()

    def _show_shifts(self, shifts: list[ShiftTypeDTO]) -> None:
        self.shift_model.set_rows(shifts)

    def selected(self) -> ShiftTypeDTO | None:
        rows = self.shift_table.selectionModel().selectedRows()
        return self.shift_model.row_at(rows[0]) if rows else None

    def edit_shift(self, shift: ShiftTypeDTO | None) -> ShiftDialog:
        dialog = ShiftDialog(shift, self)
        service = self.ctx.services.shifts

        def submit() -> None:
            values = dialog.value()
            # Shift names and times are lookups too: say so, the page reloads them.
            self.write(lambda: service.save_shift_type(**values), None, dialog,
                       changes=("roster", "shifts"))

        self.dialog = self.present(dialog, submit)
        return dialog

    # -- requirements --------------------------------------------------------------------
    def load_requirements(self) -> None:
        post_id, shifts = self.post.currentData(), self.ctx.services.shifts
        if post_id is None:
            self.requirements.set_requirements([], [])
            return
        self.read("requirements",
                  lambda: (shifts.shift_types(), shifts.requirements(post_id)),
                  lambda result: self.requirements.set_requirements(*result))

    def set_requirement(self, shift_id: int, weekday: int, required: int | None) -> None:
        post_id, shifts = self.post.currentData(), self.ctx.services.shifts
        if post_id is None or not self.can_edit:
            return
        self.write(lambda: shifts.set_requirement(post_id, shift_id, [weekday], required),
                   lambda _r: self.load_requirements())

    def reset_selected(self) -> None:
        post_id, shifts = self.post.currentData(), self.ctx.services.shifts
        picked = [self.requirements.requirement(i) for i in self.grid.selectedIndexes()]
        picked = [r for r in picked if r is not None and not r.is_default]
        if post_id is None or not picked or not self.can_edit:
            return

        def work() -> None:
            for r in picked:
                shifts.set_requirement(post_id, r.shift_type_id, [r.weekday], None)

        self.write(work, lambda _r: self.load_requirements())
