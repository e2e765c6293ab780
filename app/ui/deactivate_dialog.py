"""Record that someone has left. If they lead people, first ask who leads them now:
nobody is left without a leader by accident."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QWidget

from app.services.dto import EmployeeDTO, PersonRef
from app.ui.form_dialog import FormDialog
from app.ui.person_combo import PersonCombo


class DeactivateDialog(FormDialog):
    """``reports`` are the leaver's active direct reports; ``candidates`` the people who may
    lead them (the caller leaves out the leaver and everyone under them)."""

    def __init__(self, employee: EmployeeDTO, reports: Sequence[PersonRef],
                 candidates: Sequence[EmployeeDTO], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Deactivate {name}").format(name=employee.name), parent)
        self.employee = employee
        self.reports = tuple(reports)
        intro = QLabel(self.tr(
            "Record that {name} ({code}) has left. Their history stays; they no longer appear "
            "in teams, rosters or lists of active staff.").format(
                name=employee.name, code=employee.code))
        intro.setWordWrap(True)
        self.body.insertWidget(0, intro)
        self.new_leader = PersonCombo(none_label=self.tr("Nobody (they become top level)"))
        self.new_leader.set_people(candidates)
        if self.reports:
            names = "、".join(p.name for p in self.reports)
            who = QLabel(self.tr("{name} leads {count} people directly: {names}.").format(
                name=employee.name, count=len(self.reports), names=names))
            who.setWordWrap(True)
            self.form.addRow(who)
            self.form.addRow(self.tr("Who leads them now?"), self.new_leader)
        else:
            self.new_leader.hide()
        self.ok_button.setText(self.tr("Deactivate"))
        self.finish_layout()

    def check(self) -> bool:
        if self.reports and not self.new_leader.is_valid():
            self.show_error(self.tr("Choose the new leader from the list, or 'Nobody'."))
            return False
        return True

    def new_leader_id(self) -> int | None:
        return self.new_leader.current_id() if self.reports else None
