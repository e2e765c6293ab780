"""Staff tab (员工): find people, see one in detail, hire, edit, record leavers, manage skills.
Every read and write goes through the task runner; widgets are touched only in callbacks."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.hierarchy import leader_chain
from app.domain.org import QUALIFICATION_LEVELS
from app.domain.permissions import Permission
from app.services.dto import EmployeeDTO, PersonRef, SavedEmployee
from app.ui.context import UiContext
from app.ui.deactivate_dialog import DeactivateDialog
from app.ui.employee_dialog import EmployeeDialog
from app.ui.form_dialog import ask, fill_combo
from app.ui.pages.employee_detail_view import EmployeeDetailView
from app.ui.pages.org_common import MUTED_TEXT, NoticeBanner, OrgTab, make_table
from app.ui.person_combo import PersonCombo
from app.ui.qualification_dialog import QualificationDialog
from app.ui.table_model import Column

SEARCH_DELAY_MS = 250  # wait for a pause in typing before querying


class StaffTab(OrgTab):
    def __init__(self, ctx: UiContext, banner: NoticeBanner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, banner, parent)
        self._departments: list = []
        self._posts: list = []
        self._everyone: list[EmployeeDTO] = []  # active and not, for dialogs and combos
        self._selected_id: int | None = None

        self.new_button = self.edit_button(self.tr("New employee…"), self.new_employee)
        self.edit_employee_button = self.edit_button(self.tr("Edit…"), self.edit_employee)
        self.deactivate_button = self.edit_button(self.tr("Deactivate…"), self.toggle_active)
        self.import_button = self.edit_button(self.tr("Import…"), self.import_staff,
                                              Permission.IMPORT_STAFF)
        self.export_button = self.edit_button(self.tr("Export…"), self.export_staff,
                                              Permission.IMPORT_STAFF)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code, name or phone"))
        self.search.setClearButtonEnabled(True)
        self.department = QComboBox()
        self.post = QComboBox()
        self.leader = PersonCombo(none_label=self.tr("Any leader"))
        self.leader.setMinimumContentsLength(12)
        self.status = QComboBox()
        fill_combo(self.status, [(self.tr("Active"), "active"), (self.tr("Left"), "left"),
                                 (self.tr("All"), "all")])
        self.count = QLabel()
        self.count.setStyleSheet("color: palette(mid);")

        active, left = self.tr("Active"), self.tr("Left")
        muted = lambda e: None if e.active else MUTED_TEXT  # noqa: E731 - a column role
        self.table, self.model = make_table([
            Column(self.tr("Code"), lambda e: e.code, foreground=muted),
            Column(self.tr("Name"), lambda e: e.name, foreground=muted),
            Column(self.tr("Department"), lambda e: e.department, foreground=muted),
            Column(self.tr("Post"), lambda e: e.post, foreground=muted),
            Column(self.tr("Leader"), lambda e: e.leader_name, foreground=muted),
            Column(self.tr("Phone"), lambda e: e.phone, foreground=muted),
            Column(self.tr("Hire date"), lambda e: e.hire_date, foreground=muted),
            Column(self.tr("Status"), lambda e: active if e.active else left, foreground=muted),
        ], widths=(72, 80, 90, 110, 80, 110, 92))
        self.detail = EmployeeDetailView(ctx.translate)
        self.guard(self.detail.add_qualification)
        self.guard(self.detail.remove_qualification)

        self._layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.department.currentIndexChanged.connect(self._department_changed)
        for combo in (self.post, self.leader, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        # A leader name typed (or cleared) without picking from the list still filters.
        self.leader.lineEdit().editingFinished.connect(self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.can_edit and self.edit_employee())
        self.detail.add_qualification.clicked.connect(self.add_qualification)
        self.detail.remove_qualification.clicked.connect(self.remove_qualification)
        self.detail.qualifications.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self._update_buttons()

    def _layout(self) -> None:
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_employee_button, self.deactivate_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.department, self.post, self.leader, self.status):
            filters.addWidget(combo, 2 if combo is not self.status else 1)
        filters.addWidget(self.count)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

    # -- loading ---------------------------------------------------------------------
    def load(self) -> None:
        org, staff = self.ctx.services.org, self.ctx.services.staff
        self.read("lookups", lambda: (org.departments(), org.posts(), staff.employees(active=None)),
                  self._show_lookups)
        self.apply_filters()

    def _show_lookups(self, result) -> None:
        self._departments, self._posts, self._everyone = result
        fill_combo(self.department, ((d.name, d.id) for d in self._departments),
                   none_label=self.tr("All departments"))
        self._fill_posts()
        leader_ids = {e.leader_id for e in self._everyone if e.active}
        self.leader.set_people(e for e in self._everyone if e.id in leader_ids)

    def _fill_posts(self) -> None:
        dept = self.department.currentData()
        fill_combo(self.post, ((p.name, p.id) for p in self._posts
                               if dept is None or p.department_id == dept),
                   none_label=self.tr("All posts"))

    def _department_changed(self) -> None:
        self._fill_posts()
        self.apply_filters()

    def filters(self) -> dict:
        """The service's filter arguments from the filter bar (plain values, no widgets)."""
        status = self.status.currentData()
        return {"search": self.search.text(), "department_id": self.department.currentData(),
                "post_id": self.post.currentData(), "leader_id": self.leader.current_id(),
                "active": {"active": True, "left": False}.get(status)}

    def apply_filters(self) -> None:
        self._timer.stop()
        staff, filters = self.ctx.services.staff, self.filters()
        self.read("rows", lambda: staff.employees(**filters), self._show_rows)

    def _show_rows(self, rows: list[EmployeeDTO]) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.tr("{n} people").format(n=len(rows)))
        row = self.model.find(lambda e: e.id == self._selected_id)
        if row >= 0:
            self.table.selectRow(row)  # the selection was reset: this reloads the detail
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.detail.clear()
        self._update_buttons()

    def select_employee(self, employee_id: int) -> bool:
        row = self.model.find(lambda e: e.id == employee_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def selected(self) -> EmployeeDTO | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _selection_changed(self) -> None:
        employee = self.selected()
        self._update_buttons()
        if employee is None:
            self.detail.clear()
            return
        self._selected_id = employee.id
        staff = self.ctx.services.staff
        self.read("detail", lambda: staff.detail(employee.id), self._show_detail)

    def _show_detail(self, detail) -> None:
        self.detail.show_detail(detail)
        self._update_buttons()

    def _update_buttons(self) -> None:
        employee = self.selected()
        self.enable(self.edit_employee_button, employee is not None)
        self.enable(self.deactivate_button, employee is not None)
        self.deactivate_button.setText(self.tr("Reactivate…") if employee and not employee.active
                                       else self.tr("Deactivate…"))
        self.enable(self.detail.add_qualification, bool(employee and employee.active))
        self.enable(self.detail.remove_qualification,
                    employee is not None and self.detail.selected_qualification() is not None)

    # -- writes ----------------------------------------------------------------------
    def new_employee(self) -> EmployeeDialog:
        dialog = EmployeeDialog(self._posts, self._everyone, None, self)
        return self.present(dialog, lambda: self._save(dialog))

    def edit_employee(self) -> EmployeeDialog | None:
        employee = self.selected()
        if employee is None:
            return None
        dialog = EmployeeDialog(self._posts, self._everyone, employee, self)
        return self.present(dialog, lambda: self._save(dialog))

    def _save(self, dialog: EmployeeDialog) -> None:
        data, employee, staff = dialog.value(), dialog.employee, self.ctx.services.staff
        if employee is None:
            work = lambda: staff.create(data)  # noqa: E731
        else:
            work = lambda: staff.update(employee.id, data,  # noqa: E731
                                        expected_version=employee.version)
        self.write(work, self._saved, dialog)

    def _saved(self, saved: SavedEmployee) -> None:
        self._selected_id = saved.employee.id
        # Spans are warned, never refused: the save went through; say what to look at.
        self.banner.show_messages(n.render(self.ctx.translate) for n in saved.notices)

    def toggle_active(self):
        employee = self.selected()
        if employee is None:
            return None
        if not employee.active:
            return self.reactivate(employee)
        active = [e for e in self._everyone if e.active]
        reports = [PersonRef(e.id, e.code, e.name, e.post) for e in active
                   if e.leader_id == employee.id]
        # Nobody under the leaver can take over their reports: it would close a loop.
        leader_of = {e.id: e.leader_id for e in active}
        candidates = [e for e in active if e.id != employee.id
                      and employee.id not in leader_chain(e.id, leader_of)]
        dialog = DeactivateDialog(employee, reports, candidates, self)
        dialog.new_leader.set_current_id(employee.leader_id)  # reports move up one level
        staff = self.ctx.services.staff

        def submit() -> None:
            new_leader = dialog.new_leader_id()
            self.write(lambda: staff.deactivate(employee.id, new_leader, reassign=True),
                       None, dialog)

        return self.present(dialog, submit)

    def reactivate(self, employee: EmployeeDTO):
        staff = self.ctx.services.staff
        return ask(self, self.tr("Reactivate"),
                   self.tr("Record that {name} ({code}) works here again?").format(
                       name=employee.name, code=employee.code),
                   lambda: self.write(lambda: staff.reactivate(employee.id)),
                   self.tr("Reactivate"), self.tr("Cancel"))

    def add_qualification(self) -> QualificationDialog | None:
        employee = self.selected()
        if employee is None:
            return None
        levels = {k: self.ctx.translate("qualifications", v)
                  for k, v in QUALIFICATION_LEVELS.items()}
        dialog = QualificationDialog(employee, self._posts, self._everyone, levels, self)
        staff = self.ctx.services.staff

        def submit() -> None:
            v = dialog.value()
            self.write(lambda: staff.set_qualification(employee.id, v.post_id, v.level,
                                                       v.certified_by_id, v.certified_on),
                       None, dialog)

        return self.present(dialog, submit)

    def remove_qualification(self):
        qualification = self.detail.selected_qualification()
        if qualification is None:
            return None
        staff = self.ctx.services.staff
        return ask(self, self.tr("Remove qualification"),
                   self.tr("Remove the qualification for {post}?").format(post=qualification.post),
                   lambda: self.write(lambda: staff.remove_qualification(qualification.id)),
                   self.tr("Remove"), self.tr("Cancel"))

    # -- import and export (imported on use: spreadsheet code loads only when needed) --
    def import_staff(self) -> QDialog:
        from app.ui.staff_import_dialog import StaffImportDialog

        dialog = StaffImportDialog(self.ctx.services.staff_io, self.ctx.translate, self)
        # The dialog imports by itself; tell every page that cares that the staff changed.
        dialog.imported.connect(lambda _report: self.ctx.signals.changed.emit(frozenset({"org"})))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_staff(self) -> None:
        from app.ui.staff_import_dialog import export_staff

        export_staff(self, self.ctx.services.staff_io, self.ctx.translate)
