"""New or edit an area of the floor (区域): kind, floor, department and the team that
looks after it by default."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.services.dto import AreaDTO, DepartmentDTO, TeamDTO
from app.ui.form_dialog import FormDialog, fill_combo


@dataclass(frozen=True)
class AreaInput:
    name: str
    kind: str
    floor: str
    department_id: int | None
    default_team_id: int | None


class AreaDialog(FormDialog):
    """``kinds`` maps an area kind key (app.domain.org.AREA_KINDS) to its translated label."""

    def __init__(self, kinds: Mapping[str, str], departments: Sequence[DepartmentDTO],
                 teams: Sequence[TeamDTO], area: AreaDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New area") if area is None
                         else self.tr("Edit area {name}").format(name=area.name), parent)
        self.area = area
        self.name = QLineEdit(area.name if area else "")
        self.name.setPlaceholderText(self.tr("e.g. Peony Room"))
        self.kind = QComboBox()
        fill_combo(self.kind, ((label, key) for key, label in kinds.items()))
        self.floor = QLineEdit(area.floor if area else "")
        self.floor.setPlaceholderText(self.tr("e.g. 2F"))
        self.department = QComboBox()
        fill_combo(self.department, ((d.name, d.id) for d in departments),
                   none_label=self.tr("(no department)"))
        self.team = QComboBox()
        fill_combo(self.team, ((t.name, t.id) for t in teams), none_label=self.tr("(no team)"))
        self.form.addRow(self.tr("Area name"), self.name)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Floor"), self.floor)
        self.form.addRow(self.tr("Department"), self.department)
        self.form.addRow(self.tr("Default team"), self.team)
        self.finish_layout()
        if area is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(area.kind), 0))
            self.department.setCurrentIndex(max(self.department.findData(area.department_id), 0))
            self.team.setCurrentIndex(max(self.team.findData(area.default_team_id), 0))

    def value(self) -> AreaInput:
        return AreaInput(self.name.text(), self.kind.currentData(), self.floor.text(),
                         self.department.currentData(), self.team.currentData())
