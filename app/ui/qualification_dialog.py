"""Add a skill for another post (一职多能): which post, how well, who certified it and when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QWidget

from app.services.dto import EmployeeDTO, PostDTO
from app.ui.form_dialog import FormDialog, date_edit, date_value, fill_combo
from app.ui.person_combo import PersonCombo


@dataclass(frozen=True)
class QualificationInput:
    post_id: int
    level: str
    certified_by_id: int | None
    certified_on: dt.date | None


class QualificationDialog(FormDialog):
    """``levels`` maps a level key to its translated label."""

    def __init__(self, employee: EmployeeDTO, posts: Sequence[PostDTO],
                 people: Sequence[EmployeeDTO], levels: Mapping[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a qualification for {name}").format(name=employee.name),
                         parent)
        self.post = QComboBox()
        fill_combo(self.post, ((f"{p.department} · {p.name}", p.id) for p in posts
                               if p.id != employee.post_id))
        self.level = QComboBox()
        fill_combo(self.level, ((label, key) for key, label in levels.items()))
        self.level.setCurrentIndex(max(self.level.findData("qualified"), 0))
        self.certified_by = PersonCombo(none_label=self.tr("(nobody)"))
        self.certified_by.set_people(p for p in people if p.active and p.id != employee.id)
        date_box, self.certified_on = date_edit(self.tr("No date"), self.tr("Clear"))
        self.certified_on.setDate(QDate.currentDate())
        self.form.addRow(self.tr("Post"), self.post)
        self.form.addRow(self.tr("Level"), self.level)
        self.form.addRow(self.tr("Certified by"), self.certified_by)
        self.form.addRow(self.tr("Certified on"), date_box)
        self.finish_layout()

    def check(self) -> bool:
        if self.post.currentData() is None:
            self.show_error(self.tr("There is no other post to qualify for."))
            return False
        if not self.certified_by.is_valid():
            self.show_error(self.tr("Choose who certified it from the list, or '(nobody)'."))
            return False
        return True

    def value(self) -> QualificationInput:
        return QualificationInput(self.post.currentData(), self.level.currentData(),
                                  self.certified_by.current_id(), date_value(self.certified_on))
