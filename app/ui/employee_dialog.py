"""New or edit an employee: code, name, phone, hire date, post and leader (reports-to).
The service validates; its refusals (a used code, a leadership loop) show inline."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from app.services.dto import EmployeeDTO, EmployeeInput, PostDTO
from app.ui.form_dialog import FormDialog, date_edit, date_value, fill_combo, set_date_value
from app.ui.person_combo import PersonCombo


class EmployeeDialog(FormDialog):
    def __init__(self, posts: Sequence[PostDTO], people: Sequence[EmployeeDTO],
                 employee: EmployeeDTO | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New employee") if employee is None
                         else self.tr("Edit {name}").format(name=employee.name), parent)
        self.employee = employee
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. LM012"))
        self.name = QLineEdit()
        self.phone = QLineEdit()
        date_box, self.hire_date = date_edit(self.tr("No date"), self.tr("Clear"))
        self.post = QComboBox()
        fill_combo(self.post, ((f"{p.department} · {p.name}", p.id) for p in posts),
                   none_label=self.tr("(no post)"))
        self.leader = PersonCombo(none_label=self.tr("(no leader: top level)"))
        me = employee.id if employee else None
        self.leader.set_people(p for p in people if p.active and p.id != me)
        hint = QLabel(self.tr("Type part of a name, code or post to find the leader."))
        hint.setStyleSheet("color: palette(mid);")
        hint.setWordWrap(True)

        self.form.addRow(self.tr("Employee code"), self.code)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("Hire date"), date_box)
        self.form.addRow(self.tr("Post"), self.post)
        self.form.addRow(self.tr("Leader"), self.leader)
        self.form.addRow("", hint)
        self.finish_layout()
        if employee is not None:
            self._fill(employee)

    def _fill(self, e: EmployeeDTO) -> None:
        self.code.setText(e.code)
        self.name.setText(e.name)
        self.phone.setText(e.phone)
        set_date_value(self.hire_date, e.hire_date)
        index = self.post.findData(e.post_id) if e.post_id is not None else 0
        self.post.setCurrentIndex(max(index, 0))
        self.leader.set_current_id(e.leader_id)

    def check(self) -> bool:
        if not self.leader.is_valid():
            self.show_error(self.tr("Choose the leader from the list, or '(no leader: top level)'."))
            return False
        return True

    def value(self) -> EmployeeInput:
        return EmployeeInput(
            code=self.code.text(), name=self.name.text(), phone=self.phone.text(),
            hire_date=date_value(self.hire_date), post_id=self.post.currentData(),
            leader_id=self.leader.current_id(),
            active=self.employee.active if self.employee else True)
