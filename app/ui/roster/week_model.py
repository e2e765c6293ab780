"""The week grid's item model: a thin adapter over a WeekView.

Rows are staff grouped under department and team header rows; columns are the 7 days × the
active shifts. Everything a cell shows is worked out once in ``set_week`` and kept in dicts,
so ``data()`` and the delegate's paint are O(1) lookups: a 200-person week paints as fast as
an empty one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from app.services.roster_dto import RosterCell, ShiftTypeDTO, WeekRow, WeekView
from app.ui.roster.common import (
    BREACH_MARK,
    REDEPLOY_MARK,
    attendance_label,
    short_area,
    short_post,
    weekday_label,
)

CELL_ROLE = Qt.ItemDataRole.UserRole + 10  # the RosterCell, or None
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 11  # the row: WeekRow or GroupRow
MIME_TYPE = "application/x-floorqc-roster-cell"
OFF_DUTY = ("absent", "leave")

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class GroupRow:
    level: int  # 0 = department, 1 = team
    label: str
    size: int  # people in the group


@dataclass(frozen=True)
class CellLook:
    """What a filled cell shows, ready to paint."""

    post: str
    area: str
    redeployed: bool
    breach: bool
    attendance: str
    late_minutes: int | None

    @property
    def text(self) -> str:
        return f"{self.post} {self.area}".strip()


@dataclass(frozen=True)
class GroupCell:
    level: int
    on_duty: int  # people of the group on duty in this column


def look_of(cell: RosterCell) -> CellLook:
    return CellLook(short_post(cell.post), short_area(cell.area) if cell.area else "",
                    cell.redeployed_from_post_id is not None, bool(cell.override_reason),
                    cell.attendance, cell.late_minutes)


def group_rows(rows: tuple[WeekRow, ...], no_team: str) -> list[WeekRow | GroupRow]:
    """Insert a header row wherever the department or the team changes (rows arrive sorted by
    department, then team)."""
    out: list[WeekRow | GroupRow] = []
    sizes: dict[int, int] = {}
    dept_at = team_at = -1
    last_dept = last_team = None
    for row in rows:
        if row.department != last_dept:
            dept_at, last_dept, last_team = len(out), row.department, None
            out.append(GroupRow(0, row.department, 0))
        if row.team != last_team:
            team_at, last_team = len(out), row.team
            out.append(GroupRow(1, row.team or no_team, 0))
        sizes[dept_at] = sizes.get(dept_at, 0) + 1
        sizes[team_at] = sizes.get(team_at, 0) + 1
        out.append(row)
    return [GroupRow(e.level, e.label, sizes.get(i, 0)) if isinstance(e, GroupRow) else e
            for i, e in enumerate(out)]


class WeekGridModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.view: WeekView | None = None
        self.entries: list[WeekRow | GroupRow] = []
        self.columns: list[tuple[dt.date, ShiftTypeDTO]] = []
        self._row_of: dict[int, int] = {}
        self._col_of: dict[tuple[dt.date, int], int] = {}
        self._cells: dict[tuple[int, int], RosterCell] = {}
        self._looks: dict[tuple[int, int], CellLook | GroupCell] = {}
        self._day_starts: frozenset[int] = frozenset()
        self._today: frozenset[int] = frozenset()
        self._header: list[str] = []

    # -- loading: the only place that does work proportional to the week ------------------
    def set_week(self, view: WeekView | None, department: str | None = None) -> None:
        """Show ``view``; with ``department``, only that department's staff."""
        self.beginResetModel()
        self.view = view
        rows = tuple(r for r in view.rows if department is None or r.department == department
                     ) if view else ()
        self.entries = group_rows(rows, self.tr("No team"))
        shifts = view.shifts if view else ()
        self.columns = [(day, s) for day in (view.days if view else ()) for s in shifts]
        self._row_of = {e.employee_id: i for i, e in enumerate(self.entries)
                        if isinstance(e, WeekRow)}
        self._col_of = {(day, s.id): i for i, (day, s) in enumerate(self.columns)}
        self._day_starts = frozenset(range(0, len(self.columns), max(1, len(shifts))))
        today = dt.date.today()
        self._today = frozenset(i for i, (day, _s) in enumerate(self.columns) if day == today)
        self._header = [f"{weekday_label(day)} {day:%m-%d} {s.name}" for day, s in self.columns]
        self._cells, self._looks = {}, {}
        parents = self._parents()
        counts: dict[tuple[int, int], int] = {}
        for (employee_id, day, shift_id), cell in (view.cells.items() if view else ()):
            row, col = self._row_of.get(employee_id), self._col_of.get((day, shift_id))
            if row is None or col is None:
                continue  # an inactive shift type: not a column this week
            self._cells[(row, col)] = cell
            self._looks[(row, col)] = look_of(cell)
            if cell.attendance not in OFF_DUTY:
                for parent in parents[row]:
                    counts[(parent, col)] = counts.get((parent, col), 0) + 1
        for row, entry in enumerate(self.entries):
            if isinstance(entry, GroupRow):
                for col in range(len(self.columns)):
                    self._looks[(row, col)] = GroupCell(entry.level, counts.get((row, col), 0))
        self.endResetModel()

    def _parents(self) -> dict[int, tuple[int, ...]]:
        out, dept, team = {}, -1, -1
        for row, entry in enumerate(self.entries):
            if isinstance(entry, GroupRow):
                dept, team = (row, -1) if entry.level == 0 else (dept, row)
            else:
                out[row] = tuple(p for p in (dept, team) if p >= 0)
        return out

    # -- what the view, the delegate and the controller ask --------------------------------
    def entry(self, row: int) -> WeekRow | GroupRow | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def look(self, row: int, col: int) -> CellLook | GroupCell | None:
        return self._looks.get((row, col))

    def cell_at(self, row: int, col: int) -> RosterCell | None:
        return self._cells.get((row, col))

    def slot(self, row: int, col: int) -> tuple[int, dt.date, int] | None:
        """(employee, day, shift) of an employee cell; None for header rows."""
        entry = self.entry(row)
        if not isinstance(entry, WeekRow) or not 0 <= col < len(self.columns):
            return None
        day, shift = self.columns[col]
        return entry.employee_id, day, shift.id

    def index_of(self, employee_id: int, day: dt.date, shift_id: int) -> QModelIndex:
        row, col = self._row_of.get(employee_id), self._col_of.get((day, shift_id))
        if row is None or col is None:
            return QModelIndex()
        return self.index(row, col)

    def is_day_start(self, col: int) -> bool:
        return col in self._day_starts

    def is_today(self, col: int) -> bool:
        return col in self._today

    # -- Qt's interface --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        key = (index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            look = self._looks.get(key)
            if isinstance(look, CellLook):
                return look.text
            return str(look.on_duty) if isinstance(look, GroupCell) and look.on_duty else ""
        if role == CELL_ROLE:
            return self._cells.get(key)
        if role == ENTRY_ROLE:
            return self.entry(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            cell = self._cells.get(key)
            return self.tooltip(cell) if cell else None
        return None

    def tooltip(self, cell: RosterCell) -> str:
        lines = [" · ".join(x for x in (cell.post, cell.area) if x)]
        if cell.redeployed_from_post_id is not None:
            lines.append(REDEPLOY_MARK + " " + self.tr(
                "Redeployed (抽调) from {post}, approved by {who}").format(
                post=cell.redeployed_from, who=cell.approved_by or "?"))
        if cell.override_reason:
            lines.append(BREACH_MARK + " " + self.tr("Rule breach confirmed: {reason}").format(
                reason=cell.override_reason))
        if cell.attendance == "late":
            lines.append(self.tr("Late {n} min").format(n=cell.late_minutes or 0))
        elif cell.attendance:
            lines.append(attendance_label(cell.attendance))
        return "\n".join(lines)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        entry = self.entry(index.row())
        if not isinstance(entry, WeekRow):
            return Qt.ItemFlag.ItemIsEnabled  # header rows: seen, never selected
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if entry.active:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        if (index.row(), index.column()) in self._cells:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._header[section] if 0 <= section < len(self._header) else None
        entry = self.entry(section)
        if isinstance(entry, GroupRow):
            return entry.label
        return entry.name if entry else None

    # -- drag to copy: the payload names the source cell; the view decides what a drop does --
    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        data = QMimeData()
        if indexes:
            first = indexes[0]
            data.setData(MIME_TYPE, f"{first.row()},{first.column()}".encode())
        return data

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction
