"""New or edit a team (班组): a leader and members, ticked from the active staff."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from app.services.dto import DepartmentDTO, EmployeeDTO, TeamDTO
from app.ui.form_dialog import FormDialog, fill_combo
from app.ui.person_combo import PersonCombo, person_label


@dataclass(frozen=True)
class TeamInput:
    name: str
    department_id: int | None
    leader_id: int | None
    member_ids: tuple[int, ...]


class TeamDialog(FormDialog):
    def __init__(self, departments: Sequence[DepartmentDTO], people: Sequence[EmployeeDTO],
                 team: TeamDTO | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New team") if team is None
                         else self.tr("Edit team {name}").format(name=team.name), parent)
        self.setMinimumSize(480, 520)
        self.team = team
        active = [p for p in people if p.active]
        self.name = QLineEdit(team.name if team else "")
        self.department = QComboBox()
        fill_combo(self.department, ((d.name, d.id) for d in departments),
                   none_label=self.tr("(no department)"))
        self.leader = PersonCombo(none_label=self.tr("(no leader)"))
        self.leader.set_people(active)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name, code or post"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_members)
        self.members = QListWidget()
        chosen = {m.id for m in team.members} if team else set()
        # Members first, so editing a team starts from who is in it.
        for person in sorted(active, key=lambda p: p.id not in chosen):
            item = QListWidgetItem(person_label(person))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in chosen
                               else Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.form.addRow(self.tr("Team name"), self.name)
        self.form.addRow(self.tr("Department"), self.department)
        self.form.addRow(self.tr("Leader"), self.leader)
        self.form.addRow(self.tr("Members"), self.filter)
        self.form.addRow("", self.members)
        self.finish_layout()
        if team is not None:
            self.department.setCurrentIndex(max(self.department.findData(team.department_id), 0))
            self.leader.set_current_id(team.leader_id)

    def _filter_members(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.members.count()):
            item = self.members.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def set_member(self, employee_id: int, checked: bool = True) -> None:
        for i in range(self.members.count()):
            item = self.members.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == employee_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def member_ids(self) -> tuple[int, ...]:
        return tuple(self.members.item(i).data(Qt.ItemDataRole.UserRole)
                     for i in range(self.members.count())
                     if self.members.item(i).checkState() == Qt.CheckState.Checked)

    def check(self) -> bool:
        if not self.leader.is_valid():
            self.show_error(self.tr("Choose the leader from the list, or '(no leader)'."))
            return False
        return True

    def value(self) -> TeamInput:
        return TeamInput(self.name.text(), self.department.currentData(),
                         self.leader.current_id(), self.member_ids())
