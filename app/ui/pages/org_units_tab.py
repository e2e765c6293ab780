"""Departments & ranks tab (部门与职级): departments (floor or support) with their post and
staff counts, and the ranks of the hierarchy with their span of one-leads-three."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from app.domain.org import DEPARTMENT_KINDS
from app.services.dto import DepartmentDTO, RankDTO
from app.ui.context import UiContext
from app.ui.form_dialog import ask
from app.ui.pages.org_common import CENTER, RIGHT, NoticeBanner, OrgTab, make_table
from app.ui.table_model import Column
from app.ui.unit_dialogs import DepartmentDialog, RankDialog


class UnitsTab(OrgTab):
    def __init__(self, ctx: UiContext, banner: NoticeBanner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, banner, parent)
        self.kinds = {k: ctx.translate("departments", v) for k, v in DEPARTMENT_KINDS.items()}
        self.new_button = self.edit_button(self.tr("New department…"), self.new_department)
        self.rename_button = self.edit_button(self.tr("Rename…"), self.rename_department)
        self.delete_button = self.edit_button(self.tr("Delete"), self.delete_department)
        self.rank_button = self.edit_button(self.tr("Edit rank…"), self.edit_rank)

        self.departments, self.department_model = make_table([
            Column(self.tr("Department"), lambda d: d.name),
            Column(self.tr("Kind"), lambda d: self.kinds.get(d.kind, d.kind)),
            Column(self.tr("Posts"), lambda d: d.posts, alignment=RIGHT),
            Column(self.tr("Staff"), lambda d: d.staff, alignment=RIGHT),
        ], widths=(160, 90, 70, 70), stretch=0)
        self.ranks, self.rank_model = make_table([
            Column(self.tr("Level"), lambda r: r.level, alignment=CENTER),
            Column(self.tr("Label"), lambda r: r.label),
            Column(self.tr("English label"), lambda r: r.label_en),
            Column(self.tr("Span limit"), lambda r: r.span_limit, alignment=CENTER),
        ], widths=(60, 120, 160, 90), stretch=2)

        dept_buttons = QHBoxLayout()
        for button in (self.new_button, self.rename_button, self.delete_button):
            dept_buttons.addWidget(button)
        dept_buttons.addStretch(1)
        dept_box = QGroupBox(self.tr("Departments"))
        dept_layout = QVBoxLayout(dept_box)
        dept_layout.addLayout(dept_buttons)
        dept_layout.addWidget(self.departments, 1)

        rank_note = QLabel(self.tr(
            "Ranks from the top down. The span limit is how many direct reports a leader of "
            "that rank should have (one leads three); more is shown as a warning, never refused."))
        rank_note.setWordWrap(True)
        rank_note.setStyleSheet("color: palette(mid);")
        rank_buttons = QHBoxLayout()
        rank_buttons.addWidget(self.rank_button)
        rank_buttons.addStretch(1)
        rank_box = QGroupBox(self.tr("Ranks"))
        rank_layout = QVBoxLayout(rank_box)
        rank_layout.addLayout(rank_buttons)
        rank_layout.addWidget(self.ranks, 1)
        rank_layout.addWidget(rank_note)

        splitter = QSplitter()
        splitter.addWidget(dept_box)
        splitter.addWidget(rank_box)
        splitter.setSizes([600, 560])
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)
        self.departments.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.ranks.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.departments.doubleClicked.connect(lambda _i: self.can_edit and self.rename_department())
        self.ranks.doubleClicked.connect(lambda _i: self.can_edit and self.edit_rank())
        self._update()

    def load(self) -> None:
        org = self.ctx.services.org
        self.read("units", lambda: (org.departments(), org.ranks()), self._show)

    def _show(self, result) -> None:
        departments, ranks = result
        self.department_model.set_rows(departments)
        self.rank_model.set_rows(sorted(ranks, key=lambda r: -r.level))
        self._update()

    @staticmethod
    def _selected(view, model):
        rows = view.selectionModel().selectedRows()
        return model.row_at(rows[0]) if rows else None

    def selected_department(self) -> DepartmentDTO | None:
        return self._selected(self.departments, self.department_model)

    def selected_rank(self) -> RankDTO | None:
        return self._selected(self.ranks, self.rank_model)

    def _update(self) -> None:
        has_dept = self.selected_department() is not None
        self.enable(self.rename_button, has_dept)
        self.enable(self.delete_button, has_dept)
        self.enable(self.rank_button, self.selected_rank() is not None)

    def new_department(self) -> DepartmentDialog:
        return self._department_dialog(None)

    def rename_department(self) -> DepartmentDialog | None:
        department = self.selected_department()
        return self._department_dialog(department) if department else None

    def _department_dialog(self, department: DepartmentDTO | None) -> DepartmentDialog:
        dialog = DepartmentDialog(self.kinds, department, self)
        org = self.ctx.services.org
        dept_id = department.id if department else None

        def submit() -> None:
            name, kind = dialog.value()
            self.write(lambda: org.save_department(name, kind, dept_id), None, dialog)

        return self.present(dialog, submit)

    def delete_department(self):
        department = self.selected_department()
        if department is None:
            return None
        org = self.ctx.services.org
        return ask(self, self.tr("Delete department"),
                   self.tr("Delete the department {name}?").format(name=department.name),
                   lambda: self.write(lambda: org.delete_department(department.id)),
                   self.tr("Delete"), self.tr("Cancel"))

    def edit_rank(self) -> RankDialog | None:
        rank = self.selected_rank()
        if rank is None:
            return None
        dialog = RankDialog(rank, self)
        org = self.ctx.services.org

        def submit() -> None:
            label, label_en, span = dialog.value()
            self.write(lambda: org.update_rank(rank.id, label, span, label_en), None, dialog)

        return self.present(dialog, submit)
