"""Skill matrix tab (技能矩阵): active staff × posts with qualification levels (一职多能), for
planning the training that makes people multi-skilled. A last row counts, per post, who can
stand there; a last column counts, per person, how many posts they can stand at."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.bootstrap import Services
from app.services.dto import EmployeeDTO, PostDTO
from app.ui.context import UiContext
from app.ui.form_dialog import fill_combo
from app.ui.pages.org_common import NoticeBanner, bold_font
from app.ui.roster.common import OK_BG, RosterState, RosterTab, level_label

_Index = QModelIndex | QPersistentModelIndex

MARKS = {"own": "●", "trainer": "★", "qualified": "✓", "training": "◐"}
COLOURS = {"own": QColor("#1f2328"), "trainer": QColor("#0b6b3a"),
           "qualified": QColor("#2e7d32"), "training": QColor("#a15c00")}
BACKGROUNDS = {"own": QColor("#e9edf2"), "trainer": QColor("#cdebd6"),
               "qualified": OK_BG, "training": QColor("#fff1c7")}
CAN_STAND = ("own", "trainer", "qualified")


@dataclass(frozen=True)
class SkillMatrix:
    employees: tuple[EmployeeDTO, ...]
    posts: tuple[PostDTO, ...]
    levels: dict[tuple[int, int], str]  # (employee, post) → own | trainer | qualified | training


def load_matrix(services: Services) -> SkillMatrix:
    """Runs on the worker. One qualification query per person: fine for a venue's few hundred
    staff (a bulk query in StaffService would make it one)."""
    posts = tuple(sorted(services.org.posts(), key=lambda p: (p.department, -p.rank_level,
                                                              p.name)))
    # People in the order of their posts, so own posts line up as a diagonal of blocks.
    order = {p.id: i for i, p in enumerate(posts)}
    employees = tuple(sorted(services.staff.employees(active=True),
                             key=lambda e: (order.get(e.post_id, len(order)), e.code)))
    levels = {(e.id, e.post_id): "own" for e in employees if e.post_id}
    for e in employees:
        for q in services.staff.qualifications(e.id):
            levels[(e.id, q.post_id)] = q.level
    return SkillMatrix(employees, posts, levels)


class SkillModel(QAbstractTableModel):
    def __init__(self, translate, parent=None) -> None:
        super().__init__(parent)
        self.translate = translate
        self.rows: tuple[EmployeeDTO, ...] = ()
        self.posts: tuple[PostDTO, ...] = ()
        self.levels: dict[tuple[int, int], str] = {}
        self._per_post: dict[int, int] = {}
        self._per_person: dict[int, int] = {}

    def set_matrix(self, matrix: SkillMatrix, department_id: int | None) -> None:
        self.beginResetModel()
        self.rows = tuple(e for e in matrix.employees
                          if department_id is None or e.department_id == department_id)
        self.posts, self.levels = matrix.posts, matrix.levels
        shown = {e.id for e in self.rows}
        self._per_post, self._per_person = {}, {}
        for (emp, post), level in self.levels.items():
            if level in CAN_STAND and emp in shown:
                self._per_post[post] = self._per_post.get(post, 0) + 1
                self._per_person[emp] = self._per_person.get(emp, 0) + 1
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows) + 1  # + the totals row

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.posts) + 1  # + the totals column

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, col = index.row(), index.column()
        totals_row, totals_col = row == len(self.rows), col == len(self.posts)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if totals_row or totals_col:
            if role == Qt.ItemDataRole.DisplayRole:
                if totals_row and totals_col:
                    return ""
                if totals_row:
                    return str(self._per_post.get(self.posts[col].id, 0))
                return str(self._per_person.get(self.rows[row].id, 0))
            if role == Qt.ItemDataRole.FontRole:
                return bold_font()
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor("#f2f4f7")
            return None
        level = self.levels.get((self.rows[row].id, self.posts[col].id))
        if level is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return MARKS[level]
        if role == Qt.ItemDataRole.ForegroundRole:
            return COLOURS[level]
        if role == Qt.ItemDataRole.BackgroundRole:
            return BACKGROUNDS[level]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.rows[row].name} · {self.posts[col].name}: " \
                   f"{level_label(self.translate, level)}"
        if role == Qt.ItemDataRole.UserRole:
            return level
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if section == len(self.posts):
                return self.tr("Posts") if role == Qt.ItemDataRole.DisplayRole else None
            post = self.posts[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return post.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{post.department} · {post.name}"
            return None
        if section == len(self.rows):
            return self.tr("Can stand here") if role == Qt.ItemDataRole.DisplayRole else None
        employee = self.rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{employee.name}  {employee.post}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{employee.code} · {employee.department}"
        return None


class SkillsTab(RosterTab):
    def __init__(self, ctx: UiContext, state: RosterState, banner: NoticeBanner,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, state, banner, parent)
        self.matrix: SkillMatrix | None = None
        self.department = QComboBox()
        self.model = SkillModel(ctx.translate, self)
        self.table = QTableView()
        self.table.setObjectName("skillMatrix")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for header, size in ((self.table.horizontalHeader(), 76),
                             (self.table.verticalHeader(), 26)):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(size)
        self.table.horizontalHeader().setFixedHeight(44)
        self.table.verticalHeader().setFixedWidth(170)
        legend = QLabel("  ".join(f"{MARKS[k]} {level_label(ctx.translate, k)}"
                                  for k in ("own", "trainer", "qualified", "training")))
        legend.setObjectName("skillLegend")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Department")))
        top.addWidget(self.department)
        top.addSpacing(16)
        top.addWidget(legend, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr(
            "Change skills on the Organisation page (Staff → Add qualification). In-training "
            "posts are not offered for redeployment.")))
        self.department.currentIndexChanged.connect(lambda _i: self._show())

    def load(self) -> None:
        services = self.ctx.services
        self.read("matrix", lambda: load_matrix(services), self.show_matrix)

    def show_matrix(self, matrix: SkillMatrix) -> None:
        self.matrix = matrix
        departments = sorted({(e.department, e.department_id) for e in matrix.employees
                              if e.department_id is not None})
        fill_combo(self.department, departments, none_label=self.tr("All departments"))
        self._show()

    def _show(self) -> None:
        if self.matrix is not None:
            self.model.set_matrix(self.matrix, self.department.currentData())
