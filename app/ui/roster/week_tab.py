"""Week grid tab (排班表): the controller behind the grid. It turns the grid's gestures into
service calls through the task runner (changes={"roster"}), shows rule breaches for a
manager to confirm, and marks attendance. The week-wide tools are in week_tools.py."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Permission
from app.services.roster_dto import CellInput, RosterCell, WeekRow
from app.ui.context import UiContext
from app.ui.form_dialog import ask, fill_combo
from app.ui.pages.org_common import NoticeBanner
from app.ui.roster.cell_dialog import AttendanceDialog, CellDialog, post_choices
from app.ui.roster.common import (
    RosterState,
    RosterTab,
    level_label,
    weekday_label,
)
from app.ui.roster.week_dialogs import BreachDialog, CellBatch, set_cells
from app.ui.roster.week_grid import WeekGrid
from app.ui.roster.week_tools import WeekTools

Slot = tuple[int, dt.date, int]  # employee, day, shift
CONFIRM_CLEAR = 10  # clearing more cells than this at once asks first


class WeekTab(RosterTab):
    def __init__(self, ctx: UiContext, state: RosterState, banner: NoticeBanner,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, state, banner, parent)
        self.grid = WeekGrid()
        self.model = self.grid.grid_model
        self.clip: tuple[int, int | None] | None = None  # (post, area); None = an empty cell
        self.has_clip = False
        self.dialog: QWidget | None = None  # the dialog opened last, for tests
        self.tools = WeekTools(self)

        def button(text: str, slot, permission=Permission.EDIT_ROSTER, tip: str = ""):
            b = QPushButton(text)
            b.setToolTip(tip)
            b.clicked.connect(lambda _checked=False: slot())
            return self.guard(b, permission)

        self.copy_week_button = button(self.tr("Copy last week"), self.tools.copy_last_week,
                                       tip=self.tr("Fill this week's empty cells from last week"))
        self.save_template_button = button(self.tr("Save as template…"), self.tools.save_template)
        self.apply_template_button = button(self.tr("Apply template…"), self.tools.apply_template)
        self.fill_button = button(self.tr("Fill"), self.fill, tip=self.tr(
            "Copy the first (top-left) selected cell into the other selected cells (Ctrl+D)"))
        self.clear_button = button(self.tr("Clear"), lambda: self.clear(), tip=self.tr("Delete"))
        self.attendance_button = button(self.tr("Attendance…"), self.mark_attendance,
                                        Permission.MARK_ATTENDANCE)
        self.export_button = button(self.tr("Export…"), self.tools.export_week, Permission.VIEW_ORG)
        self.import_button = button(self.tr("Import…"), self.tools.import_week)
        self.department = QComboBox()  # a venue's 200 staff: look at one department
        self.department.setObjectName("weekDepartment")
        self.department.currentIndexChanged.connect(lambda _i: self.show_week())
        self.info = QLabel()
        self.info.setObjectName("weekInfo")
        self.info.setStyleSheet("color: palette(mid);")

        tools = QHBoxLayout()
        tools.addWidget(self.department)
        tools.addSpacing(12)
        for b in (self.copy_week_button, self.save_template_button, self.apply_template_button):
            tools.addWidget(b)
        tools.addSpacing(12)
        for b in (self.fill_button, self.clear_button, self.attendance_button):
            tools.addWidget(b)
        tools.addStretch(1)
        tools.addWidget(self.export_button)
        tools.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.grid, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.grid.legend(), 1)
        footer.addWidget(self.info)
        layout.addLayout(footer)

        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._menu)
        self.grid.edit_requested.connect(self.edit)
        self.grid.clear_requested.connect(lambda: self.clear())
        self.grid.copy_requested.connect(self.copy)
        self.grid.paste_requested.connect(self.paste)
        self.grid.fill_requested.connect(self.fill)
        self.grid.dropped.connect(self.drop)
        self.grid.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        self.show_week()

    def show_week(self) -> None:
        """Put the page's week on the grid, keeping the current cell and the selection."""
        current = self._slot(self.grid.currentIndex())
        selected = [self._slot(i) for i in self.grid.selectionModel().selectedIndexes()]
        week = self.state.week
        departments = sorted({r.department for r in week.rows}) if week else []
        fill_combo(self.department, ((d or self.tr("No department"), d) for d in departments),
                   none_label=self.tr("All departments"))  # keeps the choice if still there
        self.model.set_week(week, self.department.currentData())
        # One selection change, not one per cell: a select-all is thousands of cells.
        restored = QItemSelection()
        for slot in selected:
            index = self.model.index_of(*slot) if slot else QModelIndex()
            if index.isValid():
                restored.select(index, index)
        selection = self.grid.selectionModel()
        selection.select(restored, QItemSelectionModel.SelectionFlag.Select)
        index = self.model.index_of(*current) if current else QModelIndex()
        if index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._update_buttons()

    # -- what is where -----------------------------------------------------------------
    def _slot(self, index: QModelIndex) -> Slot | None:
        return self.model.slot(index.row(), index.column()) if index.isValid() else None

    def _cell(self, index: QModelIndex) -> RosterCell | None:
        return self.model.cell_at(index.row(), index.column()) if index.isValid() else None

    def selected(self) -> list[QModelIndex]:
        """Selected employee cells, top-left first; the current cell when nothing is."""
        indexes = [i for i in self.grid.selectionModel().selectedIndexes() if self._slot(i)]
        if not indexes and self._slot(self.grid.currentIndex()):
            indexes = [self.grid.currentIndex()]
        return sorted(indexes, key=lambda i: (i.row(), i.column()))

    def describe(self, employee_id: int, day: dt.date, shift_id: int) -> str:
        row = self.model.index_of(employee_id, day, shift_id).row()
        entry = self.model.entry(row)
        shift = self.state.lookups.shifts.get(shift_id)
        name = entry.name if isinstance(entry, WeekRow) else "?"
        return (f"{name} · {weekday_label(day)} {day.month}-{day.day:02d} "
                f"{shift.name if shift else ''}").strip()

    def _describe_input(self, cell: CellInput) -> str:
        return self.describe(cell.employee_id, cell.day, cell.shift_type_id)

    def _update_buttons(self) -> None:
        selected = self.selected()
        filled = [i for i in selected if self._cell(i)]
        self.enable(self.fill_button, len(selected) > 1)
        self.enable(self.clear_button, bool(filled))
        self.enable(self.attendance_button, self._cell(self.grid.currentIndex()) is not None)

    def _refuse_edit(self) -> bool:
        if self.can_edit:
            return False
        self.info.setText(self.tr("Your role may not change rosters."))
        return True

    # -- one cell: the editor that Enter, typing and double-click open -----------------
    def edit(self, index: QModelIndex, typed: str = "") -> None:
        slot = self._slot(index)
        if slot is None or self._refuse_edit():
            return
        entry = self.model.entry(index.row())
        if not entry.active:
            self.banner.show_messages([self.tr("{name} has left and cannot be rostered.")
                                       .format(name=entry.name)])
            return
        cell, staff = self._cell(index), self.ctx.services.staff
        self.read("qualifications", lambda: staff.qualifications(entry.employee_id),
                  lambda quals: self._open_editor(entry, slot, cell, quals, typed))

    def _open_editor(self, entry: WeekRow, slot: Slot, cell, quals, typed: str) -> CellDialog:
        lookups = self.state.lookups
        choices = post_choices(lookups.posts.get(entry.post_id), quals,
                               sorted(lookups.posts.values(), key=lambda p: (p.department,
                                                                             p.name)),
                               lambda level: level_label(self.ctx.translate, level),
                               self.tr("not qualified"))
        team_areas = self._team_areas(entry.employee_id)
        areas = sorted(lookups.areas.values(),
                       key=lambda a: (a.id not in team_areas, a.department != entry.department,
                                      a.floor, a.name))
        dialog = CellDialog(self.describe(*slot), entry, cell, choices, areas,
                            self._usual_area(entry.employee_id, team_areas), typed, self)

        def submit() -> None:
            post_id, area_id = dialog.value()
            self.save_cells([CellInput(*slot, post_id, area_id)], dialog)

        self.dialog = self.present(dialog, submit)
        return dialog

    def _team_areas(self, employee_id: int) -> list[int]:
        lookups = self.state.lookups
        team = next((t for t in lookups.teams.values() if t.leader_id == employee_id
                     or any(m.id == employee_id for m in t.members)), None)
        return [a.id for a in lookups.areas.values() if team and a.default_team_id == team.id]

    def _usual_area(self, employee_id: int, team_areas: Sequence[int]) -> int | None:
        """Where they stand most this week, else their team's first area."""
        week = self.state.week
        used = Counter(c.area_id for c in (week.cells.values() if week else ())
                       if c.employee_id == employee_id and c.area_id)
        if used:
            return used.most_common(1)[0][0]
        return team_areas[0] if team_areas else None

    # -- saving cells, and the breaches a manager may confirm ------------------------------
    def save_cells(self, cells: Sequence[CellInput], dialog: CellDialog | None = None) -> None:
        if not cells:
            return
        roster = self.ctx.services.roster

        def done(batch: CellBatch) -> None:
            if dialog is not None:
                dialog.set_busy(False)
                if batch.refused:
                    dialog.show_error(self.ctx.message(batch.refused[0]))
                    return
                dialog.accept()
            self._report(batch)

        def failed(error: BaseException) -> None:
            if dialog is not None:
                dialog.set_busy(False)
                dialog.show_error(self.ctx.message(error))
            else:
                self.banner.show_messages([self.ctx.message(error)])

        if dialog is not None:
            dialog.set_busy(True)
        self.ctx.runner.run(lambda: set_cells(roster, cells), done, failed, changes={"roster"})

    def _report(self, batch: CellBatch) -> None:
        self.banner.show_messages(self.ctx.message(e) for e in batch.refused)
        if batch.saved:
            self.info.setText(self.tr("Saved {n} cell(s).").format(n=len(batch.saved)))
        if batch.breached:
            self.confirm_breaches(batch.breached)

    def confirm_breaches(self, breached) -> BreachDialog:
        can_override = self.ctx.services.actor.can(Permission.OVERRIDE_ROSTER_RULES)
        dialog = BreachDialog(breached, self._describe_input, self.ctx.translate, can_override,
                              self)
        roster = self.ctx.services.roster

        def submit() -> None:
            reason, cells = dialog.value(), dialog.cells

            def done(batch: CellBatch) -> None:
                dialog.set_busy(False)
                problems = batch.refused or [b for _c, found in batch.breached for b in found]
                if problems:
                    dialog.show_error(self.ctx.message(batch.refused[0]) if batch.refused
                                      else problems[0].render(self.ctx.translate))
                    return
                dialog.accept()
                self.info.setText(self.tr("Saved {n} cell(s) with the reason given.")
                                  .format(n=len(batch.saved)))

            dialog.set_busy(True)
            self.ctx.runner.run(lambda: set_cells(roster, cells, reason), done,
                                lambda e: (dialog.set_busy(False),
                                           dialog.show_error(self.ctx.message(e))),
                                changes={"roster"})

        self.dialog = self.present(dialog, submit)
        return dialog

    # -- clear, copy, paste, fill, drag ----------------------------------------------------
    def clear(self, indexes: Iterable[QModelIndex] | None = None):
        """Clear the given cells (the selection by default); many at once asks first."""
        targets = [self._slot(i) for i in (self.selected() if indexes is None else indexes)
                   if self._cell(i)]
        if not targets or self._refuse_edit():
            return None
        roster = self.ctx.services.roster

        def go() -> None:
            self.write(lambda: [roster.clear_cell(*slot) for slot in targets],
                       lambda _r: self.info.setText(self.tr("Cleared {n} cell(s).")
                                                    .format(n=len(targets))))

        if len(targets) <= CONFIRM_CLEAR:
            go()
            return None
        # A select-all and Delete should not wipe a week without a second thought.
        self.dialog = ask(self, self.tr("Clear cells"),
                          self.tr("Clear {n} rostered cells?").format(n=len(targets)), go,
                          self.tr("Clear"), self.tr("Cancel"))
        return self.dialog

    def copy(self) -> None:
        index = self.grid.currentIndex()
        if self._slot(index) is None:
            return
        cell = self._cell(index)
        self.clip, self.has_clip = (cell.post_id, cell.area_id) if cell else None, True
        text = " · ".join(x for x in (cell.post, cell.area) if x) if cell else ""
        QGuiApplication.clipboard().setText(text)
        self.info.setText(self.tr("Copied {what}. Select cells and press Ctrl+V.")
                          .format(what=text or self.tr("an empty cell")))

    def paste(self) -> None:
        if self.has_clip:
            self._copy_into(self.clip, self.selected())

    def fill(self) -> None:
        selected = self.selected()
        if len(selected) < 2:
            self.info.setText(self.tr("Select the cell to copy and the cells to fill, then "
                                      "press Ctrl+D."))
            return
        source = self._cell(selected[0])
        self._copy_into((source.post_id, source.area_id) if source else None, selected[1:])

    def drop(self, source: QModelIndex, target: QModelIndex) -> None:
        cell = self._cell(source)
        if cell is not None and source != target:
            self._copy_into((cell.post_id, cell.area_id), [target])

    def _copy_into(self, value: tuple[int, int | None] | None,
                   targets: Iterable[QModelIndex]) -> None:
        """Copy a cell's post and area into the targets; an empty cell clears them."""
        if self._refuse_edit():
            return
        targets = [i for i in targets if self.model.entry(i.row()).active]
        if value is None:
            self.clear(targets)
            return
        post_id, area_id = value
        self.save_cells([CellInput(*self._slot(i), post_id, area_id) for i in targets
                         if (c := self._cell(i)) is None or (c.post_id, c.area_id) != value])

    # -- attendance --------------------------------------------------------------------
    def mark_attendance(self) -> AttendanceDialog | None:
        index = self.grid.currentIndex()
        cell = self._cell(index)
        if cell is None:
            self.info.setText(self.tr("Select a rostered cell first."))
            return None
        dialog = AttendanceDialog(self.tr("Attendance: {cell}").format(
            cell=self.describe(*self._slot(index))), cell, self)
        roster = self.ctx.services.roster

        def submit() -> None:
            status, minutes = dialog.value()
            self.write(lambda: roster.mark_attendance(cell.id, status, minutes), dialog=dialog)

        self.dialog = self.present(dialog, submit)
        return dialog

    def _menu(self, pos: QPoint) -> None:
        index = self.grid.indexAt(pos)
        if self._slot(index) is None:
            return
        menu = QMenu(self)
        for text, keys, slot, enabled in (
                (self.tr("Edit…"), "Enter", lambda: self.edit(index), self.can_edit),
                (self.tr("Clear"), "Del", lambda: self.clear(), self.clear_button.isEnabled()),
                (self.tr("Copy"), "Ctrl+C", self.copy, True),
                (self.tr("Paste"), "Ctrl+V", self.paste, self.has_clip and self.can_edit),
                (self.tr("Fill"), "Ctrl+D", self.fill, self.fill_button.isEnabled()),
                (self.tr("Attendance…"), "", self.mark_attendance,
                 self.attendance_button.isEnabled())):
            action = menu.addAction(f"{text}\t{keys}" if keys else text)
            action.setEnabled(bool(enabled))
            action.triggered.connect(lambda _c=False, s=slot: s())
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.grid.viewport().mapToGlobal(pos))
